"""Triage: tell reports on the cluster's event from pages that are not reports at all (error
pages, paywalls, archive and cookie notices, widgets, teaser lists, marketing) and from reports
on another story.

A LightGBM classifier (``resources/triage.json``, trained by ``scripts/train_triage.py``) reads
each article's page features (furniture words, mined boilerplate, reporting verbs, length,
how the page addresses its reader) and how it relates to the other articles of the cluster
(vector similarity, shared words). It was trained on Multi-News+, whose cleansing marked the
articles a human summary could draw on; the decision threshold is set high so that a real
report is not excluded. Whether an excluded article is a non-article or a report on another
story follows from which features drove the decision (LightGBM's per-feature contributions);
which kind of non-article it is, from cue words (a name for the reader, not the decision).

Articles are grouped into stories by a pair model learned on the same data (same cluster
against the nearest article of another cluster); when the kept articles form several groups,
the digest warns and names them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from storylens.clean import QUOTE_MARK, learned_boilerplate, normalise, split_rough
from storylens.model import Article, CleanArticle, RawArticle
from storylens.models import booster_file

# Multi-News+ keeps about 450 words of each cluster, shared among its articles: features are
# read from the same share of each article so that training and use see the same text.
CLUSTER_WORDS = 450
MIN_ARTICLE_WORDS = 8  # fewer words of text left after cleaning: nothing to report
PAGE_DECIDES = 0.5  # log-odds the page features alone add when an exclusion is "not an article"

# Words of page furniture (also used by scripts/mine_boilerplate.py to keep mined sentences).
PAGE_WORDS = re.compile(
    r"\b(?:click|sign|signing|subscrib\w*|e ?mail|newsletter|inbox|cookies?|browser|javascript|video|account|"
    r"password|log|login|twitter|tweet|facebook|share|comments?|copyright|rights|reserved|archive|crawl\w*|"
    r"app|apps|ad|ads|advertisement|notifications?|download|website|site|page|pages|privacy|terms|photo|"
    r"reprints?|copy|subscription|digital|access|follow|verify|verification|upload|link|url|code|"
    r"reader|readers|trial|articles?|content|profile|feature|queue|rated|rating|zip)\b")
REPORTING = re.compile(r"\b(?:said|says|told|according|reported|announced|confirmed|added)\b")
READER = re.compile(r"\b(?:you|your|we|our|us)\b")
FIRST_PERSON = re.compile(r"\b(?:i|my|me|i'm|i've)\b")
ADDRESS = re.compile(r"https?\b|www\b|\.com\b|@\w")
STOP = frozenset({
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is", "was",
    "were", "be", "been", "are", "it", "its", "that", "this", "he", "she", "they", "his", "her", "their", "not",
    "but", "have", "has", "had", "will", "would", "can", "could", "said", "says"
})

# Names for the kinds of non-article, from cue words (the classifier decides; these only name).
KINDS = [
    ("an archive or crawl notice", re.compile(r"\b(?:crawl\w*|wayback|archive[ds]?|warc|heritrix)\b")),
    ("an error page", re.compile(r"\b(?:not found|404|error|no longer available|doesn't exist|does not exist|"
                                 r"something went wrong|unavailable|javascript|browser)\b")),
    ("a paywall or sign-up page", re.compile(r"\b(?:subscri\w+|sign (?:in|up)|log ?in|free articles?|"
                                             r"digital access|register|newsletter)\b")),
    ("a cookie or privacy notice", re.compile(r"\b(?:cookies?|privacy|consent|third[- ]party)\b")),
    ("a widget (weather, scores, prices)", re.compile(r"\b(?:mph|forecast|high \d+|low \d+|chance of rain|"
                                                      r"winds|\d+f|°)")),
    ("a social-media or sharing page", re.compile(r"\b(?:tweet\w*|twitter|facebook|instagram|share|follow)\b")),
]
PAGE_FEATURES = [
    "words_share", "log_words", "sentence_words", "boilerplate", "page_words", "reader", "first_person",
    "reporting", "digits", "stopwords", "addresses", "quotes", "bare_lines", "non_ascii",
    "furniture_words", "furniture_sentences", "repeated_text",
]
TOPIC_FEATURES = ["n_articles", "sim_max", "sim_mean", "sim_centroid", "centrality_rank", "shared_words",
                  "overlap_max", "sim_vs_cluster", "copies"]
COPY_SIMILARITY = 0.97  # two copies of one page (a syndicated story, a repeated notice)
FEATURE_NAMES = PAGE_FEATURES + TOPIC_FEATURES


@dataclass
class Triage:
    """Per article: why it is excluded (None when it is a report on the cluster's event)."""

    excluded: list[str | None]
    warnings: list[str]
    story: list[int] | None = None  # the reports on the main story, when the reports tell several
    # Per article: the classifier's probability that it is no report on the event (0 without the
    # model). Below the threshold the article stays, but the summary leans on surer reports.
    doubt: list[float] | None = None


@lru_cache(maxsize=1)
def model() -> dict | None:
    """The committed classifier and pair model, or None when the file is missing."""
    data = booster_file("triage.json")
    if data is not None:
        data["common"] = frozenset(data["common"])
    return data


def sample_text(text: str, n_articles: int) -> str:
    """The lower-cased share of an article the features read (as in the training data)."""
    share = max(CLUSTER_WORDS // max(n_articles, 1), 40)
    return " ".join(text.split()[:share]).lower()


def words_of(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text)


def content_set(words: list[str]) -> set[str]:
    return {w for w in words if len(w) > 3 and w not in STOP and not w.isdigit()}


def page_features(text: str, n_articles: int) -> list[float]:
    """What kind of page the text is, from its share of words (see :data:`PAGE_FEATURES`)."""
    sample = sample_text(text, n_articles)
    share = max(CLUSTER_WORDS // max(n_articles, 1), 40)
    words = words_of(sample)
    n = max(len(words), 1)
    sentences = [s for s in split_rough(sample) if s.strip()] or [sample]
    learned = learned_boilerplate()
    lines = [line for line in text.splitlines() if line.strip()][:40]
    bare = sum(1 for line in lines if not re.search(r"[.!?\"”')]\s*$", line.strip()))
    letters = re.findall(r"[^\W\d_]", sample)
    return [
        min(len(sample.split()) / share, 1.0),
        math.log1p(len(sample.split())),
        len(words) / len(sentences),
        sum(normalise(s) in learned for s in sentences) / len(sentences),
        len(PAGE_WORDS.findall(sample)) / n,
        len(READER.findall(sample)) / n,
        len(FIRST_PERSON.findall(sample)) / n,
        len(REPORTING.findall(sample)) / n,
        sum(w.isdigit() for w in words) / n,
        sum(w in STOP for w in words) / n,
        len(ADDRESS.findall(sample)) / n,
        len(QUOTE_MARK.findall(sample)) / n,
        bare / max(len(lines), 1),  # training text has no line breaks: 0 there, as for flowing text
        sum(not c.isascii() for c in letters) / max(len(letters), 1),
    ] + furniture_features(sample)


def furniture_features(sample: str) -> list[float]:
    """How much of the text reads as page furniture to the clean stage's words model (its share of
    words, weighed by sentence, and its share of sentences), and the share of its five-word runs seen
    in five or more Multi-News+ training clusters. Lower case and without line breaks, as the
    training text is."""
    from storylens.furniture import model as furniture_model
    from storylens.furniture import repetition, words_score

    trained = furniture_model()
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", sample) if s.strip()]
    if trained is None or not sentences:
        return [0.0, 0.0, 0.0]
    scores = np.array([words_score(s, trained["words"]) for s in sentences])
    sizes = np.array([len(s.split()) for s in sentences], dtype=np.float64)
    counts = repetition(sample)
    return [float(scores @ sizes / sizes.sum()), float((scores >= 0.5).mean()),
            float((counts >= 5).mean()) if len(counts) else 0.0]


def topic_features(vectors: np.ndarray, bags: list[set[str]]) -> np.ndarray:
    """How each article relates to the others of its cluster (see :data:`TOPIC_FEATURES`)."""
    n = len(bags)
    sim = vectors @ vectors.T
    out = np.zeros((n, len(TOPIC_FEATURES)))
    if n < 2:
        out[:, 0] = n
        return out
    off = ~np.eye(n, dtype=bool)
    mean_pair = float(sim[off].mean())
    # A page is compared with the other pages, not with its own copies: two copies of one
    # archive notice support each other as much as two reports of one event do.
    others_of = [[j for j in range(n) if j != i and sim[i, j] < COPY_SIMILARITY] for i in range(n)]
    centrality = []
    for i in range(n):
        centre = vectors[others_of[i]].sum(axis=0) if others_of[i] else np.zeros(vectors.shape[1])
        norm = float(np.linalg.norm(centre))
        centrality.append(float(vectors[i] @ centre) / norm if norm else 0.0)
    ranks = np.argsort(np.argsort(-np.array(centrality)))
    for i in range(n):
        others = others_of[i]
        copies = (n - 1 - len(others)) / (n - 1)
        if not others:
            out[i] = [n, 0, 0, 0, ranks[i] / (n - 1), 0, 0, -mean_pair, copies]
            continue
        rest = set().union(*(bags[j] for j in others))
        overlaps = [len(bags[i] & bags[j]) / max(min(len(bags[i]), len(bags[j])), 1) for j in others]
        out[i] = [n, sim[i, others].max(), sim[i, others].mean(), centrality[i], ranks[i] / (n - 1),
                  len(bags[i] & rest) / max(len(bags[i]), 1), max(overlaps), sim[i, others].mean() - mean_pair,
                  copies]
    return out


def features(texts: list[str], vectors: np.ndarray) -> np.ndarray:
    """The feature matrix of one cluster's articles (rows in input order)."""
    n = len(texts)
    bags = [content_set(words_of(sample_text(t, n))) for t in texts]
    page = np.array([page_features(t, n) for t in texts], dtype=np.float64).reshape(n, len(PAGE_FEATURES))
    return np.hstack([page, topic_features(vectors, bags)]).astype(np.float32)


def article_vectors(texts: list[str]) -> np.ndarray:
    """One unit vector per article, from the same share of text the features read."""
    from storylens.models import wordllama

    n = len(texts)
    if n == 0:
        return np.zeros((0, 256), dtype=np.float32)
    vectors = wordllama().embed([sample_text(t, n) for t in texts], norm=True, batch_size=64)
    return np.nan_to_num(np.asarray(vectors, dtype=np.float32))


def rare_words(sample: str, common: frozenset[str]) -> set[str]:
    """Words outside the training data's most frequent ones: names, places, the story's own terms."""
    return {w for w in words_of(sample) if len(w) > 2 and not w.isdigit() and w not in common}


def pair_features(vectors: np.ndarray, rare: list[set[str]]) -> tuple[np.ndarray, np.ndarray]:
    """Vector similarity and shared rare words (over the smaller set) of every pair of articles."""
    n = len(rare)
    shared = np.array([[len(rare[i] & rare[j]) / max(min(len(rare[i]), len(rare[j])), 1) for j in range(n)]
                       for i in range(n)]).reshape(n, n)
    return vectors @ vectors.T, shared


def same_story(vectors: np.ndarray, rare: list[set[str]], pair: dict) -> np.ndarray:
    """Probability that each pair of articles reports the same story (the learned pair model)."""
    sim, shared = pair_features(vectors, rare)
    z = pair["intercept"] + pair["sim"] * sim + pair["shared"] * shared
    return 1 / (1 + np.exp(-z))


def stories(vectors: np.ndarray, rare: list[set[str]], pair: dict, members: list[int]) -> list[list[int]]:
    """Groups of articles (indices among ``members``) that report the same story, joined by any
    pair the pair model judges the same story; the largest group first."""
    prob = same_story(vectors, rare, pair)
    parent = {i: i for i in members}

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for a in members:
        for b in members:
            if a < b and prob[a, b] >= 0.5:
                parent[find(b)] = find(a)
    groups: dict[int, list[int]] = {}
    for i in members:
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def kind_of(text: str) -> str:
    """A name for the kind of non-article, from cue words."""
    sample = text[:3000].lower()
    counts = [(len(rule.findall(sample)), name) for name, rule in KINDS]
    best = max(counts, key=lambda c: c[0])
    return best[1] if best[0] else "page text, not a news report"


def triage(raw: list[RawArticle], cleaned: list[CleanArticle]) -> Triage:
    """Judge each article: a report on the cluster's event (None), or why it is excluded.

    An article is excluded when the classifier is sure (``threshold``), or fairly sure
    (``threshold_grouped``) and the pair model also puts it outside the main story, and when it
    copies an earlier report word for word (:func:`_without_copies`).
    """
    n = len(raw)
    excluded: list[str | None] = [None] * n
    for i, article in enumerate(cleaned):
        words = sum(len(p.split()) for p in article.paragraphs)
        # A short text is a short report unless cleaning took the rest away as page furniture.
        if words == 0 or (words < MIN_ARTICLE_WORDS and article.removed):
            excluded[i] = "not an article: no text left once page furniture is removed"
    trained = model()
    if trained is None or n < 2:
        return Triage(_without_copies(excluded, cleaned), [])
    texts = [r.text for r in raw]
    vectors = article_vectors(texts)
    matrix = features(texts, vectors)
    booster = trained["booster"]
    prob = booster.predict(matrix)
    page = booster.predict(matrix, pred_contrib=True)[:, [FEATURE_NAMES.index(f) for f in PAGE_FEATURES]]

    def reason(i: int) -> str:
        # The page features alone decided it: not an article; otherwise it is off the story.
        return f"not an article: {kind_of(texts[i])}" if page[i].sum() > PAGE_DECIDES else "about another story"

    for i in range(n):
        if not excluded[i] and prob[i] >= trained["threshold"]:
            excluded[i] = reason(i)
    excluded = _without_copies(excluded, cleaned)
    rare = [rare_words(sample_text(t, n), trained["common"]) for t in texts]
    groups = stories(vectors, rare, trained["pair"], [i for i in range(n) if not excluded[i]])
    for group in groups[1:]:
        for i in group:
            if prob[i] >= trained["threshold_grouped"]:
                excluded[i] = reason(i)
    likeliest = int(np.argmin(prob))
    if all(excluded) and prob[likeliest] < trained["threshold"]:
        # Exclude everything only when the classifier is sure of each page (a crawl notice beside an
        # empty page): otherwise the likeliest report stays.
        excluded[likeliest] = None
    reports = [[i for i in g if not excluded[i]] for g in groups]
    reports = [g for g in reports if g]
    doubt = [float(p) for p in prob]
    if len(reports) < 2:
        return Triage(excluded, [], doubt=doubt)
    # The main story: the one most reports tell, each article weighed by how likely it is a report
    # (an unnoticed pair of notices must not outweigh the one real report); the length of their
    # text only breaks ties (a 1,200-word explainer page outweighed the 440-word AP report it sat
    # beside; of the 5 dev clusters where the two choices differ, the reference summary is about
    # this one's choice in 4).
    size = [math.sqrt(sum(len(p.split()) for p in c.paragraphs)) for c in cleaned]
    main = max(reports, key=lambda g: (round(sum(1 - prob[i] for i in g), 6), sum(size[i] for i in g), -g[0]))
    reports.sort(key=lambda g: g is not main)
    return Triage(excluded, _story_warnings(reports, raw, cleaned), story=main, doubt=doubt)


def _without_copies(excluded: list[str | None], cleaned: list[CleanArticle]) -> list[str | None]:
    """``excluded`` with each report that copies an earlier one word for word, once page furniture
    is removed, left out as a copy (a page given twice in one cluster, distant reading 9099): the
    same report twice would double its quotations, citations and corroboration. Not two outlets
    running one wire story with their own headlines, captions or edits: those differ somewhere."""
    out = list(excluded)
    first: dict[str, int] = {}
    for i, article in enumerate(cleaned):
        text = " ".join(" ".join(article.paragraphs).split())
        if out[i] or len(text.split()) < MIN_ARTICLE_WORDS:
            continue
        if text in first:
            out[i] = f"a copy of article {first[text] + 1}"
        else:
            first[text] = i
    return out


def _story_warnings(groups: list[list[int]], raw: list[RawArticle], cleaned: list[CleanArticle]) -> list[str]:
    """A warning naming the stories when the reports tell more than one (the main one first)."""
    named = "; ".join(f"{', '.join(f'a{i + 1}' for i in g)} ({_label(raw[g[0]], cleaned[g[0]])})" for g in groups)
    return [f"the articles seem to be about {len(groups)} different stories: {named}; the summary, facts and "
            f"names cover the first"]


def _label(raw: RawArticle, cleaned: CleanArticle) -> str:
    """A short name for a story: the article's title, else the start of its first paragraph."""
    text = raw.title or next((p for p in cleaned.paragraphs if len(p.split()) >= 4), "")
    words = text.split()
    return " ".join(words[:12]) + ("…" if len(words) > 12 else "")


def set_aside(cleaned: CleanArticle) -> CleanArticle:
    """A non-article: all of its text is page furniture, kept in ``removed``."""
    return CleanArticle(raw=cleaned.raw, paragraphs=[], removed=cleaned.removed + cleaned.paragraphs)


def reports(articles: list[Article], vectors: np.ndarray,
            story: list[int] | None = None) -> tuple[list[Article], np.ndarray]:
    """The articles that take part in the digest (of those, the ones on the main ``story`` when
    given), and the rows of ``vectors`` (one per sentence of every article, in order) that belong
    to their sentences."""
    rows, kept, start = [], [], 0
    for i, article in enumerate(articles):
        if not article.excluded and (story is None or i in story):
            kept.append(article)
            rows.extend(range(start, start + len(article.sentences)))
        start += len(article.sentences)
    return kept, vectors[rows] if len(vectors) else vectors
