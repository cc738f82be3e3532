print('never runs')
s = 'no end
