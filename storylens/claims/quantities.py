"""Quantity claims: numbers in digits and words with what they count and the event ("at least
27 party workers were arrested" → workers / arrest ≥ 27), qualifiers as intervals, "no one" as
zero, ages, units, ordinal positions ("the 17th floor") and times of day."""

from __future__ import annotations

import math
import re
from dataclasses import replace

from word2number import w2n

from storylens.claims.base import (
    LIGHT_VERBS,
    ORDINALS,
    SPEECH,
    Mention,
    as_written,
    clause_span,
    days_named,
    doc_after,
    event_of,
    is_age,
    named_participants,
    named_subject,
    person_near,
    setting,
    sharing_an_age,
    text_after,
)
from storylens.model import Sentence

ABOUT = {"about", "around", "approximately", "roughly", "some", "nearly", "almost", "estimated", "an"}
AT_LEAST = {"least", "more", "over", "upwards", "than", "plus", "exceeding"}
AT_MOST = {"up", "most", "fewer", "less", "under", "many", "below"}
COUNT_WORDS = {"dozen": 12.0, "twin": 2.0, "half-dozen": 6.0}
TIMES = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
CLOCK = re.compile(r"\b(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5]\d))?\s*(?P<pm>[ap])\.?\s?m\b\.?", re.I)
UNITS = {
    **dict.fromkeys(["m", "meter", "meters", "metre", "metres"], "meter"),
    **dict.fromkeys(["ft", "foot", "feet"], "foot"),
    **dict.fromkeys(["km", "kilometer", "kilometers", "kilometre", "kilometres"], "kilometer"),
    **dict.fromkeys(["mile", "miles", "mi"], "mile"),
    **dict.fromkeys(["kg", "kilogram", "kilograms", "kilo", "kilos"], "kilogram"),
    **dict.fromkeys(["lb", "lbs", "pound", "pounds"], "pound"),
    **dict.fromkeys(["ton", "tons", "tonne", "tonnes"], "ton"),
    **dict.fromkeys(["inch", "inches", "in."], "inch"),
    **dict.fromkeys(["acre", "acres"], "acre"),
    **dict.fromkeys(["gallon", "gallons"], "gallon"),
    **dict.fromkeys(["degree", "degrees"], "degree"),
    **dict.fromkeys(["mph"], "mph"),
    **dict.fromkeys(["story", "stories", "storey", "storeys"], "story"),
}
PLURAL_UNITS = {"foot": "feet", "inch": "inches", "mph": "mph", "story": "stories"}
CURRENCIES = {"$", "£", "€", "¥"}
PERCENT_WORDS = {"percent", "per", "%", "pct"}
DURATIONS = {"minute": 1 / 60, "hour": 1.0, "day": 24.0, "week": 168.0, "month": 730.0}
REMAINS = {"corpse", "corpses", "body", "bodies"}
FOUND_VERBS = {"find", "discover", "recover", "retrieve", "count", "pull"}
SCALES = {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
          "trillion": 1e12, "trillions": 1e12}
DIALLED = {"call", "dial", "text", "phone", "ring"}  # "called 911": a number to call, not a count


