# queue (FIFO/LIFO/priority/simple queues, Empty/Full without blocking or
# after a short timeout, maxsize, task_done/join counting, subclass hooks)
# and graphlib.TopologicalSorter (batch order, done() checks, CycleError).
import queue
import graphlib
from graphlib import TopologicalSorter, CycleError


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, repr(e), e)


print(queue.__all__, queue.Empty.__module__, queue.Full.__module__, queue.SimpleQueue.__module__)
print([c.__name__ for c in queue.Empty.__mro__], [c.__name__ for c in queue.Full.__mro__])
q = queue.Queue(2)
print(q.put(1), q.put('two'), q.qsize(), q.empty(), q.full(), q.maxsize, q.unfinished_tasks, q.queue)
show('put no block', lambda: q.put(3, False))
show('put timeout', lambda: q.put(3, timeout=0.001))
show('put_nowait', lambda: q.put_nowait(3))
show('put negative timeout', lambda: q.put(3, timeout=-1))
show('get', q.get)
show('get_nowait', q.get_nowait)
show('get no block', lambda: q.get(False))
show('get timeout', lambda: q.get(timeout=0.001))
show('get zero timeout', lambda: q.get(timeout=0))
show('get negative timeout', lambda: q.get(True, -1))
show('get no block negative', lambda: q.get(False, -1))
print(q.unfinished_tasks)
show('task_done', q.task_done)
show('task_done', q.task_done)
show('task_done again', q.task_done)
show('join when done', q.join)
q = queue.Queue()
q.put(1)
show('negative timeout with an item', lambda: q.get(timeout=-1))
show('unbounded put negative', lambda: q.put(2, timeout=-1))
show('timeout str', lambda: queue.Queue().get(timeout='x'))
show('bounded put timeout str', lambda: queue.Queue(maxsize=1).put(1, timeout='x'))
q = queue.Queue(-5)
for i in range(10):
    q.put(i)
print('unbounded', q.full(), q.qsize(), [q.get() for _ in range(3)], q.unfinished_tasks)
show('maxsize str full', lambda: queue.Queue('x').full())
show('maxsize str put', lambda: queue.Queue('x').put(1))
q = queue.LifoQueue()
for i in range(4):
    q.put(i)
print('lifo', q.queue, q.get(), q.get(), q.qsize(), type(q.queue).__name__)
q = queue.PriorityQueue()
for item in (5, 1, 4, 1, 3, 9, 2, 6):
    q.put(item)
print('priority', q.queue, [q.get() for _ in range(8)])
q = queue.PriorityQueue()
for item in [(2, 'b'), (1, 'z'), (2, 'a'), (0, 'q')]:
    q.put_nowait(item)
print([q.get_nowait() for _ in range(4)])
q.put((1, 'a'))
show('unorderable', lambda: q.put('x'))
print(q.qsize(), type(queue.Queue().queue).__name__)

s = queue.SimpleQueue()
s.put(1)
s.put(2, block=False, timeout=5)
s.put_nowait(3)
print('simple', s.qsize(), s.empty(), s.get(), s.get_nowait(), s.get(False), s.empty())
show('simple get no block', lambda: s.get(False))
show('simple get timeout', lambda: s.get(timeout=0.001))
show('simple negative timeout', lambda: s.get(timeout=-1))
show('simple get_nowait', s.get_nowait)
s.put('x')
show('simple bad timeout', lambda: s.get(timeout='x'))
show('simple no block ignores timeout', lambda: s.get(False, timeout='x'))
show('SimpleQueue(1)', lambda: queue.SimpleQueue(1))
print(queue.Queue[int], queue.LifoQueue[str], queue.SimpleQueue[int])
print([n for n in dir(queue.Queue) if not n.startswith('__')])


class Stack(queue.Queue):
    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.insert(0, item)

    def _get(self):
        return self.queue.pop()


m = Stack(3)
m.put(1)
m.put(2)
print('subclass', m.get(), m.queue, m.full(), m.unfinished_tasks)

