"""Select: choose source sentences for the summary, order them, and cite their support.

A trained scorer (LightGBM over :mod:`storylens.features`, see ``scripts/train_scorer.py``)
ranks candidates; sentences that two or more outlets tell get a bonus, and so does the sentence
after one already chosen in its article, which then follows it in the summary (a summary that
goes on as its source does reads better than one hopping between articles). Selection is greedy
with a redundancy check across sources (close in meaning or words, a remark quoted again, or a
retelling the repeats model of :mod:`storylens.repeats` rates a repeat), opens with the best lead
sentence and stops near the word budget without cutting a sentence. A summary must read on its
own (:mod:`storylens.references`): a sentence that leans on the one before it in its article is
used only with the person it stands for named in it, or together with that sentence; page
furniture, the writer's own voice, questions and quotations without a speaker are left out, and
so is a statement naming people or places the rest of the summary does not, sharing no noun with
it and far from it in meaning (another story). Each summary sentence cites itself and the
sentences of other articles that say the same thing.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache, partial
from importlib import resources
from typing import TYPE_CHECKING

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS

from storylens import agree, repeats
from storylens import leads as leads_model
from storylens.claims.quantities import figures
from storylens.clean import QUOTE_MARK, READER_PROMPT, SPEAKER_LABEL, WEAK_ENDS
from storylens.entities import clean_mention, given_names, latin, name_genders, shouted_before, spelled_out
from storylens.features import FEATURE_NAMES, Candidates, content_lemmas, content_words
from storylens.model import DEFAULT_WORDS, Article, Cite, Cited, Sentence
from storylens.references import (
    HERE_PLACES,
    LEADING_PRONOUNS,
    Reading,
    attributed,
    full_name,
    is_name,
    particled,
    posted,
    quotation_goes_on,
    quoted_spans,
    read,
    reads_as_title,
    relative_pronoun,
    short_name,
    speaking_subject,
    with_name,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

OVERSHOOT = 15  # words a summary may run over its budget to end on a whole sentence
# Two sentences tell the same thing when their meaning is close (sentence vectors), most of the
# shorter one's content words are in the other, or both are fairly true at once.
REDUNDANT_SIMILARITY = 0.78
REDUNDANT_OVERLAP = 0.5
REDUNDANT_BOTH = (0.6, 0.4)
QUOTED_AGAIN_WORDS = 4  # a quoted phrase this long in two sentences is one remark told twice (quoted_again)
SHORT_QUOTED_LETTERS = 5  # a shorter quoted phrase counts when it holds a word this long and one person says both
CLOSING_MARKS, OPENING_MARKS = ('"', "”"), ('"', "“")  # the double quotation marks balance_quotes adds
# Score added to the sentence after a chosen one in its article: a summary that goes on as its
# source does reads better. Chosen on dev (the 296 clusters, judged on the 189 outside the blind
# half): ROUGE-1/2 46.64/16.42 at 0, 46.85/16.58 at 0.1, 46.42/16.19 at 0.15; the coherence
# bench's dangling references 52 → 35 of about 3,150 sentences and repeats 34 → 27 at 0.1; a
# blind reader preferred the summaries at 0.1 in 18 of 20 build clusters (readability 3.35 vs
# 2.70; seed 1929, before such a sentence was always placed right after its predecessor).
GOING_ON_BONUS = 0.1
QUOTE_RUN = 3  # sentences a unit may take on to finish a quotation its chosen sentence leaves open
# Another article says the same thing when the agreement model says so (see corroborating).
CORROBORATED_BONUS = 0.05  # score added per other outlet that says the same (scores are about 0.1-0.5)
# Score taken off per unit of triage's doubt that a sentence's article is a report on the event
# (0-1): a page it kept below its threshold (a fact sheet, an opinion blog) leads less often. Chosen
# on dev ROUGE of the clusters outside the blind half (R1+R2 62.55 at 0, 62.84 at 0.1, 62.78-62.80
# at 0.2-0.4); the blind half moved from 44.96/16.78 to 44.97/16.87.
DOUBT_WEIGHT = 0.1
ISOLATED_SIMILARITY = 0.5  # a summary sentence this far from all the others, sharing no noun, is off the story
STORY_NAMES = {"PERSON", "ORG", "GPE", "NORP", "EVENT", "FAC"}
PLAIN_ENOUGH = {"the writer's voice", "a question"}  # used when nothing else reads on its own
HEADLINE_SIMILARITY = 0.55  # a title or headline line this near the summary's lead tells the same event
# ... or this near the mean of the articles' first sentences (chosen on the dev clusters outside the
# blind half: of the title lines it adds there, 7 of 10 read better than the lead's clause)
HEADLINE_CENTRAL = 0.5
# A lead is someone's words when it opens on a quotation or this share of it is quoted; a phrase in
# quotation marks ("it was now “quite clear” that ...") leaves it a statement. Before, any quotation
# mark kept a sentence from leading while another opening had none: a blind reader preferred the
# leads this gives in 11 of 14 build clusters it changed (seed 8642; headlines OK 8 against 2).
QUOTED_LEAD = 0.4
LEAD_POSITIONS = 3  # when no article opens on a sentence that reads alone, the lead is one of its first three
HEADLINE_WORDS = 18  # a headline says who did what; trimmed harder, it leaves out what
# Prepositions that bring a phrase the verb needs ("tie his demands to", "obsessed with"): not
# dropped from a headline as a phrase of time or place would be.
ARGUMENT_PREPOSITIONS = {"to", "with", "of", "into", "onto", "about", "against", "as", "from", "for", "than",
                         "between", "toward", "towards", "upon", "off"}
HEADLINE_MIN_WORDS = 5
ASIDE_WORDS = 6  # a dash and the words after it, at most, that a headline cut inside an aside ends on
YEAR = re.compile(r"(?:1[6-9]|20)\d\d(?:s|’s|'s)?")  # "1994", "1990s": a year or decade, not a count
# Words that need the sentence before: a person or thing before the sentence names one, or the
# writer and the reader.
THIRD_PERSON = re.compile(rf"\b(?:{'|'.join(sorted(LEADING_PRONOUNS | {'hers'}))})\b", re.I)
FIRST_OR_SECOND = re.compile(r"\b(?:you|your|you're|you’re|we|our|us|I|my|me)\b")
# The lead's main clause may run this long before another sentence of the summary heads it: one
# that only follows from the lead makes a headline that misses the news ("The prize recognizes a
# teen for an innovation", "Jamie Zeitzer is senior author of the study": blind reading 9191).
LONGER_HEADLINE_WORDS = 24
NOUN_PHRASE_DEPS = {"det", "amod", "compound", "nmod", "poss", "nummod", "punct", "advmod", "case", "npadvmod"}
NAMED_BEFORE = 2  # sentences back in which a surname's full name tells which bearer it is
MIDDLE_INITIAL = re.compile(r"(?<=\w) [A-Z]\.(?= )")  # "Christopher R. Miller" is "Christopher Miller"
DESCRIPTION_WORDS = 10  # a description after a name that says who they are, not their life story
PLACE_PREPOSITIONS = {"at", "in", "from", "on"}  # the phrases a long description may go without
LONG_HEADLINE_WORDS = 30  # a lead sentence this short is a headline still, when no shorter clause is complete
# Dependency labels (spaCy's English scheme): what completes a headline's verb, and what a phrase
# in it does without.
PARTICLE_ADVERBS = {"forward", "back", "down", "up", "out", "away", "off", "over", "ahead", "apart", "together",
                    "north", "south", "east", "west", "home", "abroad"}  # "moved east": where it went
CLAUSE_CORE = {"nsubj", "nsubjpass", "csubj", "aux", "auxpass", "neg", "dobj", "attr", "acomp", "xcomp", "prt",
               "dative", "oprd", "agent", "prep", "npadvmod", "ccomp", "expl"}
PHRASE_DROPS = {"relcl", "appos", "acl", "advcl", "parataxis", "punct", "intj"}  # "intj": "moving — yes, moving"
SAY_LEMMAS = {"say", "tell", "report", "announce", "claim", "state", "confirm", "add", "write", "warn"}
# The attribution after its comma, the whole of it: not the last five words of a longer one ("in
# Detroit, the Wayne State [University police Chief Tony Holt confirmed]").
ATTRIBUTION_TAIL = re.compile(r"(?:,?\s+according to [^,]{1,60}|(?P<mark>,[\"”’']?|[\"”])\s+"
                              r"(?:[A-Za-z.'\-]+\s){0,5}(?:said|says|say|reported|reports|announced|confirmed)"
                              r"(?:\s+on\s+\w+|\s+\w+day)?)$")
PREPOSITIONS = {"of", "in", "on", "at", "for", "with", "by", "from", "after", "as", "over", "into", "during"}
# A quotation's attribution that ends its sentence: '..., you know," Corbett said.' (the mark
# before the closing one, the closing mark, the speaker, the verb).
SAID_TAIL = re.compile(r"([,.!?])([”\"])\s+((?:[A-Z][\w'’.-]*\s){0,3}[A-Z][\w'’.-]*)\s+"
                       r"(said|says|added|adds|tweeted|wrote|writes|explained|told [A-Za-z ]{1,30})\.$")
# A sentence ending on a quotation's attribution in any words ('...," said Hoagland, a retired flight
# attendant.', '...," a student told LA Weekly.', '...," she said in an e-mail.').
ATTRIBUTED_END = re.compile(r"[,.!?…][”\"]\s*[^\"“”]{0,120}\b(?:said|says|told|tells|added|adds|wrote|writes|"
                            r"explained|tweeted|stated|noted)\b[^\"“”]{0,120}\.$")
SUPPORTED_SHARE = 0.6  # of a summary sentence's words that its cited sentences must hold
# Datelines and leading connectives that read badly out of context; removing them adds nothing.
DATELINE = re.compile(r"^(?:[A-Z][A-Za-z0-9 .,'\-]{1,40}\s*)?\((?:AP|CNN|Reuters|AFP|UPI|CBS|NBC|ABC)[^)]*\)"
                      r"\s*(?:[-—–]+\s*)?|^[A-Z][A-Z .,'\-]{2,40}\s*(?:[-—–]+\s+|—(?=[A-Z]))|"  # "MIAMI—When"
                      r"^[A-Z][A-Z .'\-]{2,30},\s*[A-Z][A-Za-z. ]{1,25}?\s*[-—–]+\s+|"  # "IDAHO FALLS, Idaho - "
                      r"^(?:[A-Z][A-Za-z0-9 .,'\-]{1,40}\s*)?\([A-Z][\w .]{1,30}\)\s*[-—–]+\s*")  # "(HealthDay) --"
# The place a dateline opens on ("CASTEL GANDOLFO, Italy (AP) —": Castel Gandolfo), and the words a wire
# story uses for it after ("this hill town", "this Gulf Coast city").
DATELINE_PLACE = re.compile(r"^([A-Z][A-Za-z.'\-]*(?: [A-Z][A-Za-z.'\-]*){0,3})(?=,| \(|\s*[-—–])")
PLACE_HERE = re.compile(rf"\b[Tt]his ((?:[A-Za-z-]+ ){{0,2}}(?:{'|'.join(sorted(HERE_PLACES))}))\b")
# "OSAN AIR BASE With the stakes", "SINGAPORE/BEIJING Flamboyant former ..."
CAPS_OPENING = re.compile(r"^(?:[A-Z][A-Z'’.\-]+(?:/[A-Z][A-Z'’.\-]+)+,?\s+|(?:[A-Z][A-Z'’.\-]+,?\s+){2,})"
                          r"(?=[A-Z][a-z])")
# A cut dateline's dash, an elision, or a list's item number ("2) Qua economics, ...": the items
# around it are not in the summary).
STRAY_OPENING = re.compile(r"^(?:[—–•*]|-+|…|\.{2,}|\(?\d{1,2}\)(?=\s+[A-Z\"“]))\s*(?=\S)")
# A magazine's opening words in capitals that run into the sentence in lower case (not a dateline).
# At least one long word: "US AND UK forces" are abbreviations, not a lede's capitals.
CAPS_RUN = re.compile(r"^(?=(?:[A-Z'’\-]+,?\s+)*[A-Z]{5})(?:[A-Z][A-Z'’\-]+,?\s+){2,}(?=[a-z])")
# A tabloid's lede opening on one word in capitals ("THE identity of ..."): a function word is
# written as any sentence's first word; a name in capitals ("NASA scientists") stays.
CAPS_WORD = re.compile(r"^[A-Z]{3,}(?=\s+[a-z])")
# Office words before a surname, each with its long form ("Sen." is "Senator").
OFFICES = {"president": "president", "senator": "senator", "sen": "senator", "governor": "governor",
           "gov": "governor", "representative": "representative", "rep": "representative",
           "congressman": "representative", "congresswoman": "representative", "mayor": "mayor",
           "secretary": "secretary", "minister": "minister", "chancellor": "chancellor", "speaker": "speaker",
           "chairman": "chairman", "director": "director", "judge": "judge", "justice": "justice"}
# Words that name a role when written right before a person's name, capitalised or not ("NRC
# Chairman Gregory Jaczko", "American Airlines CEO Doug Parker"), beside those the cluster writes in
# lower case itself.
ROLE_NOUNS = {"chief", "ceo", "cfo", "coo", "chairman", "chairwoman", "chair", "president", "director", "spokesman",
              "spokeswoman", "spokesperson", "secretary", "minister", "commissioner", "superintendent", "sheriff",
              "officer", "detective", "attorney", "prosecutor", "judge", "senator", "governor", "mayor", "professor",
              "editor", "founder", "manager", "coach", "ambassador", "general", "admiral", "commander", "inspector",
              "lieutenant", "sergeant", "captain", "trooper", "deputy", "executive", "chancellor", "councilman",
              "councilwoman", "representative", "congressman", "congresswoman", "lawmaker", "administrator"}
COURTESY = {"mr", "mrs", "ms", "miss", "mister"}  # titles that say nothing of a person's role
# A courtesy title as written before a name (capitalised: "we miss Carpentier" has none), which a
# full name goes without.
_COURTESY_WRITTEN = "|".join(sorted((t.capitalize() for t in COURTESY), key=len, reverse=True))
COURTESY_OPENING = re.compile(rf"^(?:{_COURTESY_WRITTEN})\.?\s+")
COURTESY_BEFORE = re.compile(rf"\b(?:{_COURTESY_WRITTEN})\.?\s+$")
# Where a title may go before a name: a sentence's start, after a quotation and its comma, or after a
# word that only joins ("and", "by", "said"); not after a description ("abortion doctor") or "the".
TITLE_PLACE = re.compile(r"(?:^|[\"”],?\s*|,[\"”]\s*|\(\s*|\b(?:and|or|of|by|with|to|that|for|from|against|said|says|"
                         r"told)\s+)$")
# Occupations, written in lower case before a name inside a sentence ("told musician Brad Fischetti"),
# unlike titles of office ("Sheriff", "President").
TITLE_NOUNS_LOWER = {"actor", "actress", "singer", "guitarist", "drummer", "author", "director", "producer",
                     "writer", "comedian", "rapper", "pilot", "model", "designer", "chef", "artist", "freshman",
                     "musician", "songwriter", "composer", "photographer", "filmmaker", "novelist", "poet",
                     "journalist", "economist", "historian", "scientist", "researcher", "bandmate"}
# (and a columnist's "Well, Republicans have a convenient sound bite ...": a pause, said to the reader)
# Before a quotation too: 'However, "the lesson for parents seems to be ...," she said.'
CONNECTIVE = re.compile(r"^(?:(?:(?:But|And|However|Meanwhile|Still|Also),?|Well,)\s+|Well(?:…\.?|\.{3,4})\s*)"
                        r"(?=[A-Za-z\"“])")
# A wire's stock code after a company's name: "Jimmy Choo CHOO.L", "Kellogg Co (K.N)": an exchange's
# suffix after the dot, so "U.S." and "D.C." are none. Written bare, the code is two letters or more.
EXCHANGES = r"(?:N|O|OQ|L|PA|DE|F|T|HK|TO|V|AX|MI|AS|SW|S|ST|CO|HE|OL|MC|BR|LS|SS|SZ|KS|KQ|BO|NS|SI|TW|SA|MX|J)"
TICKER = re.compile(rf"(?<=[\w.])\s+(?:\([A-Z]{{1,5}}\.{EXCHANGES}\)|[A-Z]{{2,5}}\.{EXCHANGES}(?=[\s,;:.]))")
CITATION_MARK = re.compile(r"(?<=[\w.,;:!?\"”)])\[\d{1,3}(?:[,–-]\s?\d{1,3})*\]")  # a paper's "...syndrome.[2]"
# After the sentence's end: a journal's reference run on to it ("... symptoms. Clin. Anat. 28:551–556, 2015.")
# or a photo's credit in brackets ("... official. (Ben Lovejoy)").
TRAILING_REFERENCE = re.compile(r"(?<=[.!?\"”])\s+(?:(?:[A-Z][a-z]*\.\s){1,4}\d{1,4}(?:\(\d+\))?:\s?\d+[–-]\d+,\s?"
                                r"(?:19|20)\d\d\.?|\((?:[A-Z][\w'’.-]+\s){1,3}[A-Z][\w'’-]+\))$")
STOP = frozenset({
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is",
    "was", "were", "be", "been", "are", "it", "its", "this", "that", "these", "those", "he", "she", "they",
    "them", "his", "her", "their", "we", "our", "you", "your", "i", "not", "no", "than", "then", "there", "here",
    "which", "who", "whom", "what", "when", "where", "why", "how", "has", "have", "had", "do", "does", "did",
    "will", "would", "can", "could", "may", "might", "should", "said", "says", "say", "also", "about", "after",
    "before", "into", "over", "under", "up", "down", "out", "more", "most", "some", "any", "all", "one", "two",
    "very", "just"
})


@dataclass
class Pick:
    """A summary sentence in the making: the candidate, its text, and the sentences it cites."""

    row: int
    text: str
    cites: list[Cite]


@lru_cache(maxsize=1)
def scorer():
    """The committed LightGBM sentence scorer, or None when it is missing (heuristic fallback)."""
    path = resources.files("storylens.resources").joinpath("scorer.txt")
    if not path.is_file():
        return None
    import lightgbm

    return lightgbm.Booster(model_str=path.read_text(encoding="utf-8"))


def score(cands: Candidates) -> np.ndarray:
    """A relevance score per candidate: the trained model, or a hand-weighted mix without it."""
    if len(cands.sentences) == 0:
        return np.zeros(0)
    model = scorer()
    if model is not None:
        return model.predict(cands.features)
    f = {name: cands.features[:, i] for i, name in enumerate(FEATURE_NAMES)}
    return (f["centroid"] + 0.5 * f["support_mean"] + 0.3 * f["doc_frequency"]
            + 0.3 / (1 + f["position"]) - 0.2 * f["pronoun_start"])


def select(cands: Candidates, scores: np.ndarray, readings: list[Reading], words: int = DEFAULT_WORDS,
           allowed: np.ndarray | None = None) -> list[list[int]]:
    """Greedy choice of candidates by score, up to ``words``: a list of units, each one sentence or a
    sentence that leans back together with the sentence it leans on (in article order)."""
    n = len(cands.sentences)
    allowed = np.ones(n, dtype=bool) if allowed is None else allowed
    bags = [set(content_words(s)) for s in cands.sentences]
    share = repeats.article_share(cands.sentences)
    row_of = {(s.article, s.index): i for i, s in enumerate(cands.sentences)}
    lead = _best_lead(cands, scores, readings, allowed)
    order = ([lead] if lead is not None else []) + [int(i) for i in np.argsort(-scores) if i != lead]
    rank = {i: r for r, i in enumerate(order)}
    queue = deque(order)
    # What the summary names before a place in it, as (place of a unit, its lemmas): "the family" is
    # fine once a sentence placed before it has said "family". The lead, chosen first, is placed first.
    told: list[tuple[tuple, set[str]]] = []
    units: list[list[int]] = []
    places: list[tuple] = []  # where each unit goes in the summary (see _place)
    chosen: list[int] = []
    total = 0
    seen: set[int] = set()
    going_on: set[int] = set()  # the sentences right after chosen ones in their articles
    while (i := _next(queue, rank, scores, seen, going_on)) is not None:
        seen.add(i)
        if i in chosen or not allowed[i] or not readings[i].usable:
            continue
        if readings[i].leans_back and cands.sentences[i].under_heading:
            # What it leans on was in the heading removed above it: "The 'Anaconda' rapper" under
            # "Nicki Minaj, Myx Fusions" is not the Halle Berry of the paragraph before, nor the
            # actress a sentence chosen before named.
            continue
        here = _place(cands, i)
        said = readings[i].noun is not None and not readings[i].distal and \
            any(readings[i].noun in lemmas for place, lemmas in told if place <= here)
        unit = [i] if said else _unit(i, cands, readings, allowed, row_of)
        after = _follows(i, cands, units, row_of)
        if after is not None:
            unit = [i]  # it goes on from a sentence already chosen: it is placed right after it
        unit = _finished(unit, cands, readings, allowed, row_of) if unit is not None else None
        if unit is None or any(k in chosen for k in unit):
            continue  # nothing to bring in front of it, or what finishes its quotation is not to be had
        length = sum(cands.sentences[k].words for k in unit)
        if total + length > words + OVERSHOOT and total > 0:
            continue  # would overshoot the budget: try a shorter sentence
        if any(_redundant(cands, bags, share, k, j) for k in unit for j in chosen):
            continue
        if after is not None:
            units[after] += unit
            place = places[after]  # placed right after the unit it goes on from
        else:
            place = _place(cands, unit[0]) if units else (-1.0,)  # the first unit is placed first
            units.append(unit)
            places.append(place)
        chosen += unit
        going_on.update(k for j in unit if (k := row_of.get((cands.sentences[j].article, cands.sentences[j].index + 1)))
                        is not None)
        total += length
        told.append((place, _lemmas(cands, unit)))
        if total >= words - 5:  # near enough the budget (250 words gives about 240, as Newser's summaries)
            break
    return units


def _place(cands: Candidates, i: int) -> tuple:
    """Where a unit opening on sentence ``i`` goes in the summary after the lead (see :func:`order`):
    by its relative position in its article, to a tenth, then by article and sentence."""
    sentence = cands.sentences[i]
    return round(float(cands.features[i, FEATURE_NAMES.index("relative_position")]), 1), sentence.article, \
        sentence.index


def _lemmas(cands: Candidates, rows: list[int]) -> set[str]:
    return {t.lemma_.lower() for k in rows if cands.sentences[k].doc is not None for t in cands.sentences[k].doc}


def _next(order: deque[int], rank: dict[int, int], scores: np.ndarray, seen: set[int],
          going_on: set[int]) -> int | None:
    """The next sentence to try: the best scored not tried yet, where a sentence that goes on from
    a chosen one (``going_on``) has :data:`GOING_ON_BONUS` added to its score. Not quadratic: the
    rest are tried in ``order``, whose untried head is the best of them."""
    while order and order[0] in seen:
        order.popleft()
    head = order[0] if order else None
    bonus = [k for k in going_on if k not in seen]
    best = max(bonus, key=lambda k: (scores[k] + GOING_ON_BONUS, -rank[k]), default=None)
    if best is None or head is not None and \
            (scores[head], -rank[head]) > (scores[best] + GOING_ON_BONUS, -rank[best]):
        return head
    return best


def _follows(i: int, cands: Candidates, units: list[list[int]], row_of: dict[tuple[str, int], int]) -> int | None:
    """The unit whose last sentence is the one before ``i`` in its article, if any."""
    sentence = cands.sentences[i]
    before = row_of.get((sentence.article, sentence.index - 1))
    return next((u for u, unit in enumerate(units) if unit[-1] == before), None) if before is not None else None


def _unit(i: int, cands: Candidates, readings: list[Reading], allowed: np.ndarray,
          row_of: dict[tuple[str, int], int], depth: int = 2) -> list[int] | None:
    """The sentence with what it leans on: the sentences before it in its article, back to one that
    reads on its own (at most ``depth`` of them); None when there is none."""
    unit = [i]
    while readings[unit[0]].leans_back and (not readings[unit[0]].name or readings[unit[0]].context):
        first = cands.sentences[unit[0]]
        before = row_of.get((first.article, first.index - 1))
        if before is None or len(unit) > depth or not (allowed[before] and readings[before].usable):
            return None
        unit.insert(0, before)
    return unit


def _finished(unit: list[int], cands: Candidates, readings: list[Reading], allowed: np.ndarray,
              row_of: dict[tuple[str, int], int]) -> list[int] | None:
    """The unit with the sentences after it that finish the quotation its last one leaves open
    (:attr:`Reading.goes_on`), at most :data:`QUOTE_RUN` of them; None when one of them may not
    be chosen."""
    unit = list(unit)
    for _ in range(QUOTE_RUN + 1):
        if not readings[unit[-1]].goes_on:
            return unit
        last = cands.sentences[unit[-1]]
        following = row_of.get((last.article, last.index + 1))
        if following is None or not allowed[following]:
            return None
        unit.append(following)
    return None  # a quotation too long to take whole


def isolated(cands: Candidates, units: list[list[int]]) -> list[int]:
    """Chosen statements (alone in their unit, not quotations) that name someone or something, but
    share no noun or name with any other chosen sentence and are far from all of them in meaning:
    about another story."""
    if len(units) < 3:
        return []
    rows = [k for unit in units for k in unit]
    nouns = {k: _nouns(cands.sentences[k]) for k in rows}
    out = []
    for unit in units:
        i = unit[0]
        names = {e.text.lower() for e in cands.sentences[i].entities if e.label in STORY_NAMES}
        if len(unit) > 1 or not names or QUOTE_MARK.search(cands.sentences[i].text):
            continue  # going on from the sentence before; naming no one; a quotation, tied by its speaker
        others = [k for k in rows if k != i]
        near = max(float(cands.vectors[i] @ cands.vectors[k]) for k in others)
        if near < ISOLATED_SIMILARITY and not any(nouns[i] & nouns[k] for k in others):
            out.append(i)
    return out


def _nouns(sentence: Sentence) -> set[str]:
    """Lemmas of the nouns and names of a sentence."""
    if sentence.doc is None:
        return set(content_words(sentence))
    return {t.lemma_.lower() for t in sentence.doc if t.pos_ in {"NOUN", "PROPN"} and len(t) > 2}


def _best_lead(cands: Candidates, scores: np.ndarray, readings: list[Reading], allowed: np.ndarray) -> int | None:
    """The opening sentence of an article that reads on its own and best tells the news (the summary
    score and the lead model, :func:`storylens.leads.best`): the summary starts with it. When no
    article opens on one, the best-scoring of the articles' first sentences that does (a lead may
    follow a line that points back)."""
    def reads(i: int) -> bool:
        return bool(allowed[i]) and readings[i].usable and not readings[i].leans_back

    position = cands.features[:, FEATURE_NAMES.index("position")]
    leads = [i for i in range(len(cands.sentences)) if cands.features[i, FEATURE_NAMES.index("is_lead")]]
    early = [i for i in range(len(cands.sentences)) if position[i] < LEAD_POSITIONS]
    for pool in (leads, early):
        options = [i for i in pool if reads(i) and not someones_words(cands.sentences[i].text)] or \
            [i for i in pool if reads(i)]
        if options:
            return leads_model.best(cands, scores, options) if pool is leads else max(options, key=lambda i: scores[i])
    return None


def someones_words(text: str) -> bool:
    """Whether a sentence is someone's words, as a lead should not be: it opens on a quotation or
    :data:`QUOTED_LEAD` of it is quoted. A quoted phrase ("it was now “quite clear”") leaves it a
    statement, and so does a title in quotation marks ("“Moonlight” walked away with best picture
    honors", which lost the lead to a backstage aside in reading 8523)."""
    text = text.lstrip()
    spans = quoted_spans(text)
    titles = [(start, end) for start, end in spans if reads_as_title(text[start:end])]
    quoted = sum(end - start for start, end in spans if (start, end) not in titles)
    opens = text[:1] in "\"“'‘" and not any(start == 0 for start, _ in titles)
    return opens or quoted >= QUOTED_LEAD * len(text)


def _redundant(cands: Candidates, bags: list[set[str]], share: dict[str, float], i: int, j: int) -> bool:
    """Whether sentence ``i`` says again what the chosen sentence ``j`` says: close in meaning or
    words, a remark quoted again, or a retelling the repeats model (:mod:`storylens.repeats`) rates
    a repeat."""
    sim = float(cands.vectors[i] @ cands.vectors[j])
    a, b = bags[i], bags[j]
    overlap = len(a & b) / max(min(len(a), len(b)), 1)
    return (sim >= REDUNDANT_SIMILARITY or overlap >= REDUNDANT_OVERLAP
            or (sim >= REDUNDANT_BOTH[0] and overlap >= REDUNDANT_BOTH[1])
            or quoted_again(cands.sentences[i].text, cands.sentences[j].text)
            or repeats.repeats(cands.sentences[j], cands.sentences[i], cands.vectors[j], cands.vectors[i], share))


def quoted_again(first: str, second: str) -> bool:
    """Whether one sentence quotes words the other quotes too: a phrase of at least
    :data:`QUOTED_AGAIN_WORDS` words (not a title) within the other's quotation. A report often
    gives a remark in its own words with a phrase of it quoted, then the remark itself ('... he is
    "doing better"' and '"He is doing better at this time," Kritzer said'): one remark, told twice."""
    for x, y in ((first, second), (second, first)):
        inside = " ".join(_quoted_words(y))
        if any(len(q.split()) >= QUOTED_AGAIN_WORDS and f" {q} " in f" {inside} " for q in _quoted_words(x)):
            return True
    # A word or two quoted from a remark the other sentence quotes whole, by the same person: 'Gov.
    # Chris Christie called it "incalculable."' and '"I think the losses will be almost
    # incalculable," Christie said.'
    short = [(x, y) for x, y in ((first, second), (second, first))
             if any(max(map(len, q.split()), default=0) >= SHORT_QUOTED_LETTERS and len(w.split()) > len(q.split())
                    and len(w.split()) >= QUOTED_AGAIN_WORDS and f" {q} " in f" {w} "
                    for q in _quoted_words(x) for w in _quoted_words(y))]
    return any(_names_outside(x) & _names_outside(y) for x, y in short)


def _names_outside(text: str) -> set[str]:
    """The capitalised words of a sentence outside its quotations, but its first: who it names."""
    spans = quoted_spans(text)
    words = {m.group(0) for m in re.finditer(r"\b[A-Z][a-z'’]{2,}\b", text)
             if m.start() > 0 and not any(a <= m.start() < b for a, b in spans)}
    return words - {"The", "But", "And", "Mr", "Mrs", "Ms"}


@lru_cache(maxsize=4096)
def _quoted_words(text: str) -> tuple[str, ...]:
    """A sentence's quotations that are not titles, as lower-case words. Cached: the selection asks
    for each candidate against every chosen sentence."""
    return tuple(" ".join(re.findall(r"[a-z0-9']+", text[a:b].lower())) for a, b in quoted_spans(text)
                 if not reads_as_title(text[a:b]))


def order(cands: Candidates, units: list[list[int]]) -> list[int]:
    """The lead stays first; the rest follow their relative position in their articles, a unit's
    sentences kept together in article order, and a unit that goes on from the sentence another
    ends on right after that one: "One resident, Diane Schaffer, said ..." then "After the
    explosion, she put her son ... in her car", with no other woman's words between them.
    (Tried on 2026-12-07 and undone: each article's sentences in one block, the lead's first; and
    each next sentence the one nearest in meaning to the last among the articles' next ones. Blind
    paired readings 8807 and 8809 preferred this order 12 to 8 both times: articles tell the news,
    then details, then reactions, and this order keeps that.)"""
    if not units:
        return []
    head, rest = units[0], units[1:]
    sequence = [head] + sorted(rest, key=lambda unit: _place(cands, unit[0]))
    ends = {(cands.sentences[u[-1]].article, cands.sentences[u[-1]].index): k for k, u in enumerate(sequence)}
    follower: dict[int, int] = {}
    for k, unit in enumerate(sequence[1:], start=1):
        first = cands.sentences[unit[0]]
        before = ends.get((first.article, first.index - 1))
        if before is not None and before != k:
            follower[before] = k
    followers = set(follower.values())
    placed: list[int] = []
    for start in range(len(sequence)):
        if start in followers:
            continue  # placed after the unit it goes on from
        k: int | None = start
        while k is not None:
            placed.append(k)
            k = follower.get(k)
    return [i for k in placed for i in sequence[k]]


def corroborating(sentence: Sentence, vector: np.ndarray, articles: list[Article], vectors: np.ndarray,
                  row_of: dict[tuple[str, int], int]) -> list[Cite]:
    """The sentence of each other article likeliest to say the same thing as ``sentence``
    (:func:`storylens.agree.likeliest`, which the facts use too)."""
    mine, numbers = set(content_words(sentence)), figures(sentence)
    cites = []
    for article in articles:
        if article.id == sentence.article or not article.sentences:
            continue
        sims = vectors[[row_of[(article.id, s.index)] for s in article.sentences]] @ vector
        others = []
        for k in agree.nearest(sims, np.nonzero(sims >= agree.SIMILARITY_FLOOR)[0]):
            other = article.sentences[k]
            bag = set(content_words(other))
            if agree.usable(other, bag):
                others.append((int(k), other, float(sims[k]), bag, figures(other)))
        if (k := agree.likeliest(sentence, mine, numbers, others)) is not None:
            cites.append(Cite(article.id, article.sentences[k].index))
    return cites


def tidy(text: str) -> str:
    """Light clean-up of a source sentence for the summary: datelines, leading connectives, and
    the missing quotation mark of a sentence taken from a quotation several sentences long."""
    out = _opening_cleared(text).strip()
    out = re.sub(r"(?<=[a-z0-9])\.(?=[A-Z][a-z]{2,})", ". ", out)  # "July 6.Jarrett faces": a lost space
    out = re.sub(r"(?<=[\w.,!?])''(?=\s|$)", '"', out)  # a closing quotation mark typed as two apostrophes
    out = STRAY_OPENING.sub("", out)  # "— A judge's act", "… Rezko has also": a cut dateline, an elision
    out = CAPS_RUN.sub(lambda m: m.group(0).capitalize(), out)  # "THERE MAY BE SOME COMFORT in knowing"
    out = CAPS_WORD.sub(_lede_word, out)  # "THE identity of Jack the Ripper", not "NASA scientists"
    out = CONNECTIVE.sub("", out)
    out = re.sub(r"^A:\s+(?=[A-Z\"“])", "", out)  # an answer's label in a Q&A ("A: Before anything else, sign ...")
    out = _pauses_as_commas(out)
    out = re.sub(r"\s*\((?:https?://|www\.)[^\s()]+\s*\)", "", out)  # "KTUU-TV (http://bit.ly/1QPO4MH )": AP's link
    out = TRAILING_REFERENCE.sub("", CITATION_MARK.sub("", TICKER.sub("", out)))
    out = _brackets_closed(out)
    out = _capitalised(out) if out else text
    return balance_quotes(out if len(out.split()) >= 4 else text)


def _capitalised(text: str) -> str:
    """A sentence's first word capitalised, inside its opening quotation mark too ('"The lesson for
    parents ..."'), but not a name written with a capital inside ("iPhone", "eBay")."""
    return re.sub(r"^([\"“]?)([a-z])(?![\w'’-]*[A-Z])", lambda m: m.group(1) + m.group(2).upper(), text)


def _lede_word(caps: re.Match) -> str:
    """A lede's one word in capitals as a sentence's first word, when it is a function word."""
    word = caps.group(0)
    return word.capitalize() if word.lower() in STOP_WORDS else word


def _pauses_as_commas(text: str) -> str:
    """A tabloid's pause written as an ellipsis between words, outside any quotation, as a comma:
    "... has died of an apparent drug overdose, TMZ has learned", not "... overdose ... TMZ has
    learned". Inside a quotation an ellipsis marks words left out of it, and stays."""
    spans = quoted_spans(text)
    out, last = [], 0
    for m in re.finditer(r"(?<=[\w)])\s*(?:\.\.\.|…)\s+(?=[a-zA-Z])", text):
        if not any(a <= m.start() < b for a, b in spans):
            out.append(text[last:m.start()] + ", ")
            last = m.end()
    return "".join(out) + text[last:]


def _brackets_closed(text: str) -> str:
    """A sentence cut from inside a bracket without its other end: '(It's calling that experience
    "phygital."' loses the lone opening bracket, '... the last one.)' the lone closing one."""
    if text.startswith("(") and ")" not in text:
        return text[1:].lstrip()
    return re.sub(r"\)(?=[.!?\"”]*$)", "", text) if "(" not in text else text


def balance_quotes(text: str) -> str:
    """Close or open a quotation the sentence carries only one end of (it spans several sentences
    in its article), in the style of its marks."""
    spans = quoted_spans(text)
    if not spans:
        return text
    curly = "“" in text or "”" in text
    start, end = spans[-1]
    if end == len(text) and text[start] in "\"“" and not re.search(r"[\"”]\W*$", text[start + 1:]):
        return text + ("”" if curly else '"')  # opened, never closed
    start, end = spans[0]
    if start == 0 and text[0] not in "\"“":
        return ("“" if curly else '"') + text  # closed, never opened
    return text


def supported(text: str, cited: list[str]) -> bool:
    """Whether the cited sentences hold most of the words of ``text`` (the rule a reader's check uses)."""
    words = [w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2 and w not in STOP]
    have = set(re.findall(r"[a-z0-9]+", " ".join(cited).lower()))
    return not words or sum(w in have for w in words) / len(words) >= SUPPORTED_SHARE


def summarize(articles: list[Article], vectors: np.ndarray, cands: Candidates,
              words: int = DEFAULT_WORDS, people: dict[str, str] | None = None,
              speakers: dict[tuple[str, int], str | None] | None = None,
              doubts: dict[str, float] | None = None) -> list[Cited]:
    """The cited summary: selected, ordered, tidied sentences with their corroboration.
    ``people``: surname → the one person of the cluster who bears it, to name a person in full
    the first time the summary mentions them. ``speakers``: (article, sentence) → the speaker the
    quotes list gives the quotation that opens there (:func:`storylens.quotes.find_quotes`).
    ``doubts``: article id → triage's doubt that it is a report on the event (:class:`storylens.triage.Triage`)."""
    by_id = {a.id: a for a in articles}
    row_of, row = {}, 0
    for article in articles:
        for s in article.sentences:
            row_of[(article.id, s.index)] = row
            row += 1
    support = [corroborating(s, cands.vectors[i], articles, vectors, row_of) for i, s in enumerate(cands.sentences)]
    scores = score(cands) + CORROBORATED_BONUS * np.array([len(c) for c in support])
    scores -= DOUBT_WEIGHT * np.array([(doubts or {}).get(s.article, 0.0) for s in cands.sentences])
    readings = [spoken(read(s, by_id[s.article]), s, speakers or {}) for s in cands.sentences]
    for s, reading in zip(cands.sentences, readings):
        reading.goes_on = quotation_goes_on(s, by_id[s.article])
    for i, reading in enumerate(readings):
        own = [Cite(cands.sentences[i].article, cands.sentences[i].index)] + support[i]
        if reading.name and named(tidy(cands.sentences[i].text), reading, [], list(own), by_id) is None:
            reading.name = None  # the name would not be supported by what it cites: bring the sentence before
    allowed = np.ones(len(cands.sentences), dtype=bool)
    for _ in range(3):
        units = select(cands, scores, readings, words, allowed)
        apart = isolated(cands, units)
        if not apart:
            break
        allowed[apart] = False  # about something else: choose again without it
    if not units:  # nothing reads on its own (a statement in the first person): its plain sentences
        plain = [Reading() if r.why in PLAIN_ENOUGH else r for r in readings]
        units = select(cands, scores, plain, words, allowed)
    picked = order(cands, units)
    defined = _defined(articles)
    summary: list[Cited] = []
    lower = written_lower(articles)  # what a title's word must also be written as somewhere
    last: tuple[str, int] | None = None  # the article and sentence the summary's last sentence ends on
    for rows in _passages(picked, cands, readings):
        i = rows[0]
        sentence = cands.sentences[i]
        cites = _passage_cites(rows, cands, support)
        text = tidy(" ".join(cands.sentences[k].text for k in rows))
        if len(rows) > 1:
            text = _opened_as(tidy(sentence.text), text)
        # A quotation is always given its speaker's name: the summary shows none without it.
        if QUOTE_MARK.search(text) or not _follows_its_naming(sentence, readings[i].name, summary, last):
            text = named(text, readings[i], summary, cites, by_id) or text
        text = _introduced(text, sentence, summary, cites, by_id, people or {})
        text = _spelled(text, summary, cites, by_id, defined)
        text = _with_who(text, summary, cites, by_id, lower)
        text = _said_first(text, summary)
        text = _named_again(text, [cands.sentences[k] for k in rows], summary, by_id)
        summary.append(Cited(text=text, cites=cites))
        last = (sentence.article, cands.sentences[rows[-1]].index)
    return run_on(summary, by_id)


def _defined(articles: list[Article]) -> dict[str, tuple[str, Cite]]:
    """Each acronym the cluster defines ("Rocky Mountain Spotted Fever (RMSF)"): the name it stands
    for and the sentence that first says so."""
    defined: dict[str, tuple[str, Cite]] = {}
    for article in articles:
        for sentence in article.sentences:
            if "(" in sentence.text or ", or " in sentence.text:
                for long, short in spelled_out(sentence.text):
                    defined.setdefault(short, (long, Cite(article.id, sentence.index)))
    return defined


def _spelled(text: str, before: list[Cited], cites: list[Cite], by_id: dict[str, Article],
             defined: dict[str, tuple[str, Cite]]) -> str:
    """An acronym the summary has not used or spelled out before, spelled out where it first comes
    as the cluster defines it: "Rocky Mountain Spotted Fever (RMSF) is a potentially fatal ...", not
    "RMSF is ..." (a blind reader: "the acronym RMSF, which nothing before it expands"). Not inside a
    quotation, which stays as said, nor as a possessive or before another name ("DNC Deputy
    Communications Director"), where the spelled-out name would not read."""
    told = " ".join(c.text for c in before)
    for short, (long, cite) in defined.items():
        # Spelled out before is "name (ACRONYM)": "Asymmetry index showed ..." alone does not say
        # that "the AI" is that index.
        if short not in text or short in told or long.lower() in text.lower() or \
                f"{long} ({short})".lower() in told.lower():
            continue
        spans = quoted_spans(text)
        match = next((m for m in re.finditer(rf"(?<![\w&.(-]){re.escape(short)}(?![\w&)-]|['’]s\b|\s+[A-Z])", text)
                      if not any(a <= m.start() < b for a, b in spans)), None)
        if match is None:
            continue
        new = f"{text[:match.start()]}{long} ({short}){text[match.end():]}"
        cited = [by_id[c.article].sentences[c.sentence].text for c in cites]
        naming = by_id[cite.article].sentences[cite.sentence].text
        if not supported(new, cited + [naming]):
            continue
        if not any(long in c for c in cited) and cite not in cites:
            cites.append(cite)  # the name's own source is cited
        text = new
    return text


# '"...," Maj. Tony Wrice continued.': the verb that ends a quotation's attribution, after its closing mark
GOING_ON_VERB = re.compile(r"(?P<close>[”\"’'])(?P<who>\s+[^”\"“‘]{2,80}?\s+)(?P<verb>added|continued|adds|continues)"
                           r"(?P<end>\.?)$")


def _said_first(text: str, before: list[Cited]) -> str:
    """'"...," Maj. Tony Wrice continued.' as '"...," Maj. Tony Wrice said.' when the summary has not
    quoted him before: "continued" and "added" go on from words the reader was not given (readings
    8707, 8713). Kept after a sentence that names the speaker's last word."""
    match = GOING_ON_VERB.search(text)
    if match is None:
        return text
    last = re.findall(r"[\w'’-]+", match.group("who"))[-1]
    if any(re.search(rf"(?<![\w'’-]){re.escape(last)}(?![\w'’-])", c.text) for c in before):
        return text
    said = "says" if match.group("verb").endswith("s") else "said"
    return text[:match.start("verb")] + said + text[match.end("verb"):]


SAYING = r"(?:said|says|added|adds|told|tells|wrote|writes|explained|noted|continued)"  # beside a speaker's name
# A title in lower case between a verb of saying and a name ("said department spokeswoman"), not
# the words of a clause ("said that", "told the").
LOWER_TITLE = r"(?:(?!(?:that|this|the|a|an|to|of|in|on|at|his|her|their|its)\s)[a-z][\w-]*\s+){0,3}"
# What may stand between a name and a verb of saying as the person's title ("Oliver Ryder, director
# of genetics, said"): words of no clause (no quotation, no sentence's end), three pieces at most.
TITLE_WORDS = r"[^,.;:!?\"“”‘’()]{2,80}?(?:,\s+[^,.;:!?\"“”‘’()]{2,80}?){0,2}"


def _named_again(text: str, sentences: list[Sentence], before: list[Cited], by_id: dict[str, Article]) -> str:
    """A person the summary has named in full, named again by surname, without the title that came
    with the name: '"...," said Ryder.' a sentence after '"...," Oliver Ryder, director of genetics,
    said.', not '"...," said Oliver Ryder, director of genetics, Kleberg Chair, San Diego Zoo
    Institute for Conservation Research.' (distant readings 9071 and 9079 counted such a second
    introduction as a repeat). Not inside a quotation, not for a surname two people of the cluster
    bear, nor for one that may be a given name (:func:`_called_so`)."""
    told = " ".join(_unquoted(c.text) for c in before)
    for full in dict.fromkeys(_full_names(sentences)):
        surname = short_name(full)
        if not re.search(rf"(?<![\w'’-]){re.escape(full)}(?![\w'’-])", told) or \
                _shared_surname(surname.split()[-1], by_id) or not _called_so(surname, full, by_id):
            continue
        text = _shortened_name(text, full, surname, _titles_before(full, sentences))
    return text


def _called_so(surname: str, full: str, by_id: dict[str, Article]) -> bool:
    """Whether ``surname`` is the person's surname: a word no given name is, or one an article calls
    the person by alone somewhere. "Mona Lisa" is never "Lisa" in her articles (her surname is
    Harding); "Tim Scott" is "Scott"."""
    if surname.lower() not in given_names():
        return True
    given = re.escape(full[: len(full) - len(surname)].strip().split()[-1])
    alone = re.compile(rf"(?<!{given} )(?<![\w'’-]){re.escape(surname)}(?![\w'’-])")
    return any(alone.search(s.text) for a in by_id.values() for s in a.sentences)


def _unquoted(text: str) -> str:
    spans = quoted_spans(text)
    return "".join(ch for k, ch in enumerate(text) if not any(a <= k < b for a, b in spans))


def _full_names(sentences: list[Sentence]) -> list[str]:
    """The people the sentences name with at least a given name and a surname."""
    return [name for s in sentences for e in s.entities if e.label == "PERSON"
            and len((name := re.sub(r"['’]s$", "", e.text.strip())).split()) > 1 and is_name(name)]


def _titles_before(full: str, sentences: list[Sentence]) -> list[str]:
    """The words the parse hangs on the name before it, as a title ("department spokeswoman" of
    "department spokeswoman Stephanie Klapstein"): words that open no clause and name no one else."""
    titles = []
    for s in sentences:
        for ent in (s.doc.ents if s.doc is not None else []):
            if ent.label_ != "PERSON" or re.sub(r"['’]s$", "", ent.text.strip()) != full:
                continue
            left = ent.root.left_edge.i
            words = list(s.doc[left:ent.start])
            # Not a relation ("Goodlatte's son Bobby Goodlatte"): that says who they are to someone.
            if words and all(t.dep_ in {"compound", "det", "nmod"} and t.ent_type_ != "PERSON"
                             and t.pos_ not in {"VERB", "AUX", "PUNCT"} for t in words):
                titles.append(s.doc[left:ent.start].text)
    return titles


def _unquoted_match(pattern: str, text: str) -> re.Match | None:
    """The first match outside the text's quotations that holds no relative pronoun."""
    spans = quoted_spans(text)
    return next((m for m in re.finditer(pattern, text) if not any(a <= m.start("who") < b for a, b in spans)
                 and not re.search(r"\b(?:who|which|that|whose)\b", m.group("who"))), None)


def _shortened_name(text: str, full: str, surname: str, titles: list[str]) -> str:
    """``text`` with ``full`` outside its quotations written as ``surname``: a title before it the
    parse gives (``titles``) goes with it, and so does one set off by commas between the name and a
    verb of saying, or after "said Name," to the sentence's end. Only where the name says something:
    elsewhere the name may be a title's or a place's ("the Trayvon Martin shooting", "Sandy Hook")."""
    name = re.escape(full)
    before = "|".join(re.escape(t) + r"\s+" for t in sorted(titles, key=len, reverse=True))
    head = rf"(?:(?<![\w'’-])(?:{before}))?" if before else ""
    patterns = [
        rf"(?P<who>{head}(?<![\w'’-]){name},\s+{TITLE_WORDS},\s+)(?={SAYING}\b)",  # "Oliver Ryder, director ..., said"
        rf"\b{SAYING}\s+(?P<who>{head}{name},\s+{TITLE_WORDS})(?=\.$)",  # "said Oliver Ryder, director ... ."
        # "said department spokeswoman Stephanie Klapstein in an email"
        rf"\b{SAYING}\s+(?P<who>{head}{LOWER_TITLE}{name})(?![\w'’-])",
        rf"(?P<who>{head}(?<![\w'’-]){name}\s+)(?={SAYING}\b)",  # "Health Minister Leo Varadkar explained"
    ]
    for pattern in patterns:
        while (match := _unquoted_match(pattern, text)) is not None:
            start, tail = match.start("who"), " " if match.group("who").endswith(" ") else ""
            opening = start == 0 or text[:start].rstrip().endswith((".", "“", '"'))
            word = surname[:1].upper() + surname[1:] if opening else surname
            text = text[:start] + word + tail + text[match.end("who"):]
    return text


def _follows_its_naming(sentence: Sentence, name: str | None, summary: list[Cited],
                        last: tuple[str, int] | None) -> bool:
    """Whether the summary's last sentence is the one that came just before this one in its article
    and names the person its pronoun stands for: "His grandfather ..." after "Shinozuka's creation
    ..." reads as it did in the article, where "Shinozuka's grandfather" makes every sentence of a
    run open on the name (a blind reader: "mechanical pronoun replacement")."""
    if not name or not summary or last != (sentence.article, sentence.index - 1):
        return False
    return re.search(rf"(?<![\w'’-]){re.escape(short_name(name))}\b", summary[-1].text) is not None


def _passages(picked: list[int], cands: Candidates, readings: list[Reading]) -> list[list[int]]:
    """The picked sentences in runs that are one summary sentence each: a sentence with those that
    finish the quotation it leaves open (:attr:`Reading.goes_on`), read as one passage ('“... could
    be Russia. And it could be China. ...”'), else alone."""
    runs: list[list[int]] = []
    for i in picked:
        last = cands.sentences[runs[-1][-1]] if runs else None
        if last is not None and readings[runs[-1][-1]].goes_on and \
                (cands.sentences[i].article, cands.sentences[i].index) == (last.article, last.index + 1):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _opened_as(first: str, passage: str) -> str:
    """A passage opens on the quotation mark its first sentence needs read alone: 'We haven't built
    a device," Kanan said.' left its mark in the sentence before, and the marks of the passage's
    next quotation ('"But it demonstrates ...') pair with its closing one when the passage is
    balanced whole."""
    if first[:1] in OPENING_MARKS and passage[:1] not in OPENING_MARKS:
        return first[0] + passage
    return passage


def _passage_cites(rows: list[int], cands: Candidates, support: list[list[Cite]]) -> list[Cite]:
    """A passage's own sentences, its first one first, and the sentences of other outlets that say
    the same as any of them, each once."""
    cites: list[Cite] = []
    for k in rows:
        for cite in [Cite(cands.sentences[k].article, cands.sentences[k].index)] + support[k]:
            if cite not in cites:
                cites.append(cite)
    return cites


def run_on(summary: list[Cited], by_id: dict[str, Article]) -> list[Cited]:
    """A quotation that runs on from one summary sentence into the next, as it does between those
    sentences in their article, is one passage of the summary: not closed after the first and
    opened again before the second (marks :func:`balance_quotes` gives each sentence read alone),
    and not cut in two either, which a reader sees as a quotation without its opening mark
    (blind reading 8401): '“... stronger than Devin Lima. No one has a stronger body, mind or
    soul,” Fischetti said.', citing both sentences. The second sentence is then read as the same
    speaker's, as its article has it, not as a quotation without a speaker."""
    out: list[Cited] = []
    last: Cite | None = None  # the passage's last sentence of its own (its other cites corroborate or name)
    for cited in summary:
        joined = _passage(out[-1], last, cited, by_id) if out and last is not None else None
        if joined is None:
            out.append(Cited(text=cited.text, cites=list(cited.cites)))
        else:
            out[-1].text = joined
            out[-1].cites += [c for c in cited.cites if c not in out[-1].cites]
        last = _last_own(cited)
    return out


def _passage(first: Cited, last: Cite, second: Cited, by_id: dict[str, Article]) -> str | None:
    """The text of ``first`` and ``second`` as one passage of the summary (``last``: the last
    sentence of ``first``'s own), or None when they stay two sentences."""
    if _runs_on(first, last, second, by_id):
        source = by_id[second.cites[0].article].sentences[second.cites[0].sentence].text
        return f"{first.text[:-1]} {_unattributed(second.text, first.text, source)[1:]}"
    if (voice := _one_voice(first.text, last, second)) is not None:
        return voice
    if _goes_on_quoting(first.text, last, second):
        # '“We had a higher demand than everybody initially thought,” Riana Durrett said. “It shows
        # this market really exists.”': the second quotation, no speaker of its own, is hers only
        # right after the first; as a summary sentence of its own it is a quotation with no speaker.
        return f"{first.text} {second.text}"
    return None


def _right_after(a: Cite, b: Cite) -> bool:
    """Whether ``b`` is the sentence right after ``a`` in their article."""
    return a.article == b.article and b.sentence == a.sentence + 1


def _one_voice(first: str, a: Cite, second: Cited) -> str | None:
    """Two quotations of one speaker, each a whole summary sentence with its attribution, from two
    sentences that follow each other in their article, as one: '“It was an inappropriate analogy.
    A much better analogy would have been brother and sister,” Corbett said.', not '“...,” Corbett
    said. “...,” Corbett said.' (distant reading 9079: "the speaker introduced twice"). None when
    they are not."""
    if not _right_after(a, second.cites[0]):
        return None
    one, two = SAID_TAIL.search(first), SAID_TAIL.search(second.text)
    if one is None or two is None or one.group(3).split()[-1] != two.group(3).split()[-1]:
        return None
    quoted_one, quoted_two = first[:one.start()], second.text[:two.start()]
    # Each sentence one quotation from its opening mark on, with no other marks inside it.
    if not all(q[:1] in "\"“" and not QUOTE_MARK.search(q[1:]) for q in (quoted_one, quoted_two)):
        return None
    mark = "." if one.group(1) == "," else one.group(1)
    return f"{quoted_one}{mark} {quoted_two[1:]}{two.group(1)}{one.group(2)} {one.group(3)} {one.group(4)}."


def _goes_on_quoting(first: str, a: Cite, second: Cited) -> bool:
    """Whether ``second`` is a quotation and nothing else, from the sentence right after ``a`` in
    their article, and ``first`` ends on a quotation's attribution ('..., Riana Durrett said.', '...,"
    said Hoagland, a retired flight attendant.')."""
    text = second.text.strip()
    return _right_after(a, second.cites[0]) and ATTRIBUTED_END.search(first) is not None and \
        text[:1] in "\"“" and text[-1:] in "\"”" and not QUOTE_MARK.search(text[1:-1])


def _unattributed(text: str, before: str, source: str) -> str:
    """A quotation's second sentence without the attribution the summary gave it read alone, when
    the passage it joins names its speaker before the quotation opens: 'Trump responded at the time
    by tweeting: "... nonexistent man. A total con job ...!"', not '... (but they know it)!" Trump
    said.' (distant reading 9065: "attributes twice")."""
    match = re.search(r"([,!?])([”\"]) ([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}) said\.$", text)
    if match is None or f"{match.group(3)} said" in source:
        return text  # no attribution, or its own article's
    opening = min((a for a, _ in quoted_spans(before)), default=len(before))
    surname = match.group(3).split()[-1]
    # Named before the quotation opens, or attributed the same already ('"...," Bower said. "That I
    # had to choose that ...': the passage's last quotation goes on from that one).
    said = SAID_TAIL.search(before) or re.search(
        rf"[”\"]\s+(?:[A-Z][\w'’.-]*\s)*{re.escape(surname)} said\b[^\"“”]{{0,60}}\.\s+[“\"]", before)
    if surname not in before[:opening] and (said is None or said.group(0).find(surname) < 0):
        return text
    mark = "." if match.group(1) == "," else match.group(1)
    return f"{text[:match.start()]}{mark}{match.group(2)}"


def _last_own(cited: Cited) -> Cite:
    """The last of a summary sentence's own sentences: a passage's run from its first cite on (its
    other cites, of other articles, corroborate or name)."""
    last = cited.cites[0]
    for cite in cited.cites[1:]:
        if cite.article == last.article and cite.sentence == last.sentence + 1:
            last = cite
    return last


def _runs_on(first: Cited, a: Cite, second: Cited, by_id: dict[str, Article]) -> bool:
    """Whether a quotation runs from ``first``, whose last sentence of its own is ``a``, into
    ``second``, the sentence after it in their article, which the summary's marks closed and
    opened again."""
    b = second.cites[0]
    if not _right_after(a, b):
        return False
    sentences = by_id[a.article].sentences
    before, after = sentences[a.sentence].text.rstrip(), sentences[b.sentence].text.lstrip()
    return first.text.endswith(CLOSING_MARKS) and not before.endswith(CLOSING_MARKS) and \
        second.text.startswith(OPENING_MARKS) and not after.startswith(OPENING_MARKS)


def spoken(reading: Reading, sentence: Sentence, speakers: dict[tuple[str, int], str | None]) -> Reading:
    """A quotation with no speaker in its sentence ('"...," he said', or none at all) is given the
    speaker the quotes list found for it, or none when it found none: one reading of who said what."""
    key = (sentence.article, sentence.index)
    if key in speakers and (reading.attribute or reading.pronoun_speaker):
        reading.name = speakers[key]
        if reading.attribute and not reading.name:
            return Reading(usable=False, why="a quotation with no speaker")
    elif speakers.get(key) and not QUOTE_MARK.search(sentence.text) and not SPEAKER_LABEL.match(sentence.text):
        # Someone's words in no quotation marks (a transcript's turn after its label): only after
        # the sentence before, where the turn or the quotation opens.
        reading.leans_back = True
    return reading


def _introduced(text: str, sentence: Sentence, before: list[Cited], cites: list[Cite],
                by_id: dict[str, Article], people: dict[str, str] | None = None) -> str:
    """A person the summary has not named yet, given here by surname alone ("Apkarian added"),
    given by full name as the article gives it ("A. Vania Apkarian added"), or as the cluster's
    merged entities do (``people``: a surname the tagger left inside "Zeitzer and Najjar", or
    whose full name only a heading gives)."""
    told = " ".join(c.text for c in before)
    people = people or {}
    # The tagger often calls a lone surname an organisation ("Sinema took the lead"); a place
    # ("Washington") is not a person's surname, whoever else is called that.
    # A surname after a courtesy title is a surname alone too ("Mr Carpentier's invention").
    names = [re.sub(r"['’]s$", "", COURTESY_OPENING.sub("", e.text.strip())) for e in sentence.entities
             if e.label in {"PERSON", "ORG", "NORP"}]
    surnames = [name for name in names if " " not in name]
    # A surname with a particle ("Le Bras argues", "Van Gogh painted") is one surname too.
    surnames += [re.sub(r"['’]s$", "", e.text.strip()) for e in sentence.entities
                 if e.label in {"PERSON", "ORG"} and particled(e.text.strip())]
    # A surname standing alone among words in lower case ("Zeitzer and Najjar found"), not a word of
    # a longer name ("Central Park" is not Comedy Central's).
    words = re.findall(r"[\w'’.-]+", text)
    surnames += [w.rstrip(".") for k, w in enumerate(words) if re.sub(r"['’]s$", "", w.rstrip(".")) in people
                 and not any(n[:1].isupper() for n in words[max(k - 1, 0):k] + words[k + 1:k + 2])]  # "and Cara."
    # The surname of a name too long to write in full ("Al-Thani"), as the summary named a "he" by it.
    long_names = _long_names(by_id)
    surnames += [w for w in re.findall(r"[\w'’-]+", text) if w in long_names]
    # A surname the tagger left unnamed that speaks ("Steck told Reuters").
    surnames += [t.text for t in sentence.doc or [] if t.pos_ == "PROPN" and not t.ent_type_ and speaking_subject(t)]
    for surname in dict.fromkeys(re.sub(r"['’]s$", "", w) for w in surnames):
        named_before = re.search(rf"\b{re.escape(surname)}\b", told)
        shared = _shared_surname(surname, by_id)
        if named_before and not shared:
            continue  # named before: the one person who bears the surname
        # The full name as the sentence's own article gives it, else as another outlet does, else
        # as the merged entities do.
        home = by_id[sentence.article]
        if _given_name_in(surname, home):
            continue  # "her brother, Burke": Burke Ramsey's given name, not Stan Burke of another outlet
        source, full = next(((a, f) for a in [home, *by_id.values()] if (f := full_name(surname, a)) != surname),
                            (home, surname))
        if shared and (near := _named_just_before(surname, sentence, home)) is not None:
            source, full = home, near  # "Linda Lyons, 60, ... said ..." then "“...,” Lyons said": Linda
        if full == surname and surname in people:
            full = people[surname]
            source = next((a for a in [home, *by_id.values()] if any(full in s.text for s in a.sentences)), home)
        if named_before and (source is not home or _names(told, full)):
            continue  # two people bear the surname: this one was named in full before, or which is unsure
        if (full == surname or not readable_name(full)) and not named_before \
                and (described := _described(text, surname, long_names.get(surname), by_id)) is not None:
            # A name too long to write in full ("Hamad Bin Jassim Bin Jabr Al-Thani"): the
            # surname with who they are ("Al-Thani, Qatar's prime minister and foreign minister,").
            text, cite = described
            if cite not in cites:
                cites.append(cite)
            continue
        if len(clean_mention(full).split()) < 2 or not readable_name(full):
            continue  # a title and the name is no fuller name: "THOR" is not "Lady Thor" ("This is not Lady Thor")
        if full == surname or full in text or shared and source is not home:
            continue  # no fuller name, the sentence gives it already ("President Barack Obama"), or two
            # people of the cluster bear it ("Amber Pasztor", "Rene Pasztor") and the sentence's own
            # article does not say which: its one bearer ("Arnold Demoski") is the one it means
        new = _renamed(text, surname, full)
        cited = [by_id[c.article].sentences[c.sentence].text for c in cites]
        naming = next((s for s in source.sentences if full in s.text), None)
        if new != text and naming is not None and supported(new, cited + [naming.text]):
            naming_cite = Cite(naming.article, naming.index)
            if (not supported(new, cited) or source is not home) and naming_cite not in cites:
                cites.append(naming_cite)  # the name's own source is cited
            text = new
    return text


def _given_name_in(word: str, article: Article) -> bool:
    """Whether the article names a person whose name opens on ``word`` ("Burke Ramsey")."""
    return any(ent.label_ == "PERSON" and ent[0].text == word and
               sum(t.is_alpha and t.text[:1].isupper() for t in ent) >= 2
               for s in article.sentences if s.doc is not None for ent in s.doc.ents)


def _named_just_before(surname: str, sentence: Sentence, article: Article) -> str | None:
    """Which of two people of one surname speaks in ``sentence`` ("“I flew into the house,” Lyons
    said"): the one the nearest of the :data:`NAMED_BEFORE` sentences before it names in full
    ("Linda Lyons, 60, ... said she could feel ..."), when that sentence names one person of the
    surname. None otherwise, and for a surname that does not speak: "Lovelace is survived by two
    sisters" after "His father, James Lovelace, is ..." is the son."""
    if sentence.doc is None or not any(t.text == surname and speaking_subject(t) for t in sentence.doc):
        return None
    for before in reversed(article.sentences[max(sentence.index - NAMED_BEFORE, 0):sentence.index]):
        if before.doc is None:
            return None
        named = [e for e in before.doc.ents if e.label_ == "PERSON" and len(e.text.split()) > 1
                 and is_name(e.text) and re.sub(r"['’]s$", "", e.text.split()[-1]) == surname]
        if named:
            return named[0].text if len({e.text for e in named}) == 1 else None
        if re.search(rf"\b{re.escape(surname)}\b", before.text):
            return None  # named by surname alone there: which one is meant then is no clearer
    return None


def _described(text: str, surname: str, long: str | None, by_id: dict[str, Article]) -> tuple[str, Cite] | None:
    """``text`` with the description an article writes after ``long``, a person's name of more than
    four words ending in ``surname``, put after the surname's first mention where a verb follows it
    ("Al-Thani said" → "Al-Thani, Qatar's prime minister and foreign minister, said"), and the
    description's sentence; None when there is no such name or description, or no such mention."""
    found = _description_of(long, by_id, owner=True) if long is not None else None
    if found is None:
        return None
    spans = quoted_spans(text)
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?= (?!(?:of|from|at|with|in)\b)[a-z])", text):
        if not any(a <= m.start() < b for a, b in spans):
            return f"{text[:m.end()]}, {found[0]},{text[m.end():]}", found[1]
    return None


