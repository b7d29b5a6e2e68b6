"""References: what a source sentence leans on when it is read out of its article.

A summary sentence is read without the sentences that came before it in its article. This
module tells, from the spaCy parse, whether a sentence still reads on its own there:
- it may open on a pronoun ("He was arrested ..."), a demonstrative ("This comes after ...",
  "Both men ..."), a definite person never introduced ("The woman said ...") or a connective
  that points back ("Instead, ..."): it leans on the sentence before it in its article;
- it may quote someone: the speaker must be named in the sentence ("..., Faisal Sabzwari told
  CNN"); a pronoun speaker ("..., he said") leans back, a quotation with no speaker at all cannot
  be used;
- it may be the writer's own voice ("I spoke to ...", "we"), a question, or page furniture: not
  summary material.
A leading "he"/"she" or a pronoun speaker can often be replaced by the person it stands for: the
person the previous sentences of the article name (:func:`antecedent`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from storylens.claims.base import PEOPLE
from storylens.clean import QUOTE_MARK, READER_PROMPT, SPEAKER_LABEL
from storylens.model import Article, Sentence, Span

PERSONAL = {"he", "she", "him", "his", "her"}
LEADING_PRONOUNS = PERSONAL | {"they", "them", "their", "theirs", "it", "its"}
MALE, FEMALE = {"he", "him", "his", "himself"}, {"she", "her", "hers", "herself"}  # pronouns of a man, a woman
# People of one gender named by a common noun: another candidate for a "he" or "she".
MALE_NOUNS = {"man", "boy", "father", "husband", "son", "brother", "grandfather", "boyfriend", "uncle", "nephew",
              "dad", "grandson", "stepfather", "gentleman"}
FEMALE_NOUNS = {"woman", "girl", "mother", "wife", "daughter", "sister", "grandmother", "girlfriend", "aunt",
                "niece", "mom", "granddaughter", "stepmother", "lady"}
PLACE_OR_TIME = {"GPE", "LOC", "FAC", "DATE", "TIME"}
SINGULAR_PERSONAL = {"he", "him", "his", "she", "her", "hers"}
THING_PRONOUNS = {"it", "its", "they", "them", "their"}
# Common nouns a "he" or "she" in a quotation may stand for ("the officer ... him").
PEOPLE_NOUNS = {"person", "people", "officer", "suspect", "victim", "driver", "doctor", "patient", "friend",
                "player", "coach", "president", "leader", "official", "student", "teacher", "child", "kid"}
PEOPLE_WORDS = MALE_NOUNS | FEMALE_NOUNS | PEOPLE_NOUNS
# What a quotation may point back to that the sentence before it must then give, named speaker or not.
CONTEXT_NEEDED = {"person", "thing", "not"}
FIRST_PERSON = {"i", "me", "my", "mine", "we", "our", "ours", "myself", "ourselves"}  # "us" is often everyone
QUANTITIES = {"half", "some", "most", "many", "others", "several", "few", "none", "each"}  # for a group said before
AFTER_WORDS = {"later", "after", "afterward", "afterwards", "thereafter"}  # with nothing after them: after what?
IDENTIFYING = {"prep", "relcl", "acl", "compound", "amod", "poss", "nummod", "appos", "nmod", "quantmod"}
DROPPED_CONNECTIVES = {"but", "and", "however", "meanwhile", "still", "also", "well"}  # select.tidy takes them away
DEMONSTRATIVES = {"this", "that", "these", "those", "such", "both", "another", "either", "neither", "each"}
# Adverbs that add to or follow from something said before: "live with their parents, too", "is
# thus clear evidence" (at the opening, BACK_PHRASE has them).
ADDING = {"too", "either"}  # as the last word of the sentence
FOLLOWING = {"thus", "therefore", "hence"}  # anywhere in the main clause
TIME_NOUNS = {"week", "weekend", "year", "month", "morning", "afternoon", "evening", "night", "summer", "spring",
              "fall", "autumn", "winter", "season", "decade", "century", "day", "time"}
BACK_PHRASE = re.compile(
    r"^[\"'“‘]?\s*(?:the two|the pair|the couple|the former|the latter|the same|the other|the rest|"
    r"instead|as a result|then|thus|therefore|otherwise|nonetheless|nevertheless|moreover|furthermore|further(?=,)|"
    r"additionally|likewise|similarly|plus(?=,)|that said|having said that|for example|for instance|"
    r"besides|in addition|that's why|even so|by then|at the time|at that time|at that moment|since then|"
    r"afterward|afterwards|"
    r"(?:by |on |in |over )?the (?:next|following) (?:day|morning|night|week|weekend|month|year|season)|"
    r"later|earlier|yet|so|again|once again|too|at that point|at this point|by that time|"
    r"in fact|indeed|what['’]s more|more important(?:ly)?(?=[,:])|(?:even )?worse(?=,| for\b)|"
    r"in that case|in turn|in response|in return|next thing|in one|in another|not(?=,)|nor|"
    r"in short|in sum|in other words|ok(?:ay)?,? fine|"
    r"at the same time|by contrast|in contrast|on the other hand|despite (?:this|that)|regardless|"
    r"(?:first|second|third|fourth)(?=,)|firstly|secondly|thirdly|lastly)"
    r"\b(?! of\b)|"
    r"^[\"“‘]\s*(?:but|and|so|or)\b", re.I)  # a quotation going on from words before it ("But we ...")
# The opening of a quotation's next sentence that finishes or qualifies what the one before said.
GOES_ON = re.compile(r"^[\"“‘']?\s*(?:and|but|or|nor|yet|not|nonetheless|nevertheless|however|though)\b", re.I)
# The people (and bodies) a definite noun phrase names without saying which: "the rapper", "the suspects".
PERSON_NOUNS = (
    "rapper", "winner", "comedian", "host", "musician", "man", "woman", "boy", "girl", "suspect", "victim", "poster",
    "teen", "teenager", "officer", "driver", "gunman", "shooter", "mother", "father", "son", "daughter", "child",
    "baby", "couple", "student", "pilot", "singer", "actor", "actress", "player", "star", "company", "firm", "group",
    "agency", "lawmaker", "senator", "congressman", "congresswoman", "governor", "mayor", "doctor", "judge", "lawyer",
    "attorney", "official", "spokesman", "spokeswoman", "family", "pair", "men", "women", "children", "brothers",
    "sisters", "girls", "boys", "victims", "suspects", "officers", "twins", "parents", "kids", "teens", "teenagers",
    "students")
DEFINITE_PERSON = re.compile(
    # "The 'Almost Famous' actress", "The Oscar winner's line": a work or an award may come between
    r"^[\"'“‘]?\s*the (?:[\"“‘][^\"”’]{1,40}[\"”’],? |(?-i:[A-Z][\w-]*) )?(" + "|".join(PERSON_NOUNS) + r")\b"
    r"(?!(?-i: of [A-Z]))", re.I)  # not "the firm of Pomerantz ...", which says which
# Within its own clause: not past a comma or a closing mark ('"It's buried at best," said ... for').
EXPLETIVE_IT = re.compile(r"^[\"'“‘]?\s*it(?:'s|’s| is| was| has been| had been| will be| would be| seems| appears"
                          r"| remains| may be| could be| might be| took| takes)\b[^,;:\"”]{0,60}\b"
                          r"(?:that|to|whether|if|how|why|when|what|before|until|for)\b", re.I)
BELIEF_VERBS = {"believe", "think", "suspect", "allege", "report", "confirm", "know", "fear", "estimate"}
SPEECH_VERBS = {"say", "tell", "add", "explain", "write", "tweet", "ask", "continue", "recall", "note", "insist",
                "argue", "declare", "claim", "state", "announce", "warn", "acknowledge", "admit", "reply",
                "respond", "testify", "recount", "remember", "joke", "quip", "scream", "shout", "yell"}
NAMED = {"PERSON", "ORG", "NORP", "GPE", "FAC"}
TEASER = re.compile(r"(?:…|\.\.\.)\s*\]?\s*$|\[(?:…|\.\.\.)\]|\b(?:click|sign up|subscribe|newsletter|"
                    r"comments section|in the comments|let us know|read more|download (?:a|the|your) (?:free )?copy)\b",
                    re.I)
# Page furniture a reader does not take for reporting: a label opening the line ("Update:", "Drop
# This Fact:", "THE FACT CHECKER |"), an embedded post's handle or link, a sentence broken off at
# an abbreviation ("... by Sgt."), credits of a film listing ("Starring ...", "In English and in
# French with English subtitles").
LABEL = re.compile(r"^[\"“]?(?:[A-Z][\w'’]*\s+){0,3}[A-Z][\w'’]*\s*:(?=[A-Z])|"
                   r"^(?:[A-Z][\w'’]*\s+){0,3}(?i:update|updated|editor['’]s note|correction|note|fact|related|"
                   r"photo|video|watch|read|listen)\s*:\s")
EMBED = re.compile(r"pic\.twitter\.com|\(@\w+\)|^@\w+|—\s*[^—]{1,40}\(@\w+\)")
# The line that closes a post embedded in the page: its author's name and handle, or Instagram's
# "A post shared by". The sentences of the paragraph above it are the post's words, not the report's.
POST_SIGNED = re.compile(r"—\s*[^—]{1,40}\(@\w+\)|\bA post shared by\b")
POST_LINES = 4  # sentences of a paragraph above a signature taken for the post's (a post is short)
WEB_POINTER = re.compile(r"(?<![(\w])(?:www\.|https?://)\S+")  # a web address written out, not in brackets
# Pictographs (emoji): a post embedded in the page or a reader's comment, not the report's prose.
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF]")
PAGE_ITSELF = re.compile(r"\bthis (?:\w+ )?(?:page|article|post|blog|website|note)\b", re.I)  # the page on itself
# Abbreviated titles written before a name ("Sgt. Kim Riley"), as a regular expression's alternatives.
NAME_TITLES = r"Sgt|Lt|Cmdr|Adm|Gov|Sen|Rep|Dr|Mr|Mrs|Ms|Gen|Brig|Maj|Col|Capt|Cpl|Det|Insp|Supt|Prof"
BROKEN = re.compile(rf"\b(?:{NAME_TITLES}|St)\.\s*$")  # a line cut after a title, or after "St."
# Brackets left hollow where a page had figures or links the text lost: "( and , respectively)", "()".
HOLLOW = re.compile(r"\((?:\s|,|and|or|respectively)*\)")
FINITE = {"VBD", "VBZ", "VBP", "MD"}  # tags of a verb that makes a clause of its own
# A sentence wholly in brackets (one bracket may sit inside: "[... ‘It’s [expletive] unbelievable.’]").
ASIDE = re.compile(r"^\s*(?:\[(?:[^\[\]]|\[[^\[\]]*\])*\]|\((?:[^()]|\([^()]*\))*\))\W*$")
# Swearing in the page's own words, outside quotations ("a reputation of being a fucking weirdo"):
# a blogger's voice, which no editor leads a digest with; a speaker's swearing in quotation marks stays.
VULGAR = re.compile(r"\b(?:fuck\w*|motherfuck\w*|shit\w*|bullshit\w*|asshole\w*)\b", re.I)
APPEAL = re.compile(r"^(?:Please\b|Let['’]s\b|Don['’]t forget\b|Be sure to\b)")  # the page asking its reader
MIN_QUOTE_WORDS = 4  # shorter quoted phrases are scare quotes or names, not quotations
SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "is",
               "as", "but", "nor", "vs", "my", "your", "our", "his", "her", "its", "their", "up", "out",
               # prepositions a title may leave in lower case ("Indigenous Architecture through
               # Indigenous Knowledge", a thesis's title: distant reading 9121)
               "into", "onto", "over", "under", "through", "about", "after", "before", "between", "without",
               "within", "across", "against", "among", "upon", "via", "per"}
NAME_PARTICLES = {"de", "da", "di", "del", "der", "van", "von", "bin", "ibn", "al", "el", "la", "le", "du", "dos", "y"}
GIVEN_PARTICLES = {"al", "el", "van", "del", "bin", "ibn", "y"}  # also given names, or between given and father's
CREDIT_WORDS = 16  # a credit line under a quotation is short: "— Claire Danes, on her first film"
CREDIT_NAME_WORDS = 6  # the name a credit gives: "Dr. Oz The Good Life"
CREDIT_DASH = r"(?:[—–―]{1,2}|--|-)"  # the dash a credit line opens on


@dataclass
class Reading:
    """How a source sentence reads out of its article."""

    usable: bool = True  # False: furniture, the writer's voice, a question, a quotation with no speaker
    leans_back: bool = False  # it needs the sentence before it in its article, or a name (``name``)
    name: str | None = None  # the person a leading he/she or a pronoun speaker stands for
    pronoun_speaker: bool = False  # its quotation's speaker is a pronoun ("..., he said")
    attribute: bool = False  # a quotation to attribute to ``name`` ('"...," Name said.')
    noun: str | None = None  # "this decision", "the suspect": fine once the summary has said "decision", "suspect"
    # "That earthquake killed more than 300 people": "that" points at what the sentence before named
    # (an earlier quake), which the same word elsewhere in the summary (this quake) is not.
    distal: bool = False
    after_opening: bool = False  # its subject pronoun follows an opening phrase ("After the crash, he ...")
    reported: bool = False  # its he/she is the subject of what others report ("Police said he returned ...")
    context: bool = False  # its quotation speaks of what the sentence before said: that comes too, named or not
    goes_on: bool = False  # its quotation goes on in the next sentence (:func:`quotation_goes_on`): that comes too
    why: str = ""


def title_case(quoted: str) -> bool:
    """Every content word capitalised, as in the title of a work, and no longer than one."""
    content = [w for w in re.findall(r"[A-Za-z][\w'’-]*", quoted) if w.lower() not in SMALL_WORDS]
    return bool(content) and all(w[0].isupper() for w in content) and len(content) <= 12


def reads_as_title(quoted: str) -> bool:
    """A quoted span written as a title. A comma or full stop inside its closing mark is American
    style, after a title as after a sentence ('on "Good Morning America," where'); ! or ? is speech."""
    # Nor two sentences ('"(((TRS))) is over. Period"'): a title is one.
    return title_case(quoted) and not re.search(r"[!?]\W*$", quoted) and not re.search(r"[a-z]{2}\. [A-Z]", quoted)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges inside double quotation marks. A mark that only closes (the quotation began
    in an earlier sentence) opens at the start; one that only opens runs to the end."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for mark in re.finditer(r"''|[\"“”]", text):
        at = mark.start()
        opens = mark.group() == "“" or (mark.group() == '"' and (at == 0 or text[at - 1] in " (—–-:\u00a0"))
        if opens and start is None:
            start = at
        elif not opens:
            spans.append((0 if start is None else start, at + 1))
            start = None
    if start is not None:
        # An unclosed quotation still ends where its attribution begins ('"... hope, said Kunz Sr.').
        tail = re.search(r",\s+(?:said|says|told|added)\s+[A-Z]", text[start:])
        spans.append((start, start + tail.start() + 1 if tail else len(text)))
    return spans


def spoken_tokens(sentence: Sentence) -> set[int]:
    """The indices of the sentence's tokens inside a quotation (:func:`quoted_spans`, with the
    rest of one an earlier sentence opened): names there are spoken of, not speaking."""
    if sentence.doc is None:
        return set()
    quoted, start = quoted_spans(sentence.text), sentence.doc.start_char
    return {t.i for t in sentence.doc if any(lo <= t.idx - start < hi for lo, hi in quoted)}


def relative_pronoun(token) -> bool:
    """ "who" of "a couple who found", "said Davis, who added": it stands for the noun its
    clause hangs on, not for someone earlier."""
    return token.tag_ in {"WP", "WDT", "WP$"} and token.head.dep_ == "relcl"


def read(sentence: Sentence, article: Article) -> Reading:
    """Judge one candidate sentence (see the module docstring)."""
    doc = sentence.doc
    text = sentence.text
    if doc is None:
        return Reading()
    if TEASER.search(text) or READER_PROMPT.search(text) or _points_on_page(doc) or " | " in text \
            or LABEL.match(text) or EMBED.search(text) or EMOJI.search(text) or BROKEN.search(text) \
            or _listing(doc) \
            or (PAGE_ITSELF.search(text) and not QUOTE_MARK.search(text)):
        return Reading(usable=False, why="page furniture")
    if WEB_POINTER.search(text) and not QUOTE_MARK.search(text):
        # "... is available from www.mangobooks.co.uk from September 4.": a page sends its reader to
        # another (distant readings 9069 to 9083 found it a summary's closing sentence). An outlet's
        # name ("told msnbc.com") and AP's link in brackets ("KTUU-TV (http://bit.ly/...)") are not.
        return Reading(usable=False, why="page furniture")
    if HOLLOW.search(text):
        return Reading(usable=False, why="words missing from the page")
    if ASIDE.match(text):  # "[Rapinoe responds after the game: ...]": a link to another story, or an aside
        return Reading(usable=False, why="an aside in brackets")
    if _caption(doc):
        return Reading(usable=False, why="a photo caption")
    if text.rstrip().endswith(":") or _points_ahead(doc):  # "Colbert just fed the speculation:" and then
        return Reading(usable=False, why="points to what follows")  # an embedded post
    if _above_signature(sentence, article):
        return Reading(usable=False, why="an embedded post")
    if not QUOTE_MARK.search(text) and (inside_quotation(sentence, article) or block_quoted(sentence, article)):
        # Someone's words with no mark of their own to show it ("The consulate was becoming a
        # death trap." between the opening and the closing mark of a senator's three sentences).
        return Reading(usable=False, why="inside a quotation begun before")
    # Titles of works in quotation marks ("Keeping Up with the Kardashians,") are not quotations.
    quoted = quoted_spans(text)
    spans = [s for s in quoted if len(text[s[0]:s[1]].split()) >= MIN_QUOTE_WORDS
             and not reads_as_title(text[s[0]:s[1]])]
    offset = doc.start_char

    def outside(token) -> bool:
        at = token.idx - offset
        return not any(a <= at < b for a, b in spans)

    if any(t.lower_ in FIRST_PERSON and t.pos_ == "PRON" or _lets(t) for t in doc if outside(t)) or APPEAL.match(text) \
            or _addressed(doc, quoted) \
            or any(VULGAR.fullmatch(t.text) for t in doc if outside(t)):
        return Reading(usable=False, why="the writer's voice")
    if text.rstrip("\"”’' ").endswith("?") and not spans:
        return Reading(usable=False, why="a question")
    speaker = _speaker(doc, outside) if spans else "named"
    opening = _opening(sentence, article, doc, outside)
    leans, noun = _quotation_leans(doc, spans, outside) if spans else (None, None)
    if speaker == "none":
        name = quotation_speaker(sentence, article)
        if name and not opening.leans_back:
            # Where the quotation speaks of a person, of "it" or "they", or answers ("Not ..."), the
            # sentence before comes too. (For "it" and "they" this costs ROUGE-2 0.065 on the dev
            # clusters; a blind paired reading of the 11 clusters it changed preferred it in 6, the
            # summary without it in 3, with 26 dangling sentences against 31: seed 4802.)
            return Reading(leans_back=True, name=name, attribute=True, context=leans in CONTEXT_NEEDED,
                           why="a quotation attributed next to it")
        if name and _continues_quotation(sentence, article):
            # Shown after the sentence before it, which names the speaker: one quotation, attributed.
            return Reading(leans_back=True, why="a quotation going on from the sentence before")
        return Reading(usable=False, why="a quotation with no speaker")
    if speaker == "pronoun" and not opening.leans_back:
        return Reading(leans_back=True, name=antecedent(sentence, article), pronoun_speaker=True,
                       context=leans in CONTEXT_NEEDED, why="a pronoun speaker")
    if speaker == "pronoun" and opening.name is None and not opening.pronoun_speaker:
        # "These sanctions ...," he said: a summary that has said "sanctions" still has not said who
        # "he" is, so the noun alone does not let it stand; the sentence before comes with it.
        opening.why += " and a pronoun speaker"
        opening.noun = None
        # Its speaker is still named where the summary shows it: '“This should be decided
        # publicly,” he said.' after a sentence about someone else leaves "he" to the wrong person.
        opening.name, opening.pronoun_speaker = antecedent(sentence, article), True
    opening.context = opening.pronoun_speaker and leans in CONTEXT_NEEDED
    if leans and not opening.leans_back:
        return Reading(leans_back=True, noun=noun, why="the quotation refers to something before it")
    return opening


def _lets(token) -> bool:
    """The "'s" of "let's" ("First, let's consult the dictionary"): the writer and the reader, "us"."""
    return token.lower_ in {"'s", "’s"} and token.i > 0 and token.nbor(-1).lower_ == "let"


def _quotation_leans(doc, spans: list[tuple[int, int]], outside) -> tuple[str | None, str | None]:
    """What a quotation, read alone, points back to, and the noun it names that by: it opens on "Not" (the
    rest of an answer: "Not just the implant"), or a third-person pronoun in it comes before
    anything in the sentence it could stand for — "they", "it" or the pronoun "that" before any noun
    ("If they did rupture, it's no big deal", "I think that will always be the case"), "him", "her"
    before any person ("help identify him"; not "Bloomberg said Mr. Obama had offered to visit, “but
    I think the thing for him to do ...”"), or "these"/"those" pointing at things not named ("the
    acts shown in these pictures"; with the noun, fine once the summary has said "pictures"). The
    first is "not", "thing", "person" or "these"; (None, None) when the quotation reads alone."""
    offset = doc.start_char
    for start, end in spans:
        opening = next((t for t in doc if start <= t.idx - offset < end and t.is_alpha), None)
        if opening is not None and opening.lower_ == "not":
            return "not", None
    nouns = persons = False
    for t in doc:
        low = t.lower_
        if not outside(t) and t.pos_ == "PRON":
            if low in THING_PRONOUNS and not nouns and not _expletive(t, doc):
                return "thing", None
            if low == "that" and t.tag_ == "DT" and not nouns:
                # "I think that will always be the case": what was said before it (readings 8751, 8753)
                return "thing", None
            if low in PERSONAL and not persons:
                return "person", None
        if not outside(t) and low in {"these", "those"} and t.dep_ == "det" \
                and t.head.lemma_.lower() not in TIME_NOUNS and not any(c.dep_ in IDENTIFYING for c in t.head.children):
            return "these", t.head.lemma_.lower()
        # What "it" or "they" may stand for: a thing, not a person ("Reagan ... talked about it");
        # "he" or "she": a name the tagger did not take for a place or a date, or a noun of people.
        nouns |= t.pos_ == "NOUN" or t.pos_ == "PROPN" and t.ent_type_ != "PERSON"
        persons |= t.pos_ == "PROPN" and t.ent_type_ not in PLACE_OR_TIME or \
            t.lemma_.lower() in PEOPLE_WORDS
    return None, None


def _expletive(token, doc) -> bool:
    """ "it" of "it's no big deal to ...", "it is clear that", "it rained": pointing at nothing."""
    if token.lower_ != "it":
        return False
    return bool(EXPLETIVE_IT.match(doc.doc.text[token.idx:])) or token.dep_ == "expl"


def _listing(doc) -> bool:
    """Whether the sentence is a line of a listing, not a statement: no verb with a subject or a
    verb of its own ("In English and in French with English subtitles.", "Starring Matt Damon and
    Cecile De France.")."""
    root = doc.root
    if root.pos_ not in {"VERB", "AUX"}:  # a word or two ("Hello.") is a text, not a listing's line
        # No finite verb: "Produced by Rob Tapert, Sam Raimi, Bruce Campbell.", "Screenplay, ..., based on".
        return len([t for t in doc if not t.is_punct]) >= 4 and not any(t.tag_ in FINITE for t in doc)
    bare = root.tag_ in {"VBG", "VBN"} and root.i == next(t for t in doc if not t.is_punct).i
    return bare and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "expl"} for c in root.children) \
        and not any(c.dep_ in {"advcl", "ccomp", "conj"} for c in root.children)


