from collections import ChainMap
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), list(cm), "b" in cm, cm.get("z", 0), cm)
c2 = cm.new_child({"z": 9}); print(c2["z"], c2.parents, list(c2.items()), sorted(c2.values()))
cm["q"] = 5; print(cm.maps[0]); del cm["q"]
try: del cm["b"]
except KeyError as e: print("KeyError", e)
try: cm["nope"]
except KeyError as e: print("KeyError", e)
print(cm == {"a": 1, "b": 3}, bool(ChainMap()), ChainMap(), dict(cm), cm | {"x": 1})
