#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (never a downloaded browser). Installs it when missing and
# possible (root with apt-get); otherwise says what to do and fails, so no browser test is skipped.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium_path" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "lika: installing Chromium from Debian's packages for the browser tests" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
  exit 0
fi
echo "lika: the browser tests need Chromium at $chromium_path. Install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
exit 1
