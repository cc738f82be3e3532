# uncaught TypeError: calling a non-callable
values = [1, 2]
print(values)
fn = values
fn()
