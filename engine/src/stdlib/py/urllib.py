# The `urllib` package: only `urllib.parse` is provided. An empty __path__
# lets `from urllib import parse` find the submodule.
__path__ = []
