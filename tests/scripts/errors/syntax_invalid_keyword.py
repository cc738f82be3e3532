print('never runs')
class = 5
