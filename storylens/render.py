"""Render: a digest as JSON (the contract), Markdown, or a self-contained HTML report."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from word2number import w2n

from storylens.disputes import HELD_BACK_FLOOR
from storylens.model import Article, Cite, Claim, Digest, Dispute, Entity, Quote

FORMATS = ("json", "md", "html")
WEB_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f\\]+", re.I)
MD_ESCAPES_TO = {"<": "&lt;", ">": "&gt;", "&": "&amp;", "[": "\\[", "]": "\\]"}
MD_ESCAPES = re.compile("[<>&\\[\\]]")


def to_dict(digest: Digest) -> dict[str, Any]:
    """The digest as the JSON object of ``shared/spec/digest.schema.json``."""
    return {
        "version": digest.version,
        "id": digest.id,
        "title": digest.title,
        "articles": [_article(a) for a in digest.articles],
        "summary": [asdict(c) for c in digest.summary],
        "facts": [asdict(c) for c in digest.facts],
        "disputes": [_dispute(d) for d in digest.disputes],
        "entities": [_entity(e) for e in digest.entities],
        "quotes": [asdict(q) for q in digest.quotes],
        "warnings": list(digest.warnings),
        "disputes_held_back": list(digest.held_back),
    }


def _article(a: Article) -> dict[str, Any]:
    return {"id": a.id, "source": a.source, "title": a.title, "url": a.url, "published": a.published,
            "sentences": [s.text for s in a.sentences], "removed": list(a.removed), "excluded": a.excluded}


def _entity(e: Entity) -> dict[str, Any]:
    return {"name": e.name, "type": e.type, "variants": list(e.variants), "articles": list(e.articles),
            "mentions": e.mentions}


def _dispute(d: Dispute) -> dict[str, Any]:
    """A dispute; ``confidence`` and ``why`` only when known (the schema has no null for them)."""
    out = asdict(d)
    for key in ("confidence", "why"):
        if out[key] is None:
            del out[key]
    return out


def to_json(digest: Digest, indent: int | None = 1) -> str:
    """The digest as JSON text."""
    return json.dumps(to_dict(digest), ensure_ascii=False, indent=indent)


def render(digest: Digest, fmt: str) -> str:
    """The digest in one of :data:`FORMATS`."""
    if fmt == "json":
        return to_json(digest)
    if fmt == "md":
        return to_markdown(digest)
    if fmt == "html":
        return to_html(digest)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


def cite_marks(digest: Digest, cites: list[Cite]) -> str:
    """Citations as Markdown text: ``[a1:3, a2:0]``."""
    return "[" + ", ".join(f"{c.article}:{c.sentence}" for c in cites) + "]"


# --- What the reports show: names for articles, disputes at a glance, quotes by speaker, times.

FALLBACK_HEADLINE = "What happened, and where the sources disagree"
FILE_NAME = re.compile(r".+\.(?:txt|md|text|html?|json|jsonl)(?:\.gz)?(?:#\d+)?", re.I)
HASH = re.compile(r"[0-9a-f]{8,}", re.I)
# "WASHINGTON (Reuters) -", "Islamabad, Pakistan (CNN)Pakistani ...": the outlet in a dateline.
DATELINE_OUTLET = re.compile(r"^(?:[A-Z][\w.'’-]*,?\s+){0,4}\(([A-Z][A-Za-z.&' ]{0,24}[A-Za-z])\)"
                             r"(?:\s*[-—–]|(?=[A-Z]))")
LABEL_CHARS = 28
NUMBER_WORDS = set(w2n.american_number_system) - {"point"}


def article_labels(digest: Digest) -> dict[str, str]:
    """A short, unique human name per article id: its outlet where known, else its title, else its position."""
    names = {a.id: _label(a, n) for n, a in enumerate(digest.articles, 1)}
    counts = Counter(names.values())
    return {aid: f"{name} [{aid}]" if counts[name] > 1 else name for aid, name in names.items()}


def _label(article: Article, position: int) -> str:
    """Outlet (source, site, dateline), then title or headline line, then a file stem, then 'article N'."""
    source = article.source or ""
    if source and not FILE_NAME.fullmatch(source) and not source.startswith("pasted article"):
        return _shorten(source)
    host = _host(article.url)
    if host:
        return host.removeprefix("www.")
    first = article.sentences[0] if article.sentences else None
    outlet = DATELINE_OUTLET.match(first.text) if first else None
    if outlet:
        return outlet.group(1).strip()
    if article.title:
        return _shorten(article.title)
    if first is not None and first.heading:
        return _shorten(first.text)
    if source and not FILE_NAME.fullmatch(source):
        return source  # "pasted article 2"
    stem = HASH.sub("", Path(source.split("#")[0]).stem).strip("_-. ")
    return _shorten(stem) if re.search(r"[A-Za-z]", stem) else f"article {position}"


def _shorten(text: str, limit: int = LABEL_CHARS) -> str:
    """Cut at a word boundary with an ellipsis, so a headline can serve as a label."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:-–—") + "…"


