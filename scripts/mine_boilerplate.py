"""Learn boilerplate sentences from the Multi-News+ training split.

A sentence that recurs word for word in the articles of many unrelated clusters, and speaks
of the page rather than the news (clicks, sign-ups, cookies, videos, archives), is page
furniture, not reporting. This script
counts, for every normalised sentence, how many clusters contain it, and writes those seen in
at least ``--min-clusters`` clusters to ``storylens/resources/boilerplate.txt``.

    python scripts/mine_boilerplate.py ../shared/data/multinews-plus/train.jsonl.gz
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
from pathlib import Path

from storylens.clean import normalise

# Words of page furniture: a recurring sentence without one of them ("he did not elaborate",
# "no arrests have been made") is ordinary reporting that happens to recur, and is kept.
FURNITURE = re.compile(
    r"\b(?:click|sign|signing|subscrib\w*|e ?mail|newsletter|inbox|cookies?|browser|javascript|video|account|"
    r"password|log|login|twitter|tweet|facebook|share|comments?|copyright|rights|reserved|archive|crawl\w*|"
    r"app|apps|ad|ads|advertisement|notifications?|download|website|site|page|pages|privacy|terms|photo|"
    r"reprints?|copy|subscription|digital|access|follow|verify|verification|upload|link|url|code|"
    r"reader|readers|trial|articles?|content|profile|feature|queue|rated|rating|zip)\b")

OUT = Path(__file__).resolve().parent.parent / "storylens" / "resources" / "boilerplate.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("train", help="Multi-News+ train.jsonl.gz")
    parser.add_argument("--min-clusters", type=int, default=8)
    parser.add_argument("--min-words", type=int, default=4)
    args = parser.parse_args()
    counts: collections.Counter[str] = collections.Counter()
    with gzip.open(args.train, "rt", encoding="utf-8") as handle:
        for line in handle:
            seen = set()
            for article in json.loads(line)["articles"]:
                for sentence in re.split(r"(?<=[.!?])\s+", article["text"]):
                    key = normalise(sentence)
                    if args.min_words <= len(key.split()) <= 40:
                        seen.add(key)
            counts.update(seen)
    kept = sorted(k for k, c in counts.items() if c >= args.min_clusters and FURNITURE.search(k))
    header = f"# seen in at least {args.min_clusters} Multi-News+ train clusters (scripts/mine_boilerplate.py)"
    OUT.write_text(header + "\n" + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} boilerplate sentences -> {OUT}")


if __name__ == "__main__":
    main()
