# logging's lastResort: a logger with no handlers anywhere writes the bare
# message to stderr, at WARNING and above only.
import logging

log = logging.getLogger('quiet')
log.info('dropped')
print(logging.lastResort.level, logging.root.handlers)
log.warning('bare %s', 'message')
