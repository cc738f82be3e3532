/* Freeing a VM whose event loop still has suspended tasks (on a host future,
 * a timer, a queue, a gather) frees them all (run under KRAIT_VALGRIND=1);
 * a coroutine suspended in a try is closed, so its finally block runs. */
#include "check.h"

int main(void) {
    kr_vm *vm = new_vm();
    kr_value fut;
    OK(vm, kr_future_new(vm, &fut));
    OK(vm, kr_set_global(vm, "host_future", fut));
    exec_str(vm,
        "import asyncio\n"
        "async def on_host():\n"
        "    try:\n"
        "        await host_future\n"
        "    finally:\n"
        "        print('finally ran as the VM was freed')\n"
        "async def sleeper():\n"
        "    await asyncio.sleep(3600)\n"
        "async def reader():\n"
        "    await asyncio.Queue().get()\n"
        "tasks = [asyncio.ensure_future(c) for c in (on_host(), sleeper())]\n"
        "tasks.append(asyncio.ensure_future(asyncio.gather(reader(), sleeper())))\n");
    kr_pending st;
    OK(vm, kr_run_pending(vm, &st));
    printf("tasks=%zu timer=%s\n", st.tasks, st.next_timer > 3000 ? "in an hour" : "soon");
    fflush(stdout);
    kr_vm_free(vm); /* `fut` is still held: freed with the VM */
    return 0;
}