def numbers(sentence: Sentence) -> list[Mention]:
    """Quantity mentions of one sentence."""
    span = sentence.doc
    found: list[Mention] = []
    used: set[int] = set()
    for tok in span:
        if tok.i in used:
            continue
        if tok.lower_ in TIMES and tok.head.pos_ == "VERB" and not _opens_clause(tok):
            event = tok.head.lemma_.lower()
            value = TIMES[tok.lower_]
            found.append(Mention("number", sentence.article, sentence.index, tok.text, value, value,
                                 measure="times", thing="time", event=event, frame=f"times {event}",
                                 words=named_participants(tok), anchor=tok.i))
            continue
        if tok.lower_ in {"no", "nobody", "none"} or tok.lower_ == "no-one":
            mention = _zero(sentence, tok)
            if mention:
                found.append(mention)
            continue
        if tok.lower_ in COUNT_WORDS and tok.dep_ in {"nummod", "amod", "compound"}:
            found.append(_quantity(sentence, *_count_word(tok)))  # "twin car bombs", "a dozen"
            continue
        magnitude = _magnitude(sentence, tok)
        if magnitude is not None:
            used.update(t.i for t in _number_tokens(tok))
            found.append(magnitude)
            continue
        duration = _duration(sentence, tok)
        if duration is not None:
            found.append(duration)
            continue
        if not tok.like_num:
            continue
        group = _number_tokens(tok)
        used.update(t.i for t in group)
        if group[-1].ent_type_ in {"DATE", "TIME", "ORDINAL"} and not is_age(group[-1]) or _ago(group[-1]):
            continue  # "Twenty-eight-year-old" is read from its first word, as one number
        if tok.i > 0 and tok.doc[tok.i - 1].lower_ == "no":
            continue  # the "one" of "no one" is a zero, read above
        value = _value(group)
        if value is None or _looks_like_year(group, value) or _identifier(group) or _converted(group):
            continue
        if tok.i >= 2 and tok.lower_ in SCALES and tok.doc[tok.i - 2].lower_ == "half" and \
                tok.doc[tok.i - 1].lower_ in {"a", "an"}:
            group, value = [tok.doc[tok.i - 2], tok.doc[tok.i - 1], *group], value / 2  # "half a million dollars"
        mention = _quantity(sentence, group, value)
        if mention.measure == "age" and _another_time(group[-1]):
            continue  # "when Shinozuka was four years old": an age then, not the person's age
        sharing = sharing_an_age(group[-1]) if mention.measure == "age" else []
        # "13-year-olds Liberty German and Abigail Williams": an age of each of them
        found.extend(replace(mention, thing=name, frame=f"age of {name}") for name in sharing)
        if not sharing:
            found.append(mention)
    kept = [m for m in found if m.event or m.measure in {"age", "quantity"} and m.thing]
    _mark_breakdowns(kept, {m.anchor for m in kept if m.part and _included(span.doc[m.anchor])})
    return kept


def _included(tok) -> bool:
    """ "eight people, including three children": a part the sentence says is inside a total."""
    return any(a.lower_ in {"including", "among", "includes", "include"} for a in list(tok.ancestors)[:3])


CURRENCY_NOUNS = {"dollar", "euro", "pound", "yen", "rupee", "yuan", "franc", "peso", "rouble", "ruble"}
BREAKDOWN_MEASURES = {"count", "money", "quantity", "percent"}


def _mark_breakdowns(mentions: list[Mention], included: set[int] = frozenset()) -> None:
    """ "$3 million to one official and half a million to a second": two different figures of
    one measure, event and counted thing in one sentence break a total down; each is a part of it."""
    seen: dict[tuple[str, str, str], list[Mention]] = {}
    for m in mentions:
        if m.measure in BREAKDOWN_MEASURES and m.event:
            seen.setdefault((m.measure, m.event, m.thing), []).append(m)
    for group in seen.values():
        # "eight people, including three children" is a total and its part (``included``), read as such already
        if len({(m.lo, m.hi) for m in group}) > 1 and not any(m.anchor in included for m in group):
            for m in group:
                m.part = True


