"""Issue 12's reproductions for the command line: linear work, bounded memory, the documented caps,
special files and encodings, and one clear line (never a traceback) for every client mistake."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
import zlib

import numpy as np
import pytest

from storylens import limits
from storylens.model import RawArticle
from tests.conftest import EXAMPLE, ROOT, run_cli

TEXTS = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLE.glob("*.txt"))]
ROOT_NO_CAPS = ["setpriv", "--bounding-set=-all", "--inh-caps=-all", "--"]  # root, subject to file permissions


def peak_mb(*args: str, stdin: bytes | None = None) -> tuple[int, subprocess.CompletedProcess]:
    """Run the CLI in a fresh process and return its peak resident memory in MB."""
    probe = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:], input=sys.stdin.buffer.read(), "
             "capture_output=True); sys.stdout.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)); "
             "sys.stderr.write(r.stderr.decode()); sys.exit(r.returncode)")
    result = subprocess.run([sys.executable, "-c", probe, sys.executable, "-m", "storylens.cli", *args],
                            input=stdin or b"", capture_output=True, cwd=ROOT, timeout=600)
    return int(result.stdout) // 1024, result


def one_error_line(result: subprocess.CompletedProcess, *words: str) -> str:
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert err.startswith("storylens: error: "), err
    for word in words:
        assert word in err, err
    return err


# 1. Quadratic cleaning ------------------------------------------------------------------------

def test_many_short_lines_are_cleaned_in_linear_time(tmp_path):
    """The issue's reproduction: 150,000 lines of 'x' took minutes (40,000 took 51 s)."""
    lines = tmp_path / "lines.txt"
    lines.write_text("x\n" * 150_000)
    result = subprocess.run([sys.executable, "-m", "storylens.cli", "digest", str(lines)], cwd=ROOT,
                            capture_output=True, timeout=120)
    assert b"Traceback" not in result.stderr
    assert result.returncode in (0, 2)


def test_long_runs_without_a_space_are_broken():
    """A 100,000-letter 'word' made clean's patterns backtrack quadratically; runs are cut to 200."""
    warnings: list[str] = []
    (article,) = limits.within_limits([RawArticle("A" * 90_000 + " end.")], warnings)
    assert max(len(w) for w in article.text.split()) == limits.MAX_RUN_CHARS
    assert article.text.replace(" ", "") == "A" * 90_000 + "end." and not warnings  # nothing is lost
    url = "https://example.com/2015/03/11/world/asia/pakistan-raid.html?ref=world"
    assert limits.within_limits([RawArticle(f"See {url} now.")], [])[0].text == f"See {url} now."


# 2. Memory ------------------------------------------------------------------------------------

def test_a_run_on_sentence_among_short_ones_stays_small(tmp_path):
    """7,000-word run-on sentence + 255 short ones: WordLlama padded every batch to it (4 GB)."""
    text = " ".join(["word"] * 7000) + ". " + " ".join(f"Officials said {i} roads were closed." for i in range(255))
    path = tmp_path / "runon.txt"
    path.write_text(text)
    mb, result = peak_mb("digest", str(path), str(sorted(EXAMPLE.glob("*.txt"))[0]))
    assert result.returncode == 0, result.stderr.decode()
    assert mb < 1500, mb


def test_vectors_use_the_first_tokens_of_a_long_sentence():
    from storylens.model import Article, Sentence
    from storylens.models import wordllama
    from storylens.represent import sentence_vectors

    long = " ".join(f"word{i % 50}" for i in range(3000))
    wordllama().tokenizer.no_truncation()
    offsets = wordllama().tokenizer.encode(long, add_special_tokens=False).offsets  # as WordLlama encodes
    assert len(offsets) > 3 * limits.MAX_VECTOR_TOKENS
    head = long[: offsets[limits.MAX_VECTOR_TOKENS - 1][1]]  # the text of the first 256 tokens
    article = Article("a1", [Sentence("a1", 0, long, 0), Sentence("a1", 1, "A short one.", 0),
                             Sentence("a1", 2, head, 0)])
    vectors = sentence_vectors([article])
    assert vectors.shape == (3, 256)
    assert np.allclose(vectors[0], vectors[2], atol=1e-5)  # the long sentence's vector is its head's
    alone = sentence_vectors([Article("a1", [Sentence("a1", 0, "A short one.", 0)])])
    assert np.allclose(vectors[1], alone[0], atol=1e-6)  # batching by length changes nothing


def test_a_file_with_nuls_after_the_first_block_stays_small(tmp_path):
    path = tmp_path / "nuls.txt"
    path.write_bytes(b"The mayor said the bridge would reopen. " * 300 + b"\x00" * 60_000)
    mb, result = peak_mb("digest", str(path))
    assert b"Traceback" not in result.stderr and result.returncode in (0, 2)
    assert mb < 1500, mb


