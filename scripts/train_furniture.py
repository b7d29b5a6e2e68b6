"""Train the line classifier of the clean stage (see :mod:`storylens.furniture`).

    python scripts/train_furniture.py --ngrams ../shared/data/multinews-plus/train.jsonl.gz \
        --dev ../shared/data/multinews/dev.jsonl.gz --gold ../shared/examples/disputes

Data recipe (Multi-News is for non-commercial research and educational use; only counts and
trained weights, not the data, go into the repository):
1. ``resources/repeated-ngrams.npz``: every run of five words (lower case, digits as 0, hashed
   with CRC-32) of the Multi-News+ training split, counted once per cluster; the runs seen in
   ``--min-clusters`` clusters or more are kept with their counts. Page furniture repeats
   across the pages of one site; reporting seldom repeats across unrelated clusters.
2. The words model (logistic regression over hashed words, word pairs, first and last words):
   the lines of the dev clusters that are in neither gold set (``tune.json``, ``check.json``:
   only their ids are read from check), labelled at a distance: furniture when the clean rules
   remove the line or when most of its five-word runs recur in ``--repeat-clusters`` or more
   training clusters, report text otherwise.
3. The line model (LightGBM over :data:`storylens.furniture.FEATURES`): the lines of the tune
   clusters; a line the gold lists as ``boilerplate`` is furniture, the others are report text,
   except lines the rules remove that the gold does not list (the gold marks much furniture,
   not all of it: such lines are left out rather than called report text) and lines holding a
   gold line among other text. Also the lines of 84 other dev clusters (outside the gold sets
   and the half kept for blind readings), each read and labelled furniture, report or mixed by
   helper sessions that had not seen the code (``scripts/data/furniture-silver.jsonl``: cluster,
   article, a hash of the line's words, label, reason; 577 furniture, 3,254 report, 34 mixed
   left out). Cross-validated by cluster (``--folds``), on the tune lines and the read lines
   apart; ``--threshold`` is the probability at which a line is removed, ``--sure`` that for a
   line that reads as a sentence (0.85 since the letters, script and brackets features: with the
   rules, cross-validated, 146 of 157 tune gold lines and 430 of 576 read furniture lines for 160
   and 141 other lines, where 0.8 removes 148 and 434 for 163 and 143, a caption with a fact among
   them), checked by the cross-validated list of the other lines it removes (``--show``).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import time
from pathlib import Path

import numpy as np

from storylens.clean import normalise, prepare, rule_reasons
from storylens.furniture import (
    FEATURES,
    WORD_TOKENS,
    cluster_tables,
    removable,
    repetition,
    run_hashes,
    vetoed,
    word_features,
)
from storylens.model import RawArticle

RESOURCES = Path(__file__).resolve().parent.parent / "storylens" / "resources"
SILVER = Path(__file__).resolve().parent / "data" / "furniture-silver.jsonl"
WORD_DIM = 4096
PARAMS = {"objective": "binary", "num_leaves": 7, "learning_rate": 0.05, "min_data_in_leaf": 10,
          "feature_fraction": 0.8, "bagging_fraction": 0.8, "bagging_freq": 1, "verbose": -1, "seed": 1,
          "num_threads": 1}
ROUNDS = 200


def count_ngrams(path: str, min_clusters: int) -> None:
    """Write the five-word runs of the training split seen in ``min_clusters`` clusters or more."""
    per_cluster = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            runs = set()
            for article in row["articles"]:
                runs.update(run_hashes(normalise(article["text"]).split()).tolist())
            per_cluster.append(np.fromiter(runs, dtype=np.uint32, count=len(runs)))
    hashes, counts = np.unique(np.concatenate(per_cluster), return_counts=True)
    keep = counts >= min_clusters
    out = RESOURCES / "repeated-ngrams.npz"
    np.savez_compressed(out, hashes=hashes[keep], counts=np.minimum(counts[keep], 65535).astype(np.uint16))
    print(f"{len(per_cluster)} training clusters: {keep.sum()} runs in {min_clusters}+ clusters -> {out} "
          f"({out.stat().st_size // 1024} KB)")


def norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def gold_label(line: str, golds: list[str]) -> int:
    """1 when the line is a gold boilerplate line (or most of one line is), -1 when it holds one
    among other text, 0 otherwise."""
    key = norm(line)
    label = 0
    for gold in golds:
        if not gold or not key:
            if not key and not gold and not re.search(r"[A-Za-z]{3}", line):
                label = 1  # a line of other script or symbols, listed as such
            continue
        if gold == key or key in gold or (gold in key and len(gold.split()) >= 0.6 * len(key.split())):
            return 1
        if gold in key:
            label = -1
    return label


def distant_label(line: str, rule: str | None, repeat_clusters: int) -> int:
    counts = repetition(line)
    repeated = len(counts) > 0 and (counts >= 5).mean() >= 0.6 and np.median(counts) >= repeat_clusters
    return int(rule is not None or repeated)


def word_matrix(lines: list[str]):
    from scipy import sparse

    rows, cols, vals = [], [], []
    for r, line in enumerate(lines):
        for slot, value in word_features(line, WORD_DIM).items():
            rows.append(r)
            cols.append(slot)
            vals.append(value)
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(lines), WORD_DIM))


def load_dev(path: str) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def distant_lines(dev: list[dict], skip: set[str], repeat_clusters: int, words: dict | None):
    """The lines of the dev clusters outside the gold sets with their distant labels (and, given
    the words model, their feature rows)."""
    lines, labels, tables = [], [], []
    for row in dev:
        if row["id"] in skip:
            continue
        articles = [prepare(RawArticle(text=a["text"]))[0] for a in row["articles"]]
        if words is not None:
            tables.extend(cluster_tables(articles, words))
        for found in articles:
            for line, rule in zip(found, rule_reasons(found)):
                lines.append(line)
                labels.append(distant_label(line, rule, repeat_clusters))
    x = np.vstack(tables) if tables else None
    return lines, np.array(labels), x


def train_words(lines: list[str], y: np.ndarray) -> dict:
    """The words model, on the lines of the dev clusters outside the gold sets (distant labels)."""
    from sklearn.linear_model import LogisticRegression

    fit = LogisticRegression(C=1.0, max_iter=3000).fit(word_matrix(lines), y)
    print(f"words model: {len(lines)} lines of dev clusters outside the gold, {y.mean():.1%} furniture by the "
          f"distant labels")
    return {"intercept": float(fit.intercept_[0]), "weights": np.round(fit.coef_[0], 4).astype(np.float32)}


def tune_table(dev: dict, golds: list[dict], words: dict) -> tuple:
    """Features, gold labels, cluster per line, (cluster, article, line) and the rules' reason (or None)."""
    xs, ys, group, where, kinds = [], [], [], [], []
    for c, gold in enumerate(golds):
        articles = [prepare(RawArticle(text=a["text"]))[0] for a in dev[gold["id"]]["articles"]]
        tables = cluster_tables(articles, words)
        for d, lines in enumerate(articles):
            marked = [norm(b["text"]) for b in gold["boilerplate"] if b["doc"] == d]
            for line, rule in zip(lines, rule_reasons(lines)):
                ys.append(gold_label(line, marked))
                group.append(c)
                where.append((gold["id"], d, line))
                kinds.append(rule)
            xs.append(tables[d])
    return np.vstack(xs), np.array(ys), np.array(group), where, kinds


