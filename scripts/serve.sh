#!/usr/bin/env bash
# `make serve`: install what is missing (scripts/setup.sh serve), then `trunk serve` with live
# reload on http://127.0.0.1:8080 (address and port come from Trunk.toml; extra args pass through).
# The dev build goes to .tools/serve-dist, so dist/ keeps the release build that `make dist`,
# `make size` and the tests use.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$ROOT/scripts/setup.sh" serve
cd "$ROOT"
say "Serving on http://127.0.0.1:8080/ (live reload; Ctrl-C stops)"
exec trunk serve --offline --dist "$ROOT/.tools/serve-dist" \
  --ignore "$ROOT/.tools" --ignore "$ROOT/node_modules" --ignore "$ROOT/dist" "$@"
