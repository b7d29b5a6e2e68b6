"""Speed: batch throughput with worker processes, and the README's run command, beside peers.

    python bench/speed.py [--clusters 100] [--write]

Peers in the same run: sumy's LexRank over the same clusters (one process, its own
tokenisation, no models), and storylens with the disputes stage off. The README command is
timed end to end (process start, model load, digest, Markdown), beside ``python -c "import
spacy"`` as the floor any spaCy-based tool pays.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.report import replace_section  # noqa: E402
from bench.rouge import DEFAULT_DATA, Words  # noqa: E402

STORYLENS = [sys.executable, "-m", "storylens.cli"]


def batch_seconds(path: str, workers: int, analyse: bool) -> float:
    from storylens.batch import run_batch

    started = time.perf_counter()
    for record in run_batch(path, 250, workers, analyse=analyse, progress=False):
        assert "error" not in record, record
    return time.perf_counter() - started


def lexrank_seconds(clusters: list[dict]) -> float:
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer

    started = time.perf_counter()
    for obj in clusters:
        sentences = [s for a in obj["articles"] for s in re.split(r"(?<=[.!?])\s+", a["text"]) if s.strip()]
        doc = ObjectDocumentModel([Paragraph([Sentence(s, Words()) for s in sentences])])
        LexRankSummarizer(Stemmer("english"))(doc, 10)
    return time.perf_counter() - started


def command_seconds(args: list[str], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(args, cwd=ROOT, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clusters", type=int, default=100)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    with gzip.open(DEFAULT_DATA, "rt", encoding="utf-8") as handle:
        clusters = [json.loads(line) for line in itertools.islice(handle, args.clusters)]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as tmp:
        tmp.write("".join(json.dumps(c) + "\n" for c in clusters))
    n = len(clusters)
    rows = {
        "storylens digest, 2 workers": batch_seconds(tmp.name, 2, True),
        "storylens summary only (no disputes), 2 workers": batch_seconds(tmp.name, 2, False),
        "storylens digest, 1 worker": batch_seconds(tmp.name, 1, True),
        "sumy LexRank (summary only), 1 process": lexrank_seconds(clusters),
    }
    Path(tmp.name).unlink()
    readme = command_seconds([*STORYLENS, "digest", "examples/mqm-karachi-raid", "--format", "md"])
    floor = command_seconds([sys.executable, "-c", "import spacy"])
    base = rows["sumy LexRank (summary only), 1 process"]
    table = ["| system | clusters/s | s/cluster | time vs LexRank |", "|---|---|---|---|"]
    for name, seconds in rows.items():
        table.append(f"| {name} | {n / seconds:.2f} | {seconds / n:.3f} | {seconds / base:.2f}x |")
    cmd = ["| command | median of 3 runs (s) | vs `import spacy` |", "|---|---|---|",
           f"| `storylens digest examples/mqm-karachi-raid --format md` | {readme:.2f} | {readme / floor:.1f}x |",
           f"| `python -c \"import spacy\"` | {floor:.2f} | 1.0x |"]
    text = "\n".join(table) + "\n\n" + "\n".join(cmd)
    print(text)
    if args.write:
        machine = f"{platform.machine()}, {_cpus()} cores, Python {platform.python_version()}"
        replace_section("speed", f"Command: `python bench/speed.py --clusters {n} --write` — the first {n} clusters "
                                 f"of `dev.jsonl.gz`, on {machine}; times include model loading in each "
                                 f"worker.\n\n{text}\n")


def _cpus() -> int:
    import os

    return os.cpu_count() or 0


if __name__ == "__main__":
    main()
