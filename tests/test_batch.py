"""Batch faults (issue 12, item 5): a dead worker, a killed batch and --resume, bad lines, and the
input given as the output. Real processes and real kill -9."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import EXAMPLE, ROOT, run_cli

TEXTS = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLE.glob("*.txt"))]


def write_batch(path: Path, count: int, repeat: int = 1) -> list[str]:
    """``count`` clusters (the example, its articles ``repeat`` times as long), ids c0, c1, …"""
    ids = [f"c{i}" for i in range(count)]
    with open(path, "w", encoding="utf-8") as out:
        for i, cid in enumerate(ids):
            articles = [{"text": "\n\n".join([t] * repeat) + f"\n\nThis is cluster {i}."} for t in TEXTS]
            out.write(json.dumps({"id": cid, "articles": articles}) + "\n")
    return ids


def start_batch(source: Path, out: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "storylens.cli", "digest", "--batch", str(source), "-o", str(out),
                             *extra], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def workers_of(pid: int) -> list[int]:
    """The worker processes of a batch (children running multiprocessing's spawn_main)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
                cmdline = (entry / "cmdline").read_bytes()
            except (OSError, IndexError):
                continue
            if ppid == pid and b"spawn_main" in cmdline:
                found.append(int(entry.name))
    return found


def lines_in(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def wait_for(condition, seconds: float = 300) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]


def test_a_dead_worker_becomes_an_error_record_and_the_batch_goes_on(tmp_path):
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    ids = write_batch(source, 5, repeat=3)  # seconds a cluster: the workers are busy when one is killed
    batch = start_batch(source, out, "--workers", "2")
    wait_for(lambda: lines_in(out) >= 1)
    victim = workers_of(batch.pid)[0]
    os.kill(victim, signal.SIGKILL)
    _, err = batch.communicate(timeout=600)
    assert batch.returncode == 1, err.decode()
    assert b"Traceback" not in err
    got = records(out)
    assert [r["id"] for r in got] == ids  # every cluster once, in order
    failed = [r for r in got if "error" in r]
    assert len(failed) == 1 and "killed by signal 9" in failed[0]["error"]
    assert victim not in workers_of(batch.pid)


def test_kill_9_then_resume_gives_every_cluster_exactly_once(tmp_path):
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    ids = write_batch(source, 10)
    batch = start_batch(source, out, "--workers", "2")
    wait_for(lambda: lines_in(out) >= 3)
    workers = workers_of(batch.pid)
    batch.send_signal(signal.SIGKILL)
    batch.wait(timeout=30)
    wait_for(lambda: not any(Path(f"/proc/{w}").exists() for w in workers), 10)  # they die with it
    done = lines_in(out)
    assert 3 <= done < len(ids)
    resumed = run_cli("digest", "--batch", str(source), "-o", str(out), "--workers", "2", "--resume")
    assert resumed.returncode == 0, resumed.stderr.decode()
    got = records(out)
    assert [r["id"] for r in got] == ids and all("summary" in r for r in got)
    again = run_cli("digest", "--batch", str(source), "-o", str(out), "--resume")  # nothing left to do
    assert again.returncode == 0 and [r["id"] for r in records(out)] == ids


def test_resume_drops_a_partial_last_line_and_refuses_another_input(tmp_path):
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    ids = write_batch(source, 3)
    assert run_cli("digest", "--batch", str(source), "-o", str(out)).returncode == 0
    whole = out.read_bytes()
    first = whole.split(b"\n")[0] + b"\n"
    out.write_bytes(first + whole.split(b"\n")[1][:500])  # killed while writing the second record
    assert run_cli("digest", "--batch", str(source), "-o", str(out), "--resume").returncode == 0
    assert [r["id"] for r in records(out)] == ids
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"id": "zzz", "articles": [{"text": TEXTS[0]}]}) + "\n")
    refused = run_cli("digest", "--batch", str(other), "-o", str(out), "--resume")
    assert refused.returncode == 2 and "does not continue this input" in refused.stderr.decode()
    assert [r["id"] for r in records(out)] == ids  # the output is untouched


def test_the_input_as_the_output_is_refused(tmp_path):
    source = tmp_path / "in.jsonl"
    write_batch(source, 1)
    before = source.read_bytes()
    for target in (str(source), str(tmp_path / "." / "in.jsonl")):
        result = run_cli("digest", "--batch", str(source), "-o", target)
        assert result.returncode == 2 and "is the input file" in result.stderr.decode()
    assert source.read_bytes() == before


def test_every_bad_line_is_an_error_record(tmp_path):
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    lines = [json.dumps({"id": "good", "articles": [{"text": t} for t in TEXTS]}).encode(),
             b"[" * 50_000,
             b'{"id": "big", "articles": [], "n": ' + b"7" * 4_400 + b"}",
             b"\xff\xfe not utf-8",
             b'"just a string"',
             b'{"id": "empty", "articles": []}',
             json.dumps({"id": "nested", "articles": [{"text": {"a": [1, 2]}}]}).encode(),
             json.dumps({"id": "surrogate", "articles": [{"text": "The mayor said \ud800 it reopened."}]}).encode(),
             json.dumps({"id": "last", "articles": [{"text": TEXTS[1]}]}).encode(),
             b'{"id": "deep", "articles": [{"text": "' + TEXTS[2][:2000].encode("unicode_escape").replace(b'"', b"'")
             + b'", "title": ' + b"[" * 900 + b"]" * 900 + b"}]}"]
    source.write_bytes(b"\n".join(lines) + b"\n")
    result = run_cli("digest", "--batch", str(source), "-o", str(out), "--workers", "2")
    assert result.returncode == 1 and b"Traceback" not in result.stderr
    got = records(out)
    assert len(got) == len(lines)
    assert [("summary" in r) for r in got] == [True, False, False, False, False, False, False, True, True, True]
    assert "nested too deeply" in got[1]["error"] and "too large" in got[2]["error"]
    assert len(got[9]["articles"][0]["title"]) == 1000  # deep, but JSON could read it; the title is cut
    assert "UTF-8" in got[3]["error"] and got[7]["id"] == "surrogate"
