// The header used from C++ (C++11, -pedantic): a host with a native function,
// a host class wrapping a C++ object, and RAII around handles.
#include <cstdio>
#include <cstring>
#include <string>

#include "krait.h"

namespace {

struct Handle {  // releases its kr_value when it goes out of scope
    kr_vm *vm;
    kr_value v;
    explicit Handle(kr_vm *m) : vm(m), v(0) {}
    ~Handle() { kr_release(vm, v); }
    Handle(const Handle &) = delete;
    Handle &operator=(const Handle &) = delete;
};

struct Counter {
    std::string name;
    long count;
};

int finalized = 0;
kr_value counter_class = 0;

kr_status greet(kr_vm *vm, void *, size_t, const kr_value *argv, kr_value *result) {
    const char *text;
    size_t len;
    if (kr_str_data(vm, argv[0], &text, &len) != KR_OK)
        return kr_raise(vm, "TypeError", "greet() needs a str");
    std::string s = "hello, " + std::string(text, len) + "!";
    return kr_str_new(vm, s.data(), s.size(), result);
}

kr_status counter_new(kr_vm *vm, void *, size_t, const kr_value *argv, kr_value *result) {
    const char *text;
    size_t len;
    if (kr_str_data(vm, argv[1], &text, &len) != KR_OK)
        return kr_raise(vm, "TypeError", "Counter() needs a name");
    Counter *c = new Counter{std::string(text, len), 0};
    kr_status s = kr_object_new(vm, argv[0], c, result);
    if (s != KR_OK) delete c;
    return s;
}

kr_status counter_bump(kr_vm *vm, void *, size_t, const kr_value *argv, kr_value *result) {
    void *p = nullptr;
    if (kr_object_ptr(vm, argv[0], counter_class, &p) != KR_OK)
        return kr_raise(vm, "TypeError", "not a Counter");
    Counter *c = static_cast<Counter *>(p);
    int64_t by = 1;
    if (kr_to_int(vm, argv[1], &by) != KR_OK) return kr_raise(vm, "TypeError", "by must be int");
    c->count += static_cast<long>(by);
    return kr_int_new(vm, c->count, result);
}

void counter_finalize(void *, void *ptr) {
    delete static_cast<Counter *>(ptr);
    finalized++;
}

}  // namespace

int main() {
    kr_config config;
    kr_config_init(&config);
    kr_vm *vm = nullptr;
    if (kr_vm_new(&config, &vm) != KR_OK) return 1;
    if (kr_register_function(vm, "greet(who)", greet, nullptr) != KR_OK) return 1;

    const kr_method_def methods[] = {{"bump(self, by=1)", counter_bump}};
    kr_class_def def;
    std::memset(&def, 0, sizeof def);
    def.name = "Counter";
    def.methods = methods;
    def.method_count = 1;
    def.constructor = counter_new;
    def.constructor_signature = "__new__(cls, name)";
    def.finalize = counter_finalize;
    if (kr_class_new(vm, &def, &counter_class) != KR_OK) return 1;
    if (kr_set_global(vm, "Counter", counter_class) != KR_OK) return 1;

    const char *src =
        "print(greet('C++'))\n"
        "c = Counter('clicks')\n"
        "c.bump(); c.bump(by=5)\n"
        "print('count:', c.bump(0))\n"
        "del c\n";
    if (kr_exec(vm, src, std::strlen(src), "cpp.py") != KR_OK) {
        std::fprintf(stderr, "%s", kr_error_traceback(vm));
        return 1;
    }
    {
        Handle out(vm);
        if (kr_eval(vm, "greet('again')", 14, &out.v) != KR_OK) return 1;
        const char *text;
        size_t len;
        kr_str_data(vm, out.v, &text, &len);
        std::printf("eval: %.*s\n", static_cast<int>(len), text);
    }
    std::printf("finalized: %d, handles left: %zu\n", finalized, kr_handle_count(vm) - 1);
    kr_release(vm, counter_class);
    kr_vm_free(vm);
    return 0;
}
