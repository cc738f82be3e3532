# any / all with lists, strings, empty iterables and short-circuiting
print(any([]), all([]), any(''), all(''), any({}), all({}))
print(any([0, '', None, False]), any([0, 1]), all([1, 'a', [0]]), all([1, 0]))
print(any('abc'), all(['x', '']), any({0: 'a'}), any({1: 0}), all(range(1, 5)), all(range(5)))
calls = []
class Probe:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        calls.append(self.v)
        return bool(self.v)
print(any([Probe(0), Probe(1), Probe(2)]), calls)
calls.clear()
print(all([Probe(1), Probe(0), Probe(2)]), calls)
nums = [2, 4, 6, 7]
print(all([n % 2 == 0 for n in nums]), any([n > 6 for n in nums]), any(map(str.isdigit, ['a', '1'])))
try:
    any(5)
except TypeError as e:
    print('TypeError:', e)
