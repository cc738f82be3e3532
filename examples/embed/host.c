/*
 * A small host program that embeds Krait: it registers a native function
 * with a Python signature, exposes a native module, runs a script, calls a
 * function the script defined, and reports a script error with its
 * traceback. Build (after `cargo build --release -p krait-ffi`):
 *
 *   cc -I../../include host.c ../../target/release/libkrait_ffi.a \
 *      -lpthread -ldl -lm -o host && ./host
 */
#include <stdio.h>
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

static const char *SCRIPT =
    "import game\n"
    "\n"
    "def on_update(dt):\n"
    "    pos = lerp(0, 100, t=min(dt * 10, 1.0))\n"
    "    return f'frame {game.frame()}: pos={pos:.1f}'\n"
    "\n"
    "print('script loaded, lerp(2, 4) =', lerp(2, 4))\n";

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
    kr_vm_free(vm);
    return 0;
}
