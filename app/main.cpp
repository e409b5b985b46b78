#include "cli.h"

int main(int argc, char **argv)
{
    return hbr::cli::runIfCommand(argc, argv);
}
