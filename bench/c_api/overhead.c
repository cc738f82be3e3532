/*
 * C API overheads: a script calling a trivial native function vs a trivial
 * script function, kr_call from C into a script function, and the time and
 * memory of creating a VM. cpython_calls.py measures the same loops in
 * CPython for comparison. Build and run:
 *
 *   cargo build --release -p krait-ffi
 *   cc -O2 -I../../include overhead.c ../../target/release/libkrait_ffi.a \
 *      -lpthread -ldl -lm -o /tmp/overhead && /tmp/overhead
 *   /usr/bin/python3.11 -S cpython_calls.py
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "krait.h"

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static long rss_kb(void) {
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kb = -1;
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, "VmRSS:", 6) == 0) sscanf(line + 6, "%ld", &kb);
    if (f) fclose(f);
    return kb;
}

static kr_status noop(kr_vm *vm, void *ud, size_t argc, const kr_value *argv, kr_value *result) {
    (void)vm; (void)ud; (void)argc; (void)argv; (void)result;
    return KR_OK;
}

static double run(kr_vm *vm, const char *src) {
    double t = now();
    if (kr_exec(vm, src, strlen(src), "bench") != KR_OK) {
        fprintf(stderr, "%s", kr_error_traceback(vm));
        return -1;
    }
    return now() - t;
}

int main(void) {
    const int N = 2000000;
    kr_config config;
    kr_config_init(&config);

    /* The first VM of the process, before anything else ran: what the heap
     * accounting and the RSS say. */
    long rss0 = rss_kb();
    kr_vm *one;
    kr_vm_new(&config, &one);
    long rss1 = rss_kb();
    printf("first VM: kr_memory_used %zu KB, RSS +%ld KB\n", kr_memory_used(one) / 1024,
           rss1 - rss0);
    kr_vm_free(one);

    kr_vm *vm;
    kr_vm_new(&config, &vm);
    kr_register_function(vm, "native_noop", noop, NULL);
    kr_register_function(vm, "native_sig(a, b=1)", noop, NULL);
    run(vm, "def script_noop():\n    pass\n"
            "def loop(f, n):\n    for _ in range(n):\n        f()\n"
            "def loop_sig(f, n):\n    for _ in range(n):\n        f(1)\n"
            "def empty(n):\n    for _ in range(n):\n        pass\n");
    char src[128];
    snprintf(src, sizeof src, "empty(%d)\n", N);
    double base = run(vm, src);
    snprintf(src, sizeof src, "loop(script_noop, %d)\n", N);
    double script = run(vm, src) - base;
    snprintf(src, sizeof src, "loop(native_noop, %d)\n", N);
    double native = run(vm, src) - base;
    snprintf(src, sizeof src, "loop_sig(native_sig, %d)\n", N);
    double native_sig = run(vm, src) - base;
    printf("script -> script function: %6.1f ns/call\n", script / N * 1e9);
    printf("script -> native function: %6.1f ns/call\n", native / N * 1e9);
    printf("script -> native with signature(a, b=1): %6.1f ns/call\n", native_sig / N * 1e9);

    kr_value f, out;
    kr_get_global(vm, "script_noop", &f);
    double t = now();
    for (int i = 0; i < N; i++) {
        kr_call(vm, f, 0, NULL, &out);
        kr_release(vm, out);
    }
    printf("kr_call -> script function: %6.1f ns/call\n", (now() - t) / N * 1e9);
    kr_value arg;
    kr_int_new(vm, 1, &arg);
    kr_value g;
    kr_exec(vm, "def ident(x):\n    return x\n", 26, "bench");
    kr_get_global(vm, "ident", &g);
    t = now();
    for (int i = 0; i < N; i++) {
        kr_call(vm, g, 1, &arg, &out);
        kr_release(vm, out);
    }
    printf("kr_call -> script function(1 arg): %6.1f ns/call\n", (now() - t) / N * 1e9);
    kr_release(vm, arg);
    kr_release(vm, g);
    kr_release(vm, f);
    kr_vm_free(vm);


    const int V = 200;
    long before = rss_kb();
    kr_vm *vms[200];
    t = now();
    for (int i = 0; i < V; i++) kr_vm_new(&config, &vms[i]);
    double made = now() - t;
    long after = rss_kb();
    t = now();
    for (int i = 0; i < V; i++) kr_vm_free(vms[i]);
    double freed = now() - t;
    printf("200 VMs: %.0f KB RSS each, create %.1f us, free %.1f us\n",
           (double)(after - before) / V, made / V * 1e6, freed / V * 1e6);
    return 0;
}
