# an RPN calculator and an infix tokenizer
def tokenize(expr):
    tokens = []
    i = 0
    while i < len(expr):
        c = expr[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == '.':
            j = i
            while j < len(expr) and (expr[j].isdigit() or expr[j] == '.'):
                j += 1
            tokens.append(float(expr[i:j]) if '.' in expr[i:j] else int(expr[i:j]))
            i = j
        else:
            tokens.append(c)
            i += 1
    return tokens
PREC = {'+': 1, '-': 1, '*': 2, '/': 2, '%': 2}
def to_rpn(tokens):
    out, ops = [], []
    for t in tokens:
        if isinstance(t, (int, float)):
            out.append(t)
        elif t == '(':
            ops.append(t)
        elif t == ')':
            while ops[-1] != '(':
                out.append(ops.pop())
            ops.pop()
        else:
            while ops and ops[-1] != '(' and PREC[ops[-1]] >= PREC[t]:
                out.append(ops.pop())
            ops.append(t)
    while ops:
        out.append(ops.pop())
    return out
def eval_rpn(rpn):
    stack = []
    for t in rpn:
        if isinstance(t, str):
            b, a = stack.pop(), stack.pop()
            if t == '+': stack.append(a + b)
            elif t == '-': stack.append(a - b)
            elif t == '*': stack.append(a * b)
            elif t == '/': stack.append(a / b)
            elif t == '%': stack.append(a % b)
        else:
            stack.append(t)
    return stack[0]
for e in ['1 + 2 * 3', '(1 + 2) * 3', '10 / 4 - 1', '2 * (3 + 4) * 5 % 7', '1.5 + 2.25', '100 - 99 - 1', '(((7)))']:
    toks = tokenize(e)
    rpn = to_rpn(toks)
    print(e, '=>', rpn, '=>', eval_rpn(rpn))
try:
    eval_rpn(to_rpn(tokenize('1 / 0')))
except ZeroDivisionError as err:
    print('ZeroDivisionError:', err)
