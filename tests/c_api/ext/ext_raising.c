/* An init that raises: the import fails with its exception. */
#include "krait.h"
KR_MODULE_ABI;
KR_MODULE_INIT(ext_raising) {
    kr_value v;
    kr_int_new(vm, 1, &v);
    kr_setattr(vm, module, "half_done", v);
    kr_release(vm, v);
    return kr_raise(vm, "RuntimeError", "ext_raising: the device is missing");
}
