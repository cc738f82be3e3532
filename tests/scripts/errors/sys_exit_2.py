# sys.exit(2)
import sys
print('exiting with 2')
sys.exit(2)