def _long_names(by_id: dict[str, Article]) -> dict[str, str]:
    """Surname → the first person's name of more than four words the articles give with it."""
    names: dict[str, str] = {}
    for article in by_id.values():
        for sentence in article.sentences:
            for e in sentence.entities:
                if e.label == "PERSON" and len(e.text.split()) > 4:
                    names.setdefault(e.text.split()[-1], e.text)
    return names


def _with_who(text: str, before: list[Cited], cites: list[Cite], by_id: dict[str, Article],
              lower: set[str]) -> str:
    """A person the summary names for the first time told by the title the articles put before their
    name ("Carroll County Sheriff Tobe Leazenby", "Sen. Lindsey Graham", :func:`_role_edit`) or the
    description an article puts right after it ("Rodd McLeod, a senior adviser to the Sinema
    campaign, said", :func:`_apposition_edit`): a reader should know who is speaking. The title when
    it is more than one word or there is no description ("NRC Chairman Gregory Jaczko"), else the
    description ("Alain Carpentier, the inventor of the first artificial heart," not "Professor Alain
    Carpentier"). The sentence the words come from is cited when the summary's own sources do not
    hold them."""
    def edit(m: re.Match) -> tuple | None:
        role = _role_edit(text, m, by_id, lower)
        if role is not None and len(role[2].split()) > 1:
            return role  # a title of several words says enough: no need to read for a description
        return _apposition_edit(text, m, by_id) or role

    return _first_said(text, before, cites, by_id, edit)


