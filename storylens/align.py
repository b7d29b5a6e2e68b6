"""Align: which two claims speak of the same thing.

Claims (``storylens.claims``) are read off the parse; this stage pairs those that could be two
reports of one slot — the same kind of measure, in sentences of different articles or of two
named sources — and describes each pair by features of the two sentences and mentions: how
alike the sentences, their contexts and the clauses around the values are, whether the event
and the counted thing are the same word or near ones, the names, places and days they share or
set apart, who each is attributed to, hedges and updates. A trained model
(``scripts/train_disputes.py``, ``storylens/resources/disputes.txt``) turns the features into the
probability that the two claims give values for the same slot. Nothing here decides by word
lists which claims belong together; that is learned.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

import numpy as np

from storylens.claims import Mention, is_negated, sentence_words
from storylens.claims.base import clause_span
from storylens.claims.quantities import SCALES
from storylens.clean import QUOTE_MARK
from storylens.entities import clean_mention, key_of
from storylens.model import Article, Sentence
from storylens.models import wordllama
from storylens.quotes import attribution as speech_subject
from storylens.quotes import resolve_speaker

ACCORDING = re.compile(r"\baccording to (?:a |an |the )?([^,.;()]{3,60})", re.I)
REPORTED = re.compile(r"\b([A-Z][\w.&' ]{1,40}?) (?:reported|reports|said)\b")
MAX_PARTNERS = 25  # per mention, the most similar sentences of its kind: keeps a cluster linear in size
HEDGE_WORDS = {"might", "could", "may", "would", "expected", "predicted", "estimated", "likely", "possibly",
               "perhaps", "reportedly", "believed", "feared", "if"}
UPDATE_WORDS = {"rose", "risen", "rising", "climbed", "increased", "jumped", "grew", "now", "updated", "latest",
                "later", "revised"}
MEASURES = ["count", "times", "age", "money", "percent", "quantity", "clock", "duration", "ordinal", "time",
            "weekday", "calendar", "year", "relative", "ago", "adjective", "slot", "venue", "descriptor", "rank",
            "denial"]
FEATURE_NAMES = [
    "measure", "same_article", "sentence_similarity", "context_similarity", "clause_similarity",
    "article_similarity", "word_overlap", "same_event", "event_similarity", "events_missing", "same_thing",
    "thing_similarity", "things_missing", "shared_names", "unshared_names", "places_shared", "places_apart",
    "days_shared", "days_apart", "actors_apart", "attributed", "same_source", "crowded", "position", "hedged",
    "updated", "quoted", "lead_similarity", "same_person", "frame_similarity", "rank_in_article", "mutual_best",
    "anchored", "both_leads", "additive", "window_overlap", "head_match", "first_of_event",
]

# The direction each feature may push the score (+1 up, -1 down, 0 either): with few gold
# disputes to learn from, the model may not learn that more alike sentences make a pair less
# likely, whatever the sample says.
MONOTONE = {
    "sentence_similarity": 1, "context_similarity": 1, "clause_similarity": 1, "word_overlap": 1, "same_event": 1,
    "event_similarity": 1, "same_thing": 1, "thing_similarity": 1, "shared_names": 1, "unshared_names": -1,
    "places_shared": 1, "places_apart": -1, "days_shared": 1, "days_apart": -1, "actors_apart": -1,
    "updated": -1, "same_person": 1, "frame_similarity": 1, "rank_in_article": -1,
    "mutual_best": 1, "anchored": 1, "additive": -1, "window_overlap": 1, "head_match": 1,
    # Articles alike, and claims in their leads, report the story's main event the same way. (The
    # distant negatives come from article pairs that share a figure, often in their leads: left
    # free, the model learns that this makes one slot less likely.)
    "article_similarity": 1, "lead_similarity": 1, "both_leads": 1, "position": -1,
}


@dataclass
class Pair:
    """Two claims that may give values for one slot, with their features and the model's score."""

    a: Mention
    b: Mention
    features: list[float]
    conflict: bool  # the values cannot both be true
    score: float = 0.0  # the model's probability that the two claims fill one slot


