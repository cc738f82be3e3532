/* Host classes: construction from scripts and from C, methods, properties,
 * dunders, type-checked pointers, subclassing, and finalisers that run
 * exactly once when the last reference goes. */
#include "check.h"

typedef struct { double x, y; int id; } vec2;

static int live, finalized, next_id;
static kr_value vec_class;

static void vec_finalize(void *ud, void *ptr) {
    CHECK(ud == (void *)&live);
    vec2 *v = (vec2 *)ptr;
    free(v);
    live--;
    finalized++;
}

static kr_status make(kr_vm *vm, kr_value cls, double x, double y, kr_value *out) {
    vec2 *v = (vec2 *)malloc(sizeof *v);
    v->x = x; v->y = y; v->id = ++next_id;
    live++;
    kr_status st = kr_object_new(vm, cls, v, out);
    if (st != KR_OK) { free(v); live--; }
    return st;
}

static vec2 *self_of(kr_vm *vm, kr_value self) {
    void *p = NULL;
    return kr_object_ptr(vm, self, vec_class, &p) == KR_OK ? (vec2 *)p : NULL;
}

static kr_status vec_new(kr_vm *vm, void *ud, size_t argc, const kr_value *argv, kr_value *out) {
    (void)ud; CHECK(argc == 3);
    double x, y;
    if (kr_to_float(vm, argv[1], &x) || kr_to_float(vm, argv[2], &y))
        return kr_raise(vm, "TypeError", "Vec coordinates must be numbers");
    return make(vm, argv[0], x, y, out);
}

static kr_status vec_length2(kr_vm *vm, void *ud, size_t argc, const kr_value *argv, kr_value *out) {
    (void)ud; (void)argc;
    vec2 *v = self_of(vm, argv[0]);
    return kr_float_new(vm, v->x * v->x + v->y * v->y, out);
}

static kr_status vec_add(kr_vm *vm, void *ud, size_t argc, const kr_value *argv, kr_value *out) {
    (void)ud; (void)argc;
    vec2 *a = self_of(vm, argv[0]), *b = self_of(vm, argv[1]);
    if (!b) return kr_raise(vm, "TypeError", "can only add Vec to Vec");
    return make(vm, vec_class, a->x + b->x, a->y + b->y, out);
}

static kr_status vec_repr(kr_vm *vm, void *ud, size_t argc, const kr_value *argv, kr_value *out) {
    (void)ud; (void)argc;
    vec2 *v = self_of(vm, argv[0]);
    char buf[64];
    int n = snprintf(buf, sizeof buf, "Vec(%g, %g)", v->x, v->y);
    return kr_str_new(vm, buf, (size_t)n, out);
}

static kr_status vec_len(kr_vm *vm, void *ud, size_t argc, const kr_value *argv, kr_value *out) {
    (void)ud; (void)argc; (void)argv;
    return kr_int_new(vm, 2, out);
}

static kr_status vec_getitem(kr_vm *vm, void *ud, size_t argc, const kr_value *argv, kr_value *out) {
    (void)ud; (void)argc;
    vec2 *v = self_of(vm, argv[0]);
    int64_t i;
    if (kr_to_int(vm, argv[1], &i) != KR_OK) return kr_raise(vm, "TypeError", "index must be an int");
    if (i == 0) return kr_float_new(vm, v->x, out);
    if (i == 1) return kr_float_new(vm, v->y, out);
    return kr_raise(vm, "IndexError", "Vec index out of range");
}

static kr_status get_x(kr_vm *vm, void *ud, size_t argc, const kr_value *argv, kr_value *out) {
    (void)ud; (void)argc;
    return kr_float_new(vm, self_of(vm, argv[0])->x, out);
}

static kr_status set_x(kr_vm *vm, void *ud, size_t argc, const kr_value *argv, kr_value *out) {
    (void)ud; (void)argc; (void)out;
    if (kr_to_float(vm, argv[1], &self_of(vm, argv[0])->x) != KR_OK)
        return kr_raise(vm, "TypeError", "x must be a number");
    return KR_OK;
}

static kr_status get_id(kr_vm *vm, void *ud, size_t argc, const kr_value *argv, kr_value *out) {
    (void)ud; (void)argc;
    return kr_int_new(vm, self_of(vm, argv[0])->id, out);
}