def _first_said(text: str, before: list[Cited], cites: list[Cite], by_id: dict[str, Article],
                edit: Callable[[re.Match], tuple | None]) -> str:
    """``text`` with the first person it names for the first time that ``edit`` can tell more of
    told so (one person at a time: the sentence stays a sentence), citing the sentence the words
    come from when the summary's own sources do not hold them."""
    for m in _first_mentions(text, before):
        found = edit(m)
        if found is None:
            continue
        new, cite = found[0], found[1]
        cited = [by_id[c.article].sentences[c.sentence].text for c in cites]
        if cite not in cites and not supported(new, cited):
            cites.append(cite)
        return new
    return text


def _role_edit(text: str, m: re.Match, by_id: dict[str, Article], lower: set[str]) -> tuple[str, Cite, str] | None:
    """The sentence with the title the articles give the person ``m`` finds put before their name,
    the title's sentence and the title; None where a title or a description is there already
    ("abortion doctor ...", "..., the acting secretary") or the articles give none."""
    name = m.group(0)
    if not _title_place(text, m) or re.match(r",\s+(?:a|an|the|who)\b", text[m.end():]):
        return None
    found = _title_of(name, by_id, lower)
    if found is None:
        return None
    title, cite = found
    if m.start() > 0 and title.split()[0].lower() in TITLE_NOUNS_LOWER:
        title = title[:1].lower() + title[1:]  # "and actor Bruce Campbell": capital only at a sentence's start
    elif m.start() == 0:
        title = title[:1].upper() + title[1:]  # "Gerontologist Jacqueline Dupont said"
    return text[:m.start()] + f"{title} {name}" + text[m.end():], cite, title


