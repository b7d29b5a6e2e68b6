"""Boilerplate removal on the dev gold: recall of the annotated lines, and everything else removed.

    python bench/boilerplate.py [--show]

Recall uses digest_check's rule (no sentence keeps five words in a row of the gold line).
Every removed line that is not annotated is listed with --show, to check by eye that no
article text is lost.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from storylens.clean import clean  # noqa: E402
from storylens.ingest import article_from_dict  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--write", action="store_true", help="write the result into docs/benchmarks.md")
    args = parser.parse_args()
    gold = json.loads((SHARED / "examples" / "multinews-dev-disputes.json").read_text())
    with gzip.open(SHARED / "data" / "multinews" / "dev.jsonl.gz", "rt", encoding="utf-8") as handle:
        data = {row["id"]: row for row in map(json.loads, handle)}
    total = found = extra = 0
    for g in gold:
        arts = [clean(article_from_dict(a, g["id"])) for a in data[g["id"]]["articles"]]
        for b in g["boilerplate"]:
            total += 1
            words = _norm(b["text"]).split()
            grams = {" ".join(words[i:i + 5]) for i in range(max(len(words) - 4, 1))}
            kept = " ".join(_norm(p) for p in arts[b["doc"]].paragraphs)
            found += not any(gram in kept for gram in grams)
        gold_text = {(b["doc"], _norm(b["text"])[:30]) for b in g["boilerplate"]}
        for d, art in enumerate(arts):
            for line in art.removed:
                if not any(doc == d and (key in _norm(line) or _norm(line) in key) for doc, key in gold_text):
                    extra += 1
                    if args.show:
                        print(f"{g['id']} a{d + 1}: {line[:150]}")
    line = f"boilerplate removed {found}/{total} ({100 * found / total:.0f}%); other lines removed: {extra}"
    print(line)
    if args.write:
        from bench.report import replace_section

        replace_section("boilerplate", f"Command: `python bench/boilerplate.py --write` (`--show` lists the other "
                                       f"removed lines, to check by eye that no reporting is lost).\n\n{line}\n")


def _norm(text: str) -> str:
    import re

    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


if __name__ == "__main__":
    main()
