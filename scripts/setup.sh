#!/usr/bin/env bash
# Sets nap up on a fresh machine: a browser and fonts for PDFs, LibreOffice Calc for the tests of
# returned workbooks (from Debian/Ubuntu packages when missing), the pinned npm dependencies, and the build.
set -euo pipefail
cd "$(dirname "$0")/.."

have_browser() {
  if [ -n "${PUPPETEER_EXECUTABLE_PATH:-}" ] && [ -x "${PUPPETEER_EXECUTABLE_PATH}" ]; then return 0; fi
  for b in chromium chromium-browser google-chrome google-chrome-stable microsoft-edge; do
    command -v "$b" >/dev/null 2>&1 && return 0
  done
  return 1
}
have_fonts() { fc-list 2>/dev/null | grep -qi 'Liberation Sans'; }

need=()
have_browser || need+=(chromium)
have_fonts || need+=(fonts-liberation fonts-dejavu-core)
# The test suite traces the network calls of a real print (test/faults/phone-home.test.ts).
command -v strace >/dev/null 2>&1 || need+=(strace)
# Returns re-saved by LibreOffice Calc, as ministries do (test/collect/real-clients.test.ts).
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)

if [ "${#need[@]}" -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "nap setup: installing ${need[*]} from the system packages"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "nap setup: no apt-get here; install ${need[*]} (a Chrome, Chromium or Edge for PDFs, or set PUPPETEER_EXECUTABLE_PATH)" >&2
  fi
fi

npm ci --no-audit --no-fund
npm run build
