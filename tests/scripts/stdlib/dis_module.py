# dis: Krait's own bytecode listing (Krait-only output, see the .expected file)
import dis


def add(a, b=2):
    return a + b * 3


class Point:
    def __init__(self, x):
        self.x = x

    @staticmethod
    def origin():
        return 0


dis.dis(add)
print('--')
dis.dis('x + 1')
print('--')
dis.dis(Point)
print('--')
dis.dis(Point(1).__init__)
print(dis.code_info(add))
dis.show_code('z')
for bad in [lambda: dis.dis(5), lambda: dis.code_info(None), lambda: dis.dis('1 +')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