def _points_on_page(doc) -> bool:
    """Whether the sentence points at the page around it ("Below is the statement", "the figures
    are provided below", "as shown above"): "below"/"above" as an adverb of its verb."""
    return any(t.lower_ in {"below", "above"} and t.pos_ == "ADV" and t.head.pos_ in {"VERB", "AUX"}
               for t in doc)


# A caption's stamp at the end of its line: a weekday, a month and day, or a year.
STAMP = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{4}|"
                   r"(?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2})\.?$")


# The day a full date gives ends the sentence: "... on August 14, 2014." (a caption's stamp; a report
# writes the day, or the date a thing lasts until).
FULL_DATE_END = re.compile(r"\bon (?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? "
                           r"\d{1,2}, \d{4}\.?$")
# Where someone stands in a picture: "Brian Kelley, center left, and ...", "(second from left)".
CAPTION_PLACE = re.compile(r"[,(] ?(?:(?:far|center|centre|second|third|fourth|top|bottom)(?: from)? |from )?"
                           r"(?:left|right)\b[,)]")
# What a caption says shows something: "This shot, released by Vulcan, shows the emblem on the bow."
PICTURES = {"photo", "photograph", "picture", "image", "shot", "screenshot"}  # not "Video shows the suspect"


def photo_caption(doc) -> bool:
    """Whether the sentence is a caption that says what a picture shows ("This shot ... shows the
    emblem on the bow", "The image above depicts ..."): a picture, in the present tense, showing."""
    root = doc.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return root.lemma_.lower() in {"show", "depict"} and root.tag_ == "VBZ" and subject is not None and \
        subject.lemma_.lower() in PICTURES and not QUOTE_MARK.search(doc.text)


