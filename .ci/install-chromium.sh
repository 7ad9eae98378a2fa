#!/bin/sh
# Installs Debian's chromium for the HTML audit report's browser test (test/audit-html.test.ts),
# which drives it with playwright-core. Does nothing when it is already there; quiet unless it fails.
set -eu

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-chromium: apt-get not found; install chromium at /usr/bin/chromium by hand (the browser test is skipped without it)" >&2
  exit 1
fi

# Root in CI containers; sudo on hosted runners.
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
export DEBIAN_FRONTEND=noninteractive
if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "install-chromium: apt-get install chromium failed" >&2
  exit 1
fi

if [ ! -x /usr/bin/chromium ]; then
  echo "install-chromium: chromium installed but /usr/bin/chromium is missing" >&2
  exit 1
fi
