# A coroutine dropped before it ran prints CPython's RuntimeWarning on stderr.
async def job():
    print('never printed')

def make():
    c = job()
    return 1

print(make())
started = job()
try:
    started.send(None)
except StopIteration:
    print('ran to the end')
closed = job()
closed.close()
del closed
print('done')