def _caption(doc) -> bool:
    """Whether the sentence is a photo's caption left in the text: someone named, or people, doing
    something in the present tense, stamped with the day ("Ron Johnson smiles at demonstrators on
    August 14, 2014.", "Residents make their way through floodwaters in Little Ferry, N.J., on
    Tuesday."); a report tells what happened on a day in the past tense. Or one that says what a
    picture shows (:func:`photo_caption`)."""
    if photo_caption(doc):
        return True
    root = doc.root
    if FULL_DATE_END.search(doc.text.strip()) and not QUOTE_MARK.search(doc.text) and _caption_form(doc):
        return True
    if not STAMP.search(doc.text.strip()) or QUOTE_MARK.search(doc.text) or root.tag_ not in {"VBZ", "VBP"} \
            or root.lemma_.lower() in SPEECH_VERBS | {"be", "have"}:
        return False
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.ent_type_ == "PERSON" or
                                    (subject.tag_ == "NNS" and subject.lemma_.lower() in PEOPLE))


def _caption_form(doc) -> bool:
    """Whether a sentence stamped with a full date reads as a caption whatever its subject: no verb
    with a tense ("Donald Trump before opening the Nasdaq on September 20, 2005."), a present passive
    ("E85 ethanol fuel is pumped into a vehicle ... on Dec. 6, 2007."), or where people stand in the
    picture (", center left,"). A report tells of a dated day in the past tense."""
    root = doc.root
    if not any(t.tag_ in FINITE for t in doc):
        return True
    # Not "The ban is expected to take effect on Jan. 1, 2016.": a passive that goes on to what is expected.
    present = any(c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in root.children) and \
        not any(c.dep_ in {"xcomp", "ccomp"} for c in root.children)
    return (root.tag_ == "VBN" and present) or CAPTION_PLACE.search(doc.text) is not None


def _points_ahead(doc) -> bool:
    """Whether the sentence announces what comes after it on the page, as one ending on a colon
    does: "Read on for the backstage reactions of ...", "here are ten of the most memorable things
    he heard" (the writer's words, not a quotation's), "published the following image." with no
    verb after it ("the following year", a time, points nowhere)."""
    tokens = [t for t in doc if not t.is_punct]  # (a sentence's span: its tokens, not the doc's indices)
    if [t.lower_ for t in tokens[:2]] == ["read", "on"]:
        return True
    quoted = QUOTE_MARK.search(doc.text) is not None
    for k, t in enumerate(tokens):
        if t.lower_ == "here" and not quoted and t.head.lemma_ == "be" and t.head.i > t.i:
            return True  # "here are ten ...", "here is what we know"
        announced = t.head.pos_ in {"NOUN", "PROPN"} and t.head.ent_type_ not in {"DATE", "TIME"}
        if t.lower_ == "following" and k > 0 and tokens[k - 1].lower_ == "the" and announced \
                and not any(u.pos_ in {"VERB", "AUX"} for u in tokens[k + 1:]):
            return True
    return False


def _speaker(doc, outside) -> str:
    """'named', 'pronoun' or 'none': who says the quotation, from the words outside it."""
    named_outside = any(e.label_ == "PERSON" and outside(e[0]) for e in doc.ents)
    for token in doc:
        if token.lemma_.lower() in SPEECH_VERBS and outside(token):
            kind = _subject_kind(token)
            if kind == "pronoun" and named_outside:
                return "named"  # "Dunn was held ..., which he said ... was "better than ...""
            if kind:
                return kind  # "Faisal Sabzwari told CNN", "police said", "he said"
    root = doc.root
    opens_quoted = not outside(doc[0]) or not outside(next((t for t in doc if not t.is_punct), doc[0]))
    if outside(root) and not opens_quoted:  # a quotation inside a statement: 'The firm called it "a mistake"'
        kind = _subject_kind(root)
        if kind:
            return "named" if kind == "pronoun" and named_outside else kind
    # "according to officials", "Sabzwari: ..." — a name outside the quotation.
    return "named" if any(e.label_ in NAMED and outside(e[0]) for e in doc.ents) else "none"


