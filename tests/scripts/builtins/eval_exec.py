x = 10
print(eval("x + 1"))
print(eval("  y * 2", {"y": 4}))
print(eval("a + b", {"a": 1}, {"b": 2}))
g = {}
exec("def f(n):\n    return n * 3\nz = f(5)", g)
print(g["z"], sorted(k for k in g if k != "__builtins__"))
print("__builtins__" in g)
def inner():
    q = 7
    print(eval("q + x"))
    exec("q = 100")
    print(q)
inner()
c = compile("1 + 2", "<expr>", "eval")
print(eval(c))
c2 = compile("w = 5\nprint('exec', w)", "<mod>", "exec")
exec(c2)
print(w)
print(exec("pass"))
for bad in ["1 +", "def"]:
    try:
        eval(bad)
    except SyntaxError as e:
        print("SyntaxError", type(e).__name__)
try:
    eval(5)
except TypeError as e:
    print(e)
try:
    compile("x", "f", "bogus")
except ValueError as e:
    print(e)
try:
    eval("undefined_name")
except NameError as e:
    print(e)
try:
    exec("1/0")
except ZeroDivisionError as e:
    print("caught", e)
ns = {}
exec("import sys\nn = len(sys.argv)", ns)
print(ns["n"] >= 1)
print(eval("[i * i for i in range(4)]"))
print(eval(b"3 * 3"))
