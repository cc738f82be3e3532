# An assignment expression in a comprehension binds in the enclosing function,
# or in the module when that function declares the name global.
def local_case():
    print([last := i for i in range(3)], last)
    return last


def global_case():
    global shared
    print([shared := i * 2 for i in range(3)])


def nested_case():
    total = 0
    def inner():
        nonlocal total
        print([total := total + i for i in range(4)])
    inner()
    return total


def any_case():
    any((found := x) > 2 for x in [1, 3, 5])
    return found


print(local_case(), 'last' in globals())
global_case()
print(shared)
print(nested_case(), any_case())
