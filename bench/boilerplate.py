"""Boilerplate removal and article triage on the dev gold: tune and check (72 clusters).

    python bench/boilerplate.py [--show] [--write]

Boilerplate: the share of annotated boilerplate lines that no sentence of the digest keeps
(digest_check's rule: no sentence holds five words in a row of the line), after cleaning and
triage (an article set aside as not an article keeps no sentence). Everything else removed is
counted; ``--show`` lists it for the tune clusters, to check by eye that no report text is lost.
The check clusters are scored as totals only, never listed.

Triage: which articles are excluded, and whether the gold shows them to be real reports (an
article holding an annotated quote, dispute claim or look-alike is a real report) — excluding one
of those is an error. On Multi-News+ validation (``--plus``), the share of the articles its
cleansing kept that triage excludes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from storylens.ingest import article_from_dict  # noqa: E402
from storylens.pipeline import digest  # noqa: E402

SHARED = ROOT.parent / "shared"
GOLD = SHARED / "examples" / "disputes"
DATA = SHARED / "data" / "multinews" / "dev.jsonl.gz"
PLUS = SHARED / "data" / "multinews-plus" / "validation.jsonl.gz"


def norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def removed_line(text: str, sentences: list[str]) -> bool:
    """digest_check's rule: no sentence holds five words in a row of the line (or all of it)."""
    words = norm(text).split()
    grams = {" ".join(words[i:i + 5]) for i in range(max(len(words) - 4, 1))}
    kept = [norm(s) for s in sentences]
    return not any(g in s for s in kept for g in grams)


def real_reports(gold: dict) -> set[int]:
    """Articles the gold shows to be reports: they hold a quote, a dispute claim or a look-alike."""
    docs = {q["doc"] for q in gold.get("quotes", [])}
    docs |= {c["doc"] for d in gold.get("disputes", []) for c in d["claims"]}
    docs |= {q["doc"] for d in gold.get("not_disputes", []) for q in d.get("quotes", [])}
    return docs


def score(golds: list[dict], data: dict, show: bool) -> dict:
    t = dict(lines=0, removed=0, other=0, articles=0, excluded=0, wrong=0, clusters=len(golds), warned=0)
    for gold in golds:
        result = digest([article_from_dict(a, gold["id"]) for a in data[gold["id"]]["articles"]], analyse=False)
        arts = result.articles
        for b in gold["boilerplate"]:
            t["lines"] += 1
            t["removed"] += removed_line(b["text"], [s.text for s in arts[b["doc"]].sentences])
        keys = {(b["doc"], norm(b["text"])[:30]) for b in gold["boilerplate"]}
        reports = real_reports(gold)
        t["warned"] += any("different stories" in w for w in result.warnings)
        for d, art in enumerate(arts):
            t["articles"] += 1
            if art.excluded:
                t["excluded"] += 1
                t["wrong"] += d in reports
                if show:
                    flag = " — A REAL REPORT" if d in reports else ""
                    print(f"{gold['id']} a{d + 1} EXCLUDED ({art.excluded}){flag}")
                continue
            for line in art.removed:
                if not any(doc == d and (key in norm(line) or norm(line) in key) for doc, key in keys):
                    t["other"] += 1
                    if show:
                        print(f"{gold['id']} a{d + 1}: {line[:160]}")
    return t


def plus_validation(limit: int | None) -> str:
    """Triage alone on Multi-News+ validation: excluded articles the cleansing kept, and dropped ones found."""
    from storylens.clean import clean
    from storylens.triage import triage

    kept = dropped = kept_out = dropped_out = 0
    with gzip.open(PLUS, "rt", encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if limit and n >= limit:
                break
            row = json.loads(line)
            raw = [article_from_dict(a, row["id"]) for a in row["articles"]]
            verdict = triage(raw, [clean(r) for r in raw]).excluded
            for keep, why in zip(row["kept_by_cleansing"], verdict):
                kept += keep
                dropped += not keep
                kept_out += keep and bool(why)
                dropped_out += (not keep) and bool(why)
    return (f"Multi-News+ validation ({n} clusters): triage excludes {kept_out} of the {kept} articles its "
            f"cleansing kept ({100 * kept_out / max(kept, 1):.2f}%) and {dropped_out} of the {dropped} it dropped.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", action="store_true", help="list what else is removed and excluded (tune only)")
    parser.add_argument("--plus", action="store_true", help="also run triage on Multi-News+ validation")
    parser.add_argument("--plus-limit", type=int)
    parser.add_argument("--write", action="store_true", help="write the result into docs/benchmarks.md")
    parser.add_argument("--tune-only", action="store_true", help="score the tune clusters only (while building)")
    args = parser.parse_args()
    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        data = {row["id"]: row for row in map(json.loads, handle)}
    rows = {}
    for name in ("tune",) if args.tune_only else ("tune", "check"):
        golds = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
        rows[name] = score(golds, data, args.show and name == "tune")
    if not args.tune_only:
        rows["tune + check"] = {k: rows["tune"][k] + rows["check"][k] for k in rows["tune"]}
    table = ["| gold | clusters | boilerplate lines removed | other lines removed | articles excluded | "
             "excluded real reports | clusters warned of several stories |", "|---" * 7 + "|"]
    for name, t in rows.items():
        share = 100 * t["removed"] / t["lines"]
        table.append(f"| {name} | {t['clusters']} | {t['removed']}/{t['lines']} ({share:.0f}%) "
                     f"| {t['other']} | {t['excluded']} of {t['articles']} | {t['wrong']} | {t['warned']} |")
    text = "\n".join(table)
    if args.plus:
        text += "\n\n" + plus_validation(args.plus_limit)
    print(text)
    if args.write:
        from bench.report import replace_section

        replace_section("boilerplate", "Command: `python bench/boilerplate.py --plus --write` (`--show` lists, for "
                                       "the tune clusters only, every other removed line and every excluded "
                                       "article, to check by eye that no report text is lost; check is scored "
                                       "as totals).\n\n" + text + "\n")


if __name__ == "__main__":
    main()
