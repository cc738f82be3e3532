/*
 * krait.h — the C API of Krait, an embeddable Python 3.11-compatible engine.
 *
 * The shape:
 *   - Every call takes the VM first. There is no global state: any number of
 *     VMs may exist, and different VMs may run on different threads at once.
 *     One VM is used by one thread at a time; a call from another thread
 *     while it is in use returns KR_ERROR_WRONG_THREAD.
 *   - Every call that can fail returns a kr_status. After KR_ERROR_EXCEPTION
 *     the script exception is readable with kr_error_type / kr_error_message
 *     / kr_error_traceback until kr_error_clear or the next failing call.
 *   - Values cross the boundary as kr_value handles (opaque 64-bit numbers).
 *     A handle the API gives you is yours: release it with kr_release
 *     (kr_dup makes a second one). Arguments passed to a native function are
 *     borrowed for the duration of the call. A stale, released, forged or
 *     other-VM handle is rejected with KR_ERROR_BAD_HANDLE, never a crash.
 *   - Nothing panics or aborts across this boundary: an internal fault is
 *     reported as KR_ERROR_INTERNAL.
 *
 * Link with libkrait_ffi.a (plus -lpthread -ldl -lm) or libkrait_ffi.so
 * (installed as libkrait.a / libkrait.so with a krait.pc: ffi/install.sh).
 * A host that lets scripts import native extension modules (see the end of
 * this file) must make the kr_* functions visible to them: link the shared
 * library, or link the static one with -rdynamic.
 */
#ifndef KRAIT_H
#define KRAIT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Major * 10000 + minor * 100 + patch. kr_vm_new refuses another major. */
#define KR_API_VERSION 100

typedef enum kr_status {
    KR_OK = 0,
    /* A Python exception was raised; see kr_error_*. */
    KR_ERROR_EXCEPTION = 1,
    /* A configured limit (memory, instructions, time) stopped the run. */
    KR_ERROR_LIMIT = 2,
    /* kr_interrupt stopped the run. */
    KR_ERROR_INTERRUPTED = 3,
    /* A kr_value that is released, stale, forged or from another VM. */
    KR_ERROR_BAD_HANDLE = 4,
    /* A NULL pointer or an argument out of range. */
    KR_ERROR_BAD_ARGUMENT = 5,
    /* The VM is in use by another thread. */
    KR_ERROR_WRONG_THREAD = 6,
    /* The value has another type than the call needs (e.g. kr_to_int on a str). */
    KR_ERROR_TYPE = 7,
    /* An int does not fit in int64_t. */
    KR_ERROR_OVERFLOW = 8,
    /* kr_config's API version has another major version than this library. */
    KR_ERROR_VERSION = 9,
    /* A bug in Krait (a caught internal panic). The VM should be freed. */
    KR_ERROR_INTERNAL = 10,
    /* The object is in the wrong state (e.g. resolving a finished future). */
    KR_ERROR_STATE = 11
} kr_status;

typedef struct kr_vm kr_vm;

/* A handle to a script value. 0 is never a valid handle. */
typedef uint64_t kr_value;

/* Output of print()/sys.stdout (stream 1) and sys.stderr (stream 2).
 * `text` is UTF-8, not NUL-terminated, valid only during the call. */
typedef void (*kr_output_fn)(void *userdata, int stream, const char *text, size_t len);

/* Input for input() and sys.stdin, read(2)-style: copy up to `capacity`
 * bytes of UTF-8 into `buffer` and return how many; 0 means the end of the
 * input (input() raises EOFError; a later call asks again). Krait splits
 * the bytes into lines itself and keeps what follows a newline. */
typedef size_t (*kr_input_fn)(void *userdata, char *buffer, size_t capacity);

/* Sandbox grants for kr_config.grants. A new VM has none: a script cannot
 * open files, read the environment or load native code unless the host
 * says so; a denied operation raises PermissionError in the script (for an
 * extension module, ImportError). The `krait` runner grants all three
 * (its --deny and --sandbox flags take them away). */
