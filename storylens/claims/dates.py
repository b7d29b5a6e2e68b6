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
)
from storylens.model import Sentence

RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1}
SCHEDULED = {"schedule", "set", "expect", "plan", "due", "postpone", "delay", "reschedule"}
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
CALENDAR = re.compile(r"(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.? "
                      r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,? (?P<year>(?:19|20)\d\d))?")
RELATIVE_TIME = re.compile(
    r"(?:(?:late |early )?last|earlier this|this past) (?:week|weekend|month|year|spring|summer|fall|autumn|winter)"
    r"|(?:a|one|two|three|four|five|six|several|a few|few|\d+) (?:days|weeks|months|years) ago")


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
                             words=frozenset(participants(anchor)), where=setting(anchor, [tok])))
    return found


def calendar_dates(sentence: Sentence) -> list[Mention]:
    """Month and day that place an event: "was arrested on March 3" (``lo`` = month × 100 + day;
    ``hi`` the year when given, else -1). "In February" alone is too coarse to dispute."""
    found = []
    for ent in sentence.doc.ents:
        match = CALENDAR.fullmatch(ent.text.lower().strip()) if ent.label_ == "DATE" else None
        if not match:
            continue
        anchor = ent.root.head
        for _ in range(2):  # up through "on" to what happened then
            if anchor.pos_ == "ADP" and anchor.head is not anchor:
                anchor = anchor.head
        lemma = anchor.lemma_.lower()
        if anchor.pos_ != "VERB" or lemma in SPEECH | LIGHT_VERBS | SCHEDULED:
            continue  # a date something is scheduled for moves; it is not a dispute
        month = MONTHS.index(match.group("month")[:3]) + 1
        day = int(match.group("day"))
        year = int(match.group("year")) if match.group("year") else -1
        found.append(Mention("date", sentence.article, sentence.index, ent.text, month * 100 + day, year,
                             measure="calendar", event=lemma, frame=lemma,
                             words=frozenset(participants(anchor)), where=setting(anchor, list(ent))))
    return found


def relative_times(sentence: Sentence) -> list[Mention]:
    """When an event happened, said relative to the report: "found last month" against "after
    finding the five cans of coins last spring". ``words`` are the event's participants."""
    found = []
    for ent in sentence.doc.ents:
        if ent.label_ != "DATE" or not RELATIVE_TIME.fullmatch(ent.text.lower()):
            continue
        verb = ent.root.head
        while verb.pos_ == "ADP" and verb.head is not verb:
            verb = verb.head
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma in SPEECH or lemma in LIGHT_VERBS:
            continue
        found.append(Mention("date", sentence.article, sentence.index, ent.text, measure="relative", event=lemma,
                             frame=lemma, words=frozenset(arguments(verb))))
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
