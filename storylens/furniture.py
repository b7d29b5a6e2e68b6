"""The line classifier of the clean stage: how likely each line of an article is page furniture
(a caption, a credit, a link to another story, a sign-up prompt) rather than report text.

Two learned parts, trained by ``scripts/train_furniture.py`` and kept in
``resources/furniture.json``:
- a words model: logistic regression over a line's hashed words, word pairs and first and last
  words, learned from lines of dev clusters outside the gold sets, labelled at a distance (the
  clean rules' verdicts and lines repeated across many Multi-News+ training clusters);
- a LightGBM model over the line's form (position in its article, length, whether it ends like
  a sentence, capitals, digits, addresses, reporting verbs), how often its five-word runs recur
  across Multi-News+ training clusters (``resources/repeated-ngrams.npz``: page furniture repeats
  across the pages of one site), its WordLlama similarity to its article, its cluster and the
  other articles, its neighbours, and the words model's score; learned from the gold
  ``boilerplate`` lines of the tune clusters and from the lines of 44 other dev clusters read and
  labelled by helper sessions (``scripts/data/furniture-silver.jsonl``).

The clean stage removes a line whose probability reaches the model's ``threshold``; ``sure`` for
a line that reads as a sentence (report text must not be lost) and for the lines above the
story's first sentence (its headline and standfirst). A line that starts in lower case (an item
of a list whose head ends in a colon, a sentence broken over two lines), a turn of a transcript
("GEORGE STEPHANOPOULOS: Can you ...") and a credit line under a quotation ("— Claire Danes")
stay. A line the link rules name but whose probability is below ``keep`` stays too (see
:func:`vetoed`).
"""

from __future__ import annotations

import math
import re
import zlib
from functools import lru_cache
from importlib import resources

import numpy as np

from storylens.clean import (
    CAPTION_DATELINE,
    CAPTION_POSITION,
    CREDIT_LINE,
    CREDIT_TAIL,
    LATIN_ARTICLE,
    NAME_CREDIT,
    QUOTE_CLOSERS,
    QUOTE_MARK,
    TERMINAL,
    TRAILING_BRACKETED,
    latin_share,
    learned_boilerplate,
    normalise,
    split_rough,
    turn_labels,
)
from storylens.models import booster_file
from storylens.triage import PAGE_WORDS, READER, REPORTING

CONTEXT_LINES = 3  # the classifier judges a line among others: a shorter text keeps its lines (the rules still run)
NGRAM = 5  # words in a run looked up in the repetition counts
MANY_HOLDERS = 20  # lines sharing one five-word run, beyond which they are not told apart
SENTENCE_WORDS = 5  # a line of this many words ending in a full stop (or a colon) reads as a sentence
SENTENCE = re.compile(r"""[.!?:;]["'”’)]?\s*$""")
# A turn of a transcript or interview: "GEORGE STEPHANOPOULOS: Can you ...", "REP. SUSAN BROOKS (R-IN): ...", "Q: ..."
TURN = re.compile(r"^(?:[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)+(?: \([^()]{1,20}\))?|Q|A):\s+[\"“A-Z]")
WORD_TOKENS = re.compile(r"[a-z0-9]+|[^\sa-z0-9]")
ADDRESS = re.compile(r"https?://|www\.|\.(?:com|org|net|gov)\b", re.I)
COPYRIGHT = re.compile(r"©|\bcopyright\b|\(c\)", re.I)

FEATURES = [
    "position", "from_end", "relative_position", "log_words", "chars", "ends_sentence", "ends_period",
    "ends_colon", "ends_question", "sentences", "titled", "capitals", "starts_upper", "starts_digit",
    "starts_bracket", "starts_quote", "digits", "address", "at_sign", "copyright", "pipe", "slash", "brackets",
    "reporting", "quote_marks", "reader", "page_words", "repeated_mean", "repeated_share", "repeated_often",
    "repeated_max", "learned", "prev_ends", "next_ends", "prev_words", "next_words", "article_lines",
    "bare_share", "sim_cluster", "sim_article", "sim_other", "copied", "caption_dateline", "caption_position",
    "words_score", "prev_words_score", "next_words_score", "prev_colon", "starts_lower", "near_copy",
    "credit", "letters", "foreign", "wrapped",
]


