# lists used as stacks and queues
stack = []
for x in 'abc':
    stack.append(x)
print(stack, stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
queue.insert(0, 'front')
print(queue)
def balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    st = []
    for ch in s:
        if ch in '([{':
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for s in ['()', '([]{})', '(]', '((', '', 'a(b)c', '{[()()]}', ')(']:
    print(repr(s), balanced(s))
buf = list(range(10))
while buf:
    item = buf.pop()
    if item % 3 == 0:
        buf = [x for x in buf if x % 2]
        print('filtered at', item, buf)
print('empty', buf)
