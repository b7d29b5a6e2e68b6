"""Coherence of the summaries, as a reader meets them: dangling references, repeats, page
furniture and off-topic sentences, on every dev cluster; and how many digests have facts and a
title.

    python bench/coherence.py [--data ../shared/data/multinews/dev.jsonl.gz] [--digests OUT.jsonl]
                              [--reuse] [--show] [--write]

The rules read the summary as a reader does, sentence by sentence, knowing only what came before
and (through the citations) whether two summary sentences stood next to each other in their
article:
- dangling reference: the sentence opens on a connective that carries on from a sentence before
  ("But ...", "Next thing", "In one"); it has a definite description nothing introduced ("the
  zoo" as the subject, "this committee", "either option"); it names a person by surname alone
  at the summary's first mention of them (no title or first name before it); a quotation in it
  opens on "Not" or speaks of "him", "her", "it" or "they" before its sentence names anyone or
  anything they could stand for; or it opens on
  a pronoun (he, she, they, it, his, ...), a demonstrative (this, these, both, the two, the
  former, ...), a definite person never introduced ("the man", "the suspect") or attributes a
  quotation to a pronoun ("he said"), and the summary does not give the referent just before:
  the sentence before names no person (for he/she and a pronoun speaker), no name or plural
  (for they), nothing can stand for "it", the noun was not mentioned ("this decision"; "this
  week" is a time, not a reference) — unless the sentence before is the one that preceded it in
  its article;
- repeat: most of its content words (names of people and verbs of saying aside), or its meaning
  (sentence vectors; not for two quotations, which share their "..., X said"), are in an
  earlier sentence;
- quotation without a speaker: a quotation of four words or more, and no name outside it nor a
  verb of saying with a noun subject ("police said") — unless the sentence before is the one
  that preceded it in its article (a quotation of several sentences, attributed in the first);
- furniture: it speaks of the page (click, read more, sign up, comments, photo credits, teasers
  ending in "[…]", "Below is", "provided below", a bar, "Update:", an embedded post's handle) or is
  a broken line ("... by Sgt.") or a listing's credits ("Starring ...");
- off-topic: a statement (not a quotation, which its speaker ties to the story) that names
  people, places or organisations but shares no noun or name with any other sentence of the
  summary, is far from all of them in meaning (sentence vectors) and does not go on from the
  sentence before it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.report import replace_section  # noqa: E402
from storylens.references import quoted_spans  # noqa: E402  (where quotations begin and end)

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "multinews" / "dev.jsonl.gz"

PERSONAL = {"he", "she", "him", "his", "her", "hers", "himself", "herself"}
NAMES = {"PERSON", "ORG", "NORP", "GPE"}
TIME_NOUNS = {"week", "weekend", "year", "month", "morning", "afternoon", "evening", "night", "summer", "spring",
              "fall", "autumn", "winter", "season", "decade", "century", "day", "time"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}
THING = {"it", "its"}
PEOPLE = {"man", "woman", "boy", "girl", "son", "daughter", "father", "mother", "husband", "wife", "brother", "sister",
          "friend", "officer", "suspect", "victim", "driver", "doctor", "patient", "player", "coach", "person"}
OPENING = re.compile(r"^[\"'“‘(]*\s*(he|she|they|it|his|her|their|its|him|them)\b", re.I)
EXPLETIVE_IT = re.compile(r"^[\"'“‘]*\s*it(?:'s|’s| is| was| has been| had been| will be| would be| seems"
                          r"| appears| remains| may be| could be| might be)\b.{0,60}"
                          r"\b(?:that|to|whether|if|how|why|when|what)\b", re.I)
DEMONSTRATIVE = re.compile(r"^[\"'“‘]*\s*(this|that|these|those|such|both|the two|the pair|the former|the latter"
                           r"|the same|the other|the couple)\b\s*(\w+)?", re.I)
DEFINITE_PERSON = re.compile(
    r"^[\"'“‘]*\s*the (man|woman|boy|girl|suspect|victim|poster|teen|teenager|officer|driver|gunman|shooter|"
    r"mother|father|son|daughter|child|baby|couple|student|pilot|singer|actor|actress|player|star|star's|"
    r"company|firm|group|agency|lawmaker|senator|congressman|governor|mayor|doctor|judge|lawyer|attorney)\b", re.I)
SPEECH_BY_PRONOUN = re.compile(r"\b(?:he|she|they)\s+(?:said|says|told|added|explained|wrote|tweeted|asked|"
                               r"continued|recalled|noted|insisted|argued|declared)\b|"
                               r"\b(?:said|says|added|told|wrote)\s+(?:he|she|they)\b", re.I)
QUOTE = re.compile(r"[\"“”]")
# A sentence opening on a word that carries on from a sentence before it ("But ...", "Next thing",
# "In one", "Not, at least, ..."), also inside a quotation's opening mark.
CONNECTIVE = re.compile(r"^[\"'“‘(]*\s*(?:but|and|so|yet|still|also|then|instead|however|meanwhile|otherwise|"
                        r"next thing|in one|in another|in both|as a result|even so|that said|not,|nor)\b(?! of\b)",
                        re.I)
DETERMINERS = {"the", "this", "that", "these", "those", "either", "neither", "such"}
# Nouns a reader takes as known with "the" and no introduction: one of a kind, or the setting of any report.
KNOWN = {"world", "public", "police", "government", "president", "country", "nation", "media", "press", "internet",
         "economy", "military", "army", "navy", "court", "case", "news", "report", "study", "researcher", "sun",
         "moon", "earth", "white", "house", "state", "people", "area", "region", "law", "way", "end", "top", "rest",
         "first", "last", "past", "future", "moment", "number", "time", "lot", "part", "fact", "idea", "point"}
IDENTIFYING = {"prep", "relcl", "acl", "compound", "amod", "poss", "nummod", "appos", "nmod", "quantmod"}
SAYING = {"say", "tell", "add", "write", "ask", "according", "report", "statement", "interview", "explain", "tweet",
          "recall", "note", "insist", "argue", "declare", "claim", "state", "announce", "warn", "call", "describe"}
FURNITURE = re.compile(
    r"\[(?:…|\.\.\.)\]|(?:…|\.\.\.)\s*[\"”]?\s*$|\b(?:click|read more|sign up|subscribe|newsletter|in the comments|"
    r"comments section|let us know|follow (?:us|him|her|me) on|download (?:the app|a copy)|watch the video|"
    r"all rights reserved|copyright \d{4}|©|photo credit|getty images|contributed to this report)\b|"
    r"\b(?:click|read|see|watch|find|learn|more|details|download)\b.{0,60}\bhere\W*$|"
    r"^(?:photo|video|image|watch|read|related)\s*:|"
    r"^(?:below|above) (?:is|are)\b|\b(?:provided|shown|listed|printed) (?:below|above)\b|\s\|\s|"
    r"^(?:[A-Z][\w'’]*\s+){0,3}(?:update|updated|editor['’]s note|correction|fact)\s*:|"
    r"pic\.twitter\.com|\(@\w+\)|\b(?:sgt|lt|gov|sen|rep|dr|gen|col|capt|cmdr|adm|cpl|det)\.\s*$|"
    r"\byou['’]re welcome\b|^(?:starring|in english)\b|"
    r"^[^\"“”]*\bthis (?:\w+ )?(?:page|article|post|blog|website|note)\b[^\"“”]*$", re.I)
REPEAT_CONTAINMENT = 0.6
REPEAT_SIMILARITY = 0.85
REPEAT_BOTH = (0.7, 0.45)  # fairly close in meaning and in words at once
OFF_TOPIC_SIMILARITY = 0.5


@dataclass
class Judged:
    """The findings on one summary: for each rule, the indices of the sentences it flags."""

    sentences: int = 0
    dangling: list[int] = field(default_factory=list)
    unattributed: list[int] = field(default_factory=list)
    repeats: list[int] = field(default_factory=list)
    furniture: list[int] = field(default_factory=list)
    off_topic: list[int] = field(default_factory=list)


def adjacent(prev: dict | None, cur: dict) -> bool:
    """Whether the previous summary sentence is the one that came just before this one in its article."""
    if not prev or not prev.get("cites") or not cur.get("cites"):
        return False
    a, b = prev["cites"][0], cur["cites"][0]
    return a["article"] == b["article"] and b["sentence"] - a["sentence"] in (1, 2)


def dangling(doc, earlier: list, before_adjacent: bool) -> bool:
    """Whether a parsed summary sentence refers to something the summary has not given just before:
    an opening reference (:func:`opening_dangles`), a connective that carries on from a sentence
    before, a definite description nothing introduced, or a surname the summary gives alone at
    its first mention."""
    if before_adjacent:
        return False
    return (opening_dangles(doc, earlier) or bool(CONNECTIVE.match(doc.text.strip()))
            or unintroduced(doc, earlier) is not None or lone_surname(doc, earlier) is not None
            or quoted_reference(doc))


def quoted_reference(doc) -> bool:
    """A quotation that speaks of someone or something its sentence has not named: it opens on
    "Not" (the rest of an answer), or, inside it, "he"/"him"/"she"/"her" with no person named
    before in the sentence, or "it"/"they"/"them" (not "it is ... to") with no noun before them
    ("If they did rupture, it's no big deal," Blades said.)."""
    spans = [(a, b) for a, b in quoted_spans(doc.text) if len(doc.text[a:b].split()) >= 4]
    if not spans:
        return False
    start = doc[0].idx
    if any(re.match(r"[\"“‘']*\s*not\b", doc.text[a:b], re.I) for a, b in spans):
        return True
    person = thing = False
    for token in doc:
        inside = any(a <= token.idx - start < b for a, b in spans)
        low = token.lower_
        if inside and token.pos_ == "PRON":
            if low in {"he", "him", "she", "her"} and not person:
                return True
            if low in {"they", "them", "it"} and not thing and not EXPLETIVE_IT.match(doc.text[token.idx - start:]):
                return True
        person |= token.ent_type_ in {"PERSON", "ORG", "NORP"} or token.tag_ == "NNP" and not token.ent_type_ \
            or low in PEOPLE
        thing |= token.pos_ == "NOUN" or token.pos_ == "PROPN" and token.ent_type_ != "PERSON"
    return False


def unintroduced(doc, earlier: list) -> str | None:
    """A definite description (the, this, either ...) whose noun the summary has not mentioned and
    that nothing in its phrase identifies ("the zoo", "This committee", "Either option", "The girls"),
    outside quotations; "the world", "the police" and times ("that night") are known to any reader."""
    spans = quoted_spans(doc.text)
    lemmas = {t.lemma_.lower() for d in earlier for t in d} | {t.lower_ for d in earlier for t in d}
    for token in doc:
        if token.lower_ not in DETERMINERS or token.dep_ not in {"det", "predet"}:
            continue
        head = token.head
        quoted = any(a <= token.idx - doc[0].idx < b for a, b in spans)
        if head.pos_ != "NOUN" or head.i < token.i or head.dep_ == "compound" or quoted:
            continue
        lemma = head.lemma_.lower()
        if lemma in TIME_NOUNS or lemma in KNOWN or head.ent_type_ or lemma in lemmas or head.lower_ in lemmas:
            continue
        if any(c.dep_ in IDENTIFYING or c.ent_type_ for c in head.children):
            continue
        if token.lower_ == "the" and (head.dep_ not in {"nsubj", "nsubjpass"} or head.head.dep_ != "ROOT"
                                      or head.head.lemma_.lower() in SAYING):
            continue  # an object, a phrase's noun ("at the scene"), an attribution ("the sources said")
        return head.text
    return None


def lone_surname(doc, earlier: list) -> str | None:
    """A person named by one word alone ("Najjar said", "Lyons said") at the summary's first
    mention of them, as the subject or owner: the reader is never told who that is. A title
    before it ("Mr Cymrot", "President Obama") says who."""
    told = " ".join(d.text for d in earlier)
    spans = quoted_spans(doc.text)
    for ent in doc.ents:
        name = re.sub(r"['’]s$", "", ent.text.strip())
        if any(a <= ent.start_char - doc[0].idx < b for a, b in spans):
            continue  # a name in a quotation is the speaker's, not the summary's
        if ent.root.dep_ not in {"nsubj", "nsubjpass", "poss"}:
            continue  # as a subject or owner the person is the topic; the tagger's other "people" are often things
        if ent.label_ == "PERSON" and re.fullmatch(r"[A-Z][\w'’-]+", name) \
                and not re.search(rf"\b{re.escape(name)}\b", told) \
                and not re.search(rf"\b[A-Z][\w.'’-]+\s+{re.escape(name)}\b", doc.text):
            return name
    return None


def opening_dangles(doc, earlier: list) -> bool:
    """Whether the sentence's opening words point back to something the summary has not given."""
    text = doc.text.strip()
    previous = earlier[-1] if earlier else None
    person_before = previous is not None and any(e.label_ == "PERSON" for e in previous.ents)
    lemmas = {t.lemma_.lower() for d in earlier for t in d}
    opening = OPENING.match(text)
    if opening:
        word = opening.group(1).lower()
        if word in PERSONAL:
            return not person_before  # a reader takes "he" for the person just named, or no one
        if word in PLURAL:
            return previous is None or not (any(e.label_ in NAMES for e in previous.ents)
                                            or any(t.tag_ in {"NNS", "NNPS"} for t in previous))
        if word in THING and not EXPLETIVE_IT.match(text):
            return True  # "It" out of its article: the thing it stands for is not in the summary
    demonstrative = DEMONSTRATIVE.match(text)
    if demonstrative and demonstrative.group(1).lower() == "both" and " and " in " ".join(text.split()[:6]):
        demonstrative = None  # "Both Israel and the U.S. ...": a coordination, not a reference
    if demonstrative:
        noun = (demonstrative.group(2) or "").lower()
        head = next((t for t in doc if t.text.lower() == noun), None)
        if head is not None and head.lemma_.lower() in TIME_NOUNS:
            return False  # "This week", "That night" place the event, they refer to nothing
        if head is None or head.pos_ not in {"NOUN", "PROPN"}:
            return True  # "This comes after ...", "Both were ...": nothing to name it by
        return head.lemma_.lower() not in lemmas
    person = DEFINITE_PERSON.match(text)
    if person and not any(e.label_ == "PERSON" for e in doc.ents):
        head = next((t for t in doc if t.lower_ == person.group(1).lower()), None)
        modified = head is not None and any(c.dep_ in {"prep", "relcl", "acl", "appos"} for c in head.children)
        return not modified and person.group(1).lower() not in lemmas
    speech = SPEECH_BY_PRONOUN.search(text)
    if speech and QUOTE.search(text):
        named_here = any(e.label_ == "PERSON" and e.start_char < speech.start() for e in doc.ents)
        return not (named_here or person_before)
    return False


