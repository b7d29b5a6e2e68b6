"""Analyse: corroborated facts, disputes, entities and quotes, added to a digest.

Entities come first: speakers and attributions are resolved to their canonical names. Facts come
after the quotes: a statement quoted with "he said" is told with the speaker the quotes list found.
"""

from __future__ import annotations

import itertools

import numpy as np

from storylens import agree
from storylens.align import Scene
from storylens.claims import extract
from storylens.claims.quantities import figures
from storylens.disputes import REPORT, weigh_disputes
from storylens.entities import canonical_lookup, listed, merge
from storylens.features import content_words
from storylens.model import Article, Cite, Cited, Digest, Entity, Quote, Sentence
from storylens.quotes import find_quotes, shown, speakers_by_sentence
from storylens.references import read
from storylens.select import balance_quotes, named, spoken, tidy
from storylens.triage import reports

MAX_FACTS = 12


def analyse(result: Digest, vectors: np.ndarray, story: list[int] | None = None,
            min_confidence: float | None = None, entities: list[Entity] | None = None,
            quotes: list[Quote] | None = None) -> Digest:
    """Fill ``facts``, ``disputes``, ``entities`` and ``quotes`` of a digest in place. Excluded
    articles take no part; facts come from the reports on the main ``story`` when triage found
    several. ``entities`` and ``quotes``: the reports' merged entities and their quotations, when
    the caller has found them already."""
    main, main_vectors = reports(result.articles, vectors, story)
    articles, vectors = reports(result.articles, vectors)
    result.entities = merge(articles) if entities is None else entities  # merged already by the pipeline
    canonical = canonical_lookup(result.entities)
    result.quotes = find_quotes(articles, result.entities) if quotes is None else quotes
    if len(main) > 1:
        result.facts = facts(main, main_vectors, speakers_by_sentence(result.quotes, articles))
    # Disputes only between reports on the main story: another story's numbers are no dispute.
    report = None if min_confidence is None else {kind: min_confidence for kind in REPORT}
    result.disputes, result.held_back = weigh_disputes(extract(main), Scene(main, main_vectors, canonical), report)
    sides = {(c.article, c.sentence) for d in result.disputes for c in d.claims}
    result.facts = [f for f in result.facts if not _disputed(f, sides)]
    speakers = {q.speaker for q in result.quotes if q.speaker}
    result.entities = listed(result.entities, speakers, articles)
    if len(main) < len(articles):
        # Reports on another story, which the digest warns of, lend the list none of their names.
        on_story = {a.id for a in main}
        result.entities = [e for e in result.entities if e.name in speakers or on_story & set(e.articles)]
    result.quotes = shown(result.quotes)
    return result


def _disputed(fact: Cited, sides: set[tuple[str, int]]) -> bool:
    """Whether a sentence behind ``fact`` is one of the disputes' ``sides`` (article, sentence):
    sources that disagree on it do not agree on the statement as a whole."""
    return any((c.article, c.sentence) in sides for c in fact.cites)