def test_a_gzip_bomb_is_refused(tmp_path):
    """A .gz bomb is refused once it passes the 20 MB cap, without holding what it expands to."""
    bomb = tmp_path / "bomb.txt.gz"
    packer = zlib.compressobj(1, zlib.DEFLATED, 31)  # gzip framing
    block = b"\0" * (1 << 24)
    with open(bomb, "wb") as out:
        for _ in range(8):  # 8 x 16 MiB = 128 MiB here; bench/hostile.py gives it 1 GiB
            out.write(packer.compress(block))
        out.write(packer.flush())
    mb, result = peak_mb("digest", str(bomb))
    one_error_line(result, "expands to more than")
    assert mb < 300, mb


def test_special_files_are_refused_not_read(tmp_path):
    one_error_line(run_cli("digest", "/dev/zero"), "not a regular file")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    one_error_line(run_cli("digest", str(fifo)), "not a regular file")  # would block forever if opened


def test_a_file_over_the_cap_is_refused(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as out:
        out.truncate(limits.MAX_INPUT_BYTES + 1)
        out.seek(0)
        out.write(b"The bridge reopened. ")
    one_error_line(run_cli("digest", str(big)), "larger than")


# 8. The caps, the same everywhere ---------------------------------------------------------------

def test_more_than_20_articles_is_an_error_in_cli_and_batch(tmp_path):
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": f"Officials said {i} roads were closed on Monday."} for i in range(21)]))
    one_error_line(run_cli("digest", str(many)), "21 articles", "at most 20")
    batch = tmp_path / "batch.jsonl"
    batch.write_text(json.dumps({"id": "many", "articles": json.loads(many.read_text())}) + "\n")
    out = tmp_path / "out.jsonl"
    result = run_cli("digest", "--batch", str(batch), "-o", str(out))
    assert result.returncode == 1
    assert "at most 20" in json.loads(out.read_text())["error"]


def test_an_article_over_the_character_cap_is_cut_with_a_warning():
    warnings: list[str] = []
    long = (TEXTS[0] + "\n\n") * (limits.MAX_ARTICLE_CHARS // len(TEXTS[0]) + 2)
    cut, short = limits.within_limits([RawArticle(long, title="t" * 5000), RawArticle(TEXTS[1])], warnings)
    assert len(cut.text) == limits.MAX_ARTICLE_CHARS and long.startswith(cut.text) and short.text == TEXTS[1]
    assert len(cut.title) == limits.MAX_FIELD_CHARS
    assert warnings == ["article 1 is very long; only its first 100,000 characters were read"]


def test_an_article_over_the_sentence_cap_keeps_its_first_sentences():
    from storylens.annotate import annotate
    from storylens.clean import clean

    text = " ".join(f"The council met on day {i} and voted on the budget." for i in range(700))
    warnings: list[str] = []
    (article,) = annotate([clean(RawArticle(text))], warnings)
    assert len(article.sentences) == limits.MAX_ARTICLE_SENTENCES
    assert article.sentences[0].text.startswith("The council met on day 0 ")
    assert any("500 sentences" in w for w in warnings)


# 9. No traceback for client mistakes ------------------------------------------------------------

def test_lone_surrogates_give_valid_utf8(tmp_path):
    path = tmp_path / "s.json"
    path.write_text('[{"text": "The mayor said \\ud800 the bridge would reopen on Monday.", "title": "\\udfff x"},'
                    ' {"text": "Officials said the bridge \\ud83d\\ude00 reopened on Monday after repairs."}]')
    result = run_cli("digest", str(path))
    assert result.returncode == 0, result.stderr.decode()
    digest = json.loads(result.stdout.decode("utf-8"))  # strict UTF-8: no lone surrogate written
    assert "\ufffd" in digest["articles"][0]["sentences"][0] and digest["articles"][0]["title"] == "\ufffd x"
    assert "\U0001f600" in digest["articles"][1]["sentences"][0]  # a valid pair stays one character


@pytest.mark.parametrize("content, reason", [
    ("[" * 100_000, "nested too deeply"),
    ('{"text": "a b c.", "n": ' + "9" * 5000 + "}", "too large"),
])
def test_deep_and_huge_json_files(tmp_path, content, reason):
    path = tmp_path / "x.json"
    path.write_text(content)
    one_error_line(run_cli("digest", str(path)), reason)


def test_utf16_and_utf32_with_a_bom_are_read(tmp_path):
    paths = []
    for codec, bom, text in (("utf-16-le", b"\xff\xfe", TEXTS[0]), ("utf-16-be", b"\xfe\xff", TEXTS[1]),
                             ("utf-32-le", b"\xff\xfe\x00\x00", TEXTS[2])):
        paths.append(tmp_path / f"{codec}.txt")
        paths[-1].write_bytes(bom + text.encode(codec))
    result = run_cli("digest", *map(str, paths))
    assert result.returncode == 0, result.stderr.decode()
    sentences = [" ".join(a["sentences"]) for a in json.loads(result.stdout)["articles"]]
    assert "Nine Zero" in sentences[0] and "five men" in sentences[1] and "at least 27" in sentences[2]


def test_empty_path_is_refused_not_the_current_folder():
    one_error_line(run_cli("digest", "", cwd=EXAMPLE), "empty path")


def test_too_long_file_name(tmp_path):
    one_error_line(run_cli("digest", str(tmp_path / ("a" * 300 + ".txt"))), "File name too long")


@pytest.mark.skipif(os.geteuid() == 0 and not shutil.which("setpriv"), reason="root without setpriv ignores modes")
def test_unreadable_folder_and_unwritable_output(tmp_path):
    folder = tmp_path / "secret"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXTS[0])
    folder.chmod(0)
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o555)
    batch = tmp_path / "b.jsonl"
    batch.write_text(json.dumps({"id": "x", "articles": [{"text": TEXTS[0]}]}) + "\n")
    prefix = ROOT_NO_CAPS if os.geteuid() == 0 else []
    try:
        def run(*args):
            return subprocess.run([*prefix, sys.executable, "-m", "storylens.cli", *args], cwd=ROOT,
                                  capture_output=True, timeout=600)

        one_error_line(run("digest", str(folder)), "Permission denied")
        one_error_line(run("digest", str(EXAMPLE), "-o", str(locked / "out.json")), "Permission denied")
        one_error_line(run("digest", "--batch", str(batch), "-o", str(locked / "out.jsonl")), "Permission denied")
    finally:
        folder.chmod(0o755)


