#!/usr/bin/env bash
# README command 2 (and CI): install what is missing, build with the tests, run the whole suite headless.
# Set HBR_SANITIZE=1 for an AddressSanitizer + UBSan build in build-asan/.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/install-deps.sh" --test

configure=(-DHBR_BUILD_TESTS=ON)
if [[ ${HBR_SANITIZE:-0} == 1 ]]; then
    export HBR_BUILD_DIR=${HBR_BUILD_DIR:-$root/build-asan}
    configure+=(-DHBR_SANITIZE=ON)
fi
export HBR_BUILD_DIR=${HBR_BUILD_DIR:-$root/build}
"$root/scripts/build.sh" "${configure[@]}"

if [[ -n ${CI:-} ]]; then
    cmake --build "$HBR_BUILD_DIR" --target format-check
    "$root/scripts/check-translations.sh" "$HBR_BUILD_DIR"
fi

# Tests run without a display (offscreen Qt platform) and never touch the user's real keyring: a private
# session bus and throwaway XDG folders (the keychain tests start their own gnome-keyring inside them).
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/data" "$scratch/config" "$scratch/runtime"
chmod 700 "$scratch/runtime"
cd "$HBR_BUILD_DIR"
HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
    XDG_RUNTIME_DIR="$scratch/runtime" QT_QPA_PLATFORM=offscreen \
    dbus-run-session -- ctest --output-on-failure --no-tests=error -j "$(nproc)" "${@}"

# CI (or HBR_PACKAGE_TEST=1) also builds the .deb, installs it into this machine with apt, runs the installed
# command line and window, and removes it: it changes the system, so a developer's run does not by default.
if [[ -n ${CI:-} || ${HBR_PACKAGE_TEST:-0} == 1 ]] && [[ ${HBR_SANITIZE:-0} != 1 ]]; then
    "$root/scripts/package-test.sh" "$HBR_BUILD_DIR"
fi
