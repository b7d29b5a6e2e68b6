"""The pipeline: ingest's articles in, a :class:`~storylens.model.Digest` out.

ingest → clean → triage → annotate → represent → select (summary) → analyse (facts, disputes,
entities, quotes). Each stage is a pure function; this module only wires them together. Articles
that triage excludes stay in ``articles`` with the reason, and take no part after it.
"""

from __future__ import annotations

import re

from storylens.annotate import annotate
from storylens.clean import clean_all
from storylens.entities import merge, people_by_surname
from storylens.features import candidates
from storylens.limits import within_limits
from storylens.model import Digest, RawArticle
from storylens.quotes import find_quotes, speakers_by_sentence
from storylens.represent import sentence_vectors
from storylens.select import DEFAULT_WORDS, headline, summarize
from storylens.triage import reports, set_aside, triage

ENGLISH_HINTS = re.compile(r"\b(?:the|and|of|to|in|is|was|that|for|said)\b", re.I)
MIN_WORDS_FOR_LANGUAGE = 12


def digest(raw: list[RawArticle], words: int = DEFAULT_WORDS, cluster_id: str | None = None,
           analyse: bool = True, min_confidence: float | None = None) -> Digest:
    """Digest one cluster of articles about the same event.

    ``min_confidence`` (0-1) reports the disputes scored at least this; by default each kind has
    the threshold chosen for precision (:data:`storylens.disputes.REPORT`).
    """
    warnings: list[str] = []
    raw = within_limits(raw, warnings)  # the same caps for the CLI, batch and the web app
    warnings += _input_warnings(raw)
    cleaned = clean_all(raw)
    judged = triage(raw, cleaned)
    cleaned = [set_aside(c) if (why or "").startswith("not an article") else c
               for c, why in zip(cleaned, judged.excluded)]
    articles = annotate(cleaned, warnings)
    for article, why in zip(articles, judged.excluded):
        article.excluded = why
    warnings += [f"article {i + 1} left out: {why}" for i, why in enumerate(judged.excluded) if why]
    warnings += judged.warnings
    vectors = sentence_vectors(articles)
    kept, kept_vectors = reports(articles, vectors, judged.story)
    # Entities of every report, merged once: the summary names people in full by them ("Najjar"
    # said: the Raymond Najjar the cluster names), the analysis lists them and resolves speakers.
    every_report = reports(articles, vectors)[0]
    entities = merge(every_report)
    # Quotations and their speakers, found once: the summary attributes a quotation it shows to the
    # speaker the quotes list gives it, so the two never tell the reader different things.
    quotes = find_quotes(every_report, entities)
    doubts = {a.id: d for a, d in zip(articles, judged.doubt or [])}
    people = people_by_surname(entities)
    summary = summarize(kept, kept_vectors, candidates(kept, kept_vectors), words, people,
                        speakers_by_sentence(quotes, every_report), doubts)
    if not summary:
        warnings.append("no sentence of the articles reads as a report: the summary is empty")
    result = Digest(articles=articles, summary=summary, warnings=warnings, id=cluster_id,
                    title=headline(kept, kept_vectors, summary, people))
    if analyse:
        from storylens.analyse import analyse as run_analysis

        run_analysis(result, vectors, judged.story, min_confidence, entities, quotes)
    return result


def _input_warnings(raw: list[RawArticle]) -> list[str]:
    warnings = []
    if len(raw) == 1:
        warnings.append("only one article: nothing to compare it with, so no facts or disputes across sources")
    sample = " ".join(r.text[:5000] for r in raw)
    words = len(sample.split())
    # A few words ("Hello.") are too few to tell a language by its common words.
    if words >= MIN_WORDS_FOR_LANGUAGE and len(ENGLISH_HINTS.findall(sample)) / words < 0.05:
        warnings.append("the text does not look like English; storylens's models are English-only, "
                        "so the digest may be poor")
    return warnings