class Scene:
    """What alignment reads beyond the mentions: sentences, their vectors and their sources."""

    def __init__(self, articles: list[Article], vectors: np.ndarray, canonical: dict[str, str]) -> None:
        self.articles = {a.id: a for a in articles}
        self.order = {a.id: k for k, a in enumerate(articles)}
        self.row: dict[tuple[str, int], int] = {}
        for a in articles:
            for s in a.sentences:
                self.row[(a.id, s.index)] = len(self.row)
        self.vectors = vectors
        self.canonical = canonical
        self._attributed: dict[tuple[str, int], str | None] = {}
        self.context = _context_vectors(articles, vectors)
        self.centroids = {a.id: _unit(vectors[[self.row[(a.id, s.index)] for s in a.sentences]].mean(axis=0))
                          if a.sentences else np.zeros(vectors.shape[1]) for a in articles}

    def sentence(self, m: Mention) -> Sentence:
        return self.articles[m.article].sentences[m.sentence]

    def vector(self, m: Mention) -> np.ndarray:
        return self.vectors[self.row[(m.article, m.sentence)]]

    def source(self, m: Mention) -> str | None:
        """Who the article says asserts the mention's sentence (cached per sentence)."""
        key = (m.article, m.sentence)
        if key not in self._attributed:
            self._attributed[key] = attribution(self.sentence(m), self.articles[m.article], self.canonical)
        return self._attributed[key]

    def person(self, m: Mention) -> str:
        """The canonical person a mention's ``thing`` names, pronouns resolved in its article."""
        article = self.articles[m.article]
        name = resolve_speaker(m.thing, False, article, self.sentence(m), self.canonical)
        return self.name(name)

    def names(self, m: Mention) -> set[str]:
        return {self.name(e.text) for e in self.sentence(m).entities
                if e.label in {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}}

    def name(self, text: str) -> str:
        """The merged entity's name for a mention, keyed as the entity list keys its variants
        ("the Pakistan Rangers" and "Rangers" are one name)."""
        key = key_of(clean_mention(text))
        return self.canonical.get(key, key)


def attribution(sentence: Sentence, article: Article, canonical: dict[str, str]) -> str | None:
    """Who the article says asserts a sentence: a speaker, "according to X", "X reported"."""
    found = speech_subject(sentence)
    if found and found[0].lower() in {"it", "they", "this", "that"}:
        found = None  # "it said": an organisation named earlier, not a person to resolve
    if not found:
        match = ACCORDING.search(sentence.text) or REPORTED.search(sentence.text)
        found = (match.group(1).strip(), False) if match else None
    return resolve_speaker(*found, article, sentence, canonical) if found else None