@lru_cache(maxsize=1)
def model() -> dict | None:
    """The committed classifier, or None when its file is missing (then only the rules clean)."""
    data = booster_file("furniture.json")
    if data is not None:
        data["words"]["weights"] = np.asarray(data["words"]["weights"], dtype=np.float32)
    return data


@lru_cache(maxsize=1)
def repeated() -> tuple[np.ndarray, np.ndarray]:
    """Hashes of five-word runs seen in several Multi-News+ training clusters (sorted), and in how many."""
    path = resources.files("storylens.resources").joinpath("repeated-ngrams.npz")
    if not path.is_file():
        return np.zeros(0, dtype=np.uint32), np.zeros(0, dtype=np.uint16)
    with path.open("rb") as handle, np.load(handle) as data:
        return data["hashes"], data["counts"]


def run_hashes(words: list[str]) -> np.ndarray:
    """Stable hashes of a line's runs of :data:`NGRAM` words (the whole line when shorter)."""
    if not words:
        return np.zeros(0, dtype=np.uint32)
    runs = [" ".join(words)] if len(words) < NGRAM else \
        [" ".join(words[i:i + NGRAM]) for i in range(len(words) - NGRAM + 1)]
    return np.array([zlib.crc32(r.encode()) for r in runs], dtype=np.uint32)


def repetition(line: str) -> np.ndarray:
    """In how many training clusters each five-word run of the line occurs (1 for a run not counted)."""
    hashes, counts = repeated()
    runs = run_hashes(normalise(line).split())
    if not len(runs) or not len(hashes):
        return np.ones(len(runs))
    at = np.minimum(np.searchsorted(hashes, runs), len(hashes) - 1)
    return np.where(hashes[at] == runs, counts[at], 1).astype(np.float64)


def word_features(line: str, dim: int) -> dict[int, float]:
    """Hashed words, word pairs and the first and last two words of a line (lower case, digits as 0)."""
    words = [re.sub(r"\d", "0", w) for w in WORD_TOKENS.findall(line.lower()[:2000])]
    keys = [f"u:{w}" for w in words] + [f"b:{a} {b}" for a, b in zip(words, words[1:])]
    keys += [f"f:{w}" for w in words[:2]] + [f"l:{w}" for w in words[-2:]]
    out: dict[int, float] = {}
    scale = 1 / math.sqrt(max(len(keys), 1))
    for key in keys:
        slot = zlib.crc32(key.encode()) % dim
        out[slot] = out.get(slot, 0.0) + scale
    return out


def words_score(line: str, words: dict) -> float:
    """The words model's probability that the line is furniture."""
    weights = words["weights"]
    z = words["intercept"] + sum(weights[slot] * value for slot, value in word_features(line, len(weights)).items())
    return 1 / (1 + math.exp(-z))


def line_form(line: str) -> list[float]:
    """What a line looks like, on its own (the first part of :data:`FEATURES` that needs no context)."""
    words = line.split()
    low = line.lower()
    tokens = re.findall(r"[a-z0-9]+", low)
    n_tokens = max(len(tokens), 1)
    long = [w for w in words if len(w) > 3]
    end = line.rstrip()
    return [
        math.log1p(len(words)), min(len(line), 1000), bool(TERMINAL.search(line)), end.endswith("."),
        end.endswith(":"), end.endswith("?"), min(len(split_rough(line)), 20),
        sum(w[0].isupper() for w in long) / max(len(long), 1),
        sum(w.isupper() and len(w) > 1 for w in words) / max(len(words), 1),
        line[:1].isupper(), line[:1].isdigit(), line[:1] in "([{", line[:1] in "\"“'‘",
        sum(t.isdigit() for t in tokens) / n_tokens, bool(ADDRESS.search(line)), "@" in line,
        bool(COPYRIGHT.search(line)), "|" in line, "/" in line, min(line.count("("), 10),
        len(REPORTING.findall(low)), len(QUOTE_MARK.findall(line)), len(READER.findall(low)) / n_tokens,
        len(PAGE_WORDS.findall(low)) / n_tokens,
    ]


def script_form(line: str) -> list[float]:
    """The share of a line's characters that are letters (a row of dots has none), the share of its
    letters in another script than the article's Latin one, and whether it is wholly in brackets
    ("[Nature Communications]", "(Sprayable Energy)": a link or a credit)."""
    text = line.strip()
    letters = len(re.findall(r"[^\W\d_]", text))
    return [letters / max(len(text.replace(" ", "")), 1), 1 - latin_share(text),
            bool(re.match(r"^[(\[].*[)\]]$", text))]


