/* Running code, globals, eval, calls in both directions, values. */
#include "check.h"

int main(void) {
    kr_vm *vm = new_vm();

    exec_str(vm, "def add(a, b=10):\n    return a + b\n"
                 "greeting = 'hi ' * 2\n"
                 "print('script says', greeting.strip())\n");

    kr_value v;
    const char *text;
    size_t len;
    OK(vm, kr_get_global(vm, "greeting", &v));
    OK(vm, kr_str_data(vm, v, &text, &len));
    printf("greeting=[%s] len=%zu\n", text, len);
    OK(vm, kr_release(vm, v));

    /* eval with arbitrary-size ints */
    OK(vm, kr_eval(vm, "2 ** 100", 8, &v));
    int64_t i;
    EXPECT(vm, KR_ERROR_OVERFLOW, kr_to_int(vm, v, &i));
    kr_value s;
    OK(vm, kr_str(vm, v, &s));
    OK(vm, kr_str_data(vm, s, &text, &len));
    printf("2**100=%s\n", text);
    kr_release(vm, s);
    kr_release(vm, v);

    /* calling a script function from C, positional and keyword */
    kr_value add, args[2], out;
    OK(vm, kr_get_global(vm, "add", &add));
    OK(vm, kr_int_new(vm, 5, &args[0]));
    OK(vm, kr_int_new(vm, 7, &args[1]));
    OK(vm, kr_call(vm, add, 2, args, &out));
    OK(vm, kr_to_int(vm, out, &i));
    printf("add(5, 7)=%lld\n", (long long)i);
    kr_release(vm, out);
    OK(vm, kr_call(vm, add, 1, args, &out));
    OK(vm, kr_to_int(vm, out, &i));
    printf("add(5)=%lld\n", (long long)i);
    kr_release(vm, out);
    const char *kwnames[] = {"b"};
    OK(vm, kr_call_kw(vm, add, 1, args, 1, kwnames, &args[1], &out));
    OK(vm, kr_to_int(vm, out, &i));
    printf("add(5, b=7)=%lld\n", (long long)i);
    kr_release(vm, out);

    /* a script error: type, message and traceback */
    kr_value none;
    OK(vm, kr_none(vm, &none));
    args[1] = none;
    EXPECT(vm, KR_ERROR_EXCEPTION, kr_call(vm, add, 2, args, &out));
    printf("error type=%s\n", kr_error_type(vm));
    printf("error message=%s\n", kr_error_message(vm));
    CHECK(strstr(kr_error_traceback(vm), "Traceback (most recent call last):") != NULL);
    CHECK(strstr(kr_error_traceback(vm), "line 2, in add") != NULL);
    kr_error_clear(vm);
    CHECK(strcmp(kr_error_type(vm), "") == 0);

    /* a syntax error reports like CPython */
    EXPECT(vm, KR_ERROR_EXCEPTION, kr_exec(vm, "x = (1,\n", 8, "broken.py"));
    printf("syntax: %s: %s\n", kr_error_type(vm), kr_error_message(vm));

    /* containers built in C, used by a script */
    kr_value list, item, dict, key, n;
    OK(vm, kr_list_new(vm, 0, NULL, &list));
    for (int k = 1; k <= 3; k++) {
        OK(vm, kr_float_new(vm, k * 1.5, &item));
        OK(vm, kr_list_append(vm, list, item));
        kr_release(vm, item);
    }
    OK(vm, kr_set_global(vm, "numbers", list));
    OK(vm, kr_dict_new(vm, &dict));
    OK(vm, kr_str_new(vm, "total", 5, &key));
    OK(vm, kr_eval(vm, "sum(numbers)", 12, &n));
    OK(vm, kr_set_item(vm, dict, key, n));
    kr_value r;
    OK(vm, kr_repr(vm, dict, &r));
    OK(vm, kr_str_data(vm, r, &text, &len));
    printf("dict=%s\n", text);
    size_t count;
    OK(vm, kr_len(vm, list, &count));
    OK(vm, kr_get_index(vm, list, -1, &item));
    double d;
    OK(vm, kr_to_float(vm, item, &d));
    printf("len=%zu last=%g\n", count, d);
    const char *tn;
    OK(vm, kr_type_name(vm, dict, &tn));
    printf("type=%s\n", tn);

    /* iteration */
    kr_value it, x;
    int done = 0;
    double total = 0;
    OK(vm, kr_iter(vm, list, &it));
    for (;;) {
        OK(vm, kr_next(vm, it, &x, &done));
        if (done) break;
        OK(vm, kr_to_float(vm, x, &d));
        total += d;
        kr_release(vm, x);
    }
    printf("iterated total=%g\n", total);

    /* methods and attributes */
    kr_value up, word;
    OK(vm, kr_str_new(vm, "krait", 5, &word));
    OK(vm, kr_call_method(vm, word, "upper", 0, NULL, &up));
    OK(vm, kr_str_data(vm, up, &text, &len));
    printf("upper=%s\n", text);
    kr_value mod, pi;
    exec_str(vm, "class Box:\n    pass\nbox = Box()\n");
    OK(vm, kr_get_global(vm, "box", &mod));
    OK(vm, kr_int_new(vm, 3, &pi));
    OK(vm, kr_setattr(vm, mod, "size", pi));
    OK(vm, kr_eval(vm, "box.size * 2", 12, &out));
    OK(vm, kr_to_int(vm, out, &i));
    printf("box.size*2=%lld\n", (long long)i);
    EXPECT(vm, KR_ERROR_EXCEPTION, kr_getattr(vm, mod, "missing", &out));
    printf("%s: %s\n", kr_error_type(vm), kr_error_message(vm));
    kr_value sysmod, ver;
    OK(vm, kr_import(vm, "sys", &sysmod));
    OK(vm, kr_getattr(vm, sysmod, "maxsize", &ver));
    OK(vm, kr_to_int(vm, ver, &i));
    printf("maxsize=%lld\n", (long long)i);
    EXPECT(vm, KR_ERROR_EXCEPTION, kr_import(vm, "no_such_module", &out));
    printf("%s: %s\n", kr_error_type(vm), kr_error_message(vm));

    kr_vm_free(vm);
    return 0;
}