def _unit(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    return v / n if n > 0 else v


def _context_vectors(articles: list[Article], vectors: np.ndarray) -> np.ndarray:
    """Each sentence's vector averaged with its neighbours' in the same article."""
    out = np.zeros_like(vectors)
    row = 0
    for a in articles:
        n = len(a.sentences)
        block = vectors[row: row + n]
        for k in range(n):
            out[row + k] = _unit(block[max(k - 1, 0): k + 2].mean(axis=0))
        row += n
    return out


NEGATING_PREFIXES = ("non", "dis", "il", "un", "in", "im", "ir")
FILLERS = {"slot", "venue", "descriptor"}
DENIALS = {"", "any", "exists"}
MAX_BACKERS = 5  # sentences set against one denial


def slot_key(m: Mention) -> tuple[str, str] | None:
    """Mentions that could fill one slot share this key; None for mentions not paired here."""
    if m.kind == "number":
        return ("number", f"{m.measure}:{m.thing}" if m.measure == "quantity" else m.measure)
    if m.kind == "date":
        return ("date", m.measure)
    if m.measure == "adjective":
        return ("claim", f"adjective:{m.thing}:{base_adjective(m)}")
    if m.measure in FILLERS or m.measure == "rank":
        return ("claim", f"{m.measure}:{m.event}")
    return None


def base_adjective(m: Mention) -> str:
    """ "illegal" and "not legal" are "legal" said the other way."""
    if m.polarity < 0:
        for prefix in NEGATING_PREFIXES:
            if m.event.startswith(prefix) and len(m.event) > len(prefix) + 3:
                return m.event[len(prefix):]
    return m.event


def conflict(a: Mention, b: Mention) -> bool:
    """Whether two values cannot both be true (a parse of the values, not of what they count)."""
    if a.measure == "adjective":
        return a.polarity != b.polarity
    if a.measure in FILLERS:
        return a.words.isdisjoint(b.words)
    if a.measure == "denial":
        return a.value != b.value
    # A magnitude is given to a tenth: "magnitude 6" is 6.0, not a rounded 6.2.
    if a.measure in {"money", "quantity", "percent"} and a.thing != "magnitude" and _rounded(a, b):
        return False
    if a.kind == "number" or a.measure == "ago":
        size = max(abs(_size(a)), abs(_size(b)))
        slack = 0.001 * size if a.measure == "quantity" else 0.0
        if a.measure in {"quantity", "money"} and any(_round(m) for m in (a, b)):
            slack = 0.01 * size  # "the 29,000-ton ship" rounds "weighs 29,060 tons"
        return a.hi + slack < b.lo or b.hi + slack < a.lo
    if a.measure == "calendar":  # March 3 against March 5; a year only when both give one
        return a.lo != b.lo or a.hi >= 0 and b.hi >= 0 and a.hi != b.hi
    if a.measure == "relative":
        spans = relative_days(a.value), relative_days(b.value)
        if None in spans:  # a season: "last spring" against "last month" or "last fall"
            return a.value.lower() != b.value.lower()
        (lo_a, hi_a), (lo_b, hi_b) = spans
        return hi_a < lo_b or hi_b < lo_a
    return a.hi != b.hi if a.hi >= 0 and b.hi >= 0 else a.lo != b.lo


# How many days before the report a relative time may reach back (a reading of the words, wide
# enough that "a few days ago" and "several days ago" or "last week" overlap).
RELATIVE_SPANS = {"days": (1, 10), "weeks": (7, 70), "months": (28, 365), "years": (365, 3650),
                  "week": (1, 14), "weekend": (1, 9), "month": (1, 62), "year": (1, 730)}


def relative_days(value: str) -> tuple[int, int] | None:
    """The days back a relative time spans ("several days ago": 1 to 10), or None for a season,
    which only another season's name can contradict without the report's date."""
    words = value.lower().split()
    unit = words[-2] if words[-1] == "ago" else words[-1]
    return RELATIVE_SPANS.get(unit)


WRITTEN = re.compile(r"(\d[\d,]*)(?:\.(\d+))?\s*(thousand|million|billion|trillion)?\b")


def _step(m: Mention) -> float | None:
    """The unit of a figure's last written digit: 0.1 billion for "$1.7 billion", 1 million for
    "$7 million", 0.1 for "43.8 percent"; None when the figure is not written in digits."""
    found = WRITTEN.search(m.value.lower())
    if found is None:
        return None
    return 10.0 ** -len(found.group(2) or "") * SCALES.get(found.group(3), 1.0)


def _rounded(a: Mention, b: Mention) -> bool:
    """Whether one figure is the other written to fewer digits, and within 5% of it: "$1.7 billion"
    and "$1.73 billion", "$7 million" and "$6.8 million", "44 percent" and "43.8 percent" agree;
    "44" and "45" do not, nor "$1 billion" and "$1.2 billion" (one digit stands for too wide a range)."""
    if a.lo != a.hi or b.lo != b.hi or math.isinf(a.hi) or math.isinf(b.hi):
        return False
    steps = _step(a), _step(b)
    if None in steps or steps[0] == steps[1]:
        return False
    coarse, fine = (a, b) if steps[0] > steps[1] else (b, a)
    unit = max(steps)
    return math.isclose(round(fine.lo / unit) * unit, coarse.lo, rel_tol=1e-9) and \
        abs(fine.lo - coarse.lo) <= 0.05 * abs(coarse.lo)


def _round(m: Mention) -> bool:
    return m.lo == m.hi and m.lo >= 1000 and m.lo % 1000 == 0


def _size(m: Mention) -> float:
    return m.lo if math.isinf(m.hi) else (m.lo + m.hi) / 2


def candidate_pairs(mentions: list[Mention], scene: Scene) -> list[Pair]:
    """Pairs of mentions of one kind of slot, from different articles or from two named sources
    of one article; each mention keeps its most similar partners only."""
    by_key: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in mentions:
        key = slot_key(m)
        if key is not None:
            by_key[key].append(m)
    clause_vectors = _clause_vectors([m for ms in by_key.values() for m in ms], scene)
    words = _WordVectors([w for ms in by_key.values() for m in ms for w in (m.event, m.thing, m.frame) if w])
    tally = _tally(mentions)
    pairs = []
    for group in by_key.values():
        if len(group) < 2:
            continue
        vecs = np.stack([scene.vector(m) for m in group])
        sim = vecs @ vecs.T
        chosen: set[tuple[int, int]] = set()
        for i in range(len(group)):
            for j in np.argsort(-sim[i])[: MAX_PARTNERS + 1]:
                j = int(j)
                if i != j and _pairable(group[i], group[j], scene):
                    chosen.add((min(i, j), max(i, j)))
        for i, j in sorted(chosen):
            a, b = group[i], group[j]
            feats = features(a, b, scene, clause_vectors, words, tally)
            pairs.append(Pair(a, b, feats, conflict(a, b)))
    pairs += _denial_pairs([m for m in mentions if m.kind == "claim" and m.measure in DENIALS], scene,
                           clause_vectors, words, tally)
    _add_ranks(pairs)
    return pairs


@dataclass
class Tally:
    """What the other mentions of a cluster say of one: how many of its kind share its sentence,
    and whether it is the first of its event and kind in its article (an article tells its
    story's count of the arrested once, up front; later counts of "arrested" are often others)."""

    crowd: dict[tuple, int]
    first: set[int]


def _tally(mentions: list[Mention]) -> Tally:
    crowd: dict[tuple, int] = defaultdict(int)
    seen: set[tuple] = set()
    first = set()
    for m in sorted(mentions, key=lambda m: (m.article, m.sentence, m.anchor)):
        crowd[(m.article, m.sentence, slot_key(m))] += 1
        key = (m.article, slot_key(m), m.event)
        if key not in seen:
            seen.add(key)
            first.add(id(m))
    return Tally(crowd, first)


def _denial_pairs(denials: list[Mention], scene: Scene, clauses, words, tally: Tally) -> list[Pair]:
    """A denied clause against the sentences of other sources that say it without a negation."""
    pairs = []
    sentences = [s for a in scene.articles.values() for s in a.sentences if s.doc is not None]
    if not denials or not sentences:
        return pairs
    lemmas = [sentence_words(s) for s in sentences]
    vectors = np.stack([scene.vectors[scene.row[(s.article, s.index)]] for s in sentences])
    for d in denials:
        denial = replace(d, measure="denial", value="denied")
        similarity = vectors @ scene.vector(d)
        found = 0
        for k in np.argsort(-similarity):
            s = sentences[int(k)]
            if found >= MAX_BACKERS or similarity[k] < 0.2:
                break
            if len(d.words & lemmas[k]) < 2 or is_negated(s) or s.text.rstrip().endswith("?"):
                continue
            backer = Mention("claim", s.article, s.index, "asserted", measure="denial", event=d.event,
                             words=frozenset(d.words & lemmas[k]), frame=d.frame, anchor=_word_at(s, d.event))
            if not _pairable(denial, backer, scene):
                continue
            found += 1
            feats = features(denial, backer, scene, clauses, words, tally)
            pairs.append(Pair(denial, backer, feats, True))
    return pairs


def _word_at(sentence: Sentence, lemma: str) -> int:
    return next((t.i for t in sentence.doc if t.lemma_.lower() == lemma), -1)

def _add_ranks(pairs: list[Pair]) -> None:
    """How each pair ranks among its mentions' pairs into the same other article: a slot is
    reported once per article, so the claim that fits best is the likely counterpart."""
    sentence, clause = FEATURE_NAMES.index("sentence_similarity"), FEATURE_NAMES.index("clause_similarity")
    closeness = {id(p): p.features[sentence] + p.features[clause] for p in pairs}
    best: dict[tuple[int, str], list[float]] = defaultdict(list)
    for p in pairs:
        best[(id(p.a), p.b.article)].append(closeness[id(p)])
        best[(id(p.b), p.a.article)].append(closeness[id(p)])
    for p in pairs:
        mine = closeness[id(p)]
        ranks = [sum(other > mine for other in best[(id(p.a), p.b.article)]),
                 sum(other > mine for other in best[(id(p.b), p.a.article)])]
        at = FEATURE_NAMES.index("rank_in_article")
        p.features[at:at] = [float(max(ranks)), float(max(ranks) == 0)]


def _pairable(a: Mention, b: Mention, scene: Scene) -> bool:
    if (a.article, a.sentence) == (b.article, b.sentence):
        return False
    if scene.sentence(a).text == scene.sentence(b).text:
        return False  # one sentence copied into two articles is one report, not two sides
    if a.measure == "age" and not (a.thing and b.thing and scene.person(a) == scene.person(b)):
        return False  # an age is a value of one person: two people's ages are two slots
    if a.measure == "slot" and not _one_actor(a, b, scene):
        return False  # what one person spoke to or was charged with is not what another was
    if a.part != b.part:
        return False  # "three children" of "eight people including three children" is not a total
    if a.summed != b.summed:
        return False  # the grosses of "the seven films in the franchise" are not one film's
    if a.article != b.article:
        return True
    first, second = scene.source(a), scene.source(b)
    return bool(first and second and first != second)  # within one article: two named sources


def _one_actor(a: Mention, b: Mention, scene: Scene) -> bool:
    """Whether two slots' actors are one person, neither a "he" or "she" that only the sentences
    before could resolve: such a "he" is too often another man ("... told the FBI that he spoke to a
    union official" against "the official said he spoke to Obama", both taken for Obama)."""
    pronouns = {"he", "she"}
    return a.thing not in pronouns and b.thing not in pronouns and scene.person(a) == scene.person(b)


def _clause_vectors(mentions: list[Mention], scene: Scene) -> dict[int, np.ndarray]:
    """A vector of the clause around each mention's value, the value itself left out, so that
    "27 workers were arrested" and "five were arrested" look alike."""
    texts, keys = [], []
    for m in mentions:
        doc = scene.sentence(m).doc
        if doc is None or m.anchor < 0:
            continue
        lo, hi = clause_span(doc.doc[m.anchor])
        words = [t.text for t in doc.doc[lo: hi + 1] if not t.like_num and t.i != m.anchor and not t.is_punct]
        texts.append(" ".join(words) or doc.text)
        keys.append(id(m))
    if not texts:
        return {}
    vectors = np.nan_to_num(np.asarray(wordllama().embed(texts, norm=True, batch_size=64), dtype=np.float32))
    return dict(zip(keys, vectors))


class _WordVectors:
    """Vectors of single words (events, counted things), embedded in one batch."""

    def __init__(self, words: list[str]) -> None:
        unique = sorted(set(words))
        vectors = np.nan_to_num(np.asarray(wordllama().embed(unique, norm=True), dtype=np.float32)) if unique else []
        self.vectors = dict(zip(unique, vectors))

    def similarity(self, a: str, b: str) -> float:
        if not a or not b:
            return 0.0
        if a == b:
            return 1.0
        return float(self.vectors[a] @ self.vectors[b])


def _words(sentence: Sentence) -> set[str]:
    if sentence.doc is None:
        return set(re.findall(r"[a-z]{3,}", sentence.text.lower()))
    return {t.lemma_.lower() for t in sentence.doc if t.is_alpha and not t.is_stop and len(t) > 2}


def _flags(sentence: Sentence, vocabulary: set[str]) -> float:
    return float(any(w in vocabulary for w in re.findall(r"[a-z]+", sentence.text.lower())))


def _quoted(sentence: Sentence) -> float:
    return float(bool(QUOTE_MARK.search(sentence.text)))


def features(a: Mention, b: Mention, scene: Scene, clauses: dict[int, np.ndarray], words: _WordVectors,
             tally: Tally) -> list[float]:
    """The pair's features, in the order of :data:`FEATURE_NAMES` (symmetric in a and b)."""
    sa, sb = scene.sentence(a), scene.sentence(b)
    va, vb = scene.vector(a), scene.vector(b)
    ra, rb = scene.row[(a.article, a.sentence)], scene.row[(b.article, b.sentence)]
    ca, cb = clauses.get(id(a)), clauses.get(id(b))
    wa, wb = _words(sa), _words(sb)
    na, nb = scene.names(a), scene.names(b)
    src_a, src_b = scene.source(a), scene.source(b)
    first_a = scene.articles[a.article].sentences[0]
    first_b = scene.articles[b.article].sentences[0]
    lead = float(scene.vector(_at(first_a)) @ vb + scene.vector(_at(first_b)) @ va) / 2 if first_a and first_b else 0
    return [
        float(MEASURES.index(a.measure)) if a.measure in MEASURES else -1.0,
        float(a.article == b.article),
        float(va @ vb),
        float(scene.context[ra] @ scene.context[rb]),
        float(ca @ cb) if ca is not None and cb is not None else float(va @ vb),
        float(scene.centroids[a.article] @ scene.centroids[b.article]),
        len(wa & wb) / max(min(len(wa), len(wb)), 1),
        float(bool(a.event) and a.event == b.event),
        words.similarity(a.event, b.event),
        float((not a.event) + (not b.event)),
        float(bool(a.thing) and a.thing == b.thing),
        words.similarity(a.thing, b.thing),
        float((not a.thing) + (not b.thing)),
        float(len(na & nb)),
        float(len(na ^ nb)) / max(len(na | nb), 1),
        float(len(a.where & b.where)),
        float(bool(a.where and b.where and a.where.isdisjoint(b.where))),
        float(len(a.when & b.when)),
        float(bool(a.when and b.when and a.when.isdisjoint(b.when))),
        float(bool(a.who and b.who and a.who.isdisjoint(b.who) or a.words and b.words
                   and a.words.isdisjoint(b.words))),
        float(bool(src_a) + bool(src_b)),
        float(bool(src_a and src_b and src_a == src_b)),
        float(tally.crowd[(a.article, a.sentence, slot_key(a))] + tally.crowd[(b.article, b.sentence, slot_key(b))]),
        float(min(a.sentence, b.sentence)),
        _flags(sa, HEDGE_WORDS) + _flags(sb, HEDGE_WORDS),
        _flags(sa, UPDATE_WORDS) + _flags(sb, UPDATE_WORDS),
        _quoted(sa) + _quoted(sb),
        lead,
        _same_person(a, b, scene),
        words.similarity(a.frame, b.frame),
        _anchored(a, b, scene),
        float(a.sentence < 3 and b.sentence < 3),
        _additive(a, scene) + _additive(b, scene),
        _window_overlap(a, b, scene),
        float(bool(_head(a, scene)) and _head(a, scene) == _head(b, scene)),
        float((id(a) in tally.first) + (id(b) in tally.first)),
    ]


def _window(m: Mention, scene: Scene, width: int = 4) -> set[str]:
    """Content lemmas within ``width`` tokens of the value."""
    doc = scene.sentence(m).doc
    if doc is None or m.anchor < 0:
        return set()
    near = doc.doc[max(m.anchor - width, doc.start): min(m.anchor + width + 1, doc.end)]
    return {t.lemma_.lower() for t in near if t.is_alpha and not t.is_stop and not t.like_num and t.i != m.anchor}


def _window_overlap(a: Mention, b: Mention, scene: Scene) -> float:
    x, y = _window(a, scene), _window(b, scene)
    return len(x & y) / max(len(x | y), 1)


def _head(m: Mention, scene: Scene) -> str:
    """The word the value hangs from in the parse ("stories" of "six stories", "was" of "was 34")."""
    doc = scene.sentence(m).doc
    if doc is None or m.anchor < 0:
        return ""
    tok = doc.doc[m.anchor]
    while tok.dep_ in {"compound", "nummod", "quantmod", "advmod"} and tok.head != tok and tok.head.like_num:
        tok = tok.head
    return tok.head.lemma_.lower() if tok.head != tok else ""


def _additive(m: Mention, scene: Scene) -> float:
    """ "Sixty-five more were killed", "another 12": a figure added to one told before, not the same count."""
    doc = scene.sentence(m).doc
    if doc is None or m.anchor < 0:
        return 0.0
    near = doc.doc[max(m.anchor - 2, 0): m.anchor + 4]
    return float(any(t.lower_ in {"more", "another", "additional", "other", "further"} for t in near))


def _anchored(a: Mention, b: Mention, scene: Scene) -> float:
    """How many other figures the two sentences share: "three bombings ... killed 27" against
    "twin car bombs ... killing 27" report one event."""
    def figures(m: Mention) -> set[str]:
        doc = scene.sentence(m).doc
        if doc is None:
            return set()
        return {t.text.replace(",", "") for t in doc if t.like_num and t.i != m.anchor and len(t.text) > 1}

    return float(len(figures(a) & figures(b)))


def _same_person(a: Mention, b: Mention, scene: Scene) -> float:
    """1 when both ages (or other values of a person) are of one canonical person, 0 when of two,
    0.5 when either is unknown."""
    if a.measure != "age" or not a.thing or not b.thing:
        return 0.5
    return float(scene.person(a) == scene.person(b))


def _at(sentence: Sentence) -> Mention:
    return Mention("", sentence.article, sentence.index, "")


MODELS = {"value": "disputes-values.txt", "claim": "disputes-claims.txt"}


def family(pair: Pair) -> str:
    """Which model scores a pair: figures and dates ("value") or statements ("claim")."""
    return "value" if pair.a.kind in {"number", "date"} else "claim"


@lru_cache(maxsize=1)
def models() -> dict:
    """The trained pair scorers (LightGBM), one per :func:`family`; empty when the files are missing."""
    import lightgbm as lgb

    found = {}
    for name, file in MODELS.items():
        path = resources.files("storylens.resources") / file
        if path.is_file():
            found[name] = lgb.Booster(model_str=path.read_text())
    return found


def score(pairs: list[Pair], boosters: dict | None = None) -> list[Pair]:
    """Fill each pair's ``score``, the probability that its two claims fill one slot, with the
    bundled models unless others are given (as cross-validation does). The models never see
    whether the values agree: they learned "one slot" mostly from claims that agree."""
    boosters = boosters or models()
    for name, booster in boosters.items():
        chosen = [p for p in pairs if family(p) == name]
        if chosen:
            predicted = booster.predict(np.asarray([p.features for p in chosen], dtype=np.float64))
            for p, value in zip(chosen, predicted):
                p.score = float(value)
    return pairs
