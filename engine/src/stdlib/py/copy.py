# The `copy` module: shallow and deep copies, with a memo for shared and
# cyclic references and the __copy__/__deepcopy__ hooks.

class Error(Exception):
    pass


_atomic = (type(None), int, float, bool, str, bytes, range,
           type, type(len), type(lambda: 0))


def copy(x):
    cls = type(x)
    if isinstance(x, _atomic) or cls in (tuple, frozenset):
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is bytearray:
        return bytearray(x)
    hook = getattr(cls, '__copy__', None)
    if hook is not None:
        return hook(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    d = id(x)
    if d in memo:
        return memo[d]
    cls = type(x)
    if isinstance(x, _atomic):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        hook = getattr(x, '__deepcopy__', None)
        if hook is not None:
            y = hook(memo)
        else:
            y = _reconstruct(x, memo)
    memo[d] = y
    # Keep x alive so its id cannot be reused while the memo lives.
    memo.setdefault(id(memo), []).append(x)
    return y


def _reduction(x):
    """What the class's own __reduce_ex__(4) or __reduce__ gives for x, or
    None when it has neither (Krait's object defines no default)."""
    cls = type(x)
    method = getattr(cls, '__reduce_ex__', None)
    if method is not None:
        return method(x, 4)
    method = getattr(cls, '__reduce__', None)
    if method is not None:
        return method(x)
    return None


def _rebuild(x, memo, func, args, state=None, listiter=None, dictiter=None):
    # Calls func(*args), then restores state and items, as pickle would.
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slots = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slots = state
            if state:
                y.__dict__.update(state)
            if slots:
                for key, value in slots.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


def _reconstruct(x, memo):
    cls = type(x)
    rv = _reduction(x)
    if isinstance(rv, str):
        return x
    if rv is not None:
        return _rebuild(x, memo, *rv)
    try:
        y = object.__new__(cls)
    except TypeError:
        raise Error("un(deep)copyable object of type %s" % cls)
    if memo is not None:
        memo[id(x)] = y
    state = getattr(x, '__dict__', None)
    if state:
        if memo is not None:
            state = deepcopy(state, memo)
        for k, v in state.items():
            object.__setattr__(y, k, v)
    return y