def ordinals(sentence: Sentence) -> list[Mention]:
    """Ordinal positions of an event: "pulled them out at the 17th floor" against "pulled the mom
    from the 15th-floor shaft". "First" is left out: it is rarely a position ("first responders")."""
    found = []
    for tok in sentence.doc:
        word = tok.lower_
        number = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", word)
        if tok.ent_type_ != "ORDINAL" or tok.dep_ != "amod" or not (number or word in ORDINALS):
            continue
        noun = tok.head
        if noun.pos_ != "NOUN":
            continue
        rank = int(number.group(1)) if number else ORDINALS[word]
        own = next((c for c in noun.children if c.dep_ == "relcl" and c.pos_ == "VERB"), None)
        event = own.lemma_.lower() if own is not None else event_of(noun)
        if not event or event in SPEECH | LIGHT_VERBS:
            continue
        found.append(Mention("number", sentence.article, sentence.index, f"{tok.text} {noun.text}", rank, rank,
                             measure="ordinal", thing=noun.lemma_.lower(), event=event,
                             frame=f"which {noun.lemma_.lower()}", noun=noun.lower_, verb=as_written(tok.doc, event),
                             where=setting(noun, [tok, noun]), when=days_named(noun), anchor=tok.i))
    return found


def _number_tokens(tok) -> list:
    """The run of number words starting at ``tok``: "twenty-eight", "1.5 million"."""
    group = [tok]
    doc = tok.doc
    i = tok.i + 1
    while i < len(doc) and (doc[i].like_num or doc[i].text == "-" and i + 1 < len(doc) and doc[i + 1].like_num
                            or doc[i].lower_ in SCALES):
        group.append(doc[i])
        i += 1
    return [t for t in group if t.text != "-"]


def _value(group: list) -> float | None:
    text = " ".join(t.text for t in group).lower().replace(",", "")
    text = re.sub(r"^\$", "", text)
    try:
        return float(text)
    except ValueError:
        pass
    scale = {word: value for word, value in SCALES.items() if value > 100}
    parts = text.split()
    if len(parts) == 2 and parts[1] in scale:
        try:
            return float(parts[0]) * scale[parts[1]]
        except ValueError:
            pass
    if text in {"dozen", "a dozen"}:
        return 12.0
    try:
        return float(w2n.word_to_num(text))
    except ValueError:
        return None


RANK_DIGITS = re.compile(r"(\d+)(?:st|nd|rd|th)")  # "3rd"
PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")
RANKS = {**ORDINALS, "first": 1}  # "first" is no rank to compare ("the first time"), but it is a figure


def figures(sentence: Sentence) -> set[str]:
    """Every number and ordinal a sentence gives, as plain digits ("three" and "3" alike, "third"
    and "3rd" as 3), token by token: what two sentences must share to state the same figures."""
    if sentence.doc is None:
        return set()
    out = set()
    for token in sentence.doc:
        word = token.lower_.replace(",", "")
        digits = word[:1].isdigit()  # (asked of every token of every sentence: the patterns only where they may match)
        rank = RANK_DIGITS.fullmatch(word) if digits else None
        if rank or token.ent_type_ == "ORDINAL" and word in RANKS:
            out.add(rank.group(1) if rank else str(RANKS[word]))
        elif digits and PLAIN_NUMBER.fullmatch(word) or token.like_num:
            value = _value([token])
            if value is not None:
                out.add(str(int(value)) if value.is_integer() else str(value))
    return out


STREET = re.compile(r"^(?:[A-Z][\w.]*\s+){0,3}(?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Lane|Ln|Way|"
                    r"Place|Pl|Court|Ct|Highway|Hwy|Pkwy|Parkway)\b\.?|^block\b")
COMPASS = re.compile(r"^\s*(?:°|degrees?)\s*(?:[NSEW]\b|north|south|east|west|latitude|longitude)", re.I)


def _identifier(group: list) -> bool:
    """Numbers that name rather than count: "Flight 370", "the iPhone 5", "No. 15", "3914 W.
    Commercial Blvd.", "the 1000 block", a score "3-1", a coordinate "25 degrees north"."""
    first, last = group[0], group[-1]
    doc = first.doc
    before = doc[first.i - 1] if first.i > 0 else None
    after = text_after(last, 40)
    if last.dep_ == "dobj" and last.head.lemma_.lower() in DIALLED:
        return True
    if before is not None and before.pos_ in {"NOUN", "PROPN"} and not before.is_punct \
            and last.head.i != last.i and not (last.head.pos_ == "NOUN" and last.head.i > last.i):
        return True  # after the noun it names, counting nothing after it
    if re.match(r"^\s*[-–]\s*\d", after) and not re.match(r"^\s*[-–]\s*\d+\s*(?:years?|people|%)", after):
        return True  # a score or a range written as "3-1"
    return bool(STREET.match(after.lstrip()) or COMPASS.match(after))


