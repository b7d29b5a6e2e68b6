"""Disputes: align claims that speak of the same thing, and keep those whose values conflict.

Two counts are aligned when they measure the same kind of thing, of the same event (the same
predicate lemma, verbs of one class such as "shot" and "struck", or near ones by word vectors),
about compatible things (the same counted noun; people of one role, or people in general), in
sentences about the same matter (sentence vectors), not set at different places or on
different days. Aligned counts are grouped closest pair first, so the tolls of different
attacks in one story do not merge. Values conflict when their intervals do not overlap: "about
20" and "21" agree, "5" and "at least 27" do not. A later update ("the toll rose to 12") is a
development, not a dispute.

Other kinds pair what a reader would: a denial with the sentences asserting what it denies; one
person's age, one action's filler, one occasion's venue, one place's rank, one person's
description, one event's day, year or relative time, given differently.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from itertools import combinations

import numpy as np

from storylens.claims import GENERIC_PEOPLE, PEOPLE, ROLE_OF, WIDE_SCOPES, Mention, asserts, is_negated, sentence_words
from storylens.entities import clean_mention, key_of
from storylens.model import Article, Claim, Dispute, Sentence
from storylens.models import wordllama
from storylens.quotes import attribution as speech_subject
from storylens.quotes import resolve_speaker

SAME_MATTER = 0.2  # sentence-vector similarity for two mentions to be about the same matter
NEAR_EVENT = 0.3  # word-vector similarity for two different predicate lemmas to be one event
# Verbs news reports use for one event; word vectors of single verbs do not know them.
EVENT_CLASSES = [
    {"kill", "die", "slay", "murder", "perish", "dead"},
    {"shoot", "strike", "hit", "wound", "injure", "hurt"},
    {"arrest", "detain", "apprehend", "nab", "custody"},
    {"find", "discover", "recover", "uncover"},
    {"charge", "indict"},
    {"dine", "dinner", "eat", "lunch", "supper", "breakfast"},
]
EVENT_CLASS = {verb: i for i, verbs in enumerate(EVENT_CLASSES) for verb in verbs}
GROUP_FLOOR = 0.25  # mean closeness of the pairs of a group of counts
MEASURED = {"quantity", "clock", "duration"}  # values of a unit, compared without a counted noun
RESTATED = 0.5  # sentence similarity of one statement told twice
SAID_ALIKE = 0.65  # the same for sums and shares that name no counted thing
MAX_CLAIMS = 8
ARGUMENTS = {"dobj", "nsubj", "nsubjpass", "attr", "pobj"}
MAX_DISPUTES = 10
ACCORDING = re.compile(r"\baccording to (?:a |an |the )?([^,.;()]{3,60})", re.I)
REPORTED = re.compile(r"\b([A-Z][\w.&' ]{1,40}?) (?:reported|reports|said)\b")


def _common_places(articles: list[Article]) -> frozenset[str]:
    """Places every article names: the story's setting ("Syria"), which tells no event apart."""
    if len(articles) < 2:
        return frozenset()
    named = [{e.text.lower() for s in a.sentences for e in s.entities if e.label in {"GPE", "LOC", "FAC"}}
             for a in articles]
    return frozenset(set.intersection(*named))


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
        self.common_places = _common_places(articles)
        self.numbers_in: dict[tuple[str, int], list[Mention]] = {}  # count mentions by sentence
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
    disputes += _date_disputes([m for m in mentions if m.kind == "date" and m.measure != "relative"], ctx)
    disputes += _relative_disputes([m for m in mentions if m.measure == "relative"], ctx)
    disputes += _denial_disputes([m for m in mentions if m.kind == "claim" and m.measure in {"", "any", "exists"}],
                                 ctx)
    disputes += _antonym_disputes([m for m in mentions if m.measure == "adjective"], ctx)
    disputes += _slot_disputes([m for m in mentions if m.measure == "slot"], ctx)
    disputes += _venue_disputes([m for m in mentions if m.measure == "venue"], ctx)
    disputes += _rank_disputes([m for m in mentions if m.measure == "rank"], ctx)
    disputes += _descriptor_disputes([m for m in mentions if m.measure == "descriptor"], ctx)
    disputes.sort(key=lambda d: (-len({c.article for c in d.claims}), ["number", "date", "claim"].index(d.kind)))
    return disputes[:MAX_DISPUTES]


