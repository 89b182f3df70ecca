#!/usr/bin/env bash
# Install what the project needs, skipping whatever is already present at the right version.
#   scripts/setup.sh serve   wasm32 target, Trunk, wasm-bindgen CLI, wasm-opt (npm binaryen)
#   scripts/setup.sh test    all of the above, plus rustfmt/clippy, Chromium and chromedriver
#                            (Debian) and the npm test packages (playwright-core, axe-core)
# Each failure stops with a message naming the tool and what to do; full logs in .tools/logs/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

mode="${1:-serve}"
case "$mode" in
  serve | test) ;;
  *) echo "usage: $0 serve|test" >&2; exit 2 ;;
esac

require() {
  command -v "$1" >/dev/null 2>&1 ||
    die "$1 not found" "This machine needs $2 before anything else can be installed. $3"
}

require cargo "Rust (rustup + cargo)" "Install rustup from https://rustup.rs, then re-run."
require rustup "rustup" "The wasm32 target is added with rustup; install it from https://rustup.rs."
require node "Node.js 20 or newer" "Install Node.js (with npm), then re-run."
require npm "npm" "Install npm (it ships with Node.js), then re-run."

started=$(date +%s)

# --- Rust: wasm32 target (and, for tests, rustfmt + clippy) ------------------------------------
if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  note "wasm32-unknown-unknown target: present"
else
  say "Adding the wasm32-unknown-unknown target (rustup)"
  rustup target add wasm32-unknown-unknown >"$LOG_DIR/rustup-target.log" 2>&1 ||
    die "rustup target wasm32-unknown-unknown" \
      "Could not add the target. Run 'rustup target add wasm32-unknown-unknown' and check your network access to static.rust-lang.org." \
      "$LOG_DIR/rustup-target.log"
fi

# rust-src: release builds rebuild std for size (scripts/env.sh, release_build).
if has_rust_src; then
  note "rust-src: present"
else
  say "Adding the rust-src component (rustup; release builds rebuild std for size)"
  # Not fatal: release builds then use the ordinary std (a larger wasm, same behaviour).
  rustup component add rust-src >"$LOG_DIR/rustup-rust-src.log" 2>&1 ||
    note "WARNING: could not add rust-src (see $LOG_DIR/rustup-rust-src.log); release builds will use the ordinary std, a larger wasm"
fi

if [ "$mode" = test ]; then
  for component in rustfmt clippy; do
    bin=$([ "$component" = rustfmt ] && echo cargo-fmt || echo cargo-clippy)
    if "$bin" --version >/dev/null 2>&1; then
      note "$component: present"
    else
      say "Adding the $component component (rustup)"
      rustup component add "$component" >"$LOG_DIR/rustup-$component.log" 2>&1 ||
        die "$component" "Could not add it. Run 'rustup component add $component'." \
          "$LOG_DIR/rustup-$component.log"
    fi
  done
fi

# --- Trunk and the wasm-bindgen CLI, built side by side -----------------------------------------
# Both are compiled from source by `cargo install` (the closed network has no prebuilt binaries).
# Trunk's own [profile.release] asks for fat LTO with one codegen unit: ten minutes of one core
# on a 2-core machine, for a tool whose speed does not matter here (it waits on cargo and
# wasm-opt). TOOL_PROFILE overrides that profile for build speed, and the two installs run in
# parallel, each in its own temporary target directory (a shared CARGO_TARGET_DIR would make one
# wait for the other's lock, and fill the project's target dir with tool builds). Each has its
# own log; setup waits for both and names every one that failed. CHIP_PATHS_TOOL_PROFILE=upstream
# builds them with their own profiles instead (as before). Timings: README.md ("Run it").
TOOL_PROFILE=(
  CARGO_PROFILE_RELEASE_LTO=off
  CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
  CARGO_PROFILE_RELEASE_OPT_LEVEL=1
  CARGO_PROFILE_RELEASE_DEBUG=false
  CARGO_PROFILE_RELEASE_INCREMENTAL=false
)
[ "${CHIP_PATHS_TOOL_PROFILE:-}" = upstream ] && TOOL_PROFILE=()

# install_tool NAME LOG CARGO-INSTALL-ARGS...: cargo install in the background with the
# build-speed profile and a throwaway target dir; sets INSTALL_PID to the job's pid.
install_tool() {
  local name="$1" log="$2"
  shift 2
  local target
  target="$(mktemp -d "${TMPDIR:-/tmp}/chip-paths-$name.XXXXXX")"
  (
    if env "${TOOL_PROFILE[@]}" CARGO_TARGET_DIR="$target" cargo install "$@" >"$log" 2>&1; then
      status=0
    else
      status=1
    fi
    rm -rf "$target"
    exit "$status"
  ) </dev/null &
  INSTALL_PID=$!
}

have_trunk="$(trunk --version 2>/dev/null || true)"
wb_version="$(wasm_bindgen_lock_version)"
[ -n "$wb_version" ] ||
  die "wasm-bindgen (Cargo.lock)" "Cannot read the wasm-bindgen version from $ROOT/Cargo.lock. Run 'cargo generate-lockfile' and re-run."
have_wb="$(wasm-bindgen --version 2>/dev/null || true)"
have_runner="$(command -v wasm-bindgen-test-runner || true)"

trunk_pid=""
wb_pid=""
if [ "$have_trunk" = "trunk $TRUNK_VERSION" ]; then
  note "Trunk $TRUNK_VERSION: present"
else
  say "Installing Trunk $TRUNK_VERSION (cargo install, in the background)${have_trunk:+; found '$have_trunk'}"
  # --locked is required: without it a newer lightningcss fails to compile. Trunk 0.22 needs a
  # newer rustc than this toolchain.
  install_tool trunk "$LOG_DIR/trunk-install.log" --locked trunk --version "$TRUNK_VERSION"
  trunk_pid=$INSTALL_PID
