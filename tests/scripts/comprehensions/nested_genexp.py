# nested generator expressions and their laziness
log = []
def src():
    for i in range(3):
        log.append(i)
        yield i
g = (x * 10 for x in src())
print(log)
print(next(g), log)
print(list(g), log)
pairs = list((a, b) for a in range(3) for b in range(a))
print(pairs)
