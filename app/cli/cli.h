#pragma once

#include <QStringList>

namespace hbr::cli {

/// Runs a headless command (list, ...) when argv names one; returns -1 when it does not.
int runIfCommand(int argc, char **argv);

} // namespace hbr::cli
