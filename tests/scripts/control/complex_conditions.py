# nested conditions, compound boolean logic and early continue
def grade(score):
    if not isinstance(score, (int, float)) or isinstance(score, bool):
        return 'invalid'
    if score < 0 or score > 100:
        return 'out of range'
    if score >= 90:
        return 'A'
    if 80 <= score < 90:
        return 'B'
    return 'C' if score >= 70 else 'F'
for s in [95, 85, 75.5, 10, -1, 101, 'x', True, 90, 80]:
    print(s, grade(s))
people = [('ann', 34, 'nyc'), ('bob', 17, 'sf'), ('cy', 65, 'nyc'), ('di', 40, 'la')]
for name, age, city in people:
    if age < 18:
        print(name, 'minor')
        continue
    if city == 'nyc' and (age > 60 or name.startswith('a')):
        print(name, 'special nyc')
    elif not city == 'nyc':
        print(name, 'elsewhere')
    else:
        print(name, 'nyc')
