"""Entities: spaCy's mentions merged within and across articles into one entry per referent.

Three general rules join surface forms (union-find over normalised forms):
- spelling variants: the same number of words, each word equal or a close fuzzy match
  (rapidfuzz) when long enough to be a real name — Mehmood/Mahmood, Qaumi/Quami;
- abbreviations: an all-capitals form equal to the initials of a longer name (MQM, AP);
- short forms: a surname, given name or head noun that belongs to exactly one longer name
  (Hussain → Altaf Hussain, Rangers → Pakistan Rangers).
Beside them, what the text itself states: an abbreviation it defines ("Nippon Yusen Kabushiki
Kaisha (NYK)", "al-Qaida in the Arabian Peninsula, or AQAP") and another name it gives ("Stormy
Daniels, whose real name is Stephanie Clifford").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

import us
from nicknames import NickNamer
from rapidfuzz import fuzz
from spacy.tokens import Span as DocSpan

from storylens.annotate import LOWER_WORD, QUOTE_MARKS
from storylens.model import Article, Entity, Sentence
from storylens.references import NAME_PARTICLES

NAME_TYPES = {"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}
TITLES = re.compile(r"^(?:(?:the|mr|mrs|ms|dr|prof|professor|col|colonel|gen|general|lt|capt|sgt|sen|rep|gov|president|"
                    r"airman|seaman|pvt|private|cpl|corporal|maj|major|adm|admiral|cmdr|commander|spc|specialist|"
                    r"prime minister|minister|judge|officer|det|detective|chief|sir|lord|lady|sergeant|lieutenant|"
                    r"trooper|constable|marshal|brig|brigadier|insp|inspector|supt|superintendent|atty|ald|"
                    r"sheikh?|sheikha|sheika)\b\.?\s*)+",
                    re.I)
# Titles no organisation's name begins with, stripped whatever the tagger called the mention.
PERSON_TITLES = re.compile(r"^(?:(?:the|mr|mrs|ms|dr|prof|sen|rep|gov|capt|sgt|lt|col|det|pvt|cpl|brig|insp|supt|atty)"
                           r"\b\.?\s*)+", re.I)
CLIPPED = 3  # "Met": the first letters of a body's long first word, which news writes for it
CLIPPED_FROM = 8  # the least length of the word so clipped: "Metropolitan"; not "Federal" (the Fed is no FBI)
HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}  # courtesy titles and the gender each says
# Words of a title, which end no name ("Hobart Lord Mayor Ron Christie").
TITLE_WORDS = {"mr", "mrs", "ms", "dr", "lord", "lady", "sir", "mayor", "governor", "gov", "president", "minister",
               "senator", "sen", "rep", "secretary", "chairman", "chairwoman", "chief", "ceo", "judge", "sheriff",
               "commissioner", "general", "colonel", "captain", "capt", "sergeant", "officer", "detective",
               "spokesman", "spokeswoman", "councillor", "councilman", "councilwoman", "ambassador", "director"}
PORTFOLIO_OFFICES = {"minister", "secretary"}  # the offices whose title opens on a portfolio ("Home Secretary")
# Titles inside a tagged person's name, after which the name itself begins.
INNER_TITLES = TITLE_WORDS | {"sgt", "lt", "col", "gen", "maj", "cpl", "pvt", "det", "rev", "reverend",
                              "sergeant", "lieutenant", "corporal", "private", "major", "marshal", "seaman"}
ROYAL_TITLES = {"king", "queen", "prince", "princess", "pope", "emperor", "empress", "duke", "duchess", "sheikh",
                "sheik", "sheikha", "sheika"}
PEOPLES_TITLES = INNER_TITLES | ROYAL_TITLES  # a name opening on one is a person's, article or not ("the Queen")
SIGNATURE = re.compile(r"\(@\w+\)")  # "— Danny Brown (@xdannyxbrownx) June 20, 2017": a post's author
CALL_SIGN = re.compile(r"\b([KW][A-Z]{2,3})(?:-(?:TV|FM|AM))? ((?:[A-Z][A-Za-z]* ){1,2}\d{1,2})\b")
# A call sign alone ("Pittsburgh's WPXI reported", a dateline's "(WTNH)"), and the name a station
# goes by on air ("News 8", "NewsChannel 15", "Channel 11 News").
LONE_CALL_SIGN = re.compile(r"(?<![\w-])([KW][A-Z]{2,3})(?:-(?:TV|FM|AM|DT))?(?![\w-])")
ON_AIR = re.compile(r"\b((?:News ?Channel|Channel|News) \d{1,2})\b")
# How a call sign is written when it is a station's: a dateline's "(WTNH)", "Pittsburgh's WPXI",
# "WPXI reported", "Per WPXI:", "station WANE", "KARE-TV".
STATION = r"\({sign}\)|[’']s {sign}\b|\b{sign}(?:-TV| reported| reports)|\b(?:Per|station|affiliate) {sign}\b"
CONNECTORS = {"of", "the", "and", "for", "&", "de", "la", "du"}
# Short prepositions an abbreviation may also leave out: IARC, the International Agency for
# Research on Cancer.
PREPOSITIONS = {"on", "in", "at", "to"}
FUZZY_WORD = 80  # rapidfuzz ratio for two long words to count as one spelled differently
ROMANISED_INITIALS = {"g", "q", "k"}  # one Arabic letter's initial in print: Gadhafi, Qadhafi, Kadafi
MIN_FUZZY_LEN = 4
ARTICLES = {"al", "el", "the"}
LEGAL_SUFFIXES = {"co", "inc", "corp", "corporation", "ltd", "llc", "llp", "lp", "plc", "company"}
FOREIGN_LEGAL_FORMS = {"kaisha", "ag", "sa", "gmbh", "nv", "bv", "spa", "ab", "asa", "oy"}  # an abbreviation drops
# A clock time ("10:33am PDT", "11 p.m. ET") or a temperature ("-25 C.", "98.6 F"), never a name.
MEASURE = re.compile(r"(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?|\d{1,2}:\d{2})(?:\s+[A-Z]{1,4}T)?|"
                     r"(?:the\s+)?[-−–]?\d+(?:\.\d+)?\s*°?\s*[CF]\.?", re.I)
# A name's word with an Arabic article joined by a hyphen: "al-Qaida", "el-Sisi".
ARTICLED = re.compile(r"^(?:al|el|ad|an|as|ash|at|az)-[A-Z]")
# Words that say what kind of body a name is, which news drops: "Northwestern (University)".
DESIGNATORS = LEGAL_SUFFIXES | {"university", "college", "technologies", "group", "holdings", "union", "party",
                                "department", "foundation", "federation", "society", "association", "committee",
                                "institute", "international", "motors", "pictures", "studios", "productions",
                                "entertainment", "systems", "brothers", "airlines", "school", "hospital", "center",
                                "centre", "research", "index", "airport", "capital", "tv", "news", "force",
                                "online", "brands"}
# The head of a body's name that only says what kind of body it is, whose "of" names it: "Department
# of Homeland Security" is "Homeland Security".
BODY_HEADS = {"department", "bureau", "ministry", "office", "agency", "commission", "committee", "council", "board",
              "administration", "service", "institute", "university", "college", "school", "society", "federation",
              "association", "foundation", "museum", "church", "party", "union", "league", "academy", "corps"}
# Groups by belief, not nation: a body's name they qualify names a part or a kind of it.
PARTIES_AND_FAITHS = {"republican", "democratic", "democrat", "conservative", "liberal", "labour", "socialist",
                      "communist", "protestant", "catholic", "evangelical", "orthodox", "christian", "muslim",
                      "jewish", "sunni", "shiite", "shia"}
# Words that say what kind of place a name is, which news drops: "the Atlantic (Ocean)".
PLACE_KINDS = {"ocean", "sea", "river", "lake", "oasis", "peninsula", "mountains", "desert", "valley", "gulf",
               "strait", "canyon", "glacier", "volcano"}
# Common nouns naming a body a name may open: "House oversight committee", "Senate panel".
BODY_NOUNS = DESIGNATORS | {"subcommittee", "panel", "caucus", "commission", "council", "board"}
# Words of a body's name that news shortens ("the College Athletes Players Assn."), read whole.
SHORTENED = {"assn": "association", "assoc": "association", "dept": "department", "univ": "university",
             "intl": "international", "natl": "national", "govt": "government"}
STREET_KINDS = {"st": "street", "ave": "avenue", "av": "avenue", "blvd": "boulevard", "rd": "road"}
# The words of a date the tagger may run into a name before it ("Twitter Sunday", "George Takei April").
WEEKDAY_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december"}
# A conjunction, preposition or article the tagger ran on into a name ("Taylor Swift and", "Red Cross of").
RUN_ON = re.compile(r"(?:\s+(?:and|or|&|of|in|at|on|for|to|from|with|by|the))+\s*$")
SALIENT = 2  # times more often than the other bearers an article names the one its bare surname means
SURNAME_HABIT = 2  # bare surnames an article writes for its first bearer before it names another
RECENT = 3  # sentences back within which the bearer named last is the one a bare surname means
COMMON_SHARE = 2  # times as often in lower case as capitalised for a phrase to be no name (_common_words)
NAMED_BY_MANY = 3  # articles that capitalise a common word for it to be a name all the same
MAX_BLOCK = 250  # forms sharing one key beyond which none of them is compared (_candidates); dev's largest: 20
COMMON_RUN = 4  # words of the longest lower-case run counted (_lower_runs): longer names are names
POSSESSIVE_ENDINGS = {"'s", "’s"}
POSSESSIVE_TOKENS = POSSESSIVE_ENDINGS | {"'", "’"}  # a possessive ending as the tagger splits it off
OPENING_MARKS = "\"“‘'(["
CLOSING_MARKS = "\"”’'.,;:!?)]…"
SURNAME_MAJORITY = 0.75  # of a shared surname's mentions that must refer to one bearer for it to join them
PLACE_PREPOSITIONS = {"in", "into", "at", "near", "outside", "across", "throughout", "around", "inside"}
# A body each US state has one of beside the nation's: "Iowa Republican Party" is no "Republican Party".
NATIONAL_BODIES = {"party", "senate", "house", "court", "congress"}
# Nouns of a settlement or region, whose name a mention is in "the village of Ebdita" or "Abdita,
# home village of ...".
SETTLEMENTS = {"village", "town", "city", "province", "district", "region", "county", "state", "suburb",
               "neighbourhood", "neighborhood", "hamlet", "township", "municipality", "capital", "island"}
DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper",
              "lower", "greater", "northeast", "northwest", "southeast", "southwest"}
# Labels of one kind: spellings may differ between mentions of one kind, never across kinds.
KIND = {"GPE": "place", "LOC": "place", "FAC": "place", "NORP": "group", "ORG": "body", "PRODUCT": "body",
        "WORK_OF_ART": "body", "EVENT": "body", "LAW": "body", "PERSON": "person"}


@dataclass
class Form:
    """One normalised surface form and what was seen of it."""

    key: str
    surfaces: Counter = field(default_factory=Counter)
    labels: Counter = field(default_factory=Counter)
    articles: list[str] = field(default_factory=list)
    first: tuple[int, int] = (10**9, 0)
    places: int = 0  # mentions standing where a place does ("in Dayton")
    opens: int = 0  # mentions opening their sentence, where any word is capitalised
    outlets: int = 0  # mentions standing where a medium does ("on Twitter", "Dawn reported")
    articled: int = 0  # mentions an article determines ("an Amber Alert", "the Hubble"): no person's name
    given_named: bool = False  # a given name and a surname, whatever the tagger called it (see _given_named)
    common_opening: bool = False  # two words, the first capitalised here and in lower case elsewhere ("Team Nola")
    at: list[tuple[int, int]] = field(default_factory=list)  # (article position, sentence index) of each mention
    after_the: int = 0  # mentions right after "the", a family's too ("the Clintons", "the McCann's")
    modifiers: int = 0  # mentions opening a body a common noun names ("House oversight committee")
    standing: int = 0  # mentions of a group's word standing alone as a noun ("at American", "American's team")
    attributive: list[tuple[int, int]] = field(default_factory=list)  # where it only modifies a noun
    honorifics: Counter = field(default_factory=Counter)  # "m", "f": the genders "Mr."/"Mrs." before it say

    @property
    def label(self) -> str:
        return self.labels.most_common(1)[0][0]

    @property
    def personal(self) -> bool:
        """A person's name: tagged so, or a given name and a surname."""
        return self.label == "PERSON" or self.given_named

    @property
    def words(self) -> list[str]:
        return self.key.split()

    @property
    def written(self) -> str:
        """The form as most often written in running text: a name in capitals in a heading or a
        transcript's label ("OBAMA:") is still "Obama" where the text also writes it so."""
        plain = Counter({s: n for s, n in self.surfaces.items() if not _shouted(s)})
        return (plain or self.surfaces).most_common(1)[0][0]


