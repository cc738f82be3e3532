import json
data = {'name': 'Krait', 'n': [1, 2.5, -3, 1e20, True, False, None], 'nested': {'b': [], 'a': {}}, 'esc': 'q"\\\n\t\u00e9\u2603\U0001F600\x01'}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, indent='\t', separators=(',', ':'), ensure_ascii=False))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd'}), json.dumps((1, 2)), json.dumps('x'), json.dumps(float('inf')), json.dumps(-0.0))
print(json.loads(json.dumps(data)) == data)
print(json.loads('{"a": [1, 2, {"b": null}], "c": true, "d": -1.5e3, "e": "\\u00e9\\ud83d\\ude00\\n"}'))
print(json.loads(' [ ] '), json.loads('0'), json.loads('"s"'), json.loads('NaN') != json.loads('NaN'), json.loads('[-Infinity]'), json.loads(b'[1]'))
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d)), json.loads('[1.5]', parse_float=str), json.loads('[7]', parse_int=float))
print(json.dumps({'k': object()}, default=lambda o: 'OBJ'), json.dumps({'b': 1, (1, 2): 2}, skipkeys=True))
for bad in ['', '[1,]', '{"a" 1}', '{"a": 1,}', '[1 2]', '{1: 2}', '"abc', 'tru', '[1] x', '"\\x"', '{"a":1', '\n\n  [?]']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
for bad in [{'k': {1, 2}}, {(1,): 2}, float('nan')]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
cyc = []
cyc.append(cyc)
try:
    json.dumps(cyc)
except ValueError as e:
    print('ValueError', e)
