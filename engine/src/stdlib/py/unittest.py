# The `unittest` module: test suites with class and module fixtures, the
# loader and main(), over TestCase (_unittest_case) and the results and
# runner (_unittest_result), as CPython 3.11's unittest package;
# IsolatedAsyncioTestCase is in _unittest_async.
import sys
import functools as _functools
import _unittest_case as case
import _unittest_result as result
from _unittest_util import strclass
from _unittest_outcome import SkipTest, skip, skipIf, skipUnless, expectedFailure
from _unittest_case import TestCase, FunctionTestCase
from _unittest_result import TestResult, TextTestResult, TextTestRunner
from _unittest_async import IsolatedAsyncioTestCase

__unittest = True

__all__ = ['TestResult', 'TestCase', 'TestSuite', 'TextTestRunner', 'TestLoader',
           'FunctionTestCase', 'main', 'defaultTestLoader', 'SkipTest', 'skip',
           'skipIf', 'skipUnless', 'expectedFailure', 'TextTestResult',
           'getTestCaseNames', 'makeSuite', 'findTestCases',
           'IsolatedAsyncioTestCase']


class BaseTestSuite:
    """A group of tests run in order."""
    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        cases = self._removed_tests
        for test in self:
            if test:
                cases += test.countTestCases()
        return cases

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._removeTestAtIndex(index)
        return result

    def _removeTestAtIndex(self, index):
        # A finished test is dropped so its resources can be freed.
        try:
            test = self._tests[index]
        except TypeError:
            pass
        else:
            if hasattr(test, 'countTestCases'):
                self._removed_tests += test.countTestCases()
            self._tests[index] = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


class _ErrorHolder:
    # Stands in for a test in the result when a class or module fixture fails.
    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


def _call_if_exists(parent, attr):
    func = getattr(parent, attr, None)
    if func is not None:
        func()


def _isnotsuite(test):
    try:
        iter(test)
    except TypeError:
        return True
    return False


