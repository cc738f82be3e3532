# errno constants and errorcode, and how OSError renders an errno.
import errno
print(errno.ENOENT, errno.EIO, errno.EAGAIN == errno.EWOULDBLOCK, errno.EINVAL, errno.__name__)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[95], errno.errorcode[35], errno.errorcode[110])
print(str(OSError(errno.EIO)), str(OSError(errno.EIO, 'details')), str(OSError(errno.EIO, 'd', 'file.txt')))
e = OSError(errno.EACCES, 'Permission denied')
print(e.errno, e.strerror, errno.errorcode[e.errno])
try:
    errno.ENOTANERROR
except AttributeError as e:
    print('AttributeError:', e)