def _subject_kind(verb) -> str | None:
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        return None
    return "pronoun" if subjects[0].pos_ == "PRON" else "named"


def quotation_speaker(sentence: Sentence, article: Article, back: int = 6) -> str | None:
    """The person named as the speaker of a quotation several sentences (or paragraphs) long: it is
    attributed once, in an earlier sentence of the quotation ('Mr Zuckerberg said: "...') or in the
    next sentence of its paragraph ('"...," he said.'), a pronoun there standing for the person
    named before it. Going back stops at the first sentence that holds no quotation mark."""
    after = sentence.index + 1
    if after < len(article.sentences) and article.sentences[after].doc is not None:
        credit = credited(article.sentences[after])
        if credit:  # '"...."' then a line '— Claire Danes': the credit names the speaker
            return full_name(credit, article)
    for index in range(sentence.index - 1, max(sentence.index - back, 0) - 1, -1):
        near = article.sentences[index]
        if near.doc is None or credited(near):
            break  # a credit line above belongs to the quotation above it
        name = _says(near, article)
        if name:
            return name
        if not re.search(r"[\"“”:]", near.text):
            break  # the quotation began after this sentence, and it names no speaker
    if after < len(article.sentences) and article.sentences[after].paragraph == sentence.paragraph \
            and article.sentences[after].doc is not None:
        return _says(article.sentences[after], article)
    return None


# A credit after a paragraph's last sentence, on the same line: "... People, people. —Paul Ehrlich".
CREDIT_END = re.compile(r"[.!?…]\s*[—–―]{1,2}\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\s*$")


def credited(sentence: Sentence) -> str | None:
    """The person a credit line names: a short line opening on a dash, "— Claire Danes, on her
    first film" (the name of the speaker of the quotation above it); None for any other sentence."""
    if len(sentence.text.split()) > 2 * CREDIT_WORDS:
        return None
    name = _credit(sentence, 0)
    if name is None:
        return None
    after = sentence.text[sentence.text.index(name) + len(name):].lstrip()
    # A long line is a credit only with the name standing alone: "— Julianne Moore, on those she
    # failed to thank ..." (not "— Moore told the crowd that ...").
    return None if len(sentence.text.split()) > CREDIT_WORDS and not re.match(r"^(?:,|$)", after) else name


def credited_after(sentence: Sentence, at: int) -> str | None:
    """The name a dash right after a closing quotation mark gives as its source, at character
    ``at`` of the sentence ('“... we all win.”—Arianna Huffington, editor in chief of ...': a
    blurb's or an epigraph's credit glued to it): the whole rest of the sentence is that name,
    with a description after a comma at most."""
    name = _credit(sentence, at, closing=True)
    if name is None:
        return None
    after = sentence.text[sentence.text.index(name, at) + len(name):].strip()
    return name if re.match(r"^(?:,|$)", after) else None


def credited_bare(sentence: Sentence, start: int, end: int) -> str | None:
    """The name a review's quotation is credited to with no dash: a sentence that is the quotation,
    from character ``start`` to ``end``, and a name after it alone ('"Captures to perfection the
    fledgling leader's mannerisms ..." Independent'; '"..." Financial Times'): a blurb's source."""
    if sentence.text[:start].strip(" \"“'‘"):
        return None  # words before the quotation: it is told, not credited
    rest = sentence.text[end:].strip().lstrip("\"”’'").strip().rstrip(".")
    words = rest.split()
    if not 0 < len(words) <= CREDIT_NAME_WORDS or not words[0][:1].isupper():
        return None
    if not all(w[:1].isupper() or w in {"of", "the", "&", "and"} for w in words):
        return None
    return rest


def _credit(sentence: Sentence, at: int, closing: bool = False) -> str | None:
    """The name after a dash at character ``at`` (after a closing quotation mark, with
    ``closing``): the first the tagger finds there, else the words before any comma when each is
    capitalised (a name the tagger missed: "— Dr. Oz The Good Life", "—Billie Jean King" read as
    a work)."""
    mark = r"[\"”]?\s*" if closing else r"\s*"
    dash = re.match(mark + CREDIT_DASH + r"\s*(?=\S)", sentence.text[at:])
    doc = sentence.doc
    if not dash or doc is None or (closing and dash.group(0).strip(" \"”") == "-"):
        return None
    named = [e for e in _named_after_dash(doc, at + dash.end()) if e.start_char - doc.start_char >= at]
    if named:
        return named[0].text.lstrip("—–―- ")
    head = sentence.text[at + dash.end():].split(",")[0].split()
    return " ".join(head) if 0 < len(head) <= CREDIT_NAME_WORDS and all(w[:1].isupper() for w in head) else None


def _named_after_dash(doc, end: int) -> list:
    """The names a line opening on a dash starts with. The tagger may take one for a place ("—
    Julia Louis-Dreyfus, on ..."): a full name in capitals serves too."""
    return [e for e in doc.ents if e.start_char - doc.start_char <= end + 1 and (
        e.label_ == "PERSON" or e.label_ in {"ORG", "GPE"} and _full_name_like(e))]


def _full_name_like(span) -> bool:
    words = [t for t in span if t.is_alpha]
    return len(words) >= 2 and all(t.is_title for t in words)


def quotation_goes_on(sentence: Sentence, article: Article) -> bool:
    """Whether the quotation a sentence leaves open goes on in the next one with what finishes or
    qualifies it ('The hacking, he said, “could be Russia. // And it could be China. // And it
    could be some guy in his home in New Jersey.”'): read alone, the first says what the speaker
    did not (blind reading 8615)."""
    at = sentence.index + 1
    if at >= len(article.sentences) or not (re.search(r"[\"“]", sentence.text) or inside_quotation(sentence, article)):
        return False
    after = article.sentences[at]
    # The next may also open a quotation of its own that qualifies this one ('"... more dangerous in
    # Iraq and Afghanistan," Hansen said. "But in terms of the dominance of the threat ... this is a
    # much more dangerous place."': read alone, the first says the reverse; blind reading 8639).
    return after.paragraph == sentence.paragraph and GOES_ON.match(after.text) is not None and \
        (inside_quotation(after, article) or after.text.lstrip()[:1] in "\"“")


def posted(sentence: Sentence, article: Article) -> bool:
    """Whether the sentence is a post embedded in the page, signature and all or above it."""
    return EMBED.search(sentence.text) is not None or _above_signature(sentence, article)


def _above_signature(sentence: Sentence, article: Article) -> bool:
    """Whether the sentence is the text of a post embedded in the page: a sentence after it in its
    paragraph, within :data:`POST_LINES`, is the post's signature ("Rap game lost a legend ...
    Love. MOBB — Lil Wayne WEEZY F (@LilTunechi) June 20, 2017")."""
    after = article.sentences[sentence.index + 1:sentence.index + 1 + POST_LINES]
    return any(s.paragraph == sentence.paragraph and POST_SIGNED.search(s.text) for s in after)


def inside_quotation(sentence: Sentence, article: Article) -> bool:
    """Whether a sentence lies between a quotation's opening mark in an earlier sentence of its
    paragraph and its closing mark in this or a later one."""
    paragraph = _paragraph(sentence, article)
    at = sum(1 for s in paragraph if s.index < sentence.index)
    opened, closing = _quotation_states(tuple(s.text for s in paragraph))
    return opened[at] and closing[at]


def _paragraph(sentence: Sentence, article: Article) -> list[Sentence]:
    """The sentences of the sentence's paragraph, in order."""
    return [s for s in article.sentences if s.paragraph == sentence.paragraph]


@lru_cache(maxsize=256)
def _quotation_states(texts: tuple[str, ...]) -> tuple[tuple[bool, ...], tuple[bool, ...]]:
    """For each sentence of a paragraph: whether a double quotation is open where it starts (curly
    marks opened and not closed before it, or an odd number of straight ones), and whether it or a
    later sentence holds a closing mark. One pass each way, shared by the paragraph's sentences."""
    opened, depth, straight = [], 0, 0
    for text in texts:
        opened.append(depth > 0 or straight % 2 == 1)
        for mark in re.findall(r"[“”]", text):
            depth = depth + 1 if mark == "“" else max(depth - 1, 0)
        straight += text.count('"')
    closing, later = [], False
    for text in reversed(texts):
        later = later or re.search(r"[\"”]", text) is not None
        closing.append(later)
    return tuple(opened), tuple(reversed(closing))


def block_quoted(sentence: Sentence, article: Article) -> bool:
    """Whether the sentence is in a paragraph of someone's words set off without quotation marks:
    the paragraph right after one that ends on a colon after a verb of saying, writing or quoting
    ("... Paul Ehrlich, whom Kunzig quotes:" then "I have understood the population explosion ...
    People eating, people washing, people sleeping."; "Persson elaborated in a blog post:"), and
    that opens on no quotation mark of its own; or a paragraph with no quotation mark that ends on
    a credit ("... People, people, people, people. —Paul Ehrlich", an epigraph)."""
    paragraph = _paragraph(sentence, article)
    if len(paragraph) > 1 and not _marked(tuple(s.text for s in paragraph)) and \
            (credited(paragraph[-1]) or CREDIT_END.search(paragraph[-1].text)):
        return True
    first = paragraph[0]
    if first.index == 0 or re.match(r"\s*[\"“‘']", first.text):
        return False
    before = article.sentences[first.index - 1]
    if not before.text.rstrip().endswith(":") or before.doc is None:
        return False
    verb = next((t for t in reversed(before.doc) if t.pos_ == "VERB"), None)
    return verb is not None and verb.lemma_.lower() in SPEECH_VERBS | {"quote", "elaborate"}


