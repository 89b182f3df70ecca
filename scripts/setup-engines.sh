#!/usr/bin/env bash
# Install what the cross-engine suite (e2e/engines/) needs beside Chromium, skipping whatever is
# already present: Debian's Firefox ESR (driven over WebDriver BiDi, which Firefox serves itself,
# so no geckodriver), WebKitGTK's WebKitWebDriver with its MiniBrowser, and Xvfb (WebKitGTK has
# no headless mode). The npm side (ws, for the BiDi socket) comes with `npm ci` in setup.sh.
# Each failure stops with a message naming the tool and what to do; logs in .tools/logs/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

started=$(date +%s)

# Where Debian puts each tool; e2e/engines/engines.mjs looks in the same places (env vars override).
FIREFOX="${FIREFOX:-/usr/bin/firefox-esr}"
WEBKIT_WEBDRIVER="${WEBKIT_WEBDRIVER:-/usr/bin/WebKitWebDriver}"
XVFB="${XVFB:-/usr/bin/Xvfb}"

missing=()
[ -x "$FIREFOX" ] || missing+=(firefox-esr)
[ -x "$WEBKIT_WEBDRIVER" ] || missing+=(webkit2gtk-driver)
[ -x "$XVFB" ] || missing+=(xvfb)

if [ "${#missing[@]}" -eq 0 ]; then
  note "Firefox ESR, WebKitWebDriver and Xvfb: present"
else
  say "Installing Debian's ${missing[*]} (apt-get; a few minutes on a fresh machine)"
  log="$LOG_DIR/apt-engines.log"
  {
    as_root apt-get update &&
      as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  } >"$log" 2>&1 ||
    die "${missing[*]} (browser engines for e2e/engines/)" \
      "'apt-get install ${missing[*]}' failed (it needs root or sudo and a Debian apt source). Install them so that $FIREFOX, $WEBKIT_WEBDRIVER and $XVFB exist, or point FIREFOX / WEBKIT_WEBDRIVER / XVFB at them, then re-run." \
      "$log"
  for tool in "$FIREFOX:firefox-esr" "$WEBKIT_WEBDRIVER:webkit2gtk-driver" "$XVFB:xvfb"; do
    [ -x "${tool%%:*}" ] ||
      die "${tool#*:}" "apt-get finished but ${tool%%:*} is missing. Install Debian's '${tool#*:}' package."
  done
fi

# The npm client for the BiDi socket (package.json devDependency, installed by `npm ci`).
[ -f "$ROOT/node_modules/ws/package.json" ] ||
  die "ws (npm)" "node_modules/ws is missing: run 'npm ci' in $ROOT (or scripts/setup.sh test)."

# WebKitWebDriver has no --version; the package says which WebKitGTK it drives.
webkit_version="$(dpkg-query -W -f='${Version}' webkit2gtk-driver 2>/dev/null || echo unknown)"
say "Engines ready in $(($(date +%s) - started)) s: $("$FIREFOX" --version 2>/dev/null | head -n 1), WebKitGTK $webkit_version"