def _title_place(text: str, m: re.Match) -> bool:
    """Whether a title or a description may go with the name ``m`` finds in ``text``: at the
    sentence's start, after a quotation, a preposition or a verb of saying (:data:`TITLE_PLACE`),
    or after a comma when a verb of saying follows ("..., he shot her, Jarrod Burguan said": not
    a name in a list)."""
    before = text[:m.start()]
    return TITLE_PLACE.search(before) is not None or \
        (before.endswith(", ") and re.match(r"\s+(?:said|says|told|added|explained)\b", text[m.end():]) is not None)


def _first_mentions(text: str, before: list[Cited]) -> Iterator[re.Match]:
    """Full names in ``text`` (two to four capitalised words) outside its quotations, whose surname
    the summary ``before`` it has not written: people it names for the first time."""
    told = " ".join(c.text for c in before)
    spans = quoted_spans(text)
    for m in re.finditer(r"\b[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}\b", text):
        surname = m.group(0).split()[-1]
        if not any(a <= m.start() < b for a, b in spans) and not re.search(rf"\b{re.escape(surname)}\b", told):
            yield m


def _apposition_edit(text: str, m: re.Match, by_id: dict[str, Article]) -> tuple[str, Cite] | None:
    """The sentence with the description the articles write after the name ``m`` finds put after
    it, and the description's sentence; None where a description, a title, a possessive or a list
    is there already ("Selbin, one of the attorneys", "Pentagon press secretary George Little",
    "Andrew Wetzler of the NRDC") or the articles give none."""
    after = text[m.end():]
    if not re.match(r"(?: (?!(?:of|from|at|with|in)\b)[a-z]|\.?$)", after) or not _title_place(text, m):
        return None
    found = _description_of(m.group(0), by_id)
    if found is None:
        return None
    description, cite = found
    return text[:m.end()] + f", {description}" + ("," if after.strip(" .") else "") + after, cite


def _description_of(name: str, by_id: dict[str, Article], owner: bool = False) -> tuple[str, Cite] | None:
    """The description an article writes beside a person's full name, of at most
    ``DESCRIPTION_WORDS`` words and no quotation, with the sentence that holds it; the first such in
    the articles' order. After the name between commas ("Alain Carpentier, the inventor of the first
    artificial heart,"; "Sally Regenhard, whose firefighter son was killed ...,"), or the noun the
    name stands beside ("the Vatican spokesman the Rev. Federico Lombardi"). With ``owner``, also
    one that opens on a possessive ("Qatar's prime minister and foreign minister"): for a name the
    summary cannot write in full, where any description beats none; beside a name, a title
    ("presenter Warren Beatty") says more than "Hollywood's ultimate smooth leading man"."""
    surname = name.split()[-1]
    mentions = [(sentence, ent) for article in by_id.values() for sentence in article.sentences
                if sentence.doc is not None and surname in sentence.text for ent in sentence.doc.ents
                # "Christopher R. Miller, a spokesman for ..." describes Christopher Miller
                if _a_person(ent) and MIDDLE_INITIAL.sub("", ent.text) == MIDDLE_INITIAL.sub("", name)]
    # What an article writes after a name says more, whole better than cut short
    tellers = (_told_after, partial(_told_after, shorten=True), _told_before)
    for told in tellers:
        for sentence, ent in mentions:
            if (span := told(ent)) is not None and _describes(span, owner):
                return span.text, Cite(sentence.article, sentence.index)
    return None


