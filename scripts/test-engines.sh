#!/usr/bin/env bash
# `make test-engines`: only the cross-engine smoke suite (e2e/engines/), against the release build
# in dist/ (built first when there is none). Installs what it needs first (setup.sh test, then
# setup-engines.sh); on a warm machine both take seconds.
#   ENGINES="firefox webkit" make test-engines   run only these engines (default: all three)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
"$ROOT/scripts/setup.sh" test
"$ROOT/scripts/setup-engines.sh"
if [ ! -f dist/index.html ]; then
  "$ROOT/scripts/dist.sh"
fi
files=()
for engine in ${ENGINES:-firefox webkit chromium}; do
  [ -f "e2e/engines/$engine.test.mjs" ] ||
    die "ENGINES=$ENGINES" "No suite for '$engine': the engines are firefox, webkit and chromium."
  files+=("e2e/engines/$engine.test.mjs")
done
say "Cross-engine suite: ${files[*]}"
node --test --test-timeout="${E2E_ENGINE_TIMEOUT_MS:-300000}" --test-reporter=spec "${files[@]}"
