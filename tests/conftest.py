"""Shared fixtures: paths, the schema, the shared checker, and the example digest (computed once).

The tests run from a plain clone: what they need ships with the project (the schema in
``storylens/resources``, the example in ``examples/``). Tests that score against ``../shared``
(the gold annotations and their checker) skip with a reason when it is not beside the clone.
"""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLE = ROOT / "examples" / "mqm-karachi-raid"
DISPUTED = ROOT / "tests" / "fixtures" / "lahore-protest"  # three reports that disagree on clear figures
SCHEMA = Path(str(resources.files("storylens.resources") / "digest.schema.json"))


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """Run ``storylens`` as a user would, in a fresh process."""
    return subprocess.run([sys.executable, "-m", "storylens.cli", *args], input=stdin, capture_output=True,
                          cwd=cwd, timeout=600)


def needs_shared(path: Path) -> Path:
    """``path`` inside ../shared, or skip the test: a plain clone has nothing beside it."""
    if not path.exists():
        pytest.skip(f"{path} is not there (no ../shared beside this clone)")
    return path


@pytest.fixture(scope="session")
def checker():
    """The shared scorer, ../shared/tools/digest_check.py."""
    from storylens.errors import InputError
    from storylens.evaluate import load_checker

    try:
        return load_checker()
    except InputError as err:
        pytest.skip(f"the shared checker is not there: {err}")


@pytest.fixture(scope="session")
def schema() -> dict:
    """The digest's JSON schema as the package ships it (kept equal to ../shared/spec's by test_schema)."""
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def expected() -> dict:
    path = needs_shared(SHARED / "examples" / "mqm-karachi-raid" / "expected.json")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def example_digest() -> dict:
    """The example cluster's digest as the CLI prints it."""
    result = run_cli("digest", str(EXAMPLE), "--format", "json")
    assert result.returncode == 0, result.stderr.decode()
    return json.loads(result.stdout)