def unattributed(doc, before_adjacent: bool) -> bool:
    """A quotation (four words or more between quotation marks) whose speaker the sentence does not
    name: no name outside the quotation and no verb of saying with a noun for its subject."""
    if before_adjacent:
        return False
    text = doc.text
    spans = [(a, b) for a, b in quoted_spans(text) if len(text[a:b].split()) >= 4]
    if not spans:
        return False

    def outside(token) -> bool:
        at = token.idx - doc[0].idx
        return not any(a <= at < b for a, b in spans)

    if any(e.label_ in NAMES and outside(e[0]) for e in doc.ents):
        return False
    return not any(token.lemma_.lower() in SAYING and outside(token)
                   and any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"} for c in token.children)
                   for token in doc)


def content(doc) -> set[str]:
    """Content lemmas of a sentence, without the names of people and the verbs of saying: two
    quotations of one speaker ('..., Robinson said') are not a repeat for sharing those."""
    people = {t.i for e in doc.ents if e.label_ == "PERSON" for t in e}
    return {t.lemma_.lower() for t in doc if t.is_alpha and not t.is_stop and len(t) > 2 and t.i not in people
            and t.lemma_.lower() not in SAYING}


def judge(digest: dict, nlp, embed) -> Judged:
    """Apply every rule to one digest's summary."""
    summary = digest.get("summary", [])
    out = Judged(sentences=len(summary))
    if not summary:
        return out
    docs = list(nlp.pipe(s["text"] for s in summary))
    vectors = embed([s["text"] for s in summary])
    bags = [content(d) for d in docs]
    for i, (item, doc) in enumerate(zip(summary, docs)):
        after = adjacent(summary[i - 1] if i else None, item)
        if dangling(doc, docs[:i], after):
            out.dangling.append(i)
        if unattributed(doc, after):
            out.unattributed.append(i)
        for j in range(i):
            small = min(len(bags[i]), len(bags[j])) or 1
            words, meaning = len(bags[i] & bags[j]) / small, float(vectors[i] @ vectors[j])
            same_speaker = QUOTE.search(item["text"]) and QUOTE.search(summary[j]["text"])
            if (words >= REPEAT_CONTAINMENT or (meaning >= REPEAT_SIMILARITY and not same_speaker)
                    or (meaning >= REPEAT_BOTH[0] and words >= REPEAT_BOTH[1])):
                out.repeats.append(i)
                break
        if FURNITURE.search(item["text"]):
            out.furniture.append(i)
    out.off_topic = off_topic(digest, docs, vectors)
    return out


