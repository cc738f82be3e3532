/*
 * A small host program that embeds Krait: it registers a native function
 * with a Python signature, exposes a native module and a host object type
 * (Sprite, wrapping a C struct), runs a script, calls a function the script
 * defined, and reports a script error with its traceback. Build (after `cargo build --release -p krait-ffi`):
 *
 *   cc -I../../include host.c ../../target/release/libkrait_ffi.a \
 *      -lpthread -ldl -lm -o host && ./host
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "krait.h"

/* lerp(a, b, t=0.5): linear interpolation, called from the script. */
static kr_status lerp(kr_vm *vm, void *userdata, size_t argc, const kr_value *argv,
                      kr_value *result) {
    (void)userdata;
    (void)argc; /* always 3: Krait bound the signature */
    double a, b, t;
    if (kr_to_float(vm, argv[0], &a) || kr_to_float(vm, argv[1], &b) ||
        kr_to_float(vm, argv[2], &t))
        return kr_raise(vm, "TypeError", "lerp() arguments must be numbers");
    if (t < 0.0 || t > 1.0)
        return kr_raise(vm, "ValueError", "t must be between 0 and 1");
    return kr_float_new(vm, a + (b - a) * t, result);
}

/* game.frame(): the host's frame counter, in a native module. */
static int frame = 0;
static kr_status current_frame(kr_vm *vm, void *userdata, size_t argc, const kr_value *argv,
                               kr_value *result) {
    (void)argc;
    (void)argv;
    return kr_int_new(vm, *(int *)userdata, result);
}

/* game.Sprite: a host object type. Scripts create and move sprites; the C
 * struct lives as long as the script holds the object. */
typedef struct {
    char name[32];
    double x;
} sprite;

static kr_value sprite_class;
static int sprites_alive;

/* Sprite(name, x=0.0) */
static kr_status sprite_new(kr_vm *vm, void *userdata, size_t argc, const kr_value *argv,
                            kr_value *result) {
    (void)userdata;
    (void)argc;
    const char *name;
    size_t len;
    double x;
    if (kr_str_data(vm, argv[1], &name, &len) || kr_to_float(vm, argv[2], &x))
        return kr_raise(vm, "TypeError", "Sprite(name: str, x: float)");
    sprite *s = calloc(1, sizeof *s);
    if (!s) return kr_raise(vm, "MemoryError", NULL);
    memcpy(s->name, name, len < sizeof s->name ? len : sizeof s->name - 1);
    s->x = x;
    sprites_alive++;
    return kr_object_new(vm, argv[0], s, result);
}

static void sprite_free(void *userdata, void *ptr) {
    (void)userdata;
    free(ptr);
    sprites_alive--;
}

/* sprite.move(dx) */
static kr_status sprite_move(kr_vm *vm, void *userdata, size_t argc, const kr_value *argv,
                             kr_value *result) {
    (void)userdata;
    (void)argc;
    (void)result;
    void *p;
    double dx;
    if (kr_object_ptr(vm, argv[0], sprite_class, &p)) return kr_raise(vm, "TypeError", "not a Sprite");
    if (kr_to_float(vm, argv[1], &dx)) return kr_raise(vm, "TypeError", "dx must be a number");
    ((sprite *)p)->x += dx;
    return KR_OK;
}

/* sprite.x (a read-only property) and repr(sprite) */
static kr_status sprite_x(kr_vm *vm, void *userdata, size_t argc, const kr_value *argv,
                          kr_value *result) {
    (void)userdata;
    (void)argc;
    void *p;
    if (kr_object_ptr(vm, argv[0], sprite_class, &p)) return kr_raise(vm, "TypeError", "not a Sprite");
    return kr_float_new(vm, ((sprite *)p)->x, result);
}