/* open(), os.listdir/mkdir/remove/rename/stat/getcwd, os.path.exists/isfile/... */
#define KR_GRANT_FILESYSTEM 1u
/* os.environ, os.getenv, os.putenv (the environment is the process's). */
#define KR_GRANT_ENVIRONMENT 2u
/* `import name` loading name.so / libname.so from the module paths. */
#define KR_GRANT_NATIVE_EXTENSIONS 4u
#define KR_GRANT_ALL (KR_GRANT_FILESYSTEM | KR_GRANT_ENVIRONMENT | KR_GRANT_NATIVE_EXTENSIONS)

typedef struct kr_config {
    /* sizeof(kr_config), set by kr_config_init; lets the struct grow. */
    size_t size;
    /* KR_API_VERSION the host was compiled against, set by kr_config_init. */
    uint32_t api_version;
    /* Maximum script call depth before RecursionError (default 1000). */
    uint32_t recursion_limit;
    /* Folders searched by `import`, in order, for packages, native extension
     * modules (with KR_GRANT_NATIVE_EXTENSIONS) and .py files. May be NULL. */
    const char *const *module_paths;
    size_t module_path_count;
    /* Where script output goes. NULL: C's own stdout and stderr FILE
     * streams (fwrite), so print() and the host's printf share one buffer
     * and appear in program order; sys.stdout.flush() and input() flush it,
     * and stderr output flushes stdout first. */
    kr_output_fn output;
    /* Passed to the callbacks; also returned by kr_vm_userdata. */
    void *userdata;
    /* Limits for each call from the host (kr_exec, kr_call, ...); 0 means
     * none. Instructions are counted on loop back-edges and calls. A run
     * that crosses one returns KR_ERROR_LIMIT: the script cannot catch it,
     * its stack unwinds, and the VM is usable for the next call. */
    uint64_t max_instructions;
    uint64_t time_limit_ms;
    /* Bytes the VM may allocate (0: no limit). A script that would cross it
     * gets a MemoryError (catchable, as in CPython) at the allocation or at
     * the next loop back-edge or call; the VM stays usable. */
    uint64_t memory_limit;
    /* KR_GRANT_* flags, or-ed (default 0: none). Unknown bits are
     * KR_ERROR_BAD_ARGUMENT. */
    uint32_t grants;
    /* Where input() and sys.stdin read from; NULL: the process's stdin. */
    kr_input_fn input;
    /* The JIT tier: KR_JIT_OFF (the default) runs everything in the
     * interpreter. This build has no JIT tier yet, so kr_vm_new refuses
     * KR_JIT_ON with KR_ERROR_BAD_ARGUMENT rather than silently ignoring it;
     * the fields are fixed now so hosts keep compiling when the tier lands. */
    uint32_t jit;
    /* Loop iterations before a hot loop is compiled (0: the engine's default). */
    uint32_t jit_threshold;
} kr_config;

#define KR_JIT_OFF 0u
#define KR_JIT_ON 1u

/* Fills `config` with the defaults. Always call it before setting fields. */
void kr_config_init(kr_config *config);

/* Creates a VM. On success *out is the VM; free it with kr_vm_free. */
kr_status kr_vm_new(const kr_config *config, kr_vm **out);

/* Frees the VM and everything it owns; every handle of it becomes invalid.
 * NULL is ignored. */
void kr_vm_free(kr_vm *vm);

/* The config's userdata. */
void *kr_vm_userdata(kr_vm *vm);

/* Changes the limits (as in kr_config; 0 = none) for later calls. */
kr_status kr_set_limits(kr_vm *vm, uint64_t max_instructions, uint64_t time_limit_ms);

/* Changes the memory limit (bytes, 0 = none). */
kr_status kr_set_memory_limit(kr_vm *vm, uint64_t bytes);

