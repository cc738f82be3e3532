print('never runs')
def f():
return 1
