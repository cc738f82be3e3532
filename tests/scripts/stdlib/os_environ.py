# os.environ and getenv/putenv (the runner grants the environment).
import os

os.environ['KRAIT_TEST_VAR'] = 'one'
print(os.environ['KRAIT_TEST_VAR'], os.getenv('KRAIT_TEST_VAR'), 'KRAIT_TEST_VAR' in os.environ)
print(os.environ.get('KRAIT_TEST_MISSING'), os.getenv('KRAIT_TEST_MISSING', 'default'))
print(os.environ.setdefault('KRAIT_TEST_VAR', 'two'), 'KRAIT_TEST_VAR' in os.environ.keys())
print(os.environ.pop('KRAIT_TEST_VAR'), os.environ.pop('KRAIT_TEST_VAR', 'gone'))
try:
    os.environ['KRAIT_TEST_MISSING']
except KeyError as e:
    print('KeyError', e)
try:
    os.environ['KRAIT_TEST_VAR'] = 1
except TypeError as e:
    print('TypeError', e)
print(isinstance(os.environ.copy(), dict), len(os.environ) == len(os.environ.copy()))
