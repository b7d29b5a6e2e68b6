"""Date claims: the weekday, year or relative time ("last month") an event is placed at,
resolved against the article's publication date when it is known."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from storylens.claims.base import (
    LIGHT_VERBS,
    SPEECH,
    WEEKDAYS,
    Mention,
    arguments,
    participants,
    setting,
    state_of,
)
from storylens.model import Sentence

RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1}
SCHEDULED = {"schedule", "set", "expect", "plan", "due", "postpone", "delay", "reschedule"}
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
CALENDAR = re.compile(r"(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.? "
                      r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,? (?P<year>(?:19|20)\d\d))?")
# A time of day after a calendar date in one entity: "April 19 around 8:15 pm", "May 2 at 10 a.m."
CLOCK_TAIL = re.compile(r",?\s+(?:at|around|about|near|shortly after|just after|before)?\s*"
                        r"\d{1,2}(?::\d\d)?\s*(?:[ap]\.?\s?m\.?|o'clock)")
RELATIVE_TIME = re.compile(
    r"(?:(?:late |early )?last|earlier this|this past) (?:week|weekend|month|year|spring|summer|fall|autumn|winter)"
    r"|(?:several|a few|few) (?:days|weeks|months|years) ago")
AGO = re.compile(r"(?:(?P<q>about|around|roughly|some|nearly|almost|more than|at least|up to|over)\s+)?"
                 r"(?:between\s+(?P<low>[\d,.]+)\s+and\s+)?(?P<n>[\d,.]+|an?|one|two|three|four|five|six|seven|eight|"
                 r"nine|ten|eleven|twelve)\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.I)
AGO_DAYS = {"day": 1, "week": 7, "month": 30.4, "year": 365.25}
SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


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
            if (anchor.pos_ == "ADP" or anchor.ent_type_ in {"DATE", "TIME"}) and anchor.head != anchor:
                anchor = anchor.head
        lemma = anchor.lemma_.lower()
        if anchor.pos_ == "AUX" and lemma == "be":
            lemma = state_of(anchor)  # "Last Thursday, one of the robots was on patrol": patrol
            if not lemma:
                continue
        elif anchor.pos_ not in {"VERB", "NOUN"} or lemma in SPEECH or lemma in LIGHT_VERBS:
            continue
        when = _resolve_day(day, published)
        weekday = when.weekday() if when else WEEKDAYS.index(day)
        shown = WEEKDAYS[weekday].capitalize() + (f" ({when.isoformat()})" if when else "")
        found.append(Mention("date", sentence.article, sentence.index, shown, weekday,
                             when.toordinal() if when else -1, measure="weekday", event=lemma, frame=lemma,
                             words=frozenset(participants(anchor)), where=setting(anchor, [tok]), anchor=tok.i))
    return found


def calendar_dates(sentence: Sentence) -> list[Mention]:
    """Month and day that place an event: "was arrested on March 3" (``lo`` = month × 100 + day;
    ``hi`` the year when given, else -1). "In February" alone is too coarse to dispute."""
    found = []
    for ent in sentence.doc.ents:
        text = ent.text.lower().strip()
        match = CALENDAR.match(text) if ent.label_ == "DATE" else None
        if not match or match.end() < len(text) and not CLOCK_TAIL.fullmatch(text[match.end():]):
            continue  # "April 19 around 8:15 pm" is April 19; "April 19-21" is no one day
        anchor = ent.root.head
        for _ in range(2):  # up through "on" to what happened then
            if anchor.pos_ == "ADP" and anchor.head != anchor:
                anchor = anchor.head
        lemma = anchor.lemma_.lower()
        if anchor.pos_ != "VERB" or lemma in SPEECH | LIGHT_VERBS | SCHEDULED:
            continue  # a date something is scheduled for moves; it is not a dispute
        month = MONTHS.index(match.group("month")[:3]) + 1
        day = int(match.group("day"))
        year = int(match.group("year")) if match.group("year") else -1
        found.append(Mention("date", sentence.article, sentence.index, ent.text, month * 100 + day, year,
                             measure="calendar", event=lemma, frame=lemma,
                             words=frozenset(participants(anchor)), where=setting(anchor, list(ent)),
                             anchor=ent.start))
    return found


def relative_times(sentence: Sentence) -> list[Mention]:
    """When an event happened, said relative to the report: "found last month" against "after
    finding the five cans of coins last spring". ``words`` are the event's participants."""
    found = []
    for ent in sentence.doc.ents:
        if ent.label_ != "DATE" or not RELATIVE_TIME.fullmatch(ent.text.lower()):
            continue
        verb = ent.root.head
        while verb.pos_ == "ADP" and verb.head != verb:
            verb = verb.head
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma in SPEECH or lemma in LIGHT_VERBS:
            continue
        found.append(Mention("date", sentence.article, sentence.index, ent.text, measure="relative", event=lemma,
                             frame=lemma, words=frozenset(arguments(verb)), anchor=ent.start))
    return found


def times_ago(sentence: Sentence) -> list[Mention]:
    """How long before the report an event happened: "left Africa around 100,000 years ago"
    against "around 50,000 years ago". ``lo``/``hi`` are days, qualifiers widen them."""
    found = []
    doc = sentence.doc
    for match in AGO.finditer(sentence.text):
        n, low, q = match.group("n").lower().replace(",", ""), match.group("low"), (match.group("q") or "").lower()
        try:
            value = float(SMALL.get(n, n))
            lo = float(low.replace(",", "")) if low else value
        except ValueError:
            continue
        days = AGO_DAYS[match.group("unit").lower()]
        lo, hi = lo * days, value * days
        if q in {"about", "around", "roughly", "some", "nearly", "almost"}:
            lo, hi = lo * 0.85, hi * 1.15
        elif q in {"more than", "at least", "over"}:
            hi = float("inf")
        elif q == "up to":
            lo = 0.0
        token = next((t for t in doc if t.idx - doc[0].idx >= match.start()), None)
        if token is None:
            continue
        verb = next((h for h in token.ancestors if h.pos_ == "VERB"), None)
        lemma = verb.lemma_.lower() if verb is not None else ""
        if not lemma or lemma in SPEECH or lemma in LIGHT_VERBS:
            continue
        found.append(Mention("date", sentence.article, sentence.index, match.group(0), lo, hi, measure="ago",
                             event=lemma, frame=lemma, words=frozenset(arguments(verb)), anchor=token.i))
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
                             event=lemma, frame=lemma, words=frozenset(participants(verb)), anchor=tok.i))
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