def repetition_features(line: str) -> list[float]:
    counts = repetition(line)
    if not len(counts):
        return [0.0, 0.0, 0.0, 0.0]
    return [float(np.log(counts).mean()), float((counts >= 5).mean()), float((counts >= 20).mean()),
            math.log(float(counts.max()))]


def article_table(lines: list[str], vectors: np.ndarray, centre: np.ndarray, others: np.ndarray,
                  other_lines: set[str], words: dict | None) -> np.ndarray:
    """The feature matrix (rows: lines, columns: :data:`FEATURES`) of one article.

    ``vectors`` are the lines' unit WordLlama vectors, ``centre`` the cluster's unit centroid,
    ``others`` the line vectors of the cluster's other articles and ``other_lines`` their
    normalised lines.
    """
    n = len(lines)
    if n == 0:
        return np.zeros((0, len(FEATURES)), dtype=np.float32)
    sizes = np.array([len(line.split()) for line in lines], dtype=np.float32)
    own = (vectors * sizes[:, None]).sum(axis=0)
    own /= max(float(np.linalg.norm(own)), 1e-9)
    ends = [bool(TERMINAL.search(line)) for line in lines]
    bare_share = 1 - sum(ends) / n
    learned = learned_boilerplate()
    scores = [words_score(line, words) if words else 0.0 for line in lines]
    copies = near_copies(lines)
    rows = []
    for i, line in enumerate(lines):
        first, last = i == 0, i == n - 1
        rows.append(
            [min(i, 30), min(n - 1 - i, 30), i / max(n - 1, 1)]
            + line_form(line)
            + repetition_features(line)
            + [normalise(line) in learned,
               -1 if first else ends[i - 1], -1 if last else ends[i + 1],
               -1 if first else math.log1p(sizes[i - 1]), -1 if last else math.log1p(sizes[i + 1]),
               math.log1p(n), bare_share,
               float(vectors[i] @ centre), float(vectors[i] @ own),
               float((others @ vectors[i]).max()) if len(others) else 0.0,
               normalise(line) in other_lines,
               bool(CAPTION_DATELINE.search(line)), bool(CAPTION_POSITION.search(line)),
               scores[i], -1 if first else scores[i - 1], -1 if last else scores[i + 1],
               not first and lines[i - 1].rstrip().endswith(":"), line[:1].islower(), copies[i],
               credited(line)] + script_form(line))
    return np.array(rows, dtype=np.float32)


def credited(line: str) -> bool:
    """Whether text ends in a photo credit ("... (AP Photo/Jae C. Hong)", "... (Todd Maisel/New York Daily News)")."""
    tail = line[-160:]
    found = CREDIT_TAIL.search(tail) or NAME_CREDIT.search(tail)
    return bool(found) and found.start() > 0


def near_copies(lines: list[str]) -> list[float]:
    """For each line, the largest share of its five-word runs found in one other line of the article
    (a photo caption repeats a sentence of the story; so does a teaser of it). A run in more than
    :data:`MANY_HOLDERS` lines counts as shared with one line "many": linear time on a page of
    thousands of equal lines."""
    runs = [set(run_hashes(normalise(line).split()).tolist()) for line in lines]
    owners: dict[int, list[int]] = {}
    for i, found in enumerate(runs):
        for run in found:
            owners.setdefault(run, []).append(i)
    out = []
    for i, found in enumerate(runs):
        shared: dict[int, int] = {}
        for run in found:
            holders = owners[run]
            for j in holders if len(holders) <= MANY_HOLDERS else (-1,):
                if j != i:
                    shared[j] = shared.get(j, 0) + 1
        out.append(max(shared.values(), default=0) / max(len(found), 1))
    return out


def line_vectors(lines: list[str]) -> np.ndarray:
    """Unit WordLlama vectors of lines (a line's first 2,000 characters)."""
    from storylens.models import wordllama

    if not lines:
        return np.zeros((0, 256), dtype=np.float32)
    vectors = wordllama().embed([line[:2000] for line in lines], norm=True, batch_size=64)
    return np.nan_to_num(np.asarray(vectors, dtype=np.float32))


