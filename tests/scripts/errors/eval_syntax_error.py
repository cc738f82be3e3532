print("start")
eval("(1 +")
