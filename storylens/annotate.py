"""Annotate: split cleaned paragraphs into sentences and find entities, with spaCy.

spaCy runs per paragraph (its sentence splitter does better on short texts) and in one
``nlp.pipe`` batch over the whole cluster. Sentence indices fixed here are the ones every
later stage cites.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any
from urllib.parse import urlparse

from spacy.tokens import Span as TokenSpan

from storylens.clean import QUOTE_MARK, TERMINAL, split_rough
from storylens.limits import MAX_ARTICLE_SENTENCES
from storylens.model import Article, CleanArticle, Sentence, Span
from storylens.models import nlp
from storylens.references import FINITE, NAME_TITLES, SPEECH_VERBS

QUOTE_MARKS = {'"', "“", "”", "''", "``"}  # the tokens spaCy makes of a double quotation mark
# Verbs that attribute the quotation before them ('"..." | Sen. Lindsey Graham charged on Sunday.').
TAG_VERBS = SPEECH_VERBS | {"charge"}
# A title's abbreviation, which stands before a name and never ends a sentence (not "St.", which
# ends an address as often as it opens a saint's name).
TITLE_END = re.compile(rf"\b(?:{NAME_TITLES})\.$")
INITIALS_END = re.compile(r"\b(\w+) (?:[A-Z]\.){1,3}$")  # "..., said D.C." before "(Duck-chul) Lee, ..."
SAID_FORMS = {"said", "says", "told", "added", "wrote", "explained"}  # before the initials a speaker's name opens on
PAGE_END = re.compile(r"\b(?:pg|pp|p|vol|fig|Vol|Fig)\.$")  # a page, volume or figure's abbreviation
ELLIPSIS_END = re.compile(r"(?:\.\s?\.\s?\.|…)$")
LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")  # a word written in lower case, whole

MAX_PARAGRAPH_CHARS = 5_000
BATCH, BATCH_CHARS = 64, 60_000  # texts and characters spaCy parses at once
# The labels the tagger gives a surname alone; not an organisation's, as an "Amber Alert" is one.
GIVEN_NAMED = {"PERSON", "GPE", "NORP", "LOC"}
# Words naming a kind of institution: a span the tagger runs over "and" with one on each side is two
# bodies ("James Cook University and University of Malaya").
INSTITUTION_WORDS = {"university", "college", "institute", "hospital", "school", "academy", "museum", "foundation",
                     "association", "society", "agency", "ministry", "company", "corporation", "inc", "corp", "ltd"}
# What a body's name ends on when it joins two subjects with "and": "Energy and Commerce Committee".
JOINED_BODIES = {"committee", "committees", "subcommittee", "commission", "caucus", "council", "board", "panel"}
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}


def annotate(cleaned: list[CleanArticle], warnings: list[str] | None = None) -> list[Article]:
    """Segment and annotate every article of a cluster; ids are ``a1``, ``a2``, … in input order.

    Each article keeps at most :data:`~storylens.limits.MAX_ARTICLE_SENTENCES` sentences (the
    ``limits`` module has already cut its characters).
    """
    sentences: list[list[Sentence]] = [[] for _ in cleaned]
    jobs = ((piece, (a, p)) for a, article in enumerate(cleaned) for p, paragraph in enumerate(article.paragraphs)
            for piece in _chunks(paragraph))
    # Lazily filtered: spaCy stops being fed an article's paragraphs once it has enough sentences.
    wanted = ((text, key) for text, key in jobs if len(sentences[key[0]]) < MAX_ARTICLE_SENTENCES)
    cut: set[int] = set()
    lower = {w for article in cleaned for paragraph in article.paragraphs for w in LOWER_WORD.findall(paragraph)}
    for doc, (a, p) in _parse(wanted):
        _name_nicknamed(doc)
        _name_given(doc, lower)
        _join_bodies(doc)
        _split_bodies(doc)
        _cut_compound_tails(doc)
        _join_cases(doc)
        for sent in _merge_fragments(list(doc.sents)):
            if len(sentences[a]) >= MAX_ARTICLE_SENTENCES:
                cut.add(a)
                break
            sentence = _sentence(f"a{a + 1}", len(sentences[a]), p, sent)
            sentence.doubtful = bool(cleaned[a].doubtful) and cleaned[a].doubtful[p]
            opens = not sentences[a] or sentences[a][-1].paragraph != p
            sentence.under_heading = opens and bool(cleaned[a].under_heading) and cleaned[a].under_heading[p]
            sentences[a].append(sentence)
    if warnings is not None:
        warnings += [f"article {a + 1} is very long; only its first {MAX_ARTICLE_SENTENCES:,} sentences were read"
                     for a in sorted(cut)]
    return [_article(f"a{i + 1}", art, sentences[i]) for i, art in enumerate(cleaned)]


def _parse(jobs: Iterator[tuple[str, Any]]) -> Iterator[tuple[Any, Any]]:
    """spaCy over ``(text, key)`` pairs in batches of at most BATCH texts and BATCH_CHARS characters.

    spaCy's memory grows with the characters of a batch, not the count: 64 paragraphs of
    news are ~25,000 characters, 64 chunks of a run-on text 320,000.
    """
    batch: list[tuple[str, Any]] = []
    size = 0
    for job in jobs:
        if batch and (len(batch) == BATCH or size + len(job[0]) > BATCH_CHARS):
            yield from nlp().pipe(batch, as_tuples=True, batch_size=len(batch))
            batch, size = [], 0
        batch.append(job)
        size += len(job[0])
    if batch:
        yield from nlp().pipe(batch, as_tuples=True, batch_size=len(batch))


def _chunks(paragraph: str) -> list[str]:
    """Keep spaCy's input short: long paragraphs are cut at rough sentence ends, run-ons at spaces."""
    if len(paragraph) <= MAX_PARAGRAPH_CHARS:
        return [paragraph]
    chunks, current = [], ""
    for piece in (part for rough in split_rough(paragraph) for part in _at_spaces(rough)):
        if current and len(current) + len(piece) > MAX_PARAGRAPH_CHARS:
            chunks.append(current)
            current = ""
        current = f"{current} {piece}".strip()
    return chunks + ([current] if current else [])


