print('never runs')
1 = x
