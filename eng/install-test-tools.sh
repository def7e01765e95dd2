#!/usr/bin/env bash
# Installs the real servers and tools the tests use, only where missing: Debian packages (python3,
# redis-server, chromium for the web page's tests) and npm packages (Azurite) into .test-tools/ beside
# the solution, where the tests find them.
set -euo pipefail
cd "$(dirname "$0")/.."
tools="$(pwd)/.test-tools"

missing=()
command -v python3 >/dev/null 2>&1 || missing+=(python3)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v node >/dev/null 2>&1 || missing+=(nodejs npm)
# Debian's Chromium: the web tests drive /usr/bin/chromium through Microsoft.Playwright (which ships its own driver).
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} (Debian packages)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

azurite_version=3.37.0
if [ "$(cat "$tools/azurite/version" 2>/dev/null)" != "$azurite_version" ]; then
  echo "Installing azurite@$azurite_version (npm) into .test-tools/azurite"
  rm -rf "$tools/azurite"
  mkdir -p "$tools/azurite"
  npm install --prefix "$tools/azurite" --no-audit --no-fund --loglevel=error "azurite@$azurite_version" >/dev/null
  echo "$azurite_version" > "$tools/azurite/version"
fi