@lru_cache(maxsize=256)
def _marked(texts: tuple[str, ...]) -> bool:
    """Whether any sentence of a paragraph holds a double quotation mark: read once a paragraph,
    not once for each of its sentences."""
    return any(QUOTE_MARK.search(text) for text in texts)


def _continues_quotation(sentence: Sentence, article: Article) -> bool:
    """Whether the sentence before, in the same paragraph, is part of the same quotation."""
    if sentence.index == 0:
        return False
    prev = article.sentences[sentence.index - 1]
    return prev.paragraph == sentence.paragraph and bool(QUOTE_MARK.search(prev.text))


def _says(near: Sentence, article: Article) -> str | None:
    """Who a sentence says is speaking: the named (or pronoun, resolved) subject of a speech verb,
    the person after "according to", or after a dash ("— Claire Danes, asked how ...")."""
    doc = near.doc
    dash = re.match(r"^[—–-]\s*", near.text)
    if dash:
        named = _named_after_dash(doc, dash.end())
        if named:
            return full_name(named[0].text, article)
    for token in doc:
        if token.lower_ == "according" and token.i + 1 < doc.end and doc.doc[token.i + 1].lower_ == "to":
            subjects = [c for c in doc.doc[token.i + 1].children if c.dep_ == "pobj"]
        elif token.lemma_.lower() in SPEECH_VERBS:
            subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if not subjects and token.dep_ in {"advcl", "xcomp", "conj"}:  # "..., writing in a statement:"
                subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
        else:
            continue
        for subject in subjects:
            name = _name_of(subject, near, article)
            if name:
                return name
    return None


def _name_of(subject, near: Sentence, article: Article) -> str | None:
    """The name a subject token gives: its entity, its proper-noun phrase, or the person a he/she stands for."""
    named = [e for e in near.doc.ents if e.label_ in NAMED and e.start <= subject.i < e.end]
    if named:
        return full_name(named[0].text, article) if named[0].label_ == "PERSON" else named[0].text
    if subject.pos_ == "PROPN":
        parts = [t for t in subject.subtree if t.pos_ == "PROPN" and (t.i == subject.i or t.dep_ == "compound")]
        return full_name("".join(t.text_with_ws for t in parts).strip(), article)
    if subject.lower_ in PERSONAL:
        return antecedent(near, article)
    return None


def _opening(sentence: Sentence, article: Article, doc, outside) -> Reading:
    """Whether the sentence's first words point back to something before it."""
    words = [t for t in doc if not t.is_punct and not t.is_space]
    text = sentence.text
    if not words:
        return Reading(usable=False, why="no words")
    connective = len(words) > 3 and words[0].lower_ in DROPPED_CONNECTIVES and words[0].idx == doc.start_char and \
        (words[0].lower_ != "well" or re.match(r"(?:,|…|\.{3})", doc[1].text) is not None)  # not "Well-known ..."
    if connective:
        words = words[1:]  # the summary drops it ("But her condition ..." reads "Her condition ...")
        text = text[words[0].idx - doc.start_char:]
    first = words[0]
    low = first.lower_
    if low in LEADING_PRONOUNS and not (low == "it" and EXPLETIVE_IT.match(text)):
        # "it" and "they" are never replaced: the subject before is often not what they stand for
        name = antecedent(sentence, article) if low in PERSONAL else None
        return Reading(leans_back=True, name=name, why=f"opens on '{first.text}'")
    both_and = low == "both" and " and " in " ".join(text.split()[:6])  # "Both Israel and the U.S. ..."
    if low in DEMONSTRATIVES and not both_and:
        nxt = words[1] if len(words) > 1 else None
        if not (nxt is not None and nxt.lower_ in TIME_NOUNS and low in {"this", "that", "each"}):
            # What it points at is the noun it determines ("Another police official": an official, not
            # police), else the noun after it.
            head = first.head if first.dep_ == "det" and first.head.pos_ == "NOUN" else nxt
            noun = head.lemma_.lower() if head is not None and head.pos_ == "NOUN" and low != "both" else None
            return Reading(leans_back=True, noun=noun, distal=low in {"that", "those"}, why=f"opens on '{first.text}'")
    if BACK_PHRASE.match(text) or _time_after(words) or _however(doc, outside) or _instead(doc, outside) \
            or _does_so(doc, outside):
        return Reading(leans_back=True, why="points back")
    if _since_then(doc, outside):  # "None of his physical assessments since then have shown ..."
        return Reading(leans_back=True, why="a time counted from something before")
    if _adds_to_before(doc, outside):  # "In Japan, about half ... live with their parents, too."
        return Reading(leans_back=True, why="adds to or follows from something before")
    if _demonstrative_subject(doc, outside):  # "At least that was the consensus ..."
        return Reading(leans_back=True, why="a demonstrative subject")
    pointed = _demonstrative_noun(doc, outside)
    if sentence.index == _first_text(article) and (pointed not in HERE_PLACES or DATELINE_OPENING.match(text)):
        # A story's first sentence points at its dateline's place ("CASTEL GANDOLFO, Italy (AP) — Pope
        # Francis traveled to this hill town"); with none, "this hill town" is no place a reader
        # knows (distant reading 9119).
        pointed = None
    if pointed is not None:  # "Pope Francis traveled Saturday to this hill town south of Rome"
        return Reading(leans_back=True, noun=pointed, why=f"'this {pointed}' of something before")
    if _related_subject(doc, outside):  # "Corey Gentry, his friend, described ..."
        return Reading(leans_back=True, why="a subject described by whose he or she is")
    pronoun = _pronoun_after_opening(doc, outside)
    if pronoun is not None:  # "During the three days he will consume ..."
        name = antecedent(sentence, article) if pronoun.lower_ in PERSONAL else None
        return Reading(leans_back=True, name=name, after_opening=True, why="a pronoun subject after an opening phrase")
    if _reported_pronoun(doc, outside) is not None:  # "Police said he returned home at 8 a.m."
        return Reading(leans_back=True, name=antecedent(sentence, article), reported=True,
                       why="a pronoun in what others report")
    if _pronoun_in_opening(doc, outside) is not None:  # "For him it will be a long journey toward recovery"
        return Reading(leans_back=True, why="a pronoun in an opening phrase")
    if _quantity_subject(doc, outside):  # "Half were then fed some cake": half of whom?
        return Reading(leans_back=True, why="a quantity of something before")
    if _points_here(doc, outside):  # "... refused to say more than that", "the program here"
        return Reading(leans_back=True, why="points to what came before")
    same = _the_same(doc, outside) if sentence.index != _first_text(article) else None
    if same is not None:  # "To find out if the same association held ..."
        return Reading(leans_back=True, noun=same, why="the same as before")
    person = DEFINITE_PERSON.match(text)
    if person and not _named_in_phrase(doc, person.group(1).lower()):
        return Reading(leans_back=True, noun=person.group(1).lower(), why="a person not introduced")
    if (described := _described_subject(doc, outside)) is not None:  # "Midway through her set, the winner ..."
        return Reading(leans_back=True, noun=described, why="a person not introduced")
    thing = _definite_subject(words, sentence, article) or _inner_reference(doc, sentence, article, outside) \
        or _told_just_before(doc, sentence, article, outside) \
        or (_goes_on_about(doc, sentence, article, outside) if connective else None)
    distal = _distal(doc, outside)
    if thing is not None:
        return Reading(leans_back=True, noun=thing, distal=distal, why="a thing not introduced")
    for token in doc:  # "..., he said": a pronoun speaker of a reported statement
        if token.lemma_.lower() in SPEECH_VERBS and outside(token) and token.i > doc.start + 2:
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            if subjects and subjects[0].lower_ in PERSONAL and not any(e.label_ == "PERSON" for e in doc.ents):
                return Reading(leans_back=True, name=antecedent(sentence, article), pronoun_speaker=True,
                               why="a pronoun speaker")
    if distal:  # "The bill was defeated at that time": the time the sentence before told of
        return Reading(leans_back=True, distal=True, why="'that' points at something before")
    return Reading()


def _named_in_phrase(doc, noun: str) -> bool:
    """Whether the phrase of a definite person ("the rapper") names them after the noun ("The
    rapper, Kanye West, said", "the winner Jane Doe"). A name before the noun qualifies it ("The
    Oscar winner's line", the small tagger's person "Oscar") and one elsewhere in the sentence is
    someone else ("The "Anaconda" rapper co-owns ... with Mona Scott-Young"): neither says who."""
    head = next((t for t in doc if t.lower_ == noun), None)
    if head is None:
        return any(e.label_ == "PERSON" for e in doc.ents)  # the words as written: read as before
    top = head
    while top.dep_ in {"compound", "poss"} and top.head != top:  # "the winner Jane Doe", "The children's mother, Jenny"
        top = top.head
    phrase = {t.i for t in top.subtree}
    return any(e.label_ == "PERSON" and e.start > head.i and e.start in phrase for e in doc.ents)


def _distal(doc, outside) -> bool:
    """Whether "that" stands before a noun of time outside quotations, after the sentence's first
    word ("defeated at that time", "On that day, Cohen obtained ..."): the time the sentence before
    told of, which a reader takes for the story's own. Not "those" ("during those many naps they
    take": any naps), nor a "that" right after a verb, which the parser may take for a determiner
    ("news broke that reality star ...")."""
    return any(t.lower_ == "that" and t.dep_ == "det" and t.head.pos_ == "NOUN" and t.i > doc.start
               and (t.head.lemma_.lower() in TIME_NOUNS or t.head.ent_type_ in {"DATE", "TIME"})
               and doc.doc[t.i - 1].pos_ not in {"VERB", "AUX"} and outside(t) for t in doc)


