# uncaught NameError
print('start')
print(undefined_variable)
