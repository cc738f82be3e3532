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
        return Future(loop=self)

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
                self._run_once()
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

    def _run_once(self):
        scheduled = self._prune_timers()
        if not self._ready and not self._stopping:
            if scheduled:
                timeout = scheduled[0]._when - self.time()
                if timeout > 0:
                    _time.sleep(min(timeout, _MAXIMUM_SELECT_TIMEOUT))
            else:
                # Nothing can ever happen: CPython blocks in select() forever.
                while True:
                    _time.sleep(_MAXIMUM_SELECT_TIMEOUT)
        self._collect_due_timers()
        self._run_ready()

    def _prune_timers(self):
        """Drops cancelled timers (all of them when they are many); returns the heap."""
        scheduled = self._scheduled
        sched_count = len(scheduled)
        if (sched_count > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / sched_count > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            kept = []
            for handle in scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    kept.append(handle)
            _heapify(kept)
            self._scheduled = scheduled = kept
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = _heappop(scheduled)
                handle._scheduled = False
        return scheduled

    def _collect_due_timers(self):
        scheduled = self._scheduled
        if scheduled:
            ready = self._ready
            end_time = self.time() + self._clock_resolution
            while scheduled:
                handle = scheduled[0]
                if handle._when >= end_time:
                    break
                handle = _heappop(scheduled)
                handle._scheduled = False
                ready.append(handle)

    def _run_ready(self):
        # Callbacks scheduled from here on run in the next pass.
        # (Handle._run inlined: this loop is the hottest code in asyncio.)
        ready = self._ready
        self._ready = []
        for handle in ready:
            if type(handle) is tuple:
                cb, args = handle
            else:
                cb = handle._callback
                args = handle._args
            if cb is not None:
                try:
                    cb(*args)
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException as exc:
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
            delay = max(0.0, scheduled[0]._when - self.time())
        tasks = 0
        for t in _all_tasks.values():
            if t._loop is self:
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


# ----- futures -----

class Future:
    # Class-level defaults keep __init__ (run for every await) short.
    _asyncio_future_blocking = False
    _cancelled_exc = None
    _state = _PENDING
    _result = None
    _exception = None
    _cancel_message = None

    def __init__(self, *, loop=None):
        if loop is None:
            loop = get_event_loop()
        self._loop = loop
        self._callbacks = []

    def __repr__(self):
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

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = []
        loop = self._loop
        if loop._closed:
            raise RuntimeError('Event loop is closed')
        ready = loop._ready
        args = (self,)
        for cb in callbacks:
            # A (callback, args) pair: nobody holds a handle to these.
            ready.append((cb, args))

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [f for f in self._callbacks if f is not fn and f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        if self._callbacks:
            self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def __await__(self):
        if self._state == _PENDING:
            self._asyncio_future_blocking = True
            yield self
        if self._state == _PENDING:
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _set_result_unless_cancelled(fut, result):
    if fut._state == _PENDING:
        fut.set_result(result)


# ----- tasks -----

_task_counter = 0
_all_tasks = {}


class Task(Future):
    _num_cancels_requested = 0
    _must_cancel = False
    _fut_waiter = None

    def __init__(self, coro, *, loop=None, name=None, context=None):
        global _task_counter
        Future.__init__(self, loop=loop)
        if not iscoroutine(coro):
            raise TypeError('a coroutine was expected, got %r' % (coro,))
        _task_counter += 1
        if name is None:
            self._name = 'Task-%d' % _task_counter
        else:
            self._name = str(name)
        self._coro = coro
        # One bound method for every wake-up (also found by remove_done_callback).
        self._wakeup_cb = self._wakeup
        # `_step` must not look itself up (`self._step` inside `_step`): the
        # engine's attribute cache would then keep its code alive in a cycle.
        self._step_cb = self._step
        self._loop._ready.append((self._step_cb, ()))
        _all_tasks[id(self)] = self

    def __repr__(self):
        info = [self._state.lower(), 'name=%r' % self._name]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append('exception=%r' % (self._exception,))
            else:
                info.append('result=%r' % (self._result,))
        return '<Task %s>' % ' '.join(info)

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_context(self):
        return None

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _step(self, exc=None):
        if self._state != _PENDING:
            raise InvalidStateError('_step(): already done: %r, %r' % (self, exc))
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        loop._current_task = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as e:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, e.value)
            self._finish()
        except CancelledError as e:
            self._cancelled_exc = e
            Future.cancel(self)
            self._finish()
        except (KeyboardInterrupt, SystemExit) as e:
            Future.set_exception(self, e)
            self._finish()
            raise
        except BaseException as e:
            Future.set_exception(self, e)
            self._finish()
        else:
            blocking = getattr(result, '_asyncio_future_blocking', None)
            if blocking is not None:
                if result._loop is not loop:
                    loop.call_soon(self._step_cb, RuntimeError(
                        'Task %r got Future %r attached to a different loop' % (self, result)))
                elif blocking:
                    if result is self:
                        loop.call_soon(self._step_cb, RuntimeError(
                            'Task cannot await on itself: %r' % (self,)))
                    else:
                        result._asyncio_future_blocking = False
                        if result._state == _PENDING:
                            result._callbacks.append(self._wakeup_cb)
                        else:
                            result.add_done_callback(self._wakeup_cb)
                        self._fut_waiter = result
                        if self._must_cancel:
                            if result.cancel(msg=self._cancel_message):
                                self._must_cancel = False
                else:
                    loop.call_soon(self._step_cb, RuntimeError(
                        'yield was used instead of yield from in task %r with %r' % (self, result)))
            elif result is None:
                loop._ready.append((self._step_cb, ()))
            else:
                loop.call_soon(self._step_cb, RuntimeError('Task got bad yield: %r' % (result,)))
        finally:
            if loop._current_task is self:
                loop._current_task = None

    def _finish(self):
        _all_tasks.pop(id(self), None)
        # The bound wake-up method refers back to the task: drop the cycle.
        self._wakeup_cb = None
        self._step_cb = None

    def _wakeup(self, future):
        if future._state == _FINISHED and future._exception is None:
            self._step()
            return
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in _all_tasks.values() if t._loop is loop and not t.done()}


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


