"""Rewrite the README's example output (between its example:start/end markers) from the current build.

    .venv/bin/python scripts/readme_example.py

Digests ``examples/mqm-karachi-raid`` as Markdown and keeps the summary and the disputes, with
their headings one level down so that they sit under the README's own; then the disputes again
at ``--min-confidence LOW`` (the rows the models are less sure of).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from storylens.ingest import read_paths  # noqa: E402
from storylens.pipeline import digest  # noqa: E402
from storylens.render import to_markdown  # noqa: E402

START, END = "<!-- example:start -->", "<!-- example:end -->"
LOW = 0.1


def example_block() -> str:
    """The summary and disputes sections of the example's Markdown report, and the disputes at ``LOW``."""
    articles = read_paths([str(ROOT / "examples" / "mqm-karachi-raid")])
    block = _sections(to_markdown(digest(articles)), ("## Summary", "## Where the sources disagree"))
    low = _sections(to_markdown(digest(articles, min_confidence=LOW)), ("## Where the sources disagree",))
    heading = "#### Where the sources disagree"
    low = low.replace(heading, f"{heading}, with `--min-confidence {LOW}`")
    return f"{block}\n\n{low}"


def _sections(md: str, names: tuple[str, ...]) -> str:
    kept = [s.strip() for s in re.split(r"^(?=## )", md, flags=re.M) if s.startswith(names)]
    return re.sub(r"^## ", "#### ", "\n\n".join(kept), flags=re.M)


def main() -> None:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    head, rest = text.split(START, 1)
    tail = rest.split(END, 1)[1]
    readme.write_text(f"{head}{START}\n{example_block()}\n{END}{tail}", encoding="utf-8")
    print(f"rewrote the example in {readme}")


if __name__ == "__main__":
    main()
