# contextvars: ContextVar get/set/reset, Token, copy_context, Context.run,
# and asyncio tasks each running in a copy of the context they were made in.
import asyncio
import contextvars

var = contextvars.ContextVar('var', default='dflt')
other = contextvars.ContextVar('other')

print(var.name, var.get(), other.get('fallback'))
try:
    other.get()
except LookupError:
    print('LookupError')
tok = var.set('one')
print(var.get(), tok.var is var, tok.old_value is contextvars.Token.MISSING)
tok2 = var.set('two')
print(var.get(), tok2.old_value)
var.reset(tok2)
print(var.get())
try:
    var.reset(tok2)
except RuntimeError:
    print('RuntimeError: token used')
try:
    other.reset(tok)
except ValueError:
    print('ValueError: other var')

ctx = contextvars.copy_context()
print(var in ctx, ctx[var], len(ctx), ctx.get(other, 'none'))


def inside(x):
    var.set('changed in run')
    other.set(x)
    return var.get(), other.get()


print(ctx.run(inside, 5))
print(var.get(), ctx[var], ctx[other], other in contextvars.copy_context())
try:
    ctx.run(ctx.run, inside, 1)
except RuntimeError:
    print('RuntimeError: already entered')
try:
    ctx[42]
except TypeError:
    print('TypeError: key')
print(sorted(v.name for v in ctx), sorted(ctx.keys(), key=lambda v: v.name) == sorted(ctx, key=lambda v: v.name))
try:
    contextvars.ContextVar(1)
except TypeError as e:
    print('TypeError:', e)

request = contextvars.ContextVar('request')


async def handler(n):
    request.set('req-%d' % n)
    await asyncio.sleep(0)
    await asyncio.sleep(0.001 * (3 - n))
    return request.get()


async def reader():
    return request.get('unset')


async def main():
    request.set('main')
    results = await asyncio.gather(*(handler(i) for i in range(3)))
    print(results, request.get())
    t = asyncio.create_task(reader())
    request.set('after create')
    print(await t, request.get())
    c = contextvars.copy_context()
    c.run(request.set, 'in copy')
    t = asyncio.create_task(reader(), context=c)
    print(await t)
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_soon(lambda: done.set_result(request.get()), context=c)
    print(await done)


asyncio.run(main())
print(request.get('outside'), var.get())
