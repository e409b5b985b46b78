#include "loopbackserver.h"
