/* An extension built against a future major version of the C API. */
#include "krait.h"
KR_EXTERN_C KR_EXPORT const uint32_t kr_module_abi_version = KR_API_VERSION + 10000;
KR_MODULE_INIT(ext_newer_abi) {
    (void)module;
    return kr_raise(vm, "RuntimeError", "must not run");
}
