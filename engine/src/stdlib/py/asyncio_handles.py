# asyncio's timer heap and callback handles (re-exported by asyncio).

# The timer heap (heapq's algorithm on `_when`, so equal times tie as in
# CPython) is native: stdlib/asyncio_native/event_loop.rs.
from _asyncio import _heappush, _heappop, _heapify


# ----- handles -----

def _callback_name(cb):
    name = getattr(cb, '__qualname__', None) or getattr(cb, '__name__', None)
    return name if name else repr(cb)


class Handle:
    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False
        if context is not None:
            self._context = context

    def __repr__(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_callback_name(self._callback) + '()')
        return '<' + ' '.join(info) + '>'

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'Exception in callback ' + _callback_name(self._callback) + '()',
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    def __init__(self, when, callback, args, loop, context=None):
        Handle.__init__(self, callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def __lt__(self, other):
        return self._when < other._when

    def __le__(self, other):
        return self._when <= other._when

    def __gt__(self, other):
        return self._when > other._when

    def __ge__(self, other):
        return self._when >= other._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        Handle.cancel(self)

    def when(self):
        return self._when
