# uncaught exception with several args prints the args tuple
print('about to raise')
raise ValueError('bad value', 42)