def off_topic(digest: dict, docs: list, vectors: np.ndarray) -> list[int]:
    """Summary sentences that have nothing in common with the rest of the summary: no noun or name
    shared with any other sentence, and far from all of them in meaning."""
    summary = digest["summary"]
    if len(summary) < 3:
        return []
    nouns = [{t.lemma_.lower() for t in d if t.pos_ in {"NOUN", "PROPN"} and len(t) > 2} for d in docs]
    names = [{e.text.lower() for e in d.ents if e.label_ in {"PERSON", "ORG", "GPE", "NORP", "EVENT", "FAC"}}
             for d in docs]
    flagged = []
    for i in range(len(summary)):
        others = [j for j in range(len(summary)) if j != i]
        if i and adjacent(summary[i - 1], summary[i]) or QUOTE.search(summary[i]["text"]):
            continue  # it goes on from the sentence before, as in its article; a quotation has its speaker
        if not names[i] or any(nouns[i] & nouns[j] for j in others):
            continue  # naming no one, it is vague rather than about another story
        if max(float(vectors[i] @ vectors[j]) for j in others) >= OFF_TOPIC_SIMILARITY:
            continue
        flagged.append(i)
    return flagged


TITLE_CUT = re.compile(r"\b(?:a|an|the|of|in|on|at|for|to|and|or|but|with|by|from|as|its|his|her|their|that|which|"
                       r"who|has|have|had|been|was|were|is|are|will|would|could|can)\W*$", re.I)