def _converted(group: list) -> bool:
    """ "two meters (six feet)", "the 8,027-meter (26,330-foot) mountain": the same figure in another unit."""
    doc = group[0].doc
    i = group[0].i
    return i >= 2 and doc[i - 1].text == "(" and (doc[i - 2].lower_ in UNITS or doc[i - 2].text == "-"
                                                  and i >= 3 and doc[i - 3].lower_ in UNITS)


def _ago(tok) -> bool:
    """ "100,000 years ago": a time, read by the date claims."""
    doc = tok.doc
    return any(t.lower_ == "ago" for t in doc[tok.i + 1: tok.i + 5])


def _looks_like_year(group: list, value: float) -> bool:
    return len(group) == 1 and re.fullmatch(r"(1[89]|20)\d\d", group[0].text) is not None


def _count_word(tok) -> tuple[list, float]:
    """The tokens and value of a count word: "a half-dozen" is written in three tokens and is 6."""
    doc = tok.doc
    if tok.lower_ == "dozen" and tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "half":
        return [doc[tok.i - 2], doc[tok.i - 1], tok], 6.0
    return [tok], COUNT_WORDS[tok.lower_]


def _interval(group: list, value: float) -> tuple[float, float, str]:
    doc = group[0].doc
    start = group[0].i
    currency = doc[start - 1].text if start > 0 and doc[start - 1].text in CURRENCIES else ""
    start -= bool(currency)  # "about $20 million": the qualifier comes before the sign
    before = [t.lower_ for t in doc[max(start - 3, 0): start]]
    counted = group[-1].lower_ in COUNT_WORDS
    shown = currency + (doc[group[0].i: group[-1].i + 1].text if counted else " ".join(t.text for t in group))
    if counted and before[-1:] in (["a"], ["an"]):  # "more than a dozen": the article between
        shown = f"{doc[start - 1].text} {shown}"
        before = [t.lower_ for t in doc[max(start - 4, 0): start - 1]]
    if before[-2:] in (["at", "least"], ["more", "than"]) or before[-1:] in (["over"], ["upwards"]):
        q = "at least" if before[-1] == "least" else "more than" if before[-1] == "than" else before[-1]
        return value, math.inf, f"{q} {shown}"
    if before[-2:] in (["up", "to"], ["as", "many"], ["at", "most"], ["fewer", "than"], ["less", "than"]):
        return 0.0, value, f"{' '.join(before[-3:] if before[-2:] == ['as', 'many'] else before[-2:])} {shown}"
    if before[-1:] and before[-1] in ABOUT - {"an"}:
        spread = max(value * 0.15, 1.0)
        return value - spread, value + spread, f"{before[-1]} {shown}"
    if group[-1].lower_ == "dozen":  # "a dozen people", "half-dozen": a round count, not an exact one
        return value - value / 6, value + value / 6, shown
    return value, value, shown


