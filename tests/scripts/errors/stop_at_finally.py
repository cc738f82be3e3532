# finally blocks run before the program dies
def work():
    try:
        print('working')
        raise IndexError('tuple index out of range')
    finally:
        print('cleanup')
work()