def _told_after(ent: Span, shorten: bool = False) -> Span | None:
    """What follows a name between commas: an apposition ("Alain Carpentier, the inventor of ..."),
    or a clause of whose family or work they are ("Sally Regenhard, whose firefighter son ...",
    "Robert Smith, who published the original diary in 1993," :func:`_what_they_did`);
    with ``shorten``, without the phrases of place that close it (:func:`_shortened`)."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return None
    appos = next((c for c in ent.root.children if c.i > ent.end and (
        c.dep_ == "appos" or c.dep_ == "relcl" and (c.left_edge.lower_ == "whose" or _what_they_did(c)))), None)
    if appos is None or appos.left_edge.i != ent.end + 1:
        return None
    span = doc[appos.left_edge.i:appos.right_edge.i + 1]
    closes = span.end < len(doc) and doc[span.end].text in {",", "."}
    return None if not closes else _shortened(span) if shorten else span


def _what_they_did(clause) -> bool:
    """A clause after a name telling of a person's work in the past ("Robert Smith, who published the
    original diary in 1993,"): "who" and a verb in the past with an object, not a verb of saying
    ("who said ...") nor what was done to them ("who was arrested")."""
    return clause.left_edge.lower_ == "who" and clause.tag_ == "VBD" and clause.lemma_ not in SAY_LEMMAS and \
        any(t.dep_ == "dobj" for t in clause.subtree)


def _told_before(ent: Span) -> Span | None:
    """The common noun a name stands in apposition to, before it ("the Vatican spokesman the Rev.
    Federico Lombardi", "said the lawyer, William W. Taylor III"): that noun with its own words before it."""
    head, doc = ent.root.head, ent.doc
    if ent.root.dep_ != "appos" or head.i >= ent.start or head.pos_ != "NOUN" or doc[ent.start - 1].text == "(":
        return None  # not a film's part: "the wild-eyed, shaggy-bearded pilot (John C. Reilly)"
    span = doc[head.left_edge.i:head.i + 1]
    # a noun phrase and nothing else: not "which 20-year-old gunman" (of "carnage, which ... Adam Lanza ended")
    plain = all(t.dep_ in NOUN_PHRASE_DEPS and t.tag_ not in {"WDT", "WP", "WP$"} for t in span[:-1])
    return span if plain else None


def _describes(span: Span, owner: bool) -> bool:
    """Whether words beside a name can tell the reader who they are: 2 to ``DESCRIPTION_WORDS``
    words in lower case (with ``owner``, or opening on an owner's name), no quotation, no pronoun (not
    "a democrat running for my father's seat", "her husband"), not "another deputy press secretary"."""
    words = span.text.split()
    owned = owner and re.match(r"[A-Z][\w.-]*['’]s [a-z]", span.text) is not None
    return 2 <= len(words) <= DESCRIPTION_WORDS and not re.search(r"[\"“”(]", span.text) \
        and (span.text[:1].islower() or owned) and not any(t.tag_ in {"PRP", "PRP$"} for t in span) \
        and words[0].lower() != "another"


def _a_person(ent: Span) -> bool:
    """A name the tagger calls a person, or an organisation or place whose first word is a given name
    of one gender ("Beatrice Megevand-Roggo" tagged an organisation)."""
    words = ent.text.split()
    return ent.label_ == "PERSON" or ent.label_ in {"ORG", "GPE"} and len(words) > 1 and \
        words[0].lower() in name_genders()


def _shortened(span: Span) -> Span:
    """A description longer than ``DESCRIPTION_WORDS`` without the phrases of place that close it,
    as long as one does ("deputy director of the Shorenstein Asia-Pacific Research Center at
    Stanford University" is "deputy director of the Shorenstein Asia-Pacific Research Center");
    never a phrase inside a name ("Department of Education", "Center for Biological Diversity")."""
    while len(span.text.split()) > DESCRIPTION_WORDS:
        # the last phrase of place that closes the span, wherever a name's own "for" or "of" is
        # ("... Institute at the Center for Biological Diversity")
        last = max((t for t in span if t.dep_ == "prep" and t.i > span.start + 1 and t.right_edge.i == span.end - 1
                    and t.lower_ in PLACE_PREPOSITIONS), key=lambda t: t.i, default=None)
        if last is None:
            break
        span = span.doc[span.start:last.i]
    return span


def written_lower(articles: list[Article]) -> set[str]:
    """The words the articles write in lower case, possessives and compounds included ("the
    sheriff's office"): a capitalised word that is one of them names a role, not a person."""
    return {w for a in articles for s in a.sentences for w in re.findall(r"\b[a-z]+\b", s.text)}


def _title_of(name: str, by_id: dict[str, Article], words: set[str]) -> tuple[str, Cite] | None:
    """The title the articles most often write before a person's full name, as compound words of
    the name ("Delphi Police Chief" Steve Mullins), with a sentence that holds it. ``words``: those
    the cluster writes in lower case."""
    seen: dict[str, list[Cite]] = {}
    for article in by_id.values():
        for sentence in article.sentences:
            # Not someone's words: "Failed Presidential Candidate Mitt Romney is having a news
            # conference" is a post by his rival, of a race long over (distant reading 9081).
            if sentence.doc is None or name not in sentence.text or posted(sentence, article):
                continue
            quoted = quoted_spans(sentence.text)
            for ent in sentence.doc.ents:
                if ent.label_ != "PERSON" or ent.text != name:
                    continue
                at = ent.start_char - sentence.doc.start_char
                if any(a <= at < b for a, b in quoted):
                    continue
                doc, start = ent.doc, ent.start
                while start > sentence.doc.start and _title_word(doc[start - 1], start):
                    start -= 1
                title = doc[start:ent.start].text
                if start > sentence.doc.start and doc[start - 1].text in {"-", "–"} and not doc[start - 1].whitespace_:
                    continue  # "Chief" of "Editor-in-Chief", "author" of "co-author": half a title
                if start - 1 > sentence.doc.start and doc[start - 1].lower_ in {"of", "in"} and doc[start - 2].is_title:
                    continue  # "Chief" of "Editor in Chief", "Staff" of "Chief of Staff": half a title
                if title[:1].islower() and start > sentence.doc.start and doc[start - 1].head.i >= start and \
                        doc[start - 1].dep_ in {"amod", "compound", "nmod", "poss", "nummod"}:
                    continue  # "leader" of "Libyan leader", "nominee" of "Oscar nominee": half a title
                if start == sentence.doc.start and doc[start].tag_ == "NN":
                    title = title[:1].lower() + title[1:]  # "Crew member X said": capital for the sentence's start only
                role = _role_word(doc[ent.start - 1], words)
                if start < ent.start and role and title.lower().strip(".") not in COURTESY:
                    seen.setdefault(title, []).append(Cite(sentence.article, sentence.index))
    if not seen:
        return None
    for title in [t for t in seen if t[:1].isupper() and t[:1].lower() + t[1:] in seen]:
        # "Gerontologist" opening a sentence is the "gerontologist" written inside one
        seen[title[:1].lower() + title[1:]] += seen.pop(title)
    title = max(seen, key=lambda k: (len(seen[k]), len(k)))  # the fuller on a tie ("Lt. Gen.", not "Gen.")
    if _other_titles(name.split()[-1], title, by_id):
        return None  # "Senator Barack Obama" where the story also says "President Obama": which is now?
    return title, seen[title][0]


def _other_titles(surname: str, title: str, by_id: dict[str, Article]) -> bool:
    """Whether the articles put another office word right before the person's surname alone
    ("President Obama" beside the title "Senator"): the person held several, or the title changed."""
    own = title.split()[-1].lower().strip(".")
    pattern = re.compile(rf"\b({'|'.join(OFFICES)})\.? (?:[A-Z][\w.'’-]* )?{re.escape(surname)}\b", re.I)
    found = {m.group(1).lower() for a in by_id.values() for s in a.sentences for m in pattern.finditer(s.text)}
    return bool({OFFICES.get(f, f) for f in found} - {OFFICES.get(own, own)})


def _title_word(token: Token, start: int) -> bool:
    """Whether a word just before a name is part of the title the name bears ("Police Chief", "Sen.",
    "police Chief", "gerontologist"): a capitalised word or a common noun in the name's compound,
    not after a possessive ("his wife Melania": a relation, not a title)."""
    before = token.doc[token.i - 1] if token.i > token.sent.start else None
    if before is not None and (before.tag_ == "PRP$" or before.dep_ == "poss" or before.tag_ == "POS"):
        return False
    if _split_stop(token):
        return True  # the full stop of "Lt." the tokenizer split off
    return token.dep_ == "compound" and token.head.i >= start - 1 and token.ent_type_ != "PERSON" and (
        token.is_title or token.is_upper or len(token) > 1 and token.text.endswith(".") or
        (token.tag_ == "NN" and token.is_lower))


def _role_word(token: Token, words: set[str]) -> bool:
    """Whether the title's word next to the name names a role: an abbreviation ("Sen.", "Lt.") or a
    word the articles also write in lower case ("Sheriff", "the sheriff"), not a name ("Price
    Waterhouse Coopers"), a date ("Thursday") or a plural ("Pilots Troy Bradley and ...")."""
    if _split_stop(token):
        return True  # "Lt ." as the tokenizer splits it
    if token.ent_type_ in {"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL"} or token.tag_ in {"NNS", "NNPS"}:
        return False
    return len(token) > 1 and token.text.endswith(".") or token.lower_ in words or token.lower_ in ROLE_NOUNS


def _split_stop(token: Token) -> bool:
    """Whether the token is the full stop of an abbreviation the tokenizer split off ("Lt ."): a
    short capitalised word a full stop may close ("Lt", "Sgt", "Gov") right before it."""
    if token.text != "." or token.i <= token.sent.start:
        return False
    word = token.doc[token.i - 1]
    return word.is_title and len(word) <= 4 and word.is_alpha and word.whitespace_ == ""


def _shared_surname(surname: str, by_id: dict[str, Article]) -> bool:
    """Whether the articles name two people with this surname (different first names; the tagger
    may take either for an organisation)."""
    firsts = {e.text.split()[0] for a in by_id.values() for s in a.sentences for e in s.entities
              if e.label in {"PERSON", "ORG"} and len(e.text.split()) > 1 and is_name(e.text)
              and re.sub(r"['’]s$", "", e.text.split()[-1]) == surname}
    if len(firsts) > 1:  # a word the articles write in lower case is no first name ("Fire Snipes!", "Inside Snipes")
        text = " ".join(s.text for a in by_id.values() for s in a.sentences)
        firsts = {f for f in firsts if f.lower() in given_names()
                  or not re.search(rf"(?<![\w'’-]){re.escape(f.lower())}(?![\w'’-])", text)}
    return len(firsts) > 1


def _renamed(text: str, surname: str, full: str) -> str:
    """``text`` with its first mention of ``surname`` given as ``full``, only where that is safe:
    not inside a quotation (a quotation is never altered), not after a word of the name already
    there ("Barack H. Obama"), and never making a word twice in a row."""
    spans = quoted_spans(text)
    given = {w.lower() for w in full.split()[:-1]}
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}\b", text):
        if any(a <= m.start() < b for a, b in spans):
            continue
        before = re.findall(r"[\w.'’-]+", text[max(0, m.start() - 40):m.start()])[-2:]
        if given & {w.lower().strip(".") for w in before}:
            return text
        if before and before[-1].lower() in {"the", "a", "an", "its", "their"}:
            continue  # "the Obama administration", "its McRib sandwich": the name describes, it names no one here
        # "Mr Carpentier" named in full is "Alain Carpentier", as news names a person first
        courtesy = COURTESY_BEFORE.search(text[:m.start()])
        new = text[:courtesy.start() if courtesy else m.start()] + full + text[m.end():]
        return text if doubled(new) > doubled(text) else new
    return text


def doubled(text: str) -> int:
    """How many words come twice in a row ("Barack Barack")."""
    return len(re.findall(r"\b(\w+)\s+\1\b", text, flags=re.I))


def named(text: str, reading: Reading, before: list[Cited], cites: list[Cite],
          by_id: dict[str, Article]) -> str | None:
    """The sentence with a leading pronoun (or pronoun speaker) replaced by the person's name (the
    surname once the summary has named them), or None when that is not possible or the sentence's
    citations — with, when needed, the sentence of its article the name comes from, added to
    ``cites`` — would not support it."""
    if not reading.name or not is_name(reading.name) or not readable_name(reading.name):
        return None  # not a person's name as a reader would write it ("Rushbo'", "George and Marie")
    # By surname once the summary has named them, unless the sentence gives the surname to someone
    # else too ("She recalled telling Conyers" is Monica Conyers's, not "Conyers recalled telling Conyers").
    short = short_name(reading.name)
    known = any(_names(c.text, reading.name) for c in before) and re.search(rf"\b{re.escape(short)}\b", text) is None
    label = short if known else reading.name
    new = attributed(text, label) if reading.attribute else with_name(text, reading.name, known, reading.after_opening,
                                                                  reading.reported)
    if not new or doubled(new) > doubled(text):
        return None
    new = _occupation_lowered(new, label if reading.attribute else reading.name)
    cited = [by_id[c.article].sentences[c.sentence].text for c in cites]
    if supported(new, cited):
        return new
    naming = _naming_sentence(cites[0], reading.name, by_id)  # the sentence the name comes from
    if naming is not None and supported(new, cited + [by_id[naming.article].sentences[naming.sentence].text]):
        cites.append(naming)
        return new
    return None


def _occupation_lowered(text: str, name: str) -> str:
    """The sentence with an occupation the tagger took into a name written in lower case where the
    name stands inside it: '..., musician Brad Fischetti told E! News' (the tagger's "Musician Brad
    Fischetti" opened its own sentence)."""
    first = name.split()[0] if name.split() else ""
    at = text.find(name, 1)
    if first.lower() not in TITLE_NOUNS_LOWER or len(name.split()) < 3 or at <= 0:
        return text
    return text[:at] + first.lower() + text[at + len(first):]


def readable_name(name: str) -> bool:
    """Whether a name the tagger found reads as one person's name when the summary writes it: at
    most four words, no possessive inside ("Trump's Utah", "Poehler's Maura"), no word in capitals
    before the surname ("RIP Prodigy"), one script ("Donald J. Trump Επαληθευμένος", a page's
    "Verified" badge run into the name)."""
    words = name.split()
    scripts = {latin(w) for w in words}
    return len(words) <= 4 and not any(re.search(r"['’]s$", w) for w in words[:-1]) and \
        not shouted_before(name) and len(scripts) <= 1


def _names(text: str, name: str) -> bool:
    """Whether a summary sentence has named the person: in full, or by given name and surname
    ("Judge Neil Gorsuch" names Neil M. Gorsuch)."""
    words = name.split()
    lowered = name[:1].lower() + name[1:]  # "musician Brad Fischetti" (see _occupation_lowered)
    return name in text or lowered in text or len(words) > 2 and all(re.search(rf"\b{re.escape(w)}\b", text)
                                                                     for w in (words[0], words[-1]))


def _naming_sentence(cite: Cite, name: str, by_id: dict[str, Article]) -> Cite | None:
    """The nearest earlier sentence of the same article that gives ``name``."""
    sentences = by_id[cite.article].sentences
    for index in range(cite.sentence - 1, max(cite.sentence - 5, -1), -1):
        if name.split()[-1] in sentences[index].text:
            return Cite(cite.article, index)
    return None


def headline(articles: list[Article], vectors: np.ndarray, summary: list[Cited],
             people: dict[str, str] | None = None) -> str | None:
    """The headline (:func:`_headline`; cut from the lead, with what its last words wait for brought
    back by :func:`_rounded` and what a "but" after them says by :func:`_contrasted`) with the
    person it opens on by surname alone given in full
    (``people``: surname → the one person of the cluster who bears it): "Thomas Kinkade died
    Friday morning", not "Kinkade died ..." before the reader has met him. Only a surname the
    headline opens on and a word in lower case (or a possessive) follows: a capital after it may
    make it part of another name ("McRib 2.0", "Sheikh Hamad")."""
    title = _undated(_headline(articles, vectors, summary))
    if title:
        title = re.sub(r"\s*[™®]", "", title)  # "PurePulse™ heart rate monitors": a brand's mark is no headline's
        source = _cut_source(title, summary)
        title = _contrasted(_rounded(_aside_cut(title, source), source), source)
    opening = re.match(r"([A-Z][\w'’-]*?)(?:['’]s?\s+\S|\s+[a-z])", title or "")
    if opening and opening.group(1) in (people or {}):
        return _renamed(title, opening.group(1), people[opening.group(1)])
    return title


def _headline(articles: list[Article], vectors: np.ndarray, summary: list[Cited]) -> str | None:
    """A headline for the event: the articles' own title or headline line that comes nearest the
    summary's lead and the articles' leads together (the story most of them tell), else a complete
    clause of the lead (:func:`main_clause`, then :func:`complete_prefix`), else of the summary's
    next sentences; the whole lead sentence as a last resort."""
    if not summary:
        return None
    lead = summary[0]
    by_id = {a.id: a for a in articles}
    first = lead.cites[0]
    if Cite(first.article, first.sentence + 1) in lead.cites:
        # A quotation running over two sentences is one passage (:func:`run_on`): the headline
        # comes from its first sentence, as it would had the passage been one sentence.
        lead = Cited(text=tidy(by_id[first.article].sentences[first.sentence].text), cites=lead.cites)
    lead_row = _row(articles, lead.cites[0])
    firsts = [_row(articles, Cite(a.id, s.index)) for a in articles
              if (s := _first_line(a)) is not None]
    centre = vectors[firsts].sum(axis=0) if firsts else vectors[lead_row]
    centre = centre / (float(np.linalg.norm(centre)) or 1.0)
    options = [(title_text(a.title), None) for a in articles if a.title]
    options += [(title_text(a.sentences[0].text), _row(articles, Cite(a.id, 0))) for a in articles
                if a.sentences and a.sentences[0].heading and not READER_PROMPT.search(a.sentences[0].text)]
    best, best_score = None, -1.0
    for text, row in options:
        if not HEADLINE_MIN_WORDS - 1 <= len(text.split()) <= 20 or cut_short(text) or text.split()[0].islower():
            continue  # too short or long, cut off, or a line a headline does not open so ("jobs jobs jobs ...")
        vector = vectors[row] if row is not None else _embed(text)
        near, central = float(vector @ vectors[lead_row]), float(vector @ centre)
        # Near the lead, or near what the articles' first sentences tell together: an outlet's own
        # headline says what the story is even when the summary opens on something else.
        if (near > HEADLINE_SIMILARITY or central >= HEADLINE_CENTRAL) and near + central > best_score:
            best, best_score = text, near + central
    if best:
        return best
    whole = _bare(lead.text)
    prefix = complete_prefix(lead.text)  # parsed once: the short-lead test and the fallback below
    if len(whole.split()) <= HEADLINE_WORDS + 2 and prefix:
        return whole[:1].upper() + whole[1:]  # a short lead is its own headline
    # The lead whole, rather than a sentence that follows from it, when it names what it speaks of:
    # "For his birthday, his father bought ..." or "Oh, Betty, you're ..." is no headline.
    entire = whole[:1].upper() + whole[1:] if len(whole.split()) <= LONG_HEADLINE_WORDS and not _leans(whole) else None
    first = main_clause(lead.text) or prefix
    longer = [t for t in (main_clause(lead.text, LONGER_HEADLINE_WORDS),
                          complete_prefix(lead.text, LONGER_HEADLINE_WORDS, strict=True), prefix, entire)
              if t and t != first]
    if first:  # a longer headline only for what the shorter leaves out, and still a headline's length
        longer = [t for t in longer if len(t.split()) <= LONGER_HEADLINE_WORDS]
    # A long headline last, taken only when it keeps more of what the story turns on than every
    # shorter one ("A 20-year-old man has been charged with murder" says nothing of the brother he
    # "threw off the roof", which every article tells), or when the lead has no shorter one: its main
    # clause ("... won the $50,000 ... Award in August for his invention of a wearable sensor for
    # Alzheimer's patients") rather than a later sentence's or the lead cut at a boundary. (Not its
    # complete opening there: that kept a heading run into the sentence, or a quotation left open.)
    longer += [t for t in (main_clause(lead.text, LONG_HEADLINE_WORDS),
                           complete_prefix(lead.text, LONG_HEADLINE_WORDS, strict=True) if first else None)
               if t and t != first and t not in longer]
    title = _keeps_the_story([first] + longer if first else longer, whole, _story_words(lead, articles))
    if title:
        return _quote_closed(title, whole)
    # A later sentence about a thing it does not introduce ("The zoo follows a guideline whereby
    # ...") says nothing as a headline: the next one, or the whole lead, is better.
    title = next((t for cited in summary[1:3] if not _undefined(cited, by_id) and (t := main_clause(cited.text))),
                 None)
    if title:
        return title
    if len(whole.split()) <= LONG_HEADLINE_WORDS:
        return whole[:1].upper() + whole[1:]
    # Another report's lead, the one nearest what the leads tell together, in a clause of its own,
    # before the long lead cut to length ("A Swiss climber who found the long-lost bodies of a
    # renowned mountaineer and his cameraman on one").
    # Then the lead's main clause at a long headline's length, before the lead cut at a boundary,
    # which may end on a verb whose object it cuts off ("A new study ... reveals").
    return _other_lead(articles, vectors, centre, lead, by_id) or main_clause(lead.text, LONG_HEADLINE_WORDS) or \
        _clause(lead.text, by_id[lead.cites[0].article].sentences[lead.cites[0].sentence])


