from __future__ import annotations
import sys
def f(a: int, b: List[int], c: Dict[str,int], d: "q", e: int | None, g: Callable[[int], str],
      h: tuple[int, ...], i: x.y.z, j: -1, k: 1.5, l: Optional[Tuple[()]], m: a[1:2, ::3],
      n: lambda x, *y, z=1, **w: x, o: f(1, b=2, *c, **d), p: [1, 2], q: {1: 2, **e}, r: {1, 2},
      s: a if b else c, t: not a, u: a and b or c, v: a < b <= c, w: a is not b, x2: a not in b,
      y: (a + b) * c, z: a ** b ** c, aa: (a ** b) ** c, bb: -a ** b, cc: (-a) ** b, dd: ~a,
      ee: [x for x in y if x], ff: {k: v for k, v in z}, gg: (x for x in y), hh: b'x', ii: 1j,
      jj: ..., kk: None, ll: True, mm: (1,), nn: (), oo: a[b], pp: a[b,], rr: 10**20,
      ss: 'it''s', tt: "a\nb", uu: f"x{y!r:>{w}}z", ww: a@b, xx: a//b%c, yy: a<<b>>c,
      zz: a&b|c^d, ab: 1e100, ac: float('inf'), ad: (a, b), ae: a[(1, 2)], af: a.b(c).d[e]) -> Foo[Bar]:
    pass
for k, v in f.__annotations__.items():
    print(k, repr(v))
class C:
    x: int = 5
    y: "str"
    z: list[C]
print(C.__annotations__)
v: Dict[str, int] = {}
print(__annotations__)
print(annotations)


# A name used only in an annotation is never looked up.
def g():
    x: Undefined = 1
    return x


print(g())


class K:
    a: Nope

    def m(self) -> K:
        pass


print(K.__annotations__, K.m.__annotations__)

import __future__

print(__future__.all_feature_names)
print(__future__.division, __future__.annotations.getMandatoryRelease())

# Where a future import may stand, and what it may name.
for src in [
    "x = 1\nfrom __future__ import annotations",
    "def f():\n    from __future__ import annotations",
    "from __future__ import spam",
    "from __future__ import braces",
    "from __future__ import annotations, *",
    "'''doc'''\nfrom __future__ import division\nfrom __future__ import annotations as a\nb: c\n",
]:
    try:
        ns = {}
        exec(compile(src, "<src>", "exec"), ns)
        print("ok", sorted(k for k in ns if not k.startswith("__")), ns.get("__annotations__"))
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)