class TestSuite(BaseTestSuite):
    """A suite that also runs setUpClass/tearDownClass and
    setUpModule/tearDownModule around the tests of each class and module."""

    def run(self, result, debug=False):
        topLevel = False
        if getattr(result, '_testRunEntered', False) is False:
            result._testRunEntered = topLevel = True
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if _isnotsuite(test):
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if (getattr(test.__class__, '_classSetupFailed', False) or
                        getattr(result, '_moduleSetUpFailed', False)):
                    continue
            if not debug:
                test(result)
            else:
                test.debug()
            if self._cleanup:
                self._removeTestAtIndex(index)
        if topLevel:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def _handleClassSetUp(self, test, result):
        previousClass = getattr(result, '_previousTestClass', None)
        currentClass = test.__class__
        if currentClass == previousClass:
            return
        if getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(currentClass, "__unittest_skip__", False):
            return
        failed = False
        try:
            currentClass._classSetupFailed = False
        except (TypeError, AttributeError):
            pass
        setUpClass = getattr(currentClass, 'setUpClass', None)
        doClassCleanups = getattr(currentClass, 'doClassCleanups', None)
        if setUpClass is not None:
            className = strclass(currentClass)
            _call_if_exists(result, '_setupStdout')
            try:
                try:
                    setUpClass()
                except Exception as e:
                    failed = True
                    currentClass._classSetupFailed = True
                    self._addClassOrModuleLevelException(result, e,
                                                         'setUpClass (%s)' % className)
                if failed and doClassCleanups is not None:
                    doClassCleanups()
                    for exc_info in currentClass.tearDown_exceptions:
                        self._addClassOrModuleLevelException(
                            result, exc_info[1], 'setUpClass (%s)' % className,
                            info=exc_info)
            finally:
                _call_if_exists(result, '_restoreStdout')

    def _tearDownPreviousClass(self, test, result):
        previousClass = getattr(result, '_previousTestClass', None)
        currentClass = test.__class__
        if currentClass == previousClass or previousClass is None:
            return
        if getattr(previousClass, '_classSetupFailed', False):
            return
        if getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(previousClass, "__unittest_skip__", False):
            return
        tearDownClass = getattr(previousClass, 'tearDownClass', None)
        doClassCleanups = getattr(previousClass, 'doClassCleanups', None)
        if tearDownClass is None and doClassCleanups is None:
            return
        className = strclass(previousClass)
        _call_if_exists(result, '_setupStdout')
        try:
            if tearDownClass is not None:
                try:
                    tearDownClass()
                except Exception as e:
                    self._addClassOrModuleLevelException(result, e,
                                                         'tearDownClass (%s)' % className)
            if doClassCleanups is not None:
                doClassCleanups()
                for exc_info in previousClass.tearDown_exceptions:
                    self._addClassOrModuleLevelException(
                        result, exc_info[1], 'tearDownClass (%s)' % className,
                        info=exc_info)
        finally:
            _call_if_exists(result, '_restoreStdout')

    def _get_previous_module(self, result):
        previousClass = getattr(result, '_previousTestClass', None)
        if previousClass is not None:
            return previousClass.__module__
        return None

    def _handleModuleFixture(self, test, result):
        previousModule = self._get_previous_module(result)
        currentModule = test.__class__.__module__
        if currentModule == previousModule:
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(currentModule)
        if module is None:
            return
        setUpModule = getattr(module, 'setUpModule', None)
        if setUpModule is not None:
            _call_if_exists(result, '_setupStdout')
            try:
                setUpModule()
            except Exception as e:
                result._moduleSetUpFailed = True
                self._addClassOrModuleLevelException(result, e,
                                                     'setUpModule (%s)' % currentModule)
            finally:
                _call_if_exists(result, '_restoreStdout')

    def _handleModuleTearDown(self, result):
        previousModule = self._get_previous_module(result)
        if previousModule is None:
            return
        if getattr(result, '_moduleSetUpFailed', False):
            return
        module = sys.modules.get(previousModule)
        if module is None:
            return
        tearDownModule = getattr(module, 'tearDownModule', None)
        if tearDownModule is not None:
            _call_if_exists(result, '_setupStdout')
            try:
                tearDownModule()
            except Exception as e:
                self._addClassOrModuleLevelException(result, e,
                                                     'tearDownModule (%s)' % previousModule)
            finally:
                _call_if_exists(result, '_restoreStdout')

    def _addClassOrModuleLevelException(self, result, exception, errorName, info=None):
        error = _ErrorHolder(errorName)
        addSkip = getattr(result, 'addSkip', None)
        if addSkip is not None and isinstance(exception, SkipTest):
            addSkip(error, str(exception))
        elif not info:
            result.addError(error, (type(exception), exception, exception.__traceback__))
        else:
            result.addError(error, info)


def _cmp(x, y):
    return (x > y) - (x < y)


class _FailedTest(TestCase):
    # A name that did not load becomes a test that raises the load error.
    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            raise AttributeError(name)

        def testFailure():
            raise self._exception
        return testFailure


def _make_failed_test(name, exception, suiteClass):
    return suiteClass((_FailedTest(name, exception),))


class TestLoader:
    """Builds suites from TestCase classes, modules and dotted names."""
    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(_cmp)
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from "
                            "TestSuite. Maybe you meant to derive from "
                            "TestCase?")
        if testCaseClass in (TestCase, FunctionTestCase):
            testCaseNames = []
        else:
            testCaseNames = self.getTestCaseNames(testCaseClass)
        if not testCaseNames and hasattr(testCaseClass, 'runTest'):
            testCaseNames = ['runTest']
        return self.suiteClass(map(testCaseClass, testCaseNames))

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        if module is None:
            # The longest importable prefix is the module.
            parts_copy = parts[:]
            while parts_copy:
                try:
                    module = __import__('.'.join(parts_copy))
                    break
                except ImportError:
                    del parts_copy[-1]
                    if not parts_copy:
                        raise
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                return _make_failed_test(part, e, self.suiteClass)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if (callable(obj) and not isinstance(obj, type) and isinstance(parent, type)
                and issubclass(parent, TestCase)):
            name = parts[-1]
            inst = parent(name)
            if not isinstance(getattr(inst, name), TestSuite):
                return self.suiteClass([inst])
        elif isinstance(obj, TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, TestSuite):
                return test
            elif isinstance(test, TestCase):
                return self.suiteClass([test])
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        if hasattr(obj, '__dict__') and not isinstance(obj, type):
            return self.loadTestsFromModule(obj)
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        suites = [self.loadTestsFromName(name, module) for name in names]
        return self.suiteClass(suites)

    def getTestCaseNames(self, testCaseClass):
        def shouldIncludeMethod(attrname):
            if not attrname.startswith(self.testMethodPrefix):
                return False
            testFunc = getattr(testCaseClass, attrname)
            if not callable(testFunc):
                return False
            if self.testNamePatterns is None:
                return True
            fullName = '%s.%s.%s' % (testCaseClass.__module__,
                                     testCaseClass.__qualname__, attrname)
            return any(_name_matches(fullName, p) for p in self.testNamePatterns)
        testFnNames = list(filter(shouldIncludeMethod, dir(testCaseClass)))
        if self.sortTestMethodsUsing:
            testFnNames.sort(key=_functools.cmp_to_key(self.sortTestMethodsUsing))
        return testFnNames


