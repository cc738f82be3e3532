"""FIFO, LIFO and priority queues.

Krait runs one thread, so nothing can fill an empty queue (or drain a full
one) while a call waits: a call with a timeout sleeps that long and then
raises Empty or Full, as CPython's does when no other thread acts, and a
call that would wait forever raises RuntimeError instead of hanging.
"""

import time
from collections import deque
from heapq import heappush, heappop
from types import GenericAlias

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """Raised by a get() that finds no item (without blocking, or after its timeout)."""


Empty.__module__ = '_queue'


class Full(Exception):
    """Raised by a put() that finds the queue full (without blocking, or after its timeout)."""


def _forever(what):
    raise RuntimeError('%s would block forever: Krait has no other thread to wake it' % what)


def _wait(timeout, exc):
    # No other thread can change the queue meanwhile: wait out the timeout.
    if timeout > 0:
        time.sleep(timeout)
    raise exc()


class Queue:
    """A FIFO queue holding at most maxsize items (no limit if maxsize <= 0).

    Subclasses change the order by overriding _init, _qsize, _put and _get.
    """

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        """Mark one item taken with get() as processed (for join())."""
        left = self.unfinished_tasks - 1
        if left < 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks = left

    def join(self):
        """Return once every item put has been marked done with task_done()."""
        if self.unfinished_tasks:
            _forever('Queue.join() with unfinished tasks')

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Add item; when the queue is full, wait up to timeout and raise Full
        (at once if block is false)."""
        if self.maxsize > 0:
            if not block:
                if self._qsize() >= self.maxsize:
                    raise Full
            elif timeout is None:
                if self._qsize() >= self.maxsize:
                    _forever('Queue.put() on a full queue')
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            elif self._qsize() >= self.maxsize:
                _wait(timeout, Full)
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        """Remove and return the next item; when the queue is empty, wait up
        to timeout and raise Empty (at once if block is false)."""
        if not block:
            if not self._qsize():
                raise Empty
        elif timeout is None:
            if not self._qsize():
                _forever('Queue.get() on an empty queue')
        elif timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        elif not self._qsize():
            _wait(timeout, Empty)
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(GenericAlias)


class PriorityQueue(Queue):
    """Items come out lowest first (heapq order), e.g. (priority, data) tuples."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """Items come out last in, first out."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('SimpleQueue() takes no positional arguments')
        if kwargs:
            raise TypeError('SimpleQueue() takes no keyword arguments')
        self._items = deque()

    def put(self, item, block=True, timeout=None):
        """Add item; never blocks, so block and timeout are ignored."""
        self._items.append(item)

    def put_nowait(self, item):
        self._items.append(item)

    def get(self, block=True, timeout=None):
        if block and timeout is not None:
            if not isinstance(timeout, (int, float)):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(timeout).__name__)
            if timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
        if self._items:
            return self._items.popleft()
        if not block:
            raise Empty
        if timeout is None:
            _forever('SimpleQueue.get() on an empty queue')
        _wait(timeout, Empty)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._items

    def qsize(self):
        return len(self._items)

    __class_getitem__ = classmethod(GenericAlias)


SimpleQueue.__module__ = '_queue'
