"""Disputes: claims about one slot whose values cannot all be true.

The align stage scores every candidate pair of claims with the probability that the two fill
one slot (a trained model that never sees the values). A pair whose values conflict and whose
score reaches its family's :data:`REPORT` threshold is a dispute — the precision setting: a
reader trusts the table only if nearly every row is real, and an empty table is a fine answer.
Its group takes the claims that go with both of its sides (agreeing sources included); each
dispute carries its score as ``confidence`` and a short ``why``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from storylens.align import Pair, Scene, base_adjective, candidate_pairs, family, score
from storylens.claims import Mention
from storylens.model import Claim, Dispute

# The least confidence of a reported dispute, per family of claims: chosen for precision on tune
# clusters cross-validated by cluster and on blind readings of clusters nobody annotated, where
# far fewer rows are real than cross-validation promises (docs/disputes.md).
REPORT = {"value": 0.9, "claim": 0.95}
# Conflicts scored from here up to the reporting bar are held back, not shown: the reports only
# count them and say how to list them (blind readers found about one in ten of them real).
HELD_BACK_FLOOR = 0.3
LINK = 0.36  # the least mean score of a claim with a dispute's claims to join it (whatever the threshold)
MAX_CLAIMS = 8
MAX_DISPUTES = 10


@dataclass
class Group:
    """Claims that give values for one slot, and the pairs that tie them."""

    mentions: list[Mention]
    pairs: list[Pair]

    @property
    def best(self) -> Pair:
        """The conflicting pair the model is surest of."""
        return max((p for p in self.pairs if p.conflict), key=lambda p: p.score)


def weigh_disputes(mentions: list[Mention], scene: Scene,
                   report: dict[str, float] | None = None) -> tuple[list[Dispute], list[float]]:
    """The disputes of a cluster, the surest first, and the confidences of the ones held back:
    conflicts scored from :data:`HELD_BACK_FLOOR` up to below their family's threshold."""
    pairs = score(candidate_pairs(mentions, scene))
    bar = {**REPORT, **(report or {})}
    # Groups form surest first whatever the threshold (a family's claims pair only with each
    # other), so grouping once down to the floor gives the reported groups and then the rest.
    groups = seeded_groups(pairs, {kind: min(HELD_BACK_FLOOR, value) for kind, value in bar.items()}, LINK)
    sure = [g for g in groups if g.best.score >= bar[family(g.best)]]
    # Rounded as a dispute's confidence is, but a pair just below the bar must not read as
    # reaching it (0.897 is 0.89, not 0.9).
    held = [min(round(g.best.score, 2), round(bar[family(g.best)] - 0.01, 2))
            for g in groups if g.best.score < bar[family(g.best)]]
    return [to_dispute(g, scene) for g in sure[:MAX_DISPUTES]], sorted(held, reverse=True)


def disputes_of(pairs: list[Pair], scene: Scene, report: dict[str, float] | None = None) -> list[Dispute]:
    """Disputes from scored candidate pairs: each conflict scored at least its family's ``report``
    threshold, surest first, with the claims that go with both of its sides."""
    report = {**REPORT, **(report or {})}
    # Joining a claim to a dispute asks the same of it whatever the threshold a reader sets: a lower
    # threshold shows more disputes, not disputes that swallow their neighbours.
    groups = seeded_groups(pairs, report, LINK)
    return [to_dispute(g, scene) for g in groups[:MAX_DISPUTES]]


def seeded_groups(pairs: list[Pair], report: dict[str, float], link: float) -> list[Group]:
    """Groups of claims, one per reported conflict: the conflict's two claims, then every claim
    whose mean score with the group so far is at least ``link``. A claim stands in one group
    only, so the tolls of two attacks do not merge; the work is linear in the number of pairs."""
    neighbours: dict[int, dict[int, Pair]] = defaultdict(dict)
    for p in pairs:
        if p.score >= link:
            neighbours[id(p.a)][id(p.b)] = neighbours[id(p.b)][id(p.a)] = p
    mentions = {id(m): m for p in pairs for m in (p.a, p.b)}
    seeds = sorted((p for p in pairs if p.conflict and p.score >= report[family(p)]), key=lambda p: -p.score)
    used: set[int] = set()
    groups = []
    for seed in seeds:
        if id(seed.a) in used or id(seed.b) in used:
            continue
        members = [id(seed.a), id(seed.b)]
        for other in sorted(set(neighbours[members[0]]) | set(neighbours[members[1]]),
                            key=lambda k: -max(_score(neighbours, k, m) for m in members)):
            if other in used or other in members:
                continue
            if sum(_score(neighbours, other, m) for m in members) / len(members) >= link:
                members.append(other)
        used.update(members)
        chosen = set(members)
        inside = [p for k in members for p in neighbours[k].values() if id(p.a) in chosen and id(p.b) in chosen]
        groups.append(Group([mentions[k] for k in members], list({id(p): p for p in inside + [seed]}.values())))
    return groups