def headline(title: str | None, article_titles: list[str | None]) -> str:
    """The report's heading: the digest's title, else the first article title, else a plain one."""
    return title or next((t for t in article_titles if t), None) or FALLBACK_HEADLINE


def _headline(digest: Digest) -> str:
    return headline(digest.title, [a.title for a in digest.articles if not a.excluded])


@dataclass
class Side:
    """One position in a dispute: a value and every claim that gives it (values that agree grouped)."""

    value: str
    claims: list[Claim]
    outlets: list[str]


@dataclass
class DisputeView:
    """A dispute as the reports show it: a topic line, a one-line gist, and its sides."""

    dispute: Dispute
    topic: str
    gist: str
    sides: list[Side]


def value_key(value: str) -> str:
    """What two values must share to agree: case, punctuation and number words ('one', '1') ignored."""
    words = [w.replace(",", "") for w in re.findall(r"[a-z0-9]+(?:[.,]\d+)*", value.casefold())]
    out: list[str] = []
    run: list[str] = []
    for word in [*words, ""]:
        if word in NUMBER_WORDS:
            run.append(word)
            continue
        if run:
            out.append(str(w2n.word_to_num(" ".join(run))))
            run = []
        if word:
            out.append(word)
    return " ".join(out)


def dispute_view(dispute: Dispute, labels: dict[str, str]) -> DisputeView:
    """Group a dispute's claims by value and write its gist: 'Arrests: 5 (CNN) · about 20 (Dawn)'."""
    sides: dict[str, Side] = {}
    for claim in dispute.claims:
        side = sides.setdefault(value_key(claim.value) or claim.value, Side(claim.value, [], []))
        side.claims.append(claim)
        if labels[claim.article] not in side.outlets:
            side.outlets.append(labels[claim.article])
    topic = dispute.topic[:1].upper() + dispute.topic[1:]
    gist = " · ".join(f"{s.value} ({', '.join(s.outlets)})" for s in sides.values())
    return DisputeView(dispute, topic, gist, list(sides.values()))


LISTED_IN_FULL = 12  # entities the reports list one a line before they name the ones met once on one line


def entity_tiers(digest: Digest) -> tuple[list[Entity], list[Entity]]:
    """The entities the reports list one a line, and those they name together on one line: a place,
    body or person the reports name once, in one article, in one spelling, and nobody quoted. A
    cluster's thirty places and offices met once in passing ("Babur", "Baldia") would bury the few
    the story is about. Short lists stay whole; the JSON keeps every entity."""
    if len(digest.entities) <= LISTED_IN_FULL:
        return list(digest.entities), []
    speakers = {q.speaker for q in digest.quotes}
    main, once = [], []
    for e in digest.entities:
        spellings = {v.lower().removeprefix("the ") for v in e.variants} - {e.name.lower()}
        (main if e.mentions > 1 or len(e.articles) > 1 or spellings or e.name in speakers else once).append(e)
    return main, once


