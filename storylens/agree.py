"""Agreement: whether two sentences of different articles make the same statement.

The facts stage lists what two or more outlets say ("Where the sources agree"), and each summary
sentence cites the sentences of other outlets that say the same; both ask this question of two
sentences. A logistic regression (``resources/facts.json``, trained by ``scripts/train_facts.py``
on sentence pairs read by helper sessions) reads the pair's :func:`features`: how close the two
are in meaning (sentence vectors), how many words, word pairs and names they share or set apart,
whether they give the same figures and the same main verb, and how long they are. Parse rules
come first: sentences with different figures, or one negating what the other asserts, never make
one statement, whatever the model says.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

import numpy as np

from storylens.claims.base import DENY_LEMMAS
from storylens.clean import QUOTE_MARK
from storylens.model import Article, Sentence
from storylens.models import logistic
from storylens.references import SPEECH_VERBS

SIMILARITY_FLOOR = 0.55  # below this (sentence vectors) no two sentences make the same statement
# The most similar sentences of one article weighed as a sentence's partner: the likeliest is among
# them, and a page that repeats one sentence hundreds of times is not compared hundreds of times
# over for each sentence of the others (two such articles of 480 sentences took 75 s in the facts).
MAX_CANDIDATES = 8
NAMED = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}
FEATURES = ["similarity", "shared_min", "shared_max", "figures_shared", "names_shared", "names_apart",
            "length_ratio", "words_min", "pairs_shared", "words_jaccard", "one_quotes", "verbs_same", "verb_found"]
WORD = re.compile(r"[a-z0-9]+")
COPIED_WORDS = 8  # a sentence this long told word for word by two articles was copied, not written twice
COPIED_SENTENCES = 3
COPIED_SHARE = 0.2


def sources(articles: list[Article]) -> list[int]:
    """Each article's source, as the index of the first article of its source: two articles that
    share :data:`COPIED_SENTENCES` or more sentences of their own telling word for word — and at
    least :data:`COPIED_SHARE` of the shorter one's — are one story printed twice (two pages of one
    feature, a wire report and its reprint, an outlet's two versions of one story), and a statement
    they both make has one source, not two. Quotations do not count: outlets quote a speaker alike."""
    told = [{_plain(s.text) for s in a.sentences if s.words >= COPIED_WORDS and not QUOTE_MARK.search(s.text)}
            for a in articles]
    source = list(range(len(articles)))
    for j in range(len(articles)):
        for i in range(j):
            shared = len(told[i] & told[j])
            if shared >= COPIED_SENTENCES and shared >= COPIED_SHARE * min(len(told[i]), len(told[j])):
                source[j] = source[i]
                break
    return source


def _plain(text: str) -> str:
    return " ".join(WORD.findall(text.lower()))


def usable(sentence: Sentence, bag: set[str]) -> bool:
    """Whether a sentence may state or back a fact: not a heading or a doubtful line, long enough."""
    return not sentence.heading and not sentence.doubtful and sentence.words >= 6 and len(bag) >= 5


def features(a: Sentence, b: Sentence, similarity: float, bag_a: set[str], bag_b: set[str],
             figures_a: set[str], figures_b: set[str]) -> list[float]:
    """What the model reads of two sentences (symmetric in the two): how close in meaning, how many
    content words they share (of the shorter and of the longer), whether they give the same
    figures, how many names they share and how many one gives that the other does not, how long
    they are, how many of the shorter one's word pairs the other has, how many of all their words
    they share, whether one quotes someone and the other does not, and whether their main verbs
    (what is said, after a verb of saying) are one verb or found in the other sentence."""
    common = len(bag_a & bag_b)
    names_a, names_b = _names(a), _names(b)
    words_a, words_b = WORD.findall(a.text.lower()), WORD.findall(b.text.lower())
    pairs_a, pairs_b = set(zip(words_a, words_a[1:])), set(zip(words_b, words_b[1:]))
    return [similarity, common / max(min(len(bag_a), len(bag_b)), 1), common / max(len(bag_a), len(bag_b), 1),
            float(bool(figures_a) and figures_a == figures_b), float(len(names_a & names_b)),
            float(len(names_a ^ names_b)), min(a.words, b.words) / max(a.words, b.words, 1),
            float(min(a.words, b.words)), len(pairs_a & pairs_b) / max(min(len(pairs_a), len(pairs_b)), 1),
            len(set(words_a) & set(words_b)) / max(len(set(words_a) | set(words_b)), 1),
            float(bool(QUOTE_MARK.search(a.text)) != bool(QUOTE_MARK.search(b.text))), *_verbs(a, b)]


def negated(sentence: Sentence) -> bool:
    """Whether the sentence's main statement is negated or denied: "not" or "never" on its main
    verb (on what is said, after a verb of saying), or a verb of denial. A "not" in another clause
    ("staff were called ..., but were not expecting what they found") leaves the statement as it is."""
    verb = main_verb(sentence)
    if verb is not None and verb.pos_ not in {"VERB", "AUX"}:
        # "Kong: Skull Island isn't a remake ...": a title before a colon taken for the root; the
        # statement is the first clause hung on it
        verb = next((c for c in verb.children if c.pos_ in {"VERB", "AUX"} and c.dep_ != "relcl"), verb)
    return verb is not None and (any(c.dep_ == "neg" for c in verb.children) or verb.lemma_.lower() in DENY_LEMMAS)


def main_verb(sentence: Sentence):
    """The verb of a sentence's main statement: its root, or what is said after a verb of saying."""
    if sentence.doc is None:
        return None
    root = sentence.doc.root
    said = root.lemma_.lower() in SPEECH_VERBS
    return next((c for c in root.children if c.dep_ == "ccomp"), root) if said else root


