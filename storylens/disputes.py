"""Disputes: align claims that speak of the same thing, and keep those whose values conflict.

Two mentions are aligned when they measure the same kind of thing (a count, an age, a
weekday), of the same event (the same predicate lemma, or near ones by word vectors), about
compatible things (the same counted noun, or both people), in sentences about the same
matter (sentence vectors). Values conflict when their intervals do not overlap: "about 20"
and "21" agree, "5" and "at least 27" do not. A later update ("the toll rose to 12") is a
development, not a dispute.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from itertools import combinations

import numpy as np

from storylens.claims import Mention, asserts, is_negated, sentence_words
from storylens.entities import clean_mention, key_of
from storylens.model import Article, Claim, Dispute, Sentence
from storylens.models import wordllama
from storylens.quotes import attribution as speech_subject
from storylens.quotes import resolve_speaker

PEOPLE = {"person", "people", "one", "man", "woman", "men", "women", "worker", "member", "officer", "soldier",
          "civilian", "child", "student", "protester", "suspect", "victim", "resident", "passenger", "police",
          "supporter", "activist", "militant", "gunman", "rebel", "terrorist", "fighter", "troop", "individual",
          "adult", "teenager", "boy", "girl", "citizen", "employee", "journalist", "patient", "inmate", "prisoner"}
SAME_MATTER = 0.2  # sentence-vector similarity for two mentions to be about the same matter
NEAR_EVENT = 0.3  # word-vector similarity for two different predicate lemmas to be one event
MEASURED = {"quantity", "clock"}  # values of a unit, compared without an event
MAX_CLAIMS = 8
MAX_DISPUTES = 10
ACCORDING = re.compile(r"\baccording to (?:a |an |the )?([^,.;()]{3,60})", re.I)
REPORTED = re.compile(r"\b([A-Z][\w.&' ]{1,40}?) (?:reported|reports|said)\b")


class Context:
    """What alignment needs beyond the mentions: sentences, their vectors, names."""

    def __init__(self, articles: list[Article], vectors: np.ndarray, canonical: dict[str, str]) -> None:
        self.articles = {a.id: a for a in articles}
        self.row = {}
        row = 0
        for a in articles:
            for s in a.sentences:
                self.row[(a.id, s.index)] = row
                row += 1
        self.vectors = vectors
        self.canonical = canonical
        self._word_vectors: dict[str, np.ndarray] = {}

    def sentence(self, m: Mention) -> Sentence:
        return self.articles[m.article].sentences[m.sentence]

    def similarity(self, a: Mention, b: Mention) -> float:
        return float(self.vectors[self.row[(a.article, a.sentence)]] @ self.vectors[self.row[(b.article, b.sentence)]])

    def word_similarity(self, a: str, b: str) -> float:
        if a == b:
            return 1.0
        if not a or not b:
            return 0.0
        for w in (a, b):
            if w not in self._word_vectors:
                self._word_vectors[w] = np.nan_to_num(wordllama().embed([w], norm=True)[0])
        return float(self._word_vectors[a] @ self._word_vectors[b])

    def share_names(self, a: Mention, b: Mention) -> bool:
        """Whether two mentions' sentences name a common entity (canonical names)."""
        def names(m: Mention) -> set[str]:
            return {self.person(e.text) for e in self.sentence(m).entities}

        return bool(names(a) & names(b))

    def person_of(self, m: Mention) -> str:
        """The canonical person a mention's ``thing`` names, pronouns resolved in its article."""
        sentence = self.sentence(m)
        return key_of(resolve_speaker(m.thing, False, self.articles[m.article], sentence, self.canonical))

    def person(self, name: str) -> str:
        key = key_of(clean_mention(name))
        return self.canonical.get(key, key)


def find_disputes(mentions: list[Mention], ctx: Context) -> list[Dispute]:
    """All disputes of a cluster, the most widely reported first."""
    disputes = _number_disputes([m for m in mentions if m.kind == "number"], ctx)
    disputes += _date_disputes([m for m in mentions if m.kind == "date"], ctx)
    disputes += _denial_disputes([m for m in mentions if m.kind == "claim" and not m.measure], ctx)
    disputes += _antonym_disputes([m for m in mentions if m.measure == "adjective"], ctx)
    disputes += _slot_disputes([m for m in mentions if m.measure == "slot"], ctx)
    disputes.sort(key=lambda d: (-len({c.article for c in d.claims}), ["number", "date", "claim"].index(d.kind)))
    return disputes[:MAX_DISPUTES]


