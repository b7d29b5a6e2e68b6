"""The shared data model: plain typed dataclasses passed between pipeline stages.

A sentence is always referred to by ``(article id, index into that article's sentences)``;
indices are stable once the annotate stage has run, so every later stage (selection,
disputes, quotes, rendering, the store) can cite them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_WORDS = 250  # a summary's length in words


@dataclass
class RawArticle:
    """One input article as read by the ingest stage, before any cleaning."""

    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None  # ISO 8601 date or datetime, when known


@dataclass
class CleanArticle:
    """An article after boilerplate removal: paragraphs of article text and what was dropped."""

    raw: RawArticle
    paragraphs: list[str]
    removed: list[str] = field(default_factory=list)
    # Per paragraph: the line classifier doubts it (furniture probability at or above its removal
    # threshold: a caption, a credit), kept only because it reads as a sentence. Empty: no doubts.
    doubtful: list[bool] = field(default_factory=list)
    # Per paragraph: it stands right under a line removed that reads as a heading ("Nicki Minaj,
    # Myx Fusions" over "The 'Anaconda' rapper co-owns ..."). Empty: none does.
    under_heading: list[bool] = field(default_factory=list)


@dataclass
class Span:
    """A labelled character span inside one sentence (an entity mention)."""

    text: str
    label: str
    start: int
    end: int


@dataclass
class Sentence:
    """One sentence of an article, with what the annotate stage learned about it."""

    article: str
    index: int
    text: str
    paragraph: int
    entities: list[Span] = field(default_factory=list)
    words: int = 0
    heading: bool = False  # a headline or subheading: citable, never a summary sentence
    doubtful: bool = False  # in a line the furniture model doubts (a caption): citable, never summarised
    under_heading: bool = False  # the first of a paragraph under a removed heading: nothing before is its context
    doc: object | None = field(default=None, repr=False, compare=False)  # the spaCy Span, in-process only


@dataclass
class Article:
    """A cleaned, segmented article: what ``articles[i]`` of the digest describes."""

    id: str
    sentences: list[Sentence]
    source: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    removed: list[str] = field(default_factory=list)
    excluded: str | None = None  # why the article took no part in the digest; None when it did


@dataclass(frozen=True)
class Cite:
    """A pointer to one source sentence."""

    article: str
    sentence: int


@dataclass
class Cited:
    """A statement (summary sentence or corroborated fact) with the sentences behind it."""

    text: str
    cites: list[Cite]


@dataclass
class Claim:
    """One side of a dispute: the value an article asserts, where, and who asserts it."""

    value: str
    article: str
    sentence: int
    attribution: str | None = None


@dataclass
class Dispute:
    """Something the sources disagree about, with each side's claims."""

    topic: str
    kind: str  # "number", "date" or "claim"
    claims: list[Claim]
    confidence: float | None = None  # how sure the program is that the claims conflict (0-1)
    why: str | None = None  # a short reason a reader can check


@dataclass
class Entity:
    """A person, organisation or place merged across articles, with every surface form seen."""

    name: str
    type: str
    variants: list[str]
    articles: list[str]
    mentions: int = 0
    # Every mention in a heading (a photo credit, a dateline, another story's headline): kept for
    # resolving names, not listed (:func:`storylens.entities.listed`); not in the JSON.
    headings_only: bool = False


@dataclass
class Quote:
    """A direct quotation and the speaker it is attributed to."""

    speaker: str | None
    text: str
    article: str
    sentence: int


@dataclass
class Digest:
    """The digest of one cluster: the JSON contract of ``shared/spec/digest.schema.json``."""

    articles: list[Article]
    summary: list[Cited]
    facts: list[Cited] = field(default_factory=list)
    disputes: list[Dispute] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # The confidences of possible disputes scored below the reporting bar (from
    # storylens.disputes.HELD_BACK_FLOOR): not shown, only counted, so a reader knows to look.
    held_back: list[float] = field(default_factory=list)
    id: str | None = None
    title: str | None = None  # a headline for the event, supported by the articles
    version: int = 2

    def article(self, article_id: str) -> Article:
        """The article with this id."""
        return next(a for a in self.articles if a.id == article_id)

    def sentence(self, cite: Cite) -> Sentence:
        """The sentence a citation points to."""
        return self.article(cite.article).sentences[cite.sentence]


@dataclass(frozen=True)
class Options:
    """How a cluster is digested, as batch jobs and the web app's workers carry it: the summary's
    length in words, whether to find facts, disputes, entities and quotes, and the least
    confidence of a dispute reported (None: each kind's threshold chosen for precision)."""

    words: int = DEFAULT_WORDS
    analyse: bool = True
    min_confidence: float | None = None
