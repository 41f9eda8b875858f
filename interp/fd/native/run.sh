#!/bin/sh
# Rebuilds the native Linux checks the fd layer's expected values come from and diffs their output
# against the recorded *.out files (recorded on Linux 6.18 x86_64, root without CAP_SYS_RESOURCE).
# Timing-based thread tests sleep 50-100 ms to let a thread block; lim.c needs RLIMIT_NOFILE 1024.
set -u
cd "$(dirname "$0")"
tmp=$(mktemp -d)
status=0
for src in *.c; do
  name=${src%.c}
  gcc -O0 -w -o "$tmp/$name" "$src" -lpthread || { status=1; continue; }
  (ulimit -n 1024; cd "$tmp" && timeout 60 "./$name") > "$tmp/$name.out" 2>&1
  if ! diff -u "$name.out" "$tmp/$name.out"; then status=1; fi
done
rm -rf "$tmp"
exit $status
