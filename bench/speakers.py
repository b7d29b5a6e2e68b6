"""Quote speakers and entity merging: tune and check totals, and what the two stages cost.

    python bench/speakers.py [--write]

Scores the digests of ``shared/examples/disputes/tune.json`` and ``check.json`` (totals only:
check is never read item by item) with shared/tools/digest_check.py, and times entity merging
and quote finding per cluster beside the whole digest with 2 workers.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.report import replace_section  # noqa: E402
from storylens.batch import run_batch  # noqa: E402
from storylens.entities import merge  # noqa: E402
from storylens.evaluate import eval_disputes  # noqa: E402
from storylens.ingest import article_from_dict  # noqa: E402
from storylens.pipeline import digest  # noqa: E402
from storylens.quotes import find_quotes  # noqa: E402

SHARED = ROOT.parent / "shared"
DATA = SHARED / "data" / "multinews" / "dev.jsonl.gz"
GOLD = SHARED / "examples" / "disputes"


def clusters_for(gold: Path) -> list[dict]:
    wanted = {g["id"] for g in json.loads(gold.read_text(encoding="utf-8"))}
    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        return [c for c in map(json.loads, handle) if c["id"] in wanted]


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the batch's worker processes)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def batch(clusters: list[dict]) -> tuple[list[dict], float, float]:
    """Digests of the clusters with 2 workers, the seconds that took and the CPU seconds used."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as tmp:
        tmp.write("".join(json.dumps(c) + "\n" for c in clusters))
    started, cpu = time.perf_counter(), cpu_seconds()
    digests = [d for d in run_batch(tmp.name, 250, 2, progress=False) if "error" not in d]
    seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    Path(tmp.name).unlink()
    return digests, seconds, cpu


def stage_seconds(clusters: list[dict]) -> tuple[float, float]:
    """Mean seconds per cluster of entity merging and of quote finding (one process)."""
    merging = quoting = 0.0
    for c in clusters:
        raw = [article_from_dict(a, c["id"]) for a in c["articles"]]
        articles = digest(raw, analyse=False).articles
        started = time.perf_counter()
        entities = merge(articles)
        merging += time.perf_counter() - started
        started = time.perf_counter()
        find_quotes(articles, entities)
        quoting += time.perf_counter() - started
    return merging / len(clusters), quoting / len(clusters)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    rows, timing = [], []
    for name in ("tune", "check"):
        clusters = clusters_for(GOLD / f"{name}.json")
        digests, seconds, cpu = batch(clusters)
        _, total = eval_disputes(str(GOLD / f"{name}.json"), digests)
        q, e = (total["quotes_found"], total["quotes_gold"]), (total["entities_merged"], total["entities_gold"])
        rows.append(f"| {name} ({total['clusters']} clusters) | {q[0]}/{q[1]} ({100 * q[0] / q[1]:.0f}%) | "
                    f"{e[0]}/{e[1]} ({100 * e[0] / e[1]:.0f}%) |")
        timing.append(f"| whole digest, 2 workers, {name} | {len(clusters) / seconds:.2f} clusters/s "
                      f"({cpu / len(clusters):.2f} CPU s a cluster: {2 * len(clusters) / cpu:.1f} clusters/s "
                      "on two free cores) |")
    merging, quoting = stage_seconds(clusters_for(GOLD / "tune.json")[:12])
    timing += [f"| entity merging, per cluster | {1000 * merging:.0f} ms |",
               f"| quote finding and speakers, per cluster | {1000 * quoting:.0f} ms |"]
    body = "\n".join([
        "## Quote speakers and entity variants",
        "",
        "`python bench/speakers.py --write` — scored by `shared/tools/digest_check.py`: a quote is found when",
        "a quote of the right article holds the gold words and its speaker holds the gold speaker's surname;",
        "an entity is merged when one reported entity covers two gold variants spelled differently.",
        "tune is what the rules were built on (an upper bound); check is scored as totals only.",
        "",
        "| gold | quotes found, right speaker | entity variants merged |",
        "|---|---|---|",
        *rows,
        "",
        f"Load average when measured: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (other work shares",
        "the machine, so wall-clock throughput is a lower bound; CPU seconds are not affected).",
        "",
        "| what | speed |",
        "|---|---|",
        *timing,
    ])
    print(body)
    if args.write:
        replace_section("speakers", body)


if __name__ == "__main__":
    main()