def facts(articles: list[Article], vectors: np.ndarray,
          speakers: dict[tuple[str, int], str | None] | None = None) -> list[Cited]:
    """Statements that two or more articles make, each with the sentences of every article that
    makes it, as the agreement model (:mod:`storylens.agree`) judges it. The statement is told in
    the words of one of its sentences that reads on its own (no pronoun or "this" to
    resolve, no quotation without its speaker) or once its speaker is named as the summary names
    one ('"...," McCain said' for '"...," he said', from ``speakers``: (article, sentence) → the
    quotes list's speaker), cleaned as a summary sentence is (no dateline, no opening "But");
    most-told statements first."""
    sentences = [s for a in articles for s in a.sentences]
    if len(sentences) < 2:
        return []
    by_id = {a.id: a for a in articles}
    source_of = dict(zip((a.id for a in articles), agree.sources(articles)))
    art = np.array([source_of[s.article] for s in sentences])
    sim = vectors @ vectors.T
    sim[art[:, None] == art[None, :]] = 0  # only agreement across sources counts (an article is one, copies are one)
    bags = [set(content_words(s)) for s in sentences]
    numbers = [figures(s) for s in sentences]
    usable = [agree.usable(s, bags[i]) for i, s in enumerate(sentences)]
    found: list[tuple[int, float, Cited]] = []
    used: set[int] = set()
    for i in np.argsort(-(sim >= agree.SIMILARITY_FLOOR).sum(axis=1)):
        if i in used or not usable[i]:
            continue
        group = [i, *_partners(i, sentences, sim, bags, art, usable, used, numbers)]
        if len(group) < 2:
            continue
        # The first sentence of the group that tells it as it stands, else the first that does once
        # its speaker is named.
        for naming, teller in itertools.product((False, True), group):
            # The partners were found for sentence i: told in another's words, the fact cites only
            # those that make that sentence's statement too.
            # A sentence without the teller's figures backs no figure ("a helicopter, plane and boat"
            # is no backing for "Two Coast Guard boats, a helicopter ...").
            backers = [m for m in group if m != teller and (teller == i or m == i or _same(teller, m, sentences,
                                                                                              sim, bags, numbers))
                       and (numbers[m] or not numbers[teller])]
            if not backers:
                continue
            cites = [Cite(sentences[k].article, sentences[k].index) for k in [teller, *backers]]
            text = _told(sentences[teller], by_id, (speakers or {}) if naming else None, cites)
            if text is not None:
                used.update(group)
                found.append((1 + len(backers), -sentences[teller].index, Cited(text=text, cites=cites)))
                break
    found.sort(key=lambda x: (-x[0], -x[1]))
    return [c for _, _, c in found[:MAX_FACTS]]


def _same(a: int, b: int, sentences: list[Sentence], sim: np.ndarray, bags: list[set[str]],
          numbers: list[set[str]]) -> bool:
    """Whether sentences ``a`` and ``b`` make one statement (:func:`storylens.agree.same_statement`)."""
    p = agree.same_statement(sentences[a], sentences[b], float(sim[a, b]), bags[a], bags[b], numbers[a], numbers[b])
    return p >= agree.threshold()


def _partners(i: int, sentences: list[Sentence], sim: np.ndarray, bags: list[set[str]], art: np.ndarray,
              usable: list[bool], used: set[int], numbers: list[set[str]]) -> list[int]:
    """The sentence of each other article likeliest to make the same statement as sentence ``i``
    (:func:`storylens.agree.likeliest`)."""
    near = [j for j in np.nonzero(sim[i] >= agree.SIMILARITY_FLOOR)[0] if j not in used and usable[j]]
    partners = []
    for article in sorted({art[j] for j in near}):
        mine = agree.nearest(sim[i], (j for j in near if art[j] == article))
        others = ((int(j), sentences[j], float(sim[i, j]), bags[j], numbers[j]) for j in mine)
        if (j := agree.likeliest(sentences[i], bags[i], numbers[i], others)) is not None:
            partners.append(j)
    return partners


def _told(sentence: Sentence, by_id: dict[str, Article], speakers: dict[tuple[str, int], str | None] | None,
          cites: list[Cite]) -> str | None:
    """The sentence as a fact tells it, or None when it cannot: it reads on its own, or (given
    ``speakers``) does once its pronoun speaker is named, ``cites`` then gaining the sentence the
    name comes from when the fact's own do not name them; and it is not the end or the start of a
    quotation that runs over several sentences (one quotation mark only)."""
    if balance_quotes(sentence.text) != sentence.text:
        return None
    reading = read(sentence, by_id[sentence.article])
    text = tidy(sentence.text)
    if not reading.usable:
        return None
    if not reading.leans_back:
        return text
    if speakers is not None and reading.pronoun_speaker and not reading.context:
        return named(text, spoken(reading, sentence, speakers), [], cites, by_id)
    return None
