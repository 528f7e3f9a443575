#!/bin/sh
# Install Debian's chromium for the report's browser test. Playwright drives it through
# executable_path; Playwright's own browser downloads are never used.
# Idempotent and quiet: does nothing when /usr/bin/chromium is already there, and prints
# apt's output only when the install fails.
set -eu

if [ -x /usr/bin/chromium ]; then
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT

export DEBIAN_FRONTEND=noninteractive
if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium; } >"$log" 2>&1; then
    cat "$log" >&2
    echo "install-chromium: apt-get failed" >&2
    exit 1
fi

if [ ! -x /usr/bin/chromium ]; then
    echo "install-chromium: /usr/bin/chromium still missing after apt-get install" >&2
    exit 1
fi
