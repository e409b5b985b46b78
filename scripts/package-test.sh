#!/usr/bin/env bash
# Builds the .deb from a configured, built tree, installs it on this machine for real, runs the installed
# command line and window, and removes it again (also on failure).
# Usage: scripts/package-test.sh [BUILD_DIR]   (default build/; needs scripts/install-deps.sh --test)
# Installs and removes the system package hbr-browser: run it on a CI machine or a throwaway container.
set -euo pipefail

build_dir=$(cd "${1:-build}" && pwd)
app_id=io.github.hbrbrowser.HbrClientBrowser
demo_rows=5000 # the demo fleet's default size (DemoSession::Options::clientCount)

pass() { echo "package-test: PASS $*"; }
fail() {
    echo "package-test: FAIL $*" >&2
    exit 1
}

[[ -f $build_dir/CPackConfig.cmake ]] || fail "no CPackConfig.cmake in $build_dir (configure and build it first)"
[[ -x $build_dir/bin/hbr-browser ]] || fail "no $build_dir/bin/hbr-browser (build it first)"
for tool in cpack dpkg-deb desktop-file-validate appstreamcli apt-get; do
    command -v "$tool" >/dev/null || fail "$tool is missing (scripts/install-deps.sh --test installs it)"
done

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || fail "need root or sudo to install the package"
    sudo=(sudo)
fi
if dpkg-query -W -f='${Status}' hbr-browser 2>/dev/null | grep -q "install ok installed"; then
    fail "hbr-browser is already installed on this machine; remove it first (this test would remove it)"
fi

