s = "héllo wörld ☃ " * 5 + "end"
print(len(s), s[0], s[1], s[-1], s[31], s[32], s[33], s[64], s[-40])
print(s[3:40], s[31:33], s[:0], s[70:], s[-5:], s[::7], s[40:3:-3])
print(s.find("☃", 20), s.index("w", 50), s[s.find("end"):])
t = "".join(chr(0x400 + i) for i in range(100))
print(all(t[i] == chr(0x400 + i) for i in range(100)), t[95:], len(t))
print("aé"[1], "é"[-1], "abc"[1:2])
