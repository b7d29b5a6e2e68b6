"""Claims: what each sentence asserts that another sentence could contradict.

Every extractor reads spaCy's parse with general rules and returns ``Mention`` records:
- ``quantities``: counts, ages, sums, units, ordinal positions, times of day;
- ``dates``: weekdays, years and relative times ("last spring") that place an event;
- ``statements``: denials and negations, denials of existence ("denied there was an affair"),
  negating-prefix adjectives, slots ("turned himself in to ..."), venues, ranks, descriptors.

``storylens.disputes`` aligns the mentions of different sentences and keeps those that conflict.
"""

from __future__ import annotations

import re

from storylens.claims.base import GENERIC_PEOPLE, PEOPLE, ROLE_OF, Mention
from storylens.claims.dates import calendar_dates, published_date, relative_times, times_ago, weekdays, years
from storylens.claims.quantities import clock_times, numbers, ordinals
from storylens.claims.statements import (
    WIDE_SCOPES,
    asserts,
    descriptors,
    is_negated,
    propositions,
    ranks,
    sentence_words,
    slots,
    venues,
)
from storylens.model import Article

__all__ = ["GENERIC_PEOPLE", "PEOPLE", "ROLE_OF", "WIDE_SCOPES", "Mention", "asserts", "extract", "is_negated",
           "published_date", "sentence_words"]

UPDATE_CUES = re.compile(r"\b(?:rose|risen|rising|climbed|increased|jumped|grew|now stands|has reached|updated?)\b",
                         re.I)


def extract(articles: list[Article]) -> list[Mention]:
    """Every quantity, date and proposition mention of every sentence."""
    out: list[Mention] = []
    for article in articles:
        published = published_date(article.published)
        for sentence in article.sentences:
            if sentence.doc is None or sentence.heading and sentence.index > 0:
                continue
            update = bool(UPDATE_CUES.search(sentence.text))
            found = (*numbers(sentence), *ordinals(sentence), *clock_times(sentence),  # quantities
                     *weekdays(sentence, published), *calendar_dates(sentence), *years(sentence),  # dates
                     *relative_times(sentence), *times_ago(sentence),
                     *slots(sentence), *venues(sentence), *ranks(sentence), *descriptors(sentence, PEOPLE),
                     *propositions(sentence))
            for mention in found:
                mention.update = update
                out.append(mention)
    return out