def _aligned_numbers(a: Mention, b: Mention, ctx: Context) -> bool:
    if a.measure != b.measure or (a.article, a.sentence) == (b.article, b.sentence) or a.update or b.update:
        return False
    if a.measure == "age":
        return bool(a.thing) and ctx.person_of(a) == ctx.person_of(b)
    if a.measure in MEASURED:
        # One measurement reported twice comes out close ("8,027 m" against "8,013 m"); far
        # apart values of one unit are different things (a camp's height, a peak's).
        low, high = sorted((_size(a), _size(b)))
        close = low > 0 and high / low <= 1.02 or a.measure == "clock"
        return close and a.thing == b.thing and (ctx.similarity(a, b) >= 0.4 or ctx.share_names(a, b))
    if not a.event or not b.event or ctx.word_similarity(a.event, b.event) < NEAR_EVENT:
        return False
    if a.measure not in {"count", "times"} and (not a.thing or a.thing != b.thing):
        return False  # sums of money or percentages: only of the very same thing
    # "about 20 arrests" counts the event itself, so it matches a count of people arrested.
    people = {a.thing, b.thing} <= PEOPLE | {a.event, b.event, ""}
    things_match = a.thing == b.thing or people or ctx.word_similarity(a.thing, b.thing) >= NEAR_EVENT
    low, high = sorted((_size(a), _size(b)))
    if low > 0 and high / low > 10:
        return False  # a daily toll and a year's total: different measurements, not one in dispute
    # Both set somewhere and nowhere the same: different events.
    elsewhere = bool(a.where) and bool(b.where) and a.where.isdisjoint(b.where)
    return things_match and not elsewhere and ctx.similarity(a, b) >= SAME_MATTER


def _disagree(a: Mention, b: Mention) -> bool:
    """Intervals that do not overlap; measured values get 0.1% slack for rounded unit
    conversions ("5,900 meters (19,350 feet)" against "19,356 feet (5,900 m)")."""
    slack = 0.001 * max(abs(_size(a)), abs(_size(b))) if a.measure == "quantity" else 0.0
    return a.hi + slack < b.lo or b.hi + slack < a.lo


def _size(m: Mention) -> float:
    """A representative value of a mention's interval (its lower bound when open-ended)."""
    return m.lo if math.isinf(m.hi) else (m.lo + m.hi) / 2


def _number_disputes(mentions: list[Mention], ctx: Context) -> list[Dispute]:
    groups = _components(mentions, lambda a, b: _aligned_numbers(a, b, ctx))
    disputes = []
    for group in groups:
        conflict = any(_disagree(a, b) for a, b in combinations(group, 2)
                       if (a.article, a.sentence) != (b.article, b.sentence))
        if conflict:
            first = group[0]
            topic = f"age of {ctx.person_of(first).title()}" if first.measure == "age" else \
                first.frame if first.measure in MEASURED else _topic_words(group)
            disputes.append(Dispute(topic=topic, kind="number", claims=_claims(group, ctx)))
    return disputes


def _topic_words(group: list[Mention]) -> str:
    """ "how many people arrested", "how many corpses found"; ties go to the first claim."""
    def most(values: list[str]) -> str:
        counts = Counter(v for v in values if v)
        return counts.most_common(1)[0][0] if counts else ""

    event = most([m.event for m in group])
    people = sum(m.thing in PEOPLE or m.thing in {"", m.event} for m in group) * 2 >= len(group)
    counted = "people" if people else most([m.noun for m in group]) or most([m.thing for m in group])
    return f"how many {counted} {most([m.verb for m in group]) or event}"


def _date_disputes(mentions: list[Mention], ctx: Context) -> list[Dispute]:
    def aligned(a: Mention, b: Mention) -> bool:
        if a.measure != b.measure:
            return False
        if a.words and b.words and a.words.isdisjoint(b.words):
            return False  # different participants: different events on different days
        return (a.article, a.sentence) != (b.article, b.sentence) and not (a.update or b.update) and \
            ctx.word_similarity(a.event, b.event) >= NEAR_EVENT and ctx.similarity(a, b) >= SAME_MATTER + 0.2

    disputes = []
    def differ(a: Mention, b: Mention) -> bool:
        return a.hi != b.hi if a.hi >= 0 and b.hi >= 0 else a.lo != b.lo

    for group in _components(mentions, aligned):
        if any(differ(a, b) for a, b in combinations(group, 2)):
            unit = "year" if group[0].measure == "year" else "day"
            disputes.append(Dispute(topic=f"{unit} of the {group[0].event}", kind="date", claims=_claims(group, ctx)))
    return disputes