/* Bytes the VM's heap holds now (a fresh VM: about 340 KB). */
size_t kr_memory_used(kr_vm *vm);

/* Stops the script running in `vm` as soon as it reaches a loop back-edge
 * or a call; that run returns KR_ERROR_INTERRUPTED. Safe to call from any
 * thread (e.g. a watchdog or a signal-handling thread); no effect on a VM
 * that is idle. */
kr_status kr_interrupt(kr_vm *vm);

/* ---- Running code ------------------------------------------------------ */

/* Runs `source` (UTF-8, `len` bytes) as a module body in __main__.
 * `filename` (may be NULL: "<string>") appears in tracebacks. */
kr_status kr_exec(kr_vm *vm, const char *source, size_t len, const char *filename);

/* Reads the UTF-8 file at `path` and runs it as kr_exec does, with `path` as
 * the filename and __main__.__file__ (the host names the file, so no grant
 * is needed). An unreadable file is FileNotFoundError/OSError, readable
 * with kr_error_* like any exception. */
kr_status kr_exec_file(kr_vm *vm, const char *path);

/* Evaluates one expression in __main__'s namespace; *out gets the result. */
kr_status kr_eval(kr_vm *vm, const char *expr, size_t len, kr_value *out);

/* __main__'s global `name` (NUL-terminated); NameError if it is not set. */
kr_status kr_get_global(kr_vm *vm, const char *name, kr_value *out);
kr_status kr_set_global(kr_vm *vm, const char *name, kr_value value);

/* `import name` (dotted names allowed); *out gets the module. */
kr_status kr_import(kr_vm *vm, const char *name, kr_value *out);

kr_status kr_getattr(kr_vm *vm, kr_value obj, const char *name, kr_value *out);
kr_status kr_setattr(kr_vm *vm, kr_value obj, const char *name, kr_value value);

/* Calls `callable(*argv)`. `argv` may be NULL when argc is 0. */
kr_status kr_call(kr_vm *vm, kr_value callable, size_t argc, const kr_value *argv,
                  kr_value *out);

/* Calls `callable(*argv, **{kwnames[i]: kwargv[i]})`. */
kr_status kr_call_kw(kr_vm *vm, kr_value callable, size_t argc, const kr_value *argv,
                     size_t kwargc, const char *const *kwnames, const kr_value *kwargv,
                     kr_value *out);

/* Calls `obj.name(*argv)`. */
kr_status kr_call_method(kr_vm *vm, kr_value obj, const char *name, size_t argc,
                         const kr_value *argv, kr_value *out);

/* ---- Handles ----------------------------------------------------------- */

/* Releases a handle. Releasing 0 is a no-op returning KR_OK. */
kr_status kr_release(kr_vm *vm, kr_value value);

/* A second handle to the same value. */
kr_status kr_dup(kr_vm *vm, kr_value value, kr_value *out);

/* Number of live handles the host holds (to find leaked handles in tests). */
size_t kr_handle_count(kr_vm *vm);

/* ---- Building values (each *out is a new handle) ------------------------ */

kr_status kr_none(kr_vm *vm, kr_value *out);
kr_status kr_bool_new(kr_vm *vm, int truth, kr_value *out);
kr_status kr_int_new(kr_vm *vm, int64_t i, kr_value *out);
/* Any int from its decimal text, e.g. "123456789012345678901234567890". */
kr_status kr_int_from_string(kr_vm *vm, const char *digits, kr_value *out);
kr_status kr_float_new(kr_vm *vm, double d, kr_value *out);
/* A str from UTF-8 text; invalid UTF-8 is KR_ERROR_BAD_ARGUMENT. */
kr_status kr_str_new(kr_vm *vm, const char *text, size_t len, kr_value *out);
kr_status kr_bytes_new(kr_vm *vm, const void *data, size_t len, kr_value *out);
kr_status kr_list_new(kr_vm *vm, size_t n, const kr_value *items, kr_value *out);
kr_status kr_tuple_new(kr_vm *vm, size_t n, const kr_value *items, kr_value *out);
kr_status kr_dict_new(kr_vm *vm, kr_value *out);

