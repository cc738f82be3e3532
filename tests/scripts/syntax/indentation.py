# different indentation widths in different blocks, deep nesting
def two():
  return 'two spaces'
def eight():
        return 'eight spaces'
def tab_only():
	return 'tab'
print(two(), eight(), tab_only())
if True:
 if True:
   if True:
        if True:
            print('deeply nested')
x = [
1,
    2,
        3]
print(x)
def f(a,
        b):
    return a + b
print(f(1,
  2))
if x:
    pass
# a comment at column 0 between blocks
    # an indented comment
print('after comments')
