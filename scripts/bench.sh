#!/usr/bin/env bash
# The benchmarks in one command, printed as markdown (docs/performance.md records a run and what it means):
#   1. the table on 100,000 clients (build/bin/bench_table): filter keystrokes and sorts, beside stock
#      QSortFilterProxyModel;
#   2. the core (build/bin/bench_core): decoding a 99-client page beside QJsonDocument::fromJson, loading
#      100,000 clients into the model page by page beside all at once, and heap bytes per client of the
#      model, the proxy and its word index at 100,000 clients;
#   3. start-up to a painted window: hbr-browser --demo beside a bare Qt window (build/bin/bench_barewindow)
#      (and, to tell the window from the demo fleet it generates, hbr-browser --demo --demo-clients 1),
#      each quitting on its first paint, alternately, under Xvfb;
#   4. fetching (scripts/bench-fetch.sh, about 15 minutes), unless --quick.
# Usage: scripts/bench.sh [--quick] [--no-build]
# Builds with the tests first (scripts/build.sh -DHBR_BUILD_TESTS=ON; an up-to-date build costs seconds).
# HBR_BUILD_DIR (default build/) chooses the build; HBR_BENCH_MEDIAN (default 5) the repetitions of each
# Qt Test benchmark (-median); HBR_BENCH_STARTUP_RUNS (default 15) the timed start-ups of each program.
# Needs xvfb-run and xauth for the start-up part (scripts/install-deps.sh --test).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${HBR_BUILD_DIR:-$root/build}
bin=$build/bin
median=${HBR_BENCH_MEDIAN:-5}
runs=${HBR_BENCH_STARTUP_RUNS:-15}
quick=false
build_first=true
for arg in "$@"; do
    case $arg in
    --quick) quick=true ;;
    --no-build) build_first=false ;;
    -h | --help)
        sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "bench: unknown argument $arg (try --help)" >&2
        exit 2
        ;;
    esac
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

if $build_first; then
    echo "bench: building into $build (log: $scratch/build.log)" >&2
    HBR_BUILD_DIR=$build "$root/scripts/build.sh" -DHBR_BUILD_TESTS=ON >"$scratch/build.log" 2>&1 || {
        tail -n 40 "$scratch/build.log" >&2
        exit 1
    }
fi
for exe in bench_table bench_core bench_barewindow hbr-browser hbr-loopback-server; do
    [[ -x $bin/$exe ]] || {
        echo "bench: $bin/$exe is missing: build with the tests (scripts/build.sh -DHBR_BUILD_TESTS=ON)" >&2
        exit 1
    }
done

# Qt Test's CSV ("function","tag","metric",value,iterations,...) as a markdown table; the test's qInfo lines
# (the figures it computes itself) after it.
qtest_report() { # csv txt
    python3 - "$1" "$2" <<'PY'
import csv, re, sys
units = {"WalltimeMilliseconds": "ms", "BytesAllocated": "bytes", "Events": "per s", "WalltimeNanoseconds": "ns"}
rows = [r for r in csv.reader(open(sys.argv[1])) if len(r) >= 4 and r[0] != "function"]
if rows:
    print("| benchmark | case | value | unit |")
    print("|---|---|---:|---|")
for r in rows:
    value = float(r[3])
    text = f"{value:,.0f}" if value >= 100 else f"{value:.3g}"
    print(f"| {r[0]} | {r[1]} | {text} | {units.get(r[2], r[2])} |")
infos = [m.group(1) for line in open(sys.argv[2])
         if (m := re.match(r"QINFO\s*:\s*[\w:]+\([^()]*\)\s(.*)", line)) and "initTestCase" not in line]
if infos:
    if rows:
        print()
    print("```text")
    print("\n".join(infos))
    print("```")
PY
}

# Runs one Qt Test benchmark executable; fails (with its output) when a test in it failed.
qtest() { # name args...
    local name=$1
    shift
    "$bin/$name" "$@" -o "$scratch/$name.csv,csv" -o "$scratch/$name.txt,txt" >/dev/null 2>&1 || {
        cat "$scratch/$name.txt" >&2
        echo "bench: $name failed" >&2
        exit 1
    }
    qtest_report "$scratch/$name.csv" "$scratch/$name.txt"
}

commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
git -C "$root" --no-optional-locks diff --quiet HEAD -- 2>/dev/null || commit="$commit + uncommitted changes"
qt=$(dpkg-query -W -f='${Version}' libqt6core6 2>/dev/null || echo unknown)
echo "# HBR Client Browser benchmarks"
echo
echo "* date: $(date -u +%Y-%m-%d), commit $commit, build $build ($(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt"))"
echo "* machine: $(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | sort | uniq -c | sed 's/^ *//' | paste -sd ';')), $(awk '/^MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) RAM, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "* system: $(sed -n 's/^PRETTY_NAME=//p' /etc/os-release | tr -d '"') (Debian $(cat /etc/debian_version 2>/dev/null || echo -)), Qt $qt, $(uname -r)"
echo