/* ---- Reading values ----------------------------------------------------- */

/* KR_ERROR_TYPE unless an int or bool; KR_ERROR_OVERFLOW past int64_t. */
kr_status kr_to_int(kr_vm *vm, kr_value v, int64_t *out);
/* Accepts float, int and bool. */
kr_status kr_to_float(kr_vm *vm, kr_value v, double *out);
/* Truthiness as `bool(v)` (may run __bool__/__len__). */
kr_status kr_truthy(kr_vm *vm, kr_value v, int *out);
/* A str's UTF-8 text, borrowed while the handle lives; *len excludes the
 * NUL terminator that follows it. KR_ERROR_TYPE unless a str. */
kr_status kr_str_data(kr_vm *vm, kr_value v, const char **data, size_t *len);
/* A bytes object's contents, borrowed while the handle lives. */
kr_status kr_bytes_data(kr_vm *vm, kr_value v, const void **data, size_t *len);
kr_status kr_is_none(kr_vm *vm, kr_value v, int *out);
/* The type's name, e.g. "int"; borrowed, valid until the VM is freed. */
kr_status kr_type_name(kr_vm *vm, kr_value v, const char **out);
/* isinstance(v, cls). */
kr_status kr_is_instance(kr_vm *vm, kr_value v, kr_value cls, int *out);
/* repr(v) and str(v) as new str values. */
kr_status kr_repr(kr_vm *vm, kr_value v, kr_value *out);
kr_status kr_str(kr_vm *vm, kr_value v, kr_value *out);

/* ---- Containers (any object with the protocol, as a script sees it) ----- */

kr_status kr_len(kr_vm *vm, kr_value v, size_t *out);
/* v[key], v[key] = item, del v[key]. */
kr_status kr_get_item(kr_vm *vm, kr_value v, kr_value key, kr_value *out);
kr_status kr_set_item(kr_vm *vm, kr_value v, kr_value key, kr_value item);
kr_status kr_del_item(kr_vm *vm, kr_value v, kr_value key);
/* v[index] with an integer index (negative counts from the end). */
kr_status kr_get_index(kr_vm *vm, kr_value v, int64_t index, kr_value *out);
kr_status kr_list_append(kr_vm *vm, kr_value list, kr_value item);
/* Iteration: *it gets an iterator; kr_next sets *done to 1 at the end. */
kr_status kr_iter(kr_vm *vm, kr_value v, kr_value *it);
kr_status kr_next(kr_vm *vm, kr_value it, kr_value *out, int *done);

/* ---- Errors ------------------------------------------------------------- */

/* The last error's exception type name ("ValueError"), its message
 * (str(exception)) and its traceback in CPython's format, or "" when there
 * is none. Borrowed until the next failing call or kr_error_clear. */
const char *kr_error_type(kr_vm *vm);
const char *kr_error_message(kr_vm *vm);
const char *kr_error_traceback(kr_vm *vm);
void kr_error_clear(kr_vm *vm);

/* For a native function: sets the exception it raises, then return
 * KR_ERROR_EXCEPTION. `type_name` names a builtin exception class
 * ("ValueError") or a class in __main__. Returns KR_ERROR_EXCEPTION. */
kr_status kr_raise(kr_vm *vm, const char *type_name, const char *message);

/* ---- Async: host futures and a host-pumped event loop -------------------- */

/* A new pending asyncio.Future on the VM's event loop (asyncio.get_event_loop()).
 * A native function can return it; the script awaits it like any future. */
kr_status kr_future_new(kr_vm *vm, kr_value *out);
/* Completes the future with `value` (not consumed). The waiting tasks run on the
 * next kr_run_pending. KR_ERROR_STATE if it is already done (nothing changes). */
