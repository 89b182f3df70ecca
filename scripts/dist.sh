#!/usr/bin/env bash
# `make dist`: release build into dist/ with relative asset paths (Trunk.toml: public_url = "./"),
# so the folder works when copied under any sub-path of a web server. Then prints the size report.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$ROOT/scripts/setup.sh" serve
cd "$ROOT"
say "Release build (trunk build --release --offline)"
set +e
release_build trunk build --release --offline "$@" 2>&1 | tee "$LOG_DIR/dist.log"
status=${PIPESTATUS[0]}
set -e
[ "$status" -eq 0 ] ||
  die "trunk build --release" "The release build failed; the full output is in $LOG_DIR/dist.log." "$LOG_DIR/dist.log"
# The size report of the folder built (Trunk's --dist, if given).
out="$ROOT/dist"
prev=""
for arg in "$@"; do
  case "$arg" in --dist=*) out="${arg#--dist=}" ;; esac
  [ "$prev" = --dist ] && out="$arg"
  prev="$arg"
done
node "$ROOT/scripts/preview-image.mjs" "$out" # link preview: preview.png and the og: tags
node "$ROOT/scripts/size.mjs" "$out"