async def sleep(delay, result=None):
    if delay <= 0:
        await _sleep0
        return result
    loop = _running_loop
    if loop is None:
        raise RuntimeError('no running event loop')
    future = Future(loop=loop)
    h = TimerHandle(loop.time() + delay, _set_result_unless_cancelled, (future, result), loop)
    _heappush(loop._scheduled, h)
    h._scheduled = True
    try:
        return await future
    finally:
        if not h._cancelled:
            if h._scheduled:
                loop._timer_cancelled_count += 1
            h._cancelled = True
            h._callback = None
            h._args = None


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
    to_cancel = [t for t in _all_tasks.values() if t._loop is loop and not t.done()]
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
    if not isfuture(fut) or fut._state != _PENDING:
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
    for t in list(_all_tasks.values()):
        t._wakeup_cb = None
        t._step_cb = None
        waiter = t._fut_waiter
        t._fut_waiter = None
        if waiter is not None:
            waiter._callbacks = []
        if t._loop not in loops:
            loops.append(t._loop)
        t._callbacks = []
    _all_tasks.clear()
    if _event_loop is not None and _event_loop not in loops:
        loops.append(_event_loop)
    for loop in loops:
        for h in loop._scheduled:
            h._args = None
            h._callback = None
        loop._ready = []
        loop._scheduled = []
        loop._current_task = None
    _event_loop = None


def _host_run_pending():
    return get_event_loop()._run_pending()


from _asyncio_sync import Queue, LifoQueue, Event, Lock, Semaphore, BoundedSemaphore, Condition
from _asyncio_compose import (gather, shield, wait_for, wait, as_completed, Timeout, timeout,
                              timeout_at, _release_waiter)
