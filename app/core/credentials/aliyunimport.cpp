// implemented with the credentials work
