/* input() and sys.stdin read from the host's input callback; with no output
 * callback, print() goes through C's stdout FILE, so it interleaves with the
 * host's own printf in program order (stdout is a pipe here: fully buffered). */
#include "check.h"

static const char *INPUT = "first line\nsecond\r\nthird";
static size_t input_pos, input_calls;

/* Hands out the input in 5-byte pieces, to exercise Krait's line splitting. */
static size_t read_input(void *ud, char *buffer, size_t capacity) {
    CHECK(ud == (void *)&input_pos);
    input_calls++;
    size_t left = strlen(INPUT) - input_pos;
    size_t n = left < 5 ? left : 5;
    if (n > capacity) n = capacity;
    memcpy(buffer, INPUT + input_pos, n);
    input_pos += n;
    return n;
}

static kr_status host_printf(kr_vm *vm, void *ud, size_t argc, const kr_value *argv,
                             kr_value *result) {
    (void)ud; (void)argc; (void)result;
    const char *text;
    size_t len;
    OK(vm, kr_str_data(vm, argv[0], &text, &len));
    printf("[host printf during the script: %s]\n", text);
    return KR_OK;
}

int main(void) {
    kr_config config;
    kr_config_init(&config);
    config.input = read_input;
    config.userdata = &input_pos;
    kr_vm *vm = NULL;
    OK(vm, kr_vm_new(&config, &vm));
    OK(vm, kr_register_function(vm, "host_printf(text)", host_printf, NULL));

    printf("host: before the script\n");
    exec_str(vm,
             "print('script: one')\n"
             "host_printf('between')\n"
             "a = input('prompt> ')\n"
             "print()\n"
             "print('script: got', repr(a))\n"
             "import sys\n"
             "print('script: readline', repr(sys.stdin.readline()))\n"
             "print('script: rest', repr(sys.stdin.read()))\n"
             "try:\n"
             "    input()\n"
             "except EOFError as e:\n"
             "    print('script: EOFError', e)\n"
             "print('script: to stderr', file=sys.stderr)\n");
    printf("host: after the script (%s)\n", input_calls > 3 ? "input came in pieces" : "?");
    exec_str(vm, "print('script: second run')\n");
    printf("host: end\n");

    kr_vm_free(vm);
    return 0;
}
