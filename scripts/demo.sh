#!/usr/bin/env bash
# README command 1: install what is missing, build, and show the built-in demo fleet.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/install-deps.sh" --run
"$root/scripts/build.sh" -DHBR_BUILD_TESTS=OFF
exec "${HBR_BUILD_DIR:-$root/build}/bin/hbr-browser" list --demo "$@"
