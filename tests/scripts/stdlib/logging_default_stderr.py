# logging with no configuration: module-level calls install a stderr handler
# with BASIC_FORMAT, and the root logger's WARNING level filters info().
import logging

logging.info('not shown')
logging.warning('x %s', 1)
print(len(logging.root.handlers), type(logging.root.handlers[0]).__name__)
logging.basicConfig(format='ignored %(message)s')
print(logging.root.handlers[0].formatter._fmt)
logging.getLogger('a.b').error('from %s', 'a.b')
