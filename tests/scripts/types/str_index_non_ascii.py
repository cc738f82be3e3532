s = "héllo wörld " * 20 + "ünïcode"
out = []
for i in range(len(s)): out.append(s[i])
print("".join(out) == s, s[5], s[-1], s[100], s[63], s[64], s[65], s[0])
print([s[i] for i in range(len(s)-1, -1, -7)][:10])
print(s[10:70:3], s.find("ü"), s.index("w", 50))