fi
if [ "$have_wb" = "wasm-bindgen $wb_version" ] && [ -n "$have_runner" ]; then
  note "wasm-bindgen CLI $wb_version: present"
else
  say "Installing wasm-bindgen-cli $wb_version (cargo install, in the background)${have_wb:+; found '$have_wb'}"
  # Not --locked: one of its pinned dependencies is missing from the registry mirror here.
  install_tool wasm-bindgen "$LOG_DIR/wasm-bindgen-install.log" --force wasm-bindgen-cli --version "$wb_version"
  wb_pid=$INSTALL_PID
fi
if [ -n "$trunk_pid$wb_pid" ]; then
  note "both compile at once, which takes minutes (logs: $LOG_DIR/trunk-install.log, $LOG_DIR/wasm-bindgen-install.log)"
fi
# Wait for both before judging either, so one run reports every failure.
trunk_failed=""
wb_failed=""
[ -z "$trunk_pid" ] || wait "$trunk_pid" || trunk_failed=1
[ -z "$wb_pid" ] || wait "$wb_pid" || wb_failed=1
# Each failure gets its own message (die in a subshell prints without exiting), then one exit.
[ -z "$trunk_failed" ] || (die "Trunk $TRUNK_VERSION" \
  "'cargo install --locked trunk --version $TRUNK_VERSION' failed. Check access to crates.io and free disk space, then re-run. Full log: $LOG_DIR/trunk-install.log" \
  "$LOG_DIR/trunk-install.log") || true
[ -z "$wb_failed" ] || (die "wasm-bindgen-cli $wb_version" \
  "'cargo install wasm-bindgen-cli --version $wb_version' failed. It must match Cargo.lock exactly. Check access to crates.io, then re-run. Full log: $LOG_DIR/wasm-bindgen-install.log" \
  "$LOG_DIR/wasm-bindgen-install.log") || true
[ -z "$trunk_failed$wb_failed" ] || exit 1
if [ -n "$trunk_pid" ]; then
  [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ] ||
    die "Trunk $TRUNK_VERSION" "Installed, but 'trunk --version' on PATH says '$(trunk --version 2>&1 || true)'. Put $CARGO_BIN first on PATH."
fi
if [ -n "$wb_pid" ]; then
  [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $wb_version" ] ||
    die "wasm-bindgen-cli $wb_version" "Installed, but 'wasm-bindgen --version' on PATH says '$(wasm-bindgen --version 2>&1 || true)'. Put $CARGO_BIN first on PATH."
fi

# --- npm packages: wasm-opt (binaryen), playwright-core, axe-core, from package-lock.json --------
# The stamp records which lockfile node_modules was installed from, so a warm run skips `npm ci`.
lock_sum="$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)"
stamp="$ROOT/node_modules/.chip-paths-lock.sha256"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_sum" ] && [ -x "$ROOT/node_modules/.bin/wasm-opt" ]; then
  note "npm packages (wasm-opt, playwright-core, axe-core): present"
else
  say "Installing npm packages from package-lock.json (npm ci)"
  (cd "$ROOT" && npm ci --no-audit --no-fund) >"$LOG_DIR/npm-ci.log" 2>&1 ||
    die "npm packages (binaryen/wasm-opt, playwright-core, axe-core)" \
      "'npm ci' in $ROOT failed. Check access to the npm registry, then re-run. Full log: $LOG_DIR/npm-ci.log" \
      "$LOG_DIR/npm-ci.log"
  echo "$lock_sum" >"$stamp"
fi
wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION" ||
  die "wasm-opt $BINARYEN_VERSION" \
    "'wasm-opt --version' says '$(wasm-opt --version 2>&1 || true)'. The npm package binaryen@$BINARYEN_VERSION provides it: delete node_modules and re-run. (Debian's binaryen is too old for rustc's output.)"

# --- Chromium + chromedriver (Debian), for tests ----------------------------------------------
if [ "$mode" = test ]; then
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    note "Chromium and chromedriver: present"
  else
    say "Installing Debian's chromium and chromium-driver (apt-get, about a minute)"
    {
      as_root apt-get update &&
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
    } >"$LOG_DIR/apt-chromium.log" 2>&1 ||
      die "Chromium / chromedriver" \
        "'apt-get install chromium chromium-driver' failed (it needs root or sudo, and a Debian apt source). Install them, so that /usr/bin/chromium and /usr/bin/chromedriver exist, then re-run." \
        "$LOG_DIR/apt-chromium.log"
    [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] ||
      die "Chromium / chromedriver" "apt-get finished but /usr/bin/chromium or /usr/bin/chromedriver is missing. Install Debian's 'chromium' and 'chromium-driver' packages."
  fi
  # A CJK font, so zh-CN screenshots and tests show Chinese glyphs rather than boxes (the
  # machine has none): fonts-wqy-microhei, 1.6 MB to download, 5 MB installed, ~5 s.
  if [ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]; then
    note "CJK font (fonts-wqy-microhei): present"
  else
    say "Installing Debian's fonts-wqy-microhei (a CJK font for the zh-CN screenshots, ~5 s)"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y fonts-wqy-microhei \
      >"$LOG_DIR/apt-font.log" 2>&1 ||
      { as_root apt-get update && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y fonts-wqy-microhei; } \
        >>"$LOG_DIR/apt-font.log" 2>&1 ||
      die "CJK font" "'apt-get install fonts-wqy-microhei' failed (it needs root or sudo, and a Debian apt source). Install it, then re-run." \
        "$LOG_DIR/apt-font.log"
  fi
fi

say "Setup ($mode) ready in $(($(date +%s) - started)) s"