def broken_title(title: str | None) -> bool:
    """A headline cut inside a phrase ("... could provide a fast" ends on a word that waits for
    more, caught when it is a function word), opening on a lede's capitals ("OSAN AIR BASE With"),
    or given twice ("Passenger Who Arrived ... Passenger Who Arrived")."""
    if not title:
        return False
    words = title.lower().split()
    twice = any(words[k:k + 3] == words[:3] for k in range(3, len(words) - 2))
    return bool(TITLE_CUT.search(title) or re.match(r"^(?:[A-Z][A-Z'’.\-]+,?\s+){2,}[A-Z][a-z]", title) or twice)


def run(digests: list[dict], show: bool) -> dict:
    from storylens.models import nlp, wordllama

    model = wordllama()

    def embed(texts: list[str]) -> np.ndarray:
        return np.nan_to_num(np.asarray(model.embed(texts, norm=True), dtype=np.float32))

    totals = {"clusters": 0, "sentences": 0, "dangling": 0, "unattributed": 0, "repeats": 0, "furniture": 0,
              "off_topic": 0,
              "facts_3plus": 0, "clusters_3plus": 0, "titled": 0, "titles_broken": 0, "excluded": 0, "multi_story": 0}
    for digest in digests:
        if "error" in digest:
            continue
        found = judge(digest, nlp(), embed)
        totals["clusters"] += 1
        totals["sentences"] += found.sentences
        for rule in ("dangling", "unattributed", "repeats", "furniture", "off_topic"):
            totals[rule] += len(getattr(found, rule))
            if show:
                for i in getattr(found, rule):
                    print(f"{digest.get('id')} {rule} [{i}]: {digest['summary'][i]['text'][:200]}")
        reports = [a for a in digest["articles"] if not a.get("excluded")]
        if len(reports) >= 3:
            totals["clusters_3plus"] += 1
            totals["facts_3plus"] += bool(digest.get("facts"))
        totals["titled"] += bool(digest.get("title"))
        totals["titles_broken"] += broken_title(digest.get("title"))
        if show and broken_title(digest.get("title")):
            print(f"{digest.get('id')} title: {digest['title']}")
        totals["excluded"] += len(digest["articles"]) - len(reports)
        totals["multi_story"] += any("different stories" in w for w in digest.get("warnings", []))
    return totals


