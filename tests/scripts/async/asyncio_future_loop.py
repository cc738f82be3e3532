# Future API and loop methods: call_soon/call_later/call_at ordering,
# run_until_complete/run_forever/stop/close, InvalidStateError.
import asyncio

loop = asyncio.new_event_loop()
fut = loop.create_future()
print(fut.done(), fut.cancelled(), repr(fut))
for m in (fut.result, fut.exception):
    try:
        m()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
calls = []
def cb(f):
    calls.append('cb1 %r' % f.result())
def cb2(f):
    calls.append('cb2')
fut.add_done_callback(cb)
fut.add_done_callback(cb2)
fut.add_done_callback(cb2)
print('removed', fut.remove_done_callback(cb2), fut.remove_done_callback(cb2))
loop.call_soon(calls.append, 'soon1')
fut.set_result(42)
loop.call_soon(calls.append, 'soon2')
try:
    fut.set_result(1)
except asyncio.InvalidStateError as e:
    print('InvalidStateError', e)
try:
    fut.set_exception(ValueError())
except asyncio.InvalidStateError as e:
    print('InvalidStateError', e)
print(repr(fut), fut.result(), fut.exception())

async def waiter(f):
    return await f
loop.call_later(0.002, calls.append, 'later 2ms')
loop.call_later(0.001, calls.append, 'later 1ms')
t0 = loop.time()
loop.call_at(t0 + 0.0015, calls.append, 'at 1.5ms')
h = loop.call_later(0.001, calls.append, 'cancelled timer')
h.cancel()
h2 = loop.call_soon(calls.append, 'cancelled soon')
h2.cancel()
print(h.cancelled(), h2.cancelled())
f2 = loop.create_future()
loop.call_later(0.003, f2.set_result, 'from timer')
print(loop.run_until_complete(waiter(f2)))
print(calls)
print(loop.time() - t0 >= 0.003)

f3 = loop.create_future()
f3.set_exception(KeyError('k'))
try:
    loop.run_until_complete(f3)
except KeyError as e:
    print('KeyError', e)
f4 = loop.create_future()
f4.set_exception(ValueError)
print(type(f4.exception()).__name__)
try:
    f4.set_exception(1)
except asyncio.InvalidStateError as e:
    print(e)
f5 = loop.create_future()
try:
    f5.set_exception(StopIteration())
except TypeError as e:
    print(e)
print(f5.cancel(), f5.cancelled(), f5.cancel())
try:
    f5.result()
except asyncio.CancelledError:
    print('cancelled future raises CancelledError')

order = []
def stopper():
    order.append('stop')
    loop.stop()
loop.call_soon(order.append, 1)
loop.call_soon(stopper)
loop.call_soon(order.append, 2)
loop.run_forever()
print(order)
loop.run_forever() if False else None
loop.call_soon(loop.stop)
loop.run_forever()
print(order)
print(loop.is_closed(), loop.is_running())
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(print)
except RuntimeError as e:
    print(e)
try:
    loop.run_until_complete(waiter(fut))
except RuntimeError as e:
    print(e)

def on_error(loop, context):
    print('handler got', type(context['exception']).__name__, context['exception'])
loop = asyncio.new_event_loop()
loop.set_exception_handler(on_error)
def boom():
    raise ZeroDivisionError('in callback')
loop.call_soon(boom)
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()

try:
    asyncio.ensure_future(3)
except TypeError as e:
    print(e)
class Awaitable:
    def __await__(self):
        yield
        return 'custom'
async def main():
    print(await asyncio.ensure_future(Awaitable()))
    f = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(f.set_result, 'later')
    print(await f, asyncio.isfuture(f), asyncio.iscoroutine(main()), asyncio.isfuture(1))
asyncio.run(main())