def _aligned_numbers(a: Mention, b: Mention, ctx: Context) -> bool:
    if a.measure != b.measure or (a.article, a.sentence) == (b.article, b.sentence) or a.update or b.update:
        return False
    if ctx.sentence(a).text == ctx.sentence(b).text:
        return False  # one sentence copied into two articles is one report, not two sides
    if a.measure == "age":
        return bool(a.thing) and ctx.person_of(a) == ctx.person_of(b)
    if a.words and b.words and a.words.isdisjoint(b.words):
        return False  # "shot Plotts three times", "shot Hunt two times": different people
    if a.who and b.who and {ctx.person(n) for n in a.who}.isdisjoint({ctx.person(n) for n in b.who}):
        return False  # "the LDS version contains 140", "the Community of Christ version contains 166"
    if a.measure in MEASURED:
        # One measurement reported twice comes out close ("8,027 m" against "8,013 m"); far apart
        # values of one unit are different things (a camp's height, a peak's), unless the sentences
        # say the same of one event ("crashed 20 miles from the airport" against "60 miles ...").
        low, high = sorted((_size(a), _size(b)))
        similarity = ctx.similarity(a, b)
        close = low > 0 and high / low <= 1.02 or a.measure == "clock" or \
            a.event and _same_event(a.event, b.event, ctx) and similarity >= RESTATED
        return close and a.thing == b.thing and (similarity >= 0.4 or ctx.share_names(a, b))
    if not _same_event(a.event, b.event, ctx):
        return _anchored(a, b, ctx)
    if a.measure not in {"count", "times"} and a.thing != b.thing:
        return False  # sums of money or percentages: only of the very same thing
    if a.measure not in {"count", "times"} and not a.thing and not (
            ctx.similarity(a, b) >= SAID_ALIKE and _sole(a, ctx) and _sole(b, ctx) and a.event.isalpha()
            and a.event not in {"percent", "total"}):
        return False  # "paid $27 million", "paid $30 million": of one thing when said alike, alone
    things_match = a.thing == b.thing or _same_people(a, b) or ctx.word_similarity(a.thing, b.thing) >= NEAR_EVENT
    low, high = sorted((_size(a), _size(b)))
    if low > 0 and high / low > 10:
        return False  # a daily toll and a year's total: different measurements, not one in dispute
    # Both set somewhere and nowhere the same: different events.
    return things_match and not _elsewhere(a, b, ctx) and ctx.similarity(a, b) >= SAME_MATTER


def _sole(m: Mention, ctx: Context) -> bool:
    """Whether ``m`` is the only figure of its measure in its sentence (not one of a list)."""
    return sum(other.measure == m.measure for other in ctx.numbers_in.get((m.article, m.sentence), [])) == 1


def _anchored(a: Mention, b: Mention, ctx: Context) -> bool:
    """Counts of the same kind of thing in two sentences that report one event with the same
    other figure: "three suicide bombings ... killed 27 people" against "twin car bombs ...
    killing 27 people" count the bombs of one attack, whatever verb each hangs from."""
    if a.article == b.article or a.measure != "count" or not _same_stem(a.thing, b.thing) or a.thing in PEOPLE:
        return False
    for x in ctx.numbers_in.get((a.article, a.sentence), []):
        for y in ctx.numbers_in.get((b.article, b.sentence), []):
            if x is a or y is b or (x.lo, x.hi) != (y.lo, y.hi) or x.lo < 5:
                continue  # small numbers agree by chance
            if x.event and _same_event(x.event, y.event, ctx) and x.thing == y.thing:
                return True
    return False


def _same_stem(a: str, b: str) -> bool:
    """ "bomb" and "bombing", not "" and ""."""
    return len(a) >= 3 and len(b) >= 3 and (a.startswith(b) or b.startswith(a))


def _closeness(a: Mention, b: Mention, ctx: Context) -> float:
    """How surely two aligned counts measure one thing: their sentences' similarity, raised by a
    shared place or day and by the same named kind of thing, lowered when only one of them says
    what it counts ("killed two" against "killed three gunmen")."""
    score = ctx.similarity(a, b)
    if (a.where & b.where) - ctx.common_places or a.when & b.when:
        score += 0.2
    generic = GENERIC_PEOPLE | {"", a.event, b.event}
    if a.thing and a.thing == b.thing and a.thing not in generic:
        score += 0.15
    elif (a.thing in generic) != (b.thing in generic) and "" in {a.thing, b.thing}:
        score -= 0.15
    return score


