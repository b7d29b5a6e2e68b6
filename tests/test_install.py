"""install.sh checks what the tests need and fails loudly, saying what to run, when something is missing."""

from __future__ import annotations

import os
import subprocess

from tests.conftest import ROOT


def check(**env: str) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", str(ROOT / "install.sh"), "--check"], capture_output=True, text=True, timeout=300,
                          env={**os.environ, **env})


def test_install_check_passes_on_this_install():
    result = check()
    assert result.returncode == 0, result.stderr
    assert "storylens is ready" in result.stdout


def test_a_missing_chromium_fails_the_install_and_says_what_to_run(tmp_path):
    result = check(STORYLENS_CHROMIUM=str(tmp_path / "no-chromium"))
    assert result.returncode == 1
    assert "Chromium is missing" in result.stderr and "apt-get install chromium" in result.stderr
    assert "./install.sh" in result.stderr and "storylens is ready" not in result.stdout
