#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang-14 (AddressSanitizer + UBSan) into build-fuzz/ and
# runs each for a while on a scratch copy of its committed seed corpus (tests/fuzz/corpus/<name>/ is only
# read, never written).
#
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
#   SECONDS  how long each target runs (default $FUZZ_SECONDS, else 60)
#   TARGET   responsedecoder, query, aliyunimport (default all three)
# Environment: FUZZ_SECONDS, FUZZ_JOBS (build parallelism, default nproc), HBR_FUZZ_BUILD_DIR (default
# build-fuzz), FUZZ_WORK_DIR (where scratch corpora, logs and crash inputs go; default a new temporary dir),
# HBR_FUZZ_STRICT=1 (fuzz_query's cross-checks of refines() and the word index; they fail on known
# case-folding corner cases, described in tests/fuzz/fuzz_query.cpp).
#
# Prints per target the executions per second, the coverage (cov: edges, ft: features), the corpus size and
# the result. Exits 1 when any target found a crash, a leak, a timeout or an out-of-memory, naming the saved
# input (reproduce with: build-fuzz/fuzz/fuzz_<target> <input>); 2 on a usage or build error.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

seconds=${FUZZ_SECONDS:-60}
if [[ $# -gt 0 && $1 =~ ^[0-9]+$ ]]; then
    seconds=$1
    shift
fi
if ! [[ $seconds =~ ^[0-9]+$ ]] || ((seconds < 1)); then
    echo "fuzz.sh: the run time must be a positive whole number of seconds, not '$seconds'." >&2
    exit 2
fi
all_targets=(responsedecoder query aliyunimport)
targets=("$@")
((${#targets[@]} > 0)) || targets=("${all_targets[@]}")
for t in "${targets[@]}"; do
    if [[ ! " ${all_targets[*]} " =~ \ $t\  ]]; then
        echo "fuzz.sh: unknown target '$t' (the targets are: ${all_targets[*]})." >&2
        exit 2
    fi
done

# --- what building needs: Qt and CMake, clang-14 and its libFuzzer/sanitizer runtimes
"$root/scripts/install-deps.sh" --fuzz

# --- build
build=${HBR_FUZZ_BUILD_DIR:-$root/build-fuzz}
if ! cmake -S "$root" -B "$build" -G Ninja --no-warn-unused-cli \
    -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
    -DHBR_FUZZ=ON -DHBR_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null ||
    ! cmake --build "$build" --target hbr-fuzz -j "${FUZZ_JOBS:-$(nproc)}"; then
    echo "fuzz.sh: the fuzz targets did not build (see above)." >&2
    exit 2
fi

# --- run
work=${FUZZ_WORK_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/hbr-fuzz.XXXXXX")}
mkdir -p "$work"
echo "fuzz.sh: ${seconds} s per target; corpora, logs and any crash inputs in $work"

failed=()
summary=()
for t in "${targets[@]}"; do
    binary="$build/fuzz/fuzz_$t"
    seeds="$root/tests/fuzz/corpus/$t"
    corpus="$work/corpus-$t"
    artifacts="$work/artifacts-$t"
    log="$work/fuzz-$t.log"
    # A scratch copy: libFuzzer adds what it finds to the first corpus directory; the committed seeds stay.
    rm -rf "$corpus" "$artifacts"
    mkdir -p "$corpus" "$artifacts"
    cp -R "$seeds/." "$corpus/"
    seed_count=$(find "$corpus" -type f | wc -l)
    args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
        -artifact_prefix="$artifacts/")
    [[ -f $root/tests/fuzz/$t.dict ]] && args+=(-dict="$root/tests/fuzz/$t.dict")
    echo
    echo "=== fuzz_$t: ${seeds#"$root"/} ($seed_count seeds), ${seconds} s"
    set +e
    # Leaks are checked at the end of each input (libFuzzer's -detect_leaks=1, the default under ASan).
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} \
        UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
        QT_QPA_PLATFORM=offscreen \
        "$binary" "${args[@]}" "$corpus" >"$log" 2>&1
    rc=$?
    set -e

    # The last status line ("#N DONE/pulse/NEW ... cov: C ft: F corp: K/S ... exec/s: E") and the final stats.
    last=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
    cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$last")
    ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$last")
    corp=$(sed -nE 's/.* corp: ([0-9]+\/[0-9]+[a-zA-Z]*).*/\1/p' <<<"$last")
    runs=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+)/\1/p' "$log" | tail -n 1)
    eps=$(sed -nE 's/^stat::average_exec_per_sec: *([0-9]+)/\1/p' "$log" | tail -n 1)
    rss=$(sed -nE 's/^stat::peak_rss_mb: *([0-9]+)/\1/p' "$log" | tail -n 1)
    [[ -n $eps ]] || eps=$(sed -nE 's/.* exec\/s: ([0-9]+).*/\1/p' <<<"$last")
    files=$(find "$corpus" -type f | wc -l)
    crash=$(find "$artifacts" -type f | head -n 1)
    if ((rc == 0)) && [[ -z $crash ]]; then
        result="ok, nothing found"
    else
        kind=$(grep -oE -e 'ERROR: (libFuzzer|AddressSanitizer|LeakSanitizer): [a-zA-Z-]+' \
            -e 'runtime error: .*' -e 'fuzz_[a-z]+: .*' "$log" | head -n 1 || true)
        result="FAILED (exit $rc${kind:+: $kind})${crash:+; input: $crash}"
        failed+=("$t")
        echo "--- end of $log:"
        tail -n 40 "$log"
    fi
    line=$(printf '%-16s runs %-10s exec/s %-7s cov %-6s ft %-7s corpus %s files (%s)  peak RSS %s MB  %s' \
        "$t" "${runs:-?}" "${eps:-?}" "${cov:-?}" "${ft:-?}" "$files" "${corp:-?}" "${rss:-?}" "$result")
    echo "$line"
    summary+=("$line")
done

echo
echo "=== summary (${seconds} s per target; logs in $work)"
printf '%s\n' "${summary[@]}"
if ((${#failed[@]} > 0)); then
    echo "fuzz.sh: ${failed[*]} found a problem; reproduce with $build/fuzz/fuzz_<target> <input>." >&2
    exit 1
fi