def _elsewhere(a: Mention, b: Mention, ctx: Context) -> bool:
    """Both set at places (or on days) and none in common: different events. The places every
    article names do not count: "in Syria" and "in Damascus" may be one event."""
    here, there = a.where - ctx.common_places, b.where - ctx.common_places
    return any(x and y and x.isdisjoint(y) for x, y in ((here, there), (a.when, b.when)))


def _same_event(a: str, b: str, ctx: Context) -> bool:
    """The same predicate, verbs of one class ("shot" and "struck"), or near ones by vectors."""
    if not a or not b:
        return False
    return b in _event_class(a) or ctx.word_similarity(a, b) >= NEAR_EVENT


def _same_people(a: Mention, b: Mention) -> bool:
    """Whether two counts count the same people: of one role, or one of them of people in
    general. "about 20 arrests" counts the event itself, so it matches people arrested."""
    generic = GENERIC_PEOPLE | {a.event, b.event, ""}
    if not {a.thing, b.thing} <= PEOPLE | generic:
        return False
    return a.thing in generic or b.thing in generic or ROLE_OF.get(a.thing) == ROLE_OF.get(b.thing)


def _disagree(a: Mention, b: Mention) -> bool:
    """Intervals that do not overlap; measured values get 0.1% slack for rounded unit
    conversions ("5,900 meters (19,350 feet)" against "19,356 feet (5,900 m)")."""
    slack = 0.001 * max(abs(_size(a)), abs(_size(b))) if a.measure == "quantity" else 0.0
    return a.hi + slack < b.lo or b.hi + slack < a.lo


def _size(m: Mention) -> float:
    """A representative value of a mention's interval (its lower bound when open-ended)."""
    return m.lo if math.isinf(m.hi) else (m.lo + m.hi) / 2


def _number_disputes(mentions: list[Mention], ctx: Context) -> list[Dispute]:
    ctx.numbers_in = defaultdict(list)
    for m in mentions:
        ctx.numbers_in[(m.article, m.sentence)].append(m)
    groups = _components(mentions, lambda a, b: _aligned_numbers(a, b, ctx), lambda a, b: _closeness(a, b, ctx),
                         GROUP_FLOOR, lambda a, b: _elsewhere(a, b, ctx))
    conflicts = [g for g in groups if any(_disagree(a, b) for a, b in combinations(g, 2)
                                          if (a.article, a.sentence) != (b.article, b.sentence))]
    topics = [_number_topic(group, ctx) for group in conflicts]
    repeated = Counter(topics)
    # Two disputes about "how many people killed" are told apart by where and when.
    return [Dispute(topic=topic + (_setting_of(group, ctx) if repeated[topic] > 1 else ""), kind="number",
                    claims=_claims(group, ctx)) for topic, group in zip(topics, conflicts)]


def _number_topic(group: list[Mention], ctx: Context) -> str:
    first = group[0]
    if first.measure == "age":
        return f"age of {ctx.person_of(first).title()}"
    if first.measure in MEASURED | {"ordinal"}:
        return first.frame
    if first.measure == "percent":
        return f"what percentage ({Counter(m.event for m in group).most_common(1)[0][0]})"
    if first.measure == "money":
        return f"how much money ({Counter(m.verb or m.event for m in group).most_common(1)[0][0]})"
    return _topic_words(group)


def _setting_of(group: list[Mention], ctx: Context) -> str:
    """ " (Aleppo, Sunday)": the place and day most of a group's claims are set at, when the
    story has other places and days."""
    places = Counter(p for m in group for p in m.where - ctx.common_places)
    days = Counter(d for m in group for d in m.when)
    said = [Counter.most_common(c, 1)[0][0].title() for c in (places, days) if c]
    return f" ({', '.join(said)})" if said else ""


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
        who_a, who_b = a.words - GENERIC_PEOPLE, b.words - GENERIC_PEOPLE  # "people" tells no event apart
        if who_a and who_b and who_a.isdisjoint(who_b) or _elsewhere(a, b, ctx):
            return False  # different participants or places: different events on different days
        return (a.article, a.sentence) != (b.article, b.sentence) and not (a.update or b.update) and \
            _same_event(a.event, b.event, ctx) and ctx.similarity(a, b) >= SAME_MATTER + 0.2

    disputes = []
    def differ(a: Mention, b: Mention) -> bool:
        if a.measure == "calendar":  # March 3 against March 5; a year only when both give one
            return a.lo != b.lo or a.hi >= 0 and b.hi >= 0 and a.hi != b.hi
        return a.hi != b.hi if a.hi >= 0 and b.hi >= 0 else a.lo != b.lo

    for group in _components(mentions, aligned):
        if any(differ(a, b) for a, b in combinations(group, 2)):
            unit = {"year": "year", "calendar": "date"}.get(group[0].measure, "day")
            disputes.append(Dispute(topic=f"{unit} of the {group[0].event}", kind="date", claims=_claims(group, ctx)))
    return disputes


