# The exception classes of `binascii`; the conversions themselves are native
# (engine/src/stdlib/binascii.rs) and raise Error from this module's dict.


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass
