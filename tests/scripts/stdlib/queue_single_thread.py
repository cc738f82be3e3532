# Krait-only: with one thread, a queue wait that only another thread could
# end raises RuntimeError at once instead of hanging (CPython would block).
import queue


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


q = queue.Queue(1)
show('get on empty', q.get)
q.put('x')
show('put on full', lambda: q.put('y'))
show('join with a task open', q.join)
print(q.get(), q.qsize())
q.task_done()
show('join when done', q.join)
show('SimpleQueue get', queue.SimpleQueue().get)