def _quantity(sentence: Sentence, group: list, value: float) -> Mention:
    tok = group[-1]
    lo, hi, shown = _interval(group, value)
    m = Mention("number", sentence.article, sentence.index, shown, lo, hi, measure="count", anchor=group[0].i)
    if is_age(tok):
        # "He was 14 years old at the time": an age then, not now; it is not compared.
        past = "at the time" in sentence.text.lower()
        m.measure, m.thing = "age", "" if past else person_near(group[0])
        m.frame = f"age of {m.thing}"
        return m
    ent = tok.ent_type_
    m.measure = {"MONEY": "money", "PERCENT": "percent", "QUANTITY": "quantity", "TIME": "time"}.get(ent, "count")
    unit = _unit(tok)
    if unit:
        m.measure, m.thing = "quantity", unit
        m.frame = f"figure in {PLURAL_UNITS.get(unit, unit + 's')}"
        unit_word = next((t for t in tok.doc[tok.i + 1: tok.i + 3] if t.text != "-"), tok)
        m.event = event_of(unit_word)  # "crashed 20 miles from the airport": crash
        return m
    noun = _counted_noun(tok)
    anchor = tok
    if noun is not None and noun.lower_ in PERCENT_WORDS:
        anchor, noun = noun, None  # "57 percent" counts nothing: the measure is of the subject or event
    if noun is not None and noun.lower_ in {"year", "years"} and noun.dep_ in {"npadvmod", "attr"}:
        m.measure, m.thing = "age", person_near(tok)
    if noun is not None and not noun.lemma_.isalpha():
        return m  # "No. 15", "14 %": no counted thing to compare
    if noun is not None and noun.head.lower_ == "of" and any(c.dep_ == "nummod" and c.i != tok.i
                                                             for c in noun.children):
        return m  # "one of five airports": a part, not a count of its own
    if noun is not None and noun.head.lower_ == "of" and noun.head.head.pos_ == "NUM" and noun.head.head.i != tok.i:
        return m  # "threw out three of the eight charges": how many there were, not how many were thrown out
    m.thing = m.thing or (noun.lemma_.lower() if noun is not None else "")  # "" when not said
    if m.thing in CURRENCY_NOUNS:
        m.measure = "money"  # "half a million dollars" the tagger did not call money
    # A bare number counts when it is an argument, or when a relative clause says what happened
    # to those counted ("including 64 who died").
    bare_argument = noun is not None or tok.dep_ in {"dobj", "nsubj", "nsubjpass", "attr"} \
        or any(c.dep_ == "relcl" for c in tok.children) or m.measure in {"money", "percent"}
    per = doc_after(tok, 3).lower()
    if not bare_argument or re.match(r"^\W*(?:a|an|per|each|every)\s+(?:day|week|month|year|hour)", per) \
            or _a_rate(tok):
        return m  # "one with a flagpole", "$700 a week", "37 children die each year": no event to compare
    if noun is not None and noun.dep_ == "appos":
        return m  # "five Klan members – four men and a woman": a breakdown, not another count
    anchor = noun if noun is not None else anchor
    m.part = noun is not None and (_a_part(noun) or _partitive(tok, noun) or _first_of_several(tok, noun))
    whole = noun.head.head if m.part and noun.dep_ == "pobj" else anchor  # the event is the total's
    m.event = event_of(whole)
    m.who = named_subject(anchor)
    m.summed = m.measure == "money" and _counted_subject(anchor)
    m.words = named_participants(anchor)
    group_of = _those_who(tok, noun)
    if group_of is not None:  # "six of those arrested are Klan supporters": a count of the supporters
        m.event, noun = group_of
        m.part = False
        m.thing = noun.lemma_.lower()
    m.noun, m.verb = (noun.lower_ if noun is not None else ""), as_written(tok.doc, m.event)
    m.where = setting(anchor, group)
    m.when = days_named(anchor)
    if m.measure == "age":
        m.frame = f"age of {m.thing}"
    else:
        m.frame = f"{noun.text if noun is not None else ''} {m.event}".strip()
    if not m.thing and m.event in LIGHT_VERBS:
        m.event = ""  # "had 30": too vague to compare
    if noun is not None and noun.lower_ in REMAINS and m.event in FOUND_VERBS:
        m.thing, m.event = "people", "die"  # "68 corpses were found" counts the dead
    return m


# "each year", "per day", "annually" anywhere in a figure's clause. Not "a day" ("a day later") nor
# "daily" ("the Daily Mail"), which say other things as often.
RATE = re.compile(r"\b(?:[Ee]ach|[Ee]very|[Pp]er)\s+(?:day|week|month|year|hour)\b|\bannually\b")


