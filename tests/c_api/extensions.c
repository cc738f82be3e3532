/* A C host whose scripts import native extension modules (built by the
 * test driver into $KRAIT_EXT_DIR): the fastmath example, and broken ones
 * that must fail with a clear ImportError instead of crashing. */
#include "check.h"

static const char *SCRIPT =
    "import fastmath\n"
    "v = fastmath.Vec2(3, 4) + fastmath.Vec2(1, 1)\n"
    "print(v, v.length() > 6, fastmath.hypot3(2, 3, z=6), fastmath.live_vectors())\n"
    "for name in ['ext_noabi', 'ext_noinit', 'ext_newer_abi', 'ext_raising', 'ext_status']:\n"
    "    try:\n"
    "        exec('import ' + name)\n"
    "    except ImportError as e:\n"
    "        print(name, 'ImportError:', str(e).replace(e.path, '<path>'), e.name)\n"
    "    except Exception as e:\n"
    "        print(name, type(e).__name__ + ':', e)\n"
    "import sys\n"
    "print('failed imports left in sys.modules:', [m for m in sys.modules if m.startswith('ext_')])\n";

int main(void) {
    const char *ext_dir = getenv("KRAIT_EXT_DIR");
    CHECK(ext_dir != NULL);
    kr_config config;
    kr_config_init(&config);
    config.grants = KR_GRANT_NATIVE_EXTENSIONS;
    config.module_paths = &ext_dir;
    config.module_path_count = 1;
    kr_vm *vm = NULL;
    OK(vm, kr_vm_new(&config, &vm));
    exec_str(vm, SCRIPT);

    /* kr_import reaches extensions too; the module works from C. */
    kr_value mod, fn, args[2], out;
    double d;
    OK(vm, kr_import(vm, "fastmath", &mod));
    OK(vm, kr_getattr(vm, mod, "hypot3", &fn));
    OK(vm, kr_float_new(vm, 6, &args[0]));
    OK(vm, kr_float_new(vm, 8, &args[1]));
    OK(vm, kr_call(vm, fn, 2, args, &out));
    OK(vm, kr_to_float(vm, out, &d));
    printf("from C: hypot3(6, 8) = %g\n", d);
    kr_release(vm, out);
    kr_release(vm, args[0]);
    kr_release(vm, args[1]);
    kr_release(vm, fn);
    kr_release(vm, mod);
    CHECK(kr_handle_count(vm) == 0);
    kr_vm_free(vm);

    /* Two VMs load the same library; each gets its own module. */
    kr_vm *a = NULL, *b = NULL;
    OK(a, kr_vm_new(&config, &a));
    OK(b, kr_vm_new(&config, &b));
    exec_str(a, "import fastmath\nva = fastmath.Vec2(1, 2)\nprint('vm a:', fastmath.dot([1, 2], [3, 4]))\n");
    exec_str(b, "import fastmath\nfastmath.extra = 1\nprint('vm b:', fastmath.Vec2(5, 5) + fastmath.Vec2(1, 0))\n");
    exec_str(a, "print('vm a:', va + va, hasattr(fastmath, 'extra'))\n");
    kr_vm_free(a);
    kr_vm_free(b);
    return 0;
}
