"""Quotes: direct quotations (partial ones included) and who said them.

Quotations are found per paragraph, so a quote spanning several sentences is one quote. The
speaker comes from the attribution clause around the quote (the subject of a verb of saying
outside the quotation marks), from a named person in that clause, or, for "he said" and
"the spokesman said", from the nearest person named before it in the article. Names are
resolved to the merged entity's canonical name.
"""

from __future__ import annotations

import re

from storylens.entities import clean_mention, key_of
from storylens.model import Article, Quote, Sentence

SPEECH_VERBS = {
    "say", "tell", "add", "state", "claim", "insist", "announce", "write", "explain", "note", "ask", "deny",
    "confirm", "declare", "argue", "warn", "allege", "acknowledge", "admit", "recall", "reply", "respond",
    "continue", "suggest", "describe", "call", "post", "tweet", "testify", "stress", "report", "quote",
    "cry", "shout", "scream", "yell", "exclaim", "whisper", "plead",
}
QUOTE = re.compile(r"[\"“](?P<text>[^\"“”]{3,}?)[\"”]")
PRONOUNS = {"he", "she", "i", "we", "him", "her"}
# Subjects of "said" that are not people: "the release said", "the report says".
NOT_PEOPLE = {
    "release", "statement", "report", "study", "document", "letter", "complaint", "police", "department",
    "agency", "company", "court", "ruling", "survey", "poll", "memo", "lawsuit", "suit", "filing", "website",
    "post", "tweet", "video", "paper", "newspaper", "magazine", "network", "group", "office", "government",
    "ministry", "team", "club", "official", "officials", "authority", "source", "record", "data", "notice",
    "sign", "message", "note", "email", "book", "article", "story", "site", "family", "campaign", "party",
    "television", "tv", "radio", "channel", "broadcaster", "media", "outlet", "observatory", "committee",
    "council", "commission", "army", "military", "force", "forces", "embassy",
}
# Words of organisations and places, which a name that speaks is then not a person's.
BODY_WORDS = {"inc", "corp", "county", "city", "state", "states", "university", "college", "church", "news",
              "times", "press", "association", "foundation", "institute", "union", "bank", "house", "center",
              "centre", "movement", "front"}
MIN_QUOTE_WORDS = 3
SUBJECTS = {"nsubj", "nsubjpass"}


def find_quotes(articles: list[Article], canonical: dict[str, str]) -> list[Quote]:
    """Every direct quotation of at least three words, with its resolved speaker."""
    quotes: list[Quote] = []
    for article in articles:
        for paragraph in _paragraphs(article):
            quotes.extend(_paragraph_quotes(article, paragraph, canonical))
    return quotes


def _paragraphs(article: Article) -> list[list[Sentence]]:
    groups: list[list[Sentence]] = []
    for sentence in article.sentences:
        if groups and groups[-1][-1].paragraph == sentence.paragraph:
            groups[-1].append(sentence)
        else:
            groups.append([sentence])
    return groups


def _paragraph_quotes(article: Article, sentences: list[Sentence], canonical: dict[str, str]) -> list[Quote]:
    text, starts = "", []
    for s in sentences:
        starts.append(len(text))
        text += s.text + " "
    found = []
    for match in QUOTE.finditer(text):
        quoted = match.group("text").strip(" ,")
        if len(quoted.split()) < MIN_QUOTE_WORDS:
            continue
        first = max(i for i, st in enumerate(starts) if st <= match.start())
        last = max(i for i, st in enumerate(starts) if st <= match.end() - 1)
        speaker = _speaker(article, sentences, first, last, match, starts, canonical)
        found.append(Quote(speaker=speaker, text=quoted, article=article.id, sentence=sentences[first].index))
    return found


def _speaker(article: Article, sentences: list[Sentence], first: int, last: int, match: re.Match,
             starts: list[int], canonical: dict[str, str]) -> str | None:
    """The speaker from the attribution clause after the quote, then before it, then nearby."""
    for i in dict.fromkeys([last, first]):
        sentence = sentences[i]
        offset = starts[i]
        inside = (match.start() - offset, match.end() - offset)
        found = attribution(sentence, inside) or _before_colon(sentence, inside[0])
        if found:
            return resolve_speaker(*found, article, sentence, canonical)
    # A paragraph that is only a quotation continues the previous one: its speaker, or the
    # person it was about ("Michelle Troye ... was convinced ..." / "“I am 100 percent certain ...”").
    paragraph_text = " ".join(s.text for s in sentences)
    if len(match.group(0)) >= 0.8 * len(paragraph_text.strip()):
        person = _recent_person(article, sentences[0], canonical, window=3)
        if person:
            return canonical.get(key_of(clean_mention(person)), person)
    return None


def _before_colon(sentence: Sentence, quote_start: int) -> tuple[str, bool] | None:
    """ "Mint spokesman Adam Stump issued this statement: “We do not ...”": the subject of the
    clause the colon ends."""
    span = sentence.doc
    if span is None or not sentence.text[:quote_start].rstrip().endswith(":"):
        return None
    root = span.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return (_phrase(subject), _is_role(subject)) if subject is not None else None


def attribution(sentence: Sentence, inside: tuple[int, int] | None = None) -> tuple[str, bool] | None:
    """Who a sentence says is speaking — the subject of a verb of saying outside ``inside`` —
    and whether that is a role ("the press secretary") standing for a person named nearby."""
    span = sentence.doc
    if span is None:
        return None
    base = span.start_char
    lo, hi = inside or (-1, -1)

    def outside(tok) -> bool:
        pos = tok.idx - base
        return not lo <= pos < hi

    for tok in span:
        if tok.lemma_.lower() in SPEECH_VERBS and tok.pos_ in {"VERB", "AUX"} and outside(tok):
            subject = _subject(tok)
            if subject is not None and outside(subject):
                return _phrase(subject), _is_role(subject)
    return None


