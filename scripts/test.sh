#!/usr/bin/env bash
# The project's one test command (`make test`, and `.ci/run`). Runs, in order:
#   setup (installs what is missing) · cargo fmt --check · clippy native · clippy wasm32 ·
#   native tests · wasm-bindgen tests in headless Chromium · release build (trunk) ·
#   no `from 'env'` import in the emitted JS · the size gate (size-budget.json) · a release build
#   with a changed story (for the cache test) · a release build from a broken data file with the
#   size tricks off (for the end-to-end test of its error message, and to prove such a build
#   works) · end-to-end tests (playwright-core + Chromium)
#   · the cross-engine smoke suite in Firefox, WebKit and Chromium (scripts/setup-engines.sh first)
# and ends with one line `N passed, N failed`, exiting non-zero on any failure.
#
# What runs at the same time (for CI's wall time on 2 cores; docs in the README, "Test it"):
# - the cross-engine suite's installs (setup-engines.sh) start in the background right after
#   setup and are waited for (and recorded) before the first browser starts;
# - the broken-data build (8c) starts in the background right after setup, at the lowest CPU
#   priority (its own session, autogroup nice 19) and in its own target directory, so it uses
#   only the CPU the steps in front leave idle (single-threaded LTO links and wasm-opt, browser
#   waits) and never holds the lock of the target directory they use; it is waited for (back at
#   normal priority) and recorded once the end-to-end tests that need only dist/ are done, and
#   its one test file runs after it;
# - the end-to-end test files run two at a time (node --test-concurrency, E2E_CONCURRENCY,
#   default 2): each file has its own browser, its own server on a free port and its own
#   scratch directories.
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
  # A browser that stopped responding and was restarted (e2e/engines/suite.mjs) says so here.
  r=$(grep -c '# engine restarted:' "$tap" 2>/dev/null)
  if [ "${r:-0}" -gt 0 ]; then name="$name ($r engine restart(s), see log)"; fi
  record "$name" "$p" "$f" $(($(date +%s) - t0))
}

# node_tests NAME FILES... : node's test runner, spec output on the terminal, tap in a file.
node_tests() {
  local name="$1" slug log tap t0 status p f r
  shift
  slug="$(echo "$name" | tr -c 'a-zA-Z0-9\n' '-')"
  log="$LOG_DIR/test-$slug.log"
  tap="$LOG_DIR/test-$slug.tap"
  rm -f "$tap"
  t0=$(date +%s)
  run_step "$name" "$log" node --test --test-timeout="${E2E_TEST_TIMEOUT_MS:-300000}" \
    --test-concurrency="${E2E_CONCURRENCY:-2}" \
    --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$tap" "$@"
  status=$?
  p=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$tap" 2>/dev/null | tail -n 1)
  f=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$tap" 2>/dev/null | tail -n 1)
  p=${p:-0}
  f=${f:-0}
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  # A browser that stopped responding and was restarted (e2e/engines/suite.mjs) says so here.
  r=$(grep -c '# engine restarted:' "$tap" 2>/dev/null)
  if [ "${r:-0}" -gt 0 ]; then name="$name ($r engine restart(s), see log)"; fi
  record "$name" "$p" "$f" $(($(date +%s) - t0))
}

# The two test builds (8b, 8c) leave out the multilingual reader's bundle: each saves a release
# build of a third bundle (index.html). Safe: their tests (e2e/cache.test.mjs,
# e2e/broken-data.test.mjs) open the classroom and the reader, and a Chinese reader there gets
# the classroom's bundle under the multilingual reader's names (post-build.mjs), which speaks
# Chinese as well. The page is index.html without that one <link> line, beside it (relative
# paths) as index.two-bundles-NAME.html (one per build: the two may run at once), removed after.
# without_multilingual NAME COMMAND...: runs COMMAND... PAGE.
without_multilingual() {
  local page="$ROOT/index.two-bundles-$1.html" status
  shift
  grep -v 'data-bin="chip-paths-multilingual"' index.html >"$page"
  [ "$(($(wc -l <index.html) - $(wc -l <"$page")))" -eq 1 ] ||
    { echo "index.html should have exactly one line naming chip-paths-multilingual"; rm -f "$page"; return 1; }
  "$@" "$page"
  status=$?
  rm -f "$page"
  return "$status"
}

