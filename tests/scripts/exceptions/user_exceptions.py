# user-defined exception classes with extra attributes and __str__
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message
    def __str__(self):
        return '%s: %s' % (self.field, self.message)
class NotFound(AppError):
    def __init__(self, key):
        self.key = key
class Silent(Exception):
    def __repr__(self):
        return 'Silent!'
try:
    raise ValidationError('age', 'must be positive')
except AppError as e:
    print(type(e).__name__, str(e), e.field, e.message, e.args, repr(e))
try:
    raise NotFound('k1')
except NotFound as e:
    print(e.key, e.args, str(e), repr(e))
try:
    raise AppError('plain', 2)
except AppError as e:
    print(str(e), repr(e), e.args)
try:
    raise Silent('x')
except Silent as e:
    print(repr(e), str(e))
print(issubclass(ValidationError, Exception), issubclass(ValidationError, AppError), ValidationError.__mro__[2].__name__)
class CodeError(Exception):
    def __init__(self, code):
        self.code = code
        super().__init__('code %d' % code)
errors = []
for c in (1, 2):
    try:
        raise CodeError(c)
    except CodeError as e:
        errors.append(e)
print([(e.code, str(e)) for e in errors])
print(str(AppError()), repr(AppError()), AppError().args)
