# asyncio: a single-threaded event loop (ready list + timer heap on
# time.monotonic), Future, Task and the helpers built on them. Callback
# order follows CPython's loop step by step so that programs print the same.
import time as _time
import sys as _sys

__all__ = []

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


class CancelledError(BaseException):
    pass


class InvalidStateError(Exception):
    pass


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


TimeoutError = TimeoutError


async def _probe():
    pass

_probe_coro = _probe()
_coroutine_type = type(_probe_coro)
_probe_coro.close()
del _probe_coro


def iscoroutine(obj):
    return type(obj) is _coroutine_type


def isfuture(obj):
    return getattr(type(obj), '_asyncio_future_blocking', None) is not None


from _asyncio_handles import (Handle, TimerHandle, _callback_name, _heappush, _heappop,
                              _heapify)
from _asyncio import (_run_once as _n_run_once, _prune_timers as _n_prune_timers,
                      _collect_due_timers as _n_collect_due_timers, _run_ready as _n_run_ready,
                      _sleep as _n_sleep, _cancel_sleep_timer as _n_cancel_sleep_timer,
                      _timer_when as _n_timer_when)


# ----- the loop -----

_running_loop = None
_event_loop = None
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5
_MAXIMUM_SELECT_TIMEOUT = 24 * 3600


class BaseEventLoop:
    def __init__(self):
        self._ready = []
        self._scheduled = []
        self._stopping = False
        self._closed = False
        self._running = False
        self._timer_cancelled_count = 0
        self._clock_resolution = 1e-09
        self._exception_handler = None
        self._debug = False
        self._current_task = None

    def __repr__(self):
        return '<%s running=%s closed=%s debug=%s>' % (
            type(self).__name__, self._running, self._closed, self._debug)

    def time(self):
        return _time.monotonic()

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def call_soon(self, callback, *args, context=None):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        timer = TimerHandle(when, callback, args, self, context)
        _heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def create_future(self):
        return _future_new(self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name, context=context)

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready = []
        self._scheduled = []

    def run_forever(self):
        global _running_loop
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._running = True
        _running_loop = self
        try:
            while True:
                wait = _n_run_once(self)
                if wait is not None:
                    # Nothing ready: sleep until the next timer (CPython's
                    # select()); with no timer at all it blocks forever.
                    while wait < 0:
                        _time.sleep(_MAXIMUM_SELECT_TIMEOUT)
                    _time.sleep(wait)
                    _n_collect_due_timers(self)
                    _n_run_ready(self)
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop = None

    def run_until_complete(self, future):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    # One pass of the loop (prune timers, wait, collect due timers, run the
    # ready callbacks) is native: stdlib/asyncio_native/event_loop.rs.
    def _prune_timers(self):
        return _n_prune_timers(self)

    def _collect_due_timers(self):
        _n_collect_due_timers(self)

    def _run_ready(self):
        _n_run_ready(self)

    def _callback_failed(self, cb, exc, handle):
        self.call_exception_handler({
            'message': 'Exception in callback ' + _callback_name(cb) + '()',
            'exception': exc,
            'handle': handle,
        })

    def _run_pending(self):
        """One pump from a host (kr_run_pending): runs ready callbacks and due
        timers until none is left, never sleeping. Returns (live tasks,
        seconds until the next timer or -1.0)."""
        global _running_loop
        self._check_closed()
        if self._running or _running_loop is not None:
            raise RuntimeError('This event loop is already running')
        self._running = True
        _running_loop = self
        try:
            while True:
                self._prune_timers()
                self._collect_due_timers()
                if not self._ready or self._stopping:
                    break
                self._run_ready()
        finally:
            self._stopping = False
            self._running = False
            _running_loop = None
        scheduled = self._prune_timers()
        delay = -1.0
        if self._ready:
            delay = 0.0
        elif scheduled:
            delay = max(0.0, _n_timer_when(scheduled[0]) - self.time())
        tasks = 0
        for t in _all_tasks:
            if t is not None and t._loop is self:
                tasks += 1
        return tasks, delay

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        exc = context.get('exception')
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append('%s: %r' % (key, context[key]))
        if exc is not None:
            text = str(exc)
            lines.append(type(exc).__name__ + (': ' + text if text else ''))
        _sys.stderr.write('\n'.join(lines) + '\n')

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        pass


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


class AbstractEventLoop(BaseEventLoop):
    pass


SelectorEventLoop = BaseEventLoop
EventLoop = BaseEventLoop


