/* Instruction and time limits and kr_interrupt stop runaway scripts; the
 * script cannot catch them and the VM stays usable. */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <time.h>

#include "check.h"

static void *interrupt_later(void *arg) {
    struct timespec t = {0, 50 * 1000 * 1000};
    nanosleep(&t, NULL);
    CHECK(kr_interrupt((kr_vm *)arg) == KR_OK);
    return NULL;
}

static void show_after(kr_vm *vm) {
    kr_value v;
    int64_t i;
    OK(vm, kr_eval(vm, "counter", 7, &v));
    OK(vm, kr_to_int(vm, v, &i));
    printf("  counter reached > 0: %s\n", i > 0 ? "yes" : "no");
    kr_release(vm, v);
    OK(vm, kr_eval(vm, "sum(range(100))", 15, &v));
    OK(vm, kr_to_int(vm, v, &i));
    printf("  VM usable afterwards: %lld\n", (long long)i);
    kr_release(vm, v);
}

static const char *RUNAWAY =
    "counter = 0\n"
    "try:\n"
    "    while True:\n"
    "        counter += 1\n"
    "except BaseException:\n"
    "    print('caught it (must not happen)')\n"
    "finally:\n"
    "    pass\n";

int main(void) {
    kr_config config;
    kr_config_init(&config);
    config.max_instructions = 1000000;
    kr_vm *vm = NULL;
    OK(vm, kr_vm_new(&config, &vm));

    EXPECT(vm, KR_ERROR_LIMIT, kr_exec(vm, RUNAWAY, strlen(RUNAWAY), "loop.py"));
    printf("instruction limit: %s\n", kr_error_message(vm));
    show_after(vm);

    /* Runaway recursion through calls is counted too. */
    const char *calls = "def f():\n    while True:\n        g()\ndef g():\n    pass\nf()\n";
    EXPECT(vm, KR_ERROR_LIMIT, kr_exec(vm, calls, strlen(calls), "calls.py"));
    printf("calls count: %s\n", kr_error_message(vm));

    /* Loops whose test runs at the bottom of each iteration are charged
       too: a compare fused with the back-edge, and a plain truth test. */
    const char *tested = "n = 0\nwhile n >= 0:\n    n += 1\n";
    EXPECT(vm, KR_ERROR_LIMIT, kr_exec(vm, tested, strlen(tested), "tested.py"));
    printf("compare back-edge: %s\n", kr_error_message(vm));
    const char *truth = "xs = [1]\nwhile xs:\n    pass\n";
    EXPECT(vm, KR_ERROR_LIMIT, kr_exec(vm, truth, strlen(truth), "truth.py"));
    printf("truth back-edge: %s\n", kr_error_message(vm));

    /* A run within the limit is fine, and each host call gets a fresh budget. */
    for (int k = 0; k < 3; k++) {
        const char *small = "total = 0\nfor i in range(10000):\n    total += i\n";
        OK(vm, kr_exec(vm, small, strlen(small), "small.py"));
    }
    printf("small runs: ok\n");

    /* Time limit. */
    OK(vm, kr_set_limits(vm, 0, 100));
    EXPECT(vm, KR_ERROR_LIMIT, kr_exec(vm, RUNAWAY, strlen(RUNAWAY), "loop.py"));
    printf("time limit: %s\n", kr_error_message(vm));
    show_after(vm);

    /* kr_interrupt from another thread. */
    OK(vm, kr_set_limits(vm, 0, 0));
    pthread_t t;
    CHECK(pthread_create(&t, NULL, interrupt_later, vm) == 0);
    EXPECT(vm, KR_ERROR_INTERRUPTED, kr_exec(vm, RUNAWAY, strlen(RUNAWAY), "loop.py"));
    CHECK(pthread_join(t, NULL) == 0);
    printf("interrupt: %s\n", kr_error_message(vm));
    show_after(vm);
    CHECK(kr_interrupt(NULL) == KR_ERROR_BAD_ARGUMENT);

    CHECK(kr_handle_count(vm) == 0);
    kr_vm_free(vm);
    return 0;
}
