import random
def check(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
check(random.choice, [])
check(random.randrange, 0)
check(random.randrange, 5, 5)
check(random.randrange, 0, 10, 0)
check(random.randrange, 10, 0, 2)
check(random.randint, 5, 1)
check(random.sample, [1, 2], 3)
check(random.sample, {1, 2}, 1)
check(random.getrandbits, -1)
check(random.choices, 'ab', [1], k=2)
check(random.choices, 'ab', [0, 0])
check(random.choices, 'ab', [1, 1], cum_weights=[1, 2])
check(random.randrange, 'a')
random.seed(5)
x = random.random()
print(0.0 <= x < 1.0, random.getrandbits(0))
