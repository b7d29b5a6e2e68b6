"""Disputes scored by shared/tools/digest_check.py: the example, the tune split cross-validated
by cluster, the check split as totals, and what is reported on dev clusters nobody annotated.

    python bench/disputes.py [--write] [--unannotated 100]

The bundled models were trained on all of tune.json, so tune's own score is an upper bound;
the honest tune figure is the cross-validated one (each cluster digested by a model that did
not see it, ``scripts/train_disputes.py check``). check.json is scored as totals only. A naive
peer is scored in the same run on the same digests: every pair of different numbers attached to
the same counted noun in two articles is a dispute — what a keyword-level comparison finds.
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
sys.path.insert(0, str(ROOT / "scripts"))

from bench.report import replace_section  # noqa: E402
from storylens.claims import extract  # noqa: E402
from storylens.disputes import REPORT  # noqa: E402
from storylens.evaluate import load_checker  # noqa: E402
from storylens.ingest import article_from_dict, read_paths  # noqa: E402
from storylens.pipeline import digest  # noqa: E402
from storylens.render import to_dict  # noqa: E402

SHARED = ROOT.parent / "shared"
KEYS = ["disputes_found", "disputes_gold", "disputes_reported", "disputes_confirmed", "traps", "false_alarms"]


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


def scored(golds: list[dict], data: dict, checker) -> dict[str, dict]:
    """Totals of storylens and the naive peer over gold clusters (``data`` by id, or digests)."""
    totals = {"storylens": defaultdict(int), "naive numbers": defaultdict(int)}
    for gold in golds:
        result = digest([article_from_dict(a, gold["id"]) for a in data[gold["id"]]["articles"]])
        for name, out in (("storylens", to_dict(result)), ("naive numbers", naive(to_dict(result), result.articles))):
            row = checker.score(out, gold)
            for k in KEYS:
                totals[name][k] += row[k]
            totals[name]["clusters"] += 1
            totals[name]["without"] += not gold.get("disputes")
            for d in gold.get("disputes", []):
                kind = d.get("kind", "unlabelled")  # the example's gold gives no kinds
                totals[name][f"gold_{kind}"] += 1
                totals[name][f"found_{kind}"] += d["id"] not in row["disputes_missed"]
    return totals


def row(name: str, system: str, t: dict) -> str:
    precision = t["disputes_confirmed"] / t["disputes_reported"] if t["disputes_reported"] else 0
    kinds = ", ".join(f"{k} {t.get('found_' + k, 0)}/{t.get('gold_' + k, 0)}"
                      for k in ("number", "date", "claim", "unlabelled") if t.get("gold_" + k))
    return (f"| {name} | {system} | {t['disputes_found']}/{t['disputes_gold']} ({kinds}) | {t['disputes_reported']} | "
            f"{t['disputes_confirmed']} ({precision:.0%}) | {t['traps']} | {t['false_alarms']} "
            f"(in {t['without']} clusters without disputes) |")


def unannotated(data: dict, annotated: set[str], count: int) -> str:
    """Disputes reported per cluster on dev clusters nobody annotated, from the half kept for
    blind readings (not used in training): no score, but a bound on false alarms."""
    from train_disputes import for_training

    ids = [i for i in sorted(data) if i not in annotated and not for_training(i)][:count]
    ours = peer = 0
    kinds: dict[str, int] = defaultdict(int)
    for cluster_id in ids:
        result = digest([article_from_dict(a, cluster_id) for a in data[cluster_id]["articles"]])
        ours += len(result.disputes)
        peer += len(naive(to_dict(result), result.articles)["disputes"])
        for d in result.disputes:
            kinds[d.kind] += 1
    by_kind = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) or "none"
    return (f"On {len(ids)} unannotated dev clusters (the half kept for blind readings): storylens reports "
            f"{ours / len(ids):.2f} disputes per cluster ({by_kind}); the naive peer {peer / len(ids):.2f}.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--unannotated", type=int, default=100, help="unannotated dev clusters to count on")
    args = parser.parse_args()
    checker = load_checker()
    with gzip.open(SHARED / "data" / "multinews" / "dev.jsonl.gz", "rt", encoding="utf-8") as handle:
        data = {r["id"]: r for r in map(json.loads, handle)}
    example_dir = ROOT / "examples" / "mqm-karachi-raid"
    example_gold = json.loads((SHARED / "examples" / "mqm-karachi-raid" / "expected.json").read_text())
    example_gold["id"] = "example"
    data["example"] = {"articles": [{"text": a.text} for a in read_paths([str(example_dir)])]}
    splits = {name: json.loads((SHARED / "examples" / "disputes" / f"{name}.json").read_text())
              for name in ("tune", "check")}
    lines = ["| data | system | disputes found (by kind) | reported | confirmed (precision) | traps | false alarms |",
             "|---|---|---|---|---|---|---|"]
    for name, golds in (("example", [example_gold]), ("tune (in-sample: an upper bound)", splits["tune"]),
                        ("check (totals only)", splits["check"])):
        for system, t in scored(golds, data, checker).items():
            lines.append(row(name, system, t))
    cv = cross_validated()
    annotated = {g["id"] for g in splits["tune"] + splits["check"]}
    text = ("\n".join(lines) + "\n\n" + cv + "\n\n" + unannotated(data, annotated, args.unannotated))
    print(text)
    if args.write:
        replace_section("disputes", f"Command: `python bench/disputes.py --write`; thresholds {REPORT} "
                        "(figures and dates; statements). The naive peer is scored on the same digests.\n\n" + text)


def cross_validated() -> str:
    """The tune split cross-validated by cluster, as ``scripts/train_disputes.py check`` prints it."""
    import contextlib
    import io

    from train_disputes import checked, load

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        checked(load())
    lines = out.getvalue().strip().splitlines()
    return "Cross-validated on tune (`python scripts/train_disputes.py check`):\n\n" + "\n".join(
        f"- {line.strip()}" for line in lines[1:])


if __name__ == "__main__":
    main()
