"""A generated hostile-input corpus through the CLI, batch and the web API: one clear error or a
digest, never a traceback or a 500. (``bench/hostile.py`` runs the same strategies 500+ times.)"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storylens.cli import main
from tests.conftest import ROOT
from tests.hostile import api_bodies, batch_lines, check_cli, check_http, files, json_texts, texts
from tests.test_web import start_server

# Derandomised: the same inputs on every run, so CI is repeatable; the bench explores further.
FAST = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def run_in_process(args: list[str], stdin: bytes | None = None) -> str | None:
    """The real CLI (its parsing and error handling), in this process so models load once."""
    result = CliRunner().invoke(main, args, input=stdin)
    return check_cli(result.exit_code, result.stdout_bytes, result.stderr_bytes, result.exception)


@FAST
@given(files(), st.sampled_from(["json", "md", "html"]))
def test_cli_hostile_files(named, fmt):
    name, data = named
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        problem = run_in_process(["digest", str(path), "--format", fmt])
        if problem and fmt != "json":  # check_cli reads JSON; other formats only need exit 0 and no trace
            problem = None if problem.startswith("exit 0 without") else problem
    assert problem is None, (name, data[:200])


@settings(FAST, max_examples=25)
@given(st.one_of(texts(), json_texts()))
def test_cli_hostile_stdin(text):
    problem = run_in_process(["digest", "-"], stdin=text.encode("utf-8", "surrogatepass"))
    assert problem is None, text[:200]


@settings(FAST, max_examples=2)
@given(st.lists(batch_lines(), min_size=12, max_size=16))
def test_batch_hostile_lines(lines):
    with tempfile.TemporaryDirectory() as tmp:
        source, out = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        source.write_bytes(("\n".join(lines) + "\n").encode("utf-8", "surrogatepass"))
        result = subprocess.run([sys.executable, "-m", "storylens.cli", "digest", "--batch", str(source), "-o",
                                 str(out), "--workers", "2"], cwd=ROOT, capture_output=True, timeout=900)
        assert result.returncode in (0, 1), result.stderr.decode()[-2000:]
        assert b"Traceback" not in result.stderr
        records = [json.loads(line) for line in out.read_text(encoding="utf-8").split("\n") if line]
        expected = sum(1 for line in lines if line.strip())
        assert len(records) == expected
        assert all(("summary" in r) != ("error" in r) for r in records)


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    base, proc = start_server(tmp_path_factory.mktemp("hostile"), "--timeout", "60")
    yield base
    proc.terminate()
    proc.wait(timeout=30)


@settings(FAST, max_examples=60)
@given(api_bodies())
def test_api_hostile_bodies(hostile_server, request_body):
    kind, body = request_body
    headers = {"content-type": kind} if kind else {}
    response = httpx.post(f"{hostile_server}/api/digest", content=body, headers=headers, timeout=120)
    problem = check_http(response.status_code, response.content)
    assert problem is None, body[:300]


@settings(FAST, max_examples=30)
@given(st.lists(files(), min_size=1, max_size=3), st.lists(texts(), max_size=2))
def test_form_hostile_uploads(hostile_server, uploads, pasted):
    response = httpx.post(f"{hostile_server}/digest", files=[("files", u) for u in uploads],
                          data={"article": [p.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
                                            for p in pasted]}, timeout=120)
    assert response.status_code in (303, 400, 413, 503, 504), response.text[:300]
    assert "Traceback" not in response.text