kr_status kr_future_resolve(kr_vm *vm, kr_value fut, kr_value value);
/* Completes the future with a new `type_name(message)` exception (`type_name` as
 * in kr_raise; `message` may be NULL). KR_ERROR_STATE if it is already done. */
kr_status kr_future_reject(kr_vm *vm, kr_value fut, const char *type_name,
                           const char *message);

/* From any thread: queues a completion of `fut` that the next kr_run_pending
 * applies on the VM's thread: resolve with the str `text` when `type_name` is
 * NULL, else reject with `type_name(text)`. Nothing is checked here; a stale
 * handle or a finished future is skipped then. `fut` stays the host's handle
 * (release it on the VM's thread). Calls the wake callback, if any, after
 * queueing. The VM must not be freed during the call. */
kr_status kr_future_complete_threadsafe(kr_vm *vm, kr_value fut, const char *type_name,
                                        const char *text);
/* Sets the callback kr_future_complete_threadsafe calls (on the completing
 * thread) so the host's loop wakes up and calls kr_run_pending; NULL clears it. */
typedef void (*kr_wake_fn)(void *userdata);
kr_status kr_set_wake_callback(kr_vm *vm, kr_wake_fn wake, void *userdata);

typedef struct kr_pending {
    /* Tasks on the loop that have not finished (0: all work is done). */
    size_t tasks;
    /* Seconds until the next timer is due, 0 if callbacks are ready, -1 if no
     * timer is set (then only a host future can wake the tasks). */
    double next_timer;
} kr_pending;

/* Runs every ready task and callback and every due timer of the VM's event loop
 * until none is left, without sleeping, then returns. `status` may be NULL.
 * Script code starts tasks with asyncio.ensure_future(coro) at top level;
 * a blocking asyncio.run() still works for plain scripts. */
kr_status kr_run_pending(kr_vm *vm, kr_pending *status);

/* ---- Native functions --------------------------------------------------- */

/* A function implemented by the host. argv holds argc borrowed handles; on
 * success store a new handle in *result (leave it 0 for None) and return
 * KR_OK; to raise, call kr_raise and return KR_ERROR_EXCEPTION. It may call
 * back into the VM. */
typedef kr_status (*kr_native_fn)(kr_vm *vm, void *userdata, size_t argc,
                                  const kr_value *argv, kr_value *result);

/* Makes a function value from `fn`; call it from scripts like any other.
 * `signature` is either a bare name ("clamp": any positional arguments, no
 * keywords) or a Python signature, e.g. "clamp(x, lo=0.0, hi=1.0, *,
 * strict=False)": Krait then binds positional and keyword arguments, fills
 * defaults and raises CPython's TypeError for bad calls, so `fn` receives
 * exactly the parameters, in signature order. */
kr_status kr_function_new(kr_vm *vm, const char *signature, kr_native_fn fn, void *userdata,
                          kr_value *out);

/* kr_function_new, then binds it as a builtin visible to every module. */
kr_status kr_register_function(kr_vm *vm, const char *signature, kr_native_fn fn,
                               void *userdata);

/* A new, empty module importable as `name`; *out gets it (fill it with
 * kr_setattr). */
kr_status kr_module_new(kr_vm *vm, const char *name, kr_value *out);

/* ---- Host classes ------------------------------------------------------ */

/* A method: `signature` names it and its parameters, self first, e.g.
 * "area(self)", "scale(self, factor=2.0)". Dunders work the same way:
 * "__len__(self)", "__getitem__(self, key)", "__repr__(self)",
 * "__add__(self, other)". */
typedef struct kr_method_def {
    const char *signature;
    kr_native_fn fn;
} kr_method_def;

/* A property: `get` receives (self); `set`, if not NULL, (self, value). */
typedef struct kr_property_def {
    const char *name;
    kr_native_fn get;
    kr_native_fn set;
} kr_property_def;

