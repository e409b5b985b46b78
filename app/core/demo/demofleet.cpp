#include "demofleet.h"