def line_key(line: str) -> str:
    """A line named by a hash of its words: the silver labels keep no text of the articles."""
    return hashlib.sha1(norm(line).encode("utf-8")).hexdigest()[:12]


def silver_table(dev: dict, silver: list[dict], words: dict) -> tuple:
    """Features and read labels of the silver clusters' lines (as :func:`tune_table`); a line the
    readers did not label, or labelled "mixed", gets -1 and is left out of training."""
    marks = {(r["cluster"], r["doc"], r["key"]): r["label"] for r in silver}
    xs, ys, group, where, kinds = [], [], [], [], []
    for c, cid in enumerate(sorted({r["cluster"] for r in silver})):
        articles = [prepare(RawArticle(text=a["text"]))[0] for a in dev[cid]["articles"]]
        tables = cluster_tables(articles, words)
        for d, lines in enumerate(articles):
            for line, rule in zip(lines, rule_reasons(lines)):
                label = marks.get((cid, d, line_key(line)))
                ys.append({"furniture": 1, "report": 0}.get(label, -1))
                group.append(1000 + c)
                where.append((cid, d, line))
                kinds.append(rule)
            xs.append(tables[d])
    return np.vstack(xs), np.array(ys), np.array(group), where, kinds


def training_weights(y: np.ndarray, ruled: np.ndarray) -> np.ndarray:
    """Lines the rules remove but the gold does not list, and lines mixing gold and other text, are left out."""
    return np.where((y < 0) | ((y == 0) & ruled), 0.0, 1.0)