def _denial_disputes(denials: list[Mention], ctx: Context) -> list[Dispute]:
    """A denied clause against sentences that assert it."""
    disputes = []
    seen: set[frozenset] = set()
    # Content words of every sentence, computed once for all denials.
    plain = [(article.id, sentence, sentence_words(sentence)) for article in ctx.articles.values()
             for sentence in article.sentences] if denials else []
    for denial in denials:
        if denial.words in seen:
            continue
        seen.add(denial.words)
        backers = [Mention("claim", article_id, sentence.index, "asserted") for article_id, sentence, words in plain
                   if (article_id, sentence.index) != (denial.article, denial.sentence)
                   and _backs(denial, sentence, words)]
        if backers:
            group = backers[: MAX_CLAIMS - 1] + [denial]
            disputes.append(Dispute(topic=f"whether {denial.frame}", kind="claim", claims=_claims(group, ctx)))
    return disputes


def _backs(denial: Mention, sentence: Sentence, words: set[str]) -> bool:
    """Whether a plain sentence asserts what ``denial`` denies."""
    shared = len(denial.words & words)
    objects = set(denial.thing.split())
    if denial.event not in denial.words:
        # "have", "be" carry no event: then every word of the denied clause must be there
        # ("it is incorrect that he has inoperable brain cancer").
        return shared == len(denial.words) and objects <= words and not is_negated(sentence)
    return shared >= 3 and shared / len(denial.words) >= 0.6 and asserts(sentence, denial.event, objects)


def _slot_disputes(slots: list[Mention], ctx: Context) -> list[Dispute]:
    """One person, one action, different fillers in different articles: "turned himself in to
    Broward Sheriff's detectives" against "... to Fort Lauderdale police"."""
    def aligned(a: Mention, b: Mention) -> bool:
        return a.article != b.article and a.event == b.event and ctx.person_of(a) == ctx.person_of(b)

    disputes = []
    for group in _components(slots, aligned):
        if any(a.words.isdisjoint(b.words) for a, b in combinations(group, 2)):
            who = ctx.person_of(group[0]).title()
            disputes.append(Dispute(topic=f"{who}: {group[0].frame}", kind="claim", claims=_claims(group, ctx)))
    return disputes


def _antonym_disputes(adjectives: list[Mention], ctx: Context) -> list[Dispute]:
    """"illegal weapons" against "the weapons were legal"."""
    by_key: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in adjectives:
        base = m.event
        if m.polarity < 0:
            base = next((base[len(p):] for p in ("non", "dis", "il", "un", "in", "im", "ir") if base.startswith(p)),
                        base)
        by_key[(m.thing, base)].append(m)
    disputes = []
    for (_, base), group in by_key.items():
        values = {m.event for m in group}
        if len(values) >= 2 and base in values:
            noun = Counter(m.noun for m in group).most_common(1)[0][0]
            verb = "were" if noun.endswith("s") else "was"
            disputes.append(Dispute(topic=f"whether the {noun} {verb} {base}", kind="claim",
                                    claims=_claims(group, ctx)))
    return disputes


def _components(items: list[Mention], linked) -> list[list[Mention]]:
    """Groups in which each member is aligned with at least half of the others, so that chains
    of loosely similar mentions ("killed in Idlib" ~ "killed" ~ "killed in Homs") do not merge
    different events, while one noisy similarity does not split an event."""
    groups: list[list[Mention]] = []
    for item in items:
        home = next((g for g in groups if 2 * sum(linked(item, other) for other in g) >= len(g)), None)
        if home is None:
            groups.append([item])
        else:
            home.append(item)
    return [g for g in groups if len(g) >= 2]


def _claims(group: list[Mention], ctx: Context) -> list[Claim]:
    claims, seen = [], set()
    for m in group:
        key = (m.article, m.sentence, m.value)
        if key in seen:
            continue
        seen.add(key)
        claims.append(Claim(value=m.value, article=m.article, sentence=m.sentence,
                            attribution=attribution(ctx.sentence(m), ctx)))
    return claims[:MAX_CLAIMS]


def attribution(sentence: Sentence, ctx: Context) -> str | None:
    """Who the article says asserts a sentence: a speaker, "according to X", "X reported"."""
    found = speech_subject(sentence)
    if not found:
        match = ACCORDING.search(sentence.text) or REPORTED.search(sentence.text)
        found = (match.group(1).strip(), False) if match else None
    return resolve_speaker(*found, ctx.articles[sentence.article], sentence, ctx.canonical) if found else None
