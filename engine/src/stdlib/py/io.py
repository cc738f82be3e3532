"""io: the stream classes and open(), gathered from _io (files and the
abstract bases) and _memio (StringIO, BytesIO), as CPython's io re-exports _io."""

from _io import (DEFAULT_BUFFER_SIZE, BufferedIOBase, BufferedRandom, BufferedReader,
                 BufferedWriter, IOBase, RawIOBase, TextIOBase, TextIOWrapper,
                 UnsupportedOperation)
from _memio import BytesIO, StringIO

# The builtin itself (which calls _io.open), so that io.open is open.
open = open

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

__all__ = ['open', 'IOBase', 'RawIOBase', 'StringIO', 'BytesIO',
           'TextIOWrapper', 'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
           'BufferedIOBase', 'TextIOBase', 'BufferedReader', 'BufferedWriter',
           'BufferedRandom', 'DEFAULT_BUFFER_SIZE']
