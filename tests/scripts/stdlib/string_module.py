import string
print(string.ascii_lowercase, string.digits, string.punctuation)
print(string.capwords('hello big world'), string.Template('$x and ${y}').substitute(x=1, y=2))
