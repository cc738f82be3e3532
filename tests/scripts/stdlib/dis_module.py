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
# The script's file name is absolute (as CPython gives it): show its base name.
import os
print('\n'.join(
    'Filename:          ' + os.path.basename(line.split(None, 1)[1]) if line.startswith('Filename:') else line
    for line in dis.code_info(add).splitlines()))
dis.show_code('z')
for bad in [lambda: dis.dis(5), lambda: dis.code_info(None), lambda: dis.dis('1 +')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
ins = dis.get_instructions(add)
print(len(ins), ins[0].opname, ins[0].arg, ins[0].argrepr, ins[0].starts_line, ins[1].starts_line, ins[-1].opname)
print(ins[0])
print([i.opname for i in ins] == [dis.opname[i.opcode] for i in ins], dis.opmap['RETURN_VALUE'] == ins[-1].opcode)
print(type(ins[0]) is type(ins[1]), isinstance(ins[0], tuple), ins[0][0])


def loop(n):
    while n:
        n -= 1


print([i.offset for i in dis.get_instructions(loop) if i.is_jump_target])
