/* Sandbox grants: a new VM cannot open files, read the environment or load
 * native extensions (PermissionError / ImportError in the script); each
 * KR_GRANT_* flag opens one door. Runs in tests/c_api, so grants.c exists. */
#define _POSIX_C_SOURCE 200809L
#include "check.h"

static const char *PROBE =
    "import os\n"
    "def attempt(label, fn):\n"
    "    try:\n"
    "        r = fn()\n"
    "        print(label, 'ok', r)\n"
    "    except PermissionError as e:\n"
    "        print(label, 'PermissionError:', e)\n"
    "    except ImportError as e:\n"
    "        print(label, 'ImportError:', str(e).split(' from ')[0])\n"
    "attempt('open', lambda: open('grants.c').readline().strip())\n"
    "attempt('listdir', lambda: 'grants.c' in os.listdir('.'))\n"
    "attempt('exists', lambda: os.path.exists('grants.c'))\n"
    "attempt('environ', lambda: os.environ['KRAIT_GRANT_TEST'])\n"
    "attempt('getenv', lambda: os.getenv('KRAIT_GRANT_TEST'))\n"
    "def load():\n"
    "    import fastmath\n"
    "    return fastmath.hypot3(3, 4)\n"
    "attempt('extension', load)\n"
    "print('pure path code works:', os.path.join('a', 'b'))\n";

static void probe(unsigned grants) {
    const char *ext_dir = getenv("KRAIT_EXT_DIR");
    CHECK(ext_dir != NULL);
    kr_config config;
    kr_config_init(&config);
    CHECK(config.grants == 0); /* the default: nothing granted */
    config.grants = grants;
    config.module_paths = &ext_dir;
    config.module_path_count = 1;
    kr_vm *vm = NULL;
    OK(vm, kr_vm_new(&config, &vm));
    printf("grants=%u\n", grants);
    exec_str(vm, PROBE);
    fflush(stdout);
    kr_vm_free(vm);
}

int main(void) {
    setenv("KRAIT_GRANT_TEST", "visible", 1);
    probe(0);
    probe(KR_GRANT_FILESYSTEM);
    probe(KR_GRANT_ENVIRONMENT | KR_GRANT_NATIVE_EXTENSIONS);

    /* Unknown grant bits are refused. */
    kr_config config;
    kr_config_init(&config);
    config.grants = 64;
    kr_vm *vm = NULL;
    CHECK(kr_vm_new(&config, &vm) == KR_ERROR_BAD_ARGUMENT && vm == NULL);
    return 0;
}
