/* kr_exec_file runs a script file in __main__; a missing file is an
 * exception like any other, with the file name in it. */
#include "check.h"

int main(void) {
    kr_vm *vm = new_vm();
    OK(vm, kr_exec_file(vm, "exec_file_script.py"));
    kr_value v;
    const char *text;
    size_t len;
    OK(vm, kr_eval(vm, "__file__ + ': ' + result", 24, &v));
    OK(vm, kr_str_data(vm, v, &text, &len));
    printf("%s\n", text);
    kr_release(vm, v);

    EXPECT(vm, KR_ERROR_EXCEPTION, kr_exec_file(vm, "no_such_script.py"));
    printf("%s: %s\n", kr_error_type(vm), kr_error_message(vm));
    EXPECT(vm, KR_ERROR_BAD_ARGUMENT, kr_exec_file(vm, NULL));
    CHECK(kr_handle_count(vm) == 0);
    kr_vm_free(vm);
    return 0;
}
