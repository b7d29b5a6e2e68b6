#!/usr/bin/env bash
# Install storylens and everything its tests need: a virtual environment in .venv with the
# package, its bundled-weight models and dev tools, and Debian's Chromium for the browser tests.
# Ends non-zero, saying what to run, when anything the tests need is missing afterwards.
#
#   ./install.sh            install, then check
#   ./install.sh --check    only check what is installed
set -euo pipefail
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python3}
CHROMIUM=${STORYLENS_CHROMIUM:-/usr/bin/chromium}  # the browser tests drive this one

fail() {
  echo "install.sh: error: $*" >&2
  exit 1
}

install_python() {
  if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv || fail "could not make .venv with $PYTHON; install python3-venv (apt-get install python3-venv) and run ./install.sh again"
  fi
  .venv/bin/python -m pip install --quiet --upgrade pip || fail "pip could not upgrade itself in .venv; see the messages above, then run ./install.sh again"
  .venv/bin/python -m pip install --quiet -e ".[dev]" || fail "pip could not install storylens and its dependencies; see the messages above, then run ./install.sh again"
}

install_chromium() {
  [ -x "$CHROMIUM" ] && return 0
  if [ "$(id -u)" != 0 ]; then
    fail "Chromium is missing at $CHROMIUM (the browser tests need it); run 'sudo apt-get install chromium', then ./install.sh again"
  fi
  # Not under `set -e` inside a condition, so test each step's status explicitly.
  if ! apt-get update -qq || ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; then
    fail "apt-get could not install Chromium (see the messages above: another apt-get running?); run 'apt-get install chromium', then ./install.sh again"
  fi
}

# What the tests need, checked after installing (or alone with --check).
check() {
  [ -x .venv/bin/python ] || fail ".venv is missing; run ./install.sh"
  .venv/bin/python - <<'PY' || fail "the Python packages above are missing or broken; run ./install.sh again"
import importlib, sys
problems = []
for name in ("storylens.web.app", "pytest", "playwright.sync_api"):  # the package, its web app, the test tools
    try:
        importlib.import_module(name)
    except Exception as err:  # an import that fails for any reason is a broken install
        problems.append(f"cannot import {name} ({err.__class__.__name__}: {err})")
if not problems:
    try:  # the models ship inside their wheels: loading them proves the install, offline
        from storylens.models import nlp, wordllama
        nlp(), wordllama()
    except Exception as err:
        problems.append(f"cannot load the models ({err.__class__.__name__}: {err})")
if problems:
    print("install.sh: " + "; ".join(problems), file=sys.stderr)
    sys.exit(1)
PY
  .venv/bin/ruff --version >/dev/null 2>&1 || fail "ruff is missing from .venv; run ./install.sh again"
  [ -x "$CHROMIUM" ] || fail "Chromium is missing at $CHROMIUM (the browser tests need it); run 'sudo apt-get install chromium', then ./install.sh again"
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --dump-dom about:blank >/dev/null 2>&1 \
    || fail "Chromium at $CHROMIUM does not start; reinstall it with 'sudo apt-get install --reinstall chromium'"
}

if [ "${1:-}" != "--check" ]; then
  install_python
  install_chromium
fi
check
echo "storylens is ready: .venv/bin/storylens (checked: the package, its models, the test tools and Chromium)"