def _at_spaces(text: str) -> list[str]:
    """A run-on piece longer than a chunk, cut at the last space before each chunk's end."""
    parts = []
    while len(text) > MAX_PARAGRAPH_CHARS:
        end = text.rfind(" ", 0, MAX_PARAGRAPH_CHARS)
        end = end if end > 0 else MAX_PARAGRAPH_CHARS
        parts.append(text[:end])
        text = text[end:].lstrip()
    return parts + [text]


def _name_nicknamed(doc) -> None:
    """Give a person's name back the given name before its quoted nickname, which the small tagger
    leaves out ('Dwayne "The Rock" Johnson' tagged "Johnson" alone): without it, that "Johnson"
    would be taken for whichever other Johnson the cluster names in full."""
    ents = list(doc.ents)
    for k, ent in enumerate(ents):
        close = ent.start - 1
        if ent.label_ != "PERSON" or close < 3 or doc[close].text not in QUOTE_MARKS:
            continue
        opening = next((i for i in range(close - 1, max(close - 5, 0), -1) if doc[i].text in QUOTE_MARKS), None)
        if opening is None or opening == close - 1 or not all(t.is_title for t in doc[opening + 1:close]):
            continue
        given = doc[opening - 1]
        if given.is_title and given.pos_ == "PROPN" and given.ent_type_ in {"", "PERSON"}:
            ents[k] = TokenSpan(doc, given.i, ent.end, label="PERSON")
    ents = [e for e in ents if not any(o is not e and o.start <= e.start and e.end <= o.end and len(o) > len(e)
                                       for o in ents)]  # the given name tagged alone goes into the whole
    doc.ents = ents


