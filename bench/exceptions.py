# Exceptions: raising and catching in a loop, custom exception classes,
# try/except/else/finally, re-raise, exception chaining and attributes.
N = 600_000


class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, pos, msg):
        super().__init__(msg)
        self.pos = pos


class LimitError(AppError):
    pass


def parse_digit(s, pos):
    c = s[pos]
    if c < "0" or c > "9":
        raise ParseError(pos, "bad digit " + c)
    return ord(c) - 48


def checked(x, limit):
    if x > limit:
        raise LimitError(x)
    return x


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return -1


def work(n):
    text = "1234a5678b90x"
    table = {i: i * i for i in range(0, 100, 3)}
    caught = 0
    finals = 0
    total = 0
    for i in range(n):
        pos = i % len(text)
        try:
            d = parse_digit(text, pos)
        except ParseError as e:
            caught += 1
            total += e.pos
        else:
            total += d
        finally:
            finals += 1
        try:
            try:
                checked(i % 100, 90)
            except LimitError as e:
                raise AppError("wrapped") from e
        except AppError as e:
            caught += 1
            total += e.__cause__.args[0]
        total += lookup(table, i % 100)
        try:
            if i % 5 == 0:
                [][i]
            elif i % 5 == 1:
                int("x")
            elif i % 5 == 2:
                1 // 0
        except (IndexError, ValueError):
            caught += 1
        except ZeroDivisionError:
            caught += 2
    return caught, finals, total


c, f, t = work(N)
print("caught", c, "finally", f, "total", t)
print("checksum", (c * 7 + f * 3 + t) % 1000000007)
