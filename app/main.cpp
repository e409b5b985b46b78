#include "cli.h"

#include <cstdio>

int main(int argc, char **argv)
{
    const int status = hbr::cli::runIfCommand(argc, argv);
    if (status >= 0)
        return status;
    // The window arrives with the main-window work; until then the demo fleet is one command away.
    std::fputs("hbr-browser: the window is not built yet. Try: hbr-browser list --demo\n", stderr);
    return 2;
}
