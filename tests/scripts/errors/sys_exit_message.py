# sys.exit('message'): message to stderr, status 1
import sys
print('fatal problem ahead')
sys.exit('fatal: cannot continue')
