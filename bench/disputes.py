"""Disputes, entities, quotes and boilerplate scored by shared/tools/digest_check.py.

    python bench/disputes.py [--write]

Runs on the bundled example and on the dev gold (24 annotated clusters of dev.jsonl.gz), and
counts the disputes reported on 100 dev clusters nobody annotated (a bound on false alarms). A
naive peer is scored in the same run: every pair of different numbers attached to the same
noun in two articles is reported as a dispute — what a keyword-level comparison would find.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.report import replace_section  # noqa: E402
from storylens.claims import extract  # noqa: E402
from storylens.evaluate import load_checker  # noqa: E402
from storylens.ingest import article_from_dict, read_paths  # noqa: E402
from storylens.pipeline import digest  # noqa: E402
from storylens.render import to_dict  # noqa: E402

SHARED = ROOT.parent / "shared"
KEYS = ["disputes_found", "disputes_gold", "disputes_reported", "traps", "false_alarms", "entities_merged",
        "entities_gold", "quotes_found", "quotes_gold", "boilerplate_removed", "boilerplate_gold",
        "summary_supported", "summary_sentences"]


def naive(result: dict, articles) -> dict:
    """The peer: same counted noun, different number, different articles."""
    by_noun = defaultdict(list)
    for m in extract(articles):
        if m.kind == "number" and m.thing:
            by_noun[m.thing].append(m)
    disputes = []
    for noun, ms in by_noun.items():
        claims = {(m.article, m.sentence, m.value) for m in ms}
        if len({m.value for m in ms}) > 1 and len({m.article for m in ms}) > 1:
            disputes.append({"topic": noun, "kind": "number", "claims": [
                {"value": v, "article": a, "sentence": s} for a, s, v in sorted(claims)][:10]})
    return {**result, "disputes": disputes}


def score(pairs, checker) -> tuple[dict, dict]:
    ours, peer = defaultdict(int), defaultdict(int)
    for result, articles, gold in pairs:
        for total, digest_json in ((ours, result), (peer, naive(result, articles))):
            row = checker.score(digest_json, gold)
            for k in KEYS:
                total[k] += row[k]
            total["clusters_without"] += not gold.get("disputes")
    return ours, peer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--unannotated", type=int, default=100, help="dev clusters outside the gold to count on")
    args = parser.parse_args()
    checker = load_checker()
    example = digest(read_paths([str(ROOT / "examples" / "mqm-karachi-raid")]))
    gold_example = json.loads((SHARED / "examples" / "mqm-karachi-raid" / "expected.json").read_text())
    golds = json.loads((SHARED / "examples" / "multinews-dev-disputes.json").read_text())
    with gzip.open(SHARED / "data" / "multinews" / "dev.jsonl.gz", "rt", encoding="utf-8") as handle:
        data = {row["id"]: row for row in map(json.loads, handle)}
    dev = []
    for gold in golds:
        result = digest([article_from_dict(a, gold["id"]) for a in data[gold["id"]]["articles"]])
        dev.append((to_dict(result), result.articles, gold))
    lines = ["| data | system | disputes found | reported | traps | false alarms | entities merged | "
             "quotes found | boilerplate removed | summary sentences supported |", "|---" * 10 + "|"]
    for name, pairs in (("example", [(to_dict(example), example.articles, gold_example)]), ("dev gold", dev)):
        for system, t in zip(("storylens", "naive numbers"), score(pairs, checker)):
            lines.append(f"| {name} | {system} | {t['disputes_found']}/{t['disputes_gold']} | "
                         f"{t['disputes_reported']} | {t['traps']} | {t['false_alarms']} "
                         f"(in {t['clusters_without']} clusters without disputes) | "
                         f"{t['entities_merged']}/{t['entities_gold']} | {t['quotes_found']}/{t['quotes_gold']} | "
                         f"{t['boilerplate_removed']}/{t['boilerplate_gold']} | "
                         f"{t['summary_supported']}/{t['summary_sentences']} |")
    table = "\n".join(lines) + "\n\n" + unannotated(data, {g["id"] for g in golds}, args.unannotated)
    print(table)
    if args.write:
        replace_section("disputes", "Command: `python bench/disputes.py --write` (the same numbers as "
                        "`storylens eval disputes`). Entities, quotes, boilerplate and citations are the same "
                        "digest for both rows; only the disputes differ.\n\n" + table + "\n")


def unannotated(data: dict, annotated: set[str], count: int) -> str:
    """Disputes reported per cluster on dev clusters nobody annotated: no score, but a bound on
    false alarms (each cluster may or may not hold a real dispute)."""
    ids = [i for i in data if i not in annotated][:count]
    ours = peer = 0
    kinds: dict[str, int] = defaultdict(int)
    for cluster_id in ids:
        result = digest([article_from_dict(a, cluster_id) for a in data[cluster_id]["articles"]])
        ours += len(result.disputes)
        peer += len(naive(to_dict(result), result.articles)["disputes"])
        for d in result.disputes:
            kinds[d.kind] += 1
    by_kind = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    return (f"On the first {len(ids)} dev clusters outside the gold (not annotated): storylens reports "
            f"{ours / len(ids):.2f} disputes per cluster ({by_kind}); the naive peer {peer / len(ids):.2f}.")


if __name__ == "__main__":
    main()