# What a headline cut from its lead may not stop before: the clause saying which "a bill" ("making
# it illegal to ..."), the infinitive a noun waits for ("pressure on state police [to get involved
# ...]"), the object or complement of its last word, the phrase saying why or how after a verb
# that has no object ("was reeling [in the wake of ...]").
NEEDED_AFTER = {"xcomp", "dobj", "pobj", "attr", "acomp", "oprd", "dative", "agent"}
# Inside the words brought back, what ends them: a clause of its own, an aside, a verb's next one.
ENDS_PHRASE = {"advcl", "relcl", "appos", "parataxis", "mark"}
BREAKS = {",", ";", ":", "—", "–", "-", "--", "(", ")"}


def _cut_source(title: str, summary: list[Cited]) -> str:
    """The summary sentence a headline was cut from: the lead, else the next one or two, which
    :func:`_headline` falls back on ("Several teams made some progress in the past few years [but
    were unable to produce viable sperm or eggs]": the words after the cut are that sentence's)."""
    leads = [_bare(cited.text) for cited in summary[:3]]
    return next((lead for lead in leads if _cut_from(title, _parsed(lead))), leads[0])


def _rounded(title: str, lead: str) -> str:
    """A headline cut from the lead (:func:`_headline`'s clauses and openings) with what its last
    words wait for brought back, when that fits a long headline (``LONG_HEADLINE_WORDS``): "President
    Andrzej Duda said that he would sign into law a bill [making it illegal to accuse “the Polish
    nation” of complicity in the Holocaust ...]". The words come back up to the first clause, aside
    or comma inside them, or to an earlier phrase's boundary where that is too long; never stopping
    inside a phrase, and none when no boundary fits."""
    doc = _parsed(lead)
    kept = _cut_from(title, doc)
    if not kept:
        return title  # not the lead's words (an article's own title)
    start = max(kept) + 1
    if start >= len(doc) or doc[start].is_punct:
        return title  # cut at the lead's end or at a comma or dash: a boundary of its own
    needed = doc[start]
    while needed.head.i not in kept and needed.head != needed and needed.head.left_edge.i >= start:
        needed = needed.head
    if needed.head.i not in kept or needed.left_edge.i != start or not _needed(needed):
        return title
    end = needed.right_edge.i
    for token in needed.subtree:
        if token.i > needed.i and _ends_phrase(token):
            end = min(end, token.left_edge.i - 1)
    # Where the words may stop: before a phrase or clause that starts after the needed word (not
    # before a preposition a word needs, "accuse [of complicity]"), or where the sentence goes on
    # to something else. The whole phrase when it fits a long headline, else the longest stop
    # within the lead's own clause's length, else within a long headline's.
    stops = [e for e in range(needed.i, end + 1) if (e + 1 == len(doc) or _opens_phrase(doc[e + 1], e))
             and not doc[e].is_punct and doc[e].lower_ not in WEAK_ENDS
             and not _waits(doc, kept | set(range(start, e + 1)))]
    fits = [[e for e in stops if _length(doc, kept | set(range(start, e + 1))) <= limit]
            for limit in (LONGER_HEADLINE_WORDS, LONG_HEADLINE_WORDS)]
    end = end if end in fits[1] else max(fits[0] or fits[1] or [-1])
    if end < start:
        return title
    longer = title.rstrip() + (" " if doc[start - 1].whitespace_ else "") + doc[start:end + 1].text
    return title if cut_short(longer) else _quote_closed(longer, lead)


def _contrasted(title: str, lead: str) -> str:
    """A headline cut from the lead right before its "but" with what the "but" says brought back,
    up to the next comma, dash or the lead's end, when that fits a long headline: "The Ferguson
    police officer who shot Michael Brown didn't stop him because he was suspected in a
    convenience-store robbery[, but because he was “walking down the middle of the street blocking
    traffic]”" — cut there, it says the opposite of the lead. None brought back when the words
    would stop before what they wait for ("but that's not stopping him from trying [-- ... -- to
    change the English lyrics]")."""
    doc = _parsed(lead)
    kept = _cut_from(title, doc)
    if not kept:
        return title
    start = max(kept) + 1
    but = start + 1 if start < len(doc) and doc[start].text == "," else start
    if but >= len(doc) or doc[but].lower_ != "but" or doc[but].dep_ != "cc" or doc[but].head.i not in kept:
        return title
    end = next((t.i - 1 for t in doc[but + 1:] if t.text in BREAKS), len(doc) - 1)
    while end > but and (doc[end].is_punct or doc[end].lower_ in WEAK_ENDS):
        end -= 1
    span = set(range(start, end + 1))
    if end <= but + 1 or _length(doc, kept | span) > LONG_HEADLINE_WORDS or _waits(doc, kept | span):
        return title
    longer = title.rstrip() + doc[start - 1].whitespace_ + doc[start:end + 1].text
    return title if cut_short(longer) else _quote_closed(longer, lead)


def _cut_from(title: str, doc: Doc) -> set[int]:
    """The tokens of the parsed lead ``doc`` a headline keeps (:func:`_kept`) when every word of the
    headline is the lead's, else none: an article's own title is not cut from the lead."""
    kept = _kept(title, doc)
    matched = sum(len(re.findall(r"\w+", doc[i].lower_)) for i in kept)
    return kept if kept and matched == len(re.findall(r"\w+", title.lower())) else set()


def _needed(token: Token) -> bool:
    """Whether the phrase ``token`` heads, after a headline's last word, is one the headline may not
    leave out: the clause of a bare indefinite noun ("a bill [making ...]", not "a fake embassy [that
    ...]"), an infinitive after a noun ("pressure [to get involved]"), an object or complement
    (``NEEDED_AFTER``), a phrase with a preposition right after a verb without an object that says
    neither when nor where ("reeling [in the wake of ...]", not "resumed [on Friday]")."""
    head = token.head
    if token.dep_ in {"acl", "relcl"}:
        bare = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children) and \
            not any(c.dep_ in {"amod", "compound", "nummod", "poss"} for c in head.children)
        return bare or token.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if token.dep_ == "prep":
        return head.pos_ in {"VERB", "AUX"} and not any(c.dep_ in {"dobj", "attr", "acomp"} for c in head.children) \
            and token.i == head.i + 1 and not _when_or_where(token)
    return token.dep_ in NEEDED_AFTER


def _opens_phrase(token: Token, before: int) -> bool:
    """Whether a headline may stop before ``token``: it opens a phrase or clause of a word up to
    ``before`` (a comma or dash, a preposition that is no word's argument, a clause, a list's next
    verb), as parsed; not a word the parser hung far back by mistake."""
    if token.is_punct:
        return token.text in BREAKS
    while token.head.i > before and token.head.left_edge.i == token.left_edge.i and token.head != token:
        token = token.head  # "that" opens the clause "that left three dead"
    if token.left_edge.i != before + 1 or token.head.i > before:
        return False
    if token.dep_ in {"cc", "conj"}:  # a verb's next verb, not a list's next item
        return token.head.pos_ in {"VERB", "AUX"}
    if token.dep_ == "prep":
        return token.lower_ not in ARGUMENT_PREPOSITIONS
    if token.dep_ == "advcl":
        return any(c.dep_ in {"mark", "nsubj", "nsubjpass"} for c in token.children)
    return token.dep_ in {"relcl", "appos", "mark"}


def _ends_phrase(token: Token) -> bool:
    """Whether a token inside the words a headline takes back starts what they stop before: a
    clause ("as Gov. Rick Scott clings ..."; not an infinitive, "illegal [to accuse]"), an aside,
    a comma, a verb's next verb ("and asked ..."; a noun's list goes on, "the Holocaust and other
    Nazi atrocities")."""
    if token.dep_ == "punct":
        return token.text in BREAKS
    if token.dep_ in {"cc", "conj"}:
        return token.head.pos_ in {"VERB", "AUX"}
    if token.dep_ == "prep":
        return any(c.tag_.startswith("VB") for c in token.children)
    return token.dep_ in ENDS_PHRASE and not (token.dep_ == "advcl" and token.tag_ == "VB")


def _first_line(article: Article) -> Sentence | None:
    """The article's first sentence that is not a heading: its lead."""
    return next((s for s in article.sentences if not s.heading), None)


def _other_lead(articles: list[Article], vectors: np.ndarray, centre: np.ndarray, lead: Cited,
                by_id: dict[str, Article]) -> str | None:
    """The main clause of the first sentence of another report, the nearest ``centre`` first."""
    leads = [Cited(s.text, [Cite(a.id, s.index)]) for a in articles if a.id != lead.cites[0].article
             and (s := _first_line(a)) is not None]
    leads.sort(key=lambda cited: -float(vectors[_row(articles, cited.cites[0])] @ centre))
    return next((t for cited in leads if not _undefined(cited, by_id) and (t := main_clause(cited.text))), None)


# "today" or "yesterday" inside a headline, not after a preposition ("until today"): the article's
# day, which a reader of the digest does not share ("Gov. Robert Bentley today apologized").
RELATIVE_DAY = re.compile(r"(\w+)\s(?:today|yesterday|tonight)(?=\s+[a-z])")
# A span told from the article's date inside the headline ("tested ballistic missiles this week, firing
# ...", "launched its Knowledge Graph today"), and opening it ("Over the weekend, unnamed leftists ...").
RELATIVE_SPAN = re.compile(r"(\S+)\s(?:(?:earlier |later )?(?:this|last) "
                           r"(?:week|weekend|month|morning|afternoon|evening)"
                           r"|last night|over the weekend|today|yesterday|tonight)(?=[,;:]|$)")
RELATIVE_OPENING = re.compile(r"^(?:(?:Earlier|Later) )?(?:(?:This|Last) (?:week|weekend|month)|(?:Over|During) the "
                              r"weekend),\s+(?=\S)")
WEEKDAY = re.compile(r"(\S+)\s((?:(?:early|late|on)\s)*)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                     r"(?:\s(?:morning|afternoon|evening|night))?(?![\w'’])(?!\s\w+['’]s\b)(?!,\s+\w+\.?\s\d)")
DAY_PREPOSITIONS = {"until", "since", "from", "of", "for", "before", "after", "by", "than", "as"}


def _undated(title: str | None) -> str | None:
    """The headline without a day told relative to the article's date."""
    if not title:
        return title
    for relative in (RELATIVE_DAY, RELATIVE_SPAN):  # the word before stays, and all of it after "since" ...
        title = relative.sub(lambda m: m.group(0) if m.group(1).lower() in DAY_PREPOSITIONS else m.group(1), title)
    title, opened = RELATIVE_OPENING.subn("", title)
    if opened:
        title = title[:1].upper() + title[1:]
    # "Thomas Kinkade died Friday morning", "... arrived in North Korea on Tuesday for a visit": the
    # weekday of the article's date, which a headline read later does not have. Not after "since",
    # "until" ... ("missing since Friday"), nor a weekday's own thing ("Saturday night's attack").
    return WEEKDAY.sub(lambda m: m.group(0) if _keeps_weekday(m) else m.group(1), title).strip()


def _keeps_weekday(match: re.Match) -> bool:
    """Whether a weekday stays in the headline: after a preposition that needs it ("since Friday"),
    or a day's name ("Good Friday", "Super Tuesday") rather than a date."""
    before = match.group(1).rstrip(",")
    return before.lower() in DAY_PREPOSITIONS or (not match.group(2) and before[:1].isupper())


def _undefined(cited: Cited, by_id: dict[str, Article]) -> bool:
    """Whether a summary sentence speaks of a thing or person it does not introduce ("The zoo ...")."""
    article = by_id[cited.cites[0].article]
    return read(article.sentences[cited.cites[0].sentence], article).noun is not None


def _story_words(lead: Cited, articles: list[Article]) -> set[str]:
    """The lead's words the story turns on: content words (lemmas) of the lead that most of the
    other articles use too ("climate change" in the lead on new science guidelines, "explosion" in
    "Eight people were injured ... when a gas explosion tore through a row house"); with no other
    article, those the lead's own article takes up after it."""
    others = [a for a in articles if a.id != lead.cites[0].article]
    lead_words = set(content_lemmas(_parsed(_bare(lead.text))))
    if not others:
        # One article: the lead's words its own later sentences take up ("two EMTs who say a
        # correspondent ... bit them" / "Damon, 36, bit EMTs Tracy Lamar and ...").
        own = next(a for a in articles if a.id == lead.cites[0].article)
        later = {w for s in own.sentences if s.index > lead.cites[-1].sentence for w in content_words(s)}
        return lead_words & later
    used = [{w for s in a.sentences for w in content_words(s)} for a in others]
    return {w for w in lead_words if sum(w in u for u in used) * 2 > len(used)}


def _keeps_the_story(options: list[str], lead: str, story: set[str]) -> str | None:
    """The shortest headline, unless it left out what says which thing it speaks of and a longer
    one keeps more of the words the story turns on: trimmed to 18 words, "American school
    children will receive extensive lessons" drops what on ("on climate change"), which the other
    articles say too. A headline that leaves out something else that happened ("..., arresting
    dozens of party workers") stays short. (The shortest is the lead's main clause or its
    complete opening; the longer ones its main clause of up to 24 words and the whole lead.)"""
    if not options:
        return None
    if not _unidentified(options[0], lead, story) and not _indefinite_left(options[0], lead):
        return options[0]

    def left_out(title: str) -> int:
        return len(story - {t.lemma_.lower() for t in _parsed(title)}) + _indefinite_left(title, lead)

    return min(options, key=lambda title: (left_out(title), options.index(title)))


NOUN_MODIFIERS = {"prep", "acl", "relcl", "amod", "compound", "nmod", "appos", "nummod", "poss", "pobj"}


def _kept(title: str, doc: Doc) -> set[int]:
    """The tokens of the parsed lead ``doc`` that a headline made of its words keeps."""
    words = re.findall(r"\w+", title.lower())
    kept, k = set(), 0
    for token in doc:  # the headline's words are the lead's, in order
        pieces = re.findall(r"\w+", token.lower_)
        if pieces and words[k:k + len(pieces)] == pieces:
            kept.add(token.i)
            k += len(pieces)
    return kept


def _indefinite_left(title: str, lead: str) -> bool:
    """Whether a headline ends on "a" or "an" and a noun whose clause saying which one it left out:
    "Texas will pay $3.4 million to a couple [who were wrongfully imprisoned ...]" says nothing of
    the couple."""
    doc = _parsed(lead)
    kept = _kept(title, doc)
    last = doc[max(kept)] if kept else None
    return last is not None and last.pos_ in {"NOUN", "PROPN"} and \
        any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in last.children) and \
        any(c.dep_ in {"relcl", "acl"} and c.i > last.i and c.i not in kept for c in last.children)


def _bound_participle(clause: Token) -> bool:
    """Whether a clause is a participle the verb's phrase runs on into, no comma between: "was
    caught on tape [telling a rape victim ...]" says what was caught; ", arresting dozens" is
    something else that happened."""
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    return clause.dep_ in {"advcl", "xcomp"} and clause.tag_ == "VBG" and clause.left_edge.i == clause.i and \
        before is not None and not before.is_punct


def _unidentified(title: str, lead: str, story: set[str]) -> bool:
    """Whether a headline made of the lead's words left out a modifier of one of its nouns — a
    phrase or clause saying which one ("lessons [on climate change]", "the injuries [suffered by an
    Indian grandfather]") — or a phrase after its verb saying why or how ("[over the death of ...]"),
    that holds a word the story turns on."""
    doc = _parsed(lead)
    kept = _kept(title, doc)
    for token in doc:
        if token.i in kept or token.lemma_.lower() not in story:
            continue
        top = token
        while top.head.i not in kept and top.head != top:
            top = top.head
        if top.head.i in kept and top.head.pos_ in {"NOUN", "PROPN"} and top.dep_ in NOUN_MODIFIERS:
            return True
        if top.head.i in kept and top.dep_ == "advcl" and any(c.lower_ == "when" for c in top.children):
            return True  # "were injured [when a gas explosion tore through a row house]": how it happened
        said_why = top.dep_ == "prep" or (top.dep_ == "advcl" and any(c.dep_ == "mark" for c in top.children)) or \
            _bound_participle(top)
        if top.head.i in kept and top.head.pos_ in {"VERB", "AUX"} and said_why and top.i > top.head.i:
            # "is to appear in a Copenhagen court [over the death of Swedish journalist Kim Wall]",
            # "faces charges [after allegedly having two children with a teenage boy]", "[as earnings
            # fell 4%]": why. Not a scene set before the clause ("[Before the flight to his new
            # home,] Jack the cat ..."), nor what else happened ("raided ..., [arresting dozens]").
            return True
    return False