def quotes_by_speaker(digest: Digest, labels: dict[str, str]) -> list[tuple[str | None, list[str], list[Quote]]]:
    """Quotes grouped by speaker in order of first appearance (unattributed last), with their outlets."""
    groups: dict[str | None, list[Quote]] = {}
    for quote in digest.quotes:
        groups.setdefault(quote.speaker, []).append(quote)
    ordered = sorted(groups.items(), key=lambda item: item[0] is None)
    return [(speaker, list(dict.fromkeys(labels[q.article] for q in quotes)), quotes) for speaker, quotes in ordered]


def readable_time(value: str | None) -> str:
    """An ISO 8601 date or time as people write it: '11 March 2015', '11 March 2015, 14:05 UTC'."""
    if not value:
        return ""
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return value
    day = f"{when.day} {when:%B %Y}"
    if len(value.strip()) <= 10:
        return day
    zone = "" if when.tzinfo is None else " UTC" if when.utcoffset() == timedelta(0) else f" {when:%z}"
    return f"{day}, {when:%H:%M}{zone}"


def _taking_part(digest: Digest) -> list[Article]:
    return [a for a in digest.articles if not a.excluded]


def to_markdown(digest: Digest) -> str:
    """A readable Markdown report with citations as ``[article:sentence]``."""
    labels = article_labels(digest)
    out = [f"# {_md(_headline(digest))}", ""]
    out += [f"> warning: {_safe(w)}" for w in digest.warnings] + ([""] if digest.warnings else [])
    out += ["## Summary", ""]
    out += [f"{_safe(c.text)} {cite_marks(digest, c.cites)}" for c in digest.summary] + [""]
    out += _md_disputes(digest, labels)
    if digest.facts:
        out += ["## Reported by several sources", ""]
        out += [f"- {_safe(c.text)} {cite_marks(digest, c.cites)}" for c in digest.facts] + [""]
    if digest.entities:
        out += ["## People, organisations and places", ""]
        main, once = entity_tiers(digest)
        for e in main:
            other = [v for v in e.variants if v != e.name]
            out.append(f"- **{_md(e.name)}** ({e.type})" + (f": also {', '.join(_md(v) for v in other)}"
                                                             if other else ""))
        if once:
            out += ["", "Named once: " + ", ".join(f"{_md(e.name)} ({e.type})" for e in once) + "."]
        out.append("")
    if digest.quotes:
        out += ["## Quotes", ""]
        for speaker, outlets, quotes in quotes_by_speaker(digest, labels):
            out.append(f"**{_md(speaker or 'Unattributed')}** ({_md(', '.join(outlets))})")
            out += [f"- “{_md(q.text)}” [{q.article}:{q.sentence}]" for q in quotes] + [""]
    out += _md_sources(digest, labels)
    return "\n".join(out) + "\n"


def _md_disputes(digest: Digest, labels: dict[str, str]) -> list[str]:
    """Each topic: its gist on one line, then one bullet per side with who says so and where."""
    if len(_taking_part(digest)) < 2:
        return []  # one article: the warning already says there is nothing to compare
    out = ["## Where the sources disagree", ""]
    held = held_back_note(digest.held_back)
    if not digest.disputes:
        return out + [("No disagreement storylens is sure of. " + held) if held else "No disagreement found.", ""]
    for d in digest.disputes:
        view = dispute_view(d, labels)
        out.append(f"**{_md(view.topic)}**: {_md(view.gist)}  ")
        notes = [d.kind] + ([f"confidence {d.confidence:.0%}"] if d.confidence is not None else [])
        out.append("_" + " · ".join(notes) + (f" · why: {_md(d.why)}" if d.why else "") + "_")
        for side in view.sides:
            said = "; ".join(f"{_md(labels[c.article])}" + (f", {_md(c.attribution)}" if c.attribution else "")
                             + f" [{c.article}:{c.sentence}]" for c in side.claims)
            out.append(f"- {_md(side.value)} — {said}")
        out.append("")
    return out + ([f"_{held}_", ""] if held else [])


