# uncaught KeyError
prices = {'apple': 1.5}
print(prices['apple'])
print(prices['banana'])
