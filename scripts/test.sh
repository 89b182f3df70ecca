#!/usr/bin/env bash
# The project's one test command (`make test`, and `.ci/run`). Runs, in order:
#   setup (installs what is missing) · cargo fmt --check · clippy native · clippy wasm32 ·
#   native tests · wasm-bindgen tests in headless Chromium · release build (trunk) ·
#   no `from 'env'` import in the emitted JS · a second release build from a broken data file
#   (for the end-to-end test of its error message) · end-to-end tests (playwright-core + Chromium)
# and ends with one line `N passed, N failed`, exiting non-zero on any failure.
#
# Counting: every individual test counts (cargo's "test result" lines, node's tap `# pass` /
# `# fail`; cargo runs with --no-fail-fast so one failing test binary does not hide the others);
# setup, fmt, each clippy, the release build and the env check count as one each. A test step
# that fails without reporting a failing test (e.g. a compile error) counts as one failure.
# Policy: keep going after a failure so one run shows every problem, except that a failed setup
# stops at once, and a failed release build marks the env check and the end-to-end tests as
# failed without running them (they need dist/).
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

PASSED=0
FAILED=0
SUMMARY=()

# record NAME PASSED FAILED SECONDS
record() {
  PASSED=$((PASSED + $2))
  FAILED=$((FAILED + $3))
  local mark
  if [ "$3" -eq 0 ]; then mark="${C_GREEN}ok  ${C_OFF}"; else mark="${C_RED}FAIL${C_OFF}"; fi
  SUMMARY+=("$(printf '%s %-42s %4s passed %4s failed %5ss' "$mark" "$1" "$2" "$3" "$4")")
}

finish() {
  echo
  say "Summary (logs in .tools/logs/)"
  printf '  %s\n' "${SUMMARY[@]}"
  echo "$PASSED passed, $FAILED failed"
  [ "$FAILED" -eq 0 ]
  exit $?
}

# run_step NAME LOG COMMAND... : run, stream output to the terminal and to LOG; return its status.
run_step() {
  local name="$1" log="$2"
  shift 2
  echo
  say "$name"
  note "$*"
  "$@" 2>&1 | tee "$log"
  return "${PIPESTATUS[0]}"
}

# check NAME COMMAND... : a step that counts as one pass or one failure.
check() {
  local name="$1" slug log t0 status
  shift
  slug="$(echo "$name" | tr -c 'a-zA-Z0-9\n' '-')"
  log="$LOG_DIR/test-$slug.log"
  t0=$(date +%s)
  run_step "$name" "$log" "$@"
  status=$?
  if [ "$status" -eq 0 ]; then record "$name" 1 0 $(($(date +%s) - t0)); else record "$name" 0 1 $(($(date +%s) - t0)); fi
  return "$status"
}

# cargo_tests NAME COMMAND... : sum the "test result:" lines of cargo test / wasm-bindgen-test-runner.
cargo_tests() {
  local name="$1" slug log t0 status p f
  shift
  slug="$(echo "$name" | tr -c 'a-zA-Z0-9\n' '-')"
  log="$LOG_DIR/test-$slug.log"
  t0=$(date +%s)
  run_step "$name" "$log" "$@"
  status=$?
  p=$(sed -n 's/.*test result: [A-Za-z]*\. \([0-9]*\) passed; \([0-9]*\) failed.*/\1/p' "$log" | awk '{s+=$1} END {print s+0}')
  f=$(sed -n 's/.*test result: [A-Za-z]*\. \([0-9]*\) passed; \([0-9]*\) failed.*/\2/p' "$log" | awk '{s+=$1} END {print s+0}')
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  record "$name" "$p" "$f" $(($(date +%s) - t0))
}

# node_tests NAME FILES... : node's test runner, spec output on the terminal, tap in a file.
node_tests() {
  local name="$1" slug log tap t0 status p f
  shift
  slug="$(echo "$name" | tr -c 'a-zA-Z0-9\n' '-')"
  log="$LOG_DIR/test-$slug.log"
  tap="$LOG_DIR/test-$slug.tap"
  rm -f "$tap"
  t0=$(date +%s)
  run_step "$name" "$log" node --test --test-timeout="${E2E_TEST_TIMEOUT_MS:-120000}" \
    --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$tap" "$@"
  status=$?
  p=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$tap" 2>/dev/null | tail -n 1)
  f=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$tap" 2>/dev/null | tail -n 1)
  p=${p:-0}
  f=${f:-0}
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  record "$name" "$p" "$f" $(($(date +%s) - t0))
}