def _score(neighbours: dict[int, dict[int, Pair]], a: int, b: int) -> float:
    pair = neighbours[a].get(b)
    return pair.score if pair is not None else 0.0


def to_dispute(group: Group, scene: Scene) -> Dispute:
    """A group as a dispute: its surest conflicting pair first, then the claims most tied to it."""
    best = group.best
    tie = Counter()
    for p in group.pairs:
        tie[id(p.a)] += p.score
        tie[id(p.b)] += p.score
    ordered = [best.a, best.b] + sorted((m for m in group.mentions if m is not best.a and m is not best.b),
                                        key=lambda m: -tie[id(m)])
    claims, seen = [], set()
    for m in ordered:
        key = (m.article, m.sentence, m.value)
        if key not in seen:
            seen.add(key)
            claims.append(Claim(value=m.value, article=m.article, sentence=m.sentence, attribution=scene.source(m)))
    kind = best.a.kind if best.a.kind in {"number", "date"} else "claim"
    return Dispute(topic=topic(group, scene), kind=kind, claims=claims[:MAX_CLAIMS],
                   confidence=round(best.score, 2), why=why(best, scene))


def topic(group: Group, scene: Scene) -> str:
    """What the claims disagree about, read off the group: "how many people arrested"."""
    def most(values) -> str:
        counts = Counter(v for v in values if v)
        return counts.most_common(1)[0][0] if counts else ""

    ms = group.mentions
    measure = ms[0].measure
    if ms[0].kind == "claim":
        return _statement_topic(group, scene)
    event = most(m.verb or m.event for m in ms)
    if measure == "age":
        return f"age of {most(scene.person(m).title() for m in ms if m.thing) or 'one person'}"
    if measure in {"weekday", "calendar", "year", "relative", "ago"}:
        unit = {"weekday": "day", "calendar": "date", "year": "year", "relative": "when", "ago": "when"}[measure]
        return f"{unit} of the {event}" if event and unit != "when" else f"when it happened ({event or 'the event'})"
    if measure == "clock":
        return f"time of day ({event})" if event else "time of day"
    if measure == "money":
        return f"how much money ({event or most(m.noun for m in ms) or 'amount'})"
    if measure == "percent":
        return f"what percentage ({event or 'share'})"
    if measure in {"quantity", "duration", "ordinal"}:
        return most(m.frame for m in ms) or measure
    if measure == "times":
        return f"how many times ({event})"
    counted = most(m.noun for m in ms) or most(m.thing for m in ms) or "people"
    counted = "people" if counted in {"person", "one", "individual"} else counted
    if event and counted.rstrip("s") == event.rstrip("s"):
        event = ""  # "making about 20 arrests": how many arrests, not "how many arrests arrest"
    return f"how many {counted} {event}".strip()


def _statement_topic(group: Group, scene: Scene) -> str:
    """ "whether the weapons were legal", "whether arms were stolen from NATO containers"."""
    first = group.best.a
    if first.measure == "denial":
        return f"whether {first.frame}" if first.frame else "whether it happened"
    if first.measure == "adjective":
        noun = first.noun or first.thing
        return f"whether the {noun} {'were' if noun.endswith('s') else 'was'} {base_adjective(first)}"
    if first.measure == "slot":
        return f"{scene.person(first).title()}: {first.frame}"
    if first.measure == "venue":
        return first.frame or "where it happened"
    if first.measure == "rank":
        return f"how {first.thing} ranks ({first.event})"
    return f"what kind of {first.event}"


def why(pair: Pair, scene: Scene) -> str:
    """A short reason a reader can check: what ties the two claims, and the two values."""
    a, b = pair.a, pair.b
    ties = []
    if a.event and a.event == b.event:
        ties.append(f"same event: {a.verb or a.event}")
    if a.measure == "age" and a.thing and b.thing and scene.person(a) == scene.person(b):
        ties.append(f"same person: {scene.person(a).title()}")
    elif a.thing and a.thing == b.thing and a.measure in {"count", "quantity"}:
        ties.append(f"same thing counted: {a.noun or a.thing}")
    shared = (a.where & b.where) | (a.when & b.when)
    if shared:
        ties.append("same setting: " + ", ".join(sorted(s.title() for s in shared)))
    if not ties:
        ties.append(f"similar sentences ({float(scene.vector(a) @ scene.vector(b)):.2f})")
    return f"{'; '.join(ties)}; {a.value} vs {b.value}"
