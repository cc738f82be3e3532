# uncaught KeyError with a string key containing quotes
d = {}
print(len(d))
d["it's"]
