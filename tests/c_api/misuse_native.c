/* Native functions that break the rules get a SystemError in the script,
 * not a crash: bad result handles, statuses without an exception, borrowed
 * arguments kept past the call. A limit hit inside a re-entrant call still
 * stops the whole run, and the VM is usable afterwards. */
#include "check.h"

static kr_vm *other_vm;
static kr_value kept_arg;

static kr_status returns_released(kr_vm *vm, void *ud, size_t argc, const kr_value *argv,
                                  kr_value *result) {
    (void)ud; (void)argc; (void)argv;
    OK(vm, kr_int_new(vm, 1, result));
    OK(vm, kr_release(vm, *result));
    return KR_OK;
}

static kr_status returns_foreign(kr_vm *vm, void *ud, size_t argc, const kr_value *argv,
                                 kr_value *result) {
    (void)vm; (void)ud; (void)argc; (void)argv;
    OK(other_vm, kr_int_new(other_vm, 2, result));
    return KR_OK;
}

static kr_status claims_exception(kr_vm *vm, void *ud, size_t argc, const kr_value *argv,
                                  kr_value *result) {
    (void)vm; (void)ud; (void)argc; (void)argv; (void)result;
    return KR_ERROR_EXCEPTION; /* without kr_raise */
}

static kr_status odd_status(kr_vm *vm, void *ud, size_t argc, const kr_value *argv,
                            kr_value *result) {
    (void)vm; (void)ud; (void)argc; (void)argv; (void)result;
    return KR_ERROR_BAD_HANDLE;
}

static kr_status keeps_arg(kr_vm *vm, void *ud, size_t argc, const kr_value *argv,
                           kr_value *result) {
    (void)ud; (void)argc; (void)result;
    kept_arg = argv[0];
    OK(vm, kr_release(vm, argv[1])); /* releasing a borrowed argument is harmless */
    return KR_OK;
}

static kr_status raises(kr_vm *vm, void *ud, size_t argc, const kr_value *argv,
                        kr_value *result) {
    (void)ud; (void)argc; (void)result;
    const char *name;
    size_t len;
    OK(vm, kr_str_data(vm, argv[0], &name, &len));
    return kr_raise(vm, name, "raised from C");
}

/* Calls back into the script; a limit may fire in there. */
static kr_status call_back(kr_vm *vm, void *ud, size_t argc, const kr_value *argv,
                           kr_value *result) {
    (void)ud; (void)argc;
    kr_status s = kr_call(vm, argv[0], 0, NULL, result);
    if (s == KR_ERROR_LIMIT) printf("  nested kr_call saw KR_ERROR_LIMIT\n");
    return s;
}

int main(void) {
    kr_vm *vm = new_vm();
    other_vm = new_vm();
    OK(vm, kr_register_function(vm, "returns_released()", returns_released, NULL));
    OK(vm, kr_register_function(vm, "returns_foreign()", returns_foreign, NULL));
    OK(vm, kr_register_function(vm, "claims_exception()", claims_exception, NULL));
    OK(vm, kr_register_function(vm, "odd_status()", odd_status, NULL));
    OK(vm, kr_register_function(vm, "keeps_arg(a, b)", keeps_arg, NULL));
    OK(vm, kr_register_function(vm, "raises(name)", raises, NULL));
    OK(vm, kr_register_function(vm, "call_back(fn)", call_back, NULL));

    exec_str(vm,
             "class AppError(Exception):\n    pass\n"
             "for f in [returns_released, returns_foreign, claims_exception, odd_status,\n"
             "          lambda: raises('NoSuchError'), lambda: raises('ValueError'),\n"
             "          lambda: raises('AppError'), lambda: raises('int')]:\n"
             "    try:\n"
             "        f()\n"
             "    except Exception as e:\n"
             "        print(type(e).__name__ + ':', e)\n"
             "print(keeps_arg(10, 20))\n");
    int64_t i;
    EXPECT(vm, KR_ERROR_BAD_HANDLE, kr_to_int(vm, kept_arg, &i));
    printf("borrowed argument after the call: KR_ERROR_BAD_HANDLE\n");

    /* A limit inside a re-entrant call stops the outer run too. */
    OK(vm, kr_set_limits(vm, 200000, 0));
    const char *nested =
        "def spin():\n    while True:\n        pass\n"
        "try:\n    call_back(spin)\nexcept BaseException:\n    print('caught (must not happen)')\n";
    EXPECT(vm, KR_ERROR_LIMIT, kr_exec(vm, nested, strlen(nested), "nested.py"));
    printf("outer run: KR_ERROR_LIMIT: %s\n", kr_error_message(vm));
    OK(vm, kr_set_limits(vm, 0, 0));
    kr_value out;
    OK(vm, kr_eval(vm, "call_back(lambda: 40 + 2)", 25, &out));
    OK(vm, kr_to_int(vm, out, &i));
    printf("VM reused: %lld\n", (long long)i);
    kr_release(vm, out);

    /* kr_interrupt while idle does not hit the next run... */
    OK(vm, kr_interrupt(vm));
    exec_str(vm, "total = sum(range(100000))\n");
    printf("idle interrupt ignored: ok\n");

    CHECK(kr_handle_count(vm) == 0);
    CHECK(kr_handle_count(other_vm) == 1); /* returns_foreign's stray handle */
    kr_vm_free(vm);
    kr_vm_free(other_vm);
    return 0;
}
