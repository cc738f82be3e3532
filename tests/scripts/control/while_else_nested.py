# while/else with nested try blocks and flags
def find_pair(nums, target):
    i = 0
    while i < len(nums):
        j = i + 1
        while j < len(nums):
            if nums[i] + nums[j] == target:
                break
            j += 1
        else:
            i += 1
            continue
        return (i, j)
    else:
        return None
print(find_pair([1, 4, 6, 9], 10), find_pair([1, 2], 10), find_pair([], 0))
attempts = 0
while attempts < 5:
    attempts += 1
    try:
        if attempts < 3:
            raise ValueError(attempts)
    except ValueError as e:
        print('retrying after', e)
        continue
    print('success after', attempts)
    break
else:
    print('gave up')