T_ALL=$(date +%s)

# 1. Setup: a missing tool is a hard stop (setup.sh prints which one and what to do).
if ! check "setup (install missing tools)" "$ROOT/scripts/setup.sh" test; then
  finish
fi

# 8c. A release build from a broken copy of the data (a path naming an unknown chip and source,
#     appended to the last developer) for e2e/broken-data.test.mjs, made with the size tricks off
#     (CHIP_PATHS_NO_SIZE_TRICKS): it shows that such a build works, and its tests run against
#     it. (`make test-plain` runs every end-to-end test on a build without them.)
#     It runs in the background from here on (see the top of this file), in its own target
#     directory ($TARGET_DIR/plain-build): the size tricks' builds set RUSTC_BOOTSTRAP, which
#     proc-macro2's build script watches, so in one directory each kind of build would recompile
#     every dependency of the other; and the foreground's cargo runs (the end-to-end tests' model
#     examples) never wait for this one's lock. Its output goes to its log only.
broken_data_build() {
  local broken="$ROOT/.tools/broken-world.toml"
  mkdir -p "$ROOT/.tools"
  { cat data/world.toml; printf '%s\n' '' '[[developers.paths]]' 'workload = "training"' \
      'chip = "no-such-chip"' 'route = "import"' 'since = "2025"' \
      'claim = "A path for the broken-data test."' 'sources = ["no-such-source"]'; } >"$broken"
  CARGO_TARGET_DIR="$TARGET_DIR/plain-build" CHIP_PATHS_NO_SIZE_TRICKS=1 CHIP_PATHS_DATA="$broken" \
    without_multilingual broken release_build trunk build --release --offline --dist "$ROOT/.tools/broken-data-dist" ||
    return 1
  # The tricks were really off: the size report reads them off the build.
  node scripts/size.mjs "$ROOT/.tools/broken-data-dist" | tail -n 2 | tee "$ROOT/.tools/broken-data-size.txt"
  grep -q 'std rebuilt for size: NOT applied.*short import/export names: NOT applied' "$ROOT/.tools/broken-data-size.txt" ||
    { echo "the build with CHIP_PATHS_NO_SIZE_TRICKS=1 still has a size trick"; return 1; }
}
BROKEN_NAME="release build, broken data, size tricks off"
BROKEN_LOG="$LOG_DIR/test-$(echo "$BROKEN_NAME" | tr -c 'a-zA-Z0-9\n' '-').log"
rm -rf "$ROOT/.tools/broken-data-dist"
BROKEN_T0=$(date +%s)
# Lowest priority, also against the browsers: Chromium runs in a session of its own (Playwright
# starts it detached), and with the kernel's autogroups (sched_autogroup_enabled, on by default)
# CPU is shared between sessions before nice counts inside one. So the build gets a session of
# its own (setsid) whose autogroup is set to nice 19 (without autogroups, the build itself is set
# to nice 19). Its children (trunk, cargo, rustc, wasm-opt) inherit it. broken_data_wait sets it
# back to nice 0 once the tests wait for it, so other load on the machine cannot starve it then.
# An interrupted run (Ctrl-C) stops its process group.
setsid bash -c "source '$ROOT/scripts/env.sh'; cd '$ROOT'; $(declare -f without_multilingual broken_data_build)
  if [ \"\$(cat /proc/sys/kernel/sched_autogroup_enabled 2>/dev/null)\" = 1 ]; then
    echo 19 >/proc/self/autogroup
  else
    renice -n 19 -p \$\$ >/dev/null
  fi
  broken_data_build" \
  </dev/null >"$BROKEN_LOG" 2>&1 &
BROKEN_PID=$!
trap 'kill -- -"$BROKEN_PID" 2>/dev/null; exit 130' INT
trap 'kill -- -"$BROKEN_PID" 2>/dev/null; exit 143' TERM
note "started in the background, at the lowest priority: $BROKEN_NAME (log: $BROKEN_LOG)"

# broken_data_wait: waits for the background build and records it as one step.
broken_data_wait() {
  local status
  # Back to normal priority (the autogroup's may always be raised back to 0; the processes' only
  # as root, as CI runs).
  echo 0 >"/proc/$BROKEN_PID/autogroup" 2>/dev/null
  renice -n 0 -g "$BROKEN_PID" >/dev/null 2>&1
  wait "$BROKEN_PID"
  status=$?
  echo
  say "$BROKEN_NAME (ran in the background; its log follows)"
  cat "$BROKEN_LOG"
  if [ "$status" -eq 0 ]; then record "$BROKEN_NAME" 1 0 $(($(date +%s) - BROKEN_T0)); else record "$BROKEN_NAME" 0 1 $(($(date +%s) - BROKEN_T0)); fi
  return "$status"
}

# The cross-engine suite's installs (Debian's firefox-esr, webkit2gtk-driver, xvfb: about 90 s
# of apt-get on a fresh machine, mostly download and unpacking) also run in the background from
# here, and are waited for before the first browser starts (6), so no browser test runs while
# packages (fonts among their dependencies) are being installed. Its step is recorded there.
ENGINES_NAME="setup: Firefox, WebKit, Xvfb (setup-engines.sh)"
ENGINES_LOG="$LOG_DIR/test-$(echo "$ENGINES_NAME" | tr -c 'a-zA-Z0-9\n' '-').log"
ENGINES_T0=$(date +%s)
"$ROOT/scripts/setup-engines.sh" >"$ENGINES_LOG" 2>&1 &
ENGINES_PID=$!
ENGINES_OK=
note "started in the background: $ENGINES_NAME (log: $ENGINES_LOG)"

# engines_wait: waits for the engines' installs and records them as one step.
engines_wait() {
  local status
  wait "$ENGINES_PID"
  status=$?
  echo
  say "$ENGINES_NAME (ran in the background; its log follows)"
  cat "$ENGINES_LOG"
  if [ "$status" -eq 0 ]; then
    ENGINES_OK=1
    record "$ENGINES_NAME" 1 0 $(($(date +%s) - ENGINES_T0))
  else
    record "$ENGINES_NAME" 0 1 $(($(date +%s) - ENGINES_T0))
  fi
}

# 2–4. Formatting and lints.
check "cargo fmt --check" cargo fmt --all -- --check
check "clippy (native)" cargo clippy --workspace --all-targets --locked -- -D warnings

shopt -s nullglob
browser_tests=()
for f in tests/browser_*.rs; do
  browser_tests+=(--test "$(basename "$f" .rs)")
done
shopt -u nullglob
check "clippy (wasm32)" cargo clippy --workspace --target wasm32-unknown-unknown --locked --lib --bins "${browser_tests[@]}" -- -D warnings
check "clippy (wasm32, reader bundle: no classroom)" cargo clippy --target wasm32-unknown-unknown --locked --no-default-features --lib --bins -- -D warnings
check "clippy (wasm32, multilingual reader bundle)" cargo clippy --target wasm32-unknown-unknown --locked --no-default-features --features multilingual --lib --bins -- -D warnings

# 5. Native tests of the workspace: the widget and the model crate (crates/model) — unit,
#    integration, doc tests; components rendered with yew's SSR.
cargo_tests "native tests" cargo test --workspace --locked --no-fail-fast
# The model crate as the reader's bundle builds it: English only, messages as literal code
# (without `multilingual`; about 12 s warm).
cargo_tests "native tests (model, English only)" cargo test -p chip-paths-model --locked --no-default-features --no-fail-fast

# The first browser starts below: the engines' installs must be done by now.
engines_wait

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

# 6b. The release build's size trick never fails a release (scripts/env.sh, release_build): a
#     build that fails only with the rebuilt std's flags is run again without them, with one line
#     saying so; a real failure still fails; a flag this rustc does not know is caught up front.
trick_fallback_check() {
  local out
  out="$(release_build bash -c '[ -z "${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:-}" ]' 2>&1)" ||
    { echo "$out"; echo "FAIL: release_build did not fall back to the ordinary std"; return 1; }
  echo "$out"
  [ "$(grep -c 'size trick' <<<"$out")" -eq 1 ] || { echo "FAIL: expected one line about the size trick"; return 1; }
  if release_build false >/dev/null 2>&1; then echo "FAIL: a build that fails either way passed"; return 1; fi
  out="$(STD_TRICK_RUSTFLAGS='-Zno-such-flag' std_trick_blocker)" ||
    { echo "FAIL: the flag check accepted -Zno-such-flag"; return 1; }
  echo "$out"
  grep -q 'refuses the flags' <<<"$out" || ! has_rust_src
}
check "release build falls back when a size trick fails" trick_fallback_check

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

  # 8a. The size gate: the reader's first load (gzip) within size-budget.json; the report is the
  #     per-file breakdown. Raise the budget only in a commit that says why.
  check "size budget (reader first load, gzip)" node scripts/size.mjs dist --budget size-budget.json

  # 8b. A release build whose only change is the first story step's title (data/story.toml
  #     appended to a copy of world.toml: CHIP_PATHS_DATA), for e2e/cache.test.mjs. It rebuilds
  #     only this crate.
  story_changed_build() {
    local changed="$ROOT/.tools/story-changed-world.toml"
    mkdir -p "$ROOT/.tools"
    { cat data/world.toml; echo; sed '0,/^title = "/s//title = "Rebuilt: /' data/story.toml; } >"$changed"
    CHIP_PATHS_DATA="$changed" without_multilingual story release_build trunk build --release --offline --dist "$ROOT/.tools/story-changed-dist"
  }
  check "release build with a changed story" story_changed_build

  # 9. End-to-end tests against dist/ served on 127.0.0.1 (a free port per test file), two
  #    files at a time; then, once the background build is done, the one file that needs it.
  node_tests "end-to-end tests (Chromium)" $(ls e2e/*.test.mjs | grep -v -e broken-data.test)
  if broken_data_wait; then
    node_tests "end-to-end tests (Chromium, broken-data build)" e2e/broken-data.test.mjs
  else
    record "end-to-end tests, broken-data build (not run)" 0 1 0
  fi

  # 10. The cross-engine smoke suite (e2e/engines/) against dist/, once per engine: Firefox
  #     (WebDriver BiDi), WebKit (WebKitWebDriver under Xvfb), Chromium (chromedriver). Its
  #     installs (Debian packages) fail only this step, with a message naming the package.
  #     (Their installs ran in the background: engines_wait above recorded them.)
  if [ -n "$ENGINES_OK" ]; then
    for engine in firefox webkit chromium; do
      # One engine per node process; a slow machine gets more than the per-file default.
      E2E_TEST_TIMEOUT_MS="${E2E_ENGINE_TIMEOUT_MS:-300000}" \
        node_tests "cross-engine tests ($engine)" "e2e/engines/$engine.test.mjs"
    done
    # The suite's answer to a browser that stops responding (restart, run again), checked
    # with a hang made on purpose (a stopped web process): about 15 s.
    node_tests "cross-engine: a hung browser is restarted (webkit)" e2e/engines/restart.test.mjs
  else
    record "cross-engine tests (not run)" 0 1 0
  fi
else
  broken_data_wait >/dev/null
  record "no 'from env' import in dist/*.js (not run)" 0 1 0
  record "end-to-end tests (not run)" 0 1 0
  record "cross-engine tests (not run)" 0 1 0
fi

note "total $(($(date +%s) - T_ALL)) s"
finish
