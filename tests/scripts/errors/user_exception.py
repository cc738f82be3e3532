# uncaught user-defined exception with a custom message
class ConfigError(Exception):
    pass
print('loading config')
raise ConfigError('missing key: port')
