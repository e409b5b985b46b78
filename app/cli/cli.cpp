#include "cli.h"

namespace hbr::cli {

int runIfCommand(int, char **)
{
    return -1;
}

} // namespace hbr::cli