def _relative_disputes(times: list[Mention], ctx: Context) -> list[Dispute]:
    """One event placed at different times before the report ("last month", "last spring"):
    the same event verb, a participant in common."""
    def aligned(a: Mention, b: Mention) -> bool:
        return (a.article, a.sentence) != (b.article, b.sentence) and _same_event(a.event, b.event, ctx) \
            and bool(a.words & b.words) and ctx.similarity(a, b) >= SAME_MATTER

    disputes = []
    for group in _components(times, aligned):
        if len({m.value.lower() for m in group}) > 1:
            disputes.append(Dispute(topic=f"when it happened ({group[0].event})", kind="date",
                                    claims=_claims(group, ctx)))
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
        # A bare "not" in an article's own voice often explains rather than contradicts ("hunger
        # does not influence ..."): it disputes only what other articles assert. Denials ("denied
        # that", "incorrect that") and attributed negations dispute any sentence.
        own_voice = denial.verb == "not" and attribution(ctx.sentence(denial), ctx) is None
        backers = [Mention("claim", article_id, sentence.index, "asserted") for article_id, sentence, words in plain
                   if (article_id, sentence.index) != (denial.article, denial.sentence)
                   and not (own_voice and article_id == denial.article)
                   and "?" not in sentence.text and _backs(denial, sentence, words)]
        if backers:
            group = backers[: MAX_CLAIMS - 1] + [denial]
            disputes.append(Dispute(topic=f"whether {denial.frame}", kind="claim", claims=_claims(group, ctx)))
    return disputes


def _backs(denial: Mention, sentence: Sentence, words: set[str]) -> bool:
    """Whether a plain sentence asserts what ``denial`` denies."""
    shared = len(denial.words & words)
    objects = set(denial.thing.split())
    if denial.measure == "exists":
        # "denied there was ever a relationship" against "they had an intimate relationship".
        return not is_negated(sentence) and any(
            t.lemma_.lower() == denial.thing and t.pos_ == "NOUN" and t.dep_ in ARGUMENTS for t in sentence.doc)
    if denial.measure == "any":
        # "hasn't won anything": any reported win of the same matter contradicts it.
        return shared >= 2 and asserts(sentence, {denial.event}, set())
    if denial.event not in denial.words:
        # "have", "be" carry no event: then every word of the denied clause must be there
        # ("it is incorrect that he has inoperable brain cancer").
        return shared == len(denial.words) and objects <= words and not is_negated(sentence)
    events = _event_class(denial.event)
    if denial.event not in words and events & words:
        shared += 1  # "was not struck" against "was shot"
    return shared >= 3 and shared / len(denial.words) >= 0.6 and asserts(sentence, events, objects)


def _event_class(event: str) -> set[str]:
    """An event verb and the verbs of its class."""
    return {event} | (EVENT_CLASSES[EVENT_CLASS[event]] if event in EVENT_CLASS else set())


def _slot_disputes(slots: list[Mention], ctx: Context) -> list[Dispute]:
    """One person, one action, different fillers in different articles: "turned himself in to
    Broward Sheriff's detectives" against "... to Fort Lauderdale police"."""
    def aligned(a: Mention, b: Mention) -> bool:
        return a.article != b.article and a.event == b.event and ctx.person_of(a) == ctx.person_of(b)

    return _differing_fillers(slots, aligned, lambda m: f"{ctx.person_of(m).title()}: {m.frame}", ctx)


def _differing_fillers(found: list[Mention], aligned, topic_of, ctx: Context) -> list[Dispute]:
    """Groups of aligned mentions in which two fillers share no word: a dispute each, its topic
    read off the first mention."""
    return [Dispute(topic=topic_of(group[0]), kind="claim", claims=_claims(group, ctx))
            for group in _components(found, aligned)
            if any(a.words.isdisjoint(b.words) for a, b in combinations(group, 2))]


