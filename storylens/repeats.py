"""Repeats: whether two summary candidates tell the same thing (a model of the summary's near-repeats).

Outlets retell the event in their own words ("A man rushed onto the red carpet ... and dove beneath
the dress of actress America Ferrera"; "Ukrainian journalist Vitalii Sediuk stuck his head under
her dress"), and sentence vectors alone rate such retellings far apart. A logistic regression
(``resources/repeats.json``, trained by ``scripts/train_repeats.py`` on the pairs of summary
sentences that blind readers flagged as repeats, every other pair of those summaries a negative)
gives two sentences the probability that a reader would find the second says again what the first
said, from the :data:`FEATURES` below: how alike the two are in meaning and words, how likely
the agreement model (:mod:`storylens.agree`) finds they make one statement, which names,
verbs and figures they share, how many of the words they share the cluster's other articles use
too (the story's own words) and how many only a few use, whether they come from one article and
how near its top. The selection leaves out a sentence whose probability with one already chosen
reaches the model's ``threshold`` (0.7: the lowest that keeps the summaries' ROUGE above the summary
issue's floor, see the training script), unless the two :func:`differ`. Without the model file only
the similarity and overlap tests of :mod:`storylens.select` apply.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources

import numpy as np

from storylens import agree
from storylens.claims.quantities import figures
from storylens.clean import QUOTE_MARK
from storylens.features import content_words
from storylens.leads import names
from storylens.model import Sentence
from storylens.models import logistic

FEATURES = ["similarity", "statement", "overlap", "shared_rare", "shared_story", "shared_names", "shared_verbs",
            "shared_figures", "same_article", "first_index", "second_index", "shorter", "both_quoted"]
WORD = re.compile(r"[a-z][a-z'’-]{2,}")
WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
STORY_SHARE = 0.5  # a word at least this share of the articles use is the story's own word


@lru_cache(maxsize=1)
def model() -> dict | None:
    path = resources.files("storylens.resources").joinpath("repeats.json")
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def article_share(sentences: list[Sentence]) -> dict[str, float]:
    """The share of the articles whose candidate sentences have each word (lower-cased, three
    letters or more)."""
    by_article: dict[str, set[str]] = {}
    for sentence in sentences:
        by_article.setdefault(sentence.article, set()).update(WORD.findall(sentence.text.lower()))
    counts: dict[str, int] = {}
    for words in by_article.values():
        for word in words:
            counts[word] = counts.get(word, 0) + 1
    return {word: n / max(len(by_article), 1) for word, n in counts.items()}


def features(a: Sentence, b: Sentence, vector_a: np.ndarray, vector_b: np.ndarray,
             share: dict[str, float]) -> list[float]:
    """The :data:`FEATURES` of a pair of sentences; ``share`` from :func:`article_share`."""
    words_a, words_b = _words(a), _words(b)
    shared = words_a & words_b
    story = sum(1 for w in shared if share.get(w, 0.0) >= STORY_SHARE)
    lemmas_a, lemmas_b = _lemmas(a), _lemmas(b)
    overlap = len(lemmas_a & lemmas_b) / max(min(len(lemmas_a), len(lemmas_b)), 1)
    similarity = float(vector_a @ vector_b)
    statement = agree.probability(agree.features(a, b, similarity, set(content_words(a)), set(content_words(b)),
                                                 figures(a), figures(b)))
    return [similarity, statement, overlap, float(len(shared) - story), float(story),
            float(len(names(a) & names(b))), float(len(_verbs(a) & _verbs(b))),
            float(len(_figures(a) & _figures(b))), float(a.article == b.article),
            math.log1p(min(a.index, b.index)), math.log1p(max(a.index, b.index)),
            math.log1p(min(a.words, b.words)),
            float(bool(QUOTE_MARK.search(a.text)) and bool(QUOTE_MARK.search(b.text)))]


def probability(a: Sentence, b: Sentence, vector_a: np.ndarray, vector_b: np.ndarray,
                share: dict[str, float]) -> float:
    """How likely a reader finds that ``a`` and ``b`` tell the same thing (0 without the model)."""
    found = model()
    return logistic(found, features(a, b, vector_a, vector_b, share)) if found else 0.0


def repeats(a: Sentence, b: Sentence, vector_a: np.ndarray, vector_b: np.ndarray,
            share: dict[str, float]) -> bool:
    """Whether the model rates the pair a repeat (its probability reaches the model's threshold),
    unless the two :func:`differ`."""
    found = model()
    return found is not None and not differ(a, b) and \
        probability(a, b, vector_a, vector_b, share) >= found["threshold"]


def differ(a: Sentence, b: Sentence) -> bool:
    """Whether two sentences give other figures or other days, or one negates or denies what the
    other asserts (a parse rule, as for the agreement model): a retelling that says "Tuesday" and
    "about 20 arrests" where the lead said "Wednesday" shows the reader where the outlets differ,
    and the summary keeps it."""
    figures_a, figures_b = figures(a), figures(b)
    days_a, days_b = set(WEEKDAY.findall(a.text)), set(WEEKDAY.findall(b.text))
    return bool(figures_a and figures_b and figures_a != figures_b) or bool(days_a and days_b and days_a != days_b) \
        or agree.negated(a) != agree.negated(b)


def _words(sentence: Sentence) -> set[str]:
    if sentence.doc is None:
        return set(WORD.findall(sentence.text.lower()))
    return {t.lower_ for t in sentence.doc if not t.is_stop and WORD.fullmatch(t.lower_)}


def _lemmas(sentence: Sentence) -> set[str]:
    if sentence.doc is None:
        return _words(sentence)
    return {t.lemma_.lower() for t in sentence.doc if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "NUM")
            and not t.is_stop}


def _verbs(sentence: Sentence) -> set[str]:
    if sentence.doc is None:
        return set()
    return {t.lemma_.lower() for t in sentence.doc if t.pos_ == "VERB" and not t.is_stop}


def _figures(sentence: Sentence) -> set[str]:
    """Figures as written in digits, the feature the model learned; the parse rule of :func:`differ`
    reads values (``claims.quantities.figures``: "three" and "3" alike)."""
    return set(re.findall(r"\d[\d,.]*", sentence.text))
