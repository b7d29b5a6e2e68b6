"""Set triage's threshold for pages that are no article from articles read by helper sessions.

    python scripts/triage_threshold.py            # print the read articles' precision by threshold
    python scripts/triage_threshold.py --write    # and write the chosen threshold into triage.json

``scripts/train_triage.py`` sets its thresholds by Multi-News+'s cleansing labels, which are
noisy both ways; at the threshold that gave (0.875), blind readers kept finding non-reports
left in (a horoscope, a crowdfunding appeal, petition and route-tracker pages). So the
threshold is set here from a reading instead: helper sessions that had not seen the code
read the articles the classifier doubts (``scripts/data/triage-read.jsonl``: 34 kept dev
articles at 0.4 or more, outside check and the blind half; 54 Multi-News+ validation articles
between 0.55 and 0.875, sampled by band) and labelled each a report on the cluster's event, a
report on another story, or no report at all. The threshold is the lowest at which at least
``--precision`` of the read articles it would exclude are not reports on the event, counting
those above it only (a threshold that also holds for every higher one).

The reading's bar is used where the page features decide (``threshold_page``: the article reads as no
article at all); a report the classifier puts on another story is still excluded only at the
trained ``threshold``: the tune gold counts a research paper and a charity's newsletter that the
lower bar excluded as another story among the cluster's articles (the paper holds a gold
dispute's claim). Only that threshold is written; the classifier stays as trained. The labels file holds keys and
labels, not the articles' text (Multi-News is for non-commercial research use).
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from storylens.clean import clean_all  # noqa: E402
from storylens.model import RawArticle  # noqa: E402
from storylens.triage import model, triage  # noqa: E402

READ = ROOT / "scripts" / "data" / "triage-read.jsonl"
OUT = ROOT / "storylens" / "resources" / "triage.json"
SHARED = ROOT.parent / "shared" / "data"
VALIDATION_CLUSTERS = 1500  # the first clusters of Multi-News+ validation the sample was drawn from


def dev_probabilities(keys: set[str]) -> dict[str, float]:
    """The classifier's probability for each read dev article ("mn-…#article")."""
    wanted = {k.split("#")[0] for k in keys}
    out = {}
    with gzip.open(SHARED / "multinews" / "dev.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            cluster = json.loads(line)
            if cluster["id"] not in wanted:
                continue
            raw = [RawArticle(text=a["text"], title=a.get("title")) for a in cluster["articles"]]
            judged = triage(raw, clean_all(raw))
            for i, p in enumerate(judged.doubt or []):
                out[f"{cluster['id']}#{i + 1}"] = p
    return out


def validation_probabilities() -> dict[str, float]:
    """The classifier's probability for each article of the first Multi-News+ validation clusters
    ("v<cluster>#<article>"), from the training script's features."""
    from train_triage import featurise, load

    trained = model()
    clusters = load(str(SHARED / "multinews-plus" / "validation.jsonl.gz"), VALIDATION_CLUSTERS)
    x, _, group, _ = featurise(clusters, trained["common"])
    p = trained["booster"].predict(x)
    out, k = {}, 0
    for c, row in enumerate(clusters):
        for i in range(len(row["articles"])):
            out[f"v{c}#{i + 1}"] = float(p[k])
            k += 1
    assert k == len(group)
    return out


def choose(p: np.ndarray, not_report: np.ndarray, precision: float) -> float:
    """The lowest threshold at which every threshold above it keeps ``precision``."""
    order = np.argsort(-p)
    best = 1.0
    for n in range(1, len(order) + 1):
        top = order[:n]
        if not_report[top].mean() < precision:
            break
        best = float(p[order[n - 1]])
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--precision", type=float, default=0.9)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    rows = [json.loads(line) for line in READ.read_text(encoding="utf-8").splitlines() if line.strip()]
    keys = {r["key"] for r in rows}
    probs = dev_probabilities({k for k in keys if not k.startswith("v")}) | validation_probabilities()
    rows = [r for r in rows if r["key"] in probs and r["label"] != "unsure"]
    p = np.array([probs[r["key"]] for r in rows])
    not_report = np.array([r["label"] != "report" for r in rows])
    for low, high in itertools.pairwise([0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.875, 1.01]):
        band = (p >= low) & (p < high)
        print(f"{low:.3f}-{high:.3f}: {band.sum():2d} read, {not_report[band].sum():2d} not reports on the event")
    threshold = choose(p, not_report, args.precision)
    above = p >= threshold
    print(f"threshold {threshold:.3f}: {above.sum()} read articles at or above it, "
          f"{not_report[above].sum()} not reports on the event ({not_report[above].mean():.0%})")
    if args.write:
        trained = json.loads(OUT.read_text(encoding="utf-8"))
        trained["threshold_page"] = round(threshold - 1e-4, 4)
        OUT.write_text(json.dumps(trained), encoding="utf-8")
        print(f"wrote threshold_page into {OUT}")


if __name__ == "__main__":
    main()
