# a small state machine driven by a while loop and dict dispatch
transitions = {
    ('idle', 'start'): 'running',
    ('running', 'pause'): 'paused',
    ('paused', 'resume'): 'running',
    ('running', 'stop'): 'idle',
    ('paused', 'stop'): 'idle',
}
events = ['start', 'pause', 'bogus', 'resume', 'stop', 'stop', 'start']
state = 'idle'
history = [state]
i = 0
while i < len(events):
    ev = events[i]
    i += 1
    nxt = transitions.get((state, ev))
    if nxt is None:
        print('ignored', ev, 'in', state)
        continue
    state = nxt
    history.append(state)
print(history)
def parse_number(s):
    state = 'start'
    for ch in s:
        if state == 'start':
            state = 'sign' if ch in '+-' else 'int' if ch.isdigit() else 'error'
        elif state in ('sign', 'int'):
            state = 'int' if ch.isdigit() else 'dot' if ch == '.' and state == 'int' else 'error'
        elif state in ('dot', 'frac'):
            state = 'frac' if ch.isdigit() else 'error'
        if state == 'error':
            break
    return state in ('int', 'frac')
for s in ['12', '-3', '+', '4.5', '4.', '.5', '1.2.3', 'x', '']:
    print(repr(s), parse_number(s))