def _name_given(doc, lower: set[str]) -> None:
    """Give a one-word name the given name the small tagger left before it ("Heather Sculthorpe,
    chief executive of ..." tagged "Sculthorpe" alone, and as a place): a capitalised word outside
    any entity that nearly only people of one gender bear (:func:`storylens.entities.name_gender`'s
    table) makes the two a person's name. Not a title ("Mr Rowley"), a word the cluster also writes
    in lower case, ``lower`` ("Justice Kennedy", "Will Texas ..."), or a state's name ("Georgia
    Democrats")."""
    genders = _given_names()
    ents = list(doc.ents)
    for k, ent in enumerate(ents):
        given = doc[ent.start - 1] if ent.start > 0 else None
        if (len(ent) != 1 or ent.label_ not in GIVEN_NAMED or given is None or given.ent_type_
                or given.pos_ != "PROPN" or not given.is_title or not given.whitespace_
                or given.text.lower() not in genders or given.text.lower() in lower):
            continue
        ents[k] = TokenSpan(doc, given.i, ent.end, label="PERSON")
    doc.ents = ents


@cache
def _given_names() -> frozenset[str]:
    """Given names nearly only one gender bears, without the titles the table also holds ("mr")
    and the states' names ("georgia", "virginia"), as :func:`storylens.entities._given_named` has them."""
    from storylens.entities import PEOPLES_TITLES, TITLE_WORDS, _state_names, name_genders  # entities reads this module

    return frozenset(name_genders()) - TITLE_WORDS - PEOPLES_TITLES - _state_names()


def _join_bodies(doc) -> None:
    """Make one name of a body's name that the small tagger cuts at its "and" ("the Senate Homeland
    Security and Governmental Affairs Committee" tagged "the Senate Homeland Security" and
    "Governmental Affairs Committee"): two organisations with nothing but "and" between them, the
    second a committee, commission or the like. Not "Apple and Google Inc.", two bodies."""
    ents = list(doc.ents)
    joined: list = []
    for ent in ents:
        before = joined[-1] if joined else None
        if before is not None and before.label_ == ent.label_ == "ORG" and ent.start == before.end + 1 \
                and doc[before.end].lower_ in {"and", "&"} and ent[0].lower_ != "the" \
                and ent[-1].is_title and ent[-1].lower_ in JOINED_BODIES:
            joined[-1] = TokenSpan(doc, before.start, ent.end, label="ORG")
        else:
            joined.append(ent)
    if len(joined) < len(ents):
        doc.ents = joined


def _split_bodies(doc) -> None:
    """Make two names of a body's span that the small tagger runs over "and" when each side names
    a kind of institution ("James Cook University and University of Malaya"); not "Department of
    Health and Human Services" nor "Bill and Melinda Gates Foundation", one body."""
    out: list = []
    for ent in doc.ents:
        ands = [t.i for t in ent[1:-1] if t.lower_ in {"and", "&"}] if ent.label_ == "ORG" else []
        left, right = (doc[ent.start:ands[0]], doc[ands[0] + 1:ent.end]) if len(ands) == 1 else (None, None)
        if left is not None and len(left) >= 2 and len(right) >= 2 and right[0].is_title and \
                all(any(t.lower_ in INSTITUTION_WORDS for t in side) for side in (left, right)):
            out += [TokenSpan(doc, side.start, side.end, label="ORG") for side in (left, right)]
        else:
            out.append(ent)
    if len(out) > len(doc.ents):
        doc.ents = out


def _join_cases(doc) -> None:
    """Make one name of a court case the small tagger cuts at its "v." ("Planned Parenthood v. Casey"
    tagged "Planned Parenthood" and "Casey"; "Citizens United v." and "Federal Election Commission"):
    a party named in a case's name is the case there, no mention of the party (distant reading 9117
    found the case among a clinic's mentions). Not "vs.", which sets teams against each other."""
    ents = list(doc.ents)
    out: list = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        mark = ent.end - 1 if doc[ent.end - 1].lower_ == "v." else ent.end
        after = ents[k + 1] if k + 1 < len(ents) else None
        if mark < len(doc) and doc[mark].lower_ == "v." and after is not None and after.start == mark + 1:
            start = ent.start
            while out and out[-1].end == start and out[-1].label_ != "DATE":  # "Whole Woman's" "Health v. ..."
                start = out.pop().start
            # "Plessy v. Ferguson-era Supreme Court": the case ends where a hyphen makes it a modifier
            end = next((t.i for t in after if t.text in {"-", "–"} and not doc[t.i - 1].whitespace_), after.end)
            out.append(TokenSpan(doc, start, end, label="LAW"))
            k += 2
        else:
            out.append(ent)
            k += 1
    if len(out) < len(ents):
        doc.ents = out


