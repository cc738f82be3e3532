/* An extension without KR_MODULE_ABI: refused before init runs. */
#include "krait.h"
KR_MODULE_INIT(ext_noabi) {
    (void)module;
    return kr_raise(vm, "RuntimeError", "must not run");
}
