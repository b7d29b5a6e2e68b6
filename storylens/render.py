"""Render: a digest as JSON (the contract), Markdown, or a self-contained HTML report."""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from storylens.model import Article, Cite, Digest, Dispute

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
        "entities": [asdict(e) for e in digest.entities],
        "quotes": [asdict(q) for q in digest.quotes],
        "warnings": list(digest.warnings),
    }


def _article(a: Article) -> dict[str, Any]:
    return {"id": a.id, "source": a.source, "title": a.title, "url": a.url, "published": a.published,
            "sentences": [s.text for s in a.sentences], "removed": list(a.removed), "excluded": a.excluded}


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


def label(digest: Digest, article_id: str) -> str:
    """A short human name for an article: its outlet or file, else its id."""
    article = digest.article(article_id)
    return article.source or article.title or article.id


def cite_marks(digest: Digest, cites: list[Cite]) -> str:
    """Citations as Markdown text: ``[a1:3, a2:0]``."""
    return "[" + ", ".join(f"{c.article}:{c.sentence}" for c in cites) + "]"


def to_markdown(digest: Digest) -> str:
    """A readable Markdown report with citations as ``[article:sentence]``."""
    out = ["# storylens digest", ""]
    out += [f"> warning: {_safe(w)}" for w in digest.warnings] + ([""] if digest.warnings else [])
    out += ["## Summary", ""]
    out += [f"{_safe(c.text)} {cite_marks(digest, c.cites)}" for c in digest.summary] + [""]
    if digest.disputes:
        out += ["## Where the sources disagree", "", "| topic | value | source | who says so | sentence |",
                "|---|---|---|---|---|"]
        for d in digest.disputes:
            for k, c in enumerate(d.claims):
                topic = f"**{_md(d.topic)}** ({d.kind})" if k == 0 else ""
                out.append(f"| {topic} | {_md(c.value)} | {_md(label(digest, c.article))} | "
                           f"{_md(c.attribution or '—')} | {c.article}:{c.sentence} |")
        out.append("")
    if digest.facts:
        out += ["## Reported by several sources", ""]
        out += [f"- {_safe(c.text)} {cite_marks(digest, c.cites)}" for c in digest.facts] + [""]
    if digest.entities:
        out += ["## People, organisations and places", ""]
        for e in digest.entities:
            other = [v for v in e.variants if v != e.name]
            out.append(f"- **{_md(e.name)}** ({e.type})" + (f": also {', '.join(_md(v) for v in other)}"
                                                             if other else ""))
        out.append("")
    if digest.quotes:
        out += ["## Quotes", ""]
        for q in digest.quotes:
            out.append(f"- **{_md(q.speaker or 'unattributed')}**: “{_md(q.text)}” [{q.article}:{q.sentence}]")
        out.append("")
    out += ["## Sources", ""]
    for a in digest.articles:
        title = f" — {a.title}" if a.title else ""
        extra = f" ({_md(a.published)})" if a.published else ""
        out.append(f"- **{a.id}**: {_md(a.source or 'unnamed')}{_md(title)}{extra}, {len(a.sentences)} sentences"
                   + (f", {len(a.removed)} boilerplate lines removed" if a.removed else ""))
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    return _safe(text).replace("|", "\\|").replace("\n", " ")


def _safe(text: str) -> str:
    """Source text as Markdown that shows it and nothing more: no raw HTML, no links or images."""
    return MD_ESCAPES.sub(lambda m: MD_ESCAPES_TO[m[0]], text)


def is_web_url(url: object) -> bool:
    """An http(s) URL safe to link: no other scheme (javascript:, data:), no spaces or control
    characters, and a host that parses."""
    if not isinstance(url, str) or WEB_URL.fullmatch(url) is None:
        return False
    try:
        return bool(urlsplit(url).hostname)
    except ValueError:  # "http://[::1"
        return False


@lru_cache(maxsize=1)
def _environment():
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("storylens", "templates"), autoescape=select_autoescape(["html"]))
    env.tests["web_url"] = is_web_url  # only http(s) addresses become links
    return env


def report_context(digest: Digest) -> dict[str, Any]:
    """What the HTML templates need: the digest plus lookups for cited and disputed sentences."""
    cited: dict[tuple[str, int], list[int]] = {}
    for n, c in enumerate(digest.summary, 1):
        for cite in c.cites:
            cited.setdefault((cite.article, cite.sentence), []).append(n)
    disputed = {(c.article, c.sentence) for d in digest.disputes for c in d.claims}
    return {"d": digest, "label": lambda aid: label(digest, aid), "sentence": digest.sentence,
            "cited": cited, "disputed": disputed}


def to_html(digest: Digest, standalone: bool = True) -> str:
    """A self-contained HTML report (inline CSS and script, no network)."""
    template = _environment().get_template("report.html")
    return template.render(standalone=standalone, **report_context(digest))
