#pragma once

namespace hbr::cli {

/// When argv names a headless command (list, --help, --version), runs it and returns its exit status;
/// returns -1 when the window should start instead.
int runIfCommand(int argc, char **argv);

} // namespace hbr::cli
