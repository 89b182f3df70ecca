#!/usr/bin/env bash
# `make serve`: install what is missing (scripts/setup.sh serve), then `trunk serve` with live
# reload on http://127.0.0.1:8080 (address from Trunk.toml; PORT=… picks another port; extra args
# pass through to trunk).
# The dev build goes to .tools/serve-dist, so dist/ keeps the release build that `make dist`,
# `make size` and the tests use.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$ROOT/scripts/setup.sh" serve
cd "$ROOT"
# Fail before building, with a plain message, when the port is taken (`make serve PORT=8081`).
port="${PORT:-8080}"
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  die "port $port" "Something already listens on 127.0.0.1:$port (another 'make serve' or 'trunk serve'?). Stop it, or pick another port: make serve PORT=8081"
fi
say "Serving on http://127.0.0.1:$port/ (live reload; Ctrl-C stops)"
exec trunk serve --offline --port "$port" --dist "$ROOT/.tools/serve-dist" \
  --ignore "$ROOT/.tools" --ignore "$ROOT/node_modules" --ignore "$ROOT/dist" "$@"
