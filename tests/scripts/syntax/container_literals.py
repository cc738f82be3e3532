# container literal forms
print([], [1], [1, 2, 3], [[], [[]]], [1, 'a', None, 2.5, True])
print((), (1,), (1, 2), ((1,),), tuple())
print({}, {'a': 1}, {1: 'int', 'b': [1], (1, 2): {'nested': True}})
print({1}, {1, 2, 1}, {(1, 2), (1, 2)}, set())
print([x for x in 'ab'], {x: 1 for x in 'ab'}, {x for x in [1, 1, 2]})
print({'a': 1, 'a': 2}, {1: 'x', 1.0: 'y', True: 'z'})
print([
    1,
    2,
], {
    'k': 'v',
})
print(len({'a': 1, **{'b': 2}}), [*'ab', *[1]], (*'cd',), {*'aa'})
