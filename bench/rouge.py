"""ROUGE of storylens beside extractive baselines and the stored peer systems, in one run.

    python bench/rouge.py [--data ../shared/data/multinews/dev.jsonl.gz] [--limit N] [--write]

Every extractive system picks from the same cleaned, segmented sentences of the articles triage
kept (storylens's clean, triage and annotate stages) under the same word budget, so the
comparison isolates sentence selection:
- lead: the first sentence of each article in turn, then the second, ...;
- LexRank and TextRank from sumy;
- TF-IDF centroid + MMR (scikit-learn);
- storylens: the trained scorer and cross-source selection, under the reading rules of
  ``storylens.references`` (its summary as ``storylens digest`` makes it).
The stored abstractive and extractive peers (PRIMERA, PEGASUS, BART, the 7B LLMs, ...) are
scored on the clusters that carry them, beside storylens on the same clusters. With --write
the tables go into docs/benchmarks.md between the ROUGE markers.
"""

from __future__ import annotations

import argparse
import gzip
import json
import platform
import re
import sys
import time
from pathlib import Path
from statistics import mean

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.report import replace_section  # noqa: E402
from storylens.evaluate import ROUGE_TYPES, rouge_scores  # noqa: E402
from storylens.ingest import article_from_dict  # noqa: E402
from storylens.pipeline import digest  # noqa: E402
from storylens.select import DEFAULT_WORDS  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "multinews" / "dev.jsonl.gz"


class Words:
    """A word tokenizer for sumy that needs no NLTK data download."""

    language = "english"

    @staticmethod
    def to_words(text: str) -> list[str]:
        return re.findall(r"[A-Za-z0-9']+", text)

    @staticmethod
    def to_sentences(text: str) -> list[str]:
        return [text]


def budget(sentences: list[str], order: list[int], words: int) -> list[str]:
    """Take sentences in ``order`` while the summary stays near the word budget."""
    out, total = [], 0
    for i in order:
        n = len(sentences[i].split())
        if total and total + n > words + 15:
            continue
        out.append(sentences[i])
        total += n
        if total >= words - 10:
            break
    return out


def lead(per_article: list[list[str]], words: int) -> list[str]:
    flat = []
    for depth in range(max(len(a) for a in per_article)):
        flat += [a[depth] for a in per_article if depth < len(a)]
    return budget(flat, list(range(len(flat))), words)