def _a_rate(tok) -> bool:
    """ "An estimated 37 children have died of heatstroke each year": a figure per period said
    anywhere in its clause is a rate, not the count of one event."""
    lo, hi = clause_span(tok)
    return bool(RATE.search(tok.doc[lo: hi + 1].text))


def _opens_clause(tok) -> bool:
    """ "Once at the top, she flagged down a car": "once" opening a clause means "when", not one time."""
    return tok.i == tok.sent.start or tok.doc[tok.i - 1].is_punct or tok.dep_ == "mark"


def _counted_subject(tok) -> bool:
    """Whether the subject of the verb ``tok`` hangs from counts several things ("the seven films in
    the franchise have totaled $3.392 billion"): money of theirs is a sum over them, not one's."""
    verb = next((h for h in tok.ancestors if h.pos_ in {"VERB", "AUX"}), None)
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if verb is not None else None
    if subject is None or subject.left_edge.i <= tok.i <= subject.right_edge.i or subject.tag_ not in {"NNS", "NNPS"}:
        return False
    return any(c.dep_ == "nummod" and (_value([c]) or 0) > 1 for c in subject.children)


def _partitive(tok, noun) -> bool:
    """ "One of the counter-protesters was stabbed", "obsessed with one of her students": some
    members of a group the text names, not a count of everyone the event touched."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i == tok.i


def _first_of_several(tok, noun) -> bool:
    """ "$3 million to one official and half a million to a second (official)": the first of an
    enumeration the sentence goes on with, not a count of all the officials."""
    if tok.lower_ != "one":
        return False
    later = list(tok.doc[noun.i + 1: tok.sent.end])
    return any(t.lower_ in {"second", "another"} or t.lower_ == "other" and prev.lower_ == "the"
               for prev, t in zip(later, later[1:]) if not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].like_num))


def _another_time(tok) -> bool:
    """Whether a figure stands in a clause of another time: "when he was four years old", "until
    she was 12"."""
    marks = {"when", "while", "until", "before", "after", "since"}
    return any(a.dep_ == "advcl" and any(c.dep_ in {"mark", "advmod"} and c.lower_ in marks for c in a.children)
               for a in [tok, *tok.ancestors])


