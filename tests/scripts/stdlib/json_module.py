import json
data = {'name': 'krait', 'version': [0, 1], 'tags': None, 'ok': True, 'ratio': 0.5, 'text': 'é "q"'}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.loads(s) == data, json.loads('[1, 2.5, "x", null, false]'))
print(json.dumps('é', ensure_ascii=False), json.dumps([1, (2, 3)]), json.dumps({1: 'int key'}))
try:
    json.loads('{bad}')
except json.JSONDecodeError as e:
    print('JSONDecodeError:', e)