def _cut_compound_tails(doc) -> None:
    """End a name before the words in lower case the small tagger ran it into when they open a noun
    after it: "the Santa Clara County [district attorney]" is the county's, and "district" no word
    of the county's name (blind readers saw "Santa Clara County district" listed as the county). Not a
    name's own word in lower case ("New York state"), which nothing after it takes, nor one an
    adjective needs to name anything ("the Ukrainian navy headquarters")."""
    out, changed = [], False
    for ent in doc.ents:
        end = ent.end
        # (not a word's part after a hyphen, "Latter-day", "re-election", nor an abbreviation: "Citizens United v.")
        while end - 1 > ent.start and doc[end - 1].is_lower and doc[end - 1].is_alpha and len(doc[end - 1]) > 2 \
                and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= ent.end and doc[end - 2].whitespace_:
            end -= 1
        if end < ent.end and doc[end - 1].pos_ == "PROPN":  # not "Ukrainian [navy headquarters]"
            ent, changed = TokenSpan(doc, ent.start, end, label=ent.label_), True
        out.append(ent)
    if changed:
        doc.ents = out


def _merge_fragments(sents: list) -> list:
    """Join spaCy's stray pieces (a lone closing quote, "he said.", "He was 35.") to the sentence
    before, and a piece that stops on a word in lower case with no full stop ("This certainly
    isn't" | "Popeye's first foray ...") to the one after it: the parser cut a sentence in two."""
    merged: list = []
    for sent in sents:
        words = [t for t in sent if not t.is_punct]
        continues = _continues(merged[-1].text, sent.text) if merged else False
        if merged and (len(words) < 4 or continues or _cut_short(merged[-1]) or _tag_of(merged[-1], sent)
                       or _title_before_name(merged[-1], sent) or _exclaimed_name(merged[-1], sent)
                       or _initials_before_name(merged[-1]) or _page_before_number(merged[-1], sent)):
            merged[-1] = merged[-1].doc[merged[-1].start: sent.end]
        else:
            merged.append(sent)
    return merged


def _continues(before: str, piece: str) -> bool:
    """Whether ``piece`` goes on with the sentence ``before``: it opens in lower case (behind an
    editor's bracket, "[a North Korean official] to be flown back") after a piece that stops
    without a full stop or on an ellipsis ("components, etc. to . . ."), which marks words left
    out, not a sentence's end."""
    opening = piece[1:] if piece[:1] in "[(" else piece
    if not opening[:1].islower():
        return False
    before = before.rstrip()
    return not before.endswith((".", "!", "?")) or ELLIPSIS_END.search(before) is not None


def _tag_of(quotation, sent) -> bool:
    """Whether ``sent`` is the attribution of the quotation before it, which the parser ends at its
    closing mark ('"Wait, did I miss my moment?" | Taraji P. Henson jokes, watching the dancers.',
    '... a breakdown of national security." | Sen. Lindsey Graham charged on Sunday.'): a verb of
    saying with its speaker up front and nothing of its own said."""
    if not re.search(r"""[.?!]["”']\s*$""", quotation.text) or QUOTE_MARK.search(sent.text):
        return False  # not after a quotation, or a quotation of its own ('Benedict replied: "Grazie."')
    named = next((e for e in sent.ents if e.start == sent.start and e.label_ == "PERSON"), None)
    verb = sent.doc[named.end] if named is not None and named.end < sent.end else None
    if verb is not None and verb.pos_ == "NOUN" and verb.lemma_.lower() in SPEECH_VERBS:
        return True  # the parser may read "Taraji P. Henson jokes" as a noun phrase
    root = sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    said = {"ccomp", "dobj", "xcomp", "dative"}  # "He said the plan failed", "She told reporters": a sentence
    if root.lemma_.lower() not in TAG_VERBS or subject is None or any(c.dep_ in said and not _listener(root, c)
                                                                      for c in root.children):
        return False
    return subject.left_edge.i == sent.start or root.i == sent.start


