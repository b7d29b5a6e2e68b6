"""What the claim extractors share: the ``Mention`` record, word lists, and readings of the parse
(the clause a word sits in, the event a noun takes part in, the places and days it is set at)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SPEECH = {"say", "tell", "accord", "add", "state", "announce", "report", "claim", "confirm", "write", "note", "explain",
          "insist", "deny", "tweet", "post", "reiterate"}
LIGHT_VERBS = {"make", "have", "be", "do", "take", "get", "give", "see", "include", "report"}
PLACE_PREPS = {"in", "near", "outside", "across", "inside"}
STATES = {"dead": "die"}  # a state's adjective and the verb news writes the event with ("five were killed")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
YEAR = re.compile(r"(?:19|20)\d\d")
DEATH = {"die", "dead", "death", "pass"}
AGE_SUFFIX = re.compile(r"^\s*-?\s*years?\s*-?\s*old\b", re.I)
DENY_LEMMAS = {"deny", "dispute", "reject", "refute"}
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
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
            "tenth": 10}


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
    who: frozenset[str] = field(default_factory=frozenset)  # names that are the event's subject
    update: bool = False
    noun: str = ""  # the counted or described noun as written ("workers", "weapons")
    verb: str = ""  # the event as written ("arrested", "killed")
    anchor: int = -1  # index in the sentence's spaCy doc of the token the value is read from
    part: bool = False  # a count of part of a total ("including three children", "three men and a woman")
    summed: bool = False  # money of several things counted in its subject ("the seven films ... totaled $3.4 billion")


def doc_after(tok, n: int) -> str:
    """The text of the ``n`` tokens after ``tok``."""
    return tok.doc[tok.i + 1: tok.i + 1 + n].text


def text_after(tok, chars: int) -> str:
    """The first ``chars`` characters of the text right after ``tok``, the space after it included
    (the same as slicing ``tok.doc.text``, which joins the whole paragraph's tokens every time it is
    read): what "29-year-old" or "-based" is glued to, where :func:`doc_after` counts tokens."""
    doc, out = tok.doc, tok.whitespace_
    for i in range(tok.i + 1, len(doc)):
        if len(out) >= chars:
            break
        out += doc[i].text_with_ws
    return out[:chars]


def setting(tok, skip: list) -> frozenset[str]:
    """Places inside the clause of the event a number belongs to ("in Idlib"). Days are left out:
    reports that disagree on the day of one event are what disputes are for."""
    lo, hi = clause_span(tok)
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


def clause_span(tok) -> tuple[int, int]:
    """The token range of the clause ``tok`` belongs to."""
    head = tok
    while head.dep_ not in {"ROOT", "ccomp", "advcl", "relcl", "conj"} and head.head != head:
        head = head.head
    return head.left_edge.i, head.right_edge.i


def days_named(tok) -> frozenset[str]:
    """Weekdays and years named in the clause of ``tok`` ("killed 27 people on Saturday", "won a
    $315 million jackpot in 2002")."""
    lo, hi = clause_span(tok)
    return frozenset(t.lower_.rstrip(".") for t in tok.doc[lo: hi + 1]
                     if t.lower_.rstrip(".") in WEEKDAYS or t.ent_type_ == "DATE" and YEAR.fullmatch(t.text))


def named_subject(tok) -> frozenset[str]:
    """Names that are the subject of the event ``tok`` takes part in: "The LDS Church version
    contains 140 documents" gives "lds church". A passive subject is what is counted, not who acts."""
    verb = next((h for h in tok.ancestors if h.pos_ in {"VERB", "AUX"}), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subject is None or subject.left_edge.i <= tok.i <= subject.right_edge.i:
        return frozenset()
    return frozenset(e.text.lower() for e in tok.doc.ents if e.label_ in {"PERSON", "ORG", "GPE", "NORP"}
                     and subject.left_edge.i <= e.start and e.end - 1 <= subject.right_edge.i)


def named_participants(tok) -> frozenset[str]:
    """Names acting or acted upon in the event ``tok`` takes part in: "shot Plotts three times"."""
    verb = next((h for h in (tok.head, *tok.head.ancestors) if h.pos_ == "VERB"), None)
    if verb is None:
        return frozenset()
    return frozenset(c.lower_ for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}
                     and c.pos_ == "PROPN" and c.ent_type_ == "PERSON")


def event_of(tok) -> str:
    """The predicate a number or noun takes part in: the nearest verb above it ("27 workers were
    arrested", "killed two of the gunmen"), the verb of a relative clause on it ("64 who died"),
    the verb reported ("144 people were reported killed"), or the noun itself for "made 20 arrests"."""
    own = next((c for c in tok.children if c.dep_ == "relcl" and c.pos_ == "VERB"), None) if tok.pos_ == "NUM" else None
    if own is not None and own.lemma_.lower() not in SPEECH | LIGHT_VERBS:
        return own.lemma_.lower()
    if tok.dep_ == "attr" and tok.head.lemma_ == "be" and tok.head.dep_ != "auxpass":
        # "Turnout was 57 percent": a measure of the subject.
        subject = next((c for c in tok.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        return subject.lemma_.lower() if subject is not None else ""
    below = tok
    for steps, head in enumerate(tok.ancestors):
        if steps >= 4:
            break
        if head.pos_ == "AUX" and head.lemma_ == "be" and below.dep_ == "nsubj":
            return state_of(head)  # "Two people are dead", "13 people are in custody"
        below = head
        if head.pos_ == "VERB":
            lemma = head.lemma_.lower()
            if lemma in SPEECH:
                reported = next((c for c in head.children if c.dep_ in {"xcomp", "oprd"} and c.pos_ == "VERB"
                                 and c.lemma_.lower() not in SPEECH), None)
                said_of_tok = tok.dep_ == "nsubjpass" or tok.head == head
                return reported.lemma_.lower() if reported is not None and said_of_tok else ""
            return tok.lemma_.lower() if lemma in LIGHT_VERBS and tok.pos_ == "NOUN" else lemma
        if head.pos_ == "AUX" and head.dep_ == "auxpass":
            continue  # "arrested were five Klan members": on to the verb
        if head.pos_ not in {"ADP", "NUM", "NOUN", "PROPN"} or head.dep_ in {"ROOT", "ccomp", "advcl", "relcl"}:
            break
    return tok.lemma_.lower() if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else ""


def state_of(be) -> str:
    """What a copula says its subject is in: an adjective ("are dead": die, as a verb would say it)
    or the object of a preposition ("are in custody", "was on patrol"); "" for anything else ("are
    members")."""
    for child in be.children:
        if child.dep_ == "acomp" and child.pos_ == "ADJ":
            return STATES.get(child.lemma_.lower(), child.lemma_.lower())
        if child.dep_ == "prep" and child.lower_ in {"in", "on", "under"}:
            place = next((c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN" and c.is_alpha), None)
            if place is not None:
                return place.lemma_.lower()
    return ""


def as_written(doc, lemma: str) -> str:
    """A verb lemma as the sentence wrote it in the past ("killed"), else the lemma."""
    return next((t.lower_ for t in doc if t.lemma_.lower() == lemma and t.tag_ in {"VBN", "VBD"}), lemma)


def person_near(tok) -> str:
    """The person an age belongs to: the name it modifies or follows, else the sentence's subject."""
    doc = tok.doc
    if tok.i > 1 and doc[tok.i - 1].text == "," and doc[tok.i - 2].pos_ == "PROPN":
        return entity_text(doc[tok.i - 2])  # "Lorennah, 6, and Thunder, 4": the name just before
    described = next((h for h in tok.ancestors if h.pos_ in {"NOUN", "PROPN"} and h.lower_ not in {"year", "years"}),
                     None)
    if described is not None and described.pos_ == "NOUN" and described.ent_type_ != "PERSON":
        # "a 14-year-old boy": the boy's age, not the sentence subject's; a name in apposition
        # ("the 28-year-old teacher, Geraldine Alcorn") still names him.
        named = next((c for c in described.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        return entity_text(named) if named is not None else ""
    if described is not None and described.pos_ == "PROPN" and described.ent_type_ in {"", "ORG", "GPE", "PRODUCT"}:
        # "The 46-year-old Zirkle, ..., shared King's view": the name it describes, whatever the
        # tagger called it, not the one person the sentence names elsewhere.
        return entity_text(described)
    for head in (tok, *tok.ancestors):
        if head.ent_type_ == "PERSON":
            return entity_text(head)
    verb = next((h for h in (tok, *tok.ancestors) if h.pos_ in {"VERB", "AUX"}), tok.head)
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and (subject.ent_type_ == "PERSON" or subject.lower_ in {"he", "she"}):
        return entity_text(subject) if subject.ent_type_ == "PERSON" else subject.lower_
    if subject is not None and subject.pos_ == "PRON":
        return ""  # "whether they're 30 years old": nobody in particular
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    return people[0].text if len(people) == 1 else ""


def entity_text(tok) -> str:
    """The named entity ``tok`` is in, without a nickname in quotation marks ("Liberty “Libby”
    German" is Liberty German), else the token."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return NICKNAME.sub(" ", ent.text) if ent is not None else tok.text


SHARED_AGE = {"both", "all", "each"}  # "..., both 13": one age of each person named before it
NICKNAME = re.compile(r"\s+[\"“‘'][^\"“”‘’']+[\"”’']\s+")
QUOTE_MARKS = {'"', "“", "”", "'", "‘", "’", "``", "''"}


def sharing_an_age(tok) -> list[str]:
    """The people one age is given for together: "13-year-olds Liberty German and Abigail
    Williams", "Liberty German and Abigail Williams, both 13". Empty when the names around it are
    not two or more joined by "and" (a lone name's age is :func:`person_near`'s)."""
    doc = tok.doc
    if re.match(r"^\s*-?\s*years?\s*-\s*olds\b", text_after(tok, 16), re.I):
        olds = next((t for t in doc[tok.i + 1: tok.i + 6] if t.lower_.endswith("olds")), None)
        return _names(doc, olds.i + 1, 1) if olds is not None else []
    if tok.i >= 3 and doc[tok.i - 1].lower_ in SHARED_AGE and doc[tok.i - 2].text == "," \
            and (tok.i + 1 == len(doc) or doc[tok.i + 1].is_punct):
        return _names(doc, tok.i - 3, -1)
    return []


def _names(doc, start: int, step: int) -> list[str]:
    """Proper names joined by "and" (and commas) read from ``start`` on in the direction of ``step``,
    a nickname in quotation marks left out ("Liberty “Libby” German"); empty unless two or more."""
    names: list[list[str]] = [[]]
    joined, quoted, i = False, False, start
    while 0 <= i < len(doc):
        token = doc[i]
        if token.text in QUOTE_MARKS:
            quoted = not quoted
        elif quoted:
            pass  # the nickname
        elif token.pos_ == "PROPN" and token.text[:1].isupper():
            names[-1].append(token.text)
        elif token.lower_ == "and" or token.text == ",":
            joined |= token.lower_ == "and"
            if names[-1]:
                names.append([])
        else:
            break
        i += step
    found = [" ".join(n if step > 0 else reversed(n)) for n in names if n]
    return found if joined and len(found) >= 2 else []


def is_age(tok) -> bool:
    """ "29-year-old", "Geraldine Alcorn, 28,", "Kroll was 34.", "dead at 34", "aged 34"; the age
    of several named people at once (:func:`sharing_an_age`)."""
    doc = tok.doc
    after = text_after(tok, 14)
    if AGE_SUFFIX.match(after) or sharing_an_age(tok):
        return True
    prev = doc[tok.i - 1] if tok.i > 0 else None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    closing = nxt is not None and (nxt.text in {",", ")", ";"} or nxt.text == "." and nxt.is_sent_end)
    if prev is not None and prev.text == "," and closing \
            and prev.i > 0 and (doc[prev.i - 1].ent_type_ == "PERSON" or doc[prev.i - 1].pos_ == "PROPN"):
        return True  # "Geraldine Alcorn, 28, was charged", "... and Liberty German, 14."
    if prev is not None and prev.lower_ in {"aged", "age"}:
        # "started college at age 12" is the age at another time, not a person's age now.
        before = doc[prev.i - 1] if prev.i > 0 else None
        return before is None or before.lower_ != "at" or before.head.lemma_.lower() in DEATH
    if prev is not None and prev.lower_ == "at" and prev.head.lemma_.lower() in DEATH:
        return True
    if tok.dep_ == "attr" and tok.head.lemma_ == "be" and (nxt is None or nxt.is_punct) \
            and tok.head.dep_ not in {"relcl", "advcl"}:  # not "by the time she was 17"
        subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        return subject is not None and (subject.ent_type_ == "PERSON" or subject.lower_ in {"he", "she"})
    return False


def participants(verb) -> set[str]:
    """Lemmas of who or what takes part in an event: the heads of its subject and object
    (for an event noun, those of the verb it hangs from), pronouns left out."""
    heads = [verb] + ([verb.head] if verb.pos_ == "NOUN" and verb.head != verb else [])
    return {c.lemma_.lower() for h in heads for c in h.children
            if c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.pos_ in {"NOUN", "PROPN"}} - {verb.lemma_.lower()}


def arguments(verb) -> set[str]:
    """Nouns that take part in an event, whole phrases included ("the five cans of coins" gives
    can and coin), and the noun a relative clause hangs from ("the coins that were found")."""
    heads = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    nouns = {t.lemma_.lower() for h in heads for t in h.subtree if t.pos_ in {"NOUN", "PROPN"}}
    if verb.dep_ == "relcl":  # up from "worth $10 million" to "coins"
        head = next((h for h in verb.ancestors if h.pos_ in {"NOUN", "PROPN"}), None)
        if head is not None:
            nouns.add(head.lemma_.lower())
    return nouns - GENERIC_PEOPLE


def content_lemmas(tokens) -> list[str]:
    return [t.lemma_.lower() for t in tokens if t.is_alpha and not t.is_stop and t.dep_ != "neg"
            and t.lemma_.lower() not in SPEECH | DENY_LEMMAS | FALSE_WORDS and len(t) > 2]
