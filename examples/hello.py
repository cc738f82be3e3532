# A first Krait script.
def greet(name):
    return f"Hello, {name}!"


for who in ["world", "Krait"]:
    print(greet(who))
print(sum(x * x for x in range(10)))
