#pragma once

namespace hbr::ui {

/// Starts the window: `hbr-browser` (the last used profile, or the demo fleet when there is none yet) and
/// `hbr-browser --demo`. Returns the application's exit status.
int runGui(int argc, char **argv);

} // namespace hbr::ui