def new_event_loop():
    return BaseEventLoop()


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop


def _get_running_loop():
    return _running_loop


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def get_event_loop():
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None:
        _event_loop = new_event_loop()
    return _event_loop


# ----- futures and tasks (native: stdlib/asyncio_native) -----

from _asyncio import Future, Task, _all_tasks, _setup, _future_new, _task_teardown

_setup(CancelledError, InvalidStateError, get_event_loop)


def _future_repr(self):
    info = [self._state.lower()]
    if self._state == _FINISHED:
        if self._exception is not None:
            info.append('exception=%r' % (self._exception,))
        else:
            info.append('result=%r' % (self._result,))
    if self._callbacks:
        names = [_callback_name(cb) for cb in self._callbacks]
        info.append('cb=[%s]' % ', '.join(names))
    return '<%s %s>' % (type(self).__name__, ' '.join(info))


def _future_del(self):
    # Only futures whose exception nobody retrieved get here (the others
    # are freed without running this).
    if not self._log_traceback:
        return
    if isinstance(self, Task):
        message = 'Task exception was never retrieved'
    else:
        message = '%s exception was never retrieved' % type(self).__name__
    self._loop.call_exception_handler({
        'message': message,
        'exception': self._exception,
        'future': self,
    })


def _task_repr(self):
    info = [self._state.lower(), 'name=%r' % self.get_name()]
    if self._state == _FINISHED:
        if self._exception is not None:
            info.append('exception=%r' % (self._exception,))
        else:
            info.append('result=%r' % (self._result,))
    return '<Task %s>' % ' '.join(info)


Future.__repr__ = _future_repr
Future.__del__ = _future_del
Task.__repr__ = _task_repr


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in _all_tasks if t is not None and t._loop is loop and not t.done()}


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name, context=context)


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future._loop:
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    if iscoroutine(coro_or_future):
        if loop is None:
            loop = get_event_loop()
        return loop.create_task(coro_or_future)
    if hasattr(type(coro_or_future), '__await__'):
        return ensure_future(_wrap_awaitable(coro_or_future), loop=loop)
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


async def _wrap_awaitable(awaitable):
    return await awaitable


class _Sleep0:
    def __await__(self):
        yield

_sleep0 = _Sleep0()


# The future _n_sleep makes is its own timer (stdlib/asyncio_native/
# event_loop.rs): the task that wakes from it cancels the timer, as the
# `finally: h.cancel()` of CPython's sleep does.
async def sleep(delay, result=None):
    if delay <= 0:
        await _sleep0
        return result
    return await _n_sleep(delay, result)


def run(main, *, debug=None):
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError('a coroutine was expected, got %r' % (main,))
    loop = new_event_loop()
    set_event_loop(loop)
    try:
        task = loop.create_task(main)
        return loop.run_until_complete(task)
    finally:
        try:
            _cancel_all_tasks(loop)
        finally:
            set_event_loop(None)
            loop.close()


def _cancel_all_tasks(loop):
    to_cancel = [t for t in _all_tasks if t is not None and t._loop is loop and not t.done()]
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


# ----- the host side (the C API's kr_future_* and kr_run_pending) -----

def _host_future():
    return get_event_loop().create_future()


def _host_settle(fut, ok, value):
    """Completes a host future; False if it is not a pending future."""
    if not isfuture(fut) or fut.done():
        return False
    if ok:
        fut.set_result(value)
    else:
        fut.set_exception(value)
    return True


def _host_teardown():
    """Called when the host frees the VM: breaks the reference cycles that
    unfinished tasks and loops form (the engine has no cycle collector)."""
    global _event_loop
    loops = []
    for t in list(_all_tasks):
        if t is None:
            continue
        _task_teardown(t)
        if t._loop not in loops:
            loops.append(t._loop)
    _all_tasks.clear()
    if _event_loop is not None and _event_loop not in loops:
        loops.append(_event_loop)
    for loop in loops:
        for h in loop._scheduled:
            if isinstance(h, Handle):
                h._args = None
                h._callback = None
            else:
                _n_cancel_sleep_timer(loop, h)
        loop._ready = []
        loop._scheduled = []
        loop._current_task = None
    _event_loop = None


def _host_run_pending():
    return get_event_loop()._run_pending()


from _asyncio_sync import Queue, LifoQueue, Event, Lock, Semaphore, BoundedSemaphore, Condition
from _asyncio_compose import (gather, shield, wait_for, wait, as_completed, Timeout, timeout,
                              timeout_at, _release_waiter)
