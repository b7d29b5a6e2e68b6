"""Evaluate: ROUGE against reference summaries, and disputes against annotated gold.

Dispute scores come from ``shared/tools/digest_check.py`` itself (imported, not
re-implemented), so storylens is measured by the same rules as everyone else.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import time
from functools import lru_cache
from pathlib import Path
from statistics import mean
from typing import Any

from storylens.batch import run_batch
from storylens.errors import InputError

ROUGE_TYPES = ("rouge1", "rouge2", "rougeL", "rougeLsum")


def rouge_scores(candidate: list[str], reference: str) -> dict[str, float]:
    """ROUGE-1/2/L/Lsum F1 (Porter stemming); Lsum with sentences joined by newlines."""
    scorer = _rouge_scorer()
    ref = reference_text(reference)
    scores = scorer.score(ref, "\n".join(candidate))
    return {k: scores[k].fmeasure * 100 for k in ROUGE_TYPES}


@lru_cache(maxsize=1)
def _rouge_scorer():
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)


def reference_text(summary: str) -> str:
    """A Newser reference with its leading dash removed and one sentence a line (for Lsum)."""
    text = re.sub(r"^\s*[–—-]\s*", "", summary)
    return "\n".join(p for p in re.split(r"(?<=[.!?])\s+", text) if p)


def eval_rouge(path: str, words: int, workers: int, limit: int | None = None) -> dict[str, Any]:
    """Digest every cluster of ``path`` and score its summary against the line's ``summary``."""
    from storylens.ingest import iter_clusters

    refs = [obj.get("summary") if isinstance(obj, dict) else None for _, _, obj in iter_clusters(path)]
    if not any(isinstance(r, str) for r in refs):
        raise InputError(path, "no line has a 'summary' to score against")
    started = time.perf_counter()
    rows = []
    for ref, record in zip(refs, run_batch(path, words, workers, analyse=False, limit=limit)):
        if "error" in record or not isinstance(ref, str):
            continue
        summary = [s["text"] for s in record["summary"]]
        scores = rouge_scores(summary, ref)
        scores["words"] = sum(len(s.split()) for s in summary)
        rows.append(scores)
    seconds = time.perf_counter() - started
    result = {k: mean(r[k] for r in rows) for k in (*ROUGE_TYPES, "words")} if rows else {}
    result.update(clusters=len(rows), seconds_per_cluster=seconds / max(len(rows), 1))
    return result


def load_checker():
    """Import ``digest_check.py`` from the shared tools folder (beside the repository)."""
    candidates = [os.environ.get("STORYLENS_DIGEST_CHECK", ""),
                  str(Path.cwd().parent / "shared" / "tools" / "digest_check.py"),
                  str(Path(__file__).resolve().parents[2] / "shared" / "tools" / "digest_check.py")]
    for path in candidates:
        if path and Path(path).is_file():
            spec = importlib.util.spec_from_file_location("digest_check", path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            return module
    raise InputError("digest_check.py", "not found; set STORYLENS_DIGEST_CHECK to its path")


def eval_disputes(gold_path: str, digests: list[dict[str, Any]]) -> tuple[list[dict], dict]:
    """Score digests against gold expectations with the shared checker; return rows and totals."""
    checker = load_checker()
    try:
        golds = checker.load_many(gold_path)
    except (OSError, json.JSONDecodeError) as err:
        raise InputError(gold_path, f"unreadable gold file ({err})") from None
    if len(golds) == 1 and len(digests) == 1:
        pairs = [(digests[0], golds[0])]
    else:
        by_id = {d.get("id"): d for d in digests}
        pairs = [(by_id.get(g.get("id"), {}), g) for g in golds]
    rows = [checker.score(d, g) for d, g in pairs]
    keys = [k for k in rows[0] if isinstance(rows[0][k], int)] if rows else []
    total = {k: sum(r[k] for r in rows) for k in keys}
    total["clusters"] = len(rows)
    total["clusters_without_disputes"] = sum(1 for _, g in pairs if not g.get("disputes"))
    return rows, total