echo "## Table: 100,000 clients (bench_table)"
echo
echo "\`QT_QPA_PLATFORM=offscreen $bin/bench_table -median $median\` (median of $median runs of each benchmark)"
echo
QT_QPA_PLATFORM=offscreen qtest bench_table -median "$median"
echo

echo "## Core: decoding a page (bench_core)"
echo
echo "\`$bin/bench_core -median $median decodePage decodePageBaseline decodeThroughput\`"
echo
qtest bench_core -median "$median" decodePage decodePageBaseline decodeThroughput
echo
echo "## Core: loading 100,000 clients into the model (bench_core)"
echo
echo "\`$bin/bench_core upsertPages\`"
echo
qtest bench_core upsertPages
echo
echo "## Core: memory per client at 100,000 clients (bench_core)"
echo
echo "\`$bin/bench_core memoryPerClient\`"
echo
qtest bench_core memoryPerClient
echo

echo "## Start-up to a painted window"
echo
cat <<EOF
\`hbr-browser --demo\` beside \`bench_barewindow\` (an empty 1360x820 QWidget), each with
HBR_EXIT_AFTER_FIRST_PAINT=1 (quit on the first paint), alternately, $runs timed runs each after one untimed
run each, and as a diagnostic \`hbr-browser --demo --demo-clients 1\` in the same rotation; under
\`xvfb-run -a -s "-screen 0 1600x1000x24"\` with QT_QPA_PLATFORM=xcb and a fresh HOME, XDG_CONFIG_HOME and
XDG_RUNTIME_DIR per run. The whole process is timed, \`date +%s%N\` before and after.

EOF
cat >"$scratch/startup.sh" <<'SH'
# Runs under xvfb-run: "$1" bin, "$2" runs, "$3" scratch; prints "<program> <ms>" per timed run.
set -euo pipefail
bin=$1 runs=$2 scratch=$3
one() { # label command...
    local label=$1 start end
    shift
    rm -rf "$scratch/home"
    mkdir -p "$scratch/home/.config" "$scratch/home/runtime"
    chmod 700 "$scratch/home/runtime"
    start=$(date +%s%N)
    HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/.config XDG_RUNTIME_DIR=$scratch/home/runtime \
        QT_QPA_PLATFORM=xcb HBR_EXIT_AFTER_FIRST_PAINT=1 "$@" >"$scratch/startup.out" 2>&1 || {
        cat "$scratch/startup.out" >&2
        echo "bench: $label did not exit cleanly" >&2
        exit 1
    }
    end=$(date +%s%N)
    echo "$label $(((end - start) / 1000))"
}
one warmup "$bin/hbr-browser" --demo >/dev/null
one warmup "$bin/bench_barewindow" >/dev/null
for _ in $(seq "$runs"); do
    one hbr-browser "$bin/hbr-browser" --demo
    one bare "$bin/bench_barewindow"
    one tiny "$bin/hbr-browser" --demo --demo-clients 1
done
SH
xvfb-run -a -s "-screen 0 1600x1000x24" bash "$scratch/startup.sh" "$bin" "$runs" "$scratch" >"$scratch/startup.times"
python3 - "$scratch/startup.times" <<'PY'
import statistics, sys
times = {}
for line in open(sys.argv[1]):
    label, us = line.split()
    times.setdefault(label, []).append(int(us) / 1000)
app, bare, tiny = times["hbr-browser"], times["bare"], times["tiny"]
print("| program | runs | median (ms) | min (ms) | max (ms) |")
print("|---|---:|---:|---:|---:|")
for name, t in (("hbr-browser --demo", app), ("bench_barewindow (bare Qt window)", bare),
                ("diagnostic: hbr-browser --demo --demo-clients 1", tiny)):
    print(f"| {name} | {len(t)} | {statistics.median(t):.0f} | {min(t):.0f} | {max(t):.0f} |")
print()
print(f"hbr-browser / bare window: {statistics.median(app) / statistics.median(bare):.2f}x (medians), "
      f"{min(app) / min(bare):.2f}x (minimums); hbr-browser costs "
      f"{statistics.median(app) - statistics.median(bare):.0f} ms more (medians)")
print()
print(f"diagnostic: with a demo fleet of 1 client instead of 5,000, hbr-browser / bare window is "
      f"{statistics.median(tiny) / statistics.median(bare):.2f}x (medians): the rest is the demo fleet, which is "
      f"generated before the first paint")
print()
print("runs in order (ms): hbr-browser " + " ".join(f"{t:.0f}" for t in app))
print("runs in order (ms): bare        " + " ".join(f"{t:.0f}" for t in bare))
print("runs in order (ms): 1 client    " + " ".join(f"{t:.0f}" for t in tiny))
PY
echo

echo "## Fetch"
echo
if $quick; then
    echo "skipped (--quick); run scripts/bench-fetch.sh, or scripts/bench.sh without --quick (about 15 minutes)"
else
    HBR_BUILD_DIR=$build "$root/scripts/bench-fetch.sh"
fi
