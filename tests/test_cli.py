"""The command line end to end: formats, inputs, batch mode, and clear errors for bad input."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import jsonschema
import pytest

from storylens.disputes import REPORT
from storylens.model import DEFAULT_WORDS
from storylens.select import OVERSHOOT
from tests.conftest import DISPUTED, EXAMPLE, run_cli


def test_example_digest_matches_the_schema(example_digest, schema):
    jsonschema.validate(example_digest, schema)
    assert [a["source"] for a in example_digest["articles"]] == sorted(p.name for p in EXAMPLE.glob("*.txt"))


def test_summary_length_and_citations(example_digest):
    """About the default budget of words: the last sentence may run over it by ``OVERSHOOT``."""
    words = sum(len(s["text"].split()) for s in example_digest["summary"])
    assert 180 <= words <= DEFAULT_WORDS + OVERSHOOT
    for sentence in example_digest["summary"]:
        assert sentence["cites"], sentence


def test_summary_numbers_all_come_from_the_sources(example_digest):
    source = " ".join(s for a in example_digest["articles"] for s in a["sentences"])
    import re

    for sentence in example_digest["summary"]:
        for number in re.findall(r"\d[\d,.]*", sentence["text"]):
            assert number.rstrip(".,") in source


def test_markdown_and_html_formats(tmp_path):
    md = run_cli("digest", str(EXAMPLE), "--format", "md")
    assert md.returncode == 0
    text = md.stdout.decode()
    assert text.startswith("# ") and "## Summary" in text
    out = tmp_path / "report.html"
    html = run_cli("digest", str(EXAMPLE), "--format", "html", "-o", str(out))
    assert html.returncode == 0 and html.stdout == b""
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "<style>" in page
    assert "http://" not in page.split("<main>")[0] and "https://" not in page.split("<main>")[0]


def test_words_option_changes_length():
    short = json.loads(run_cli("digest", str(EXAMPLE), "--words", "80").stdout)
    words = sum(len(s["text"].split()) for s in short["summary"])
    assert 40 <= words <= 120


def test_inputs_json_stdin_and_multinews(tmp_path):
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLE.glob("*.txt"))]
    as_json = tmp_path / "cluster.json"
    as_json.write_text(json.dumps([{"text": t, "source": f"outlet{i}", "published": "2015-03-11"}
                                   for i, t in enumerate(texts)]), encoding="utf-8")
    result = json.loads(run_cli("digest", str(as_json)).stdout)
    assert [a["source"] for a in result["articles"]] == ["outlet0", "outlet1", "outlet2"]
    assert result["articles"][0]["published"] == "2015-03-11"
    joined = "\n|||||\n".join(texts).encode()
    piped = json.loads(run_cli("digest", "-", stdin=joined).stdout)
    assert len(piped["articles"]) == 3


def test_html_input_extracts_main_text(tmp_path):
    page = tmp_path / "story.html"
    body = "".join(f"<p>{t}</p>" for t in (EXAMPLE / "001_7a46d21374bc8651.txt").read_text().split("\n") if t)
    page.write_text(f"<html><head><title>Raid on MQM</title><meta property='og:site_name' content='CNN'></head>"
                    f"<body><nav>Home | World | Sport</nav><article><h1>Raid on MQM</h1>{body}</article>"
                    f"<footer>Leave a Reply</footer></body></html>", encoding="utf-8")
    result = json.loads(run_cli("digest", str(page), str(EXAMPLE / "000_39cabc799eaadace.txt")).stdout)
    first = result["articles"][0]
    assert first["title"] == "Raid on MQM" and first["source"] == "CNN"
    assert any("five men" in s for s in first["sentences"])
    assert not any("Home | World" in s for s in first["sentences"])


def test_batch_reports_a_bad_line_and_goes_on(tmp_path):
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLE.glob("*.txt"))]
    batch = tmp_path / "batch.jsonl.gz"
    with gzip.open(batch, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "good", "articles": [{"text": t} for t in texts], "summary": "x"}) + "\n")
        handle.write("{not json\n")
        handle.write(json.dumps({"id": "empty", "articles": []}) + "\n")
    out = tmp_path / "out.jsonl"
    result = run_cli("digest", "--batch", str(batch), "-o", str(out), "--workers", "2")
    assert result.returncode == 1
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r.get("id") for r in records] == ["good", None, "empty"]
    assert "summary" in records[0] and "error" in records[1] and "error" in records[2]
    assert "Traceback" not in result.stderr.decode()


@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"   \n\n", "empty"),
    ("binary.txt", b"\x00\x01\x02PNG", "binary"),
    ("latin1.txt", "Caf\u00e9 na\u00efve".encode("latin-1"), "UTF-8"),
    ("bad.json", b"{\"text\": ", "invalid JSON"),
    ("bad.jsonl", b"{\"text\": \"a\"}\n{oops\n", "bad.jsonl:2: invalid JSON"),
    # one document broken on its second line: the line where it breaks, not its first
    ("broken.json", b"{\"articles\": [\n{\"text\": oops}]}", "broken.json:2: invalid JSON"),
    ("notext.json", b"{\"title\": \"x\"}", "text"),
    ("story.pdf", b"%PDF-1.4", "unknown file type"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    result = run_cli("digest", str(path))
    err = result.stderr.decode().strip()
    assert result.returncode == 2
    assert len(err.splitlines()) == 1 and message in err and name in err
    assert "Traceback" not in err


def test_missing_path_and_empty_directory(tmp_path):
    missing = run_cli("digest", str(tmp_path / "nope"))
    assert missing.returncode == 2 and "no such file" in missing.stderr.decode()
    empty = run_cli("digest", str(tmp_path))
    assert empty.returncode == 2 and "directory" in empty.stderr.decode()


def test_single_article_long_article_and_non_english(tmp_path):
    one = run_cli("digest", str(EXAMPLE / "001_7a46d21374bc8651.txt"))
    assert one.returncode == 0 and "only one article" in one.stderr.decode()
    assert json.loads(one.stdout)["summary"]
    text = (EXAMPLE / "000_39cabc799eaadace.txt").read_text(encoding="utf-8")
    big = tmp_path / "big.txt"
    big.write_text((text + "\n\n") * 1600, encoding="utf-8")  # about 5 MB
    assert big.stat().st_size > 4_000_000
    long = run_cli("digest", str(big), str(EXAMPLE / "001_7a46d21374bc8651.txt"))
    assert long.returncode == 0 and "very long" in long.stderr.decode()
    german = tmp_path / "de.txt"
    german.write_text("Die Polizei hat am Dienstag die Zentrale der Partei durchsucht. Dabei wurden zwanzig "
                      "Menschen festgenommen. Ein Sprecher sagte, niemand sei getötet worden.", encoding="utf-8")
    other = run_cli("digest", str(german), str(german))
    assert other.returncode == 0 and "English" in other.stderr.decode()


def test_eval_rouge_scores_against_the_summary(tmp_path):
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLE.glob("*.txt"))]
    data = tmp_path / "clusters.jsonl"
    reference = ("– Pakistani paramilitary troops raided the headquarters of the MQM party in Karachi, arresting "
                 "dozens and seizing weapons. The party says one worker was killed; the Rangers deny it.")
    data.write_text(json.dumps({"id": "x", "articles": [{"text": t} for t in texts], "summary": reference}) + "\n")
    result = run_cli("eval", "rouge", str(data), "--workers", "1", "--json")
    assert result.returncode == 0, result.stderr.decode()
    scores = json.loads(result.stdout)
    assert scores["clusters"] == 1 and 0 < scores["rouge2"] < scores["rouge1"] <= 100
    assert {"rougeL", "rougeLsum", "words", "seconds_per_cluster"} <= set(scores)


def test_the_digest_is_the_same_from_run_to_run():
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    outputs = {subprocess.run([sys.executable, "-m", "storylens.cli", "digest", str(EXAMPLE)], cwd=ROOT,
                              capture_output=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
               for seed in ("1", "2")}
    assert len(outputs) == 1


def test_a_url_argument_points_to_url_input():
    result = run_cli("digest", "https://example.com/story.html", str(EXAMPLE))
    err = result.stderr.decode().strip()
    assert result.returncode == 2 and len(err.splitlines()) == 1
    assert err.startswith("storylens: error: https://example.com/story.html: a web address")
    assert "storylens serve" in err and "urls" in err


def test_a_short_article_from_stdin_gets_a_summary_and_hello_is_not_called_foreign():
    two = run_cli("digest", "-", stdin=b"Police arrested two men.\n\nBoth were released.")
    assert two.returncode == 0
    assert [s["text"] for s in json.loads(two.stdout)["summary"]] == ["Police arrested two men.", "Both were released."]
    hello = run_cli("digest", "-", stdin=b"Hello.")
    assert hello.returncode == 0 and json.loads(hello.stdout)["summary"]
    assert "English" not in hello.stderr.decode()


def test_sqlite_side_files_are_ignored_by_git(tmp_path):
    import subprocess

    from tests.conftest import ROOT

    names = ["storylens.sqlite3", "storylens.sqlite3-wal", "storylens.sqlite3-shm", "x/db.sqlite3-journal"]
    ignored = subprocess.run(["git", "check-ignore", "--no-index", *names], cwd=ROOT, capture_output=True, text=True)
    assert ignored.stdout.split() == names


def test_min_confidence_is_the_dispute_threshold():
    """The default reports only the surest rows; the setting trades them for more, less sure ones."""
    def disputes(*flags: str, cluster: Path = DISPUTED) -> list[dict]:
        done = run_cli("digest", str(cluster), *flags)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)["disputes"]

    default = disputes()
    assert len(default) >= 2 and all(d["confidence"] >= min(REPORT.values()) for d in default)
    # The example's disputes score lower (docs/disputes.md): a lower setting shows more of them,
    # each scored at least the setting.
    usual = disputes(cluster=EXAMPLE)
    strict, loose = (disputes("--min-confidence", bar, cluster=EXAMPLE) for bar in ("0.5", "0.05"))
    assert {d["topic"] for d in usual} <= {d["topic"] for d in strict} < {d["topic"] for d in loose}
    assert all(d["confidence"] >= 0.5 for d in strict) and all(d["confidence"] >= 0.05 for d in loose)
    bad = run_cli("digest", str(DISPUTED), "--min-confidence", "1.5")
    assert bad.returncode == 2 and b"Traceback" not in bad.stderr and b"--min-confidence" in bad.stderr