def test_batch_output_into_a_missing_folder_or_a_full_disk(tmp_path):
    batch = tmp_path / "b.jsonl"
    batch.write_text(json.dumps({"id": "x", "articles": [{"text": TEXTS[0]}]}) + "\n")
    one_error_line(run_cli("digest", "--batch", str(batch), "-o", str(tmp_path / "no" / "out.jsonl")),
                   "No such file or directory")
    one_error_line(run_cli("digest", "--batch", str(batch), "-o", "/dev/full"), "No space left on device")
    one_error_line(run_cli("digest", str(EXAMPLE), "-o", "/dev/full"), "No space left on device")


def test_stdout_to_a_full_disk():
    with open("/dev/full", "wb") as full:
        result = subprocess.run([sys.executable, "-m", "storylens.cli", "digest", str(EXAMPLE)], cwd=ROOT,
                                stdout=full, stderr=subprocess.PIPE, timeout=600)
    one_error_line(result, "<stdout>", "No space left on device")


def test_gzip_batch_with_an_over_long_line(tmp_path):
    """A batch line over the 20 MB cap is an error record; the lines around it are digested."""
    batch = tmp_path / "b.jsonl.gz"
    with gzip.open(batch, "wb", compresslevel=1) as out:
        out.write(json.dumps({"id": "before", "articles": [{"text": TEXTS[1]}]}).encode() + b"\n")
        out.write(b'{"id": "huge", "articles": [{"text": "' + b"a" * (limits.MAX_INPUT_BYTES + 10) + b'"}]}\n')
        out.write(json.dumps({"id": "after", "articles": [{"text": TEXTS[2]}]}).encode() + b"\n")
    out_path = tmp_path / "out.jsonl"
    result = run_cli("digest", "--batch", str(batch), "-o", str(out_path))
    assert result.returncode == 1, result.stderr.decode()
    records = [json.loads(line) for line in out_path.read_text().split("\n") if line]
    assert [r.get("id") for r in records] == ["before", None, "after"]
    assert "longer than" in records[1]["error"] and "summary" in records[2]


def test_python_api_takes_the_same_caps():
    from storylens import InputError, digest

    with pytest.raises(InputError, match="at most 20"):
        digest([RawArticle("Officials said the roads were closed.")] * 21)


def test_readme_documents_the_caps():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for value in ("20 articles", "100,000 characters", "500 sentences", "256", "20 MB", "--max-pending", "--resume"):
        assert value in readme, value


def test_serve_with_a_database_it_cannot_open():
    one_error_line(run_cli("serve", "--db", "/proc/no/such/x.sqlite3"), "cannot open the permalink database")
    one_error_line(run_cli("serve", "--db", str(ROOT / "README.md")), "cannot open the permalink database")
