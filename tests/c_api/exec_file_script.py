# Run by exec_file.c through kr_exec_file.
result = ', '.join(str(n * n) for n in range(4))
print('script ran:', result)
