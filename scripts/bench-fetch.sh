#!/usr/bin/env bash
# Fetch benchmark: hbr-browser list against the loopback HBR server (a separate process, as a real endpoint
# would be) at several fleet sizes and latencies under a 10 requests-per-second limit, next to the physical
# bound max(pages / QPS, RTT x ceil(pages / concurrency)) and next to the same pages fetched one after another
# (--concurrency 1, what a simple script does). Then six regions at once against one (the built-in demo with
# its per-region servers, 10,000 clients a region).
# Usage: scripts/bench-fetch.sh [SIZES] [LATENCIES_MS]   e.g. scripts/bench-fetch.sh "10000 100000" "0 100 300"
# Needs a build with the tests (build/bin/hbr-loopback-server): scripts/test.sh or scripts/build.sh.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bin=${HBR_BUILD_DIR:-$root/build}/bin
sizes=${1:-10000 100000}
latencies=${2:-0 100 300}
qps=10
concurrency=6
[[ -x $bin/hbr-loopback-server && -x $bin/hbr-browser ]] || {
    echo "bench-fetch: build first (scripts/test.sh builds $bin/hbr-loopback-server)" >&2
    exit 1
}
scratch=$(mktemp -d)
server=
cleanup() {
    [[ -n $server ]] && kill "$server" 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT
export ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIbenchmark ALIBABA_CLOUD_ACCESS_KEY_SECRET=benchmark-secret-not-real

# Prints "<seconds> <pages> <clients> <distinct>" for one list run; fails when a source did not complete.
run_list() {
    local out=$scratch/out.json start end
    start=$(date +%s.%N)
    "$bin/hbr-browser" list "$@" --max-qps "$qps" --format json -o "$out" 2>"$scratch/err" || {
        cat "$scratch/err" >&2
        return 1
    }
    end=$(date +%s.%N)
    python3 - "$out" "$start" "$end" <<'PY'
import json, math, sys
d = json.load(open(sys.argv[1]))
pages = sum(max(1, math.ceil(s["TotalCount"] / 99)) for s in d["Sources"])
assert all(s["State"] == "complete" for s in d["Sources"]), d["Sources"]
ids = {(c.get("RegionId"), c["ClientId"]) for c in d["Clients"]}
print(f"{float(sys.argv[3]) - float(sys.argv[2]):.2f} {pages} {len(d['Clients'])} {len(ids)}")
PY
}

bound() { # pages latency_ms -> seconds
    python3 -c "import math; p=$1; print(f'{max(p / $qps, $2 / 1000 * math.ceil(p / $concurrency)):.2f}')"
}

echo "# hbr-browser list, $(date -u +%Y-%m-%d), $(nproc) cores, $qps requests/s per endpoint, concurrency $concurrency"
echo
echo "| clients | latency | pages | bound (s) | hbr-browser (s) | / bound | one after another (s) | speed-up |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $sizes; do
    for lat in $latencies; do
        "$bin/hbr-loopback-server" --clients "$n" --latency-ms "$lat" --max-rps "$qps" >"$scratch/server" 2>&1 &
        server=$!
        # A large fleet takes a few seconds to generate before the server prints its address.
        for _ in $(seq 1200); do [[ -s $scratch/server ]] && break; sleep 0.05; done
        url=$(awk 'NR==1 {print $2}' "$scratch/server")
        read -r ours pages clients distinct < <(run_list --endpoint "$url")
        [[ $clients == "$n" && $distinct == "$n" ]] || { echo "bench-fetch: got $clients ($distinct distinct) of $n" >&2; exit 1; }
        read -r seq _ _ _ < <(run_list --endpoint "$url" --concurrency 1)
        b=$(bound "$pages" "$lat")
        python3 -c "print(f'| {$n:,} | {$lat} ms | $pages | $b | $ours | {$ours/$b:.2f}x | $seq | {$seq/$ours:.2f}x |')"
        kill "$server"; wait "$server" 2>/dev/null || true; server=
    done
done

echo
echo "| six regions at once | latency | pages (largest region) | bound (s) | hbr-browser (s) | largest region alone (s) | ratio |"
echo "|---|---:|---:|---:|---:|---:|---:|"
# The demo spreads its fleet unevenly over the regions, as real fleets are: the bound is the largest region's,
# and "one region" is a fleet of the largest region's size fetched alone.
regions=cn-hangzhou,cn-shanghai,cn-beijing,cn-shenzhen,ap-southeast-1,eu-central-1
for lat in 100; do
    read -r six _ clients6 _ < <(run_list --demo --demo-clients 60000 --demo-latency-ms "$lat" --demo-max-rps "$qps" --region "$regions")
    read -r largest pagesLargest < <(python3 - "$scratch/out.json" <<'PY'
import collections, json, math, sys
d = json.load(open(sys.argv[1]))
count, pages = collections.Counter(), collections.Counter()
for s in d["Sources"]:
    count[s["RegionId"]] += s["TotalCount"]
    pages[s["RegionId"]] += max(1, math.ceil(s["TotalCount"] / 99))
region = max(count, key=count.get)
print(count[region], pages[region])
PY
)
    read -r one _ _ _ < <(run_list --demo --demo-clients "$largest" --demo-latency-ms "$lat" --demo-max-rps "$qps" --region cn-hangzhou)
    b=$(bound "$pagesLargest" "$lat")
    python3 -c "print(f'| {$clients6:,} clients (largest region {$largest:,}) | {$lat} ms | $pagesLargest | $b | $six | $one | {$six/$one:.2f}x |')"
done
