/*
 * fastmath: a native extension module for Krait, written in C.
 *
 *   cc -shared -fPIC -I../../include fastmath.c -o fastmath.so
 *   krait demo.py          (demo.py sits beside fastmath.so)
 *
 * `import fastmath` finds fastmath.so on the module path, checks
 * kr_module_abi_version, and calls kr_module_init_fastmath, which fills the
 * module with functions (bound from Python signatures) and a class.
 */
#include <math.h>
#include <stdlib.h>

#include "krait.h"

KR_MODULE_ABI;

/* hypot3(x, y, z=0.0) */
static kr_status hypot3(kr_vm *vm, void *ud, size_t argc, const kr_value *argv,
                        kr_value *result) {
    (void)ud;
    double sum = 0.0;
    for (size_t i = 0; i < argc; i++) {
        double v;
        if (kr_to_float(vm, argv[i], &v) != KR_OK)
            return kr_raise(vm, "TypeError", "hypot3() arguments must be numbers");
        sum += v * v;
    }
    return kr_float_new(vm, sqrt(sum), result);
}

/* dot(a, b): the dot product of two equally long sequences of numbers. */
static kr_status dot(kr_vm *vm, void *ud, size_t argc, const kr_value *argv,
                     kr_value *result) {
    (void)ud;
    (void)argc;
    size_t n, m;
    if (kr_len(vm, argv[0], &n) != KR_OK || kr_len(vm, argv[1], &m) != KR_OK)
        return KR_ERROR_EXCEPTION; /* the TypeError from len() is pending */
    if (n != m) return kr_raise(vm, "ValueError", "dot() sequences differ in length");
    double sum = 0.0;
    for (size_t i = 0; i < n; i++) {
        kr_value a, b;
        double x, y;
        if (kr_get_index(vm, argv[0], (int64_t)i, &a) != KR_OK) return KR_ERROR_EXCEPTION;
        if (kr_get_index(vm, argv[1], (int64_t)i, &b) != KR_OK) {
            kr_release(vm, a);
            return KR_ERROR_EXCEPTION;
        }
        kr_status sa = kr_to_float(vm, a, &x), sb = kr_to_float(vm, b, &y);
        kr_release(vm, a);
        kr_release(vm, b);
        if (sa != KR_OK || sb != KR_OK)
            return kr_raise(vm, "TypeError", "dot() needs numbers");
        sum += x * y;
    }
    return kr_float_new(vm, sum, result);
}

/* class Vec2: a host object wrapping a C struct. */
typedef struct {
    double x, y;
} vec2;

/* Objects alive in this process (all VMs): the finaliser counts them down.
 * Nothing else is global: a class handle belongs to one VM, so the methods
 * find the class through self instead of keeping it in a static. */
static int live_vectors;

static kr_status vec2_make(kr_vm *vm, kr_value cls, double x, double y, kr_value *out) {
    vec2 *v = malloc(sizeof *v);
    if (!v) return kr_raise(vm, "MemoryError", NULL);
    v->x = x;
    v->y = y;
    kr_status s = kr_object_new(vm, cls, v, out);
    if (s != KR_OK) {
        free(v);
        return s;
    }
    live_vectors++;
    return KR_OK;
}

static void vec2_finalize(void *ud, void *ptr) {
    (void)ud;
    free(ptr);
    live_vectors--;
}

/* __new__(cls, x=0.0, y=0.0) */
static kr_status vec2_new(kr_vm *vm, void *ud, size_t argc, const kr_value *argv,
                          kr_value *result) {
    (void)ud;
    (void)argc;
    double x, y;
    if (kr_to_float(vm, argv[1], &x) != KR_OK || kr_to_float(vm, argv[2], &y) != KR_OK)
        return kr_raise(vm, "TypeError", "Vec2() coordinates must be numbers");
    return vec2_make(vm, argv[0], x, y, result);
}

/* The vec2 inside `v` if it is a Vec2 (or subclass) like `self`, else NULL.
 * *cls, if not NULL, receives type(self) (the caller releases it). */
static vec2 *vec_of(kr_vm *vm, kr_value self, kr_value v, kr_value *cls) {
    kr_value type;
    void *p = NULL;
    if (kr_getattr(vm, self, "__class__", &type) != KR_OK) return NULL;
    kr_status s = kr_object_ptr(vm, v, type, &p);
    if (cls && s == KR_OK)
        *cls = type;
    else
        kr_release(vm, type);
    return s == KR_OK ? (vec2 *)p : NULL;
}

static vec2 *self_of(kr_vm *vm, kr_value self) {
    return vec_of(vm, self, self, NULL);
}

static kr_status vec2_length(kr_vm *vm, void *ud, size_t argc, const kr_value *argv,
                             kr_value *result) {
    (void)ud;
    (void)argc;
    vec2 *v = self_of(vm, argv[0]);
    if (!v) return kr_raise(vm, "TypeError", "length() needs a Vec2");
    return kr_float_new(vm, sqrt(v->x * v->x + v->y * v->y), result);
}

