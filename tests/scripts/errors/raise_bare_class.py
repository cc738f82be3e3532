# raising an exception class without arguments
print('raising a bare class')
raise NotImplementedError