def _verbs(a: Sentence, b: Sentence) -> list[float]:
    """Whether the two main verbs are one (by lemma), and how many of the two are found in the other."""
    va, vb = main_verb(a), main_verb(b)
    if va is None or vb is None:
        return [0.0, 0.0]
    lemmas_a, lemmas_b = {t.lemma_.lower() for t in a.doc}, {t.lemma_.lower() for t in b.doc}
    found = (va.lemma_.lower() in lemmas_b) + (vb.lemma_.lower() in lemmas_a)
    return [float(va.lemma_.lower() == vb.lemma_.lower()), found / 2]


def _names(sentence: Sentence) -> set[str]:
    """The capitalised words of the names a sentence gives ("Obama" of "Barack Obama" matches "Obama")."""
    return {w.lower() for e in sentence.entities if e.label in NAMED for w in e.text.split() if w[:1].isupper()}


@lru_cache(maxsize=1)
def model() -> dict:
    return json.loads(resources.files("storylens.resources").joinpath("facts.json").read_text())


def probability(row: list[float]) -> float:
    """The model's probability that two sentences with these :func:`features` make one statement."""
    return logistic(model(), row)


def threshold() -> float:
    return model()["threshold"]


def same_statement(a: Sentence, b: Sentence, similarity: float, bag_a: set[str], bag_b: set[str],
                   figures_a: set[str], figures_b: set[str]) -> float:
    """The probability that two sentences of different articles make one statement: 0 when they
    give other figures ("two children" is not "three children") or one negates or denies what the
    other asserts ("the first time in Oscars history" is not "not the first time"), else the
    model's."""
    if (figures_a and figures_b and figures_a != figures_b) or negated(a) != negated(b):
        return 0.0
    return probability(features(a, b, similarity, bag_a, bag_b, figures_a, figures_b))


def nearest(similarities: np.ndarray, candidates: Iterable[int]) -> list[int]:
    """Of ``candidates`` (indices into ``similarities``), the :data:`MAX_CANDIDATES` most similar, in
    their own order."""
    candidates = list(candidates)
    if len(candidates) <= MAX_CANDIDATES:
        return candidates
    kept = set(sorted(candidates, key=lambda j: -similarities[j])[:MAX_CANDIDATES])
    return [j for j in candidates if j in kept]


def likeliest(a: Sentence, bag_a: set[str], figures_a: set[str],
              others: Iterable[tuple[int, Sentence, float, set[str], set[str]]]) -> int | None:
    """Of ``others`` — (key, sentence, similarity to ``a``, its content words, its figures) — the key
    of the one likeliest to make the same statement as ``a`` (:func:`same_statement`), when that
    reaches the :func:`threshold`; the first of equals. None when none does."""
    chosen, best = None, 0.0
    for key, b, similarity, bag_b, figures_b in others:
        p = same_statement(a, b, similarity, bag_a, bag_b, figures_a, figures_b)
        if p >= threshold() and p > best:
            chosen, best = key, p
    return chosen
