/* The memory limit: a script that would cross it gets a MemoryError it can
 * catch; the heap is given back and the VM stays usable. */
#include "check.h"

int main(void) {
    kr_config config;
    kr_config_init(&config);
    config.memory_limit = 64u << 20; /* 64 MB */
    kr_vm *vm = NULL;
    OK(vm, kr_vm_new(&config, &vm));
    size_t fresh = kr_memory_used(vm);
    CHECK(fresh > 0 && fresh < (8u << 20));

    /* One huge allocation, caught by the script. */
    exec_str(vm, "try:\n    big = 'x' * (200 * 1024 * 1024)\nexcept MemoryError:\n    print('caught one huge allocation')\n");

    /* Many small ones in a loop: stopped at a back-edge. */
    const char *grow = "chunks = []\nwhile True:\n    chunks.append([0] * 1000)\n";
    EXPECT(vm, KR_ERROR_EXCEPTION, kr_exec(vm, grow, strlen(grow), "grow.py"));
    printf("loop: %s\n", kr_error_type(vm));
    fflush(stdout); /* the VM writes to fd 1 through its own buffer */
    CHECK(kr_memory_used(vm) <= (64u << 20) + (4u << 20));

    /* Free it and carry on. */
    exec_str(vm, "del chunks\nprint('after:', sum(range(1000)))\n");
    CHECK(kr_memory_used(vm) < (16u << 20));

    /* Raising the limit lets the same work through. */
    OK(vm, kr_set_memory_limit(vm, 0));
    exec_str(vm, "s = 'y' * (100 * 1024 * 1024)\nprint(len(s))\ndel s\n");
    kr_vm_free(vm);
    return 0;
}