static kr_status finalized_count(kr_vm *vm, void *ud, size_t argc, const kr_value *argv, kr_value *out) {
    (void)ud; (void)argc; (void)argv;
    return kr_int_new(vm, finalized, out);
}

int main(void) {
    kr_vm *vm = new_vm();
    OK(vm, kr_register_function(vm, "finalized_count()", finalized_count, NULL));
    static const kr_method_def methods[] = {
        {"length2(self)", vec_length2},
        {"__add__(self, other)", vec_add},
        {"__repr__(self)", vec_repr},
        {"__len__(self)", vec_len},
        {"__getitem__(self, index)", vec_getitem},
    };
    static const kr_property_def props[] = {{"x", get_x, set_x}, {"id", get_id, NULL}};
    kr_class_def def = {0};
    def.name = "Vec";
    def.methods = methods;
    def.method_count = sizeof methods / sizeof methods[0];
    def.properties = props;
    def.property_count = 2;
    def.constructor = vec_new;
    def.constructor_signature = "__new__(cls, x=0.0, y=0.0)";
    def.finalize = vec_finalize;
    def.userdata = &live;
    OK(vm, kr_class_new(vm, &def, &vec_class));
    OK(vm, kr_set_global(vm, "Vec", vec_class));

    exec_str(vm,
        "a = Vec(3, 4)\n"
        "b = Vec(y=1)\n"
        "print(a, b, a + b, len(a), a[0], a[1], list(a) if False else [a[i] for i in range(2)])\n"
        "print(a.length2(), type(a).__name__, isinstance(a, Vec))\n"
        "a.x = 10\n"
        "print(a.x, a.id)\n"
        "for bad in [lambda: a[5], lambda: a + 1, lambda: Vec('s'), lambda: setattr(a, 'id', 1)]:\n"
        "    try:\n        bad()\n    except Exception as e:\n        print(type(e).__name__ + ':', e)\n"
        "class Named(Vec):\n"
        "    def name(self):\n        return 'named ' + repr(self)\n"
        "n = Named(1, 2)\n"
        "print(n.name(), isinstance(n, Vec))\n"
        "print('finalized so far:', finalized_count())\n"
        "del b\n"
        "print('after del b:', finalized_count())\n"
        "a = None\n"
        "print('after rebinding a:', finalized_count())\n"
        "def scope():\n    t = Vec(7, 7)\n    return t.length2()\n"
        "print(scope(), 'after scope:', finalized_count())\n");
    printf("live after script: %d\n", live);

    /* Objects made by the host, and pointer type checks. */
    kr_value obj, n, s;
    OK(vm, make(vm, vec_class, 0.5, 0.25, &obj));
    void *p;
    OK(vm, kr_object_ptr(vm, obj, vec_class, &p));
    CHECK(((vec2 *)p)->x == 0.5);
    OK(vm, kr_get_global(vm, "n", &n));
    OK(vm, kr_object_ptr(vm, n, vec_class, &p)); /* a script subclass instance */
    OK(vm, kr_str_new(vm, "x", 1, &s));
    EXPECT(vm, KR_ERROR_TYPE, kr_object_ptr(vm, s, vec_class, &p));
    EXPECT(vm, KR_ERROR_TYPE, kr_object_ptr(vm, obj, s, &p));
    EXPECT(vm, KR_ERROR_TYPE, kr_object_new(vm, s, NULL, &n));
    kr_release(vm, n);
    kr_release(vm, s);
    int before = finalized;
    kr_release(vm, obj);
    printf("release finalizes at once: %d\n", finalized - before);

    /* A class without a constructor: only the host creates instances. */
    kr_class_def closed = {0};
    closed.name = "Handle";
    kr_value handle_class;
    OK(vm, kr_class_new(vm, &closed, &handle_class));
    OK(vm, kr_set_global(vm, "Handle", handle_class));
    exec_str(vm, "try:\n    Handle()\nexcept TypeError as e:\n    print(e)\n");
    kr_release(vm, handle_class);

    kr_release(vm, vec_class);
    printf("freeing VM (live=%d)\n", live);
    kr_vm_free(vm);
    printf("live=%d finalized=%d\n", live, finalized);
    return 0;
}