def _aside_cut(title: str, lead: str) -> str:
    """A headline cut from its lead a few words into an aside after a dash ("... to tell black
    leopards apart - a trick") ends before the dash; an aside closed by a second dash, or one the
    lead ends on, stays."""
    dash = max(title.rfind(f" {d} ") for d in ("-", "–", "—"))
    if sum(title.count(f" {d} ") for d in ("-", "–", "—")) % 2 == 0:
        return title  # "The Iditarod — Alaska's “Last Great Race” — was reeling": an aside closed inside
    goes_on = lead.startswith(title.rstrip(".")) and len(lead.rstrip(" .")) > len(title.rstrip("."))
    if dash > 0 and goes_on and len(title[dash:].split()) <= ASIDE_WORDS and \
            len(title[:dash].split()) >= HEADLINE_MIN_WORDS:
        return title[:dash].rstrip(" ,;:")
    return title


def _quote_closed(title: str, lead: str) -> str:
    """A headline that ends inside a quotation its lead closes right there gets the closing mark
    ('... fortify U.S. borders “even more”', not '“even more')."""
    unclosed = title.count("“") > title.count("”") or title.count('"') % 2
    at = lead.find(title[1:])
    after = lead[at + len(title) - 1:].lstrip() if at >= 0 else ""
    closing = re.match(r"[,.]?([\"”])", after)  # 'her new single, "The Cure,"': a comma inside the marks
    if unclosed and closing:
        return title + closing.group(1)
    return title


def _leans(text: str) -> bool:
    """Whether a lead leans on what came before it, as a headline may not: it says "he", "it" or
    "they", or speaks to the reader or as the writer ("For his birthday, his father bought ...",
    "Oh, Betty, you're in such high demand!"). Even after a name, "his attorney" or "it attracts"
    reads better in a headline said another way (six dev clusters read both ways)."""
    return bool(FIRST_OR_SECOND.search(text) or THIRD_PERSON.search(text))


def cut_short(title: str) -> bool:
    """Whether a title was cut off inside a phrase (crawled titles often are): it ends on a word
    that waits for more ("... to his", "... has been"), or its verb is a bare "is" or "has" with
    nothing to complete it ("The Safari Park is absolutely")."""
    if title.split()[-1].lower() in WEAK_ENDS:
        return True
    if re.search(r"\bnot only\b(?!.*\bbut\b)", title, flags=re.I):
        return True  # "... to not only better understand this process": its "but also" left out
    doc = _parsed(title)
    last = next((t for t in reversed(doc) if not t.is_punct), doc[-1])
    if (last.pos_ in {"DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART"} and last.dep_ != "prt") or last.dep_ == "poss":
        return True
    root = next(doc.sents).root
    complements = {"attr", "acomp", "oprd", "xcomp", "ccomp", "prep", "dobj", "advcl", "npadvmod", "dative"}
    # "is here" is complete; "is absolutely" waits for its adjective.
    done = any(c.dep_ in complements or (c.dep_ == "advmod" and c.i > root.i and not c.lower_.endswith("ly"))
               for c in root.children)
    return root.lemma_ in {"be", "have"} and not done


@lru_cache(maxsize=64)
def _parsed(text: str) -> Doc:
    """spaCy's parse of a headline's text on its own, kept: the lead is read by several tests (its
    main clause with and without the clauses that say which, its complete opening, its ending)."""
    from storylens.models import nlp

    return nlp()(text)


def title_text(title: str) -> str:
    """An article's title as a headline: one line, without a dateline, a lede's opening words in
    capitals ("OSAN AIR BASE With ..."), the site's name after a bar, or a second copy of itself."""
    text = re.sub(r"\s+", " ", title).strip(" .")
    text = _opening_cleared(text).strip()
    parts = re.split(r"\s+\|\s+", text)
    text = max(parts, key=lambda p: len(p.split())) if len(parts) > 1 else text
    words = text.split()
    for k in range(3, len(words) - 2):
        if [w.lower() for w in words[k:k + 3]] == [w.lower() for w in words[:3]]:
            words = words[:k]  # the title given twice ("Passenger Who Arrived ... Passenger Who Arrived")
            break
    return " ".join(words).strip(" .,;:—–-")


def _row(articles: list[Article], cite: Cite) -> int:
    row = 0
    for article in articles:
        if article.id == cite.article:
            return row + cite.sentence
        row += len(article.sentences)
    raise KeyError(cite)


def _embed(text: str) -> np.ndarray:
    from storylens.models import wordllama

    return np.nan_to_num(np.asarray(wordllama().embed([text], norm=True), dtype=np.float32))[0]


def main_clause(text: str, limit: int = HEADLINE_WORDS) -> str | None:
    """The sentence's main clause as a headline (:func:`_main_clause`), with the clauses that say
    which one (:func:`_restrictive`) where it stays short enough with them, else without them."""
    return _main_clause(text, True, limit) or _main_clause(text, False, limit)


def _main_clause(text: str, which: bool, limit: int = HEADLINE_WORDS) -> str | None:
    """The sentence's main clause as a headline, from its dependency parse: the subject, the
    verb and what completes it, without the opening adverbials ("On Twitter, ..."), subordinate
    and relative clauses, appositions and the attribution ("..., officials said"); trailing
    phrases of time and place go, last first, while it is longer than ``HEADLINE_WORDS`` (a
    phrase the verb needs, "tie his demands to ...", "obsessed with ...", stays). None when the
    parse gives no verb with a named subject (a pronoun, "his attorney", needs the sentence
    before) or the clause stays too long: a headline is never cut inside a phrase."""
    text = _bare(text)
    doc = _parsed(text)
    if not len(doc):
        return None  # "(CNN)": nothing but a dateline
    root = next(doc.sents).root
    # "X have broken up, a close friend confirms": the parser may hang what happened as an adverbial.
    # Not a clause its conjunction ties to the saying ("While the parents could not be reached, a
    # spokesman said ..."): that is the setting, not what was said.
    said = [c for c in root.children if c.dep_ == "ccomp" or
            (c.dep_ == "advcl" and c.i < root.i and root.lemma_ in SAY_LEMMAS and c.pos_ in {"VERB", "AUX"}
             and not any(m.dep_ == "mark" for m in c.children))]
    claimant: str | None = None
    if said and (root.lemma_ in SAY_LEMMAS or said[0].i < root.i):
        if root.lemma_ == "claim":  # what someone claims stays their claim: "..., founder claims"
            claimant = _claimant(root)
            if claimant is None:
                return None  # "He claims ...": a claim whose claimant needs the sentence before
        root = said[0]  # "X happened, officials said (documents showed)": the headline is what happened
    # A clause may be the subject: "Exposing people to flashes of light could prevent jet lag".
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}]
    if root.pos_ not in {"VERB", "AUX"} or len(subjects) != 1 or _pronoun_subject(doc, subjects[0]):
        return None  # no subject, or two: a parse gone wrong ("A man who went ... with his son-in-law has")
    if any(c.dep_ == "dobj" and c.pos_ == "ADJ" for c in root.children):
        return None  # "was making public [documents]": the parser took the adjective for the object
    kept, trailing, year = {root.i}, [], set()
    for child in root.children:
        if _purpose_after(child, kept):
            kept |= _purpose(child, which)
            continue
        if _infinitive_after(child, root) or (child.dep_ == "advmod" and child.i == root.i + 1 and
                                              (root.lemma_ == "be" or child.lower_ in PARTICLE_ADVERBS)):
            # "set out to test ...": what the verb sets out to do; "was back in the news": where it
            # is; "has come forward with": a particle the verb's sense needs
            kept |= _phrase(child, which)
            continue
        if _shares_object(child, root):
            kept |= {child.i - 1} | _phrase(child, which)  # "shot [and wounded a man]": the object is both verbs'
            continue
        if _year_opening(child, root):
            year = _phrase(child, which) | ({child.right_edge.i + 1} if child.right_edge.nbor().text == "," else set())
            continue
        if _second_act(child, root):
            # "U.S. officials lobbied China, Russia and Japan [and suspended a food-aid plan for North
            # Korea]": what the subject did next is often the news (a paired reading preferred it in 6
            # of the 8 dev headlines it changes, the old in 1), so it stays; too long, the headline is a
            # longer one's.
            kept |= {child.left_edge.i - 1} | _phrase(child, which)
            if any(c.dep_ in {"dobj", "attr", "acomp", "xcomp", "ccomp"} for c in child.children):
                # its own phrases of time and place go before it ("and suspended a food-aid plan for North
                # Korea [following the death of the country's leader]"), not the phrase a verb with no
                # object needs ("and dove [beneath the dress of actress America Ferrera]")
                trailing += [_phrase(c, which) for c in child.children if c.i > child.i and
                             c.dep_ in {"prep", "npadvmod"} and c.lower_ not in ARGUMENT_PREPOSITIONS]
            continue
        if child.dep_ not in CLAUSE_CORE or (child.i < root.i and child.dep_ in {"prep", "npadvmod", "ccomp"}):
            continue
        if child.lower_ == "according":
            continue  # "..., according to a study": who says so, not what happened
        part = _phrase(child, which)
        kept |= part
        if child.i > root.i and child.dep_ in {"prep", "npadvmod"} and child.lower_ not in ARGUMENT_PREPOSITIONS:
            trailing.append(part)
    for child in root.children:
        if child.dep_ == "prep" and child.i < root.i and child.i not in kept and \
                not any(g.dep_ in {"pobj", "pcomp"} for g in child.children):
            # "right in Syria archaeologists have found": the parser made the preposition's object a
            # name in the subject ("Syria archaeologists"); it goes with the opening phrase.
            k = child.i + 1
            while k in kept and doc[k].dep_ == "compound" and doc[k].pos_ == "PROPN":
                kept.discard(k)
                k += 1
    kept -= _bracketed(doc)  # "Sen. Kirsten Gillibrand (D-NY)": an aside, which lost its brackets read "D-NY"
    first = doc[min(kept)]
    if first.lower_ in {"that", "whether"} and first.i < subjects[0].left_edge.i:
        kept -= {first.i}  # "... told a reporter that Kinkade died": the parser may call "that" an object
    while _length(doc, kept) > limit and (inner := _last_modifier(doc, kept, root, which)):
        kept -= inner  # "charged in the circulation of nude images [of a representative ...]"
    while _length(doc, kept) > limit and trailing and max(trailing[-1]) == max(kept):
        kept -= trailing.pop()  # only a phrase at the end goes: one inside would leave a gap
    if _length(doc, kept | year) <= limit + 2:  # as long as a headline may run (below)
        kept |= year  # "In 1994 the NFL initiated a study": without its year, old news reads as new
    for child in root.children:
        # An afterthought set off by a comma ends no headline: "... for a five-day visit, his second"
        # (of "his second this year", cut to fit) is "... for a five-day visit".
        if child.dep_ in {"npadvmod", "appos"} and child.i > root.i and child.i in kept \
                and max(kept) == max(i for i in kept if child.left_edge.i <= i <= child.right_edge.i) \
                and child.left_edge.i > 0 and doc[child.left_edge.i - 1].text == ",":
            kept -= set(range(child.left_edge.i - 1, child.right_edge.i + 1))
    if any(doc[i].text in {":", ";"} and i not in kept for i in range(min(kept), max(kept))):
        return None  # two clauses a colon kept apart would run together ("... continues Many users ...")
    if any(_after_gap(doc, kept, root, c) for c in root.children if c.dep_ == "ccomp" and c.i > root.i):
        return None  # "set out [to test ... and to determine] whether ...": hung on the wrong verb
    last = max(kept)
    if len(kept) > 1 and last - 1 not in kept and not doc[last - 1].is_punct:
        kept.discard(last)  # a lone word stranded after a gap ("a guideline [whereby ... -25] C")
    words = [doc[i] for i in sorted(kept) if not doc[i].is_punct]
    # Four words do when a named person does something ("Kinkade died Friday morning"), not when
    # they only say something ("Caitlin Checkett told Kreiss").
    acts = subjects[0].ent_type_ == "PERSON" and root.lemma_ not in SAY_LEMMAS
    if not HEADLINE_MIN_WORDS - acts <= len(words) <= limit + 2 or words[-1].lower_ in WEAK_ENDS or \
            words[-1].tag_ == "POS":
        return None  # too short or long, or ending on a word that waits for more ("her brother's [lives]")
    if words[0].pos_ == "SCONJ":
        return None  # "When Wilco's guitarist told The Times that ...": a clause that waits for its main one
    if _cuts_a_name(doc, max(kept)):
        return None
    if any(doc[i].tag_ in {"WP", "WP$", "WDT"} and not any(doc[k].pos_ in {"VERB", "AUX"} for k in kept if k > i)
           for i in kept):
        return None  # "... hedge fund, whose boss's wealth": a relative clause cut before its verb
    if _waits(doc, kept):
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.i not in kept for i in kept for c in doc[i].children):
        return None  # a verb kept without its subject ("... leader [as control ...] appeared to pass to ...")
    title = _joined(doc, kept).strip(" ,;:—–-")
    if claimant:
        title = f"{title}, {claimant}"
    if cut_short(title):
        return None  # trimmed down to a bare verb ("... with Jerry Garcia was")
    if title.count('"') % 2 or title.count("“") != title.count("”"):
        return None  # a quotation opened and not closed: '"Let's talk about features the listing continues
    return title[:1].upper() + title[1:]


def _second_act(child: Token, root: Token) -> bool:
    """Whether ``child`` is a second verb of the main clause's subject, joined by "and" after the
    first ("rushed onto the red carpet ... and dove beneath the dress of ..."), with no subject of its own."""
    before = child.doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
    # Both verbs in one form, or the second with its own auxiliary: "A woman struck [VBD] and killed
    # [VBN] by two vehicles ... has been identified" is a participle the parser read as a verb.
    alike = child.tag_ == root.tag_ or any(c.dep_ in {"aux", "auxpass"} for c in child.children)
    return alike and child.dep_ == "conj" and child.pos_ == "VERB" and child.i > root.i and before is not None and \
        before.lower_ == "and" and before.head == root and \
        not any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)


def _year_opening(child: Token, root: Token) -> bool:
    """Whether ``child`` is an opening "in" phrase that gives only a year or a decade ("In 1994",
    "In the 1990s"): unlike a day told from the article's date, it says when the news happened."""
    if child.dep_ != "prep" or child.lower_ != "in" or child.i > root.i:
        return False
    words = [t for t in child.subtree if t.i != child.i and not t.is_punct]
    return bool(words) and all(t.ent_type_ == "DATE" or t.lower_ == "the" for t in words) and \
        any(YEAR.fullmatch(t.text) for t in words)


def _bracketed(doc) -> set[int]:
    """The indices of the tokens inside round brackets, the brackets too."""
    inside, depth = set(), 0
    for token in doc:
        if token.text == "(":
            depth += 1
        if depth:
            inside.add(token.i)
        if token.text == ")" and depth:
            depth -= 1
    return inside