def _a_part(noun) -> bool:
    """Whether a counted noun phrase is one part of a larger count: the object of "including" or
    "among", or one of two coordinated counts ("three men and a woman", "two police officers and a
    civilian")."""
    if noun.dep_ == "pobj" and noun.head.lower_ in {"including", "among", "includes", "include"}:
        return True
    coordinated = [c for c in noun.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]
    # "Three men identified by police as gang members and a woman": the parser hangs "a woman" on
    # the last noun of the phrase after the count; a counted or "a" noun there is another part.
    described = [t for c in noun.children if c.dep_ in {"acl", "relcl"} for t in c.subtree
                 if t.dep_ == "conj" and t.pos_ == "NOUN" and t.i == max(x.i for x in c.subtree)
                 and any(d.dep_ in {"det", "nummod"} and d.lower_ not in {"the"} for d in t.children)]
    return bool(coordinated or described) or (noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PROPN"})


def _duration(sentence: Sentence, tok) -> Mention | None:
    """How long something lasted, in hours: "lasted five hours" against "nine hours"; "90
    minutes" and "an hour and a half" agree. Not "five years ago" (a time) or "five years old"."""
    if not tok.like_num or tok.i + 1 >= len(tok.doc):
        return None
    unit = tok.doc[tok.i + 1]
    hours = DURATIONS.get(unit.lemma_.lower())
    after = tok.doc[tok.i + 2].lower_ if tok.i + 2 < len(tok.doc) else ""
    if hours is None or after in {"ago", "old", "later", "earlier", "-"} or is_age(tok):
        return None
    if re.match(r"^\W*(?:a|an|per|each|every)\s+(?:day|week|month|year)", doc_after(unit, 3).lower()):
        return None  # "four hours a week": a rate, not how long something took
    value = _value(_number_tokens(tok))
    # "lasted five hours before police entered": the verb just before the figure, when there is one.
    before = next((t for t in reversed(tok.doc[max(tok.i - 3, 0): tok.i]) if t.pos_ == "VERB"), None)
    event = before.lemma_.lower() if before is not None else event_of(unit)
    if value is None or not event or event in LIGHT_VERBS:
        return None
    lo, hi, shown = _interval([tok], value)
    return Mention("number", sentence.article, sentence.index, f"{shown} {unit.text}", lo * hours, hi * hours,
                   measure="duration", thing="duration", event=event, frame=f"how long ({event})",
                   where=setting(unit, [tok, unit]), when=days_named(unit), words=named_participants(unit),
                   anchor=tok.i)


GLUED_MAGNITUDE = re.compile(r"magnitude-(\d+(?:\.\d+)?)$", re.I)


def _magnitude(sentence: Sentence, tok) -> Mention | None:
    """A quake's magnitude written after the word: "the magnitude 6 quake", "the magnitude-6.2
    quake", "a magnitude of 6.2". (Written before it, "a 6.2-magnitude quake" is a figure whose
    counted noun is the magnitude, read as any other.)"""
    glued = GLUED_MAGNITUDE.match(tok.text)
    if glued:
        value, word, shown = float(glued.group(1)), tok, glued.group(1)
    else:
        before = [t for t in tok.doc[max(tok.i - 3, 0): tok.i] if t.text != "-"]
        if not tok.like_num or not before or not (
                before[-1].lower_ == "magnitude" or before[-1].lower_ == "of" and len(before) > 1
                and before[-2].lower_ == "magnitude"):
            return None
        value = _value(_number_tokens(tok))
        if value is None:
            return None
        word = before[-1] if before[-1].lower_ == "magnitude" else before[-2]
        shown = tok.text
    event = event_of(word)
    if not event:
        return None
    return Mention("number", sentence.article, sentence.index, shown, value, value, measure="quantity",
                   thing="magnitude", noun="magnitude", event=event, verb=as_written(tok.doc, event),
                   frame=f"magnitude {event}", where=setting(word, [tok]), when=days_named(word),
                   words=named_participants(word), anchor=tok.i)


def _unit(tok) -> str | None:
    """The unit after a number ("8,027-meter", "26,291 feet", "5 km"), normalised."""
    for nxt in tok.doc[tok.i + 1: tok.i + 3]:
        if nxt.text == "-":
            continue
        return UNITS.get(nxt.lower_)
    return None


def clock_times(sentence: Sentence) -> list[Mention]:
    """Times of day ("about 11:45 a.m.") as minutes after midnight, with their qualifier. A line
    that is only a time ("2:44 p.m.") stamps an update; it places no event."""
    found = []
    if sentence.words < 4:
        return found
    previous_end = -1
    for ent in sentence.doc.ents:
        match = CLOCK.search(ent.text) if ent.label_ == "TIME" else None
        if not match:
            continue
        if _stamp(ent) or _conversion(ent, previous_end):
            previous_end = ent.end
            continue
        previous_end = ent.end
        hour, minute = int(match.group("h")) % 12, int(match.group("m") or 0)
        minutes = hour * 60 + minute + (720 if match.group("pm").lower().startswith("p") else 0)
        before = sentence.doc.doc[max(ent.start - 1, 0)].lower_ if ent.start > 0 else ""
        vague = before in ABOUT or ent.text.lower().split()[0] in ABOUT
        spread = 15 if vague else 0
        shown = ent.text if not vague or ent.text.lower().split()[0] in ABOUT else f"{before} {ent.text}"
        event = _event_at(ent.root)
        found.append(Mention("number", sentence.article, sentence.index, shown, minutes - spread,
                             minutes + spread, measure="clock", thing="time of day", event=event,
                             frame=f"time of day ({event})" if event else "time of day",
                             verb=as_written(ent.doc, event) if event else "", anchor=ent.start,
                             where=setting(ent.root, list(ent)), when=days_named(ent.root)))
    return found


def _event_at(tok) -> str:
    """What happened at a time: the verb the time hangs from, up through "at", "around" and other
    times ("happened at about 11:45 a.m. on Thursday" gives happen)."""
    anchor = tok.head
    for _ in range(3):
        if (anchor.pos_ == "ADP" or anchor.ent_type_ in {"DATE", "TIME"}) and anchor.head != anchor:
            anchor = anchor.head
    lemma = anchor.lemma_.lower()
    return lemma if anchor.pos_ in {"VERB", "NOUN"} and lemma not in SPEECH | LIGHT_VERBS else ""


def _stamp(ent) -> bool:
    """ "10:06 am: I offer my office mate ...": a live blog's or video's time stamp, not an event's time."""
    doc = ent.doc
    return ent.start == ent.sent.start and ent.end < len(doc) and doc[ent.end].text in {":", "-", "–", "—"}


def _conversion(ent, previous_end: int) -> bool:
    """ "6:30 a.m. local time (just before 2:30 p.m. Saturday Pacific time)": the same moment in
    another time zone."""
    doc = ent.doc
    between = doc[previous_end: ent.start] if previous_end >= 0 else []
    return previous_end >= 0 and any(t.text == "(" for t in between) and ent.start - previous_end <= 5


def _those_who(tok, noun):
    """For "six of those arrested are Klan supporters": the event ("arrest") and the noun that
    says who they are ("supporters")."""
    if noun is None or noun.lower_ not in {"those", "them"} or tok.dep_ != "nsubj":
        return None
    verb = next((c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"), None)
    what = next((c for c in tok.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if verb is None or what is None or tok.head.lemma_ != "be":
        return None
    return verb.lemma_.lower(), what


def _counted_noun(tok):
    """The noun a number counts: its head for "27 workers", the object of "of" for "one of them"."""
    counting = {"nummod", "quantmod", "compound"} | ({"amod"} if tok.lower_ in COUNT_WORDS else set())
    if tok.dep_ in counting and tok.head.pos_ in {"NOUN", "PROPN"}:
        return tok.head
    if tok.dep_ == "nummod" and tok.head.like_num:
        return _counted_noun(tok.head)
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _happened(noun) -> bool:
    """Whether the clause of a "no one" tells of an event that took place ("no one was killed",
    "nobody has been arrested"), not advice or a rule ("nobody should use acetaminophen")."""
    verb = next((h for h in noun.ancestors if h.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return False
    helpers = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.tag_ == "MD" for c in helpers):
        return False
    return verb.tag_ in {"VBD", "VBN"} or any(c.lemma_ in {"have", "be"} and c.tag_ in {"VBD", "VBZ", "VBP"}
                                              for c in helpers)


def _zero(sentence: Sentence, tok) -> Mention | None:
    """ "no one was killed", "nobody was hurt", "no arrests were made": a count of zero."""
    doc = tok.doc
    if tok.lower_ == "no":
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is None or tok.dep_ != "det" or nxt.pos_ not in {"NOUN", "NUM"}:
            return None
        noun = nxt
    else:
        noun = tok
    event = event_of(noun)
    if not event or not _happened(noun):
        return None
    thing = "one" if noun.lower_ in {"one", "nobody", "none", "no-one"} else noun.lemma_.lower()
    return Mention("number", sentence.article, sentence.index, "0", 0.0, 0.0, measure="count", thing=thing,
                   event=event, frame=f"{noun.text} {event}", noun=noun.lower_ if thing != "one" else "",
                   verb=as_written(doc, event), where=setting(noun, [noun]), when=days_named(noun), anchor=tok.i)
