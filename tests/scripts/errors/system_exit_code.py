# raise SystemExit(3): exit status 3, nothing on stderr
print('exiting with 3')
raise SystemExit(3)
print('never')
