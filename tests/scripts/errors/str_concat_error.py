# uncaught TypeError when concatenating str and int
age = 30
print('age:', age)
print('age: ' + age)