def _shouted(text: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", text)
    return len(letters) >= 4 and letters.isupper()


@lru_cache(maxsize=1 << 16)
def clean_mention(text: str, label: str | None = None) -> str:
    """Strip titles, a leading article, possessives and stray punctuation from a mention. Titles
    only from a person's name (``label`` PERSON, or not known): "General Motors" is no general.
    (Cached: a cluster asks it of the same few hundred mentions thousands of times.)"""
    # "[Barack] Obama": an editor's brackets; "Community of Christ.[5]": a footnote's number
    text = re.sub(r"\[\d+\]|\[\d+$", "", _unglued(text)).replace("[", "").replace("]", "")
    text = re.sub(r"^@", "", text.strip())  # "@AMNH", a handle
    text = _one_script(text)
    # "AMNH.org", "FBI.gov": a body's own website. Not ".com": "NJ.com" is a news site, not New Jersey.
    text = re.sub(r"(?<=[A-Za-z])\.(?:org|gov)$", "", text, flags=re.I)
    text = re.sub(r"[’']s$", "", text.strip())
    text = re.sub(r"\s+[-–—]+\s+[a-z].*$", "", text)  # "LeBron James - aka": the words after a dash
    text = _unheaded(text)
    # "Keith Knowles Jr." is Keith Knowles, "Robert S. Mueller III" Robert S. Mueller; but "Lee IV"
    # is not any Lee, nor "World War II" the war before it, nor "Led Zeppelin II" (an album the
    # tagger took for a person) the band: a generation's number follows a given name and a surname.
    text = re.sub(r",?\s+(?:Jr|Sr)\.?$", "", text)
    person = label in (None, "PERSON")
    if person and len(text.split()) >= 3 and _given_or_initial(text.split()[0]):
        text = re.sub(r",?\s+(?:II|III|IV)$", "", text)
    if person:  # "NBC Nightly News Exclusive: Lester Holt": the name after a heading's colon
        text = text.rsplit(": ", 1)[-1]
    text = RUN_ON.sub("", text)  # "Taylor Swift and": a span run on into a list
    dotted = re.search(r"\b(?:[A-Z]\.){2,}$", text.strip())  # "U.S.", "D.C.": the last dot is the abbreviation's
    text = re.sub(r"\s+", " ", text).strip(" .,;:-\"“”'") + ("." if dotted else "")
    if label == "PERSON":
        text = _after_inner_title(text)
    # The tagger calls "Prof Young" an organisation too: titles no organisation begins with go anyway.
    return (TITLES if person else PERSON_TITLES).sub("", text).strip()


def latin(word: str) -> bool:
    """Whether a word's letters are all Latin (with its accented and extended letters)."""
    return all(ord(c) <= 0x24F for c in word if c.isalpha())


def _one_script(text: str) -> str:
    """The words of a name in the script of its first word: "Donald J. Trump Επαληθευμένος" is
    Donald J. Trump with a page's "Verified" badge run into the name."""
    words = text.split()
    if not words or all(latin(w) == latin(words[0]) for w in words):
        return text
    kept = []
    for word in words:
        if latin(word) != latin(words[0]):
            break
        kept.append(word)
    return " ".join(kept)


def _given_or_initial(word: str) -> bool:
    """A given name ("Robert") or an initial ("L.") opening a person's name."""
    return word.lower() in given_names() or re.fullmatch(r"[A-Z]\.", word) is not None


def _after_inner_title(text: str) -> str:
    """ "Green Beret Sgt Joe Serna", "Rangers spokesman Colonel Tahir Mehmood", "La La Land's Emma
    Stone", "ABC News' Linsey Davis": the name after a title or a possessive inside a tagged
    person, when a given name and surname follow it."""
    owned = re.match(r".+(?:['’]s|s['’])\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+)$", text)
    if owned:
        return owned.group(1)
    words = text.split()
    for i in range(len(words) - 3, 0, -1):
        if words[i].lower().rstrip(".") in INNER_TITLES and all(w[:1].isupper() for w in words[i + 1:]):
            return " ".join(words[i + 1:])
    return text


def _unheaded(text: str) -> str:
    """The name after a newsletter's heading in capitals and its source's "per" ("GOLDMAN
    GRADUATION - Per Goldman Sachs"), which the tagger ran into one span."""
    return re.sub(r"^(?:[A-Z0-9&'’.,]{2,}\s+){2,}[-–—]+\s+(?:Per\s+(?=[A-Z]))?", "", text)


def _unglued(text: str) -> str:
    """ "CNN)Pakistani Armed Forces": a dateline's closing bracket glued to the name after it.
    "World Health Organization (WHO": a bracket the tagger's span did not close, round the
    abbreviation a name is defined by or a date, is no part of the name before it ("(Fitbits":
    nor of the name after it)."""
    if ")" in text and "(" not in text:
        return re.sub(r"^.*\)\s*", "", text)
    if re.search(r"(?:^|\s)\(", text) and ")" not in text.split("(")[-1]:  # not "Section 2(2"
        before, after = text.rsplit("(", 1)
        return before.strip() or after.strip()
    return text


def key_of(text: str) -> str:
    """A mention's words, lower case and without accents (Raúl is Raul)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    plain = re.sub(r"\b([A-Za-z]{1,3})-(?=\d)", r"\1", plain)  # "K-5" is "K5", "F-16" "F16"
    return " ".join(SHORTENED.get(w, w) for w in re.findall(r"[a-z0-9]+", plain.lower()))


def collect(articles: list[Article]) -> dict[str, Form]:
    """Every normalised mention form, in order of first appearance."""
    forms: dict[str, Form] = {}
    generations = _generations(articles)
    for a_pos, article in enumerate(articles):
        for sentence in article.sentences:
            for text, label, place, outlet, opens, articled, after_the, modifies, attributive, honorific, \
                    standing in _mentions(sentence):
                if re.match(r"(?:pro|anti|ex|non|post|pre|neo|then|mid|un)-", text) or re.search(r"\w\.\w+/", text):
                    continue  # "pro-Cruz", "anti-Koskinen": an adjective; "pic.twitter.com/b9Z": an address
                if text.strip() == "Us":
                    continue  # the pronoun in a title ("It's On Us"); the country is "US" or "U.S."
                if re.search(r"\s\S*/$", text.strip()):
                    continue  # a photo credit cut off at its slash: "St. REUTERS/" of "St. REUTERS/Arnd Wiegmann"
                if MEASURE.fullmatch(text.strip()):
                    continue  # a time or a temperature the tagger took for a name ("10:33am PDT", "-25 C")
                name = clean_mention(text, label)
                suffix = re.search(r"\b(?:Jr|Sr)\b\.?(?=(?:['’]s)?$)", text.strip())  # "Trump Jr.'s" too
                if suffix and any(_of_generation(key_of(name), g) for g in generations):  # a father and a son
                    name = f"{name} {suffix.group(0)}"
                key = key_of(name)
                if not key or len(key) < 2 or key.isdigit() or name == name.lower() and not text.startswith("@"):
                    continue  # no name: words in lower case the tagger took for one ("if"); a handle is one
                form = forms.setdefault(key, Form(key, first=(a_pos, sentence.index)))
                form.surfaces[name] += 1
                written = RUN_ON.sub("", _unheaded(_unglued(text))).strip()
                if ": " not in written:  # keep the form as written (titles) as a variant, not a heading
                    form.surfaces[written] += 0
                form.labels[label] += 1
                form.places += place
                form.opens += opens
                form.outlets += outlet
                form.articled += articled
                form.after_the += after_the
                form.modifiers += modifies
                form.standing += standing
                if honorific:
                    form.honorifics[honorific] += 1
                form.at.append((a_pos, sentence.index))
                if attributive:
                    form.attributive.append((a_pos, sentence.index))
                if article.id not in form.articles:
                    form.articles.append(article.id)
    lower = _lower_words(articles)
    return _undated(_undescribed(_unopened(forms, lower), lower))


def _undated(forms: dict[str, Form]) -> dict[str, Form]:
    """ "made the announcement on Twitter Sunday night", "George Takei April-fooling us": a weekday
    or a month the tagger ran into a name the cluster also gives alone. The mention counts for the
    name. A month only after a name of two words or more: "Theresa May" is no Theresa's month."""
    kept = dict(forms)
    for key, form in forms.items():
        *head, last = form.words
        into = kept.get(" ".join(head))
        dated = last in WEEKDAY_NAMES or last in MONTH_NAMES and len(head) >= 2
        if into is None or into is form or not dated:
            continue
        written = form.surfaces.most_common(1)[0][0].rsplit(" ", 1)[0]
        _fold(form, into, Counter({written: sum(form.surfaces.values())}))
        del kept[key]
    return kept


def _undescribed(forms: dict[str, Form], lower: set[str]) -> dict[str, Form]:
    """ "Nazi Adolf Eichmann", "Musician Brad Fischetti": a word of description — one the cluster
    writes in lower case, a group's name, or any word but a given name before a given name and
    surname — that the tagger took into a person's name the cluster also gives alone. The mention
    counts for the name (not "DeOrr Kunz Sr." for "Kunz Sr.", nor "John F. Kennedy" for "F.
    Kennedy": a name is no description)."""
    kept = dict(forms)
    groups = {key for key, form in forms.items() if form.label == "NORP"}
    for key, form in forms.items():
        words = form.words
        for n in range(2, len(words)):
            tail = kept.get(" ".join(words[-n:]))
            lead = words[:-n]
            # a word the cluster writes in lower case, or a group, or any word but a given name or
            # an initial before a full name ("Albuquerqueans Ben Abruzzo", "Mountaineer Ueli Steck")
            # (A tail that opens on a particle is a surname, not a given name and surname: "Zainab"
            # of "Zainab al-Khawaja" is her given name, whatever the list of given names knows.)
            full = n == 2 and words[-1] not in {"jr", "sr"} and words[-n] not in NAME_PARTICLES
            described = all(w not in given_names() and (w in lower or w in groups or len(w) > 1 and full)
                            for w in lead)
            if tail is None or not (tail.label == "PERSON" or _given_named(tail, lower)) or not described:
                continue
            _fold(form, tail, Counter({form.surfaces.most_common(1)[0][0].split(" ", len(lead))[-1]:
                                       sum(form.surfaces.values())}))
            del kept[key]
            break
    return kept


def _lower_words(articles: list[Article]) -> set[str]:
    """The words the cluster writes in lower case somewhere: common words, not names."""
    return {w for article in articles for sentence in article.sentences for w in LOWER_WORD.findall(sentence.text)}


def _unopened(forms: dict[str, Form], lower: set[str]) -> dict[str, Form]:
    """ "Top Obama aides said", "Meet K-5, the droid": a word capitalised only because it opens
    the sentence, glued by the tagger to the name after it. A form that opens its sentence at
    every mention, whose first word the cluster writes in lower case elsewhere, is the name
    after that word — unless it is a given name ("Will Lee", "Mark Kelly")."""
    kept: dict[str, Form] = {}
    for key, form in forms.items():
        words = form.words
        opening = form.opens == sum(form.labels.values()) and words[0] in lower and words[0] not in given_names()
        if opening and len(words) == 1:
            continue  # "Party officials claim ...": a common word, capitalised only where it opens a sentence
        if len(words) >= 2 and opening:
            rest = " ".join(words[1:])
            into = kept.get(rest) or forms.get(rest) or Form(rest, first=form.first)
            surfaces: Counter = Counter()
            for surface, n in form.surfaces.items():
                surfaces[surface.split(" ", 1)[-1]] += n
            _fold(form, into, surfaces)
            kept[rest] = into
        else:
            kept.setdefault(key, form)
    return kept


def _fold(form: Form, into: Form, surfaces: Counter) -> None:
    """Count ``form``'s mentions, written as ``surfaces``, for the name ``into`` they really are."""
    into.surfaces.update(surfaces)
    into.labels.update(form.labels)
    into.places += form.places
    into.outlets += form.outlets
    into.articled += form.articled
    into.after_the += form.after_the
    into.modifiers += form.modifiers
    into.standing += form.standing
    into.honorifics.update(form.honorifics)
    into.attributive += form.attributive
    into.at += form.at
    into.articles += [a for a in form.articles if a not in into.articles]


@cache
def _nicknamer() -> NickNamer:
    return NickNamer()  # the nicknames package's curated table of English given names and their nicknames


@cache
def name_genders() -> dict[str, str]:
    """Given names, lower case, whose bearers are nearly all men ("m") or all women ("f"): "juan",
    "stacey" (``resources/name-genders.tsv``, built by ``scripts/build_name_genders.py``)."""
    text = resources.files("storylens.resources").joinpath("name-genders.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))


def name_gender(name: str) -> str | None:
    """What a person's given name says of their gender: the first word of their name after any
    titles, when nearly all its bearers are of one gender; None for "Andrea" or "Kim"."""
    words = [w for w in clean_mention(name).split() if key_of(w) not in PEOPLES_TITLES | TITLE_WORDS]
    return name_genders().get(key_of(words[0])) if len(words) >= 2 else None


@cache
def given_names() -> frozenset[str]:
    """English given names, lower case ("will", "mark", "bill")."""
    table = _nicknamer()
    return frozenset(table.nickname_lookup) | frozenset(table.canonical_lookup)


def _generations(articles: list[Article]) -> list[set[str]]:
    """Names whose "Jr." or "Sr." tells two people apart instead of being dropped: those the cluster
    gives both suffixes (DeOrr Kunz Sr. and his son), and a surname it writes with the suffix alone
    ("Trump Jr.", beside Donald Trump: a writer names the son so, never Martin Luther King Jr.)."""
    seen: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        for sentence in article.sentences:
            for m in re.finditer(r"((?:[A-Z][\w'’-]+ ){1,3})(Jr|Sr)\b", sentence.text):
                if re.search(r"[A-Z][\w'’.-]*\s$", sentence.text[:m.start()]):
                    continue  # the rest of a name with an initial: "Dana E. [Barrow Jr.]"
                seen[key_of(m.group(1))].add(m.group(2))
    return [set(name.split()) for name, suffixes in seen.items() if len(suffixes) == 2 or len(name.split()) == 1]


def _of_generation(key: str, generation: set[str]) -> bool:
    """Whether a name's suffix keeps it apart: its words are the generation's name, or hold the
    surname the cluster writes with the suffix alone ("Donald Trump" of "Trump Jr.")."""
    words = set(key.split())
    return words <= generation or len(generation) == 1 and generation <= words


class Seen(NamedTuple):
    """One mention of a name in a sentence, with what its place in the sentence tells."""

    text: str
    label: str
    place: bool  # stands where a place does: "in Dayton"
    outlet: bool  # stands where a medium does: "on Twitter", "Dawn reported"
    opens: bool  # opens the sentence
    articled: bool  # an article determines it: "an Amber Alert", not "the Kennedy administration"
    after_the: bool  # "the" right before it: "the McCann's" (see :func:`_after_the`)
    modifies: bool = False  # opens a body a common noun names: "House oversight committee"
    attributive: bool = False  # only modifies a common noun: "the Keller case", "a Keller accuser"
    honorific: str = ""  # the gender a "Mr." ("m") or "Mrs.", "Ms.", "Miss" ("f") before it says
    standing: bool = False  # a group's one word standing alone as a noun: "at American", "American's team"


def _mentions(sentence: Sentence) -> list[Seen]:
    """The names a sentence mentions (:class:`Seen`). A description set beside a
    name ("the onetime employee", "the president") is not taken as a variant: blind readers found
    such variants of the wrong person far more often than they helped."""
    span = sentence.doc
    if span is None:
        opening = sentence.text.lstrip(OPENING_MARKS)
        return [Seen(m.text, m.label, False, False, opening.startswith(m.text), False, False)
                for m in sentence.entities if m.label in NAME_TYPES]
    found = []
    for whole in _joined_people(span):
        label = whole.label_
        if label == "DATE" and _settlement(whole.root) and all(t.is_title and t.is_alpha for t in whole):
            label = "GPE"  # "the village of Sarmeen", which the small tagger took for a date
        if label not in NAME_TYPES or _portfolio(whole):
            continue
        parts = _names_in(whole)
        for ent in parts:
            # one of two people the tagger ran together and called a body ("Tina Fey and Eva
            # Longoria") or a work ("Vulture’s Kyle Buchanan")
            kind = "PERSON" if label != "PERSON" and len(parts) > 1 and _given_named_span(ent) else label
            root = ent.root
            place = (root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS) or _settlement(root)
            outlet = (root.dep_ == "pobj" and root.head.lower_ in {"on", "via"}) or (
                root.dep_ == "nsubj" and root.head.lemma_ == "report")
            # (after opening marks too, '"Played Thatcher as a little too explosive ...'; not a title
            # in quotation marks, '"Salute to Prodigy"', which opens on its own capital)
            marked = ent.label_ != "WORK_OF_ART" and \
                all(t.text in OPENING_MARKS for t in ent.sent.doc[ent.sent.start:ent.start])
            opens = (ent.start == ent.sent.start or marked) and not TITLES.match(ent.text)  # not "The EPA", "Mr Smith"
            found.append(Seen(ent.text, kind, place, outlet, opens, _articled(ent), _after_the(ent),
                              _modifies(ent), _attributive(ent), _honorific(ent), _standing(ent, label)))
    return found


def _standing(ent, label: str) -> bool:
    """Whether a group's one word stands alone as a noun, with no article, as a body's short name
    does ("our family at American", "American's team", "American plans to fly Jack"), not as an
    adjective ("American officials") or a person ("an American was hurt", "Americans")."""
    root = ent.root
    return label == "NORP" and len(ent) == 1 and root.tag_ == "NNP" and \
        root.dep_ in {"nsubj", "nsubjpass", "poss", "pobj", "dobj"} and not any(c.dep_ == "det" for c in root.children)


def _portfolio(ent) -> bool:
    """ "Interior" of "Interior Minister Chaudhry Nisar Ali Khan", "Defense" of "Defense Secretary Jim
    Mattis": one word the tagger called a body, that only names a minister's portfolio in a title
    before a person's name, is no body of the story."""
    doc = ent.doc
    if ent.label_ != "ORG" or len(ent) != 1 or ent.end + 1 >= len(doc):
        return False
    office, after = doc[ent.end], doc[ent.end + 1]
    return office.lower_ in PORTFOLIO_OFFICES and office.text[:1].isupper() and after.ent_type_ == "PERSON"


def _honorific(ent) -> str:
    """The gender the courtesy title before a name, or opening it, says: "Mr. Trump's budget" is a
    man's name whoever else the cluster calls Trump."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    for token in (ent[0], before):
        # written with its capital: "I miss Barry" says nothing of Barry
        if token is not None and token.text[:1].isupper() and token.lower_.rstrip(".") in HONORIFICS:
            return HONORIFICS[token.lower_.rstrip(".")]
    return ""


def _joined_people(span) -> list:
    """The sentence's named spans, two the tagger cut from one person's name put back together:
    "Faizah Khanum" and "Mustafa Khan" side by side, with nothing between them, are Faizah Khanum
    Mustafa Khan ("Sarah" and "Jessica Parker", "DeAngelo" and "Lamar Davis"). Not a name owning the
    next ("Richard Hatch's Klingon"). A title so joined ("Petty Officer" and "Cynthia Oldham") goes
    as a title inside a name does (:func:`clean_mention`)."""
    ents = list(span.ents)
    out = []
    for ent in ents:
        if out and ent.start < out[-1].end:
            continue  # inside a name listed on (:func:`_listed_on`)
        ent = _listed_on(ent)
        last = out[-1] if out else None
        if last is not None and last.label_ == ent.label_ == "PERSON" and _clipped_before(last, ent):
            out[-1] = DocSpan(ent.doc, last.start, ent.end, label="PERSON")  # "Lil' Kim"
            continue
        if last is not None and last.label_ == ent.label_ == "PERSON" and last.end == ent.start and \
                not _possessive(last) and last[-1].text not in POSSESSIVE_TOKENS and \
                not {t.lower_ for t in last} & {t.lower_ for t in ent}:
            # (a word twice is two names run together by a page's links: "Robert Mueller Robert Swan")
            out[-1] = DocSpan(ent.doc, last.start, ent.end, label="PERSON")
            continue
        out.append(ent)
    return out


def _clipped_before(last, ent) -> bool:
    """Only a clipping's apostrophe, written onto the word, stands between two names: "Lil' Kim" is
    one stage name, not "Lil" (of Lil Wayne) and Kim. Not a possessive ("Jones' Kim")."""
    doc = last.doc
    mark = doc[last.end] if last.end < len(doc) else None
    return ent.start == last.end + 1 and mark is not None and mark.text in {"'", "’"} and \
        not doc[last.end - 1].whitespace_ and bool(mark.whitespace_) and not last[-1].lower_.endswith("s")


def _listed_on(ent):
    """A body's name the tagger cut at its commas, put back together: "Bureau of Alcohol" then ",
    Tobacco, Firearms and Explosives" is the Bureau of Alcohol, Tobacco, Firearms and Explosives (a
    name "of" a list of capitalised words ending in "and" and one more)."""
    doc = ent.doc
    if ent.label_ != "ORG" or not any(t.lower_ == "of" for t in ent) or not ent[-1].is_title:
        return ent
    k, listed = ent.end, False
    while k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].is_title and doc[k + 1].is_alpha:
        k += 2
    if k + 1 < len(doc) and doc[k].text == ",":
        k += 1  # the serial comma: "Tobacco, Firearms, and Explosives"
    if k + 1 < len(doc) and doc[k].lower_ == "and" and doc[k + 1].is_title and doc[k + 1].is_alpha:
        k, listed = k + 2, k > ent.end
    # Not a place and a person after a university's name ("University of Munich, Germany, and David
    # Martill"): words of the list the tagger gave another kind, or a last word a name goes on from.
    other = any(t.ent_type_ in {"GPE", "LOC", "PERSON", "NORP", "DATE"} for t in doc[ent.end:k])
    goes_on = k < len(doc) and doc[k].is_title
    return DocSpan(doc, ent.start, k, label="ORG") if listed and not other and not goes_on else ent


def _modifies(ent) -> bool:
    """A name that opens a body named by a common noun ("House oversight committee", "a special
    House panel"): part of another body's name, not one of its own ("Post reporter" is the Post's)."""
    root = ent.root
    if _possessive(ent):
        return False
    word = root
    while word.dep_ in {"compound", "amod", "nmod"} and word.head.i > word.i and word.head.text.islower():
        word = word.head  # "House oversight committee": through "oversight" to "committee"
        if word.lemma_.lower() in BODY_NOUNS:
            return True
    return False


def _attributive(ent) -> bool:
    """A name that only modifies a common noun ("the Keller case", "a Keller accuser", "the
    Obama administration"): it tells whose the thing is, a family's or an office's as often as
    one person's. A "the" the tagger took in belongs to the noun ("the Nellis Air Force range")."""
    root = ent[1:].root if len(ent) > 1 and ent[0].lower_ == "the" else ent.root
    return root.dep_ == "compound" and root.head.i > root.i and root.head.pos_ == "NOUN" \
        and not _possessive(ent)


def _possessive(ent) -> bool:
    """Whether the name is followed by a possessive ending ("Obama's", "the Kellers'")."""
    return ent.end < len(ent.doc) and ent.doc[ent.end].text in POSSESSIVE_TOKENS


def _after_the(ent) -> bool:
    """ "the" right before a name standing for someone — a family, "the McCann's spokesperson" —
    not before a name that only modifies a noun ("the Obama administration")."""
    doc = ent.doc
    if not any(t.lower_ == "the" for t in doc[max(ent.start - 1, 0):ent.start + 1]):
        return False
    return _possessive(ent) or ent.root.dep_ not in {"compound", "amod", "nmod"}


def _articled(ent) -> bool:
    """An article right before a name ("an Amber Alert", "the Holy Grail"), where news writes
    none before a person's: not "the actor John Cena" (the article is the actor's), a family ("the
    Clintons"), a title ("the Queen", "the King of Bahrain") or a likeness ("the Michael Moore of
    the right")."""
    root, doc = ent.root, ent.doc
    first = next((t for t in ent if t.dep_ != "det"), ent[0])
    if root.tag_ == "NNPS" or first.lower_ in PEOPLES_TITLES or \
            (ent.end < len(doc) and doc[ent.end].lower_ == "of"):
        return False
    # "an Amber Alert" with "Alert" alone tagged: only capitalised words between article and name
    return any(t.dep_ == "det" and t.lower_ in {"a", "an", "the"} and t.i <= ent.start and
               all(w.pos_ == "PROPN" and w.ent_type_ != "NORP" and w.lower_.rstrip(".") not in INNER_TITLES
                   for w in doc[t.i + 1:ent.start]) for t in root.children)  # not "the Jesuit Rev. Gianfranco"


def _settlement(root) -> bool:
    """ "the village of Ebdita", "Abdita, home village of the colonel": a name a settlement noun
    introduces or an apposition calls one."""
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_ in SETTLEMENTS:
        return True
    return any(child.dep_ == "appos" and child.lemma_ in SETTLEMENTS for child in root.children)


def _names_in(ent) -> list:
    """The names a tagged span really holds. The small tagger glues words onto a name: a quoted
    word after it ('Juan Ortiz "Axanar'), the agencies of a photo credit ("Matt Sayles/Invision/AP"),
    a second name coordinated with it ("Tina Fey and Eva Longoria"), a capitalised word opening
    the sentence ("Stars Tina Fey"), or a title the name after it holds ("Hobart Lord" of "Hobart
    Lord Mayor Ron Christie": the city of a title, no name of its own)."""
    doc = ent.doc
    start, end = ent.start, ent.end
    after = doc[end] if end < len(doc) else None
    if after is not None and after.is_title and doc[end - 1].lower_ in TITLE_WORDS and end - start > 1:
        return []  # "Hobart Lord" before "Mayor Ron Christie"
    marks = [t.i for t in ent if t.text in QUOTE_MARKS]
    if len(marks) % 2 and any(t.is_title for t in doc[start:marks[0]]):
        end = marks[0]  # 'Juan Ortiz "Axanar': the name before a quotation it opens (not 'James "Derek" Lovelace')
    person = ent.label_ == "PERSON"
    slash = next((t.i for t in doc[start:end] if "/" in t.text), None)
    if person and slash is not None and slash - start >= 2:
        end = slash  # "Matt Sayles/Invision/AP": the photographer, not the agencies
    first = doc[start]
    if person and first.i == first.sent.start and first.tag_ in {"NNS", "VB", "VBP"} and end - start > 1:
        start += 1  # "Stars Tina Fey", "Meet K-5": a sentence's first word, not part of the name
    if start < end and doc[start].text in POSSESSIVE_ENDINGS:
        start += 1  # "’s Jay-Z": the ending of the word before, which the tagger took in
    if end <= start:
        return []
    owned = next((t.i for t in doc[start + 1:end - 1] if t.text in POSSESSIVE_ENDINGS), None)
    if owned is not None and _someones(doc[owned + 1:end], person):
        return [doc[start:owned], doc[owned + 1:end]]
    if end < len(doc) and _designator(doc[end]):
        end += 1  # "Senate Candidate B", "Individual A": the letter tells them apart; the tagger left it out
    part = doc[start:end]
    verbs = [t.i for t in part if _glue_verb(t)]
    if verbs:  # "Anastasio tells Billboard", "Celestine V resigned": a verb the tagger took into a name
        cuts = [start - 1, *verbs, end]
        return [doc[a + 1:b] for a, b in zip(cuts, cuts[1:]) if any(t.is_title for t in doc[a + 1:b])]
    comma = next((t for t in part if t.text == "," and start < t.i < end - 1), None)
    listed = _listed_on(DocSpan(doc, start, comma.i, label="ORG")) if comma is not None and ent.label_ == "ORG" \
        else None
    if listed is not None and listed.end == end:
        return [part]  # "Bureau of Alcohol, Tobacco, Firearms and Explosives": one body's name
    if comma is not None and ent.label_ in {"PERSON", "ORG"} and _two_names(doc[start:comma.i], doc[comma.i + 1:end]):
        return [doc[start:comma.i], doc[comma.i + 1:end]]  # "talking to Rezko, Blagojevich's attorneys say"
    joint = next((t for t in part if t.dep_ == "cc" and t.lower_ in {"and", "&"}), None)
    if joint is not None and (person or ent.label_ == "ORG"):
        sides = [doc[start:joint.i], doc[joint.i + 1:end]]
        # "Tina Fey and Eva Longoria": two people, not one, whatever the tagger called them; not a
        # body's own "and" ("U.S. Customs and Border Protection"), whose sides are no given names
        if all(len(s) >= 2 and all(t.is_title for t in s) and (person or _given_named_span(s)) for s in sides):
            return sides
    return [part]


def _someones(span, person: bool) -> bool:
    """Whether the words after a possessive inside a tagged name are a person of the owner's:
    "Slate’s Jacob Weisberg", a given name and a surname; "Poehler’s Maura", a given name alone
    in what the tagger called a person. Not "Martha’s Vineyard", "the Sheriff’s Office" or "New
    Year’s Eve", one name of a place, body or day."""
    if not all(t.is_title for t in span):
        return False
    return _given_named_span(span) or (person and len(span) == 1 and span[0].lower_ in given_names())


def _given_named_span(span) -> bool:
    """A span of two words or more opening on a given name ("Eva Longoria")."""
    return len(span) >= 2 and span[0].lower_ in given_names()


def _designator(token) -> bool:
    """A capital letter standing alone after a name, naming one of several ("Candidate B"), not an
    initial before a surname ("John F. Kennedy"), nor "A" or "I", which open a sentence run on to
    a name ("KARE-TV A man ...") as often as they tell one apart, nor the oxygen of a formula the
    tokenizer split ("Cu 2 O")."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return len(token.text) == 1 and token.text.isupper() and token.text not in {"A", "I", "O"} and \
        (after is None or not after.is_title and after.text != ".")


def _glue_verb(token) -> bool:
    """A verb written in lower case inside a tagged name: no name holds one (a title's verbs are
    capitalised, "How to Train Your Dragon"), so the tagger ran two names, or a name and what it
    did, together. Not the end of a hyphenated word: "sung" of "Kim Il-sung"."""
    glued = token.i > 0 and token.nbor(-1).text == "-" and not token.nbor(-1).whitespace_
    return token.tag_.startswith("VB") and token.is_lower and token.is_alpha and not token.is_stop and not glued


def _two_names(left, right) -> bool:
    """Two names the tagger joined at a comma ("Rezko, Blagojevich"), not a company and its legal
    form ("Fitbit, Inc.") nor a place and its province ("Jasper, Alta.")."""
    after = right[0].text.lower().strip(".")
    abbreviated = len(right) == 1 and right.text.endswith(".")
    return left[-1].is_title and right[0].is_title and after not in LEGAL_SUFFIXES and not abbreviated


def _acronyms(articles: list[Article], forms: dict[str, Form]) -> dict[str, Form]:
    """Capitalised abbreviations the tagger left out or buried in a longer mention ("ALCF was
    able to", "the official KCNA news agency"), as forms of their own."""
    found: dict[str, Form] = {}
    for a_pos, article in enumerate(articles):
        for sentence in article.sentences:
            for word in re.findall(r"(?<![\w@/])@?[a-z]?[A-Z][A-Z./&]{1,7}(?![\w/])", sentence.text):
                name = clean_mention(word)
                key = key_of(name)
                if len(key.replace(" ", "")) < 2 or key in forms:
                    continue
                form = found.setdefault(key, Form(key, first=(a_pos, sentence.index)))
                form.surfaces[name] += 1
                form.labels["ORG"] += 1
                if article.id not in form.articles:
                    form.articles.append(article.id)
    return found


def _definitions(articles: list[Article]) -> list[tuple[str, str]]:
    """ "Imaging Magma Under St Helens (iMUSH)", "al-Qaida in the Arabian Peninsula, or AQAP": a
    capitalised name and the abbreviation the text defines for it in brackets or after ", or",
    when the abbreviation is the name's initials."""
    pairs = []
    for article in articles:
        for sentence in article.sentences:
            pairs += _abbreviated_in(sentence.text)
            # A post's signature: the writer's name and handle ("— Tiffany Wilson (@TWilsonTV) April 25").
            # The handle must hold a word of the name: a display name may be anything ("RIP PRODIGY (@Chromeo)").
            for m in re.finditer(r"((?:[A-Z][\w'’.-]+ ){0,3}[A-Z][\w'’.-]+) \((@\w{2,})\)", sentence.text):
                if any(len(w) >= 3 and w in m.group(2).lower() for w in key_of(m.group(1)).split()):
                    pairs.append((m.group(1), m.group(2)))
            # A station's call sign written before the name it goes by ("WTNH News 8", "WPXI Channel 11").
            for m in CALL_SIGN.finditer(sentence.text):
                pairs.append((m.group(2), m.group(1)))
        pairs += _station(article)
    return pairs


def _abbreviated_in(text: str) -> list[tuple[str, str]]:
    """The names a sentence gives with their abbreviation: "(NYK)" after the name, or ", or AQAP"
    after it, when the abbreviation is the initials of the capitalised run before it or of its end."""
    pairs = []
    for m in re.finditer(r"\(([a-z]?[A-Z][A-Za-z./&-]{1,9})\)|, or ([A-Z]{3,6})\b", text):
        words = re.findall(r"[\w'’./&-]+", text[:m.start()])
        run: list[str] = []
        for w in reversed(words):
            if not (w[:1].isupper() or w.lower() in CONNECTORS | {"under", "on", "in"} or ARTICLED.match(w)):
                break
            run.insert(0, w)
        while run and not (run[0][:1].isupper() or ARTICLED.match(run[0])):
            run.pop(0)
        short = m.group(1) or m.group(2)
        short_key = key_of(clean_mention(short))
        # The longest run of those words the initials fit: "UK-based" is no part of the SOHR's name.
        # A hyphenated word gives one initial or one for each part ("Co-ordination", "Fire-Rescue").
        for k in range(len(run) - 1):
            name = run[k:]
            if (name[0][:1].isupper() or ARTICLED.match(name[0])) and \
                    any(_initials_match(short_key, key_of(" ".join(words)).split())
                        for words in (name, [w.replace("-", "") for w in name])):
                pairs.append((" ".join(name), short))
                break
    return pairs


def spelled_out(text: str) -> list[tuple[str, str]]:
    """The acronyms a sentence defines, each with the name it stands for: "the head of the UK-based
    Syrian Observatory for Human Rights (SOHR)" gives ("Syrian Observatory for Human Rights", "SOHR");
    "The Local Co-ordination Committees (LCC)" gives "Local Co-ordination Committees", which a
    sentence may write after "the"; "the asymmetry index (AI)" gives "asymmetry index"."""
    out = []
    for long, short in _abbreviated_in(text):
        if not re.fullmatch(r"[A-Z][A-Z&]{1,7}", short):
            continue  # an acronym in capitals: not "iMUSH", a call sign or a handle
        # "The Local Co-ordination Committees": the article is no part of the name.
        out.append((re.sub(r"^[Tt]he\s+", "", long), short))
    # A term in lower case, one word for each letter: "the asymmetry index (AI)", "traumatic brain
    # injury (TBI)" (a science story's terms; no name, so not the merge's).
    for m in re.finditer(r"\(([A-Z]{2,6})\)", text):
        words = re.findall(r"[\w'’-]+", text[:m.start()])[-len(m.group(1)):]
        if len(words) == len(m.group(1)) and all(w[:1].islower() for w in words) and \
                "".join(w[0] for w in words).upper() == m.group(1):
            out.append((" ".join(words), m.group(1)))
    return out


def _station(article: Article) -> list[tuple[str, str]]:
    """A local station's report names the station by its call sign in one place ("STORRS, Conn.
    (WTNH)", "WPXI reported") and by its name on air in another ("UConn sent News 8 the
    following statement"). An article with one of each, the call sign as a station's, names one
    station twice."""
    signs: set[str] = set()
    names: set[str] = set()
    station = False
    for sentence in article.sentences:
        for m in LONE_CALL_SIGN.finditer(sentence.text):
            signs.add(m.group(1))
            station |= bool(re.search(STATION.format(sign=m.group(1)), sentence.text))
        names.update(m.group(1) for m in ON_AIR.finditer(sentence.text))
    if len(signs) == 1 and len(names) == 1 and station:
        return [(next(iter(names)), next(iter(signs)))]
    return []


def merge(articles: list[Article]) -> list[Entity]:
    """Merged entities, most mentioned first."""
    forms = collect(articles)
    lower = _lower_words(articles)
    for form in forms.values():
        form.given_named = _given_named(form, lower)
        form.common_opening = len(form.words) == 2 and form.words[0] in lower and form.written[:1].isupper()
    for key in _coordinated(forms) + _no_names(forms) + _persons_bodies(forms):
        forms.pop(key, None)
    defined = _definitions(articles)
    for long, short in defined:
        for text in (long, short):
            key = key_of(clean_mention(text))
            if key and key not in forms:
                forms[key] = Form(key, first=(10**8, 0))
                forms[key].surfaces[clean_mention(text)] += 1
                forms[key].labels["ORG"] += 1
    spare = _acronyms(articles, forms)
    keys = list(forms)
    parent = {k: k for k in [*keys, *spare]}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra

    headed = _headed_abbreviations(articles)
    alone = _lone_words(articles)
    abbreviates: dict[str, set[str]] = defaultdict(set)
    expanded: set[str] = set()  # abbreviations joined to the name they stand for
    opening = _two_word_bodies(forms)
    for a, b in _candidates(keys, forms):
        if _same_spelling(forms[a], forms[b]) and not _bare_of_several(forms[a], forms[b], opening) or \
                _abbreviated_lead(forms[a], forms[b], headed):
            union(a, b)
        elif _abbreviation(forms[a], forms[b], alone):
            short, long = (a, b) if len(a) < len(b) else (b, a)
            abbreviates[short].add(long)
    for short, longs in abbreviates.items():  # "AP" of Associated Press and of Anaheim Police: neither
        # ... but "NRC" of the Nuclear Regulatory Commission and of the U.S. one: both, one body.
        bodies = {tuple(_without_nation(forms[long].words)) for long in longs}
        if len({find(long) for long in longs}) > 1 and len(bodies) > 1:
            # "AP" of the Associated Press and of Ascoli Piceno, a place: the one of its own kind.
            longs = {long for long in longs if _kinds(forms[long]) & _kinds(forms[short])}
            bodies = {tuple(_without_nation(forms[long].words)) for long in longs}
        if longs and (len({find(long) for long in longs}) == 1 or len(bodies) == 1):
            for long in longs:
                union(long, short)
            expanded.add(short)
    for long, short in defined:
        union(key_of(clean_mention(long)), key_of(clean_mention(short)))
    for member, party in _party_members(forms):
        union(party, member)
    for nickname, name in _nicknamed(forms) + _quoted_nicknames(articles, forms) + _aliases(articles, forms):
        union(name, nickname)
    for short, full in _middle_names(forms) + _initialled(forms):
        union(full, short)
    for short, name in _place_names(forms) + _described(forms, opening) + _camel_abbreviations(forms):
        union(name, short)
    for name, handle in _handles(articles, forms):
        forms.setdefault(handle, Form(handle, first=(10**8, 0))).surfaces["@" + handle] += 1
        forms[handle].labels["ORG"] += 1
        parent.setdefault(handle, handle)
        union(name, handle)
    initials, openings = _by_initial(keys, forms)
    for key, form in spare.items():  # an untagged abbreviation joins only the one name it abbreviates
        # the names it may abbreviate, and the abbreviations that may be its ("RIP" of "R.I.P.")
        candidates = set(initials.get(_letters(form.key)[:1], []))
        candidates.update(k for w in dict.fromkeys(w[:1] for w in form.words) for k in openings.get(w, []))
        owners = {find(k) for k in candidates if _abbreviation(form, forms[k], alone)}
        if len(owners) == 1:
            forms[key] = form
            union(next(iter(owners)), key)
            expanded.add(key)
    keys = list(forms)
    longer = _by_word(keys, forms)
    # Longer short forms first: "U.S. Treasury" joins "U.S. Treasury Department" before "Treasury"
    # counts the bodies it may name.
    for short in sorted(keys, key=lambda k: -len(forms[k].words)):
        longs = [long for long in _longer_candidates(forms[short], longer)
                 if long != short and _short_form(forms[short], forms[long]) and not _a_kind_of(short, long, forms)]
        owners = {find(long) for long in longs}
        # A surname two people of the cluster bear joins neither, even when the tagger called one
        # of them something else once ("Viola Davis" as an ORG beside "Sammy Davis").
        words = forms[short].words
        bearers = {find(long) for long in longer.get(f"last:{words[-1] if words else short}", [])
                   if forms[long].labels["PERSON"] and forms[long].words[-len(words):] == words and long != short}
        given = {find(long) for long in longs if forms[long].words[0] == short}
        if bearers:  # "Weinstein" is Harvey Weinstein, not The Weinstein Company
            owners -= {find(long) for long in longs if not forms[long].personal} - bearers
        if len(bearers) == 1 and bearers < owners and owners - bearers == given and \
                not _of_a_family(short, longs, longer, forms, find):
            owners = bearers  # news calls a person by surname: "James" is LeBron James, not James Harden
        if not bearers and _opens_other_bodies(forms[short], longer, forms, owners, find):
            continue  # "Marvel" of "Marvel Comics" and "Marvel Studios" is no "Captain Marvel"
        if short in expanded and find(short) not in owners:
            continue  # "SF", San Francisco, is not the head of the outlet "CBS SF"
        if len(owners) == 1 and not bearers - owners and not _named_apart(forms[short], longs, owners, forms, find):
            union(next(iter(owners)), short)
    joined, split = _shared_surnames(forms, longer, find)
    for short, owner in joined:
        union(owner, short)
    groups: dict[str, list[Form]] = defaultdict(list)
    for k in keys:
        groups[find(k)].append(forms[k])
    lower_runs = _lower_runs(articles)
    groups = {k: group for k, group in groups.items() if not _common_words(group, lower_runs)}
    aside = _heading_places(articles)
    entities = _surnames_typed([_entity(members, aside) for members in groups.values()], groups.values())
    entities = _shared_between(entities, groups, split, find)
    return sorted(entities, key=lambda e: (-len(e.articles), -e.mentions, e.name))


def _lower_runs(articles: list[Article]) -> Counter:
    """How often the cluster writes each run of up to :data:`COMMON_RUN` words in lower case, one
    after another with nothing but spaces between them ("border security"): counted once, in one
    pass, so that asking of every name costs nothing more. A word inside a handle or a web address
    ("@border", "twitter.com") counts for none."""
    runs: Counter = Counter()
    for article in articles:
        for sentence in article.sentences:
            run: list[str] = []
            for chunk in sentence.text.split():
                core = chunk.lstrip(OPENING_MARKS)
                word = core.rstrip(CLOSING_MARKS)
                if core != chunk or not re.fullmatch(r"[a-z]+", word):
                    _count_runs(run, runs)  # a quotation or bracket opens here, or no lower-case word
                    run = []
                if re.fullmatch(r"[a-z]+", word):
                    run.append(word)
                if word != core:  # a full stop, comma or closing mark ends the run after this word
                    _count_runs(run, runs)
                    run = []
            _count_runs(run, runs)
    return runs


def _count_runs(run: list[str], runs: Counter) -> None:
    for n in range(1, COMMON_RUN + 1):
        for k in range(len(run) - n + 1):
            runs[" ".join(run[k:k + n])] += 1


def _common_words(group: list[Form], lower_runs: Counter) -> bool:
    """ "Border Security", "Monkeys", "Stock Market": words the cluster writes in lower case
    :data:`COMMON_SHARE` times as often as the tagger found them capitalised (for emphasis in a
    tweet, in a headline, at a sentence's opening) are no name. Only a form no other joined; not
    one an article determines half the time ("the Times": an institution's short name), one standing
    where a place or a medium does ("published in Science"), one :data:`NAMED_BY_MANY` articles
    capitalise ("he told Time magazine"), a word in capitals (an acronym) or a given name."""
    if len(group) != 1:
        return False
    form = group[0]
    words, mentions = form.words, sum(form.labels.values())
    if not words or not all(w.isalpha() for w in words) or form.written.isupper() or \
            (len(words) == 1 and words[0] in given_names()) or form.articled * 2 >= mentions or \
            form.places or form.outlets or len(set(form.articles)) >= NAMED_BY_MANY:
        return False
    # Written out in lower case, a plural too ("Monkey" and "monkeys").
    lower = lower_runs[" ".join(words)] + lower_runs[" ".join(words[:-1] + [words[-1] + "s"])]
    return lower >= COMMON_SHARE and lower >= COMMON_SHARE * mentions


def _shared_between(entities: list[Entity], groups: dict[str, list[Form]], split: dict[str, Counter],
                    find) -> list[Entity]:
    """A bare surname whose mentions go to several bearers ("Clinton" of Hillary and Bill
    Clinton) is no entity of its own, which would read as one person: it is a variant of each
    bearer some of its mentions surely refer to (:func:`_referent`), with those mentions.
    ``entities`` are made from ``groups``, in its order."""
    index = {root: i for i, root in enumerate(groups)}
    gone: set[int] = set()
    out = list(entities)
    for short, votes in split.items():
        members = groups[find(short)]
        if len(members) > 1:
            continue  # the surname's group holds other forms: leave it whole
        gone.add(index[find(short)])
        surface = members[0].surfaces.most_common(1)[0][0]
        for owner, n in votes.items():
            i = index[find(owner)]
            e = out[i]
            # (its articles are the bearer's already: a mention refers to a bearer its article names)
            out[i] = replace(e, variants=e.variants + [surface] * (surface not in e.variants), mentions=e.mentions + n)
    return [e for i, e in enumerate(out) if i not in gone]


def _surnames_typed(entities: list[Entity], groups: Iterable[list[Form]]) -> list[Entity]:
    """A bare surname left apart because two people of the cluster bear it ("Kuiper": Andrea and
    Richard Kuiper), or the tagger's label for it, is still a person's name: typed PERSON, not
    the ORG or GPE the tagger said, unless it stands where a place ("in Washington") or a medium
    ("on Twitter") does; so is a given name before one of those surnames. The other way, a lone word
    the tagger called a person that opens a body's name ("Keurig") is that body's."""
    surnames = {key_of(e.name).split()[-1] for e in entities if e.type == "PERSON" and len(key_of(e.name).split()) > 1}

    def surname(entity: Entity, members: list[Form]) -> bool:
        return all(len(m.words) == 1 for m in members) and members[0].words[0] in surnames

    def relative(entity: Entity, members: list[Form]) -> bool:
        """ "Amber Pasztor" beside Rene Pasztor: a given name and a surname the cluster gives a
        person is a person's name, whatever the tagger said and however often "amber" is a word.
        The given name may be one of the nicknames table (English names and their short forms) or
        of the gender table, which has "amber" and "holly", names with no nickname."""
        words = key_of(entity.name).split()
        return len(words) == 2 and (words[0] in given_names() or words[0] in name_genders()) and \
            words[1] in surnames and \
            not any(m.articled for m in members)

    def retyped(entity: Entity, members: list[Form]) -> bool:
        # either, where the tagger's label is no person's and no mention stands where a place,
        # a medium or a heading's capitals do
        return entity.type in {"ORG", "GPE", "NORP"} and not any(m.places or m.outlets for m in members) and \
            not _shouted(entity.name) and (surname(entity, members) or relative(entity, members))

    # "Keurig", a person to the tagger, beside "Keurig Green Mountain Inc": the word that opens a
    # body's name the cluster gives, no person's surname nor a given name, is that body's.
    openers = {key_of(e.name).split()[0] for e in entities if e.type == "ORG" and len(key_of(e.name).split()) > 1}

    def body(entity: Entity, members: list[Form]) -> bool:
        word = members[0].words[0]
        return entity.type == "PERSON" and all(len(m.words) == 1 for m in members) and word in openers and \
            word not in surnames and word not in given_names() and not any(m.honorifics for m in members)

    return [replace(e, type="PERSON") if retyped(e, members) else replace(e, type="ORG") if body(e, members) else e
            for e, members in zip(entities, groups)]


def _of_a_family(short: str, longs: list[str], longer: dict[str, list[str]], forms: dict[str, Form], find) -> bool:
    """Whether a name that opens a person's name ("Burke" of Burke Ramsey) is the given name of one
    of a family the cluster names (John, Patsy and JonBenét Ramsey): news calls such a person by
    the given name, so the bare word is not for the one who bears it as a surname (Stan Burke)."""
    for long in longs:
        words = forms[long].words
        if words[0] != short or len(words) < 2 or not forms[long].personal:
            continue
        kin = {find(k) for k in longer.get(f"last:{words[-1]}", []) if forms[k].personal}
        if len(kin - {find(long)}) >= 1:
            return True
    return False


def _shared_surnames(forms: dict[str, Form], longer: dict[str, list[str]],
                     find) -> tuple[list[tuple[str, str]], dict[str, Counter]]:
    """A surname several people of the cluster bear ("Trump" of Donald and Melania Trump, "Chen"
    of Chen Guangcheng and his nephew Chen Kegui), with the person it joins: the one its mentions
    refer to, as news writes a bare surname for a bearer it has named. Each bare mention goes to
    the bearer its article names before it, called by the surname first, or names far more often
    (:func:`_referent`); the surname joins the person at least ``SURNAME_MAJORITY`` of its mentions
    surely go to. Returns those joins, and the surnames not joined whose mentions go to several
    bearers (the one named just before deciding between bearers named as often), with each
    bearer's count."""
    found = []
    split: dict[str, Counter] = {}
    for key, form in forms.items():
        if len(form.words) != 1 or find(key) != key or not form.at or not _surname_like(form):
            continue
        word = form.words[0]
        # A surname ends a name; a family name opens one where news writes it first ("Chen
        # Guangcheng"), which a given name ("David" of two Davids) does not.
        opening = [] if word in given_names() else longer.get(f"first:{word}", [])
        bearing = longer.get(f"last:{word}", []) + opening
        named: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for long in bearing:
            if forms[long].personal and forms[long].written.split()[0][:1].isupper():
                named[find(long)] += forms[long].at
        if len(named) < 2:
            continue
        # Only a surname goes to the article's main bearer: "little DeOrr" is the son, DeOrr Kunz Jr.,
        # though the article names his father DeOrr Kunz Sr. more often.
        salient = not any(forms[long].personal for long in opening)
        # "The Keller case" where the articles speak of "the Kellers", Dan and Fran: a surname that
        # only modifies a noun is then the family's, not one bearer's, and votes for none of them
        # ("the Obama administration" is still Barack Obama's where no Obamas are spoken of).
        family = any(f"{word}{plural}" in forms for plural in ("s", "es"))
        referring = _without(form.at, form.attributive) if family else form.at
        votes = Counter(_referent(at, named, salient, bare=form.at) for at in referring)
        owner, n = max(((o, k) for o, k in votes.items() if o), key=lambda t: t[1], default=(None, 0))
        if owner and n >= SURNAME_MAJORITY * len(referring):
            found.append((key, owner))
            continue
        # Not joined: split between bearers when its mentions go to several, the one named last
        # deciding between bearers named about as often ("Dakota Johnson" and Dwayne "The Rock" Johnson).
        votes = Counter(_referent(at, named, salient, recent=True, bare=form.at) for at in referring)
        if sum(1 for o in votes if o) >= 2:
            split[key] = Counter({o: k for o, k in votes.items() if o})
    return found, split


def _without(places: list[tuple[int, int]], some: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``places`` less one of each of ``some`` (a sentence may hold a name twice)."""
    left = Counter(some)
    out = []
    for at in places:
        if left[at]:
            left[at] -= 1
        else:
            out.append(at)
    return out


def _surname_like(form: Form) -> bool:
    """A bare word that may be a surname: a person's to the tagger, or a name it mislabels as a
    body or a place but that seldom stands where a place does ("Smith" ORG; not "in Washington"),
    never an abbreviation, a name an article determines ("an Amber Alert") or one mostly written
    after "the" (a family: "the Clintons", "the McCann's")."""
    if not (form.personal or form.label in {"ORG", "GPE", "NORP"}) or form.written.isupper() or form.articled:
        return False
    total = sum(form.labels.values())
    return form.places * 2 < total and form.after_the * 2 < total  # "the McCann's": the family


def _referent(at: tuple[int, int], named: dict[str, list[tuple[int, int]]], salient: bool = True,
              recent: bool = False, bare: list[tuple[int, int]] | None = None) -> str | None:
    """The bearer a bare surname at ``at`` surely refers to: the one its article names in full
    before it (in its own sentence included) — of several, the one it called by the surname
    before naming the others (:func:`_first_owner`, from the surname's mentions ``bare``), else
    the one named at least ``SALIENT`` times as often as any other, the article's main bearer (a
    caption of another Jackson may stand between the police chief's name and "Jackson said": which
    came last does not decide) —, or, when it names none before, the only one it names at all; else
    None. ``salient`` False: no main bearer (the word opens some of the names). ``recent``: of
    bearers named about as often, the one named last (:func:`_last_named`), which is likely but not
    sure enough to join the surname to them."""
    article, sentence = at
    counts = Counter({owner: sum(a == article and s <= sentence for a, s in places) for owner, places in named.items()})
    before = {owner for owner, n in counts.items() if n}
    if len(before) > 1:
        if not salient:
            return None
        rivals = {o: named[o] for o in before}
        owner = _first_owner(article, rivals, bare or [])
        if owner is not None:
            return owner
        (first, n), (_, m) = counts.most_common(2)
        if n >= SALIENT * m:
            return first
        return _last_named(sentence, rivals, article) if recent else None
    if not before:
        before = {owner for owner, places in named.items() if any(a == article for a, _ in places)}
    return before.pop() if len(before) == 1 else None


def _first_owner(article: int, named: dict[str, list[tuple[int, int]]], bare: list[tuple[int, int]]) -> str | None:
    """The bearer an article named first, when it wrote the bare surname for them (``SURNAME_HABIT``
    times) before naming another: news then names the second bearer in full each time ("retired Lt.
    Gen. Zulfiqar Khan", after a dozen "Khan"s for Abdul Qadeer Khan) and goes on calling the first
    by surname."""
    starts = sorted((min(s for a, s in places if a == article), owner) for owner, places in named.items())
    (first_at, first), (second_at, _) = starts[0], starts[1]
    return first if sum(a == article and first_at < s < second_at for a, s in bare) >= SURNAME_HABIT else None


def _last_named(sentence: int, named: dict[str, list[tuple[int, int]]], article: int) -> str | None:
    """Of bearers an article names about as often, the one it named last, in the ``RECENT``
    sentences before: "Dakota Johnson ... 'Phew!' says Johnson" after "Dwayne Johnson" further up.
    None when two were named last in one sentence."""
    last = sorted(((max(s for a, s in places if a == article and s <= sentence), owner)
                   for owner, places in named.items()), reverse=True)
    (nearest, owner), (next_nearest, _) = last[0], last[1]
    return owner if nearest > next_nearest and sentence - nearest <= RECENT else None


def _named_apart(short: Form, longs: list[str], owners: set[str], forms: dict[str, Form], find) -> bool:
    """Whether a bare surname stands only in articles that name, in full, someone else of that
    surname and never the person it would join: "Davis" in the article on Viola Davis (whom the
    tagger called an organisation) is not the Sammy Davis of two other articles."""
    if len(short.words) != 1:
        return False
    owner = next(iter(owners))
    surnamed = [k for k in longs if find(k) == owner and forms[k].words[-1] == short.words[0]]
    if not surnamed:
        return False  # a given name ("Rus" of Rus Yusupov) is another matter
    theirs = {a for k in surnamed for a in forms[k].articles}
    others = {a for k, f in forms.items() if len(f.words) > 1 and f.words[-1] == short.words[0]
              and find(k) != owner for a in f.articles}
    return not set(short.articles) & theirs and set(short.articles) <= others


def _opens_other_bodies(short: Form, longer: dict[str, list[str]], forms: dict[str, Form],
                        owners: set[str], find) -> bool:
    """Whether a one-word name that ends one organisation's name ("Captain Marvel") also opens the
    names of others it is not joining ("Marvel Comics", "Marvel Studios"): then which one it
    names is not certain."""
    if len(short.words) != 1 or short.labels["PERSON"]:
        return False
    opened = [k for k in longer.get(f"first:{short.words[0]}", []) if not forms[k].labels["PERSON"]]
    # A part of the body it joins opens on that body's whole name ("Stanford University School of
    # Medicine" beside "Stanford University"): no other body the short name may be.
    wholes = [forms[k].words for k in opened if find(k) in owners]
    return any(find(k) not in owners and not any(forms[k].words[:len(w)] == w for w in wholes) for k in opened)


def _no_names(forms: dict[str, Form]) -> list[str]:
    """Forms that name nothing on their own: a company's legal suffix ("L.L.C.", "Inc.")."""
    return [key for key in forms if key.replace(" ", "") in LEGAL_SUFFIXES | {"llc", "ltd"}]


def _coordinated(forms: dict[str, Form]) -> list[str]:
    """Forms that are two names the cluster also gives apart (or two people's surnames), joined by
    "and" or "&" ("Mercer and Brown", "Universal Studios & SeaWorld", "Rubio and Cruz") or, two
    people's, by a comma ("McCabe, Chaffetz"): no name of their own, and no whole a side may join.
    A name with a connective of its own ("Procter & Gamble", "Doctrine and Covenants") has a side
    the cluster does not name alone, or names as a group ("Covenants", NORP)."""
    found = []
    people = {k for k, f in forms.items() if f.personal} | {f.words[-1] for f in forms.values() if f.personal}
    for key, form in forms.items():
        written = form.surfaces.most_common(1)[0][0]
        sides = [key_of(clean_mention(side)) for side in re.split(r"\s+(?:and|&)\s+", written)]
        listed = [key_of(clean_mention(side)) for side in written.split(", ")]  # "McCabe, Chaffetz"
        # A side may be a person's surname the cluster only writes in full ("Rubio and Cruz").
        # Or a given name and a surname the cluster gives only there ("Rifkind and Rich Isaacson's label").
        if len(set(sides)) == 2 and all(side in forms and forms[side].label != "NORP" or side in people or
                                        _given_pair(side) for side in sides) or \
                len(set(listed)) == 2 and set(listed) <= people:
            found.append(key)
    return found


def _given_pair(key: str) -> bool:
    """A given name and one more word: "rich isaacson"."""
    words = key.split()
    return len(words) == 2 and words[0] in given_names()


def _persons_bodies(forms: dict[str, Form]) -> list[str]:
    """Forms tagged a person that are a name the cluster gives a person, then (after a possessive or
    not) the name of a body or place it also gives ("Obama White House", "Trump Tower", "Trump’s
    Utah"): the institution or place of that person, no name of the person's own. Left out, "Obama"
    stays the person's."""
    people = {w for f in forms.values() if f.label == "PERSON" for w in f.words[-1:]} | {
        k for k, f in forms.items() if f.label == "PERSON"}
    found = []
    for key, form in forms.items():
        words = form.words
        owned = re.fullmatch(r"(.+?)['’]s\s+(.+)", form.written)
        if form.label == "PERSON" and owned and key_of(owned.group(1)) in people and \
                forms.get(key_of(owned.group(2)), form).label in {"ORG", "FAC", "GPE", "LOC"}:
            found.append(key)  # "Trump’s Utah" (of "Trump’s Utah struggles"): a person's place
            continue
        if form.label != "PERSON" or len(words) < 3:
            continue
        for cut in range(1, len(words) - 1):
            head, tail = " ".join(words[:cut]), " ".join(words[cut:])
            if head in people and tail in forms and forms[tail].label in {"ORG", "FAC", "GPE"}:
                found.append(key)
                break
    return found


def _handles(articles: list[Article], forms: dict[str, Form]) -> list[tuple[str, str]]:
    """(name, handle) for a social-media handle that holds the one name of the cluster run together,
    seven letters or more: "@abc7newsbayarea" is ABC7 News's, "@iKnightscope" Knightscope's."""
    written: dict[str, set[str]] = defaultdict(set)
    for key, form in forms.items():
        if len(form.words) >= 2 or form.label in {"ORG", "PERSON"}:
            written["".join(form.words)].add(key)
    pairs = []
    handles = {m.lower() for article in articles for sentence in article.sentences
               for m in re.findall(r"(?<![\w@])@(\w{7,})", sentence.text)}
    people = {w for f in forms.values() if f.personal for w in f.words if len(w) >= 5}
    for handle in handles:
        runs = [run for run in written if len(run) >= 7 and run in handle]
        owners = {key for run in runs for key in written[run]}
        # "@mobbdeephavoc" holds a person's name beside the duo's: Havoc's account, not Mobb Deep's.
        rest = [handle.replace(run, " ") for run in runs]
        if len(owners) == 1 and handle not in owners and not any(w in r for w in people for r in rest):
            pairs.append((owners.pop(), handle))
    return pairs


def _party_members(forms: dict[str, Form]) -> list[tuple[str, str]]:
    """ "Iranians" are the "Iranian" group; "Republicans" and "Republican" (a group, NORP) stand for
    the "Republican Party" the cluster names, and so does "GOP"."""
    surnames = {f.words[-1] for f in forms.values() if f.label == "PERSON" and len(f.words) >= 2}
    pairs = []
    for key, form in forms.items():
        if form.label == "NORP" and len(form.words) == 1:
            singular = key.removesuffix("s")
            if singular in surnames:
                continue  # "the Kardashians", a family, not Kim Kardashian
            if singular != key and singular in forms and forms[singular].label == "NORP":
                pairs.append((key, singular))
            for name in {key, singular}:
                if f"{name} party" in forms:
                    pairs.append((key, f"{name} party"))
    # "GOP", "G.O.P.": the name US news gives the Republican Party (tune gold; blind reading 2552).
    for nickname in ("gop", "g o p"):
        if nickname in forms and "republican party" in forms:
            pairs.append((nickname, "republican party"))
    return pairs


def _place_names(forms: dict[str, Form]) -> list[tuple[str, str]]:
    """A US state and its AP-style abbreviation ("Mass." of a dateline, "Massachusetts"; the us
    package's table), and "America" and "USA", which news writes for the United States."""
    places = {key for key, form in forms.items() if "place" in _kinds(form)}
    pairs = list(_state_abbreviations())
    country = next((k for k in ("united states", "u s", "us") if k in places), None)
    if country:
        pairs += [(name, country) for name in ("america", "usa", "united states of america")]
    return [(short, name) for short, name in pairs if short in places and name in places]


def _described(forms: dict[str, Form], opening: Counter) -> list[tuple[str, str]]:
    """A name and the same name with what kind of thing it is after it: a company's legal suffix
    ("Clorox" and "Clorox Co."), a common noun written in lower case inside a place's name
    ("Shandong" and "Shandong province", both tagged places). The name must lead one such longer
    form only; a capitalised word after a place is part of another name ("Kansas City" is not
    Kansas). ``opening``: the cluster's :func:`_two_word_bodies`."""
    longer: dict[str, list[str]] = defaultdict(list)
    for key, form in forms.items():
        words = form.words
        if len(words) < 2 or " ".join(words[:-1]) not in forms:
            continue
        short = forms[" ".join(words[:-1])]
        legal = words[-1] in LEGAL_SUFFIXES and "body" in _kinds(form) and "person" not in _kinds(short) and \
            not _bare_of_several(short, form, opening)
        tail = form.written.split()[-1]
        common = tail.isalpha() and tail.islower() and words[-1] not in CONNECTORS and \
            {form.label, short.label} <= {"GPE", "LOC"}
        if legal or common:
            longer[short.key].append(key)
    return [(short, longs[0]) for short, longs in longer.items() if len(longs) == 1]


CAMEL_PARTS = re.compile(r"[A-Z][a-z]+")


def _camel_abbreviations(forms: dict[str, Form]) -> list[tuple[str, str]]:
    """ "PwC" and "PricewaterhouseCoopers", "GSK" and "GlaxoSmithKline": an abbreviation whose
    capitals are the capitals of a name written as one word of several capitalised parts (and its
    small letters, in order, letters of those parts) joins the one such name of the cluster."""
    # By their capitals, so that an abbreviation is compared only with the names it may stand for.
    camel: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
    for key, form in forms.items():
        for written in form.surfaces:
            parts = CAMEL_PARTS.findall(written)
            if len(parts) >= 2 and "".join(parts) == written:
                camel["".join(p[0] for p in parts)].append((key, parts))
    named = {key for options in camel.values() for key, _ in options}
    pairs = []
    for key, form in forms.items():
        shorts = [s for s in form.surfaces if re.fullmatch(r"[A-Z][A-Za-z]{2,5}", s)
                  and len(re.sub(r"[^A-Z]", "", s)) >= 2]
        if key in named or not shorts:
            continue
        longs: set[str] = set()
        for short in shorts:
            for long, parts in camel.get(re.sub(r"[^A-Z]", "", short), []):
                if long not in longs and _camel_initials(short, parts):
                    longs.add(long)
                    if len(longs) > 1:
                        break  # two names it may stand for: neither
        if len(longs) == 1:
            pairs.append((key, longs.pop()))
    return pairs


def _camel_initials(short: str, parts: list[str]) -> bool:
    """Whether ``short`` is the initials of ``parts``, a small letter read inside the part before."""
    if re.sub(r"[^A-Z]", "", short) != "".join(p[0] for p in parts):
        return False
    inside = re.findall(r"[A-Z][a-z]*", short)  # "Pw", "C"
    return all(re.search(".*".join(chunk[1:]), part[1:]) is not None for chunk, part in zip(inside, parts))


@cache
def _state_abbreviations() -> tuple[tuple[str, str], ...]:
    return tuple((key_of(state.ap_abbr), key_of(state.name)) for state in us.states.STATES_AND_TERRITORIES
                 if state.ap_abbr and key_of(state.ap_abbr) != key_of(state.name))


def _middle_names(forms: dict[str, Form]) -> list[tuple[str, str]]:
    """ "Tavin Price" and "Tavin Terrell Price", "Michael Bloomberg" and "Michael R. Bloomberg": a
    given name and surname join the one fuller name of the cluster with middle names between them
    (not "George Bush" when the cluster names both George W. and George H.W. Bush); a name joins
    the same name after an initial ("Lin Wood", "L. Lin Wood")."""
    people = [key for key, form in forms.items() if form.label == "PERSON" and len(form.words) >= 2]
    fuller: dict[str, set[str]] = defaultdict(set)
    for key in people:
        words = forms[key].words
        if len(words) >= 3:
            fuller[f"{words[0]} {words[-1]}"].add(key)
    pairs = [(" ".join(forms[key].words[1:]), key) for key in people  # "Lin Wood" of "L. Lin Wood"
             if re.match(r"[A-Z]\.? ", forms[key].surfaces.most_common(1)[0][0]) and len(forms[key].words) >= 3
             and " ".join(forms[key].words[1:]) in forms]
    for key in people:
        longs = fuller.get(key, set())
        if len(longs) == 1 or len({tuple(forms[k].words[1:-1][:1]) for k in longs}) == 1:
            pairs += [(key, long) for long in longs]
    return pairs


def _initialled(forms: dict[str, Form]) -> list[tuple[str, str]]:
    """ "A.Q. Khan" and "Abdul Qadeer Khan", "J.K. Rowling" and "Joanne Kathleen Rowling": a name
    whose given names are written as initials joins the one name of the cluster with its surname
    and given names those letters open."""
    people = [key for key, form in forms.items() if form.personal and len(form.words) >= 2]
    named = _by_word(people, forms)
    pairs = []
    for key in people:
        *given, surname = forms[key].words
        letters = "".join(given)
        if not all(len(w) == 1 for w in given) and not (len(given) == 1 and forms[key].written.split()[0].isupper()):
            continue  # "A. Q." or "AQ": initials only
        if len(letters) < 2 or len(surname) < 2:
            continue
        full = [k for k in named[f"last:{surname}"] if k != key and len(forms[k].words) == len(letters) + 1
                and "".join(w[0] for w in forms[k].words[:-1]) == letters and min(map(len, forms[k].words[:-1])) > 1]
        if len(full) == 1:
            pairs.append((key, full[0]))
    return pairs


def _nicknamed(forms: dict[str, Form]) -> list[tuple[str, str]]:
    """ "Steve Bannon" and "Stephen Bannon", "Matt Whitaker" and "Matthew G. Whitaker": one person,
    the same surname after a given name and its nickname (the nicknames package's table), middle
    names the same where both give one."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key, form in forms.items():
        if form.label == "PERSON" and len(form.words) >= 2:
            by_surname[form.words[-1]].append(key)
    def fits(nick: list[str], full: list[str]) -> bool:
        middles = (nick[1:-1], full[1:-1])
        return nick[0] in _nicknamer().nicknames_of(full[0]) and (not all(middles) or middles[0] == middles[1]) \
            and not _diminutives(nick[0], full[0])

    pairs = []
    for keys in by_surname.values():
        for b in keys:
            owners = [a for a in keys if fits(forms[b].words, forms[a].words)]
            if len(owners) == 1:  # not "Matt Whitaker" beside Matthew G. and Matthew T. Whitaker
                pairs.append((b, owners[0]))
    return pairs


def _diminutives(a: str, b: str) -> bool:
    """Whether two given names are a short form and its pet form ("Bob" and "Bobby", "Jim" and
    "Jimmy"): neither is the formal name, and a family gives them to a father and a son (Rep. Bob
    Goodlatte and his son Bobby), where "Steve" and "Stephen" name one man."""
    short, long = sorted((a, b), key=len)
    rest = long[len(short):]
    return long.startswith(short) and (rest in {"y", "ie"} or len(rest) in {2, 3} and rest[1:] in {"y", "ie"})


# 'Liberty "Libby" German', "Harold 'Devin' Lima": a nickname in quotation marks, double or single.
QUOTED_NICKNAME = re.compile(r"\b([A-Z][a-z]+)\s+(?:[\"“]([A-Z][a-z]+)[\"”]|['‘]([A-Z][a-z]+)['’])\s+([A-Z][\w'’-]+)")


def _quoted_nicknames(articles: list[Article], forms: dict[str, Form]) -> list[tuple[str, str]]:
    """ 'Liberty "Libby" German': the text gives the nickname itself, so "Libby German" and
    "Liberty German" are one person whether or not the nicknames table knows the pair (and
    whatever the tagger called either)."""
    pairs = []
    for article in articles:
        for sentence in article.sentences:
            for given, double, single, surname in QUOTED_NICKNAME.findall(sentence.text):
                nick = double or single
                full, short, alone = key_of(f"{given} {surname}"), key_of(f"{nick} {surname}"), key_of(nick)
                if full in forms and short in forms and full != short:
                    pairs.append((short, full))
                if full in forms and alone in forms and not _kinds(forms[alone]) & {"place", "group"}:
                    pairs.append((alone, full))  # 'Kejuan "Havoc" Muchita' goes by "Havoc" alone
    return pairs


_NAME = r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*"
# The text saying that two names are one: "Stormy Daniels, whose real name is Stephanie Clifford",
# "Stephanie Clifford, who goes by the stage name Stormy Daniels", "Jay-Z (born Shawn Carter)",
# "Kim Jong Un, also known as ...", "Albert Johnson, better known to millions of fans as Prodigy". Parsing of
# what the sentence states, not a guess from spelling.
ALIAS = re.compile(
    rf"(?P<name>{_NAME}),?\s+(?:(?P<person>whose (?:real|legal|birth|given|full) name is|"
    rf"who (?:goes|went|also goes) by(?: the(?: stage| pen| professional| ring)? name)?|"
    rf"(?:whose|with the) (?:stage|pen|ring) name(?: is)?)|"
    rf"(?:also |better |professionally |formerly |otherwise )?known(?: to(?: [a-z]+){{1,4}})? as|a\.k\.a\.|aka)\s+"
    rf"[\"“]?(?P<alias>{_NAME})|"
    rf"(?P<name2>{_NAME})\s+\((?P<person2>real name|born|née|nee)\s+(?P<alias2>{_NAME})\)")

# Words one of ALIAS's forms holds: a cheap look before the pattern, which backtracks over names.
ALIAS_WORDS = re.compile(r"name|known (?:to(?: [a-z]+){1,4} )?as|a\.k\.a\.|\baka\b|\bgo(?:es)? by|went by"
                         r"|\(born|\(n[ée]e", re.I)


def _aliases(articles: list[Article], forms: dict[str, Form]) -> list[tuple[str, str]]:
    """Two names the text says are one ("X, whose real name is Y"), when both are names of the
    cluster (the longest of the first name's endings and of the second's beginnings that are) of a
    kind in common, or, where the words say a person's names, neither a place."""
    pairs = []
    for article in articles:
        for sentence in article.sentences:
            if not ALIAS_WORDS.search(sentence.text):
                continue
            for m in ALIAS.finditer(sentence.text):
                name = _known_form(m.group("name") or m.group("name2"), forms, ending=True)
                alias = _known_form(m.group("alias") or m.group("alias2"), forms, ending=False)
                if not name or not alias or name == alias or _a_surname(name, forms) or _a_surname(alias, forms):
                    continue  # "Lima (real name Harold Lima)": the surname is Devin Lima's too
                # "whose real name is", "goes by", "(born ...)" say a person's names, whatever the
                # tagger called either ("Stormy Daniels" as an ORG); "known as" may name anything.
                personal = m.group("person") or m.group("person2")
                kinds = _kinds(forms[name]) | _kinds(forms[alias])
                if _compatible(forms[name], forms[alias]) or personal and "place" not in kinds:
                    pairs.append((alias, name))
    return pairs


def _a_surname(key: str, forms: dict[str, Form]) -> bool:
    """A one-word name that ends a longer person's name of the cluster, one written as a name is:
    not after a word in capitals ("RIP Prodigy", a mourner's tag), nor a title ("Salute to Prodigy")."""
    return " " not in key and any(len(f.words) > 1 and f.words[-1] == key and f.label == "PERSON" and
                                  not shouted_before(f.written) for f in forms.values())


def shouted_before(written: str) -> bool:
    """Whether a word in capitals comes before a name's last word ("RIP Prodigy")."""
    return any(len(w) > 2 and w.isalpha() and w.isupper() for w in written.split()[:-1])


def _known_form(text: str, forms: dict[str, Form], ending: bool) -> str | None:
    """The key of the longest run of ``text``'s words, at its end (``ending``) or its start, that
    is a form of the cluster ("adult film actress Stormy Daniels": "Stormy Daniels")."""
    words = text.split()
    for n in range(len(words), 0, -1):
        key = key_of(clean_mention(" ".join(words[-n:] if ending else words[:n])))
        if key in forms:
            return key
    return None


def _candidates(keys: list[str], forms: dict[str, Form]) -> set[tuple[str, str]]:
    """The pairs of forms that may be spellings or abbreviations of one another: those sharing
    their words, their words run together, their word count and initials (vowels alike: Ebdita,
    Abdita), or an acronym and
    the initials it stands for. Every pair the tests could accept shares one of these keys, so
    merging compares far fewer pairs than all of them, with the same result."""
    blocks: dict[tuple, list[str]] = defaultdict(list)
    position = {k: n for n, k in enumerate(keys)}
    for k in keys:
        words = _name_words(forms[k])
        blocks[("words", frozenset(words) - CONNECTORS)].append(k)
        blocks[("written", _written_out(words))].append(k)
        blocks[("initials", len(words), tuple("v" if w[:1] in "aeiou" else w[:1] for w in words))].append(k)
        if len(forms[k].words) >= 2:
            ws = forms[k].words
            for initials in _initial_keys(ws) | _initial_keys(ws[:-1]) | _initial_keys(_without_nation(ws)):
                blocks[("acronym", initials)].append(k)
        letters = _letters(k)
        if len(forms[k].words) <= 3 and 2 <= len(letters) <= 9:
            blocks[("acronym", letters)].append(k)
        ws = forms[k].words
        blocks[("lead", " ".join(ws))].append(k)
        for n in range(2, len(ws)):  # "JFK airport" for "John F. Kennedy Airport"
            blocks[("lead", "".join(w[0] for w in ws[:n]) + " " + " ".join(ws[n:]))].append(k)
    pairs = set()
    for members in blocks.values():
        if len(members) > MAX_BLOCK:
            continue  # thousands of names sharing an initial are hostile input, not spellings of one another
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if a != b:
                    pairs.add((a, b) if position[a] < position[b] else (b, a))
    return pairs


def _initial_keys(words: list[str]) -> set[str]:
    """The initials :func:`_initials_match` may read in a name's words."""
    return {"".join(w[0] for w in words if w not in skipped)
            for skipped in (CONNECTORS, CONNECTORS - {"of"}, CONNECTORS | PREPOSITIONS, set())}


def _by_initial(keys: list[str], forms: dict[str, Form]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Forms of two or more words by the first letter of each of their words (the names an
    abbreviation opening on that letter may stand for: its initials are some of their words'), and
    every form by its first letter (the abbreviations a name may have): so that an abbreviation is
    not compared with every name of the cluster."""
    initials: dict[str, list[str]] = defaultdict(list)
    openings: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        words = forms[k].words
        if len(words) >= 2:
            for letter in dict.fromkeys(w[:1] for w in words if w):
                initials[letter].append(k)
        openings[_letters(k)[:1]].append(k)
    return initials, openings


def _letters(key: str) -> str:
    return re.sub(r"[^a-z]", "", key)


def _by_word(keys: list[str], forms: dict[str, Form]) -> dict[str, list[str]]:
    """Forms of two or more words by their first word, last word and the first letter of their
    last word: where a short form of them may be found."""
    index: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        words = forms[k].words
        if len(words) >= 2:
            # the first word after a nation too: "Treasury" of "U.S. Treasury Department"
            firsts = {f"first:{words[0]}", f"first:{(_without_nation(words) or words)[0]}"}
            clipped = {f"clip:{words[0][:CLIPPED]}"} if len(words[0]) >= CLIPPED_FROM else set()
            for tag in firsts | clipped | {f"last:{words[-1]}", f"letter:{words[-1][:1]}"}:
                index[tag].append(k)
    return index


def _longer_candidates(short: Form, index: dict[str, list[str]]) -> set[str]:
    """Longer forms that ``short`` may be a surname, given name, head noun or misspelling of."""
    ws = short.words
    if not ws:
        return set()
    found = set(index.get(f"last:{ws[-1]}", [])) | set(index.get(f"first:{ws[0]}", []))
    if len(ws) == 1:
        found |= set(index.get(f"letter:{ws[0][:1]}", [])) | set(index.get(f"clip:{ws[0]}", []))
    return found


def _name_words(form: Form) -> list[str]:
    """A name's words without Arabic-style articles ("al-Mezzeh" ~ "Mazzeh")."""
    return [w for w in form.words if w not in ARTICLES] or form.words


def _kinds(form: Form) -> set[str]:
    """The kinds of thing the tagger called a form; one that mostly stands where a place does
    ("in Dayton") is a place and no person, whatever the tagger said."""
    kinds = {KIND.get(label, label) for label in form.labels}
    if form.surfaces.most_common(1)[0][0].isupper():
        return kinds  # "under the ESA": an abbreviation after "in" or "under" is no place for that
    return kinds - {"person"} | {"place"} if form.places * 2 >= sum(form.labels.values()) else kinds


def _compatible(a: Form, b: Form) -> bool:
    """Whether two forms may name one thing: the tagger gave them a kind in common, or one is a
    group ("Shabab", NORP) and neither a person."""
    ka, kb = _kinds(a), _kinds(b)
    return bool(ka & kb) or ("group" in ka | kb and "person" not in ka | kb)


def _same_spelling(a: Form, b: Form) -> bool:
    """The same words, or the same number of words each spelled alike. A lone word spelled
    differently joins only a name of a kind the tagger gave both (not the city Dayton and Mr
    Deaton, nor Amazon and the Amazonas); in a longer name the words spelled alike are evidence
    enough ("Tahir Mahmood", once called an ORG, is "Tahir Mehmood")."""
    wa, wb = _name_words(a), _name_words(b)
    if sorted(wa) == sorted(wb) or (len(wa) > 1 and set(wa) - CONNECTORS == set(wb) - CONNECTORS):
        return True  # "Buildings Department" ~ "Department of Buildings"
    if "".join(wa) == "".join(wb):  # "La Guardia" ~ "LaGuardia", whatever the tagger called each
        return ("person" in _kinds(a)) == ("person" in _kinds(b))
    if _written_out(wa) == _written_out(wb) and _compatible(a, b):
        return True  # "Kellogg Co." ~ "Kellogg", "Perry St." ~ "Perry Street"
    if len(wa) != len(wb) or len(wa) < 1:
        return False
    differing = [(x, y) for x, y in zip(wa, wb) if x != y]
    if len(wa) == 1:
        x, y = sorted((wa[0], wb[0]), key=len)
        if y.startswith(x):  # a word and a longer one it begins is another word (Amazon, Amazonas)
            return False
        if len(a.words) > 1 and len(b.words) > 1:  # "al-Qaida" and "Al Qaeda": a word and its article
            return _compatible(a, b) and _close(x, y)
        # Vowels alone (Sarmin, Sarmeen) are a romanisation, whatever place label the tagger chose;
        # other near spellings must be of one kind.
        persons = ["person" in _kinds(f) for f in (a, b)]
        # A place's name is not misspelled in print: two close ones are two places (Ireland, Iceland).
        places = "place" in _kinds(a) | _kinds(b)
        # Two spellings in one article are two names (Columbia and Colombia): a writer keeps to one.
        apart = not set(a.articles) & set(b.articles) or _slip(x, y)  # but a slip of the keys
        # A group is no body spelled alike ("Arizonans", "Arizoniana"): a kind in common.
        return (_transliterations(x, y) and persons[0] == persons[1] and apart) or \
            (bool(_kinds(a) & _kinds(b)) and not places and _close(x, y, single=True, person=any(persons)))
    if len(differing) == len(wa) and not _compatible(a, b):
        return False
    if wa[-1] != wb[-1] and _people_of(wa[-1], wb[-1]):
        return False  # "Virgin Islands" and "Virgin Islanders": a place and its people
    if len(wa) >= 3 and all(x == y or _people_of(x, y) for x, y in differing) and _compatible(a, b):
        return True  # "Ghana Police Force" ~ "Ghanaian Police Force": a body named by its place or its people
    if len(wa) >= 3 and len(differing) == 1 and _syllables(*differing[0]) and _compatible(a, b):
        return True  # "Kim Jong-un" ~ "Kim Jong Eun": one syllable of a long name romanised two ways
    return bool(differing) and all(_close(x, y) for x, y in differing)


def _syllables(x: str, y: str) -> bool:
    """Two romanisations of one short syllable: the same consonants, the vowels apart ("un" and
    "eun", "jong" and "jung"; not "il" and "un", Kim Jong Il and his son)."""
    def consonants(word: str) -> str:
        return re.sub(r"[aeiouy]", "", word)

    initial = x[0] == y[0] or x[0] in "aeiouy" and y[0] in "aeiouy"
    return max(len(x), len(y)) <= 5 and initial and bool(consonants(x)) and consonants(x) == consonants(y)


def _two_word_bodies(forms: dict[str, Form]) -> Counter:
    """How many names of an organisation of two words each word opens ("Bain Capital", "Bain &
    Company"): not a product or a section ("Fitbit Charge HR", "Onion Style and Entertainment")."""
    return Counter(f.words[0] for f in forms.values() if len(f.words) == 2 and f.label == "ORG")


def _bare_of_several(a: Form, b: Form, opening: Counter) -> bool:
    """ "Bain" beside "Bain & Company" (the same name without its legal suffix) when the cluster also
    names "Bain Capital": a one-word name that opens the names of two bodies may be either."""
    short, long = sorted((a, b), key=lambda f: len(f.words))
    return len(short.words) == 1 and len(long.words) > 1 and opening[short.words[0]] > 1


def _written_out(words: list[str]) -> str:
    """A name's words run together, a company's legal suffix dropped and a street's abbreviated
    kind written out: the forms one name takes in print."""
    words = [STREET_KINDS.get(w, w) if k == len(words) - 1 else w for k, w in enumerate(words)]
    if len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words = words[:-1]
    return "".join(words)


def _close(x: str, y: str, single: bool = False, person: bool = False) -> bool:
    """Two spellings of one name word: same first letter, long enough, a close fuzzy match.
    A lone word must be longer and closer: short single names are too easily confused; a lone
    surname differs from the person's only by a slip of the keyboard."""
    if single:
        return x == y or (min(len(x), len(y)) >= 6 and _same_initial(x, y) and fuzz.ratio(x, y) >= 83 and
                          (not person or _slip(x, y)))
    return min(len(x), len(y)) >= MIN_FUZZY_LEN and _same_initial(x, y) and fuzz.ratio(x, y) >= FUZZY_WORD


def _same_initial(x: str, y: str) -> bool:
    """One first letter, or two that romanise one sound: "Gadhafi", "Qadhafi", "Kadafi"."""
    return x[0] == y[0] or {x[0], y[0]} <= ROMANISED_INITIALS


def _people_of(x: str, y: str) -> bool:
    """Whether one word names the people of the place the other names ("Islands", "Islanders";
    "Korea", "Korean"): as the last word of a name, a place and its people are two entities,
    however alike their spelling ("Malaysian Airlines" is Malaysia Airlines misspelt)."""
    short, long = sorted((x.removesuffix("s"), y.removesuffix("s")), key=len)
    return any(long == short + ending or long == short.removesuffix("a") + ending
               for ending in ("er", "ian", "an", "ese", "i"))


def _slip(x: str, y: str) -> bool:
    """A slip of the keyboard, not another name: two letters swapped ("Sndyer", "Snyder") or one
    left out or doubled ("Snyer"). One letter changed for another is often another surname
    ("Keller", "Kelley"), and an added "s" a family ("the Kellers")."""
    if len(x) == len(y):
        return sorted(x) == sorted(y)
    short, long = sorted((x, y), key=len)
    if len(long) - len(short) != 1 or long == short + "s":
        return False
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _transliterations(x: str, y: str) -> bool:
    """Two romanisations of one name differ in their vowels: "Ebdita" and "Abdita", "Sarmin"
    and "Sarmeen". Their consonants, doubled ones once, must be the same and at least three."""
    def skeleton(word: str) -> str:
        return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiou]", "", word))

    if min(len(x), len(y)) < 5 or (x[0] != y[0] and not (x[0] in "aeiou" and y[0] in "aeiou")):
        return False
    if abs(len(x) - len(y)) > 1:
        return False  # "Ukraine" and "Ukrainian": a country and its people, not two spellings
    return len(skeleton(x)) >= 3 and skeleton(x) == skeleton(y)


def _lone_words(articles: list[Article]) -> Counter:
    """How often each capitalised word stands alone inside a sentence, between words in lower
    case: a surname in use ("Steck said") rather than part of a longer name."""
    lone: Counter = Counter()
    for article in articles:
        for sentence in article.sentences:
            words = re.findall(r"[\w'’.-]+", sentence.text)
            for i in range(1, len(words) - 1):
                if words[i][:1].isupper() and words[i][1:].islower() and \
                        not words[i - 1][:1].isupper() and not words[i + 1][:1].isupper():
                    lone[key_of(words[i])] += 1
    return lone


def _abbreviation(a: Form, b: Form, alone: Counter | None = None) -> bool:
    short, long = (a, b) if len(a.key) < len(b.key) else (b, a)
    surface = short.surfaces.most_common(1)[0][0]
    if not re.fullmatch(r"[a-z]?[A-Z][A-Z.&/]{1,7}", surface.replace(" ", "")) or len(long.words) < 2:
        return False
    if alone and len(long.words) == 2 and alone[long.words[-1]] >= 2:
        return False  # "Ueli Steck", whose surname the text uses alone, is no "U.S."
    if _letters(short.key) == long.words[0]:
        return False  # "US" is the first word of "US Senate", not its initials
    if long.label == "PERSON" and len(_letters(short.key)) < 3:
        return False  # two letters are no person's initials: "DJ" (Khaled) is not Dinah Jane, "PM" not Peter Moore
    written = long.surfaces.most_common(1)[0][0].split()
    if any(w[:1].islower() and w not in CONNECTORS | PREPOSITIONS | DESIGNATORS for w in written):
        # "U.N." abbreviates a name, not a description ("the Ukrainian navy"); some outlets write
        # a body's kind in lower case ("Liberal Democratic party", LDP).
        return False
    shouted = [len(re.sub(r"[^A-Za-z]", "", w)) >= 4 and w.isupper() for w in written if w[0].isalpha()]
    if any(shouted) and not all(shouted):
        return False  # "ALLENTOWN Pa" of a dateline is no "AP"
    # A place's two-letter abbreviation abbreviates a place: "U.S." is not Universal Studios. Longer
    # ones match a name's initials by chance too rarely for the tagger's label to overrule them: it
    # calls "KKK", "JCU" and "F.B.I." places as often as bodies.
    placed = len(_letters(short.key)) < 3 and "place" in _kinds(short) - _kinds(long)
    return _initials_match(short.key, long.words) and not placed


def _headed_abbreviations(articles: list[Article]) -> set[tuple[str, str]]:
    """(abbreviation, word) for every capitalised abbreviation the text writes before a common
    noun: ("jfk", "airport") from "JFK airport"."""
    return {(m.group(1).lower(), m.group(2).lower()) for article in articles for sentence in article.sentences
            for m in re.finditer(r"\b([A-Z]{2,5}) ([a-z]{3,})\b", sentence.text)}


def _abbreviated_lead(a: Form, b: Form, headed: set[tuple[str, str]] = frozenset()) -> bool:
    """ "UN Human Rights Council" and "United Nations Human Rights Council": the leading words of
    a name written as their initials (in capitals), the words after them the same. "JFK" alone
    for "John F. Kennedy Airport" when the text also writes "JFK airport"."""
    short, long = (a, b) if len(a.words) < len(b.words) else (b, a)
    if re.fullmatch(r"(?:[A-Z]\.){2,5}", _lead(long)):
        short, long = long, short  # "U.S. Geological Survey" has as many words as "United States Geological Survey"
    lead = _lead(short)
    if len(short.words) == 1 and len(long.words) >= 3 and (short.key, long.words[-1]) in headed:
        return re.fullmatch(r"[A-Z]{2,5}", lead) is not None and \
            short.key == "".join(w[0] for w in long.words[:-1])
    if re.fullmatch(r"(?:[A-Z]\.){2,5}", lead) and not (short.personal or long.personal):
        # "U.S. Geological Survey": one initial a word of the key (a person's initials: _initialled)
        letters = lead.replace(".", "").lower()
        rest = short.words[len(letters):]
    elif re.fullmatch(r"[A-Z]{2,5}", lead):
        letters, rest = short.words[0], short.words[1:]
    else:
        return False
    n = len(long.words) - len(rest)
    if not rest or n < 2:
        return False
    return rest == long.words[n:] and letters == "".join(w[0] for w in long.words[:n])


def _lead(form: Form) -> str:
    """The first word of a form as most often written."""
    return form.surfaces.most_common(1)[0][0].split()[0]


def _initials_match(short_key: str, words: list[str]) -> bool:
    """MQM for Muttahida Qaumi Movement, DOB for Department of Buildings, BOLI for the Bureau of
    Labor and Industries ("of" kept, "and" not), CDC for the Centers for Disease Control and
    Prevention, and FWS for the US Fish and Wildlife Service (a
    national prefix left out)."""
    letters = _letters(short_key)
    # "CDC" for the Centers for Disease Control and Prevention: a name that grew an "and ..." keeps
    # its older initials.
    grown = words[:-2] if len(words) >= 5 and words[-2] == "and" else words
    # "NYK" for Nippon Yusen Kabushiki Kaisha: a company's legal form left out.
    bare = words[:-1] if len(words) >= 3 and words[-1] in LEGAL_SUFFIXES | FOREIGN_LEGAL_FORMS else words
    options = {"".join(w[0] for w in ws if w not in skipped) for ws in (words, _without_nation(words), grown, bare)
               for skipped in (CONNECTORS, CONNECTORS - {"of"}, CONNECTORS | PREPOSITIONS)}
    return len(letters) >= 2 and letters in options | {"".join(w[0] for w in words)}


def _without_nation(words: list[str]) -> list[str]:
    """A name's words after a national prefix ("US Fish and Wildlife Service"), which its
    abbreviation often leaves out (FWS)."""
    return words[2:] if words[:2] == ["u", "s"] else words[1:] if words[:1] in (["us"], ["uk"]) else words


GENERATIONS = {"ii", "iii", "iv"}  # the numeral after a name that tells a son or grandson from his namesake


def _short_form(short: Form, long: Form) -> bool:
    """``short`` is a surname, given name or head noun of the longer name ``long``."""
    ws, wl = short.words, long.words
    if len(ws) >= len(wl) or {"v", "vs"} & set(wl) or _other_gender(short, long):
        return False  # a party of "Kimble v. Marvel Entertainment" is no name of the case
    if wl[-1] in GENERATIONS and wl[:-1] == ws:
        # "Napoleon III" is the nephew of "the real Napoleon". (A given name, a surname and the numeral
        # lose the numeral in clean_mention: "Robert S. Mueller III" is Robert Mueller.)
        return False
    if not long.personal and not any(map(_coded, ws)) and any(_coded(w) for w in wl if w not in ws):
        return False  # without the longer name's number or code, the kind or the line: "ipRGCs" of "M1 ipRGCs"
    if wl[-len(ws):] == ws and ws[-1] in NATIONAL_BODIES and " ".join(wl[:-len(ws)]) in _states():
        return False  # "Iowa Republican Party", "Texas Senate": the state's body, not the nation's
    if _surname(short, long):
        return True
    if len(ws) == 1 and wl[-1] == ws[0] and re.fullmatch(r"[a-z]+\d+[a-z]?", ws[0]) and short.written[:1].isupper():
        # An identifier, "MH370" of "Flight MH370", "K5" of "Knightscope K5": one thing whatever
        # the tagger called each (a flight, a product, an organisation).
        return True
    # "Atlantic" of "Atlantic Ocean", "Sahara" of "Sahara Desert": a natural place without the word
    # for its kind, both places to the tagger; not a city or state named like a river ("Missouri",
    # "Flint"), which the tagger calls a GPE.
    if len(wl) == len(ws) + 1 and wl[:len(ws)] == ws and wl[-1] in PLACE_KINDS and short.label == "LOC" and \
            "place" in _kinds(long) and long.written.split()[-1][:1].isupper():
        return True
    if short.label == "NORP" and len(ws) == 1 and ws[0] == wl[0] and long.label == "ORG" and short.standing:
        return True  # "American" of "American Airlines" where it stands alone as a noun ("at American")
    if short.label in {"GPE", "NORP"}:
        # "Kellyanne", a place to the tagger, beside "Kellyanne Conway" in its article: a given name
        # that never stands where a place does ("in Charlotte") is the person's.
        return len(ws) == 1 and ws[0] == wl[0] and long.personal and not short.places and \
            ws[0] in given_names() and short.written[:1].isupper() and bool(set(short.articles) & set(long.articles))
    if short.label == "PERSON" and KIND.get(long.label) == "body" and not long.personal and len(ws) == 1 \
            and ws[0] not in given_names() and not set(wl) & (CONNECTORS | {"s"}):
        # "Thunder", a person to the tagger, of "Oklahoma City Thunder": the head of a body's name
        # (not "Mormon" of "Book of Mormon", whose head is "Book", nor "Jack" of "Friends of Jack";
        # nor "Nola", a rhino, of "Team Nola", her keepers: a common noun and a name is named after it)
        return wl[-1] == ws[0] and not wl[-1].isdigit() and bool(set(short.articles) & set(long.articles)) and \
            not long.common_opening
    if short.label == "PERSON" or long.label == "PERSON":
        if re.fullmatch(r"[A-Z.]+", short.surfaces.most_common(1)[0][0]):
            return False  # an abbreviation: "AP" is no name of "Matt Sayles/AP", "UN" none of Kim Jong Un
        if ws[-1] in {"jr", "sr"}:  # "Kunz Sr." of "DeOrr Kunz Sr."
            return wl[-len(ws):] == ws
        if len(ws) == 2 and len(wl) >= 3 and wl[-2:] == ws and short.label == "PERSON" and long.personal \
                and ws[0] not in given_names():
            # a surname of two words: "Wasserman Schultz" of "Debbie Wasserman Schultz" (not "Jessica
            # Parker", a given name and a surname, of "Sarah Jessica Parker")
            return True
        if len(ws) >= 3 and len(wl) > len(ws) and wl[-len(ws):] == ws and short.label == "PERSON" and \
                long.personal and set(ws[:-1]) & NAME_PARTICLES and ws[0] not in given_names():
            # a surname with its particles: "de la Renta" of "Oscar de la Renta", "Valencia del Toro" of
            # "Sergio Daniel Valencia del Toro" (distant reading 9121)
            return True
        if len(ws) != 1 or (not long.personal and long.label != short.label) or wl[-1].isdigit():
            return False  # "Furious" is not "Furious 8", the sequel
        if long.label == "PERSON" and not short.labels["PERSON"] and len(short.at) > 1 and \
                not long.given_named and not any(w in name_genders() for w in wl[:-1]):
            # A name only the tagger calls a person, with no given name, does not take in a word it
            # calls something else wherever it stands ("Netflix" of "Netflix Live", "Billboard" of
            # "Billboard Boxscore": distant readings 9077 to 9101); once, it may be the person's.
            return False
        if ws[0] == wl[0] and not short.labels["PERSON"] and not set(short.articles) <= set(long.articles):
            return False  # a given name is used where the full name was: "Google" is no name of "Google Maps"
        return ws[0] in (wl[0], wl[-1]) or _close(ws[0], wl[-1], single=True, person=True)  # "Sndyer" of "Rick Snyder"
    if len(ws) == 1 and len(ws[0]) == CLIPPED and len(wl) >= 2 and len(wl[0]) >= CLIPPED_FROM and \
            wl[0].startswith(ws[0]) and {short.label, long.label} <= {"ORG", "FAC"} and \
            short.written[:1].isupper() and not short.written.isupper():
        return True  # "the Met" of "the Metropolitan Police": its first word clipped, as news writes it
    # "Rangers" of "Pakistan Rangers", when an article that names the one also names the other: a
    # head noun alone elsewhere is another body ("the House" is not the White House).
    if wl[0] in DIRECTIONS:
        return False  # "Northern New England" is part of New England, not New England
    if ws == ["house"] and wl[-2:] == ["white", "house"]:
        return False  # "the House" of American news is Congress's lower chamber, never the White House
    # "Northwestern" of "Northwestern University", "Labour" of "Labour Party", "Anaheim Police" of
    # "Anaheim Police Department": a body's name without the word saying what kind of body it is
    # (blind reading 2552); "Navy" of "U.S. Navy": without the nation it belongs to. Such a name may
    # stand in another article than the full one: it names no other body there. Both capitalised:
    # "labor union" is a kind of body, no name.
    bare = any(words[:len(ws)] == ws and set(words[len(ws):]) <= DESIGNATORS for words in (wl, _without_nation(wl)))
    # (an airport or a building is a place to one sentence of the tagger and a body to the next)
    if bare and {short.label, long.label} <= {"ORG", "FAC"} and long.written[:1].isupper() and \
            short.written[:1].isupper():
        return True
    # A head of two words or more names the one body wherever it stands ("Select Committee" of
    # "House Select Committee"); a one-word head alone elsewhere is another body ("the House" is
    # not the White House).
    # Not two names run together, though: "ABC News" is not the "Washington Post-ABC News" poll.
    together = re.search(r"\w[/-]" + re.escape(short.written.split()[0]), long.written) is not None
    shared = (len(ws) > 1 and not together) or bool(set(short.articles) & set(long.articles))
    # A head that only ever opens the name of a committee or panel ("House oversight committee", "a
    # special House panel") is that chamber's, not the White House.
    qualifies = len(ws) == 1 and short.modifiers >= len(short.at)
    # Nor a name that a common noun opens, named after the one word ("Team Nola", the rhino's keepers).
    named_after = len(ws) == 1 and long.common_opening
    # One kind, whatever the tagger called each: "Bucks", a body, of "Milwaukee Bucks", an event to it.
    # Not past a word that joins names ("Book of Mormon", "the A-12 at Area 51", "Crane and Steep Hill").
    alike = long.label == short.label or (KIND.get(long.label) == KIND.get(short.label) == "body"
                                          and not set(wl[:-len(ws)]) & (CONNECTORS | PREPOSITIONS))
    # Nor a name that only ever modifies a noun ("the Nellis Air Force range operations area"): it names
    # that thing, whose name holds a body's ("Air Force officer", "an Air Force captain" are the U.S.
    # Air Force: distant readings 9061 to 9117).
    modifier = len(long.attributive) >= len(long.at)
    return wl[-len(ws):] == ws and alike and not _complement(ws, wl) and shared and not qualifies and \
        not named_after and not modifier


def _a_kind_of(short: str, long: str, forms: dict[str, Form]) -> bool:
    """Whether the longer name is the shorter one qualified by a party or a faith the cluster names on
    its own ("Republican Congress" of Congress, "Protestant Christianity" of Christianity: distant
    readings 9081, 9099, 9109): a part or a kind of it, not its full name. A nation's adjective is
    often part of the full name ("the Russian Foreign Ministry", "American Jobs Act")."""
    ws, wl = forms[short].words, forms[long].words
    before = " ".join(wl[:-len(ws)]) if wl[-len(ws):] == ws else ""
    return before in PARTIES_AND_FAITHS and before in forms and forms[before].label == "NORP"


def _complement(ws: list[str], wl: list[str]) -> bool:
    """Whether the short name ``ws``, the end of ``wl``, is what the longer name's head is "of", "in"
    or joined to ("Bible" of "the Book of Matthew in the Inspired Version of the Bible", whose head
    is "Book": distant reading 9117; "Islamic Maghreb" of "Al Qaeda in the Islamic Maghreb"): another
    thing. Not when the head only says what kind of body it is ("Homeland Security" of "Department
    of Homeland Security", "Red Cross" of "International Committee of the Red Cross")."""
    before = wl[:-len(ws)]
    at = next((i for i, w in enumerate(before) if w in (CONNECTORS | PREPOSITIONS) - {"the"}), None)
    return at is not None and (at == 0 or before[at - 1] not in BODY_HEADS)


def _coded(word: str) -> bool:
    """A word of a name that is a number or a code: "M1", "737", "28"."""
    return any(c.isdigit() for c in word)


def _given_named(form: Form, lower: set[str]) -> bool:
    """A person's name, whatever the tagger called it: an English given name and one more word as
    written, neither of which the cluster writes in lower case, never written after "the" nor
    where a place stands. The small tagger calls "Bradley Cooper" a building, "Herman Cain" a
    place and "Beatrice Megevand-Roggo" an organisation; "Green Bay" and "West Coast" have a word
    the cluster writes in lower case, "Virginia Tech" begins with a state, "the Jackson Hole" has
    an article."""
    written = form.written.split()
    if len(written) != 2 or form.places or _shouted(form.written) or not written[-1][:1].isupper():
        return False
    first = key_of(written[0])
    # "West Texas": a given name ("West") that is also a direction opens a region's name.
    return first in given_names() and first not in _state_names() | DIRECTIONS and not set(form.words) & lower and \
        not any(surface.lower().startswith("the ") for surface in form.surfaces)


@cache
def _states() -> frozenset[str]:
    """US states' names as keys ("iowa", "new york")."""
    return frozenset(key_of(state.name) for state in us.states.STATES_AND_TERRITORIES)


@cache
def _state_names() -> frozenset[str]:
    """US states named in one word, some of them given names too ("Virginia Tech", "Washington Post")."""
    return frozenset(name for name in _states() if " " not in name)


def _surname(short: Form, long: Form) -> bool:
    """A bare surname joins the person it names whatever label the tagger gave it ("Yusupov"
    GPE, "Hesse" GPE, "Trump" ORG), unless it mostly stands where a place does ("in Washington"),
    or it is an abbreviation ("UN" is not Kim Jong Un). A hyphenated surname is one word as
    written ("Ben-Zvi" of "Yitzhak Ben-Zvi"); one of two words opens on a particle ("Le Bras")."""
    surface = short.written
    n = len(short.words)
    # "Le Bras" of "Hervé Le Bras", "de Blasio" of "Bill de Blasio": a surname opening on a particle
    particled = n == 2 and short.words[0] in NAME_PARTICLES
    if not long.personal or (" " in surface.strip() and not particled) or n >= len(long.words) or \
            long.words[-n:] != short.words:
        return False
    if long.words[0] in DIRECTIONS:
        return False  # "West Texas", a person to the tagger, is a region: "Texas" is no surname of it
    written = long.written.split()
    if surface.isupper() or not all(w[:1].isupper() for w in written):
        return False
    return short.places * 2 < sum(short.labels.values())


def _other_gender(short: Form, long: Form) -> bool:
    """Whether the courtesy titles before the short name say another gender than the longer name's
    given name, and no title says its own, in a third of its mentions or more: "Mr. Trump's budget"
    is not Ivanka Trump's, though she is the one Trump the cluster names in full; a widow's "Mrs.
    Scalia" twice in ten mentions leaves "Scalia" the justice's."""
    gender = name_gender(long.written)
    other = sum(n for g, n in short.honorifics.items() if g != gender)
    return bool(gender) and not short.honorifics[gender] and other * 3 >= sum(short.labels.values())


def _heading_places(articles: list[Article]) -> set[tuple[int, int]]:
    """(article's position, sentence index) of each heading but an embedded post's signature
    ("— Danny Brown (@xdannyxbrownx) June 20, 2017"), which names the author of the words above it."""
    return {(a_pos, s.index) for a_pos, article in enumerate(articles) for s in article.sentences
            if s.heading and not SIGNATURE.search(s.text)}


def _entity(members: list[Form], aside: set[tuple[int, int]]) -> Entity:
    # The type: the majority over the full names when there are any (a bare surname is often
    # mislabelled), else over every mention.
    labels: Counter = Counter()
    named = [m for m in members if len(m.words) > 1] or members
    for m in named:
        labels.update(m.labels)
    # The fullest name is the canonical one; ties go to the more mentioned, then the first seen.
    kind = labels.most_common(1)[0][0]
    named_alone = {m.key for m in members}
    if any({key_of(w) for w in n.written.split()} & named_alone for n in members if n.given_named):
        kind = "PERSON"  # "Bradley Cooper", a building to the tagger, and "Cooper" or "Bradley"
    seen = sum(sum(m.labels.values()) for m in members)
    if kind == "PERSON" and all(len(m.words) == 1 for m in members) and 2 * sum(m.outlets for m in members) >= seen:
        kind = "ORG"  # "on Twitter", "Dawn reported": a medium the tagger took for a person
    if kind == "PERSON" and 2 * sum(m.articled for m in members) > seen:
        # "an Amber Alert", "the Amber Alert": news writes no article before a person's name
        kind = next((label for label, n in labels.most_common() if label != "PERSON" and n > 1), "ORG")
    # A station goes by its call sign ("WPXI"), fuller than the name it has on air ("Channel 11");
    # no person named by a form with a word in capitals before it ("RIP Prodigy", Albert Johnson).
    best = max(members, key=lambda m: (not ON_AIR.match(m.surfaces.most_common(1)[0][0]),
                                       not (kind == "PERSON" and shouted_before(m.written)), len(m.words),
                                       sum(m.surfaces.values()), -m.first[0], -m.first[1]))
    variants: list[str] = []
    for m in sorted(members, key=lambda m: m.first):
        for surface in m.surfaces:
            if surface not in variants:
                variants.append(surface)
    articles = sorted({a for m in members for a in m.articles}, key=lambda a: int(a[1:]))
    # A form found without a place (an abbreviation a definition gave) counts as named in the text.
    headings_only = all(m.at and all(at in aside for at in m.at) for m in members)
    return Entity(name=best.written, type=kind, variants=variants,
                  articles=articles, mentions=sum(sum(m.surfaces.values()) for m in members),
                  headings_only=headings_only)


def _is_name(text: str) -> bool:
    words = [w for w in clean_mention(text).split() if w.lower() not in CONNECTORS]
    return all(not w[:1].isalpha() or w[:1].isupper() for w in words)


def people_by_surname(entities: list[Entity]) -> dict[str, str]:
    """Surname as written → full name, for each surname the cluster gives one person of two or
    more names ("Najjar" → "Raymond Najjar", "Fey" → "Tina Fey")."""
    bearers: dict[str, set[str]] = defaultdict(set)
    given: set[str] = set()
    for e in entities:
        # Not "Lady Thor": a title and a name is no fuller name of "Thor" ("This is not Lady Thor").
        if e.type == "PERSON" and len(clean_mention(e.name).split()) >= 2 and _is_name(e.name):
            bearers[re.sub(r"['’]s$", "", e.name.split()[-1])].add(e.name)
            given.add(e.name.split()[0])
    # Not a word that is another person's given name too: "her brother, Burke" is Burke Ramsey, not
    # Stan Burke.
    return {surname: names.pop() for surname, names in bearers.items() if len(names) == 1 and surname not in given}


def listed(entities: list[Entity], speakers: set[str], articles: list[Article]) -> list[Entity]:
    """The entities a reader is shown: those the reports name outside headings, and every speaker of
    a quotation (``speakers``). A name met only in headings — photo credits ("Aaron J. Jenne /
    U.S. Air Force via Reuters"), datelines ("DENVER (Reuters) -"), a table's rows, headlines of
    other stories — is no participant in the story; the merge keeps it to resolve speakers and
    attributions. Nor is a word the tagger cut out of a longer name the list holds, which the
    reports (``articles``) never write on its own (:func:`_fragment`)."""
    shown = [e for e in entities if not e.headings_only or e.name in speakers]
    texts = [s.text for a in articles for s in a.sentences]
    longer = [v for e in shown for v in e.variants if len(v.split()) > 1]
    return [e for e in shown if e.name in speakers or not _fragment(e, longer, texts)]


def _fragment(entity: Entity, longer: list[str], texts: list[str]) -> bool:
    """Whether a one-word entity is only ever written inside a longer name of the list: "Analytica"
    and "Cambridge", which the tagger cut out of "Cambridge Analytica", or "Sea" of "Manchester by
    the Sea". A word the text also writes alone ("Korea" beside "North Korea") is a name of its own."""
    if len(entity.variants) != 1 or len(entity.variants[0].split()) != 1:
        return False
    # A possessive is the name still ("Cambridge Analytica’s self-promotion").
    word = re.compile(rf"(?<![\w'’-]){re.escape(entity.variants[0])}(?![\w-])")
    names = [re.compile(rf"(?<![\w'’-]){re.escape(v)}(?![\w-])") for v in longer if word.search(v)]
    if not names:
        return False
    seen = False
    for text in texts:
        inside = [m.span() for name in names for m in name.finditer(text)]
        for m in word.finditer(text):
            seen = True
            if not any(a <= m.start() and m.end() <= b for a, b in inside):
                return False
    return seen


def canonical_lookup(entities: list[Entity]) -> dict[str, str]:
    """Normalised variant → canonical name, for resolving speakers and attributions."""
    table: dict[str, str] = {}
    holders: dict[str, set[str]] = defaultdict(set)
    for e in entities:
        for v in e.variants:
            if _is_name(v):  # not a description ("the Pentagon press secretary"), which others share
                key = key_of(clean_mention(v))
                holders[key].add(e.name)
                # "Clinton", a variant of Hillary and of Bill Clinton, names neither: it stays as written
                shared = len(holders[key]) > 1 and " " not in key
                table[key] = clean_mention(v) if shared else table.get(key, e.name)
    # A bare surname the tagger did not mark as a person ("Macomber, 65, was found") still
    # names the one person of the cluster who bears it.
    surnames: dict[str, set[str]] = defaultdict(set)
    for e in entities:
        if e.type == "PERSON":
            for v in e.variants:
                words = key_of(clean_mention(v)).split()
                if len(words) >= 2:
                    surnames[words[-1]].add(e.name)
    for surname, names in surnames.items():
        if len(names) == 1:
            table.setdefault(surname, next(iter(names)))
    return table