def fit(x, y, weight, extra):
    """The line model on tune lines, plus the distant lines (``extra``: features, labels, weight) if given."""
    import lightgbm

    if extra is not None:
        x = np.vstack([x, extra[0]])
        y = np.concatenate([y, extra[1]])
        weight = np.concatenate([weight, np.full(len(extra[1]), extra[2])])
    return lightgbm.train(PARAMS, lightgbm.Dataset(x, np.maximum(y, 0), weight=weight), ROUNDS)


def cross_validate(x, y, group, weight, folds: int, extra) -> np.ndarray:
    from sklearn.model_selection import GroupKFold

    p = np.zeros(len(y))
    for train, test in GroupKFold(folds).split(x, y, group):
        p[test] = fit(x[train], y[train], weight[train], extra).predict(x[test])
    return p


def policy(p: np.ndarray, where: list, threshold: float, sure: float) -> np.ndarray:
    """The lines :func:`storylens.furniture.removable` removes at these thresholds (rows in article order)."""
    out = np.zeros(len(p), dtype=bool)
    start = 0
    while start < len(p):
        end = start
        while end < len(p) and where[end][:2] == where[start][:2]:
            end += 1
        out[start:end] = removable([w[2] for w in where[start:end]], p[start:end], threshold, sure)
        start = end
    return out


