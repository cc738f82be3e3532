# hashlib: md5, sha1 and the SHA-2 family on the native _hashlib states.

import _hashlib

_SIZES = {
    "md5": (16, 64), "sha1": (20, 64), "sha224": (28, 64), "sha256": (32, 64),
    "sha384": (48, 128), "sha512": (64, 128),
}
algorithms_guaranteed = frozenset(_SIZES)
algorithms_available = frozenset(_SIZES)
__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "new",
           "algorithms_guaranteed", "algorithms_available")


class _Hash:
    def __init__(self, name, state):
        self._name = name
        self._state = state

    @property
    def name(self):
        return self._name

    @property
    def digest_size(self):
        return _SIZES[self._name][0]

    @property
    def block_size(self):
        return _SIZES[self._name][1]

    def update(self, data):
        self._state["update"](data)

    def digest(self):
        return self._state["digest"]()

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        return _Hash(self._name, self._state["copy"]())

    def __repr__(self):
        return "<%s _hashlib.HASH object @ %#x>" % (self._name, id(self))


def new(name, data=b"", **kwargs):
    if not isinstance(name, str):
        raise TypeError("new() argument 'name' must be str, not %s" % type(name).__name__)
    state = _hashlib.new_state(name)
    if state is None:
        raise ValueError("unsupported hash type " + name)
    h = _Hash(name.lower(), state)
    if data:
        h.update(data)
    return h


def _constructor(algorithm):
    def make(data=b"", *, usedforsecurity=True):
        h = _Hash(algorithm, _hashlib.new_state(algorithm))
        if data:
            h.update(data)
        return h
    make.__name__ = "openssl_" + algorithm
    return make


md5 = _constructor("md5")
sha1 = _constructor("sha1")
sha224 = _constructor("sha224")
sha256 = _constructor("sha256")
sha384 = _constructor("sha384")
sha512 = _constructor("sha512")
