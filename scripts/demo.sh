#!/usr/bin/env bash
# README command 1: install what is missing, build, and open the window on the built-in demo fleet.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/install-deps.sh" --run
"$root/scripts/build.sh" -DHBR_BUILD_TESTS=OFF
binary=${HBR_BUILD_DIR:-$root/build}/bin/hbr-browser
if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    # No desktop to show a window on (an SSH session, a container): show the same fleet as a table.
    echo "demo: no display here (DISPLAY and WAYLAND_DISPLAY are unset); listing the demo fleet instead." >&2
    echo "demo: on a desktop this opens the window; scripts/screenshot.sh shows it under Xvfb." >&2
    exec "$binary" list --demo "$@"
fi
exec "$binary" --demo "$@"