static kr_status vec2_add(kr_vm *vm, void *ud, size_t argc, const kr_value *argv,
                          kr_value *result) {
    (void)ud;
    (void)argc;
    kr_value cls = 0;
    vec2 *a = vec_of(vm, argv[0], argv[0], &cls);
    vec2 *b = a ? vec_of(vm, argv[0], argv[1], NULL) : NULL;
    /* The sum has self's class, as a script subclass would expect. */
    kr_status s = a && b ? vec2_make(vm, cls, a->x + b->x, a->y + b->y, result)
                         : kr_raise(vm, "TypeError", "can only add Vec2 to Vec2");
    kr_release(vm, cls);
    return s;
}

static kr_status vec2_repr(kr_vm *vm, void *ud, size_t argc, const kr_value *argv,
                           kr_value *result) {
    (void)ud;
    (void)argc;
    vec2 *v = self_of(vm, argv[0]);
    if (!v) return kr_raise(vm, "TypeError", "__repr__() needs a Vec2");
    /* Let Python do the float formatting, so reprs match script floats. */
    kr_value fmt, parts[2], tuple;
    kr_status s = kr_str_new(vm, "Vec2(%r, %r)", 12, &fmt);
    if (s != KR_OK) return s;
    kr_float_new(vm, v->x, &parts[0]);
    kr_float_new(vm, v->y, &parts[1]);
    kr_tuple_new(vm, 2, parts, &tuple);
    s = kr_call_method(vm, fmt, "__mod__", 1, &tuple, result);
    kr_release(vm, parts[0]);
    kr_release(vm, parts[1]);
    kr_release(vm, tuple);
    kr_release(vm, fmt);
    return s;
}

static kr_status vec2_get_x(kr_vm *vm, void *ud, size_t argc, const kr_value *argv,
                            kr_value *result) {
    (void)ud;
    (void)argc;
    vec2 *v = self_of(vm, argv[0]);
    return v ? kr_float_new(vm, v->x, result) : kr_raise(vm, "TypeError", "not a Vec2");
}

static kr_status vec2_get_y(kr_vm *vm, void *ud, size_t argc, const kr_value *argv,
                            kr_value *result) {
    (void)ud;
    (void)argc;
    vec2 *v = self_of(vm, argv[0]);
    return v ? kr_float_new(vm, v->y, result) : kr_raise(vm, "TypeError", "not a Vec2");
}

/* live_vectors(): how many Vec2 objects exist (their finaliser frees them). */
static kr_status count_live(kr_vm *vm, void *ud, size_t argc, const kr_value *argv,
                            kr_value *result) {
    (void)ud;
    (void)argc;
    (void)argv;
    return kr_int_new(vm, live_vectors, result);
}

static kr_status add_function(kr_vm *vm, kr_value module, const char *name,
                              const char *signature, kr_native_fn fn) {
    kr_value f;
    kr_status s = kr_function_new(vm, signature, fn, NULL, &f);
    if (s != KR_OK) return s;
    s = kr_setattr(vm, module, name, f);
    kr_release(vm, f);
    return s;
}

KR_MODULE_INIT(fastmath) {
    static const kr_method_def methods[] = {
        {"length(self)", vec2_length},
        {"__add__(self, other)", vec2_add},
        {"__repr__(self)", vec2_repr},
    };
    static const kr_property_def properties[] = {
        {"x", vec2_get_x, NULL},
        {"y", vec2_get_y, NULL},
    };
    kr_class_def def = {0};
    def.name = "Vec2";
    def.methods = methods;
    def.method_count = sizeof methods / sizeof methods[0];
    def.properties = properties;
    def.property_count = sizeof properties / sizeof properties[0];
    def.constructor = vec2_new;
    def.constructor_signature = "__new__(cls, x=0.0, y=0.0)";
    def.finalize = vec2_finalize;

    kr_status s;
    if ((s = add_function(vm, module, "hypot3", "hypot3(x, y, z=0.0)", hypot3)) != KR_OK) return s;
    if ((s = add_function(vm, module, "dot", "dot(a, b)", dot)) != KR_OK) return s;
    if ((s = add_function(vm, module, "live_vectors", "live_vectors()", count_live)) != KR_OK)
        return s;
    kr_value cls;
    if ((s = kr_class_new(vm, &def, &cls)) != KR_OK) return s;
    s = kr_setattr(vm, module, "Vec2", cls);
    kr_release(vm, cls);
    if (s != KR_OK) return s;
    kr_value pi;
    kr_float_new(vm, 3.141592653589793, &pi);
    s = kr_setattr(vm, module, "PI", pi);
    kr_release(vm, pi);
    return s;
}
