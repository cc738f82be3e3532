print('this line never runs')
result = (1 + 2
print(result)
