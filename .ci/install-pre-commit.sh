#!/bin/sh
# Installs Debian's pre-commit (3.0.4 on bookworm) for the pre-commit framework test
# (test/pre-commit.test.ts), which installs sealgate's hooks through a local `repo:` and commits.
# Does nothing when pre-commit is already on PATH; quiet unless it fails.
set -eu

if command -v pre-commit >/dev/null 2>&1; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-pre-commit: apt-get not found; install pre-commit by hand (e.g. pipx install pre-commit)" >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
export DEBIAN_FRONTEND=noninteractive
if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends pre-commit; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "install-pre-commit: apt-get install pre-commit failed" >&2
  exit 1
fi