def _however(doc, outside) -> bool:
    """ "Lehmkuhl was, however, a prolific tweeter": "however" inside the main clause sets it
    against something said before; not after a clause of its own sentence ("... made them
    uncomfortable, however, no claims were filed")."""
    for token in doc:
        if token.lower_ == "however" and token.dep_ == "advmod" and token.head.dep_ == "ROOT" and outside(token):
            return not any(c.dep_ in {"ccomp", "conj", "advcl"} and c.i < token.i for c in token.head.children)
    return False


def _does_so(doc, outside) -> bool:
    """ "It is actually the first Universal film to do so", "refused to do so": "do so" outside
    quotations stands for an act told before. Not "so that" ("did so that others could")."""
    return any(t.lemma_.lower() == "do" and t.i + 1 < doc.end and doc.doc[t.i + 1].lower_ == "so"
               and doc.doc[t.i + 1].dep_ == "advmod" and outside(t)
               and not (t.i + 2 < doc.end and doc.doc[t.i + 2].lower_ == "that") for t in doc)


def _instead(doc, outside) -> bool:
    """ "Shinozuka's device instead directly alerts the caregiver", "investigators are instead
    examining ...", "..., Xinhua reported separately": set against, or apart from, something said
    before. "instead" of the main clause (or of the clause a verb of saying reports) with no clause
    of its own sentence before it to be set against ("Kagan refused, instead abiding by ..."), and
    not "instead of"; "separately" of a main verb of saying."""
    for token in doc:
        if token.dep_ != "advmod" or not outside(token):
            continue
        head = token.head
        if token.lower_ == "separately":
            if head.dep_ == "ROOT" and head.lemma_.lower() in SPEECH_VERBS | {"report"}:
                return True
            continue
        if token.lower_ != "instead" or (token.i + 1 < doc.end and doc.doc[token.i + 1].lower_ == "of"):
            continue
        reported = head.dep_ == "ccomp" and head.head.dep_ == "ROOT" and \
            head.head.lemma_.lower() in SPEECH_VERBS | {"report"}
        if (head.dep_ == "ROOT" or reported) and \
                not any(c.dep_ in {"conj", "advcl", "ccomp"} and c.i < token.i for c in head.children):
            return True
    return False


def _since_then(doc, outside) -> bool:
    """ "since then", "until then", "by then" outside quotations anywhere in the sentence (at its
    opening, BACK_PHRASE has them): "then" is a time the sentence before told of."""
    return any(t.lower_ == "then" and t.i > doc.start and doc.doc[t.i - 1].lower_ in {"since", "until", "till", "by"}
               and outside(t) for t in doc)


def _adds_to_before(doc, outside) -> bool:
    """Whether the main clause, outside quotations, adds to something said before ("..., too.", "...
    either.", as the sentence's last word, of a verb; not "too big") or follows from it ("is thus
    clear evidence")."""
    words = [t for t in doc if not t.is_punct]
    last = words[-1] if words else None
    if last is not None and last.lower_ in ADDING and last.dep_ in ("advmod", "preconj") and outside(last) \
            and last.head.pos_ in ("VERB", "AUX"):
        return True
    return any(t.lower_ in FOLLOWING and t.dep_ == "advmod" and t.head.dep_ == "ROOT" and outside(t) for t in doc)


def _pronoun_after_opening(doc, outside):
    """The main clause's subject when it is he, she or they after an opening phrase that gives no
    one it could stand for ("During the three days he will consume ...", "After the crash, she was
    taken ..."; reading 8713): the sentence before says who. None for "When the officer arrived,
    he ...", whose opening has a person or thing taking part."""
    subject = _main_subject(doc)
    if subject is None or subject.lower_ not in {"he", "she", "they"} or subject.i == doc.start or not outside(subject):
        return None
    opening = doc.doc[doc.start: subject.i]
    if any(QUOTE_MARK.match(t.text) for t in opening):
        return None  # '"If we lose, they win," he said': a pronoun speaker, read as such below
    participant = any(t.pos_ in {"NOUN", "PROPN"} and t.dep_ in {"nsubj", "nsubjpass", "dobj", "poss", "appos"}
                      or t.ent_type_ in {"PERSON", "ORG", "NORP"} for t in opening)
    return None if participant else subject


def _reported_pronoun(doc, outside):
    """The he or she (or his or her) opening what a sentence's main verb of saying or believing
    reports, when the reporter cannot be who it stands for — a group, a body or several people
    ("Police said he returned home", "Officials believe she died of heat", "Investigators said
    his truck was parked in the sun"; a distant-half reading) — and the sentence names no one
    before it: the sentence before says who. Not "The officer said he fired", whose subject it
    may stand for."""
    root = doc.root
    if root.lemma_.lower() not in SPEECH_VERBS | BELIEF_VERBS:
        return None
    reporter = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if reporter is None or not _several_or_body(reporter):
        return None
    clause = next((c for c in root.children if c.dep_ == "ccomp" and c.i > root.i), None)
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if clause else None
    if subject is None:
        return None
    pronoun = subject if subject.lower_ in {"he", "she"} else next(
        (c for c in subject.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}), None)
    if pronoun is None or not outside(pronoun):
        return None
    if any(t.ent_type_ == "PERSON" for t in doc.doc[doc.start:pronoun.i]):
        return None
    return pronoun


def _several_or_body(token) -> bool:
    """A subject that is no one person: a plural ("Investigators"), "police", or a body or place
    the tagger names ("the Metro Nashville Police Department")."""
    return token.tag_ in {"NNS", "NNPS"} or token.lower_ == "police" or \
        token.ent_type_ in {"ORG", "GPE", "NORP"} and token.pos_ == "PROPN"


def _pronoun_in_opening(doc, outside):
    """A he, him, his, she or her in the phrase before the main clause's subject, with no one named
    before it, when that subject cannot be who it stands for — a pronoun, "there", a plural ("For
    him it will be a long journey", "After his arrest, officers searched the house"): the sentence
    before says who. Not "In his speech, Obama said", whose subject it may stand for."""
    subject = next((c for c in doc.root.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    if subject is None or subject.i == doc.start:
        return None
    if not (subject.pos_ == "PRON" or subject.dep_ == "expl" or subject.tag_ in {"NNS", "NNPS"}):
        return None
    for token in doc.doc[doc.start: subject.i]:
        if QUOTE_MARK.match(token.text) or token.pos_ in {"NOUN", "PROPN"} and token.dep_ != "pobj" or \
                token.ent_type_ in {"PERSON", "ORG", "NORP"}:
            return None  # '"If we lose ..." he said', "When the officer arrived, ..."
        if token.lower_ in SINGULAR_PERSONAL and outside(token):
            return token
    return None


def _described_subject(doc, outside) -> str | None:
    """The noun of a main clause's subject after an opening phrase that describes a person the
    sentence does not name ("Midway through her 18-song set, the six-time Grammy winner, 31, played
    the new track": Lady Gaga, named in the sentence before), as :data:`DEFINITE_PERSON` reads one
    opening the sentence; None when the sentence names a person ("..., the singer Lady Gaga played")."""
    if QUOTE_MARK.search(doc.text):
        return None  # '"...," the company said': a quotation's speaker, whom the quotes list resolves
    subject = _main_subject(doc)
    if subject is None or subject.left_edge.i == doc.start or subject.lower_ not in PERSON_NOUNS or \
            not outside(subject) or any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children):
        return None  # (opening the sentence, :data:`DEFINITE_PERSON` reads it; "the firm of Pomerantz" says which)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return None
    if any(e.label_ == "PERSON" for e in doc.ents) or any(t.dep_ == "appos" and t.pos_ == "PROPN"
                                                         for t in subject.children):
        return None  # (an age in apposition, "the six-time Grammy winner, 31,", says no more who)
    return subject.lower_


def _demonstrative_subject(doc, outside) -> bool:
    """Whether the main clause's subject is a demonstrative standing alone, outside quotations, after
    an opening phrase ("At least that was the consensus", "For now, those remain"), or of what the
    main verb reports ("Police said that was a clue"): it points back."""
    root = doc.root
    clauses = [root] + [c for c in root.children if c.dep_ == "ccomp" and root.lemma_.lower() in SPEECH_VERBS]
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"this", "that", "these", "those"}
               and c.tag_ == "DT" and not list(c.children) and outside(c)
               for clause in clauses for c in clause.children)


# The words a wire story uses for its dateline's place ("this hill town"; select replaces them with the
# place), and a dateline's opening.
HERE_PLACES = {"town", "city", "village", "capital", "community", "suburb", "hamlet", "borough", "island", "county",
               "port", "resort"}
DATELINE_OPENING = re.compile(r"^[\"“]?[A-Z][A-Z.'’\- ]{2,}(?:,|\s*\(|\s*[-—–])")


def _demonstrative_noun(doc, outside) -> str | None:
    """The noun "this" or "these" points at inside the sentence, outside quotations ("traveled to
    this hill town"), which the sentence before named; not a time ("this week"), one a clause after
    it says ("this town where he grew up"), nor a title's capital ("Born This Way")."""
    for t in doc:
        noun = t.head
        if t.text in {"this", "these"} and t.dep_ == "det" and t.i > doc.start and outside(t) and \
                noun.pos_ == "NOUN" and noun.lemma_.lower() not in TIME_NOUNS and \
                not any(c.dep_ in {"relcl", "acl"} for c in noun.children):
            return noun.lemma_.lower()
    return None


def _addressed(doc, quoted: list[tuple[int, int]]) -> bool:
    """Whether the main clause, outside quotations, is said to "you": the writer to the reader ("You'll
    also find behind the scenes videos", "You have to be effusive") or an interviewer to the one
    asked ("You will play the Spirit again in four days": distant reading 9085). A "you" further in
    ("good for your health", "every which way you look") is left: reports write so too, and so is a
    "you" inside any quotation marks, a title's too ('"Where Have You Been" followed ...')."""
    subject = _main_subject(doc)
    if subject is None or subject.lower_ != "you":
        return False
    at = subject.idx - doc.start_char
    return not any(a <= at < b for a, b in quoted)


