# SystemExit can be caught; a second one ends the program with status 4
import sys
try:
    sys.exit(1)
except SystemExit as e:
    print('caught exit code', e.code)
print('continuing')
sys.exit(4)
