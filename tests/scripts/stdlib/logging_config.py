# logging.basicConfig: stream, level, style, force, handlers, and the
# argument errors; a FileHandler written and read back.
import io
import logging
import os

s = io.StringIO()
logging.basicConfig(stream=s, level=logging.DEBUG, format='{levelname}-{message}', style='{')
logging.debug('d %d', 1)
logging.info('i')
logging.basicConfig(stream=io.StringIO())
logging.error('still to s')
print(s.getvalue(), end='')
s2 = io.StringIO()
logging.basicConfig(stream=s2, force=True, format='%(name)s:%(message)s')
logging.critical('forced')
print(s2.getvalue(), end='', flush=True)
print(logging.root.level)
for kwargs in [dict(stream=s, filename='x'), dict(handlers=[], stream=s), dict(force=True, foo=1),
               dict(force=True, style='?')]:
    try:
        logging.basicConfig(**kwargs)
    except ValueError as e:
        print(e)
name = 'logging_config_tmp.log'
h = logging.FileHandler(name, mode='w')
h.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
log = logging.getLogger('file')
log.propagate = False
log.addHandler(h)
log.warning('to file')
log.error('again')
h.close()
with open(name) as f:
    print(repr(f.read()))
os.remove(name)
logging.shutdown()
