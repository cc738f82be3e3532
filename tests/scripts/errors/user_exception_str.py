# uncaught user exception whose __str__ is overridden
class Failure(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
    def __str__(self):
        return 'failure code %d' % self.code
print('about to fail')
raise Failure(7)
