/* Native functions: signature binding, raising, calling back into the VM,
 * host modules, and the output callback. */
#include "check.h"

static kr_status clamp(kr_vm *vm, void *ud, size_t argc, const kr_value *argv, kr_value *result) {
    (void)ud;
    CHECK(argc == 4); /* x, lo, hi, strict: always in signature order */
    double x, lo, hi;
    int strict;
    if (kr_to_float(vm, argv[0], &x) != KR_OK)
        return kr_raise(vm, "TypeError", "clamp() needs a number");
    OK(vm, kr_to_float(vm, argv[1], &lo));
    OK(vm, kr_to_float(vm, argv[2], &hi));
    OK(vm, kr_truthy(vm, argv[3], &strict));
    if (strict && (x < lo || x > hi))
        return kr_raise(vm, "ValueError", "out of range");
    return kr_float_new(vm, x < lo ? lo : x > hi ? hi : x, result);
}

static int calls;
static kr_status count_calls(kr_vm *vm, void *ud, size_t argc, const kr_value *argv, kr_value *result) {
    (void)vm; (void)argv; (void)result;
    int *counter = (int *)ud;
    *counter += (int)argc + 1;
    return KR_OK; /* result left 0: returns None */
}

/* Calls the script callable it is given with 21 and doubles the result. */
static kr_status apply_twice(kr_vm *vm, void *ud, size_t argc, const kr_value *argv, kr_value *result) {
    (void)ud;
    CHECK(argc == 1);
    kr_value arg, out;
    int64_t n;
    OK(vm, kr_int_new(vm, 21, &arg));
    kr_status st = kr_call(vm, argv[0], 1, &arg, &out);
    kr_release(vm, arg);
    if (st != KR_OK)
        return st; /* the script's exception propagates */
    OK(vm, kr_to_int(vm, out, &n));
    kr_release(vm, out);
    return kr_int_new(vm, n * 2, result);
}

static char captured[4096];
static void capture(void *ud, int stream, const char *text, size_t len) {
    CHECK(ud == (void *)captured);
    size_t used = strlen(captured);
    CHECK(used + len + 8 < sizeof captured);
    if (stream == 2) strcat(captured, "[err]");
    strncat(captured, text, len);
}

int main(void) {
    kr_config config;
    kr_config_init(&config);
    config.output = capture;
    config.userdata = captured;
    kr_vm *vm = NULL;
    OK(vm, kr_vm_new(&config, &vm));
    CHECK(kr_vm_userdata(vm) == (void *)captured);

    OK(vm, kr_register_function(vm, "clamp(x, lo=0.0, hi=1.0, *, strict=False)", clamp, NULL));
    OK(vm, kr_register_function(vm, "count_calls", count_calls, &calls));
    OK(vm, kr_register_function(vm, "apply_twice(fn)", apply_twice, NULL));

    exec_str(vm,
        "print(clamp(1.5), clamp(-2), clamp(0.25, hi=0.2), clamp(5, 0, 10))\n"
        "try:\n    clamp(2, strict=True)\nexcept ValueError as e:\n    print('ValueError:', e)\n"
        "for bad in [lambda: clamp(), lambda: clamp(1, 2, 3, 4), lambda: clamp(1, nope=2),\n"
        "            lambda: clamp('s'), lambda: count_calls(a=1)]:\n"
        "    try:\n        bad()\n    except TypeError as e:\n        print('TypeError:', e)\n"
        "print(count_calls(1, 2), count_calls())\n"
        "print(apply_twice(lambda n: n + 1))\n"
        "def boom(n):\n    raise KeyError(n)\n"
        "try:\n    apply_twice(boom)\nexcept KeyError as e:\n    print('KeyError from callback:', e)\n"
        "print(apply_twice(lambda n: apply_twice(lambda m: m)))\n"
        "import sys\nprint('to stderr', file=sys.stderr)\n");
    printf("%s", captured);
    printf("calls=%d\n", calls);

    /* A native function's exception reaches C with its traceback. */
    EXPECT(vm, KR_ERROR_EXCEPTION, kr_exec(vm, "clamp(9, strict=True)\n", 22, "main.py"));
    printf("%s: %s\n", kr_error_type(vm), kr_error_message(vm));
    CHECK(strstr(kr_error_traceback(vm), "File \"main.py\", line 1") != NULL);

    /* Host modules: importable, filled from C. */
    kr_value mod, fn, v;
    OK(vm, kr_module_new(vm, "host", &mod));
    OK(vm, kr_function_new(vm, "clamp(x, lo=0.0, hi=1.0, *, strict=False)", clamp, NULL, &fn));
    OK(vm, kr_setattr(vm, mod, "clamp", fn));
    OK(vm, kr_int_new(vm, 42, &v));
    OK(vm, kr_setattr(vm, mod, "answer", v));
    captured[0] = 0;
    exec_str(vm, "import host\nfrom host import answer\nprint(host.clamp(7, hi=5), answer, host.__name__)\n");
    printf("%s", captured);

    /* Bad registrations are refused, not crashes. */
    EXPECT(vm, KR_ERROR_BAD_ARGUMENT, kr_register_function(vm, "not a name", clamp, NULL));
    EXPECT(vm, KR_ERROR_BAD_ARGUMENT, kr_register_function(vm, "f", NULL, NULL));
    EXPECT(vm, KR_ERROR_EXCEPTION, kr_register_function(vm, "f(x, x)", clamp, NULL));
    printf("bad signature: %s: %s\n", kr_error_type(vm), kr_error_message(vm));

    kr_release(vm, mod);
    kr_release(vm, fn);
    kr_release(vm, v);
    CHECK(kr_handle_count(vm) == 0);
    kr_vm_free(vm);
    return 0;
}
