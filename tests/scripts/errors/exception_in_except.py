# exception raised while handling another (chained traceback); last line is the new one
print('start')
try:
    1 / 0
except ZeroDivisionError:
    {}['missing']
