/* Misuse is an error status, never a crash: NULL pointers, released,
 * forged and other-VM handles, a second thread, version mismatch. */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>

#include "check.h"

static kr_status thread_result;
static void *use_from_other_thread(void *arg) {
    kr_vm *vm = (kr_vm *)arg;
    kr_value out;
    thread_result = kr_eval(vm, "1 + 1", 5, &out);
    if (thread_result == KR_OK) kr_release(vm, out);
    return NULL;
}

/* While this native function runs, the VM is in use by the main thread. */
static kr_status spawn_intruder(kr_vm *vm, void *ud, size_t argc, const kr_value *argv,
                                kr_value *result) {
    (void)ud; (void)argc; (void)argv; (void)result;
    pthread_t t;
    CHECK(pthread_create(&t, NULL, use_from_other_thread, vm) == 0);
    CHECK(pthread_join(t, NULL) == 0);
    return KR_OK;
}

int main(void) {
    kr_value v, out;
    int64_t i;

    /* NULL VM and NULL out-pointers */
    CHECK(kr_exec(NULL, "x", 1, NULL) == KR_ERROR_BAD_ARGUMENT);
    CHECK(kr_eval(NULL, "1", 1, &out) == KR_ERROR_BAD_ARGUMENT);
    CHECK(kr_vm_new(NULL, NULL) == KR_ERROR_BAD_ARGUMENT);
    kr_vm_free(NULL);
    CHECK(strcmp(kr_error_type(NULL), "") == 0);

    kr_config config;
    kr_config_init(&config);
    config.api_version = KR_API_VERSION + 10000;
    kr_vm *vm = NULL;
    CHECK(kr_vm_new(&config, &vm) == KR_ERROR_VERSION && vm == NULL);
    kr_config_init(&config);
    CHECK(config.jit == KR_JIT_OFF && config.jit_threshold == 0);
    config.jit = KR_JIT_ON; /* this build has no JIT tier: refused, not ignored */
    CHECK(kr_vm_new(&config, &vm) == KR_ERROR_BAD_ARGUMENT && vm == NULL);

    vm = new_vm();
    kr_vm *other = new_vm();
    EXPECT(vm, KR_ERROR_BAD_ARGUMENT, kr_eval(vm, "1", 1, NULL));
    EXPECT(vm, KR_ERROR_BAD_ARGUMENT, kr_exec(vm, NULL, 3, NULL));
    EXPECT(vm, KR_ERROR_BAD_ARGUMENT, kr_get_global(vm, NULL, &out));
    EXPECT(vm, KR_ERROR_BAD_ARGUMENT, kr_exec(vm, "\xff\xfe", 2, NULL)); /* not UTF-8 */

    /* released, stale, forged and foreign handles */
    OK(vm, kr_int_new(vm, 7, &v));
    OK(vm, kr_release(vm, v));
    EXPECT(vm, KR_ERROR_BAD_HANDLE, kr_to_int(vm, v, &i));
    EXPECT(vm, KR_ERROR_BAD_HANDLE, kr_release(vm, v));
    kr_value reused;
    OK(vm, kr_int_new(vm, 8, &reused)); /* same slot, new generation */
    EXPECT(vm, KR_ERROR_BAD_HANDLE, kr_to_int(vm, v, &i));
    OK(vm, kr_to_int(vm, reused, &i));
    CHECK(i == 8);
    EXPECT(vm, KR_ERROR_BAD_HANDLE, kr_to_int(vm, (kr_value)0x1234567890abcdefULL, &i));
    EXPECT(vm, KR_ERROR_BAD_HANDLE, kr_to_int(vm, 0, &i));
    OK(vm, kr_release(vm, 0));
    kr_value foreign;
    OK(other, kr_int_new(other, 9, &foreign));
    EXPECT(vm, KR_ERROR_BAD_HANDLE, kr_to_int(vm, foreign, &i));
    EXPECT(vm, KR_ERROR_BAD_HANDLE, kr_set_global(vm, "x", foreign));
    OK(other, kr_to_int(other, foreign, &i));
    CHECK(i == 9);

    /* wrong types */
    kr_value s;
    OK(vm, kr_str_new(vm, "abc", 3, &s));
    EXPECT(vm, KR_ERROR_TYPE, kr_to_int(vm, s, &i));
    const char *data;
    size_t len;
    EXPECT(vm, KR_ERROR_TYPE, kr_str_data(vm, reused, &data, &len));
    EXPECT(vm, KR_ERROR_TYPE, kr_list_append(vm, s, reused));

    /* a second thread while the VM is busy */
    OK(vm, kr_register_function(vm, "spawn_intruder", spawn_intruder, NULL));
    exec_str(vm, "spawn_intruder()\n");
    CHECK(thread_result == KR_ERROR_WRONG_THREAD);
    /* ... but another thread may use it when it is idle */
    pthread_t t;
    CHECK(pthread_create(&t, NULL, use_from_other_thread, vm) == 0);
    CHECK(pthread_join(t, NULL) == 0);
    CHECK(thread_result == KR_OK);

    /* runaway recursion is a RecursionError and the VM stays usable */
    const char *runaway = "def f(n):\n    return f(n + 1)\nf(0)\n";
    EXPECT(vm, KR_ERROR_EXCEPTION, kr_exec(vm, runaway, strlen(runaway), NULL));
    printf("%s: %s\n", kr_error_type(vm), kr_error_message(vm));
    OK(vm, kr_eval(vm, "6 * 7", 5, &out));
    OK(vm, kr_to_int(vm, out, &i));
    printf("after: %lld\n", (long long)i);

    kr_release(vm, out);
    kr_release(vm, s);
    kr_release(vm, reused);
    CHECK(kr_handle_count(vm) == 0);
    kr_vm_free(vm);
    kr_vm_free(other);
    return 0;
}
