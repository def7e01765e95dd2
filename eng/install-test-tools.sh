#!/usr/bin/env bash
# Installs the real servers and tools the tests use, only where missing (Debian packages, npm).
# Nothing here is needed yet beyond the .NET SDK and python3; later suites add redis-server, Azurite, Chromium.
set -euo pipefail
if ! command -v python3 >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq python3 >/dev/null
fi
