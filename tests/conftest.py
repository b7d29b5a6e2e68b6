"""Shared fixtures: paths, the shared checker, and the example digest (computed once)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLE = ROOT / "examples" / "mqm-karachi-raid"


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """Run ``storylens`` as a user would, in a fresh process."""
    return subprocess.run([sys.executable, "-m", "storylens.cli", *args], input=stdin, capture_output=True,
                          cwd=cwd, timeout=600)


@pytest.fixture(scope="session")
def checker():
    """The shared scorer, ../shared/tools/digest_check.py."""
    from storylens.evaluate import load_checker

    return load_checker()


@pytest.fixture(scope="session")
def schema() -> dict:
    return json.loads((SHARED / "spec" / "digest.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def expected() -> dict:
    return json.loads((SHARED / "examples" / "mqm-karachi-raid" / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def example_digest() -> dict:
    """The example cluster's digest as the CLI prints it."""
    result = run_cli("digest", str(EXAMPLE), "--format", "json")
    assert result.returncode == 0, result.stderr.decode()
    return json.loads(result.stdout)