# A worker loop drained in one thread.
jobs = queue.Queue()
for n in range(5):
    jobs.put(n * n)
done = []
while not jobs.empty():
    done.append(jobs.get())
    jobs.task_done()
jobs.join()
print('worker', done, jobs.unfinished_tasks)

print('-- graphlib')
print(graphlib.__all__, [c.__name__ for c in CycleError.__mro__])
g = {'D': {'B', 'C'}, 'C': ['A'], 'B': ['A'], 'E': []}
print(list(TopologicalSorter(g).static_order()) in (['A', 'E', 'C', 'B', 'D'], ['A', 'E', 'B', 'C', 'D']))
g = {'D': ['B', 'C'], 'C': ['A'], 'B': ['A'], 'E': []}
print(list(TopologicalSorter(g).static_order()))
ts = TopologicalSorter()
show('get_ready first', ts.get_ready)
show('is_active first', ts.is_active)
show('done first', lambda: ts.done('x'))
show('bool first', lambda: bool(ts))
ts.add(3, 2, 1)
ts.add(1, 0)
ts.add(2, 0, 0)
ts.add(5)
ts.prepare()
show('prepare twice', ts.prepare)
show('add after prepare', lambda: ts.add(9))
print(ts.is_active(), bool(ts))
r = ts.get_ready()
print('ready', r)
show('nothing new', ts.get_ready)
show('done not ready', lambda: ts.done(3))
show('done unknown', lambda: ts.done(99))
ts.done(*r)
print('ready', ts.get_ready())
show('done twice', lambda: ts.done(0))
ts.done(1)
print('ready', ts.get_ready())
ts.done(2)
print('ready', ts.get_ready(), ts.is_active())
ts.done(3)
print(ts.is_active(), ts.get_ready(), bool(ts))

ts = TopologicalSorter({1: [2], 2: [3], 3: [1], 4: [1], 0: []})
show('cycle', ts.prepare)
show('prepare after cycle', ts.prepare)
print(ts.get_ready(), ts.is_active())
for graph in ({'a': 'a'}, {'a': 'b', 'b': 'ca', 'c': 'b'}, {'x': 'yz', 'y': 'z', 'z': 'w', 'w': 'y'},
              {1: [2], 2: [1]}, {'p': 'q', 'q': 'r', 'r': 's', 's': 'q', 't': 'p'}):
    try:
        print(list(TopologicalSorter(graph).static_order()))
    except CycleError as e:
        print('CycleError', e.args, str(e), e.args[1])
show('unhashable', lambda: list(TopologicalSorter({'a': [[1]]}).static_order()))
show('graph int', lambda: TopologicalSorter(5))
show('predecessors int', lambda: TopologicalSorter({1: 5}))
show('instance subscript', lambda: TopologicalSorter()[int])
print(TopologicalSorter[int])
ts = TopologicalSorter()
ts.add('a')
ts.add('a', 'b')
ts.add('a', 'b')
print(list(ts.static_order()))
ts = TopologicalSorter()
ts.add('z', 'y')
ts.add('y', 'x')
ts.add('w', 'x')
print(list(ts.static_order()))
ts = TopologicalSorter()
ts.prepare()
print(ts.is_active(), ts.get_ready())
print(list(TopologicalSorter().static_order()))
ts = TopologicalSorter({'a': 'b'})
ts.prepare()
show('static_order after prepare', lambda: list(ts.static_order()))
ts = TopologicalSorter({'a': 'b'})
ts.prepare()
ts.get_ready()
ts.done('b')
ts.get_ready()
show('done a twice', lambda: ts.done('a', 'a'))

# Parallel-style processing: every batch only needs earlier batches.
deps = {'app': ['lib', 'cfg'], 'lib': ['core'], 'cfg': ['core'], 'test': ['app', 'mock'],
        'mock': ['core'], 'docs': []}
ts = TopologicalSorter(deps)
ts.prepare()
batches = []
while ts:
    batch = ts.get_ready()
    batches.append(batch)
    for node in reversed(batch):
        ts.done(node)
print(batches)