def _claimant(verb: Token) -> str | None:
    """Who claims, as a headline names them after the claim ("..., Khan claims", "..., founder
    claims"): the subject's name or its head noun, with the verb; None when the subject is a
    pronoun or missing."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    plain = subject.text if subject.pos_ == "PROPN" else subject.text.lower()  # "Prosecutors" opening the lead
    name = next((e.text for e in subject.doc.ents if e.start <= subject.i < e.end), plain)
    return f"{name} {verb.text}"


def _infinitive_after(clause: Token, root: Token) -> bool:
    """Whether a clause the parser calls adverbial is an infinitive right after the verb (and its
    particle): "set out to test", "went on to win" complete the verb, as "to" after an object
    ("bought a car to drive") need not."""
    if clause.dep_ != "advcl" or not _to_infinitive(clause):
        return False
    between = [t for t in root.doc[root.i + 1:clause.left_edge.i] if not t.is_punct]
    return all(t.dep_ == "prt" and t.head == root for t in between)


def _shares_object(child: Token, root: Token) -> bool:
    """Whether ``child`` is a verb joined to the object-less ``root`` by a bare "and"/"or" ("shot
    and wounded a man"): the parser hangs the object the two verbs share on the second, so the
    headline keeps both verbs, where a second clause of its own ("raided ... and arrested 20")
    goes."""
    doc = root.doc
    return (child.dep_ == "conj" and child.pos_ == "VERB" and child.i == root.i + 2
            and doc[root.i + 1].dep_ == "cc" and doc[root.i + 1].lower_ in {"and", "or"}
            and any(c.dep_ == "dobj" for c in child.children)
            and not any(c.dep_ in {"dobj", "ccomp", "xcomp", "attr", "acomp", "dative", "prt"} or
                        c.dep_ == "prep" and c.i > root.i for c in root.children))


def _purpose_after(clause: Token, kept: set[int]) -> bool:
    """Whether an infinitive follows at once what the headline keeps of the verb's phrase ("took to
    Instagram [to wish her child a happy sixth birthday]"): what it was done for, which a headline
    that stops before it waits for (:func:`_waits`)."""
    return clause.dep_ == "advcl" and clause.tag_ == "VB" and clause.left_edge.i == max(kept) + 1 and \
        _to_infinitive(clause)


def _purpose(clause: Token, which: bool) -> set[int]:
    """The infinitive's phrase without a second purpose it goes on to ("..., and to lament the fact
    that ..."); one "to" of two verbs ("to fulfill their duties and consider a nominee") keeps both."""
    doc = clause.doc
    end = min((c.left_edge.i for c in clause.children if c.dep_ == "conj" and _to_infinitive(c)), default=len(doc))
    while doc[end - 1].dep_ in {"cc", "punct"} and doc[end - 1].head == clause:
        end -= 1  # its ", and"
    return {i for i in _phrase(clause, which) if i < end}


def _to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _after_gap(doc: Doc, kept: set[int], root: Token, clause: Token) -> bool:
    """Whether words left out stand between the verb and a clause it keeps: the parser hung the
    clause on the main verb from inside what was left out."""
    return any(i not in kept and not doc[i].is_punct for i in range(root.i + 1, clause.left_edge.i))


def _length(doc: Doc, kept: set[int]) -> int:
    """The kept words' number, as a reader counts them ("19-year-old" is one)."""
    return len(_joined(doc, kept).split())


def _when_or_where(token: Token) -> bool:
    """Whether a phrase says when or where ("Tuesday evening", "in Paris"), by its named entity."""
    if token.dep_ == "npadvmod":
        return token.ent_type_ in {"DATE", "TIME"}
    objects = [c for c in token.children if c.dep_ == "pobj"] if token.dep_ == "prep" else []
    return bool(objects) and objects[0].ent_type_ in {"DATE", "TIME", "GPE", "LOC", "FAC"}


def _waits(doc: Doc, kept: set[int]) -> bool:
    """Whether a headline of the ``kept`` words stops before what one of them waits for ("in a bid
    [to ...]", "a variety [of ...]", "despite the fact [that ...]", "making it illegal [to ...]")."""
    end = max(kept)
    first_of = not any(doc[i].lower_ == "of" for i in kept)  # "images and video [of ...]" after "the circulation of"
    return any(c.i > end and (c.dep_ in {"xcomp", "ccomp"} or c.lower_ == "of" and first_of or _completes(c)
                              or c.dep_ == "advcl" and c.tag_ == "VB")  # "illegal [to ...]", "came [to stump ...]"
               for i in kept for c in doc[i].rights)


def _completes(clause: Token) -> bool:
    """Whether a clause after a noun completes it ("a decision to play", "the fact that it rained"),
    where a participle ("a company claiming ...") only adds to it."""
    return clause.dep_ == "acl" and (clause.tag_ == "VB" or any(c.dep_ == "mark" for c in clause.children))


def _last_modifier(doc: Doc, kept: set[int], root: Token, which: bool) -> set[int] | None:
    """The kept words of the last phrase that modifies a noun of the headline (a phrase of place or
    time, a participle, what the noun is "of" after another "of"), when the noun keeps a word
    with it: trimming it keeps a phrase the verb needs ("charged in the circulation of nude
    images") where dropping the whole would leave the verb bare ("charged"). None when there is
    none."""
    for token in sorted((doc[i] for i in kept), key=lambda t: -t.i):
        head = token.head
        # A phrase of time or place of a verb inside the subject ("who went missing [Tuesday
        # evening]") goes as one of a noun does; "valued [at $10 million]" is the verb's own.
        adjunct = head.pos_ == "VERB" and _when_or_where(token)
        if head.i == root.i or not (adjunct or token.dep_ in {"prep", "acl"} and head.pos_ in {"NOUN", "PROPN"}):
            continue
        if token.i > 0 and not doc[token.i - 1].whitespace_:
            continue  # inside a word written with hyphens ("son-in-law")
        if token.lower_ == "of" and any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in token.children):
            continue  # "the Black Sea peninsula [of Crimea]": the name says which one
        if _scope_of(token):
            continue  # "for the first time [in decades]"
        bare = not any(c.dep_ in {"det", "amod", "compound", "nummod", "poss"} for c in head.children)
        if head.dep_ == "pobj" and bare:
            continue  # "in connection with", "on behalf of": the phrase is the preposition's
        part = {i for i in _phrase(token, which) if i in kept}
        left = kept - part
        if len(left) < HEADLINE_MIN_WORDS or any(min(part) < i < max(part) or doc[i].head.i in part for i in left):
            continue  # too little left, or words of another phrase inside it or hung on it would be left alone
        after = min((i for i in left if i > max(part)), default=None)
        above = {a.i for a in token.ancestors}
        if after is not None and after not in above and doc[after].head.i not in above:
            continue  # what follows it belongs to its phrase ("on a spring evening, the couple ... pedaling")
        if token.lower_ == "of" and not any(doc[i].lower_ == "of" and i < token.i for i in kept - part):
            continue  # the first "of" says what the noun is ("the status of the polar bear")
        if token.lower_ == "of" and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children):
            continue  # "a variety of disorders", "a number of": the noun after "of" is what is meant
        if after is not None and doc[after].dep_ == "cc":
            continue  # "the lengths [of the index finger] and the ring finger": a coordination left dangling
        if after is not None and doc[after].dep_ == "prep" and doc[after].lower_ == token.lower_:
            continue  # "a rare bout [with icy weather], with the Weather Service predicting ...": the next
            # phrase would read as the noun's
        return part
    return None


def _pronoun_subject(doc: Doc, subject: Token) -> bool:
    """Whether the subject phrase (without its clauses) is or holds a pronoun ("he", "his
    attorney"), opens on a demonstrative ("these three shows"), or is a definite description of
    someone the sentence names before it ("Mere hours after Kerry Washington's camp confirmed ...,
    the actress hit ..."): who or what that is needs words the headline leaves out."""
    phrase = _phrase(subject)
    if any(doc[i].pos_ == "PRON" and doc[i].lower_ != "there" and not relative_pronoun(doc[i]) for i in phrase):
        return True
    if any(c.dep_ == "det" and c.lower_ in {"this", "these", "those"} for c in subject.children):
        return True  # "These three shows will mark the final Dead shows": which shows, the sentence before said
    return doc[min(phrase)].lower_ in {"the", "this", "that"} and \
        not any(doc[i].pos_ == "PROPN" for i in phrase) and \
        any(e.label_ == "PERSON" and e.end <= min(phrase) for e in doc.ents)


def _opening_cleared(text: str) -> str:
    """The sentence without its dateline or a lede's opening words in capitals."""
    return CAPS_OPENING.sub("", _without_dateline(text))


def _without_dateline(text: str) -> str:
    """The sentence without its dateline, and the place the dateline named in its words for it: "CASTEL
    GANDOLFO, Italy (AP) — Pope Francis traveled to this hill town" → "... traveled to the hill town
    of Castel Gandolfo" (a wire story's "this city" means the dateline's)."""
    dateline = DATELINE.match(text)
    if dateline is None:
        return text
    rest = text[dateline.end():]
    place = DATELINE_PLACE.match(dateline.group(0))
    here = PLACE_HERE.search(rest)
    if place is None or here is None:
        return rest
    name = " ".join(w if any(c.islower() for c in w) else w.capitalize() for w in place.group(1).split())
    article = "The" if here.group(0)[0] == "T" else "the"
    return f"{rest[:here.start()]}{article} {here.group(1)} of {name}{rest[here.end():]}"


def _bare(text: str) -> str:
    """A sentence as a headline's raw text: no dateline, lede capitals, attribution ("..., officials
    said") or final full stop."""
    return ATTRIBUTION_TAIL.sub(_closing_mark, _opening_cleared(text).rstrip(" .")).strip()


def _closing_mark(attribution: re.Match) -> str:
    """What stays of an attribution taken off: the quotation's closing mark before it, with the
    comma inside it ('... blocking traffic,"'), as the sentence wrote it."""
    mark = attribution.group("mark") or ""
    return mark if mark.lstrip(",") else ""


DASHES = {"—", "–", "--"}
# What a word's phrase goes on to that a headline may not cut off: its object, its preposition's
# object, a complement ("the agency focused [on ...]", "sign into law [a bill]").
WAITED_FOR = {"prep", "dobj", "pobj", "xcomp", "ccomp", "attr", "acomp", "dative", "agent", "prt", "oprd"}


def complete_prefix(text: str, limit: int = HEADLINE_WORDS + 2, strict: bool = False) -> str | None:
    """The longest opening of the sentence, at most ``limit`` words, that is a complete clause: it
    holds the main verb and its subject, nothing in it waits for a word after the cut ("a fast
    [way]") and nothing after the cut completes a word in it other than an optional phrase (a
    clause, a phrase of time or place, an apposition, a second conjunct). None when there is none.
    ``strict``: nor does it end hanging (:func:`_hangs`), as a longer opening the parser reads worse
    tends to, and the sentence opens on its subject."""
    text = _bare(text)
    doc = _parsed(text)
    if not len(doc):
        return None
    sent = next(doc.sents)
    root = sent.root
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    if not subjects or _pronoun_subject(doc, subjects[0]):
        return None
    if strict and subjects[0].left_edge.i > sent.start:
        return None  # "In the 1990s, when ..., Bain Capital helped": a headline opens on who did what
    words = [t for t in sent if not t.is_punct]
    for k in range(min(len(words), limit), HEADLINE_MIN_WORDS - 1, -1):
        cut = words[k - 1].i + 1 if k < len(words) else sent.end
        if root.i >= cut or subjects[0].i >= cut or words[k - 1].lower_ in WEAK_ENDS or words[k - 1].tag_ == "POS" or \
                (strict and _hangs(words[k - 1], cut)):
            continue
        inside_waits = any(t.head.i >= cut for t in sent if t.i < cut and t.i != root.i and not t.is_punct) or \
            _waits(doc, set(range(sent.start, cut)))
        # A clause that says which one, right after its noun ("a documentary theorizing [she was
        # killed ...]", which the parser read so) is needed too.
        outside_needed = any(t.head.i < cut and not t.is_punct and (not _optional(t, root) or
                                                                   t.dep_ == "relcl" and _restrictive(t, t.head, False))
                             for t in sent if t.i >= cut)
        title = doc[sent.start:cut].text.strip(" ,;:—–-")
        if not inside_waits and not outside_needed and not cut_short(title) and not _cuts_a_name(doc, cut - 1):
            return title[:1].upper() + title[1:]
    return None


def _cuts_a_name(doc: Doc, last: int) -> bool:
    """Whether a headline ending on token ``last`` stops inside a name or a word: the next token goes
    on with the name the tagger found ("... in Detroit, the Wayne State [University police Chief]")
    or a hyphen written onto the word ("Israel's president Yitzhak Ben[-Zvi]")."""
    after = doc[last + 1] if last + 1 < len(doc) else None
    if after is None:
        return False
    glued = not doc[last].whitespace_ and (after.text in {"-", "–"} or doc[last].text in {"-", "–"})
    return glued or after.ent_iob_ == "I"


def _hangs(last: Token, cut: int) -> bool:
    """Whether a headline cut after ``last`` leaves it hanging: a conjunction, or a word right after
    one ("to not only understand ... but also"), an aside after a dash ("... would be moving — yes"),
    or a word whose own phrase goes on after the cut ("the agency focused [on ...]")."""
    doc = last.doc
    before = doc[last.i - 1] if last.i > 0 else None
    if last.pos_ in {"CCONJ", "INTJ"} or (before is not None and (before.pos_ == "CCONJ" or before.text in DASHES)):
        return True
    return any(c.i >= cut and c.dep_ in WAITED_FOR for c in last.children)


def _optional(token: Token, root: Token) -> bool:
    """Whether a word after a headline's cut can go without leaving the words before it incomplete:
    a clause, an apposition, a second conjunct of a clause, a phrase of time or place; not a phrase
    the verb needs ("obsessed with", "threw his brother off"), what a number or pronoun is "of"
    ("one of"), what dates a word, or a second noun of a pair."""
    head = token.head
    if token.dep_ == "conj" and head.pos_ in {"NOUN", "PROPN"}:
        return False  # "his 'brother' [and predecessor Benedict XVI]": a headline does not halve a pair
    if token.dep_ == "prep":
        if token.lower_ == "of" or head.pos_ in {"NUM", "PRON"} or _scope_of(token):
            return False
        return token.lower_ not in ARGUMENT_PREPOSITIONS or head.pos_ not in {"VERB", "ADJ", "AUX"}
    if token.dep_ == "npadvmod":
        return head == root
    return token.dep_ in {"advcl", "relcl", "acl", "cc", "conj", "advmod", "appos", "parataxis", "punct", "mark"}


def _scope_of(prep: Token) -> bool:
    """Whether a phrase is the scope of a first, last or most that its noun carries ("the first time
    [in decades]", "the highest level [since 2008]"): without it the headline says something else."""
    return prep.dep_ == "prep" and any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.ent_type_ == "ORDINAL" or
                                                            c.lower_ in {"last", "only"})
                                       for c in prep.head.children)


def _phrase(token: Token, which: bool = False) -> set[int]:
    """The token's subtree without its relative and subordinate clauses, appositions and
    punctuation; with ``which``, with the clauses that say which one (:func:`_restrictive`)."""
    out = {token.i}
    for child in token.children:
        if child.text == "-":
            out.add(child.i)  # "54-year-old"
        elif child.dep_ not in PHRASE_DROPS or _restrictive(child, token, which) or child.text in {"'s", "’s"} or \
                _close_apposition(child, token):
            out |= _phrase(child, which)
    return out


def _close_apposition(child: Token, token: Token) -> bool:
    """An apposition with no comma before it names or says which one ("cereal maker Kellogg Co",
    "Jack the cat"): it stays, where one set off by commas ("Charlie Sheen, who ...") goes."""
    return child.dep_ == "appos" and child.i > token.i and child.left_edge.i == token.i + 1


def _restrictive(clause: Token, noun: Token, which: bool) -> bool:
    """Whether a clause right after its noun says which one: a relative clause with neither a
    comma nor "who"/"that" before it ("the day she killed her children"), without which the
    phrase would stop short; with ``which``, also one that says which of many the noun means.
    It follows the noun at once: one the parser hung on a noun further back is not ("a couple
    who were imprisoned ... at a day care they operated" is no "couple they operated")."""
    starts = clause.left_edge
    if starts.i != noun.i + 1:
        return False
    if _completes(clause) or (clause.dep_ == "relcl" and noun.pos_ == "PRON"):
        return True  # "those [who develop chronic pain]": a pronoun is said only by its clause
    if clause.dep_ == "relcl" and starts.tag_ not in {"WDT", "WP", "WP$", "WRB"} and starts.lower_ != "that" and \
            not clause.doc[starts.i - 1].is_punct:
        return True
    if clause.dep_ == "relcl" and starts.lower_ == "that" and noun.pos_ == "NOUN" and \
            (which or any(d.dep_ == "det" and d.lower_ == "the" for d in noun.children)):
        # "the moment [that led to the shooting]": which moment, without which "the" points nowhere;
        # "wrote in a memo [that Trump asked him ...]": what the memo said, where the headline has room
        return True
    if not which:
        return False
    determiners = {d.lower_ for d in noun.children if d.dep_ == "det"}
    if clause.dep_ == "relcl":  # the subject "A California couple who found ...", whom "a" does not say
        return noun.dep_ in {"nsubj", "nsubjpass"} and bool(determiners & {"a", "an"})
    # "A couple born on the same day ...", "calls placed by Michael Dunn": a participle after a
    # noun that no "the" or "this" has already said.
    return clause.dep_ == "acl" and clause.i == noun.i + 1 and clause.tag_ in {"VBN", "VBG"} and \
        noun.pos_ == "NOUN" and not determiners & {"the", "this", "that", "these", "those"}


def _joined(doc: Doc, kept: set[int]) -> str:
    """The kept tokens as text, a space wherever the source had one or a token was left out."""
    out, last = [], None
    for token in doc:  # a comma between kept words stays ("China, Russia and Japan"), not before a verb
        listed = token.text == "," and {token.i - 1, token.i + 1} <= kept and \
            doc[token.i + 1].pos_ not in {"VERB", "AUX"}
        if token.i in kept or listed or _quoting(token, kept):
            # A space where the source has one, or where a word was left out ("NBC/WSJ" less its
            # slash); none where only a full stop or comma was ('outrageous."' less its full stop).
            gap = last is not None and (any(t.whitespace_ for t in doc[last:token.i]) or
                                        any(t.text not in {".", ",", "!", "?"} for t in doc[last + 1:token.i]))
            out.append((" " if gap else "") + token.text)
            last = token.i
    return "".join(out)


def _quoting(token: Token, kept: set[int]) -> bool:
    """Whether a quotation mark opens or closes kept words ("as a “terrible person”"): it is
    written against a kept word."""
    if token.text not in {'"', "“", "”", "''", "``"}:
        return False
    doc = token.doc
    # A closing mark after the sentence's full stop ('... and outrageous."') closes the kept word before it.
    before = token.i - 2 if token.i > 1 and doc[token.i - 1].text in {".", ",", "!", "?"} else token.i - 1
    closes = before >= 0 and before in kept and not any(t.whitespace_ for t in doc[before:token.i])
    opens = token.i + 1 < len(doc) and token.i + 1 in kept and not token.whitespace_
    return closes or opens


def _from_subject(text: str) -> tuple[str, int]:
    """The sentence from its subject on when a phrase set off by a comma opens it ("After a year
    of controversy over ..., Chief Executive Mark Zuckerberg now is positioning ..."), and the
    index of the word that holds its main verb (0 when the parse gives no verb with a subject)."""
    doc = _parsed(text)
    root = next(doc.sents).root
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or root.i < subject.i:
        return text, 0
    start = subject.left_edge.i
    if start == 0 or doc[start - 1].text != ",":
        return text, len(doc[:root.i].text.split())
    return doc[start:].text, len(doc[start:root.i].text.split())


def _clause(text: str, sentence: Sentence) -> str:
    """The lead sentence as a headline: without its attribution ("..., officials said") and cut at
    the first clause boundary after its main verb, at most ``HEADLINE_WORDS`` words."""
    text = ATTRIBUTION_TAIL.sub("", _without_dateline(text).rstrip(" .")).strip()
    text = re.sub(r"\s*(?:—|–|--)\s*", " — ", text)
    text, verb_at = _from_subject(text)
    words = text.split()
    cut = len(words)
    for i, word in enumerate(words):
        # A colon, semicolon or dash after the verb ends the clause; a comma only after six words.
        if i >= verb_at and (re.search(r"[;:]$", word) or word == "—" or (i >= 6 and word.endswith(","))):
            cut = i + (word != "—")
            break
    end = min(cut, HEADLINE_WORDS)
    if cut > HEADLINE_WORDS:
        # Cut before the last preposition that keeps 8 words, and a word after the verb at least
        # ("... Hillary Clinton, flew [into a sleepy airport]" would end on the bare verb): a
        # little past the length when there is none before it.
        joints = [i for i in range(max(8, verb_at + 2), min(cut, HEADLINE_WORDS + 4))
                  if words[i].lower() in PREPOSITIONS]
        end = next((i for i in reversed(joints) if i <= HEADLINE_WORDS), joints[0] if joints else end)
    while end < min(cut, HEADLINE_WORDS + 4) and words[end - 1][:1].isupper() and words[end][:1].isupper():
        end += 1  # do not cut a name in two
    words = words[:end]
    while len(words) > 6 and words[-1].lower().strip(",;:") in WEAK_ENDS:
        words.pop()
    title = re.sub(r"\s*\([^)]*\)", "", " ".join(words)).rstrip(",;:—– ")
    return title[:1].upper() + title[1:]
