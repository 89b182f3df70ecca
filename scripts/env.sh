# Common environment for the project's scripts: repo root, PATH with the installed tools, helpers.
# Sourced (not executed) by setup.sh, serve.sh, test.sh, dist.sh and size.sh.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
# wasm-opt (npm binaryen) and playwright-core come from node_modules; Trunk and wasm-bindgen
# from cargo's bin directory.
export PATH="$ROOT/node_modules/.bin:$CARGO_BIN:$PATH"
# Cargo honours CARGO_TARGET_DIR when it is set; scripts that read build output use this.
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
export TARGET_DIR
# Trunk must never try to download tools (the closed network only reaches package registries).
export TRUNK_OFFLINE=true
LOG_DIR="$ROOT/.tools/logs"
mkdir -p "$LOG_DIR"

TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132"

# Trunk reads NO_COLOR as its --no-color flag and accepts only true/false, so the common
# NO_COLOR=1 would stop the build: pass any non-empty value on as "true".
if [ -n "${NO_COLOR:-}" ]; then export NO_COLOR=true; fi
if [ -t 1 ] && [ -z "${NO_COLOR:-}" ]; then
  C_BOLD=$'\e[1m'; C_RED=$'\e[31m'; C_GREEN=$'\e[32m'; C_DIM=$'\e[2m'; C_OFF=$'\e[0m'
else
  C_BOLD=""; C_RED=""; C_GREEN=""; C_DIM=""; C_OFF=""
fi

say() { printf '%s==>%s %s\n' "$C_BOLD" "$C_OFF" "$*"; }
note() { printf '%s    %s%s\n' "$C_DIM" "$*" "$C_OFF"; }

# die TOOL WHAT-TO-DO [LOG]: stop with one clear message naming the tool, and the log's tail.
die() {
  local tool="$1" advice="$2" log="${3:-}"
  {
    printf '\n%sERROR: %s%s\n' "$C_RED$C_BOLD" "$tool" "$C_OFF"
    printf '  %s\n' "$advice"
    if [ -n "$log" ] && [ -s "$log" ]; then
      printf '  Last lines of %s:\n' "$log"
      tail -n 15 "$log" | sed 's/^/    | /'
    fi
  } >&2
  exit 1
}

# The wasm-bindgen version pinned in Cargo.lock (the CLI must match it exactly).
wasm_bindgen_lock_version() {
  awk '/^\[\[package\]\]/{n=""} /^name = "wasm-bindgen"$/{n=1; next} n && /^version = /{gsub(/"/,"",$3); print $3; exit}' \
    "$ROOT/Cargo.lock"
}

# release_build CMD...: runs CMD (a `trunk build --release`) with the size settings of the wasm
# the reader downloads. std is rebuilt from source (rust-src, added by setup.sh) so that a panic
# aborts at once instead of formatting a message (`-Cpanic=immediate-abort`), with no source
# locations in the binary and `{:?}` formatting compiled out (nothing a reader sees uses it).
# Together ≈ 14 KB gzip off the reader's first load (docs/size.md). These are unstable flags, so
# the build runs with RUSTC_BOOTSTRAP=1 on the stable toolchain. A panic then reaches the page as
# a wasm trap, which web/loader.js turns into the error panel. Dev builds (`trunk serve`) and
# tests keep the ordinary std.
#
# The trick is fail-safe: a release build never fails because of it. Where it cannot apply (no
# rust-src, std's dependencies not fetchable, a toolchain that refuses the flags) the build uses
# the ordinary std, and if the build with it fails anyway it is run once more without it. Each
# case prints one line; the size report (scripts/size.mjs) names the cost. CHIP_PATHS_PLAIN_STD=1
# or CHIP_PATHS_NO_SIZE_TRICKS=1 (which also turns off post-build.mjs's) skip it.
STD_TRICK_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"
STD_TRICK_COST="about 14 KB gzip larger (docs/size.md)"

# Whether the toolchain has the standard library's source (the rust-src component).
has_rust_src() {
  [ -d "$(rustc --print sysroot)/lib/rustlib/src/rust/library/std" ]
}

# std_trick_blocker: prints why the rebuilt std cannot be used here and succeeds, or prints
# nothing and fails when it can be tried.
std_trick_blocker() {
  if ! has_rust_src; then
    echo "rust-src is missing (scripts/setup.sh could not add it)"
    return 0
  fi
  # Trunk runs cargo --offline, so std's own dependencies must already be in cargo's cache: a
  # fresh machine has none of them (cargo then fails with "no matching package named moto-rt").
  # Fetching them takes a second once they are cached.
  local library
  library="$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
  if ! RUSTC_BOOTSTRAP=1 cargo fetch --manifest-path "$library" >"$LOG_DIR/std-fetch.log" 2>&1; then
    echo "std's dependencies could not be fetched, see $LOG_DIR/std-fetch.log"
    return 0
  fi
  # The flags are unstable: a new toolchain may rename or drop them (as it did
  # -Zbuild-std-features=panic_immediate_abort). rustc checks them in a fraction of a second.
  # shellcheck disable=SC2086
  if ! RUSTC_BOOTSTRAP=1 rustc --target wasm32-unknown-unknown $STD_TRICK_RUSTFLAGS --print cfg \
    >"$LOG_DIR/std-flags.log" 2>&1; then
    echo "$(rustc --version) refuses the flags: $(grep -m1 error "$LOG_DIR/std-flags.log")"
    return 0
  fi
  return 1
}

release_build() {
  if [ -n "${CHIP_PATHS_PLAIN_STD:-}${CHIP_PATHS_NO_SIZE_TRICKS:-}" ]; then
    note "size trick \"std rebuilt for size\" off (CHIP_PATHS_PLAIN_STD / CHIP_PATHS_NO_SIZE_TRICKS)"
    "$@"
    return
  fi
  local blocker
  if blocker="$(std_trick_blocker)"; then
    note "size trick \"std rebuilt for size\" does not apply: $blocker; building with the ordinary std, $STD_TRICK_COST"
    "$@"
    return
  fi
  if RUSTC_BOOTSTRAP=1 \
    CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$STD_TRICK_RUSTFLAGS" \
    "$@"; then
    return 0
  fi
  # A failure of our own code fails again below, with the ordinary std's messages.
  note "size trick \"std rebuilt for size\": the release build failed with it (output above); building again with the ordinary std, $STD_TRICK_COST"
  "$@"
}

# Run as root, or through sudo when available (CI runs as root).
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 127; fi
}
export RUST_LIB_BACKTRACE=0  # Trunk errors: one message, not an anyhow backtrace (panics keep RUST_BACKTRACE)