def _main_subject(doc):
    """The subject of the sentence's main verb, active or passive; None without one."""
    return next((c for c in doc.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _related_subject(doc, outside) -> bool:
    """Whether the main clause's subject is set beside a description of whose he or she is ("Corey
    Gentry, his friend, described that as ...", "Jenny, her mother, said"): someone the sentence
    before named."""
    subject = _main_subject(doc)
    if subject is None:
        return False
    return any(a.dep_ == "appos" and any(p.dep_ == "poss" and p.lower_ in {"his", "her", "their"} and outside(p)
                                         for p in a.children) for a in subject.children)


def _quantity_subject(doc, outside) -> bool:
    """Whether the main clause's subject is a quantity standing for a group named before ("Half were
    fed", "Many were hurt", "Others said"): no noun of its own, no "of ..." after it."""
    root = doc.root
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in QUANTITIES and outside(c)
               and not any(g.dep_ in {"prep", "nummod", "amod"} or g.pos_ == "NUM" for g in c.children)
               for c in root.children)


def _points_here(doc, outside) -> bool:
    """Whether the sentence, outside quotations, points at a place or thing the text before it named:
    "here" or "there" as a place ("the program here"; not "there is"), a demonstrative standing
    alone as an object ("say more than that")."""
    for t in doc:
        if not outside(t):
            continue
        if t.lower_ in {"here", "there"} and t.dep_ == "advmod" and t.pos_ == "ADV":
            return True
        if t.lower_ in {"this", "that", "these", "those"} and t.tag_ == "DT" and t.dep_ in {"dobj", "pobj"} \
                and not list(t.children):
            return True
    return False


def _the_same(doc, outside) -> str | None:
    """The noun of "the same N" outside quotations with nothing saying the same as what ("the same
    association held"; not "the same age as his father"). Not asked of an article's first sentence,
    where nothing comes before to be the same as: there two of its own things share one ("A couple
    born ... at the same Massachusetts hospital")."""
    for t in doc:
        # Not "the same day", "at the same time": two things at one time, no reference.
        if t.lower_ == "same" and t.dep_ == "amod" and outside(t) and t.head.pos_ == "NOUN" \
                and t.head.lemma_.lower() not in TIME_NOUNS:
            head = t.head
            tail = [w.lower_ for w in doc[head.i + 1: head.i + 3]]
            if any(c.lower_ == "the" for c in head.children) and not {"as", "that", "who", "which"} & set(tail):
                return head.lemma_.lower()
    return None


def _time_after(words: list) -> bool:
    """Whether the sentence opens on a time counted from something before it: "Just days later",
    "A short while later", "Shortly after", "Soon afterwards", "Minutes after that"."""
    subject = next((t for t in words if t.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    opening = [t for t in words if subject is None or t.i < subject.i]
    # "A century after that": after a demonstrative is after something before too.
    return any(t.lower_ in AFTER_WORDS and t.dep_ in {"advmod", "prep", "npadvmod"}
               and not any(c.dep_ == "pobj" and c.lower_ not in {"that", "this"} for c in t.children)
               for t in opening[:6])


def _definite_subject(words: list, sentence: Sentence, article: Article) -> str | None:
    """The head noun of a definite subject the sentence opens on ("The explosion ...", "All the
    volunteers ..."), when nothing in the phrase says which one it is (no name, no "of ..." or
    clause after it) and the sentence is not the article's first, where a definite subject
    introduces; None otherwise. Out of its article such a sentence leans on what came before."""
    k = 1 if words[0].lower_ in {"all", "both"} and len(words) > 1 else 0
    if words[k].lower_ != "the" or sentence.index == _first_text(article):
        return None
    head = words[k].head
    if head.pos_ != "NOUN" or head.ent_type_ or head.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    if any(c.dep_ in {"prep", "acl", "relcl", "appos", "compound", "nummod"} or c.ent_type_ for c in head.children):
        return None
    return head.lemma_.lower()


def _bare_nouns(doc, outside):
    """(determiner, noun) of each phrase outside quotations that a determiner opens on a common
    noun after it — not a name, not a time ("that week") — and that nothing in it identifies (no
    name, "of ..." or clause): the phrases that lean on what was said before."""
    for token in doc:
        head = token.head
        if token.dep_ != "det" or not outside(token) or head.pos_ != "NOUN" or head.i < token.i \
                or head.ent_type_ or head.lemma_.lower() in TIME_NOUNS:
            continue
        if not any(c.dep_ in IDENTIFYING or c.ent_type_ for c in head.children):
            yield token, head


def _inner_reference(doc, sentence: Sentence, article: Article, outside) -> str | None:
    """The noun of a reference later in the sentence, outside quotations: the main clause's definite
    subject after an opening phrase ("After the crash, the family was taken ...", not in the
    article's first sentence, which introduces), or a noun with a demonstrative anywhere ("that
    timetable could be accelerated", "this group backed"), that nothing in its phrase identifies."""
    for token, head in _bare_nouns(doc, outside):
        if token.i == doc.start:
            continue
        low = token.lower_
        if low in {"this", "that", "these", "those", "either", "neither"}:
            return head.lemma_.lower()
        main = head.dep_ in {"nsubj", "nsubjpass"} and head.head == doc.root \
            and doc.root.lemma_.lower() not in SPEECH_VERBS  # "..., the sources said" is an attribution
        if low == "the" and main and sentence.index != _first_text(article):
            return head.lemma_.lower()
    return None


def _told_just_before(doc, sentence: Sentence, article: Article, outside) -> str | None:
    """The noun of a definite phrase outside quotations that points back to the sentence before it
    in the article, which names the same thing ("... fined him 3,000 dinars. He refused to pay the
    fine."): "the" and a noun that nothing in its phrase identifies, which the sentence before
    has and this one has not had before the phrase. A definite phrase the article has not led up
    to ("taken to the hospital") introduces."""
    before = article.sentences[sentence.index - 1] if sentence.index > 0 else None
    if before is None or before.doc is None or before.heading:
        return None
    nouns = {t.lemma_.lower() for t in before.doc if t.pos_ == "NOUN"}
    for token, head in _bare_nouns(doc, outside):
        lemma = head.lemma_.lower()
        if token.lower_ == "the" and lemma in nouns and \
                not any(t.lemma_.lower() == lemma and t.i < token.i for t in doc):
            return lemma
    return None


def _goes_on_about(doc, sentence: Sentence, article: Article, outside) -> str | None:
    """The noun of a definite phrase outside quotations, which nothing in it identifies, in a
    sentence that goes on from the one before ("And all strains of the virus evolved in Africa."
    after "... linked with HPV"): the summary drops the "and", and the phrase still means what the
    sentence before named, in whatever words."""
    if sentence.index == _first_text(article):
        return None
    return next((head.lemma_.lower() for token, head in _bare_nouns(doc, outside) if token.lower_ == "the"), None)


def _first_text(article: Article) -> int:
    """The index of the article's first sentence that is not a heading or a doubtful line (a caption)."""
    return next((s.index for s in article.sentences if not s.heading and not s.doubtful), 0)


def antecedent(sentence: Sentence, article: Article, back: int = 3) -> str | None:
    """The person a leading he/she stands for, only where that is certain: the one person the
    nearest earlier sentence of the article naming anyone names, in the fullest form the article
    gives. Two people there ("Kushner met Gorkov", "Gorkov said he met Kushner") leave it open:
    a wrong name is worse than none. Nor is it someone the sentence itself names."""
    # The tagger may call a person something else in one sentence ("Kushner, whose family's ...
    # empire ..." an ORG): a name whose last word the article gives a person elsewhere is that person's.
    surnames = {_possessor(e.text.split()[-1].lower()) for s in article.sentences for e in s.entities
                if e.label == "PERSON"}
    gender = _pronoun_gender(sentence)
    for prev in reversed(article.sentences[max(0, sentence.index - back): sentence.index]):
        if prev.doc is None:
            continue
        # A name inside a quotation ("Fire Snipes!", the rest of one an earlier sentence opened)
        # is spoken of; it is no one the next sentence's "he" can be.
        spoken = spoken_tokens(prev)
        # A transcript's label ("MARTIN: Now she's made her walk ...") names who speaks, not whom
        # the next "her" means: the host is not the woman walking.
        label = SPEAKER_LABEL.match(prev.text)
        labelled = prev.doc.start_char + (label.end() if label else 0)
        people = [e for e in prev.doc.ents if e.start not in spoken and e.start_char >= labelled and (
            e.label_ == "PERSON" or e.label_ in {"ORG", "GPE", "NORP"} and len(e) == 1
            and _possessor(e.text.lower()) in surnames)]
        if _same_pronoun_subject(prev, gender):
            continue  # "She called her husband about Katera. She called 911": the one before says who
        subjects = [t for t in prev.doc if t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ == "PROPN" and t.i not in spoken
                    and t.idx >= labelled]
        if not people and not subjects:
            continue
        untagged = [t for t in subjects if not any(e.start <= t.i < e.end for e in people)]
        if not people or untagged or len({_possessor(e[-1].lower_) for e in people}) > 1:
            # a subject the tagger did not take for a person ("Wyatt said"; "Gomes says she and
            # Bairos ..." with only Bairos tagged), or two people
            return None
        if _another_of_gender(prev, people[0], gender):
            return None  # "... a man the mother claimed had offered her and Jordan a ride. She told police ...
        if gender and _named_gender(people[0].text) not in {None, gender}:
            return None  # "... her duties to Winston Peters while she takes leave. She said ...": not Peters
        name = full_name(people[0].text, article)
        if re.search(rf"\b{re.escape(name.split()[-1])}\b", sentence.text):
            return None  # "He is married to Trump's daughter": not Trump
        return name
    return None


def _same_pronoun_subject(prev: Sentence, gender: str | None) -> bool:
    """Whether the sentence before opens its main clause on a pronoun of the gender this one leans
    on (:func:`_pronoun_gender`; "She ... She ..."): both stand for one person, whom that sentence
    does not name either."""
    subject = next((t for t in prev.doc if t.dep_ in {"nsubj", "nsubjpass"} and t.head == t.sent.root), None)
    return gender is not None and subject is not None and subject.lower_ in (MALE if gender == "m" else FEMALE)


def _named_gender(name: str) -> str | None:
    """The gender a person's given name says ("Winston Peters": "m"), if it says one."""
    from storylens.entities import name_gender  # entities reads this module's name particles

    return name_gender(name)


def _pronoun_gender(sentence: Sentence) -> str | None:
    """ "m" or "f" for a sentence whose first he or she (his, her, ...) outside its quotations is
    the one it leans on: at its opening, after a connective ("However, she said ..."), or speaking
    ('"...," he said')."""
    spans = quoted_spans(sentence.text)
    for m in re.finditer(r"\w+", sentence.text):
        word = m.group(0).lower()
        if word in MALE | FEMALE and not any(a <= m.start() < b for a, b in spans):
            return "m" if word in MALE else "f"
    return None


def _another_of_gender(sentence: Sentence, person, gender: str | None) -> bool:
    """Whether the sentence speaks of another person of that gender by a common noun ("the
    mother", "a man"), outside quotations and not in apposition to the person named."""
    if gender is None or sentence.doc is None:
        return False
    nouns = MALE_NOUNS if gender == "m" else FEMALE_NOUNS
    spoken = spoken_tokens(sentence)
    for token in sentence.doc:
        if token.lemma_.lower() not in nouns or token.pos_ != "NOUN" or token.i in spoken:
            continue
        tied = token.head.i in range(person.start, person.end) or \
            any(c.i in range(person.start, person.end) for c in token.children) or token.dep_ == "appos"
        if not tied:
            return True
    return False


def _possessor(word: str) -> str:
    """A word without its possessive ("Keller's" is Keller; "Kellers", a family, stays)."""
    return re.sub(r"['’]s?$", "", word)


def particled(name: str) -> bool:
    """Whether a name is a surname with its particles and nothing else: "Le Bras", "de la Cruz".
    Not "Al Gore", "Van Jones" or "Del Harris": those particles also open given names."""
    words = name.split()
    return 2 <= len(words) <= 3 and words[-1][:1].isupper() and \
        all(w.lower() in NAME_PARTICLES - GIVEN_PARTICLES for w in words[:-1])


TITLED = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mister|Dr|Prof|Professor)\.?\s+")  # titles a name may open on


def full_name(name: str, article: Article) -> str:
    """The longest form of a person's name in the article ("Sabzwari" -> "Faisal Sabzwari")."""
    surname = _possessor(name.split()[-1].lower())
    # Only forms from running text, one person's name: a heading or a label line ("... for Kim
    # Clapper:") is often a crawl's run-together furniture; and a name someone speaks of, not the
    # writer's ("This is not Lady Thor," the writer of the comic says: the heroine is Thor).
    spans = [e for s in article.sentences if not s.heading and not s.text.rstrip().endswith(":")
             for e in _unquoted(s) if e.label in {"PERSON", "ORG", "GPE"} and is_name(e.text)
             and _possessor(e.text.split()[-1].lower()) == surname]
    # The tagger may call a person a place or a body ("Ueli Steck" a GPE): a name whose surname
    # speaks in the article ("Steck told Reuters") is a person's.
    person = any(e.label == "PERSON" for e in spans) or \
        any(len(e.text.split()) > 1 for e in spans) and _speaks(surname, article)
    forms = [e.text for e in spans if e.label == "PERSON" or person and len(e.text.split()) > 1]
    # A shorter form of a longer name is not another person ("Le Bras" of "Hervé Le Bras"), nor is
    # one a title opens ("Mr Carpentier" of "Professor Alain Carpentier").
    given = [TITLED.sub("", e.text).split() for e in spans if not any(o.text.endswith(" " + e.text) for o in spans)]
    firsts = {words[0] for words in given if len(words) > 1}
    if len(firsts) > 1:
        # Two people bear the surname ("Amber Pasztor", her son "Rene Pasztor"; the tagger may take
        # either for an organisation): which one is meant is not certain.
        forms = []
    best = max(forms, key=lambda f: (len(f.split()) <= 4, len(f)), default=name)
    return re.sub(r"['’]s$", "", best).lstrip("—–―- ")  # the tagger may take in a credit line's dash


def _unquoted(sentence: Sentence) -> list[Span]:
    """The sentence's entity mentions outside quotation marks."""
    quoted = quoted_spans(sentence.text)
    return [e for e in sentence.entities if not any(lo <= e.start < hi for lo, hi in quoted)]


def speaking_subject(token) -> bool:
    """Whether a token is the subject of a verb of saying ("Steck told Reuters")."""
    return token.dep_ in {"nsubj", "nsubjpass"} and token.head.lemma_.lower() in SPEECH_VERBS


def _speaks(surname: str, article: Article) -> bool:
    """Whether a word ``surname`` is the subject of a verb of saying in the article."""
    return any(t.lower_ == surname and speaking_subject(t)
               for s in article.sentences if s.doc is not None for t in s.doc)


def is_name(text: str) -> bool:
    """Whether a tagged span is one person's name: capitalised words (and particles such as "de",
    "bin"), not two people joined ("George and Marie") nor a list."""
    words = re.sub(r"['’]s$", "", text.strip("—–―- ")).split()
    return bool(words) and len(words) <= 5 and not re.search(r"[,&;/:]|\band\b", text) and \
        words[-1][:1].isupper() and all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words) and \
        all(re.fullmatch(r"[\w.'’-]*[\w.]", w) for w in words)  # no stray quotation mark ("Rushbo'")


def attributed(text: str, name: str) -> str | None:
    """A quotation with its speaker added after it: '"We will appeal."' -> '"We will appeal," Smith said.'"""
    end = re.search(r"([.!?])([”\"])\s*$", text)
    if not end or not re.match(r"^[\"“]", text):
        return None
    mark = "," if end.group(1) == "." else end.group(1)
    return f"{text[:end.start()]}{mark}{end.group(2)} {name} said."


def _uncontracted(rest: str) -> str | None:
    """What follows a pronoun once the name takes its place: a contraction written out ("He's
    believed" is "Smith is believed", never "Smith's believed"); None where it could be either
    ("He'd": had or would)."""
    contraction = re.match(r"['’](s|ll|d)\b", rest)
    if contraction is None:
        return rest
    after = rest[contraction.end():]
    if contraction.group(1) == "ll":
        return " will" + after
    if contraction.group(1) == "s":
        has = re.match(r"\s+(?:been|got|gotten|had)\b", after)  # "He's been", "He's got": has
        return (" has" if has else " is") + after
    return None


def short_name(name: str) -> str:
    """How a person named before is named again: the surname, with the generation that tells a
    father from his son ("Kunz Sr.", never "Sr.") and the particles before it ("del Toro" of Sergio
    Daniel Valencia del Toro, "de la Cruz", "Le Bras"; never "Toro"), not a given name's ("Al Gore")."""
    words = name.split()
    if len(words) > 2 and words[-1].rstrip(".") in {"Jr", "Sr", "II", "III", "IV"}:
        return " ".join(words[-2:])
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in NAME_PARTICLES:
        start -= 1
    return " ".join(words[start:])


def with_name(text: str, name: str, known: bool, after_opening: bool = False, reported_at: bool = False) -> str | None:
    """The sentence with its leading he/she (or pronoun speaker) replaced by the person's name;
    the surname alone when the summary has named them already. None when there is nothing to replace.
    ``after_opening``: the he/she to replace is the subject after an opening phrase and a comma;
    ``reported_at``: the he/she (his/her) right after a verb of saying or believing."""
    label = short_name(name) if known else name
    spans = quoted_spans(text)
    lead = re.match(r"^([\"'“‘]?\s*)(He|She|His|Her)\b", text)
    if lead and not any(a <= lead.start(2) < b for a, b in spans):
        word = lead.group(2)
        named = f"{label}'s" if word in {"His", "Her"} else label
        named = named[:1].upper() + named[1:]  # "Del Toro joined", opening the sentence
        rest = _uncontracted(text[lead.end(2):])
        return None if rest is None else text[:lead.start(2)] + named + rest
    # "After three combat tours in Afghanistan, he came home ...": the subject after an opening phrase
    after = re.match(r"^([^\"“”‘’']{3,120}?,\s+)(he|she)\s", text) if after_opening else None
    if after and not any(a <= after.start(2) < b for a, b in spans):
        return text[:after.start(2)] + label + text[after.end(2):]
    # "Police said he returned ...": the he/she (his/her) right after the verb that reports it
    reported = re.search(r"\b(?:said|say|says|believe|believes|believed|think|thinks|thought|suspect|suspects|"
                         r"suspected|allege|alleged|allegedly|reported|report|reports|confirmed|know|knew|fear|feared|"
                         r"estimated|told \w+)\s+(?:that\s+)?(he|she|his|her)\b", text) if reported_at else None
    if reported and not any(a <= reported.start(1) < b for a, b in spans):
        word = reported.group(1)
        named = f"{label}'s" if word in {"his", "her"} else label
        return text[:reported.start(1)] + named + text[reported.end(1):]
    verbs = r"said|says|told|added|explained|wrote|tweeted|asked|continued|recalled|noted|insisted|argued"
    for pattern, repl in ((rf"\b(he|she)\s+({verbs})\b", lambda m: f"{label} {m.group(2)}"),
                          (rf"\b({verbs})\s+(he|she)\b", lambda m: f"{m.group(1)} {label}")):
        for m in re.finditer(pattern, text):
            if not any(a <= m.start() < b for a, b in spans):  # a quotation is never rewritten
                return text[:m.start()] + repl(m) + text[m.end():]
    return None
