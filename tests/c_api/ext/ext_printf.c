/* An extension that writes with printf, to check that its output and the
 * script's print() appear in program order. */
#include <stdio.h>

#include "krait.h"
KR_MODULE_ABI;

static kr_status shout(kr_vm *vm, void *ud, size_t argc, const kr_value *argv,
                       kr_value *result) {
    const char *text;
    size_t len;
    (void)ud;
    (void)argc;
    (void)result;
    if (kr_str_data(vm, argv[0], &text, &len) != KR_OK)
        return kr_raise(vm, "TypeError", "shout() needs a str");
    printf("C says: %s\n", text);
    return KR_OK;
}

KR_MODULE_INIT(ext_printf) {
    kr_value f;
    kr_status s = kr_function_new(vm, "shout(text)", shout, NULL, &f);
    if (s != KR_OK) return s;
    s = kr_setattr(vm, module, "shout", f);
    kr_release(vm, f);
    return s;
}
