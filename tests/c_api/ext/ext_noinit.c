/* An extension with the ABI marker but no kr_module_init_ext_noinit. */
#include "krait.h"
KR_MODULE_ABI;
KR_MODULE_INIT(other_name) {
    (void)vm;
    (void)module;
    return KR_OK;
}
