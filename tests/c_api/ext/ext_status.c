/* An init that fails with a plain status (here: a NULL argument it passed). */
#include "krait.h"
KR_MODULE_ABI;
KR_MODULE_INIT(ext_status) {
    return kr_setattr(vm, module, NULL, 0);
}