def _name_matches(name, pattern):
    # -k: a pattern with wildcards is an fnmatch pattern, otherwise a substring.
    if '*' not in pattern and '?' not in pattern and '[' not in pattern:
        return pattern in name
    import re
    regex = ''
    for c in pattern:
        if c == '*':
            regex += '.*'
        elif c == '?':
            regex += '.'
        else:
            regex += re.escape(c)
    return re.fullmatch(regex, name, re.DOTALL) is not None


defaultTestLoader = TestLoader()


def _make_loader(prefix, sortUsing, suiteClass=TestSuite):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.sortTestMethodsUsing = sortUsing
    loader.suiteClass = suiteClass
    return loader


def getTestCaseNames(testCaseClass, prefix, sortUsing=_cmp, testNamePatterns=None):
    loader = _make_loader(prefix, sortUsing)
    loader.testNamePatterns = testNamePatterns
    return loader.getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=_cmp, suiteClass=TestSuite):
    return _make_loader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=_cmp, suiteClass=TestSuite):
    return _make_loader(prefix, sortUsing, suiteClass).loadTestsFromModule(module)


_USAGE = """\
usage: %s [-h] [-v] [-q] [-f] [-b] [-k TESTNAMEPATTERNS] [tests ...]
"""


class TestProgram:
    """Loads the tests of a module (or those named on the command line),
    runs them and, with exit=True, exits with 0 on success and 1 otherwise."""
    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = sys.modules.get(module)
            if self.module is None:
                self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = argv[0].rsplit('/', 1)[-1] if argv else 'python'
        self.parseArgs(argv)
        self.runTests()

    def _usage_exit(self, message):
        sys.stderr.write(_USAGE % self.progName)
        sys.stderr.write('%s: error: %s\n' % (self.progName, message))
        sys.exit(2)

    def parseArgs(self, argv):
        testNames = []
        args = list(argv[1:])
        while args:
            arg = args.pop(0)
            if arg in ('-h', '--help'):
                sys.stdout.write(_USAGE % self.progName)
                sys.exit(0)
            elif arg in ('-v', '--verbose'):
                self.verbosity = 2
            elif arg in ('-q', '--quiet'):
                self.verbosity = 0
            elif arg in ('-f', '--failfast'):
                self.failfast = True
            elif arg in ('-b', '--buffer'):
                self.buffer = True
            elif arg == '-k':
                if not args:
                    self._usage_exit('argument -k: expected one argument')
                if self.testNamePatterns is None:
                    self.testNamePatterns = []
                self.testNamePatterns.append(args.pop(0))
            elif arg.startswith('-') and arg != '-':
                self._usage_exit('unrecognized arguments: %s' % arg)
            else:
                testNames.append(arg)
        if testNames:
            self.testNames = testNames
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        if self.testRunner is None:
            self.testRunner = TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                testRunner = self.testRunner(verbosity=self.verbosity,
                                             failfast=self.failfast,
                                             buffer=self.buffer,
                                             warnings=self.warnings,
                                             tb_locals=self.tb_locals)
            except TypeError:
                testRunner = self.testRunner()
        else:
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram


# The names CPython's reprs show ("unittest.suite.TestSuite").
for _cls in (BaseTestSuite, TestSuite, _ErrorHolder):
    _cls.__module__ = 'unittest.suite'
for _cls in (TestLoader, _FailedTest):
    _cls.__module__ = 'unittest.loader'
TestProgram.__module__ = 'unittest.main'
del _cls