def held_back_note(held: list[float]) -> str | None:
    """What the reports say of the possible disputes held back below the reporting bar (their
    confidences, surest first), or None when there are none."""
    if not held:
        return None
    scores = f"{held[0]:.0%}" if len(held) == 1 or held[0] == held[-1] else f"{held[-1] * 100:.0f}–{held[0]:.0%}"
    what = "One less certain pair of values" if len(held) == 1 else f"{len(held)} less certain pairs of values"
    return (f"{what} ({scores} confidence) {'is' if len(held) == 1 else 'are'} held back: most pairs this unsure "
            f"are not real disagreements. A least dispute confidence of {HELD_BACK_FLOOR} "
            f"(`--min-confidence {HELD_BACK_FLOOR}`) lists {'it' if len(held) == 1 else 'them'}.")


def _md_sources(digest: Digest, labels: dict[str, str]) -> list[str]:
    out = ["## Sources", ""]
    for a in _taking_part(digest):
        title = f" — {a.title}" if a.title else ""
        extra = f" ({_md(readable_time(a.published))})" if a.published else ""
        named = f" ({a.source})" if a.source and a.source != labels[a.id] else ""
        removed = f", {_count(len(a.removed), 'boilerplate line')} removed" if a.removed else ""
        out.append(f"- **{a.id}**: {_md(labels[a.id] + named)}{_md(title)}{extra}, "
                   f"{_count(len(a.sentences), 'sentence')}{removed}")
    left_out = [a for a in digest.articles if a.excluded]
    if left_out:
        out += ["", "## Left out of the digest", ""]
        out += [f"- **{a.id}**: {_md(labels[a.id])} — {_md(a.excluded or '')}" for a in left_out]
    return out


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _md(text: str) -> str:
    return _safe(text).replace("|", "\\|").replace("\n", " ")


def _safe(text: str) -> str:
    """Source text as Markdown that shows it and nothing more: no raw HTML, no links or images."""
    return MD_ESCAPES.sub(lambda m: MD_ESCAPES_TO[m[0]], text)


def _host(url: str | None) -> str | None:
    try:
        return urlsplit(url).hostname if url else None
    except ValueError:  # "http://[::1"
        return None


def is_web_url(url: object) -> bool:
    """An http(s) URL safe to link: no other scheme (javascript:, data:), no spaces or control
    characters, and a host that parses."""
    if not isinstance(url, str) or WEB_URL.fullmatch(url) is None:
        return False
    return bool(_host(url))


@lru_cache(maxsize=1)
def _environment():
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("storylens", "templates"), autoescape=select_autoescape(["html"]))
    env.filters["when"] = readable_time
    env.tests["web_url"] = is_web_url  # only http(s) addresses become links
    return env


def report_context(digest: Digest) -> dict[str, Any]:
    """What the HTML templates need: the digest plus lookups for cited and disputed sentences."""
    cited: dict[tuple[str, int], list[int]] = {}
    for n, c in enumerate(digest.summary, 1):
        for cite in c.cites:
            cited.setdefault((cite.article, cite.sentence), []).append(n)
    disputed = {(c.article, c.sentence) for d in digest.disputes for c in d.claims}
    labels = article_labels(digest)
    return {"d": digest, "label": labels.__getitem__, "sentence": digest.sentence, "cited": cited,
            "disputed": disputed, "headline": _headline(digest), "compared": len(_taking_part(digest)) > 1,
            "disputes": [dispute_view(d, labels) for d in digest.disputes], "held": held_back_note(digest.held_back),
            "speakers": quotes_by_speaker(digest, labels), "left_out": [a for a in digest.articles if a.excluded],
            "entity_tiers": entity_tiers(digest)}


def to_html(digest: Digest, standalone: bool = True) -> str:
    """A self-contained HTML report (inline CSS and script, no network)."""
    template = _environment().get_template("report.html")
    return template.render(standalone=standalone, **report_context(digest))
