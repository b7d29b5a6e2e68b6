"""Leads: which article's opening sentence opens the summary, and so gives the headline.

The summary scorer (:mod:`storylens.select`) ranks sentences by how much of a human summary they
cover; an opening also has to tell the news. Feature ledes ("Virginia Murphy borrowed a small
fortune to attend law school"), premises ("Hunger is assumed to motivate eating") and asides
score well on the first count and fail the second. A logistic regression
(``resources/lead.json``, trained by ``scripts/train_lead.py`` on opening sentences that helper
sessions graded as openings of a digest) gives each candidate lead the probability that it tells
the news, from the :data:`FEATURES` below; the lead is the opening with the best summary score
plus the model's ``weight`` (0.3, chosen by cross-validation) times that probability. Without the
model file the best-scoring opening leads, as before the model.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources

import numpy as np

from storylens.clean import QUOTE_MARK
from storylens.features import FEATURE_NAMES, Candidates
from storylens.model import Sentence
from storylens.models import logistic

FEATURES = ["score", "score_behind_best", "words", "lead_similarity", "centroid", "numbers", "past_tense",
            "names_a_day", "story_names", "names", "opens_subordinate", "copula", "present_simple", "quoted"]
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "EVENT", "FAC", "WORK_OF_ART", "LOC", "PRODUCT", "LAW"}
DAY_WORDS = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|"
                       r"last (?:night|week|month|year))\b", re.I)
SUBORDINATE_OPENINGS = {"when", "while", "as", "if", "although", "though", "because", "since", "before", "after",
                        "once", "until", "whether", "unless"}


def story_names(cands: Candidates) -> set[str]:
    """The names (their last word, lower-cased) that at least half of the articles, and two or
    more, mention among their candidate sentences: who and what the story is about."""
    seen: dict[str, set[str]] = {}
    for sentence in cands.sentences:
        for name in names(sentence):
            seen.setdefault(name, set()).add(sentence.article)
    articles = len({s.article for s in cands.sentences})
    return {name for name, where in seen.items() if len(where) >= max(2, math.ceil(articles / 2))}


def features(cands: Candidates, scores: np.ndarray, rows: list[int], story: set[str]) -> np.ndarray:
    """The :data:`FEATURES` of the candidate leads ``rows``."""
    best = max((float(scores[i]) for i in rows), default=0.0)
    out = []
    for i in rows:
        sentence = cands.sentences[i]
        named = names(sentence)
        past, subordinate, copula, present = _verb_forms(sentence)
        out.append([float(scores[i]), best - float(scores[i]), sentence.words,
                    float(cands.features[i, FEATURE_NAMES.index("lead_similarity")]),
                    float(cands.features[i, FEATURE_NAMES.index("centroid")]),
                    float(cands.features[i, FEATURE_NAMES.index("numbers")]), past,
                    float(bool(DAY_WORDS.search(sentence.text))), float(len(named & story)), float(len(named)),
                    subordinate, copula, present, float(bool(QUOTE_MARK.search(sentence.text)))])
    return np.array(out, dtype=np.float64).reshape(len(rows), len(FEATURES))


def names(sentence: Sentence) -> set[str]:
    """The names a sentence gives, by their last word in lower case ("obama" of "Barack Obama")."""
    if sentence.doc is None:
        return set()
    return {ent[-1].lower_ for ent in sentence.doc.ents if ent.label_ in NAME_LABELS and ent[-1].is_alpha}


def _verb_forms(sentence: Sentence) -> list[float]:
    """past_tense, opens_subordinate, copula, present_simple of the sentence's main clause."""
    span = sentence.doc
    if span is None:
        return [0.0, 0.0, 0.0, 0.0]
    root = span.root
    aux = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    past = root.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux) or \
        (root.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux))  # "has resigned": news too
    words = [t for t in span if t.is_alpha]
    subordinate = bool(words) and words[0].lower_ in SUBORDINATE_OPENINGS and words[0].dep_ in ("mark", "advmod")
    copula = root.lemma_ == "be" or any(c.dep_ in ("attr", "acomp") for c in root.children)
    present = root.tag_ in ("VBZ", "VBP") and not aux
    return [float(past), float(subordinate), float(copula), float(present)]


@lru_cache(maxsize=1)
def model() -> dict | None:
    """The committed lead model, or None when it is missing (the best-scoring opening leads)."""
    path = resources.files("storylens.resources").joinpath("lead.json")
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def news(rows: np.ndarray) -> np.ndarray:
    """The model's probability that each candidate lead (a row of :func:`features`) tells the news."""
    m = model()
    if m is None:
        return np.zeros(len(rows))
    return np.array([logistic(m, row) for row in rows], dtype=np.float64)


def best(cands: Candidates, scores: np.ndarray, options: list[int]) -> int:
    """The candidate lead among ``options`` with the best summary score plus the model's weight
    times its probability of telling the news."""
    m = model()
    if m is None or len(options) < 2:
        return max(options, key=lambda i: scores[i])
    chance = news(features(cands, scores, options, story_names(cands)))
    return options[int(np.argmax(scores[options] + m["weight"] * chance))]
