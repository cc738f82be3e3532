import math
for call in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000)]:
    try:
        print(call())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
