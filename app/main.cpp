#include "cli.h"
#include "gui.h"

int main(int argc, char **argv)
{
    // Headless commands first: `list` and `profile` must run where there is no display at all.
    const int status = hbr::cli::runIfCommand(argc, argv);
    if (status >= 0)
        return status;
    return hbr::ui::runGui(argc, argv);
}
