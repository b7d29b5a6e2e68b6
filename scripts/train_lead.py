"""Train the lead model: whether an article's opening sentence tells the news (see :mod:`storylens.leads`).

Data recipe:
- clusters: the dev clusters outside the blind half (``scripts/blind.py``: the 48 of
  ``tune.json``, the 24 of ``check.json`` and the unannotated ones whose id hashes even) where two
  or more article openings read on their own; the blind half is kept for blind readings;
- candidates: the openings the summary may lead with (each article's first candidate sentence
  that reads on its own);
- labels (``scripts/data/leads-read.jsonl``): each cluster's candidates graded by helper sessions
  that had not seen the code, given the Newser editor's summary to know the story: 2 = states the
  news clearly on its own, 1 = on the story but secondary (background, a reaction, a detail, too
  vague), 0 = a poor opening (feature anecdote, quip, rhetorical question, premise, another
  story, page text); a 2 is a positive;
- held out (``scripts/data/leads-read-blind.jsonl``): the blind half's candidates, graded the same
  way by another helper session after the model was fitted, never trained on: ``heldout`` reads
  digests of the blind half and tells how many open on a sentence graded 2.

The model is a logistic regression on :data:`storylens.leads.FEATURES`; the weight its probability
gets beside the summary score is the one that, cross-validated by cluster, opens the most
clusters on a sentence graded 2.

    python scripts/train_lead.py build   # features of the graded candidates -> /tmp/lead-rows.jsonl
    python scripts/train_lead.py check   # cross-validated by cluster: the lead each weight picks
    python scripts/train_lead.py fit     # write storylens/resources/lead.json
    python scripts/train_lead.py heldout BEFORE.jsonl AFTER.jsonl   # digests' leads, graded on the blind half

Needs scikit-learn (``pip install scikit-learn``), which storylens itself does not.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from train_facts import cross_validated  # noqa: E402  (folds of whole clusters, as for the facts model)

LABELS = ROOT / "scripts" / "data" / "leads-read.jsonl"
HELD_OUT = ROOT / "scripts" / "data" / "leads-read-blind.jsonl"
ROWS = Path("/tmp/lead-rows.jsonl")
MODEL = ROOT / "storylens" / "resources" / "lead.json"
DEV = ROOT.parent / "shared" / "data" / "multinews" / "dev.jsonl.gz"
WEIGHTS = [0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 1.0, 10.0]


def build() -> None:
    """Run the pipeline on each graded cluster and keep the features of the openings it weighs."""
    from storylens import leads
    from storylens.ingest import article_from_dict
    from storylens.pipeline import digest

    graded = {r["id"]: r for r in map(json.loads, LABELS.read_text(encoding="utf-8").splitlines())}
    seen: list[tuple] = []
    original = leads.best

    def spy(cands, scores, options):
        if not seen:
            seen.append((cands, scores, options))
        return original(cands, scores, options)

    leads.best = spy
    rows = []
    with gzip.open(DEV, "rt", encoding="utf-8") as handle:
        for line in handle:
            cluster = json.loads(line)
            if cluster["id"] not in graded:
                continue
            seen.clear()
            digest([article_from_dict(a, cluster["id"]) for a in cluster["articles"]], analyse=False)
            if not seen:
                continue
            cands, scores, options = seen[0]
            grade = {c["key"]: c["grade"] for c in graded[cluster["id"]]["candidates"]}
            keys = [f"{cands.sentences[i].article}:{cands.sentences[i].index}" for i in options]
            if len(options) < 2 or any(k not in grade for k in keys):
                continue
            x = leads.features(cands, scores, options, leads.story_names(cands))
            rows += [{"cluster": cluster["id"], "key": k, "grade": grade[k], "features": f.tolist()}
                     for k, f in zip(keys, x)]
    ROWS.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} candidates of {len({r['cluster'] for r in rows})} clusters -> {ROWS}")


def fit_model(x: np.ndarray, y: np.ndarray):
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(x)
    return scaler, LogisticRegression(C=0.3, max_iter=2000).fit(scaler.transform(x), y)


def load() -> tuple[list[dict], np.ndarray, np.ndarray]:
    rows = [json.loads(line) for line in ROWS.read_text(encoding="utf-8").splitlines()]
    return rows, np.array([r["features"] for r in rows]), np.array([r["grade"] == 2 for r in rows])


def picked(rows: list[dict], x: np.ndarray, chance: np.ndarray, weight: float) -> tuple[float, float]:
    """The mean grade of the lead chosen at ``weight``, and the share of clusters it opens on a 2."""
    from storylens.leads import FEATURES

    score = x[:, FEATURES.index("score")] + weight * chance
    by_cluster: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        by_cluster.setdefault(r["cluster"], []).append(i)
    grades = [rows[max(members, key=lambda i: score[i])]["grade"] for members in by_cluster.values()]
    return float(np.mean(grades)), float(np.mean([g == 2 for g in grades]))


def check() -> float:
    rows, x, y = load()
    print(f"{len(rows)} candidates of {len({r['cluster'] for r in rows})} clusters, {int(y.sum())} graded 2")
    results = {w: [] for w in WEIGHTS}
    for seed in range(3):
        chance = cross_validated(rows, y, seed=seed, fit=fit_model)
        for w in WEIGHTS:
            results[w].append(picked(rows, x, chance, w))
    for w, runs in results.items():
        grade, twos = np.mean(runs, axis=0)
        print(f"weight {w:>5}: mean grade of the lead {grade:.3f}, opens on a 2 in {twos:.1%}")
    return max(WEIGHTS, key=lambda w: (np.mean([r[1] for r in results[w]]), -w))


def fit() -> None:
    from storylens.leads import FEATURES

    weight = check()
    rows, x, y = load()
    scaler, model = fit_model(x, y)
    MODEL.write_text(json.dumps({
        "features": FEATURES, "mean": scaler.mean_.tolist(), "scale": scaler.scale_.tolist(),
        "coef": model.coef_[0].tolist(), "intercept": float(model.intercept_[0]), "weight": weight,
        "candidates": len(rows), "news": int(y.sum())}, indent=1) + "\n", encoding="utf-8")
    print(f"weight {weight}; coefficients: " + ", ".join(f"{f} {c:+.2f}" for f, c in zip(FEATURES, model.coef_[0])))
    print(f"wrote {MODEL}")


def heldout(paths: list[str]) -> None:
    """The grades of the sentences digests open on, on the held-out blind half."""
    graded = {r["id"]: {c["key"]: c["grade"] for c in r["candidates"]}
              for r in map(json.loads, HELD_OUT.read_text(encoding="utf-8").splitlines())}
    for path in paths:
        counts = {0: 0, 1: 0, 2: 0, None: 0}
        for digest in map(json.loads, Path(path).read_text(encoding="utf-8").splitlines()):
            if digest.get("id") in graded and digest.get("summary"):
                cite = digest["summary"][0]["cites"][0]
                counts[graded[digest["id"]].get(f"{cite['article']}:{cite['sentence']}")] += 1
        total = sum(counts.values())
        print(f"{path}: {total} clusters, the lead graded 2 in {counts[2]}, 1 in {counts[1]}, 0 in {counts[0]}, "
              f"not an opening graded in {counts[None]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["build", "check", "fit", "heldout"])
    parser.add_argument("digests", nargs="*", help="for heldout: digest files of the blind half")
    args = parser.parse_args()
    if args.command == "heldout":
        heldout(args.digests)
    else:
        {"build": build, "check": check, "fit": fit}[args.command]()


if __name__ == "__main__":
    main()