def report(p: np.ndarray, y: np.ndarray, kinds: list, where: list, threshold: float, sure: float,
           keep: float) -> dict:
    gold = y == 1
    other = y == 0
    ruled = np.array([k is not None for k in kinds])
    kept = ruled & ~np.array([k is not None for k in vetoed(kinds, p, keep)])
    print(f"cross-validated by cluster on tune: lines the link rules name but the classifier keeps (below {keep}): "
          f"gold {(kept & gold).sum()}, other {(kept & other).sum()}")
    ruled &= ~kept
    print("thresholds, gold lines removed by the classifier alone (of those the rules miss), other lines removed "
          "(of those the rules keep), and with the rules")
    for t, u in sorted({(0.5, 0.9), (0.6, 0.9), (0.7, 0.9), (0.8, 0.9), (0.9, 0.95), (threshold, sure)}):
        s = policy(p, where, t, u)
        print(f"  {t:.2f}/{u:.2f}: gold {(s & gold).sum()}/{gold.sum()} ({(s & gold & ~ruled).sum()}/"
              f"{(gold & ~ruled).sum()}); other {(s & other).sum()} ({(s & other & ~ruled).sum()}); with the rules: "
              f"gold {((s | ruled) & gold).sum()}/{gold.sum()}, other {((s | ruled) & other).sum()}")
    s = policy(p, where, threshold, sure)
    return {"threshold": threshold, "sure": sure, "keep": keep, "gold_removed": int((s & gold).sum()),
            "gold": int(gold.sum()), "gold_removed_rules_miss": int((s & gold & ~ruled).sum()),
            "gold_rules_miss": int((gold & ~ruled).sum()), "other_removed_rules_keep": int((s & other & ~ruled).sum()),
            "links_kept_gold": int((kept & gold).sum()), "links_kept_other": int((kept & other).sum()),
            "lines": int(len(y))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ngrams", help="Multi-News+ train.jsonl.gz: count its five-word runs first")
    parser.add_argument("--min-clusters", type=int, default=3)
    parser.add_argument("--dev", required=True, help="multinews/dev.jsonl.gz")
    parser.add_argument("--gold", required=True, help="the folder of tune.json and check.json")
    parser.add_argument("--repeat-clusters", type=int, default=8)
    parser.add_argument("--folds", type=int, default=6)
    parser.add_argument("--distant-weight", type=float, default=0.0,
                        help="also train the line model on the distant lines, at this weight each")
    parser.add_argument("--threshold", type=float, default=0.3)
    parser.add_argument("--keep", type=float, default=0.05,
                        help="below this a line the link rules name stays (a list item, a table row)")
    parser.add_argument("--sure", type=float, default=0.85, help="the threshold for a line that reads as a sentence")
    parser.add_argument("--show", action="store_true", help="list the cross-validated removals the gold does not list")
    parser.add_argument("--silver", default=str(SILVER) if SILVER.is_file() else None,
                        help="lines of other dev clusters read and labelled (scripts/data/furniture-silver.jsonl)")
    args = parser.parse_args()
    started = time.time()
    if args.ngrams:
        count_ngrams(args.ngrams, args.min_clusters)
        from storylens.furniture import repeated

        repeated.cache_clear()
    dev = load_dev(args.dev)
    tune = json.loads((Path(args.gold) / "tune.json").read_text(encoding="utf-8"))
    check_ids = {g["id"] for g in json.loads((Path(args.gold) / "check.json").read_text(encoding="utf-8"))}
    skip = check_ids | {g["id"] for g in tune}
    lines, labels, _ = distant_lines(dev, skip, args.repeat_clusters, None)
    words = train_words(lines, labels)
    extra = None
    if args.distant_weight:
        _, labels, distant_x = distant_lines(dev, skip, args.repeat_clusters, words)
        extra = (distant_x, labels, args.distant_weight)
    by_id = {r["id"]: r for r in dev}
    x, y, group, where, kinds = tune_table(by_id, tune, words)
    ruled = np.array([k is not None for k in kinds])
    weight = training_weights(y, ruled)
    print(f"line model: {len(y)} lines of {len(tune)} tune clusters, {(y == 1).sum()} gold boilerplate, "
          f"{int((weight == 0).sum())} left out ({time.time() - started:.0f}s)")
    gold_rows = len(y)
    silver = [json.loads(line) for line in Path(args.silver).read_text(encoding="utf-8").splitlines()] \
        if args.silver else []
    if silver:
        sx, sy, sgroup, swhere, skinds = silver_table(by_id, silver, words)
        # The readers labelled every line: a line the rules remove that they call report text is one.
        print(f"silver: {(sy >= 0).sum()} read lines of {len(set(sgroup))} other dev clusters, {(sy == 1).sum()} "
              f"furniture")
        x, y, group = np.vstack([x, sx]), np.concatenate([y, sy]), np.concatenate([group, sgroup])
        where, kinds = where + swhere, kinds + skinds
        weight = np.concatenate([weight, (sy >= 0).astype(float)])
        ruled = np.array([k is not None for k in kinds])
    p = cross_validate(x, y, group, weight, args.folds, extra)
    print("== tune gold lines, cross-validated by cluster")
    cv = report(p[:gold_rows], y[:gold_rows], kinds[:gold_rows], where[:gold_rows], args.threshold, args.sure,
                args.keep)
    if silver:
        print("== silver lines, cross-validated by cluster")
        cv["silver"] = report(p[gold_rows:], y[gold_rows:], kinds[gold_rows:], where[gold_rows:], args.threshold,
                              args.sure, args.keep)
    if args.show:
        chosen = policy(p, where, args.threshold, args.sure)
        for k in np.argsort(-p):
            if chosen[k] and y[k] == 0:
                print(f"  other {p[k]:.2f}{' (rule)' if ruled[k] else ''} {where[k][0]} a{where[k][1] + 1}: "
                      f"{where[k][2][:150]}")
        for k in np.where(~chosen & (y == 1) & ~ruled)[0]:
            print(f"  missed {p[k]:.2f} {where[k][0]} a{where[k][1] + 1}: {where[k][2][:150]}")
    booster = fit(x, y, weight, extra)
    model = {"threshold": args.threshold, "sure": args.sure, "keep": args.keep, "features": FEATURES, "cv": cv,
             "trained_on": f"{len(tune)} tune clusters (gold boilerplate lines), {len({r['cluster'] for r in silver})} "
                           f"other dev clusters (read lines); words model on "
                           f"{sum(r['id'] not in check_ids and r['id'] not in {g['id'] for g in tune} for r in dev)} "
                           f"other dev clusters (distant labels)",
             "words": {"intercept": words["intercept"], "weights": [float(w) for w in words["weights"]],
                       "tokens": WORD_TOKENS.pattern},
             "model": booster.model_to_string()}
    out = RESOURCES / "furniture.json"
    out.write_text(json.dumps(model), encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size // 1024} KB) in {time.time() - started:.0f}s")


if __name__ == "__main__":
    main()
