"""storylens: read several news reports of one event and tell where they agree and disagree.

The public API is small::

    from storylens import digest, read_paths
    result = digest(read_paths(["examples/mqm-karachi-raid"]))
    print(result.summary[0].text)

Each stage of the pipeline is a module with pure functions over the dataclasses in
:mod:`storylens.model`: ingest → clean → annotate → represent → select → claims/disputes →
render.
"""

from storylens.errors import InputError
from storylens.ingest import read_paths, read_text
from storylens.model import Article, Cite, Cited, Claim, Digest, Dispute, Entity, Quote, RawArticle
from storylens.pipeline import digest

__version__ = "0.1.0"
__all__ = [
    "Article", "Cite", "Cited", "Claim", "Digest", "Dispute", "Entity", "InputError", "Quote",
    "RawArticle", "digest", "read_paths", "read_text",
]
