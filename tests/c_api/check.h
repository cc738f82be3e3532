/* Tiny assertion helpers shared by the C API tests. */
#ifndef KRAIT_TEST_CHECK_H
#define KRAIT_TEST_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "krait.h"

#define CHECK(cond)                                                              \
    do {                                                                         \
        if (!(cond)) {                                                           \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
            exit(1);                                                             \
        }                                                                        \
    } while (0)

/* The call must return `want`; on a surprise, print the VM's error. */
#define EXPECT(vm, want, call)                                                   \
    do {                                                                         \
        kr_status got_ = (call);                                                 \
        if (got_ != (want)) {                                                    \
            fprintf(stderr, "%s:%d: %s returned %d, wanted %d\n%s: %s\n%s",     \
                    __FILE__, __LINE__, #call, (int)got_, (int)(want),           \
                    kr_error_type(vm), kr_error_message(vm), kr_error_traceback(vm)); \
            exit(1);                                                             \
        }                                                                        \
    } while (0)

#define OK(vm, call) EXPECT(vm, KR_OK, call)

static inline kr_vm *new_vm(void) {
    kr_config config;
    kr_config_init(&config);
    kr_vm *vm = NULL;
    if (kr_vm_new(&config, &vm) != KR_OK) {
        fprintf(stderr, "kr_vm_new failed\n");
        exit(1);
    }
    return vm;
}

static inline void exec_str(kr_vm *vm, const char *src) {
    OK(vm, kr_exec(vm, src, strlen(src), "<test>"));
}

#endif
