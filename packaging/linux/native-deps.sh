#!/usr/bin/env bash
# Prints the Debian "Depends" list for an app image: the packages providing the shared libraries its native code
# links to directly (the runtime's .so files and those inside the jars), as jpackage does for its own .debs. A library
# nothing provides is an error: the package would install and then fail to start.
set -euo pipefail
IMAGE="$1"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

find "$IMAGE" -name '*.so*' -type f > "$WORK/objects"
for jar in "$IMAGE"/lib/app/*.jar; do
  if unzip -Z1 "$jar" 2>/dev/null | grep -q '\.so[.0-9]*$'; then
    mkdir -p "$WORK/jars/$(basename "$jar")"
    unzip -q -o "$jar" '*.so' '*.so.*' -d "$WORK/jars/$(basename "$jar")" 2>/dev/null || true
  fi
done
[[ -d "$WORK/jars" ]] && find "$WORK/jars" -name '*.so*' -type f >> "$WORK/objects"
# Libraries the image ships itself (the JDK's, FFmpeg's) are no dependency.
xargs -n1 basename < "$WORK/objects" | sort -u > "$WORK/own"

: > "$WORK/libs"
: > "$WORK/missing"
while read -r object; do
  # Direct dependencies only (DT_NEEDED): what those need in turn is their packages' business. A file named like a
  # library that is none (a linker script, a text file) has no dependencies: skipped, not fatal under pipefail.
  { objdump -p "$object" 2>/dev/null || true; } | awk '$1 == "NEEDED" {print $2}' | while read -r name; do
    grep -qxF "$name" "$WORK/own" && continue
    [[ "$name" == ld-linux* ]] && continue # the dynamic loader, part of libc6 like libc itself
    path=$({ ldd "$object" 2>/dev/null || true; } | awk -v n="$name" '$1 == n {print $3}')
    if [[ -z "$path" || "$path" == "not" ]]; then echo "$name (needed by $(basename "$object"))" >> "$WORK/missing"
    else echo "$path" >> "$WORK/libs"; fi
  done
done < "$WORK/objects"

if [[ -s "$WORK/missing" ]]; then
  echo "native-deps: no installed package provides:" >&2
  sort -u "$WORK/missing" >&2
  exit 1
fi
sort -u "$WORK/libs" | while read -r lib; do
  dpkg-query -S "$lib" 2>/dev/null || dpkg-query -S "$(readlink -f "$lib")" 2>/dev/null \
    || { echo "native-deps: no package owns $lib" >&2; exit 1; }
done | cut -d: -f1 | sort -u | paste -sd, | sed 's/,/, /g'
