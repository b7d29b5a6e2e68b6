"""Rewrite the README's example output (between its example:start/end markers) from the current build.

    .venv/bin/python scripts/readme_example.py

Digests ``examples/mqm-karachi-raid`` as Markdown and keeps the summary and the disputes, with
their headings one level down so that they sit under the README's own.
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


def example_block() -> str:
    """The summary and disputes sections of the example's Markdown report."""
    md = to_markdown(digest(read_paths([str(ROOT / "examples" / "mqm-karachi-raid")])))
    sections = re.split(r"^(?=## )", md, flags=re.M)
    kept = [s.strip() for s in sections if s.startswith(("## Summary", "## Where the sources disagree"))]
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
