# logging: a bad format argument goes to Handler.handleError, which prints
# CPython's "--- Logging error ---" report to stderr and carries on.
import io
import logging

s = io.StringIO()
log = logging.getLogger('err')
log.addHandler(logging.StreamHandler(s))
log.propagate = False
log.warning('needs two %s %s', 1)
log.warning('fine')
print(repr(s.getvalue()))
logging.raiseExceptions = False
log.warning('quiet %d', 'x')
logging.raiseExceptions = True
log.warning('also %d', 'y')
