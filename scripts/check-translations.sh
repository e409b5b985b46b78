#!/usr/bin/env bash
# Fails when a translation is not complete: when lupdate would change a .ts file (a string was added, changed
# or removed in the sources without updating the translations), or when a .ts file has unfinished or vanished
# entries. Usage: scripts/check-translations.sh [BUILD_DIR]   (a configured build; default build/)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-${HBR_BUILD_DIR:-$root/build}}

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for ts in "$root"/translations/*.ts; do
    cp "$ts" "$scratch/$(basename "$ts")"
done
cmake --build "$build" --target update_translations >"$scratch/lupdate.log" 2>&1 || {
    cat "$scratch/lupdate.log" >&2
    echo "translations: lupdate failed" >&2
    exit 1
}

status=0
for ts in "$root"/translations/*.ts; do
    name=$(basename "$ts")
    if ! cmp -s "$ts" "$scratch/$name"; then
        echo "translations: $name is not up to date with the sources; lupdate changed it:" >&2
        diff -u "$scratch/$name" "$ts" | head -n 60 >&2 || true
        echo "translations: commit the updated file and translate what it marks unfinished." >&2
        status=1
    fi
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    vanished=$(grep -c -E 'type="(vanished|obsolete)"' "$ts" || true)
    messages=$(grep -c '<message' "$ts" || true)
    if ((unfinished > 0 || vanished > 0)); then
        echo "translations: $name has $unfinished unfinished and $vanished vanished entries of $messages" >&2
        status=1
    else
        echo "translations: $name complete ($messages messages)"
    fi
done
exit $status
