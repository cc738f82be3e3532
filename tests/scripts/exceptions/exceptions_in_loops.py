# exceptions inside loops, comprehensions and handlers mixed with control flow
results = []
for item in [1, 0, 'a', 4, None]:
    try:
        results.append(10 // item)
    except ZeroDivisionError:
        results.append('div0')
        continue
    except TypeError as e:
        results.append('type')
        if item is None:
            break
    else:
        results.append('ok')
print(results)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float('inf')
print([safe_div(1, b) for b in [1, 2, 0, 4]])
try:
    print([1 // x for x in [1, 0]])
except ZeroDivisionError as e:
    print('comprehension raised:', e)
i = 0
while True:
    try:
        i += 1
        if i == 3:
            raise StopIteration('manual')
    except StopIteration as e:
        print('stopped with', e, 'at', i)
        break
count = 0
for attempt in range(5):
    try:
        count += 1
        if attempt < 2:
            raise ConnectionError('retry %d' % attempt)
        print('succeeded on attempt', attempt)
        break
    except ConnectionError as e:
        print('failed:', e)
print('attempts', count)
