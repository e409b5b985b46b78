#include "httpmessage.h"