work=$(mktemp -d)
# apt reads the .deb as its unprivileged _apt user: the folder must be readable by others.
chmod 755 "$work"
gui_pid=
installed=no
cleanup() {
    local status=$?
    if [[ -n $gui_pid ]]; then kill "$gui_pid" 2>/dev/null || true; fi
    if [[ $installed == yes ]]; then
        if DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get remove -y -qq hbr-browser >"$work/remove.log" 2>&1; then
            echo "package-test: removed hbr-browser"
        else
            echo "package-test: FAIL apt-get remove hbr-browser:" >&2
            cat "$work/remove.log" >&2
            status=1
        fi
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT

# 1. Build the package (into the temporary folder, not the build tree).
if ! cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/pkg" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack -G DEB"
fi
debs=("$work"/pkg/hbr-browser_*.deb)
[[ -f ${debs[0]} ]] || fail "cpack made no hbr-browser_*.deb"
deb=${debs[0]}
chmod 644 "$deb"
pass "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

dpkg-deb -f "$deb" Depends | grep -q 'libsecret-1-0' || fail "Depends lacks libsecret-1-0 (QtKeychain dlopens it)"
dpkg-deb -x "$deb" "$work/root"
file "$work/root/usr/bin/hbr-browser" | grep -q ', stripped' || fail "/usr/bin/hbr-browser in the .deb is not stripped"
pass "Depends names libsecret-1-0; the binary is stripped"

# 2. The desktop file and metainfo as packaged: no errors and no warnings (hints and infos are printed).
desktop=$work/root/usr/share/applications/$app_id.desktop
metainfo=$work/root/usr/share/metainfo/$app_id.metainfo.xml
[[ -f $desktop && -f $metainfo ]] || fail "the .deb lacks $app_id.desktop or $app_id.metainfo.xml"
out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
if grep -Eq 'error:|warning:' <<<"$out"; then fail "desktop-file-validate: $out"; fi
[[ -z $out ]] || echo "$out"
pass "desktop-file-validate $app_id.desktop"
out=$(appstreamcli validate --no-net "$metainfo" 2>&1) || fail "appstreamcli validate: $out"
if grep -Eq '^[EW]:' <<<"$out"; then fail "appstreamcli validate: $out"; fi
grep -E '^[IP]:' -A1 <<<"$out" || true
pass "appstreamcli validate --no-net $app_id.metainfo.xml"
for size in 16x16 24x24 32x32 48x48 64x64 128x128 256x256; do
    [[ -f $work/root/usr/share/icons/hicolor/$size/apps/$app_id.png ]] || fail "no $size icon in the .deb"
done
[[ -f $work/root/usr/share/icons/hicolor/scalable/apps/$app_id.svg ]] || fail "no scalable icon in the .deb"
pass "icons: 7 PNG sizes and the SVG"

# 3. Install it for real.
if ! DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "$deb" \
    >"$work/install.log" 2>&1; then
    cat "$work/install.log" >&2
    fail "apt-get install $(basename "$deb")"
fi
installed=yes
[[ -x /usr/bin/hbr-browser ]] || fail "/usr/bin/hbr-browser is not there after installing"
pass "apt-get install $(basename "$deb")"

# 4. The installed command line: the demo fleet as CSV is a header and one row per client.
csv=$work/fleet.csv
(cd "$work" && /usr/bin/hbr-browser list --demo --format csv >"$csv" 2>"$work/list.err") ||
    fail "hbr-browser list --demo exited with $?: $(head -c 500 "$work/list.err")"
header=$(head -n 1 "$csv")
[[ $header == Status,Hostname,* ]] || fail "unexpected CSV header: $header"
rows=$(($(wc -l <"$csv") - 1))
((rows == demo_rows)) || fail "hbr-browser list --demo --format csv printed $rows rows, expected $demo_rows"
pass "/usr/bin/hbr-browser list --demo --format csv: header + $rows rows"

# 5. The installed window, offscreen, in a throwaway home: alive after 3 s, no missing Qt plugin.
home=$work/home
mkdir -p "$home/config" "$home/data" "$home/cache"
mkdir -m 700 "$home/runtime"
(
    cd "$home"
    exec env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS HOME="$home" \
        XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
        XDG_RUNTIME_DIR="$home/runtime" QT_QPA_PLATFORM=offscreen /usr/bin/hbr-browser --demo
) >"$work/gui.log" 2>&1 &
gui_pid=$!
sleep 3
if ! kill -0 "$gui_pid" 2>/dev/null; then
    wait "$gui_pid" && code=0 || code=$?
    gui_pid=
    cat "$work/gui.log" >&2
    fail "the installed window exited within 3 s (status $code)"
fi
kill "$gui_pid"
wait "$gui_pid" 2>/dev/null || true
gui_pid=
if grep -Ei 'qt\.qpa\.plugin|platform plugin|Cannot load library|Failed to load|could not (find|load)' \
    "$work/gui.log" >&2; then
    fail "the installed window reported a missing Qt plugin (above)"
fi
pass "QT_QPA_PLATFORM=offscreen /usr/bin/hbr-browser --demo ran 3 s with no plugin warnings"

# 6. The man page. Minimal containers (Docker's dpkg path-exclude) drop /usr/share/man: then check the package.
if [[ -f /usr/share/man/man1/hbr-browser.1.gz ]]; then
    if command -v man >/dev/null; then
        where=$(man -w hbr-browser 2>/dev/null) || fail "man -w hbr-browser finds no page"
        pass "man -w hbr-browser: $where"
    else
        pass "man page installed: /usr/share/man/man1/hbr-browser.1.gz"
    fi
elif dpkg-deb -c "$deb" | grep -q '/usr/share/man/man1/hbr-browser.1.gz'; then
    pass "man page is in the package (this system's dpkg excludes /usr/share/man)"
else
    fail "no man page: /usr/share/man/man1/hbr-browser.1.gz"
fi

# 7. Removal (the trap removes it too when anything above fails).
installed=no
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get remove -y -qq hbr-browser >"$work/remove.log" 2>&1 ||
    { cat "$work/remove.log" >&2; fail "apt-get remove -y hbr-browser"; }
[[ ! -e /usr/bin/hbr-browser ]] || fail "/usr/bin/hbr-browser is still there after removing the package"
[[ ! -e /usr/share/applications/$app_id.desktop ]] || fail "the desktop file is still there after removal"
pass "apt-get remove hbr-browser: /usr/bin/hbr-browser is gone"
echo "package-test: all checks passed ($build_dir)"
