#!/usr/bin/env bash
# Starts the real window under Xvfb on the demo fleet and saves a screenshot of it.
# Usage: scripts/screenshot.sh [OUTPUT.png] [extra hbr-browser arguments, e.g. --query 'is:disconnected']
# Needs a build (scripts/build.sh) and the test tools (scripts/install-deps.sh --test).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-$root/docs/screenshot.png}
shift || true
binary=${HBR_BROWSER_BINARY:-${HBR_BUILD_DIR:-$root/build}/bin/hbr-browser}
[[ -x $binary ]] || { echo "screenshot: no $binary; build first (scripts/build.sh)" >&2; exit 1; }
for tool in xvfb-run import xwininfo; do
    command -v "$tool" >/dev/null || { echo "screenshot: $tool missing; run scripts/install-deps.sh --test" >&2; exit 1; }
done

# A throwaway home, so the user's own settings and keyring are neither used nor touched.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/config" "$scratch/runtime"
chmod 700 "$scratch/runtime"
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/config XDG_RUNTIME_DIR=$scratch/runtime
export HBR_SCREENSHOT_OUT=$out HBR_SCREENSHOT_BINARY=$binary
export QT_QPA_PLATFORM=xcb

xvfb-run -a -s "-screen 0 ${HBR_SCREENSHOT_SCREEN:-1600x1000}x24" bash -c '
    set -euo pipefail
    "$HBR_SCREENSHOT_BINARY" --demo "$@" &
    pid=$!
    id=""
    for _ in $(seq 100); do
        # The main window is the one with the WM_CLASS "hbr-browser" and a title; Qt also makes a 1x1 client
        # leader window named after the application, which cannot be captured.
        id=$(xwininfo -root -tree 2>/dev/null | grep "HBR Client Browser\": (\"hbr-browser\"" | head -n1 | awk "{print \$1}") || true
        [[ -n $id ]] && break
        sleep 0.1
    done
    [[ -n $id ]] || { echo "screenshot: the window did not appear" >&2; kill $pid; exit 1; }
    sleep "${HBR_SCREENSHOT_WAIT:-4}" # the demo fleet loads in about a second; let it paint
    /usr/bin/import -window "$id" "$HBR_SCREENSHOT_OUT"
    kill $pid
    wait $pid || true
' bash "$@"
echo "screenshot: wrote $out"