def _listener(verb, child) -> bool:
    """Whether ``child`` is who was told, named or a pronoun ('"No! we are brothers, we pray
    together!" | Francis told Benedict in a gesture of humility.'), not what was told, and the
    telling is done, not to come ("Ida will tell you ...")."""
    return verb.lemma_.lower() == "tell" and verb.tag_ in {"VBD", "VBZ"} and child.dep_ in {"dobj", "dative"} and \
        (child.pos_ in {"PROPN", "PRON"} or child.ent_type_ in {"PERSON", "ORG", "NORP"}) and child.lower_ != "you"


def _title_before_name(piece, sent) -> bool:
    """Whether the parser cut after a title's abbreviation, before the name it belongs to ("Indiana
    State Police Sgt." | "Kim Riley said ..."): the piece ends on the title, the next one opens on
    a proper noun."""
    first = next((t for t in sent if not t.is_space), None)
    return bool(TITLE_END.search(piece.text.rstrip())) and first is not None and first.pos_ == "PROPN"


def _page_before_number(piece, sent) -> bool:
    """Whether the parser cut after an abbreviation that a number follows ("WSJ's Suzanne Kapner on
    pg." | "C1: “Gone are ...”", "see Fig." | "3"): the next piece opens on that number."""
    return PAGE_END.search(piece.text.rstrip()) is not None and re.match(r"[A-Z]?\d", sent.text.lstrip()) is not None


def _initials_before_name(piece) -> bool:
    """Whether the parser cut after the initials a speaker's name opens on ("The new study has
    limitations, said D.C." | "(Duck-chul) Lee, an assistant professor ..."): the piece ends on a
    verb of saying and initials, which start the name of who said it, not a sentence's end."""
    end = INITIALS_END.search(piece.text.rstrip())
    return end is not None and end.group(1).lower() in SAID_FORMS


def _exclaimed_name(piece, sent) -> bool:
    """Whether the parser cut after a name's own exclamation mark ("a collaboration between dBpm
    Records and Blow Me Down!" | "King Features, was directed by ..."): the piece before has no
    verb of its own, and this one's subject is set off from its verb by a comma, as the last of a
    list of subjects is."""
    if not piece.text.rstrip().endswith("!") or any(t.tag_ in FINITE for t in piece):
        return False
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i >= root.i or subject.left_edge.i != sent.start:
        return False
    name = [t for t in subject.subtree if not t.is_punct]
    if not all(t.pos_ == "PROPN" for t in name) or name[-1].i + 2 >= sent.end:
        return False
    comma, verb = sent.doc[name[-1].i + 1], sent.doc[name[-1].i + 2]
    return comma.text == "," and (verb.i == root.i or verb.head.i == root.i and verb.dep_ in ("aux", "auxpass"))


def _cut_short(sent) -> bool:
    """Whether a piece ends mid-sentence: on a word in lower case, with no closing mark."""
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text.islower() and not TERMINAL.search(sent.text.rstrip())


def _sentence(article_id: str, index: int, paragraph: int, sent) -> Sentence:
    text = re.sub(r"\s+", " ", sent.text).strip()
    offset = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
    spans = [Span(e.text, e.label_, e.start_char - offset, e.end_char - offset)
             for e in sent.ents if e.label_ in ENTITY_LABELS]
    return Sentence(article=article_id, index=index, text=text, paragraph=paragraph, entities=spans,
                    words=sum(1 for t in sent if not t.is_punct and not t.is_space),
                    heading=not TERMINAL.search(text), doc=sent)


def _article(article_id: str, cleaned: CleanArticle, sentences: list[Sentence]) -> Article:
    raw = cleaned.raw
    source = raw.source or _hostname(raw.url)
    return Article(id=article_id, sentences=sentences, source=source, title=raw.title, url=raw.url,
                   published=raw.published, removed=cleaned.removed)


def _hostname(url: str | None) -> str | None:
    """The host of a URL given with an article, or None when it has none or cannot be parsed."""
    try:
        return urlparse(url).hostname if url else None
    except ValueError:  # "http://[::1" and the like: the URL is kept, it just names no outlet
        return None