def table(results: dict[str, dict]) -> str:
    """One row per set of digests: the rules' counts, facts on clusters of 3+ reports, titles, triage."""
    rows = ["| digests | clusters | summary sentences | dangling references | quotations without a speaker | "
            "repeats | furniture | off-topic | facts on 3+ reports | title | title cut or repeated | articles excluded "
            "| warned of several stories |", "|---" * 13 + "|"]
    for name, t in results.items():
        n = max(t["sentences"], 1)
        facts = 100 * t["facts_3plus"] / max(t["clusters_3plus"], 1)
        rows.append(f"| {name} | {t['clusters']} | {t['sentences']} | "
                    f"{t['dangling']} ({100 * t['dangling'] / n:.1f}%) | "
                    f"{t['unattributed']} ({100 * t['unattributed'] / n:.1f}%) | "
                    f"{t['repeats']} ({100 * t['repeats'] / n:.1f}%) | {t['furniture']} | {t['off_topic']} | "
                    f"{t['facts_3plus']}/{t['clusters_3plus']} ({facts:.0f}%) | {t['titled']} | {t['titles_broken']} | "
                    f"{t['excluded']} | "
                    f"{t['multi_story']} |")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    parser.add_argument("--digests", default="/tmp/storylens-coherence.jsonl", help="where the digests are written")
    parser.add_argument("--reuse", action="store_true", help="score the digests already in --digests")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--show", action="store_true", help="print every flagged sentence")
    parser.add_argument("--also", action="append", default=[], metavar="NAME=FILE",
                        help="also score these digests (JSONL), e.g. another build's, in the same table")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    if not args.reuse:
        from storylens.batch import run_batch, write_jsonl

        with open(args.digests, "w", encoding="utf-8") as handle:
            write_jsonl(run_batch(args.data, 250, args.workers, analyse=True, progress=False, limit=args.limit),
                        handle.fileno())
    with open(args.digests, encoding="utf-8") as handle:
        digests = [json.loads(line) for line in handle]
    results = {"storylens": run(digests, args.show)}
    for extra in args.also:
        name, path = extra.split("=", 1)
        with open(path, encoding="utf-8") as handle:
            results[name] = run([json.loads(line) for line in handle], False)
    text = table(results)
    print(text)
    if args.write:
        also = "".join(f" --also {e}" for e in args.also)
        replace_section("coherence", f"Command: `python bench/coherence.py --write{also}` — all {len(digests)} "
                                     f"clusters of `{Path(args.data).name}`, the rules in the script's docstring "
                                     f"(unit-tested in `tests/test_coherence.py`).\n\n{text}\n")


if __name__ == "__main__":
    main()
