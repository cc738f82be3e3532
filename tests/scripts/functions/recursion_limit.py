# RecursionError is raised and can be caught
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print('RecursionError:', e)
print(isinstance(RecursionError(), RuntimeError))
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError as e:
    print('mutual:', e)
sys.setrecursionlimit(200)
depth = 0
def measure():
    global depth
    depth += 1
    measure()
try:
    measure()
except RecursionError:
    print('deep enough:', 150 < depth <= 200)
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(100))
print('still alive')