T_ALL=$(date +%s)

# 1. Setup: a missing tool is a hard stop (setup.sh prints which one and what to do).
if ! check "setup (install missing tools)" "$ROOT/scripts/setup.sh" test; then
  finish
fi

# 2–4. Formatting and lints.
check "cargo fmt --check" cargo fmt --all -- --check
check "clippy (native)" cargo clippy --all-targets --locked -- -D warnings

shopt -s nullglob
browser_tests=()
for f in tests/browser_*.rs; do
  browser_tests+=(--test "$(basename "$f" .rs)")
done
shopt -u nullglob
check "clippy (wasm32)" cargo clippy --target wasm32-unknown-unknown --locked --lib --bins "${browser_tests[@]}" -- -D warnings
check "clippy (wasm32, reader bundle: no classroom)" cargo clippy --target wasm32-unknown-unknown --locked --no-default-features --lib --bins -- -D warnings

# 5. Native tests (unit, integration, doc tests; components rendered with yew's SSR).
cargo_tests "native tests" cargo test --locked --no-fail-fast

# 6. wasm-bindgen tests (tests/browser_*.rs) in headless Chromium through chromedriver.
#    The runner reads ./webdriver.json for Chromium's flags.
if [ "${#browser_tests[@]}" -gt 0 ]; then
  cargo_tests "wasm-bindgen tests (Chromium)" env \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    CHROMEDRIVER=/usr/bin/chromedriver \
    WASM_BINDGEN_TEST_WEBDRIVER_JSON="$ROOT/webdriver.json" \
    WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}" \
    cargo test --locked --no-fail-fast --target wasm32-unknown-unknown "${browser_tests[@]}"
fi

# 7. Release build into dist/ (relative asset paths, wasm-opt -Oz).
if check "release build (trunk build --release)" release_build trunk build --release --offline; then
  node "$ROOT/scripts/preview-image.mjs" "$ROOT/dist" # link preview (as scripts/dist.sh does)
  # 8. The JS glue must not import from 'env' (a sign of an unresolved wasm import).
  env_check() {
    local js=(dist/*.js)
    [ -e "${js[0]}" ] || { echo "no .js file in dist/"; return 1; }
    if grep -lE "from ['\"]env['\"]" "${js[@]}"; then
      echo "^ these files import from 'env': some wasm import was left unresolved"
      return 1
    fi
    echo "ok: no 'from env' import in ${js[*]}"
  }
  check "no 'from env' import in dist/*.js" env_check

  # 8b. A release build from a broken copy of the data (a path naming an unknown chip and
  #     source, appended to the last developer) for e2e/broken-data.test.mjs. It only rebuilds
  #     this crate; the next plain build rebuilds it again from data/world.toml.
  broken_data_build() {
    local broken="$ROOT/.tools/broken-world.toml"
    mkdir -p "$ROOT/.tools"
    { cat data/world.toml; printf '%s\n' '' '[[developers.paths]]' 'workload = "training"' \
        'chip = "no-such-chip"' 'route = "import"' 'since = "2025"' \
        'claim = "A path for the broken-data test."' 'sources = ["no-such-source"]'; } >"$broken"
    CHIP_PATHS_DATA="$broken" release_build trunk build --release --offline --dist "$ROOT/.tools/broken-data-dist"
  }
  check "release build from a broken data file" broken_data_build

  # 9. End-to-end tests against dist/ served on 127.0.0.1 (a free port per test file).
  node_tests "end-to-end tests (Chromium)" e2e/*.test.mjs
else
  record "no 'from env' import in dist/*.js (not run)" 0 1 0
  record "end-to-end tests (not run)" 0 1 0
fi

note "total $(($(date +%s) - T_ALL)) s"
finish
