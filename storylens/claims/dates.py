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
