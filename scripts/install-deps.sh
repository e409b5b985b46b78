#!/usr/bin/env bash
# Installs what building, running and testing HBR Client Browser needs on Debian 12 / Ubuntu 24.04, from the
# distribution's own packages. Works from a minimal system: it names the compiler, CMake and Ninja too.
# Usage: scripts/install-deps.sh [--run | --test | --fuzz]   (--test adds the headless test tools, --fuzz
# clang-14 and its libFuzzer and sanitizer runtimes)
set -euo pipefail

mode=${1:---run}

packages=(
    # build
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev
    # run: the Secret Service client that QtKeychain loads at run time, TLS roots, a CJK font
    libsecret-1-0 ca-certificates fonts-wqy-microhei
)
if [[ $mode == --test ]]; then
    packages+=(
        # the real keychain, headless: gnome-keyring's Secret Service inside dbus-run-session
        dbus gnome-keyring libsecret-tools
        # the real window, headless, and screenshots of it
        xvfb xauth imagemagick x11-utils
        # formatting check
        clang-format
        # packages: build the .deb/.rpm, check the desktop file, metainfo and man page (scripts/package-test.sh)
        dpkg-dev rpm file desktop-file-utils appstream man-db
    )
fi

if [[ $mode == --fuzz ]]; then
    packages+=(clang-14 libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if ((${#missing[@]} == 0)); then
    echo "install-deps: everything needed is installed."
    exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    if ! command -v sudo >/dev/null; then
        echo "install-deps: need root to install: ${missing[*]} (no sudo found; run as root)." >&2
        exit 1
    fi
    sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