static kr_status sprite_repr(kr_vm *vm, void *userdata, size_t argc, const kr_value *argv,
                             kr_value *result) {
    (void)userdata;
    (void)argc;
    void *p;
    char text[64];
    if (kr_object_ptr(vm, argv[0], sprite_class, &p)) return kr_raise(vm, "TypeError", "not a Sprite");
    snprintf(text, sizeof text, "<Sprite %s at x=%.1f>", ((sprite *)p)->name, ((sprite *)p)->x);
    return kr_str_new(vm, text, strlen(text), result);
}

static const char *SCRIPT =
    "import game\n"
    "\n"
    "player = game.Sprite('hero')\n"
    "\n"
    "def on_update(dt):\n"
    "    pos = lerp(0, 100, t=min(dt * 10, 1.0))\n"
    "    player.move(pos - player.x)\n"
    "    return f'frame {game.frame()}: {player!r}'\n"
    "\n"
    "print('script loaded, lerp(2, 4) =', lerp(2, 4), player)\n";

static int check(kr_vm *vm, kr_status status) {
    if (status == KR_OK) return 1;
    fprintf(stderr, "error %d\n%s", (int)status, kr_error_traceback(vm));
    return 0;
}

int main(void) {
    kr_config config;
    kr_config_init(&config);
    kr_vm *vm;
    if (kr_vm_new(&config, &vm) != KR_OK) return 1;

    kr_value module, fn;
    if (!check(vm, kr_register_function(vm, "lerp(a, b, t=0.5)", lerp, NULL))) return 1;
    if (!check(vm, kr_module_new(vm, "game", &module))) return 1;
    if (!check(vm, kr_function_new(vm, "frame()", current_frame, &frame, &fn))) return 1;
    if (!check(vm, kr_setattr(vm, module, "frame", fn))) return 1;
    kr_release(vm, fn);

    static const kr_method_def methods[] = {
        {"move(self, dx)", sprite_move},
        {"__repr__(self)", sprite_repr},
    };
    static const kr_property_def properties[] = {{"x", sprite_x, NULL}};
    kr_class_def def = {0};
    def.name = "Sprite";
    def.methods = methods;
    def.method_count = 2;
    def.properties = properties;
    def.property_count = 1;
    def.constructor = sprite_new;
    def.constructor_signature = "__new__(cls, name, x=0.0)";
    def.finalize = sprite_free; /* runs once, when the script drops the sprite */
    if (!check(vm, kr_class_new(vm, &def, &sprite_class))) return 1;
    if (!check(vm, kr_setattr(vm, module, "Sprite", sprite_class))) return 1;
    kr_release(vm, module);

    if (!check(vm, kr_exec(vm, SCRIPT, strlen(SCRIPT), "game_script.py"))) return 1;

    /* The host's loop calls into the script each frame. */
    kr_value on_update;
    if (!check(vm, kr_get_global(vm, "on_update", &on_update))) return 1;
    for (frame = 1; frame <= 3; frame++) {
        kr_value dt, line;
        const char *text;
        size_t len;
        kr_float_new(vm, frame * 0.04, &dt);
        if (!check(vm, kr_call(vm, on_update, 1, &dt, &line))) return 1;
        kr_str_data(vm, line, &text, &len);
        printf("host got: %s\n", text);
        kr_release(vm, line);
        kr_release(vm, dt);
    }

    /* A script error comes back as a status plus a CPython-style report. */
    const char *bad = "lerp(0, 1, t=2)\n";
    if (kr_exec(vm, bad, strlen(bad), "bad.py") == KR_ERROR_EXCEPTION) {
        printf("script failed with %s: %s\n", kr_error_type(vm), kr_error_message(vm));
        printf("%s", kr_error_traceback(vm));
        kr_error_clear(vm);
    }

    kr_release(vm, on_update);
    kr_release(vm, sprite_class);
    printf("sprites alive before kr_vm_free: %d\n", sprites_alive);
    kr_vm_free(vm);
    printf("after: %d\n", sprites_alive);
    return 0;
}