def cluster_tables(articles: list[list[str]], words: dict | None) -> list[np.ndarray]:
    """The feature matrix of each article of one cluster (its lines as given)."""
    vectors = [line_vectors(lines) for lines in articles]
    sizes = [np.array([len(line.split()) for line in lines], dtype=np.float32) for lines in articles]
    centre = sum(((v * s[:, None]).sum(axis=0) for v, s in zip(vectors, sizes)), np.zeros(256, dtype=np.float32))
    centre /= max(float(np.linalg.norm(centre)), 1e-9)
    keys = [{normalise(line) for line in lines} for lines in articles]
    tables = []
    for a, lines in enumerate(articles):
        rest = [vectors[b] for b in range(len(articles)) if b != a and len(vectors[b])]
        others = np.vstack(rest) if rest else np.zeros((0, 256), dtype=np.float32)
        other_lines = set().union(*(keys[b] for b in range(len(articles)) if b != a))
        tables.append(article_table(lines, vectors[a], centre, others, other_lines, words))
    return tables


def removable(lines: list[str], scores: np.ndarray, threshold: float, sure: float) -> list[bool]:
    """Which lines the classifier removes (see the module's docstring)."""
    if len(lines) < CONTEXT_LINES:
        return [False] * len(lines)  # "Police arrested two men. / Both were released.": too little to judge by
    out, started = [], False
    labels = turn_labels(lines)
    for i, (line, score) in enumerate(zip(lines, scores)):
        # "— Claire Danes" under a quotation names who said it (as the rules have it too).
        credit = i > 0 and CREDIT_LINE.match(line) and lines[i - 1].rstrip().endswith(QUOTE_CLOSERS)
        speech = line[:1].islower() or TURN.match(line) or credit or i in labels
        out.append(not speech and score >= (sure if reads_as_sentences(line) or not started else threshold))
        started = started or bool(TERMINAL.search(line))
    # The classifier never takes every sentence of an article ("Fifteen-year-old Kenneth Shinozuka
    # won the award.", pasted alone, reads like a caption): a page of nothing but furniture is for
    # triage to set aside, with its reason.
    sentences = [i for i, line in enumerate(lines) if reads_as_sentences(line)]
    if sentences and all(out[i] for i in sentences):
        for i in sentences:
            out[i] = False
    return out


def vetoed(reasons: list[str | None], scores: np.ndarray, keep: float) -> list[str | None]:
    """The rules' reasons, less "links" where the classifier is sure the line is text: the link
    rules go by form alone (a run of short capitalised lines, a bullet), and so take items of a
    list or rows of a table ("• In Iowa, they freed up to 500 mink ...") for links."""
    return [None if reason == "links" and score < keep else reason for reason, score in zip(reasons, scores)]


def reads_as_sentences(line: str) -> bool:
    """A line of several sentences, or one that ends like a sentence once a photo credit or a link in
    brackets is taken off ("Salah Ali, 77, watched the water rise. (Todd Maisel/Daily News)": a
    caption may carry a fact)."""
    for credit in (NAME_CREDIT, CREDIT_TAIL):
        found = credit.search(line[-200:])
        if found and found.start() > 0:
            line = line[: len(line) - 200 + found.start()] if len(line) > 200 else line[: found.start()]
    # A link in brackets after the sentence ("... told Live Science. [Titanosaur Photos: ...]"),
    # which the rules take off, leaves a sentence too.
    line = TRAILING_BRACKETED.sub("", line.strip()).strip()
    if len(split_rough(line)) > 1:
        return True
    # A quotation opens many a sentence ('"We lost everything," said ...').
    return bool(SENTENCE.search(line)) and len(line.split()) >= SENTENCE_WORDS and line.lstrip("\"“‘'")[:1].isupper()


def furniture_scores(articles: list[list[str]]) -> list[np.ndarray] | None:
    """Per article of one cluster, each line's probability of being page furniture (None without a model)."""
    trained = model()
    if trained is None:
        return None
    tables = cluster_tables(articles, trained["words"])
    # The features read English page text: an article in another script is left to the rules.
    return [trained["booster"].predict(t) if len(t) and latin_share(" ".join(lines)) >= LATIN_ARTICLE
            else np.zeros(len(t)) for t, lines in zip(tables, articles)]