def _is_role(subject) -> bool:
    """A common noun for a person ("the mountaineer", "the bus matron"), not a document or body."""
    names = [e for e in subject.doc.ents if subject.left_edge.i <= e.start and e.end <= subject.right_edge.i + 1
             and e.label_ in {"PERSON", "ORG", "GPE", "NORP"} and e.root.i == subject.i]
    return subject.pos_ == "NOUN" and not names and subject.lemma_.lower() not in NOT_PEOPLE


def _subject(verb):
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            return child
    # "..., saying that": the subject of the verb this one hangs from.
    head = verb.head
    if head is not verb and verb.dep_ in {"advcl", "xcomp", "conj", "ccomp"}:
        for child in head.children:
            if child.dep_ == "nsubj":
                return child
    return None


def _phrase(subject) -> str:
    """A person's name inside the subject phrase when there is one, else the phrase."""
    people = [e for e in subject.doc.ents if e.label_ == "PERSON" and subject.left_edge.i <= e.start
              and e.end <= subject.right_edge.i + 1]
    # "Whitley County Sheriff Marcus Gatton": the name that holds the subject's head word first.
    people.sort(key=lambda e: not e.start <= subject.i < e.end)
    if people:
        return people[0].text
    orgs = [e for e in subject.doc.ents if e.label_ in {"ORG", "GPE", "NORP"} and subject.left_edge.i <= e.start
            and e.end <= subject.right_edge.i + 1 and e.root.i == subject.i]
    if orgs:
        return orgs[0].text
    words = subject.doc[subject.left_edge.i: subject.right_edge.i + 1].text
    return words if len(words.split()) <= 8 else subject.text


def resolve_speaker(name: str, role: bool, article: Article, sentence: Sentence,
                    canonical: dict[str, str]) -> str:
    """A pronoun or a role ("the spokesman") becomes the nearest person named before it."""
    key = key_of(clean_mention(name))
    if key in canonical:
        return canonical[key]
    if key in PRONOUNS or role:
        person = (_titled(name, article, sentence) if role else None) or _recent_person(article, sentence, canonical)
        if person:
            return canonical.get(key_of(clean_mention(person)), person)
    return name


def _titled(role: str, article: Article, sentence: Sentence, window: int = 8) -> str | None:
    """ "the mayor" → the nearest earlier "Mayor Rahm Emanuel"; "the spokesman" → "Rangers
    spokesman Colonel Tahir Mehmood"."""
    title = role.lower().split()[-1] if role.split() else ""
    for previous in reversed(article.sentences[max(sentence.index - window, 0): sentence.index + 1]):
        doc = previous.doc
        if doc is None:
            continue
        for ent in doc.ents:
            if ent.label_ == "PERSON" and any(t.lower_ == title for t in doc.doc[max(ent.start - 3, 0): ent.end]):
                return " ".join(t.text for t in ent if t.lower_ != title)
        for tok in doc:  # "Mayor Rahm Emanuel" left untagged: the proper nouns after the title
            if tok.lower_ == title:
                run = []
                for nxt in doc.doc[tok.i + 1: tok.i + 5]:
                    if nxt.pos_ != "PROPN" or nxt.ent_type_ in {"ORG", "GPE", "NORP", "LOC"}:
                        break
                    run.append(nxt.text)
                if len(run) >= 2:
                    return " ".join(run)
    return None


def _recent_person(article: Article, sentence: Sentence, canonical: dict[str, str], window: int = 5) -> str | None:
    """The person a pronoun or role most likely stands for: the nearest earlier speaker, else
    the nearest earlier person who is a sentence's subject, else the first person of the nearest
    sentence naming one."""
    earlier = article.sentences[max(sentence.index - window, 0): sentence.index]
    for previous in reversed(earlier):
        found = attribution(previous)
        if found and not found[1] and _is_person(found[0], previous):
            return found[0]
    return _recent_subject(article, sentence, window)


def _is_person(name: str, sentence: Sentence) -> bool:
    """Whether ``name`` is a person in ``sentence``: tagged so, or proper nouns that speak and
    carry no word of an organisation or place ("Ueli Steck said", which the tagger calls an ORG;
    not "the Free Syrian Army said")."""
    doc = sentence.doc
    if doc is None:
        return False
    if any(e.label_ == "PERSON" and e.text == name for e in doc.ents):
        return True
    tokens = [t for t in doc if t.text in name.split()]
    return bool(tokens) and all(t.pos_ == "PROPN" and t.ent_type_ in {"", "PERSON", "ORG"}
                                and t.lower_ not in NOT_PEOPLE | BODY_WORDS for t in tokens)


def _recent_subject(article: Article, sentence: Sentence, window: int = 5) -> str | None:
    """The person a pronoun or role most likely stands for: the nearest earlier person who is a
    sentence's subject, else the first person of the nearest sentence naming one."""
    earlier = article.sentences[max(sentence.index - window, 0): sentence.index]
    for previous in reversed(earlier):
        doc = previous.doc
        if doc is None:
            continue
        # "The group's leader, Col. Riad al-Asaad, refused ...": a name in apposition to the subject.
        subjects = [e.text for e in doc.ents if e.label_ == "PERSON" and (
            e.root.dep_ in SUBJECTS or e.root.dep_ == "appos" and e.root.head.dep_ in SUBJECTS)]
        if subjects:
            return subjects[0]
    for previous in reversed([*earlier, sentence]):
        people = [e.text for e in previous.entities if e.label == "PERSON"]
        if people:
            return people[0]
    return None
