"""Learn boilerplate sentences from the Multi-News+ training split.

A sentence that recurs word for word in the articles of many clusters is page furniture, not
reporting, when either
- it speaks of the page rather than the news (clicks, sign-ups, cookies, videos, archives:
  :data:`storylens.triage.PAGE_WORDS`), seen in at least ``--min-clusters`` clusters; or
- it is long (``--min-long-words``) and the clusters it recurs in are about unrelated things: the
  mean similarity of those clusters' vectors (WordLlama, over their first words) is below
  ``--max-spread``. A column's tagline ("Technically Incorrect offers a slightly twisted take on
  ...") recurs under every story of its column; a background sentence ("the United Nations
  estimates more than 000 000 people have been killed since the Syrian conflict began") recurs
  only in clusters on that story, and is kept.
Reporting that recurs because it is short and common ("he was pronounced dead at the scene")
meets neither test. The kept sentences go to ``storylens/resources/boilerplate.txt``.

    python scripts/mine_boilerplate.py ../shared/data/multinews-plus/train.jsonl.gz
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
from pathlib import Path

import numpy as np

from storylens.clean import normalise
from storylens.triage import PAGE_WORDS

OUT = Path(__file__).resolve().parent.parent / "storylens" / "resources" / "boilerplate.txt"


def sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+", text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("train", help="Multi-News+ train.jsonl.gz")
    parser.add_argument("--min-clusters", type=int, default=8)
    parser.add_argument("--min-words", type=int, default=4)
    parser.add_argument("--min-long-words", type=int, default=8)
    parser.add_argument("--max-spread", type=float, default=0.6)
    args = parser.parse_args()
    with gzip.open(args.train, "rt", encoding="utf-8") as handle:
        clusters = [json.loads(line)["articles"] for line in handle]
    counts: collections.Counter[str] = collections.Counter()
    where: dict[str, list[int]] = collections.defaultdict(list)
    for c, articles in enumerate(clusters):
        seen = {normalise(s) for a in articles for s in sentences(a["text"])}
        seen = {k for k in seen if args.min_words <= len(k.split()) <= 40}
        counts.update(seen)
        for key in seen:
            if len(key.split()) >= args.min_long_words:
                where[key].append(c)
    page = {k for k, n in counts.items() if n >= args.min_clusters and PAGE_WORDS.search(k)}
    long = [k for k, n in counts.items() if n >= args.min_clusters and k not in page and
            len(k.split()) >= args.min_long_words]
    unrelated = set(_unrelated(long, where, clusters, args.max_spread))
    kept = sorted(page | unrelated)
    header = (f"# seen in at least {args.min_clusters} Multi-News+ train clusters, speaking of the page or "
              f"recurring across unrelated stories (scripts/mine_boilerplate.py)")
    OUT.write_text(header + "\n" + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} boilerplate sentences ({len(page)} on the page, {len(unrelated)} across unrelated "
          f"stories) -> {OUT}")


def _unrelated(keys: list[str], where: dict[str, list[int]], clusters: list[list[dict]], spread: float) -> list[str]:
    """The sentences whose clusters are, on average, not about the same thing."""
    from storylens.models import wordllama

    needed = sorted({c for k in keys for c in where[k]})
    texts = [" ".join(" ".join(a["text"] for a in clusters[c]).split()[:300]).lower() for c in needed]
    vectors = np.nan_to_num(np.asarray(wordllama().embed(texts, norm=True, batch_size=64), dtype=np.float32))
    row = {c: i for i, c in enumerate(needed)}
    out = []
    for key in keys:
        members = vectors[[row[c] for c in sorted(set(where[key]))]]
        n = len(members)
        sim = members @ members.T
        if (sim.sum() - n) / (n * (n - 1)) < spread:
            out.append(key)
    return out


if __name__ == "__main__":
    main()
