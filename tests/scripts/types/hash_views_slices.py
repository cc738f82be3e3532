# dict_values hashes by identity; keys/items views and slices are unhashable.
v = {1: 2}.values()
print(type(hash(v)).__name__, hash(v) == hash(v))
for obj in [{}.keys(), {}.items(), slice(1, 2), [], {}]:
    try:
        hash(obj)
    except TypeError as e:
        print('TypeError:', e)
try:
    {}[:] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    {slice(0, 1): 1}
except TypeError as e:
    print('TypeError:', e)
