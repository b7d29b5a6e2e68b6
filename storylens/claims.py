"""Claims: what each sentence asserts that another sentence could contradict.

Three kinds, each read off spaCy's parse with general rules:
- quantities: a number (digits or words, with qualifiers such as "about" or "at least" turned
  into an interval), what it counts and the event ("at least 27 party workers were
  arrested" → workers / arrest ≥ 27); "no one" and "no <noun>" count as zero; ages of people;
- dates: a weekday an event is placed on ("raided ... on Tuesday");
- propositions: a negated or denied clause ("no one was killed", "denied that arms were
  stolen"), and adjectives with a negating prefix ("illegal" against "legal").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from word2number import w2n

from storylens.model import Article, Sentence

SPEECH = {"say", "tell", "accord", "add", "state", "announce", "report", "claim", "confirm", "write", "note", "explain",
          "insist", "deny", "tweet", "post", "reiterate"}
LIGHT_VERBS = {"make", "have", "be", "do", "take", "get", "give", "see", "include", "report"}
SLOT_PREPS = {"to", "with", "at"}
PLACE_PREPS = {"in", "near", "outside", "across", "inside"}
RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ABOUT = {"about", "around", "approximately", "roughly", "some", "nearly", "almost", "estimated", "an"}
AT_LEAST = {"least", "more", "over", "upwards", "than", "plus", "exceeding"}
AT_MOST = {"up", "most", "fewer", "less", "under", "many", "below"}
COUNT_WORDS = {"dozen": 12.0, "twin": 2.0, "half-dozen": 6.0}
TIMES = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
UPDATE_CUES = re.compile(r"\b(?:rose|risen|rising|climbed|increased|jumped|grew|now stands|has reached|updated?)\b",
                         re.I)
AGE_SUFFIX = re.compile(r"^\s*-?\s*years?\s*-?\s*old\b", re.I)
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
NEGATING_PREFIXES = ("il", "un", "in", "im", "ir", "non", "dis")
# Negated verbs of knowing and reporting ("we don't know", "did not respond") deny nothing.
UNCERTAIN = {"know", "think", "believe", "seem", "appear", "expect", "want", "need", "respond", "comment",
             "return", "determine", "confirm", "release", "disclose", "identify", "say", "see", "go", "do",
             "remember", "recall", "understand", "elaborate", "reveal", "specify", "like", "wait", "plan"}
NEGATIVE_IMPLICATIVE = {"refuse", "fail", "decline", "avoid", "prevent", "stop", "deny", "forget", "neglect"}
DENY_LEMMAS = {"deny", "dispute", "reject", "refute"}
REMAINS = {"corpse", "corpses", "body", "bodies"}
FOUND_VERBS = {"find", "discover", "recover", "retrieve", "count", "pull"}
MODALS = {"would", "could", "will", "can", "might", "may", "should", "wo", "ca"}
INDEFINITES = {"anything", "anyone", "anybody"}
FALSE_WORDS = {"incorrect", "false", "untrue", "wrong", "baseless"}


# Nouns that count people. The generic ones match any count of people ("27 people arrested"
# against "27 party workers were arrested"); the others fall in roles, and a count of one role
# is not a count of another ("two gunmen killed" is not "nine civilians killed").
GENERIC_PEOPLE = {"person", "people", "one", "individual", "man", "woman", "men", "women", "adult"}
ROLES = {
    "armed": {"gunman", "rebel", "terrorist", "militant", "insurgent", "fighter", "attacker", "assailant",
              "jihadist", "extremist", "bomber", "shooter"},
    "forces": {"soldier", "troop", "officer", "police", "policeman", "guard", "agent", "serviceman", "trooper",
               "deputy", "personnel"},
    "members": {"member", "supporter", "activist", "worker", "follower", "loyalist", "protester", "demonstrator",
                "volunteer", "official"},
    "civilians": {"civilian", "resident", "villager", "bystander", "pedestrian", "passenger", "citizen",
                  "child", "teenager", "boy", "girl", "student", "employee", "journalist", "patient",
                  "inmate", "prisoner", "suspect", "victim", "migrant", "refugee"},
}
ROLE_OF = {noun: role for role, nouns in ROLES.items() for noun in nouns}
PEOPLE = GENERIC_PEOPLE | set(ROLE_OF)


@dataclass
class Mention:
    """One checkable assertion in one sentence."""

    kind: str  # "number", "date" or "claim"
    article: str
    sentence: int
    value: str
    lo: float = 0.0
    hi: float = 0.0
    measure: str = ""  # what is measured: "count", "age", "money", "percent", "weekday", ...
    thing: str = ""  # the counted noun, the person whose age, the adjective's noun
    event: str = ""  # the predicate lemma ("arrest", "kill", "raid")
    frame: str = ""  # a short text of thing and event, for vectors and topics
    polarity: int = 1
    words: frozenset[str] = field(default_factory=frozenset)  # content lemmas of a proposition
    where: frozenset[str] = field(default_factory=frozenset)  # places the event is set at
    when: frozenset[str] = field(default_factory=frozenset)  # days the event is set on
    update: bool = False
    noun: str = ""  # the counted or described noun as written ("workers", "weapons")
    verb: str = ""  # the event as written ("arrested", "killed")


def extract(articles: list[Article]) -> list[Mention]:
    """Every quantity, date and proposition mention of every sentence."""
    out: list[Mention] = []
    for article in articles:
        published = published_date(article.published)
        for sentence in article.sentences:
            if sentence.doc is None or sentence.heading and sentence.index > 0:
                continue
            update = bool(UPDATE_CUES.search(sentence.text))
            found = (*numbers(sentence), *clock_times(sentence), *weekdays(sentence, published),
                     *years(sentence), *slots(sentence), *ranks(sentence), *descriptors(sentence, PEOPLE),
                     *propositions(sentence))
            for mention in found:
                mention.update = update
                out.append(mention)
    return out


# --- quantities -------------------------------------------------------------------------------

def numbers(sentence: Sentence) -> list[Mention]:
    """Quantity mentions of one sentence."""
    span = sentence.doc
    found: list[Mention] = []
    used: set[int] = set()
    for tok in span:
        if tok.i in used:
            continue
        if tok.lower_ in TIMES and tok.head.pos_ == "VERB":
            event = tok.head.lemma_.lower()
            value = TIMES[tok.lower_]
            found.append(Mention("number", sentence.article, sentence.index, tok.text, value, value,
                                 measure="times", thing="time", event=event, frame=f"times {event}"))
            continue
        if tok.lower_ in {"no", "nobody", "none"} or tok.lower_ == "no-one":
            mention = _zero(sentence, tok)
            if mention:
                found.append(mention)
            continue
        if tok.lower_ in COUNT_WORDS and tok.dep_ in {"nummod", "amod", "compound"}:
            found.append(_quantity(sentence, [tok], COUNT_WORDS[tok.lower_]))  # "twin car bombs", "a dozen"
            continue
        if not tok.like_num or tok.ent_type_ in {"DATE", "TIME", "ORDINAL"} and not _is_age(tok):
            continue
        if tok.i > 0 and tok.doc[tok.i - 1].lower_ == "no":
            continue  # the "one" of "no one" is a zero, read above
        group = _number_tokens(tok)
        used.update(t.i for t in group)
        value = _value(group)
        if value is None or _looks_like_year(group, value):
            continue
        found.append(_quantity(sentence, group, value))
    return [m for m in found if m.event or m.measure in {"age", "quantity"} and m.thing]


def _number_tokens(tok) -> list:
    """The run of number words starting at ``tok``: "twenty-eight", "1.5 million"."""
    group = [tok]
    doc = tok.doc
    i = tok.i + 1
    while i < len(doc) and (doc[i].like_num or doc[i].text == "-" and i + 1 < len(doc) and doc[i + 1].like_num
                            or doc[i].lower_ in {"million", "billion", "thousand", "hundred"}):
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
    scale = {"million": 1e6, "billion": 1e9, "thousand": 1e3}
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


def _looks_like_year(group: list, value: float) -> bool:
    return len(group) == 1 and re.fullmatch(r"(1[89]|20)\d\d", group[0].text) is not None


def _is_age(tok) -> bool:
    """ "29-year-old", "Geraldine Alcorn, 28,", "Kroll was 34.", "dead at 34", "aged 34"."""
    doc = tok.doc
    after = doc.text[tok.idx - doc[0].idx + len(tok.text):][:14]
    if AGE_SUFFIX.match(after):
        return True
    prev = doc[tok.i - 1] if tok.i > 0 else None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if prev is not None and prev.text == "," and nxt is not None and nxt.text in {",", ")"} \
            and prev.i > 0 and (doc[prev.i - 1].ent_type_ == "PERSON" or doc[prev.i - 1].pos_ == "PROPN"):
        return True  # "Geraldine Alcorn, 28, was charged"
    if prev is not None and prev.lower_ in {"aged", "age"}:
        return True
    if prev is not None and prev.lower_ == "at" and prev.head.lemma_.lower() in {"die", "dead", "death", "pass"}:
        return True
    if tok.dep_ == "attr" and tok.head.lemma_ == "be" and (nxt is None or nxt.is_punct):
        subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        return subject is not None and (subject.ent_type_ == "PERSON" or subject.lower_ in {"he", "she"})
    return False


def _interval(group: list, value: float) -> tuple[float, float, str]:
    doc = group[0].doc
    before = [t.lower_ for t in doc[max(group[0].i - 3, 0): group[0].i]]
    words = [t.text for t in group]
    shown = " ".join(words)
    if before[-2:] in (["at", "least"], ["more", "than"]) or before[-1:] in (["over"], ["upwards"]):
        q = "at least" if before[-1] == "least" else "more than" if before[-1] == "than" else before[-1]
        return value, math.inf, f"{q} {shown}"
    if before[-2:] in (["up", "to"], ["as", "many"], ["at", "most"], ["fewer", "than"], ["less", "than"]):
        return 0.0, value, f"{' '.join(before[-3:] if before[-2:] == ['as', 'many'] else before[-2:])} {shown}"
    if before[-1:] and before[-1] in ABOUT - {"an"}:
        spread = max(value * 0.15, 1.0)
        return value - spread, value + spread, f"{before[-1]} {shown}"
    return value, value, shown


def _quantity(sentence: Sentence, group: list, value: float) -> Mention:
    tok = group[-1]
    lo, hi, shown = _interval(group, value)
    m = Mention("number", sentence.article, sentence.index, shown, lo, hi, measure="count")
    if _is_age(tok):
        m.measure, m.thing = "age", _person_near(group[0])
        m.frame = f"age of {m.thing}"
        return m
    ent = tok.ent_type_
    m.measure = {"MONEY": "money", "PERCENT": "percent", "QUANTITY": "quantity", "TIME": "time"}.get(ent, "count")
    unit = _unit(tok)
    if unit:
        m.measure, m.thing = "quantity", unit
        m.frame = f"figure in {PLURAL_UNITS.get(unit, unit + 's')}"
        return m
    noun = _counted_noun(tok)
    if noun is not None and noun.lower_ in {"year", "years"} and noun.dep_ in {"npadvmod", "attr"}:
        m.measure, m.thing = "age", _person_near(tok)
    m.thing = m.thing or (noun.lemma_.lower() if noun is not None else "")  # "" when not said
    bare_argument = noun is not None or tok.dep_ in {"dobj", "nsubj", "nsubjpass"}
    per = doc_after(tok, 3).lower()
    if not bare_argument or re.match(r"^\W*(?:a|an|per|each|every)\s+(?:day|week|month|year|hour)", per):
        return m  # "one with a flagpole", "$700 a week": no event to compare
    m.event = _event(noun if noun is not None else tok)
    m.noun, m.verb = (noun.lower_ if noun is not None else ""), _as_written(tok.doc, m.event)
    m.where = _setting(noun if noun is not None else tok, group)
    m.when = _days(noun if noun is not None else tok)
    if m.measure == "age":
        m.frame = f"age of {m.thing}"
    else:
        m.frame = f"{noun.text if noun is not None else ''} {m.event}".strip()
    if not m.thing and m.event in LIGHT_VERBS:
        m.event = ""  # "had 30": too vague to compare
    if noun is not None and noun.lower_ in REMAINS and m.event in FOUND_VERBS:
        m.thing, m.event = "people", "die"  # "68 corpses were found" counts the dead
    return m


def _unit(tok) -> str | None:
    """The unit after a number ("8,027-meter", "26,291 feet", "5 km"), normalised."""
    for nxt in tok.doc[tok.i + 1: tok.i + 3]:
        if nxt.text == "-":
            continue
        return UNITS.get(nxt.lower_)
    return None


def clock_times(sentence: Sentence) -> list[Mention]:
    """Times of day ("about 11:45 a.m.") as minutes after midnight, with their qualifier."""
    found = []
    for ent in sentence.doc.ents:
        match = CLOCK.search(ent.text) if ent.label_ == "TIME" else None
        if not match:
            continue
        hour, minute = int(match.group("h")) % 12, int(match.group("m") or 0)
        minutes = hour * 60 + minute + (720 if match.group("pm").lower().startswith("p") else 0)
        before = sentence.doc.doc[max(ent.start - 1, 0)].lower_ if ent.start > 0 else ""
        vague = before in ABOUT or ent.text.lower().split()[0] in ABOUT
        spread = 15 if vague else 0
        shown = ent.text if not vague or ent.text.lower().split()[0] in ABOUT else f"{before} {ent.text}"
        found.append(Mention("number", sentence.article, sentence.index, shown, minutes - spread,
                             minutes + spread, measure="clock", thing="time of day", frame="time of day"))
    return found


def doc_after(tok, n: int) -> str:
    """The text of the ``n`` tokens after ``tok``."""
    return tok.doc[tok.i + 1: tok.i + 1 + n].text


def _setting(tok, skip: list) -> frozenset[str]:
    """Places inside the clause of the event a number belongs to ("in Idlib"). Days are left out:
    reports that disagree on the day of one event are what disputes are for."""
    lo, hi = _clause_span(tok)
    skip_ids = {t.i for t in skip}
    places = {e.text.lower() for e in tok.doc.ents
              if e.label_ in {"GPE", "LOC", "FAC"} and lo <= e.start and e.end - 1 <= hi
              and not skip_ids & set(range(e.start, e.end)) and not AGE_SUFFIX.search(e.text)}
    # Names the tagger missed after a preposition of place: "in the Idlib area", "near Qaboon".
    for t in tok.doc[lo: hi + 1]:
        if t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS and t.i not in skip_ids:
            names = [w for w in t.subtree if w.is_title and w.pos_ in {"PROPN", "ADJ"}
                     and w.ent_type_ in {"", "GPE", "LOC", "FAC", "ORG", "NORP"}]
            places.update(w.lower_ for w in names)
    return frozenset(places)


def _clause_span(tok) -> tuple[int, int]:
    """The token range of the clause ``tok`` belongs to."""
    head = tok
    while head.dep_ not in {"ROOT", "ccomp", "advcl", "relcl", "conj"} and head.head is not head:
        head = head.head
    return head.left_edge.i, head.right_edge.i


def _days(tok) -> frozenset[str]:
    """Weekdays named in the clause of ``tok`` ("killed 27 people on Saturday")."""
    lo, hi = _clause_span(tok)
    return frozenset(t.lower_.rstrip(".") for t in tok.doc[lo: hi + 1] if t.lower_.rstrip(".") in WEEKDAYS)


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


def _event(tok) -> str:
    """The predicate a number or noun takes part in: the nearest verb above it ("27 workers were
    arrested", "killed two of the gunmen"), the verb of a relative clause on it ("64 who died"),
    the verb reported ("144 people were reported killed"), or the noun itself for "made 20 arrests"."""
    own = next((c for c in tok.children if c.dep_ == "relcl" and c.pos_ == "VERB"), None)
    if own is not None and own.lemma_.lower() not in SPEECH | LIGHT_VERBS:
        return own.lemma_.lower()
    for steps, head in enumerate(tok.ancestors):
        if steps >= 4:
            break
        if head.pos_ == "VERB":
            lemma = head.lemma_.lower()
            if lemma in SPEECH:
                reported = next((c for c in head.children if c.dep_ in {"xcomp", "oprd"} and c.pos_ == "VERB"
                                 and c.lemma_.lower() not in SPEECH), None)
                return reported.lemma_.lower() if reported is not None and tok.dep_ == "nsubjpass" or \
                    reported is not None and tok.head is head else ""
            return tok.lemma_.lower() if lemma in LIGHT_VERBS and tok.pos_ == "NOUN" else lemma
        if head.pos_ not in {"ADP", "NUM", "NOUN", "PROPN"} or head.dep_ in {"ROOT", "ccomp", "advcl", "relcl"}:
            break
    return tok.lemma_.lower() if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else ""


def _as_written(doc, lemma: str) -> str:
    """A verb lemma as the sentence wrote it in the past ("killed"), else the lemma."""
    return next((t.lower_ for t in doc if t.lemma_.lower() == lemma and t.tag_ in {"VBN", "VBD"}), lemma)


def _person_near(tok) -> str:
    """The person an age belongs to: the name it modifies or follows, else the sentence's subject."""
    doc = tok.doc
    for head in (tok, *tok.ancestors):
        if head.ent_type_ == "PERSON":
            return _entity_text(head)
    if tok.i > 1 and doc[tok.i - 1].text == "," and doc[tok.i - 2].pos_ == "PROPN":
        return _entity_text(doc[tok.i - 2])
    subject = next((c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and (subject.ent_type_ == "PERSON" or subject.lower_ in {"he", "she"}):
        return _entity_text(subject) if subject.ent_type_ == "PERSON" else subject.lower_
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    return people[0].text if len(people) == 1 else ""


def _entity_text(tok) -> str:
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent.text if ent is not None else tok.text


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
    event = _event(noun)
    if not event:
        return None
    thing = "one" if noun.lower_ in {"one", "nobody", "none", "no-one"} else noun.lemma_.lower()
    return Mention("number", sentence.article, sentence.index, "0", 0.0, 0.0, measure="count", thing=thing,
                   event=event, frame=f"{noun.text} {event}", noun=noun.lower_ if thing != "one" else "",
                   verb=_as_written(doc, event), where=_setting(noun, [noun]), when=_days(noun))


# --- dates -----------------------------------------------------------------------------------

def weekdays(sentence: Sentence, published: date | None = None) -> list[Mention]:
    """Days that place an event: "raided the headquarters on Tuesday", "was arrested yesterday".

    ``lo`` is the weekday (0 = Monday); ``hi`` the resolved date's ordinal when the article's
    publication date is known (the most recent such day on or before it), else -1.
    """
    found = []
    for tok in sentence.doc:
        day = tok.lower_.rstrip(".")
        relative = RELATIVE_DAYS.get(day)
        if day not in WEEKDAYS and (relative is None or published is None) or tok.ent_type_ not in {"DATE", "TIME"}:
            continue
        anchor = tok.head
        for _ in range(3):  # up through "on", "morning" to what happened then
            if (anchor.pos_ == "ADP" or anchor.ent_type_ in {"DATE", "TIME"}) and anchor.head is not anchor:
                anchor = anchor.head
        lemma = anchor.lemma_.lower()
        if anchor.pos_ not in {"VERB", "NOUN"} or lemma in SPEECH or lemma in LIGHT_VERBS:
            continue
        when = _resolve_day(day, published)
        weekday = when.weekday() if when else WEEKDAYS.index(day)
        shown = WEEKDAYS[weekday].capitalize() + (f" ({when.isoformat()})" if when else "")
        found.append(Mention("date", sentence.article, sentence.index, shown, weekday,
                             when.toordinal() if when else -1, measure="weekday", event=lemma, frame=lemma,
                             words=frozenset(participants(anchor)), where=_setting(anchor, [tok])))
    return found


def years(sentence: Sentence) -> list[Mention]:
    """Years that place an event: "stolen from the Mint in 1899"."""
    found = []
    for tok in sentence.doc:
        if tok.ent_type_ != "DATE" or not re.fullmatch(r"(1[6-9]|20)\d\d", tok.text):
            continue
        prep = tok.head
        if prep.lower_ not in {"in", "during"} or prep.head.pos_ != "VERB":
            continue
        verb = prep.head
        lemma = verb.lemma_.lower()
        if lemma in SPEECH or lemma in LIGHT_VERBS:
            continue
        found.append(Mention("date", sentence.article, sentence.index, tok.text, int(tok.text), -1, measure="year",
                             event=lemma, frame=lemma, words=frozenset(participants(verb))))
    return found


def slots(sentence: Sentence) -> list[Mention]:
    """What a person's action was done to, at or with: "turned himself in to Fort Lauderdale
    police" (turn in / to), "charged with possession of alcohol" (charge / with). ``thing`` is the
    actor as written (resolved later), ``words`` the content words of the filler."""
    found = []
    for prep in sentence.doc:
        if prep.dep_ != "prep" or prep.lower_ not in SLOT_PREPS or prep.head.pos_ != "VERB":
            continue
        verb = prep.head
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if not objects or verb.lemma_.lower() in SPEECH | LIGHT_VERBS or objects[0].ent_type_ in {"GPE", "LOC", "DATE"}:
            continue
        actor = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if actor is None or not (actor.ent_type_ == "PERSON" or actor.pos_ == "PROPN" or actor.lower_ in {"he", "she"}):
            continue
        filler = objects[0]
        words = frozenset(_content(filler.subtree))
        if not words:
            continue
        particle = "".join(f" {c.lower_}" for c in verb.children if c.dep_ == "prt")
        text = sentence.doc.doc[filler.left_edge.i: filler.right_edge.i + 1].text
        found.append(Mention("claim", sentence.article, sentence.index, text, measure="slot",
                             thing=_entity_text(actor) if actor.pos_ == "PROPN" else actor.lower_,
                             event=f"{verb.lemma_.lower()}{particle} {prep.lower_}", words=words,
                             frame=f"{verb.lemma_.lower()}{particle} {prep.lower_}"))
    return found


def _resolve_day(day: str, published: date | None) -> date | None:
    if published is None:
        return None
    if day in RELATIVE_DAYS:
        return published + timedelta(days=RELATIVE_DAYS[day])
    back = (published.weekday() - WEEKDAYS.index(day)) % 7
    return published - timedelta(days=back)


def published_date(text: str | None) -> date | None:
    """An article's publication date, from ISO 8601 or anything dateparser reads."""
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        import dateparser

        parsed = dateparser.parse(text, settings={"PREFER_DAY_OF_MONTH": "first"})
        return parsed.date() if parsed else None


def participants(verb) -> set[str]:
    """Lemmas of who or what takes part in an event: the heads of its subject and object
    (for an event noun, those of the verb it hangs from), pronouns left out."""
    heads = [verb] + ([verb.head] if verb.pos_ == "NOUN" and verb.head is not verb else [])
    return {c.lemma_.lower() for h in heads for c in h.children
            if c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.pos_ in {"NOUN", "PROPN"}} - {verb.lemma_.lower()}


# --- descriptors -----------------------------------------------------------------------------

def descriptors(sentence: Sentence, roles: set[str] | frozenset[str]) -> list[Mention]:
    """What kind of student, worker or officer one person is: "the 24-year-old computer science
    student" against "the 24-year old electronics student". ``thing`` says who (a name, else the
    age), ``event`` the role noun, ``words`` the describing nouns."""
    found = []
    for noun in sentence.doc:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in roles:
            continue
        kinds = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        who = _named(noun) or _age_in(noun)
        if not kinds or not who:
            continue
        kind = kinds[0]
        text = " ".join(t.text for t in kind.subtree)
        found.append(Mention("claim", sentence.article, sentence.index, text, measure="descriptor", thing=who,
                             event=noun.lemma_.lower(), words=frozenset(t.lemma_.lower() for t in kind.subtree),
                             frame=f"what kind of {noun.lemma_.lower()}"))
    return found


def _named(noun) -> str:
    """The person a role noun describes: "student John Doe", "John Doe, a student"."""
    for tok in (noun.head, *noun.children):
        if tok.ent_type_ == "PERSON" and (tok is noun.head and noun.dep_ in {"appos", "compound"}
                                          or tok is not noun.head and tok.dep_ == "appos"):
            return _entity_text(tok)
    return ""


def _age_in(noun) -> str:
    """ "24" of "the 24-year-old student"."""
    for tok in noun.subtree:
        if tok.i >= noun.i:
            break
        if tok.like_num and _is_age(tok):
            return f"aged {tok.text}"
    return ""


# --- ranks -----------------------------------------------------------------------------------

ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
            "tenth": 10}
SAME_SUPERLATIVE = {"biggest": "largest"}
WIDE_SCOPES = {"country", "nation"}  # "the country's largest" may be any country's name


def ranks(sentence: Sentence) -> list[Mention]:
    """Superlative ranks: "Aleppo, Syria's largest" (1) against "Syria's second biggest city of
    Aleppo" (2). ``thing`` is what is ranked, ``event`` the superlative, ``where`` the scope."""
    found = []
    for tok in sentence.doc:
        if tok.tag_ != "JJS" or tok.lower_ in {"most", "least", "best", "worst", "latest"}:
            continue
        rank = _ordinal_before(tok)
        noun = tok.head if tok.dep_ == "amod" and tok.head.pos_ == "NOUN" else None
        scope = _rank_scope(tok, noun)
        target = _ranked(tok, noun)
        if not target or not scope:
            continue
        superlative = SAME_SUPERLATIVE.get(tok.lower_, tok.lower_)
        shown = tok.lower_ if rank == 1 else f"{next(k for k, v in ORDINALS.items() if v == rank)} {tok.lower_}"
        found.append(Mention("claim", sentence.article, sentence.index, shown, rank, rank, measure="rank",
                             thing=target, event=superlative, where=frozenset({scope}),
                             frame=f"{superlative} {noun.lemma_.lower() if noun is not None else ''}".strip(),
                             noun=noun.lower_ if noun is not None else ""))
    return found


def _ordinal_before(tok) -> int:
    for prev in tok.doc[max(tok.i - 2, 0): tok.i]:
        word = prev.lower_.rstrip("-")
        number = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", word)
        if word in ORDINALS or number:
            return ORDINALS.get(word) or int(number.group(1))
    return 1


def _rank_scope(tok, noun) -> str:
    """What a rank is within: the possessor ("Syria's") or the place after "in"."""
    for head in (tok, noun):
        if head is None:
            continue
        for child in head.children:
            if child.dep_ == "poss" and child.pos_ in {"PROPN", "NOUN"}:
                return child.lemma_.lower() if child.pos_ == "NOUN" else child.text.lower()
            if child.dep_ == "prep" and child.lower_ == "in":
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return " ".join(w.lower_ for w in obj.subtree if not w.is_stop and not w.is_punct)
    return ""


def _ranked(tok, noun) -> str:
    """The name ranked: "city of Aleppo", "Aleppo, the third-largest city", "X is the largest",
    "Aleppo, Syria's largest"."""
    if noun is not None:
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                obj = next((c for c in child.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
                if obj is not None:
                    return _entity_text(obj)
        if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
            return _entity_text(noun.head)
        if noun.dep_ == "attr":
            subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ == "PROPN":
                return _entity_text(subject)
    start = min(t.i for t in tok.subtree) if noun is None else noun.left_edge.i
    start = min(start, tok.left_edge.i)
    doc = tok.doc
    if start >= 2 and doc[start - 1].text == "," and doc[start - 2].pos_ == "PROPN":
        return _entity_text(doc[start - 2])
    return ""


# --- propositions ----------------------------------------------------------------------------

def propositions(sentence: Sentence) -> list[Mention]:
    """Negated and denied clauses, and adjectives that carry a negating prefix."""
    found = []
    if sentence.text.rstrip().endswith("?"):
        return found
    for tok in sentence.doc:
        clause = None
        if tok.dep_ == "neg" and tok.head.pos_ in {"VERB", "AUX"} and tok.head.lemma_.lower() not in UNCERTAIN:
            clause = tok.head
        elif tok.lemma_.lower() in DENY_LEMMAS and tok.pos_ == "VERB":
            clause = next((c for c in tok.children if c.dep_ in {"ccomp", "dobj"}), None)
        elif tok.lower_ in FALSE_WORDS:
            clause = next((c for c in tok.children if c.dep_ == "ccomp"), None) or \
                next((c for c in tok.head.children if c.dep_ == "ccomp"), None)
        if clause is None or clause.lemma_.lower() in SPEECH:
            continue
        words = _content(_core(clause))
        denial = tok.lemma_.lower() in DENY_LEMMAS or tok.lower_ in FALSE_WORDS
        existent = _existential(clause) if denial else None
        if len(set(words)) >= 3:
            found.append(Mention("claim", sentence.article, sentence.index, "denied", polarity=-1,
                                 words=frozenset(words), event=clause.lemma_.lower(),
                                 measure="any" if _universal(clause) else "", verb="deny" if denial else "not",
                                 frame=_clause_text(clause), thing=" ".join(sorted(_objects(clause)))))
        elif existent is not None:
            found.append(Mention("claim", sentence.article, sentence.index, "denied", polarity=-1,
                                 words=frozenset({existent.lemma_.lower()}), event=clause.lemma_.lower(),
                                 measure="exists", frame=f"there was {_phrase(existent)}",
                                 thing=existent.lemma_.lower()))
    found.extend(_adjectives(sentence))
    return found


def _phrase(tok) -> str:
    return " ".join(t.text for t in tok.subtree)


def _universal(clause) -> bool:
    """ "hasn't won anything", "never asked anyone to end any investigation": a negation of every
    instance, so any report of one contradicts it."""
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in clause.children):
        return False  # "he wouldn't hurt anybody" speaks of character, not of an event
    return any(c.lower_ in INDEFINITES or any(d.lower_ == "any" for d in c.children)
               for c in clause.children if c.dep_ in {"dobj", "attr", "nsubjpass"})


def _existential(clause):
    """The noun a denied clause says existed: "denied there was ever an affair" (affair),
    "denied that the two had an affair" (affair)."""
    lemma = clause.lemma_.lower()
    expletive = any(c.dep_ == "expl" for c in clause.children)
    for child in clause.children:
        if child.pos_ == "NOUN" and (lemma == "be" and expletive and child.dep_ == "attr"
                                     or lemma == "have" and child.dep_ == "dobj"):
            return child
    return None


def _objects(clause) -> set[str]:
    """What a clause is done to: the heads of its object or complement (pronouns left out).
    Subjects are not required to match: reports name the same actor differently."""
    return {c.lemma_.lower() for c in clause.children
            if c.dep_ in {"dobj", "attr", "acomp", "oprd"} and c.pos_ in {"NOUN", "PROPN", "ADJ"}}


def asserts(sentence: Sentence, event: str, objects: set[str]) -> bool:
    """Whether a sentence asserts ``event`` (as a verb, not negated, not "refused to") of ``objects``."""
    if sentence.doc is None:
        return False
    lemmas = {t.lemma_.lower() for t in sentence.doc}
    if not objects <= lemmas:
        return False
    for tok in sentence.doc:
        if tok.lemma_.lower() == event and tok.pos_ in {"VERB", "AUX"}:
            negated = any(c.dep_ == "neg" for c in tok.children)
            blocked = tok.head.lemma_.lower() in NEGATIVE_IMPLICATIVE or tok.head.lemma_.lower() in DENY_LEMMAS
            if not negated and not blocked:
                return True
    return False


def _core(clause) -> list:
    """The clause's verb and its arguments, without subordinate clauses hanging off it."""
    tokens = [clause]
    for child in clause.children:
        if child.dep_ not in {"advcl", "relcl", "conj", "cc", "punct", "mark", "neg", "parataxis"}:
            tokens.extend(child.subtree)
    return tokens


def _adjectives(sentence: Sentence) -> list[Mention]:
    """Adjectives with their nouns; the negating-prefix ones ("illegal") get polarity -1."""
    found = []
    for tok in sentence.doc:
        if tok.pos_ != "ADJ":
            continue
        noun = tok.head if tok.dep_ == "amod" else next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if noun is not None and noun.pos_ == "NOUN":
            before = sentence.doc.doc[tok.i - 1].lower_ if tok.i > 0 else ""
            polarity = -1 if tok.lower_.startswith(NEGATING_PREFIXES) or before in {"non", "not"} else 1
            found.append(Mention("claim", sentence.article, sentence.index, tok.lower_, polarity=polarity,
                                 thing=noun.lemma_.lower(), event=tok.lower_, measure="adjective",
                                 noun=noun.lower_))
    return found


def _content(tokens) -> list[str]:
    return [t.lemma_.lower() for t in tokens if t.is_alpha and not t.is_stop and t.dep_ != "neg"
            and t.lemma_.lower() not in SPEECH | DENY_LEMMAS | FALSE_WORDS and len(t) > 2]


def _clause_text(clause) -> str:
    words = [t.text for t in clause.subtree if t.dep_ not in {"neg", "mark"} and t.lower_ not in {"never", "n't"}]
    text = " ".join(words)
    return re.sub(r"\s+([,.;:!?’”])", r"\1", text).strip(" .,“”\"")


def sentence_words(sentence: Sentence) -> set[str]:
    """Content lemmas of a whole sentence, for matching propositions against it."""
    return set(_content(sentence.doc)) if sentence.doc is not None else set()


def is_negated(sentence: Sentence) -> bool:
    return sentence.doc is not None and any(t.dep_ == "neg" or t.lemma_.lower() in DENY_LEMMAS
                                            for t in sentence.doc)