def sumy_rank(sentences: list[str], words: int, method: str) -> list[str]:
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    base = LexRankSummarizer if method == "lexrank" else TextRankSummarizer

    class Ratings(base):
        """Keeps sumy's sentence ratings instead of cutting to a sentence count."""

        def _get_best_sentences(self, sentences, count, rating, *args, **kwargs):
            self.ratings = rating
            return ()

    doc = ObjectDocumentModel([Paragraph([Sentence(s, Words()) for s in sentences])])
    summarizer = Ratings(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    summarizer(doc, len(sentences))
    scores = [summarizer.ratings.get(s, 0.0) for s in doc.sentences]
    return budget(sentences, sorted(range(len(sentences)), key=lambda i: -scores[i]), words)


def centroid_mmr(sentences: list[str], words: int, lam: float = 0.7) -> list[str]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    tfidf = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(sentences)
    centroid = np.asarray(tfidf.mean(axis=0)).ravel()
    rel = tfidf @ centroid
    sim = (tfidf @ tfidf.T).toarray()
    chosen: list[int] = []
    total = 0
    left = set(range(len(sentences)))
    while left and total < words - 10:
        best = max(left, key=lambda i: lam * rel[i] - (1 - lam) * max((sim[i, j] for j in chosen), default=0))
        left.discard(best)
        n = len(sentences[best].split())
        if total and total + n > words + 15:
            continue
        chosen.append(best)
        total += n
    return [sentences[i] for i in chosen]


def invents_numbers(summary: str, source: str) -> bool:
    """Whether a summary states a number that no source article has (digits, commas ignored)."""
    have = {n.replace(",", "") for n in re.findall(r"\d[\d,.]*\d|\d", source)}
    return any(n.replace(",", "") not in have for n in re.findall(r"\d[\d,.]*\d|\d", summary))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    parser.add_argument("--limit", type=int)
    parser.add_argument("--words", type=int, default=DEFAULT_WORDS)
    parser.add_argument("--write", action="store_true", help="write the tables into docs/benchmarks.md")
    args = parser.parse_args()
    systems = ["storylens", "lead", "lexrank", "textrank", "tfidf_mmr"]
    scores: dict[str, list[dict]] = {s: [] for s in systems}
    seconds: dict[str, float] = dict.fromkeys(systems, 0.0)
    peer_scores: dict[str, list[dict]] = {}
    ours_on_peers: list[dict] = []
    with gzip.open(args.data, "rt", encoding="utf-8") as handle:
        lines = [json.loads(line) for line in handle][: args.limit]
    for obj in lines:
        started = time.perf_counter()
        result = digest([article_from_dict(a, obj["id"]) for a in obj["articles"]], words=args.words, analyse=False)
        prep = time.perf_counter() - started
        articles = [a for a in result.articles if not a.excluded]  # what triage kept, for every system
        source = " ".join(a["text"] for a in obj["articles"])
        per_article = [[s.text for s in a.sentences if not s.heading and s.words >= 6] for a in articles]
        flat = [s for a in per_article for s in a]
        # A cluster triage leaves no text in (every page a notice) is scored, not skipped: each
        # system that reads what triage kept gives it an empty summary, and the peers their own.
        runs = {
            "storylens": lambda r=result: [c.text for c in r.summary],
            "lead": lambda p=per_article, f=flat: lead(p, args.words) if f else [],
            "lexrank": lambda f=flat: sumy_rank(f, args.words, "lexrank") if f else [],
            "textrank": lambda f=flat: sumy_rank(f, args.words, "textrank") if f else [],
            "tfidf_mmr": lambda f=flat: centroid_mmr(f, args.words) if f else [],
        }
        for name, run in runs.items():
            t = time.perf_counter()
            summary = run()
            seconds[name] += time.perf_counter() - t + (prep if name == "storylens" else 0.0)
            row = rouge_scores(summary, obj["summary"])
            row["words"] = sum(len(s.split()) for s in summary)
            row["invented"] = invents_numbers(" ".join(summary), source)
            scores[name].append(row)
            if name == "storylens" and obj.get("peers"):
                ours_on_peers.append(row)
        for peer, text in (obj.get("peers") or {}).items():
            sents = [p for p in re.split(r"(?<=[.!?])\s+", text.strip()) if p]
            row = rouge_scores(sents, obj["summary"])
            row["words"] = len(text.split())
            row["invented"] = invents_numbers(text, source)
            peer_scores.setdefault(peer, []).append(row)
    table = _table(scores, seconds, len(lines))
    peers = _peer_table(ours_on_peers, peer_scores)
    print(table)
    print(peers)
    if args.write:
        command = "python bench/rouge.py --write" + (f" --limit {args.limit}" if args.limit else "")
        machine = f"{platform.machine()} with {_cpus()} CPU cores, Python {platform.python_version()}"
        body = (f"Command: `{command}` — {len(lines)} clusters of `{Path(args.data).name}`, word budget "
                f"{args.words}, on {machine}.\n\n"
                f"{table}\n\nStored peer outputs, on the {len(ours_on_peers)} clusters that carry them "
                f"(peers' own lengths; storylens at its budget):\n\n{peers}\n")
        replace_section("rouge", body)


def _cpus() -> int:
    import os

    return os.cpu_count() or 0


def _table(scores: dict[str, list[dict]], seconds: dict[str, float], n: int) -> str:
    base = mean(r["rouge1"] for r in scores["lead"]) if scores["lead"] else 1.0
    rows = ["| system | ROUGE-1 | ROUGE-2 | ROUGE-L | ROUGE-Lsum | words | ms/cluster | R-1 vs lead |",
            "|---|---|---|---|---|---|---|---|"]
    for name, rs in sorted(scores.items(), key=lambda kv: -mean(r["rouge1"] for r in kv[1])):
        vals = [mean(r[k] for r in rs) for k in ROUGE_TYPES]
        rows.append(f"| {name} | " + " | ".join(f"{v:.2f}" for v in vals)
                    + f" | {mean(r['words'] for r in rs):.0f} | {1000 * seconds[name] / max(len(rs), 1):.0f}"
                    + f" | {vals[0] / base:.3f} |")
    return "\n".join(rows)


def _peer_table(ours: list[dict], peers: dict[str, list[dict]]) -> str:
    rows = ["| system | ROUGE-1 | ROUGE-2 | ROUGE-L | ROUGE-Lsum | words | with a number not in the sources |",
            "|---|---|---|---|---|---|---|"]
    everything = {"storylens": ours, **peers}
    for name, rs in sorted(everything.items(), key=lambda kv: -mean(r["rouge1"] for r in kv[1]) if kv[1] else 0):
        if not rs:
            continue
        vals = [mean(r[k] for r in rs) for k in ROUGE_TYPES]
        rows.append(f"| {name} | " + " | ".join(f"{v:.2f}" for v in vals) + f" | {mean(r['words'] for r in rs):.0f} | "
                    f"{100 * mean(r['invented'] for r in rs):.0f}% |")
    return "\n".join(rows)


if __name__ == "__main__":
    main()
