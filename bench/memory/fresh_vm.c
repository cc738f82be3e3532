/* The memory a fresh VM owns: what kr_memory_used reports right after
   kr_vm_new (the builtins, the main module, the interned names), then after
   a one-line script. Build and run from the repository root:
     cargo build --release -p krait-ffi
     cc -O2 bench/memory/fresh_vm.c -Iinclude target/release/libkrait_ffi.a \
        -lpthread -ldl -lm -o /tmp/fresh_vm && /tmp/fresh_vm */
#include <stdio.h>
#include <string.h>

#include "krait.h"

int main(void) {
    kr_config config;
    kr_config_init(&config);
    kr_vm *vm = NULL;
    if (kr_vm_new(&config, &vm) != KR_OK) {
        fprintf(stderr, "kr_vm_new failed\n");
        return 1;
    }
    printf("fresh VM: %zu bytes\n", kr_memory_used(vm));
    const char *script = "x = [i * i for i in range(10)]\n";
    if (kr_exec(vm, script, strlen(script), "one_line.py") != KR_OK) {
        fprintf(stderr, "kr_exec: %s\n", kr_error_message(vm));
        kr_vm_free(vm);
        return 1;
    }
    printf("after a one-line script: %zu bytes\n", kr_memory_used(vm));
    kr_vm_free(vm);
    return 0;
}
