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
# Together ≈ 16 KB gzip off the wasm (docs/size.md). These are unstable flags, so the build
# runs with RUSTC_BOOTSTRAP=1 on the pinned stable toolchain. A panic then reaches the page as
# a wasm trap, which web/loader.js turns into the error panel. Dev builds (`trunk serve`) and
# tests keep the ordinary std. CHIP_PATHS_PLAIN_STD=1 builds a release with the ordinary std, as
# does a machine where rust-src could not be added.
# Whether the toolchain has the standard library's source (the rust-src component).
has_rust_src() {
  [ -d "$(rustc --print sysroot)/lib/rustlib/src/rust/library/std" ]
}

release_build() {
  if [ -n "${CHIP_PATHS_PLAIN_STD:-}" ]; then
    "$@"
    return
  fi
  if ! has_rust_src; then
    note "rust-src is missing (scripts/setup.sh could not add it): building with the ordinary std, a larger wasm"
    "$@"
    return
  fi
  # Trunk runs cargo --offline, so std's own dependencies must already be in cargo's cache: a
  # fresh machine has none of them (cargo then fails with "no matching package named moto-rt").
  # Fetching them takes a second once they are cached.
  local library
  library="$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
  if ! RUSTC_BOOTSTRAP=1 cargo fetch --manifest-path "$library" >"$LOG_DIR/std-fetch.log" 2>&1; then
    note "could not fetch std's dependencies (see $LOG_DIR/std-fetch.log): building with the ordinary std, a larger wasm"
    "$@"
    return
  fi
  RUSTC_BOOTSTRAP=1 \
    CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none" \
    "$@"
}

# Run as root, or through sudo when available (CI runs as root).
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 127; fi
}
export RUST_LIB_BACKTRACE=0  # Trunk errors: one message, not an anyhow backtrace (panics keep RUST_BACKTRACE)