def _descriptor_disputes(found: list[Mention], ctx: Context) -> list[Dispute]:
    """One person described as different kinds of one role: "computer science student" against
    "electronics student". Who is who comes from a name, else from the same age."""
    def who(m: Mention) -> str:
        return m.thing if m.thing.startswith("aged ") else ctx.person(m.thing)

    def aligned(a: Mention, b: Mention) -> bool:
        return a.article != b.article and a.event == b.event and who(a) == who(b)

    return _differing_fillers(found, aligned, lambda m: f"what kind of {m.event} ({who(m)})", ctx)


def _rank_disputes(ranks: list[Mention], ctx: Context) -> list[Dispute]:
    """One place or body ranked differently in one scope: "Syria's largest" against "Syria's
    second biggest". Ranks in different scopes ("in the National Assembly", "in the provincial
    assembly") are different measures."""
    def scope_matches(a: Mention, b: Mention) -> bool:
        return a.where == b.where or bool((a.where | b.where) & WIDE_SCOPES)

    def aligned(a: Mention, b: Mention) -> bool:
        return (a.article, a.sentence) != (b.article, b.sentence) and a.event == b.event \
            and ctx.person(a.thing) == ctx.person(b.thing) and scope_matches(a, b)

    disputes = []
    for group in _components(ranks, aligned):
        if len({m.lo for m in group}) > 1:
            topic = f"how {group[0].thing} ranks ({group[0].event})"
            disputes.append(Dispute(topic=topic, kind="claim", claims=_claims(group, ctx)))
    return disputes


def _venue_disputes(venues: list[Mention], ctx: Context) -> list[Dispute]:
    """One dated occasion (the same event, the same "last night") placed at different venues."""
    def aligned(a: Mention, b: Mention) -> bool:
        return a.article != b.article and _same_event(a.event, b.event, ctx) and bool(a.when & b.when) \
            and ctx.similarity(a, b) >= SAME_MATTER

    return _differing_fillers(venues, aligned, lambda m: m.frame, ctx)


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


def _components(items: list[Mention], linked, closeness=None, floor: float = 0.0,
                apart=None) -> list[list[Mention]]:
    """Groups of aligned mentions, built closest pair first (average linkage).

    Two groups join when at least half of the comparable pairs between them (mentions of
    different sentences) are aligned, the mean ``closeness`` over those pairs (an unaligned pair
    counting 0) is at least ``floor``, and no pair is ``apart`` (set at different places or on
    different days); the closest such groups join first. So chains of loosely similar mentions
    ("killed in Idlib" ~ "killed" ~ "killed in Homs") do not merge different events, while one
    noisy similarity does not split an event.
    """
    n = len(items)
    link, close, comparable = np.zeros((n, n)), np.zeros((n, n)), np.zeros((n, n))
    for i, j in combinations(range(n), 2):
        a, b = items[i], items[j]
        comparable[i, j] = comparable[j, i] = float((a.article, a.sentence) != (b.article, b.sentence))
        if apart and apart(a, b):
            close[i, j] = close[j, i] = -math.inf
        elif linked(a, b):
            link[i, j] = link[j, i] = 1.0
            close[i, j] = close[j, i] = closeness(a, b) if closeness else 1.0
    keep = np.nonzero(link.sum(axis=1))[0]  # a mention aligned with none stays alone
    link, close, comparable = (m[np.ix_(keep, keep)] for m in (link, close, comparable))
    members = [[int(k)] for k in keep]
    while len(members) > 1:
        with np.errstate(invalid="ignore", divide="ignore"):
            score = np.where((link * 2 >= comparable) & (comparable > 0), close / comparable, -np.inf)
        np.fill_diagonal(score, -np.inf)
        g, h = np.unravel_index(int(np.argmax(score)), score.shape)
        if not np.isfinite(score[g, h]) or score[g, h] < floor:
            break  # -inf: no comparable pair, too few aligned, or a pair apart
        g, h = min(g, h), max(g, h)
        members[g] += members.pop(h)
        for matrix in (link, close, comparable):
            matrix[g, :] += matrix[h, :]
            matrix[:, g] += matrix[:, h]
        link, close, comparable = (np.delete(np.delete(m, h, axis=0), h, axis=1) for m in (link, close, comparable))
    return [[items[i] for i in sorted(group)] for group in members if len(group) >= 2]


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
    if found and found[0].lower() in {"it", "they", "this", "that"}:
        found = None  # "it said": an organisation named earlier, not a person to resolve
    if not found:
        match = ACCORDING.search(sentence.text) or REPORTED.search(sentence.text)
        found = (match.group(1).strip(), False) if match else None
    return resolve_speaker(*found, ctx.articles[sentence.article], sentence, ctx.canonical) if found else None