typedef struct kr_class_def {
    const char *name;
    const kr_method_def *methods;
    size_t method_count;
    const kr_property_def *properties;
    size_t property_count;
    /* Called for `Name(...)` in a script with the class first, e.g.
     * signature "__new__(cls, x=0.0, y=0.0)"; it makes the object with
     * kr_object_new(vm, argv[0], ptr, result). NULL: scripts cannot create
     * instances (TypeError), only the host can. */
    kr_native_fn constructor;
    const char *constructor_signature;
    /* Runs exactly once per object, as soon as its last reference goes (or
     * at kr_vm_free), with the class's userdata and the object's pointer.
     * It must not call back into the VM. May be NULL. */
    void (*finalize)(void *userdata, void *ptr);
    /* Passed to the methods, properties, constructor and finaliser. */
    void *userdata;
} kr_class_def;

/* Creates the class (a type the script can use, subclass and isinstance). */
kr_status kr_class_new(kr_vm *vm, const kr_class_def *def, kr_value *out);

/* A new instance of host class `cls` (or a script subclass of it) wrapping `ptr`. */
kr_status kr_object_new(kr_vm *vm, kr_value cls, void *ptr, kr_value *out);

/* The pointer inside `v`; KR_ERROR_TYPE unless `v` was made by kr_object_new
 * for `cls` or a subclass of it (so a method can trust its self). */
kr_status kr_object_ptr(kr_vm *vm, kr_value v, kr_value cls, void **ptr);

/* ---- Native extension modules ------------------------------------------ */

/* A shared library that a script imports like a module, the way CPython
 * loads C extensions. With KR_GRANT_NATIVE_EXTENSIONS, `import fastmath`
 * looks in each module path for a package fastmath/, then fastmath.so, then
 * libfastmath.so, then fastmath.py. The library must export
 *
 *     KR_MODULE_ABI;                 (exports kr_module_abi_version, the
 *                                     KR_API_VERSION it was compiled against)
 *     KR_MODULE_INIT(fastmath) { ... }  (defines, with C linkage,
 *         kr_status kr_module_init_fastmath(kr_vm *vm, kr_value module))
 *
 * Krait opens the library, refuses it with ImportError if the ABI version
 * has another major version or is newer than this library's, creates the
 * module (__name__, __file__) and calls the init function, which fills it
 * with kr_function_new / kr_class_new + kr_setattr. `module` is borrowed.
 * Init returns KR_OK, or raises (kr_raise, then KR_ERROR_EXCEPTION) to make
 * the import fail with that exception; any other status is an ImportError.
 * A missing library symbol, ABI symbol or init function is an ImportError
 * naming the file. Libraries are never unloaded. Build one with
 *     cc -shared -fPIC -I<krait>/include fastmath.c -o fastmath.so
 * without linking libkrait: the kr_* calls resolve into the host process
 * (the `krait` runner exports them; see the top of this file for hosts).
 * The kr_vm* passed to init and to the module's native functions is valid
 * only during those calls (for the runner it is a view of its VM, and
 * kr_vm_free on it is ignored). */
#if defined(_WIN32)
#define KR_EXPORT __declspec(dllexport)
#elif defined(__GNUC__)
#define KR_EXPORT __attribute__((visibility("default")))
#else
#define KR_EXPORT
#endif
#ifdef __cplusplus
#define KR_EXTERN_C extern "C"
#else
#define KR_EXTERN_C
#endif
#define KR_MODULE_ABI \
    KR_EXTERN_C KR_EXPORT const uint32_t kr_module_abi_version = KR_API_VERSION
#define KR_MODULE_INIT(name) \
    KR_EXTERN_C KR_EXPORT kr_status kr_module_init_##name(kr_vm *vm, kr_value module)

#ifdef __cplusplus
}
#endif

#endif /* KRAIT_H */
