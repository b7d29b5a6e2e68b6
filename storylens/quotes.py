"""Quotes: direct quotations (partial ones included) and who said them.

Quotation marks are paired per paragraph by a small scanner that knows curly, straight and
typewriter (``''``) marks, and that a quotation left open at a paragraph's end goes on in the
next paragraph (the newswire convention). Titles of works (Title Case) and phrases of one or
two words are not quotations.

The speaker comes, in order, from:
1. the quotation's own sentences: the subject of a verb of saying outside quotation marks
   (the one nearest the quotation; one inside what another reports yields to it), "according
   to X", a clause ending in a colon;
2. the rest of its paragraph: another quotation's speaker, else the sentence that says who
   speaks (a paragraph quotes one voice);
3. the paragraph before, when this one opens with a quotation and names no one.
Pronouns go to the nearest earlier sentence's speaker or person of the right gender (learned
from the cluster's own Mr/Ms and he/she, "X said he ...", else from the given name when nearly
all its bearers are of one gender: ``resources/name-genders.tsv``), "it" to the nearest
organisation that is a subject,
"the statement" to whoever issued it, roles ("the spokesman") to the person named with that
title, then to the previous subject; "a police spokeswoman" stays as written. A quotation
whose speaker the text does not give has ``None``, never a pronoun. Names resolve to the
merged entity's fullest name, a surname several people share to the article's last full name.

A broadcast transcript quotes in labels, not marks: where two labels or more name people of the
cluster ("OPAL LEE: ...", "LEE:", "PRESIDENT OBAMA:"), each guest's turn is that person's quotation,
paragraph by paragraph, and a host's or reporter's turn ("MICHEL MARTIN, HOST:") is the report.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from itertools import groupby

from storylens.claims.base import text_after
from storylens.clean import QUOTE_MARK, SPEAKER_LABEL, label_name
from storylens.entities import (
    DESIGNATORS,
    HONORIFICS,
    PEOPLES_TITLES,
    PLACE_PREPOSITIONS,
    STREET_KINDS,
    canonical_lookup,
    clean_mention,
    key_of,
    name_gender,
)
from storylens.model import Article, Entity, Quote, Sentence, Span
from storylens.references import (
    ASIDE,
    CREDIT_DASH,
    CREDIT_WORDS,
    FEMALE,
    FEMALE_NOUNS,
    FINITE,
    MALE,
    MALE_NOUNS,
    PEOPLE_WORDS,
    PLACE_OR_TIME,
    credited,
    credited_after,
    credited_bare,
    full_name,
    photo_caption,
    quoted_spans,
    reads_as_title,
    relative_pronoun,
    spoken_tokens,
    title_case,
)

INTERVIEW_REACH = 6  # paragraphs back within which two of the writer's questions make an interview
ASKED_WORDS = 25  # a writer's question between two quotations of one person is short
ADDRESSED = re.compile(r"\b(?:you|your)\b", re.I)  # a sentence an interviewer puts to the person asked
UNNAMED = {"another", "one", "someone", "somebody", "anyone", "anybody"}  # a subject standing for someone unnamed
# A transcript's speaker label: "CHECKETT:", "SEN. JOHN SMITH:".
LABEL_BEFORE = re.compile(r"((?:[A-Z][A-Z.'’\-]+ )*[A-Z][A-Z'’\-]+):")
# The role in a label of the programme's own voice, whose turns are its report: "MICHEL MARTIN, HOST:"
NARRATOR = re.compile(r", (?:HOST|BYLINE|ANCHOR|CORRESPONDENT)\b")
NOT_A_VOICE = re.compile(r"\||\b\d{1,2}:\d{2}\b|https?:|www\.|:(?:\s|$)|"
                         r"(?:^|\s)(?:and|or|of|the|to|a|an|with|for|in|on|at|by)$|"
                         r"^(?:another|one|some|someone|somebody|anyone|anybody|others|many|several|most|few|both|all|each|none|"
                         r"no one|nobody|these|those|this|that)(?: else)?$|\b(?:above|below)\b|"
                         r"^['’]s\b", re.I)  # see _voice
SPEECH_VERBS = {
    "say", "tell", "add", "state", "claim", "insist", "announce", "write", "explain", "note", "ask", "deny",
    "confirm", "declare", "argue", "warn", "allege", "acknowledge", "admit", "recall", "reply", "respond",
    "continue", "suggest", "describe", "call", "post", "tweet", "testify", "stress", "report", "quote",
    "cry", "shout", "scream", "yell", "exclaim", "whisper", "plead", "predict", "conclude", "concede",
    "complain", "joke", "boast", "promise", "vow", "urge", "remark", "recount", "caution", "emphasize",
    "point", "observe", "mention", "inform", "request", "demand", "assert", "contend", "retort", "quip",
    "clarify", "mutter", "assure", "implore",
}
PRONOUNS = {"he", "she", "i", "we", "him", "her", "it", "they", "who", "you", "that", "this", "which"}
# Subjects of "said" that are not people: "the release said", "the report says".
NOT_PEOPLE = {
    "release", "statement", "report", "study", "document", "letter", "complaint", "police", "department",
    "agency", "company", "court", "ruling", "survey", "poll", "memo", "lawsuit", "suit", "filing", "website",
    "post", "tweet", "video", "paper", "newspaper", "magazine", "network", "group", "office", "government",
    "ministry", "team", "club", "official", "officials", "authority", "source", "record", "data", "notice",
    "sign", "message", "note", "email", "book", "article", "story", "site", "family", "campaign", "party",
    "television", "tv", "radio", "channel", "broadcaster", "media", "outlet", "observatory", "committee",
    "council", "commission", "army", "military", "force", "forces", "embassy", "couple", "service", "bureau",
    "administration", "institute", "board", "district", "corporation", "hospital", "city", "county", "page",
    "parliament", "legislature", "assembly", "cabinet", "congress", "senate", "panel", "jury", "tribunal",
    "prosecution", "tribe",
}
# Bodies a definite description names ("the company said"): the organisation named last.
BODIES = {"company", "firm", "agency", "organization", "organisation", "department", "club",
          "league", "federation", "association", "network", "university", "school", "foundation", "charity",
          "service", "bureau", "institute", "board", "tribe", "council"}
NOT_A_ROLE = NOT_PEOPLE | BODIES  # nouns that, as a subject of "said", name no person's role (_is_role)
PERSONS_OF_BODIES = {"official", "officials", "source"}  # of those, the ones a "he" may still stand for
COUNTED = {"two": 2, "three": 3}  # "the two Republicans said"
KIN = {"family", "parents", "relatives"}  # who speak for a person: "the family said"
KIN_NOUNS = {"mother", "father", "mom", "dad", "wife", "husband", "son", "daughter", "sister", "brother",
             "grandmother", "grandfather", "aunt", "uncle", "cousin", "niece", "nephew", "widow", "widower",
             "girlfriend", "boyfriend", "fiancee", "fiance"}  # a person known by a relation to another
ISSUING = {"issue", "release", "send", "post", "publish", "provide", "give", "sign", "put"}  # done to a document
SIGNING = {"signature", "sign", "write", "author", "from", "by"}  # the words that tie a document to its writer
TERM_NOUNS = {"phrase", "phrases", "term", "terms", "word", "expression", "nickname", "moniker", "hashtag", "slogan"}
RECORDING = {"record", "hear", "overhear", "catch", "film", "tape", "videotape", "see"}  # "was recorded saying"
GROUP_NOUNS = {"couple", "family", "group", "pair", "crowd", "team", "duo", "trio", "parents", "people"}
WRITING = {"write", "send", "post", "sign", "pen", "tweet", "issue", "author", "draft"}  # who makes a document
DOCUMENTS = {"statement", "release", "report", "letter", "memo", "filing", "complaint", "study", "notice", "email",
             "mail", "e-mail", "message", "tweet"}
# Words of organisations and places, which a name that speaks is then not a person's.
BODY_WORDS = {"inc", "corp", "county", "city", "state", "states", "university", "college", "church", "news",
              "times", "press", "association", "foundation", "institute", "union", "bank", "house", "center",
              "centre", "movement", "front"}
TITLE_ABBREVIATIONS = {"gen": "general", "lt": "lieutenant", "col": "colonel", "capt": "captain", "sgt": "sergeant",
                       "gov": "governor", "sen": "senator", "rep": "representative", "det": "detective",
                       "supt": "superintendent", "prof": "professor", "adm": "admiral", "maj": "major",
                       "cmdr": "commander", "insp": "inspector"}
MIN_QUOTE_WORDS = 3
# What stands right before the name of a work: a preposition or a possessive ("on NBC's "Meet the Press."").
NAMING_WORD = re.compile(r"(?:\b(?:on|in|of|from|at|to|for|by)|['’]s)$")
MOUTHPIECES = {"spokesperson", "spokesman", "spokeswoman", "representative", "rep", "official"}
# The press putting the questions: "The reporter clarified that ... the words “foul play suspected”" is
# no one the story quoted before (the police chief answering, in every blind reading since 8825).
QUESTIONERS = {"reporter", "interviewer", "journalist", "correspondent"}
ARTICLE_WORDS = {"the", "a", "an"}  # the parser may tag "the" before a quotation as a pronoun
LABEL_DETERMINERS = {"this", "that", "his", "her", "their", "its", "our"}  # only as determiners
PHRASE_WORDS = 8  # a quoted phrase without a verb up to this long is a label, not speech
SUBJECTS = {"nsubj", "nsubjpass"}
ECHO_WORDS = 5  # different words a quotation with no speaker needs to take the speaker of one repeating it
WHOLE_SENTENCE = 10**5  # characters: ranks "according to" after any verb of saying in a sentence read whole
# Verbs of saying written before their subject after a quotation ('"...," says Reilly'); not verbs
# whose object is the one told ("told NBC News").
INVERTING = {"say", "add", "write", "ask", "explain", "continue", "recall", "reply", "tweet", "note"}
NAMED = {"PERSON", "ORG", "GPE", "NORP"}
# Quotation marks: curly, straight, typewriter pairs, and the mojibake "�?" a curly closer becomes.
MARK = re.compile(r"``|''|“|”|„|«|»|\"|�\?")
OPENERS, CLOSERS = {"“", "„", "«", "``"}, {"”", "»", "''", "�?"}
LEFT_BOUND, RIGHT_BOUND = set(" \t\n([{—–-/"), set(" \t\n.,;:!?)]}—–-")
# A courtesy title and the name it comes before: "Mr. Trump", "Ms Bynoe" (genders in HONORIFICS)
COURTESY_NAME = re.compile(rf"\b({'|'.join(sorted((t.title() for t in HONORIFICS), key=len, reverse=True))})\.? "
                           r"([A-Z][\w'’-]+)")
WINDOW = 6  # sentences looked back for the person a pronoun or role stands for
CHAIN_REACH = 15  # sentences looked back along a chain of "he"s for the one man named (_sole_of_gender)
INTRODUCED = 8  # sentences looked back for "a friend" that a later "the friend" is
NEWCOMER_REACH = 12  # sentences of its paragraph looked back for the person a role's paragraph brings in


STREET_WORDS = frozenset(STREET_KINDS) | frozenset(STREET_KINDS.values())  # "St", "Street", "Ave", ...


@dataclass
class Cluster:
    """What the quotations of one cluster are resolved against."""

    canonical: dict[str, str]
    kinds: dict[str, str] = field(default_factory=dict)  # canonical name → majority entity label
    labels: dict[str, Counter] = field(default_factory=dict)  # canonical name → its mentions' labels
    genders: dict[str, str] = field(default_factory=dict)  # canonical person → "m" or "f"
    spoken: dict[tuple[str, int], str] = field(default_factory=dict)  # (article, sentence) → speaker
    # (article, sentence) of sentences a quotation runs through to a later one: the "she said" at
    # its end looks for its person before the quotation began, not in the quoted words.
    running: set[tuple[str, int]] = field(default_factory=set)
    # Read once, asked many times (:func:`_holder_in`, :func:`_sole_holder`): (article, sentence) →
    # title → the person that sentence names with it; (article, title) → (sentence, person) in order.
    titles: dict[tuple[str, int], dict[str, str]] = field(default_factory=dict)
    holders: dict[tuple[str, str], list[tuple[int, str]]] = field(default_factory=dict)
    # article → surname → the first sentence that names a person of it (:func:`_newcomer`)
    first_named: dict[str, dict[str, int]] = field(default_factory=dict)

    def name(self, text: str) -> str:
        return self.canonical.get(key_of(clean_mention(text)), clean_mention(text) or text)

    def kind(self, text: str, label: str) -> str:
        return self.kinds.get(self.name(text), label)

    def bearer(self, surname: str) -> str | None:
        """The one person of the cluster whose name ends in ``surname`` ("Cutter", which the tagger
        never tagged alone, is Stephanie Cutter); None when nobody or several do."""
        word = surname.lower()
        people = {name for name, kind in self.kinds.items()
                  if kind == "PERSON" and len(name.split()) > 1 and name.split()[-1].lower() == word}
        return people.pop() if len(people) == 1 else None

    def is_person(self, text: str, label: str, speaks: bool = False) -> bool:
        """A person by the cluster's majority; one that speaks or acts needs only to be tagged a
        person somewhere ("Scott told Rotten Tomatoes", where most "Scott"s were called an ORG)."""
        if self.kind(text, label) == "PERSON":
            return True
        return speaks and self.labels.get(self.name(text), Counter())["PERSON"] > 0


@dataclass
class Found:
    """One quotation in a paragraph: character span in the paragraph text, sentence positions."""

    start: int
    end: int
    first: int
    last: int
    closed: bool
    speaker: str | None = None
    asked: bool = False  # a question put to the one its sentence names ("Obama was asked: “...?”")
    # Its sentence gives it to a "he" or "she" no one named nearby is: another sentence's
    # attribution ("..., according to the story") is no speaker for it.
    unresolved: str | None = None  # "m" or "f" then
    carried: bool = False  # its speaker is the voice of the paragraph before, which a credit below overrides


def find_quotes(articles: list[Article], entities: list[Entity]) -> list[Quote]:
    """Every direct quotation of at least three words, with its speaker resolved against the
    cluster's merged ``entities``."""
    cluster = _cluster(articles, canonical_lookup(entities), {e.name: e.type for e in entities})
    quotes: list[Quote] = []
    for article in articles:
        previous: tuple[list[Sentence], list[Found]] | None = None
        read: list[tuple[list[Sentence], str, list[Found]]] = []
        turns = _turns(article, cluster)
        asked: list[int] = []  # the paragraphs that are the writer's questions (their positions)
        paragraphs = _paragraphs(article)
        for at, paragraph in enumerate(paragraphs):
            if any(turns.get(s.index) for s in paragraph):
                # a guest's turn in a transcript is the quotation, whatever marks it holds: '"...,"'
                # inside it are the guest's words about someone else's
                quotes += _turn_quotes(paragraph, turns, article, cluster)
                previous = (paragraph, [])
                continue
            text, starts = _joined(paragraph)
            found = _paragraph_quotes(article, paragraph, text, starts, cluster, previous)
            credit = _credit_line(paragraph)
            if credit and read:  # "— Claire Danes" under a quotation is its speaker's credit
                for q in read[-1][2]:
                    q.speaker = full_name(credit, article) if q.speaker is None or q.carried else q.speaker
            question = not found and _writers_question(paragraph)
            if question:
                asked.append(at)
            # In an interview, after two questions of the writer's, a short statement of the writer's
            # that an answer follows is a question too ("The Spirit owner said he didn't want Megan
            # hijacking the event ...", then the coach's answer): the answers stay the one person's.
            # Not one a question follows ("Reign Coach Laura Harvey also addressed the issue."): it
            # brings the next person asked.
            answered = at + 1 < len(paragraphs) and paragraphs[at + 1][0].text.lstrip()[:1] in "\"“"
            prompt = not found and answered and len([k for k in asked if at - k <= INTERVIEW_REACH]) >= 2 and \
                len(paragraph) == 1 and not QUOTE_MARK.search(paragraph[0].text)
            if found or not (question or prompt or _aside(paragraph)):
                # the writer's question ("And democracy?") and a bracketed link between a report's
                # paragraphs ("[Spirit doesn't give Rapinoe chance to kneel ...]") pass the voice on
                previous = (paragraph, found)
            read.append((paragraph, text, found))
        for paragraph, text, found in read:
            for q in found:
                quoted = text[q.start:q.end].strip(" ,")
                if _is_quotation(text[q.start:q.end].strip()):
                    speaker = None if _names_its_speaker(quoted, q.speaker, cluster) else _voice(q.speaker)
                    quotes.append(Quote(speaker=speaker, text=quoted, article=article.id,
                                        sentence=paragraph[q.first].index))
    return _echoed(quotes)


def _turns(article: Article, cluster: Cluster) -> dict[int, str | None]:
    """A transcript's turns: sentence index → the person whose labelled turn it is in ("OPAL LEE: I
    kept telling family ...", or "LEE:" and the sentences up to the next label), None in a turn of
    the programme's own voice (its host's or reporter's: "MICHEL MARTIN, HOST:") or under a label
    that names no one. Empty unless two labels or more name people of the cluster: a page whose
    lines open on "EXCLUSIVE:" or "RELATED:" is no transcript."""
    labelled = {s.index: m for s in article.sentences if (m := SPEAKER_LABEL.match(s.text))}
    voices = {i: _label_person(m.group(0), cluster) for i, m in labelled.items()}
    if sum(v is not None for v in voices.values()) < 2:
        return {}
    narrators = {voices[i] for i, m in labelled.items() if NARRATOR.search(m.group(0))}
    turns: dict[int, str | None] = {}
    voice: str | None = None
    for sentence in article.sentences[min(labelled):]:
        if sentence.index in labelled:
            voice = voices[sentence.index] if voices[sentence.index] not in narrators else None
        turns[sentence.index] = voice
    return turns


def _label_person(label: str, cluster: Cluster) -> str | None:
    """The person a transcript's label names ("PRESIDENT OBAMA:", "REP. SUSAN BROOKS (R-IN):",
    "LEE:" for the one Lee of the cluster), written as in running text; None for a heading."""
    words = label_name(label).title().split()
    name = cluster.name(" ".join(words))
    if len(words) == 1 or cluster.kinds.get(name) != "PERSON":
        name = cluster.bearer(words[-1]) or name
    if cluster.kinds.get(name) != "PERSON":
        return None
    return name.title() if name.isupper() else name


def _turn_quotes(paragraph: list[Sentence], turns: dict[int, str | None], article: Article,
                 cluster: Cluster) -> list[Quote]:
    """The words of each guest's turn in a paragraph of a transcript, without the label."""
    quotes = []
    for speaker, run in groupby(paragraph, key=lambda s: turns.get(s.index)):
        texts = [(s.index, SPEAKER_LABEL.sub("", s.text).strip()) for s in run]
        texts = [(i, t) for i, t in texts if t]
        said = " ".join(t for _, t in texts)
        if speaker is None or len(said.split()) < 3:
            continue
        quotes.append(Quote(speaker=speaker, text=said, article=article.id, sentence=texts[0][0]))
        cluster.spoken.update(((article.id, i), speaker) for i, _ in texts)
    return quotes


def shown(quotes: list[Quote]) -> list[Quote]:
    """The quotations a reader is shown: a partial quotation (opening in lower case) needs its
    teller to mean anything, so one with no speaker is left to its sentence. Blind readers found
    such spans mostly not speech at all — a charge's name ("insulting a public official"), a scare
    quote ("do not disturb."), a phrase of a law or a filing — and whole quoted sentences with no
    speaker still show, as speech whose speaker the articles do not make plain."""
    return [q for q in quotes if q.speaker or not q.text.lstrip(" \"“‘'([….")[:1].islower()]


# A quotation inside a quotation, in single marks: "He said, 'Barry Jenkins has to see it.'" A mark
# after a letter is an apostrophe ("Serna's").
INNER_QUOTATION = re.compile(r"(?<!\w)['‘][^'’]{3,}?['’](?!\w)")
NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
TAG_VERB = re.compile(r"(?:said|says|told|tells|wrote|writes|added|adds|asked|asks|explained|noted|stated)\b")
TAG_AFTER = re.compile(r"[ ,]*" + TAG_VERB.pattern)
NAME_WORD = re.compile(r"[A-Z][\w'’.-]*|(?:al|bin|de|van|von|da|le|la|del|della|di)")


EDITORIAL = re.compile(r"\[[^\]]*\]")  # words an editor put into a quotation, in square brackets


def _names_its_speaker(quoted: str, speaker: str | None, cluster: Cluster) -> bool:
    """Whether a quotation given to a person names that person as only someone else would: by
    surname alone or after a title ("Olivera said that with Serna's PTSD, he worried ...", the
    reporter's words after a stray quotation mark, given to Serna; a book's blurb, "Senator Kirsten
    Gillibrand gives a voice to ...", given to Gillibrand). Not another person of the surname
    ("Fatima Johnson, may u Rest In Peace"), nor the name in a quotation the speaker quotes."""
    if speaker is None or cluster.kinds.get(speaker) != "PERSON" or len(speaker.split()) < 2:
        return False
    words = [w for w in speaker.split() if key_of(w) not in NAME_SUFFIXES]
    if len(words) < 2:
        return False
    *given, surname = words
    # (nor a name the editor put in brackets: "[and you had a Carpentier artificial heart]")
    plain = EDITORIAL.sub(" ", INNER_QUOTATION.sub(" ", quoted))
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w-])", plain):
        before = plain[max(m.start() - 80, 0):m.start()].split()  # a name's few words: linear in the quotation
        run: list[str] = []
        while before and NAME_WORD.fullmatch(before[-1].strip(",;:(\"“")) and before[-1][-1:].isalnum():
            run.insert(0, before.pop())
        if TAG_VERB.fullmatch(before[-1] if before else "") or TAG_AFTER.match(plain, m.end()):
            continue  # a tag the quotation ran on into ("..., said Cordell."; "Piatt wrote in a statement")
        run = [w for w in run if key_of(w) not in PEOPLES_TITLES]
        if not run or run == given[-len(run):]:
            return True
    return False


def _echoed(quotes: list[Quote]) -> list[Quote]:
    """A quotation with no speaker whose words (:data:`ECHO_WORDS` different ones or more) another
    quotation of the cluster holds word for word takes that one's speaker, when all such give one:
    a page's opening pull quote ('"I'm as shocked as you people."', given whole later as Jon
    Cryer's), lines of a recorded call another outlet prints with the caller's name."""
    speakers: dict[str, set[str]] = defaultdict(set)  # an attributed quotation's words → who said them
    for q in quotes:
        if q.speaker:
            speakers[_plain(q.text)].add(q.speaker)
    # Every run of ECHO_WORDS words of the attributed quotations → the quotations holding it: a
    # quotation is looked for only where its rarest run stands, never against all of them (a page of
    # thousands of quotations stays linear).
    holding: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for text in speakers:
        words = text.split()
        for run in dict.fromkeys(tuple(words[k:k + ECHO_WORDS]) for k in range(len(words) - ECHO_WORDS + 1)):
            holding[run].append(text)
    voices_of: dict[str, str | None] = {}
    for q in quotes:
        words = _plain(q.text)
        if q.speaker or len(set(words.split())) < ECHO_WORDS:  # not a chant ("Oh, my God, oh, my God.")
            continue
        if words not in voices_of:
            voices_of[words] = _echo_voice(words, holding, speakers)
        q.speaker = voices_of[words]
    return quotes


def _echo_voice(words: str, holding: dict[tuple[str, ...], list[str]], speakers: dict[str, set[str]]) -> str | None:
    """The one speaker of the attributed quotations that hold ``words`` word for word, or None."""
    split = words.split()
    runs = [tuple(split[k:k + ECHO_WORDS]) for k in range(len(split) - ECHO_WORDS + 1)]
    rarest = min(runs, key=lambda run: len(holding.get(run, ())))
    voices: set[str] = set()
    for text in holding.get(rarest, ()):
        if f" {words} " in f" {text} ":
            voices |= speakers[text]
            if len(voices) > 1:
                return None
    return voices.pop() if voices else None


def _voice(speaker: str | None) -> str | None:
    """The speaker as found, or None when it is page layout or a broken span rather than a name or
    a description: a video's caption with its running time ("Atlanta snow | 1:13"), a link, a
    label run into the sentence ("Report from @JeffreyLAT backstage: Mid @LaLaLand acceptance"), words
    cut off after a conjunction or preposition ("On Saturday, a group and") or before a possessive
    ("’s Alpha"), a determiner standing for someone the text does not name ("Another hoped ...:
    '...'", "Some wrote", "These"), no one at all ("no one is saying they 'put somebody else's arm'"), or
    the page pointing at itself ("the above post")."""
    return None if speaker is None or NOT_A_VOICE.search(speaker.strip()) else speaker


def speakers_by_sentence(quotes: list[Quote], articles: list[Article]) -> dict[tuple[str, int], str | None]:
    """(article, sentence) → the speaker of the quotation it opens or goes on with: a quotation
    running over sentences ('"... all softballs. Every ball was a softball," he said') is one
    speaker's in every sentence it spans, not only in its first. Each sentence's opening is looked
    for after the one before it, so on a page of sentences that all open alike a quotation ends
    where its words do, not at the end of the page."""
    by_id = {a.id: a for a in articles}
    found: dict[tuple[str, int], str | None] = {}
    for q in quotes:
        found[(q.article, q.sentence)] = q.speaker
        quoted, start = _plain(q.text), 1  # the quotation opens in its own sentence, not the next
        for sentence in by_id[q.article].sentences[q.sentence + 1:]:
            opening = " ".join(_plain(sentence.text).split()[:5])
            at = quoted.find(opening, start)
            if opening.count(" ") < 2 or at < 0:
                break
            start = at + len(opening)
            found.setdefault((q.article, sentence.index), q.speaker)
    return found


def _plain(text: str) -> str:
    """Words only, for finding a sentence inside a quotation whatever its marks and spaces."""
    return " ".join(re.findall(r"\w+", text.lower()))


def _credit_line(paragraph: list[Sentence]) -> str | None:
    """The person a paragraph that is only a credit line ("— Claire Danes") names."""
    return credited(paragraph[0]) if len(paragraph) == 1 else None


def _paragraphs(article: Article) -> list[list[Sentence]]:
    groups: list[list[Sentence]] = []
    for sentence in article.sentences:
        if groups and groups[-1][-1].paragraph == sentence.paragraph:
            groups[-1].append(sentence)
        else:
            groups.append([sentence])
    return groups


def _joined(sentences: list[Sentence]) -> tuple[str, list[int]]:
    text, starts = "", []
    for s in sentences:
        starts.append(len(text))
        text += s.text + " "
    return text, starts


def quotation_spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of each quoted stretch of ``text``; an unclosed one runs to the end."""
    spans: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    for m in MARK.finditer(text):
        if _opens(text, m, open_at is not None):
            if open_at is not None:  # a new opening mark: the earlier quotation ended, unmarked
                ends = [e.end() for e in re.finditer(r"[.!?](?=\s)", text[open_at:m.start()])]
                spans.append((open_at, open_at + ends[-1] if ends else m.start(), False))
            open_at = m.end()
        elif open_at is not None:
            spans.append((open_at, m.start(), True))
            open_at = None
    if open_at is not None:
        spans.append((open_at, len(text.rstrip()), False))
    return spans


def _opens(text: str, m: re.Match, inside: bool) -> bool:
    mark = m.group()
    if mark in OPENERS or mark in CLOSERS:
        return mark in OPENERS
    left = m.start() == 0 or text[m.start() - 1] in LEFT_BOUND
    right = m.end() >= len(text) or text[m.end()] in RIGHT_BOUND
    if left != right:
        return left
    return not inside


def _is_quotation(quoted: str) -> bool:
    """Not a scare quote of a word or two, nor the title of a work ("Keeping Up with the Kardashians")."""
    words = quoted.split()
    if len(words) < MIN_QUOTE_WORDS:
        return False
    return not (title_case(quoted) and not re.search(r"[.!?,]\W*$", quoted))


def _named_work(text: str, start: int, end: int) -> bool:
    """A span written as a title right after a preposition or a possessive — a show, a book, a
    programme named where someone spoke ('Graham said on "Fox News Sunday."', 'on NBC's "Meet the
    Press."'): its name, whatever stop the American style puts inside the closing mark."""
    before = text[:start].rstrip(" \"“'‘")
    return title_case(text[start:end].strip()) and bool(NAMING_WORD.search(before))


def _title_with_stop(text: str, start: int, end: int) -> bool:
    """A title with the full stop American style puts inside its closing mark ('the film "Harry
    Potter and the Deathly Hallows: Part 2."', 'his book "Dog Whistle Politics."'). Title-cased
    speech comes after a colon ('said: "We Will Not Back Down."') or holds a comma ('"Game on,
    Tiny."')."""
    quoted = text[start:end].strip()
    return title_case(quoted) and quoted.endswith(".") and "," not in quoted and \
        not text[:start].rstrip(" \"“'‘").endswith(":")


def _phrase_quoted(sentence: Sentence, quoted: str, at: int) -> bool:
    """A short phrase quoted inside a sentence — no verb but a gerund naming an act, opening in lower
    case, not after a colon, under no verb of saying: the words of a law ("listed as "in danger of
    extinction""), a label ("hired a "top divorce lawyer""), which no one is said to speak. A partial
    quotation with a verb ("said the deal "will never happen"") or one someone says or calls
    ("called it "a tool of evil"") is still speech."""
    words = quoted.split()
    if not words or len(words) > PHRASE_WORDS:
        return False
    if _after_colon(sentence, at) or sentence.doc is None:
        return False
    base = sentence.doc.start_char
    inside = [t for t in sentence.doc if at <= t.idx - base < at + len(quoted)]
    if inside and _attributive(sentence.doc, inside):
        return True  # whatever its case: 'a “Report a problem” link', 'a “People also search for” area'
    if not words[0][:1].islower():
        return False
    # A verb in an infinitive on a quoted noun is the noun's ("diagnosed as "failure to thrive"").
    verbs = [t for t in inside if t.pos_ in {"VERB", "AUX"} and not _noun_infinitive(t, inside)]
    if not inside or verbs and not _named_act(inside[0], verbs):
        return False
    # Called, described or said to be so ("Suga called the launch "extremely provocative"") is speech.
    return not any(_spoken_by(t) for t in inside if t.head not in inside)


def _term_quoted(sentence: Sentence, at: int) -> bool:
    """Whether the quotation at ``at`` follows a noun for words themselves ("the phrase", "the
    term", "the word"): the words are named, not said by anyone. Not when someone utters or uses
    them ('James, who uttered the phrase, "I'm going to take my talents to South Beach"')."""
    last = _word_before(sentence, at)
    if last is None or last.lower_ not in TERM_NOUNS:
        return False
    return last.head.lemma_.lower() not in SPEECH_VERBS | {"utter", "use", "coin", "repeat", "chant", "shout"}


def _word_before(sentence: Sentence, at: int):
    """The last word (not punctuation) before character ``at`` of the sentence, or None."""
    if sentence.doc is None:
        return None
    base = sentence.doc.start_char
    return next((t for t in reversed(sentence.doc) if t.idx - base < at and not t.is_punct), None)


def _named_by_noun(sentence: Sentence, quoted: str, at: int) -> bool:
    """A title-cased span right after a noun or an adjective it names, whatever stop or comma the
    American style puts inside its closing mark: 'her 2003 book "Greek Fire, Poison, Arrows and
    Scorpion Bombs."', 'the diss track "Separated (Real From the Fake),"', 'the equally brutal "Drop a
    Gem on 'Em,"'. Not after a document's noun ('in a statement, "We Are Deeply Saddened."'), whose
    words are someone's, a verb ('emphasizes, "This is not She-Thor."') or a colon."""
    bare = quoted.strip(" \"“”'‘’")
    if sentence.doc is None or bare.endswith(("!", "?")) or not title_case(bare.rstrip(",.")):
        return False  # "!" or "?" is speech, a tweet in capitals ('declaring, in all caps, "...!"')
    if _after_colon(sentence, at):
        return False  # after a colon: words someone wrote or says ('boasts on its website: "..."')
    last = _word_before(sentence, at)
    return last is not None and last.pos_ in {"NOUN", "ADJ"} and last.text.islower() and \
        last.lemma_.lower() not in DOCUMENTS


def _after_colon(sentence: Sentence, at: int) -> bool:
    """Whether the quotation opening at character ``at`` of the sentence comes right after a colon."""
    return sentence.text[:max(at - 1, 0)].rstrip(" \"“'`").endswith(":")


def _attributive(doc, inside: list) -> bool:
    """Quoted words between a determiner and a noun, naming the thing the noun says ('fulfilling
    the "you never loved me or her or anyone" portion of the lyrics', 'his "we will win" line'):
    a label, whatever verb it holds."""
    before = next((t for t in reversed(doc[:inside[0].i - doc.start]) if not t.is_punct), None)
    after = next((t for t in doc[inside[-1].i + 1 - doc.start:] if not t.is_punct), None)
    determiner = before is not None and (before.lower_ in ARTICLE_WORDS or
                                         before.lower_ in LABEL_DETERMINERS and before.tag_ in ("DT", "PRP$"))
    return determiner and after is not None and after.pos_ == "NOUN" and after.text.islower()


def _noun_infinitive(verb, inside: list) -> bool:
    """ "to thrive" of "failure to thrive": an infinitive that completes the noun a quotation opens on
    (not the "in order to embarrass" of a partial quotation)."""
    first = next((t for t in inside if not t.is_punct), None)
    return verb.dep_ == "acl" and verb.tag_ == "VB" and first is not None and first.pos_ == "NOUN" and \
        verb.head.i == first.i and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)


def _named_act(first, verbs: list) -> bool:
    """A quoted gerund phrase standing as a noun — the name of a charge or an act ("a sentence for
    "insulting a public official"", "two charges of "destroying public property"") —, not a
    partial quotation that goes on the sentence's clause ("he was "going to win"")."""
    return first.tag_ == "VBG" and first.dep_ in {"pcomp", "pobj", "compound", "amod", "nmod"} and \
        all(v.tag_ == "VBG" for v in verbs)


def _spoken_by(token) -> bool:
    """Whether the nearest verb above ``token`` is a verb of saying."""
    verb = next((a for a in token.ancestors if a.pos_ == "VERB"), None)
    return verb is not None and verb.lemma_.lower() in SPEECH_VERBS


def _unspoken_title(quoted: str, speaker: str | None) -> bool:
    """A span written as a title ('appeared on "Good Morning America," where ...') that no one is
    said to have said, or that a document "says" (a report, "Remarriage in the United States,"
    found ...: its title)."""
    words = (speaker or "").lower().split()
    document = bool(words) and words[-1] in DOCUMENTS | {"survey"}
    return (speaker is None or document) and reads_as_title(quoted)


def _paragraph_quotes(article: Article, sentences: list[Sentence], text: str, starts: list[int],
                      cluster: Cluster, previous: tuple[list[Sentence], list[Found]] | None) -> list[Found]:
    spans = quotation_spans(text)
    found = []
    for start, end, closed in spans:
        if not _is_quotation(text[start:end].strip()) or _named_work(text, start, end) or \
                _title_with_stop(text, start, end):
            continue  # a title or a scare quote: it lends no speaker to the quotations around it
        first = max(i for i, st in enumerate(starts) if st <= start)
        last = max(i for i, st in enumerate(starts) if st <= max(end - 1, start))
        if _phrase_quoted(sentences[first], text[start:end], start - starts[first]):
            continue  # "listed as "in danger of extinction"": words of a law or a label, not speech
        if _named_by_noun(sentences[first], text[start:end], start - starts[first]):
            continue  # 'her 2003 book "Greek Fire, Poison, Arrows and Scorpion Bombs."': its title
        if _term_quoted(sentences[first], start - starts[first]):
            continue  # 'prohibits the phrase "Polish death camp"': words spoken of, not spoken
        found.append(Found(start, end, first, last, closed))
    for q in found:
        cluster.running.update((article.id, sentences[i].index) for i in range(q.first, q.last))
    for q in found:
        q.speaker = _own_speaker(article, sentences, starts, spans, q, cluster)
        # The credit after its mark: '“...”—Billie Jean King'; a review's, with no dash, after a quotation
        # that is its whole sentence: '"... heavy on sexual allure." Independent'.
        last, end = sentences[q.last], q.end - starts[q.last]
        if q.speaker is None and q.closed and (credit := credited_after(last, end) or (
                q.first == q.last and credited_bare(last, q.start - starts[q.last], end))):
            q.speaker = full_name(credit, article)
        q.asked = q.speaker is None and _put_to(sentences[q.first], q.start - starts[q.first])
        # 'with one banner reading: "..."': words on a sign, which no voice of the paragraph says
        q.asked = q.asked or q.speaker is None and _sign_reads(sentences[q.first].text[:q.start - starts[q.first]])
        if q.speaker:
            cluster.spoken[(article.id, sentences[q.last].index)] = q.speaker
    # A credit line that ends the paragraph ('“...” — Eric Stonestreet, on bringing his trophy back')
    # names the speaker of the quotations above it there, before any other voice of the paragraph.
    credit = credited(sentences[-1]) if len(sentences) > 1 else None
    for q in found:
        if credit and q.speaker is None and q.last < len(sentences) - 1:
            q.speaker = full_name(credit, article)
    # A title its own sentence does not attribute is no quotation, and lends no voice to others.
    found = [q for q in found if not _unspoken_title(text[q.start:q.end].strip(), q.speaker)]
    # A paragraph quotes one voice: a quotation without its own attribution takes the nearest
    # one's, else that of the nearest sentence of the paragraph that says who speaks
    # ("“It's crazy,” Angela told Metro. “I only can remember ...”"; "He added that ...").
    # A paragraph that opens on a quotation goes on with the one that ended the paragraph before
    # ('..., said Marwan Bishara.' / '“We've heard even a NATO spokesman ...” Deep cracks were
    # showing ...'): that voice, unless the sentence right after the quotation names another.
    opens = bool(found) and not text[:found[0].start].strip(" \"“'`")
    # A paragraph that ends on a credit line goes on with no voice from before it, even when the
    # credit's name is not read ("— Dr. Oz The Good Life").
    credits = len(sentences) > 1 and re.match(rf"^\s*{CREDIT_DASH}\s*[A-Z]", sentences[-1].text) is not None and \
        len(sentences[-1].text.split()) <= CREDIT_WORDS
    continued = _continued(previous) if opens and not credits else None
    for i, q in enumerate(found):
        if q.speaker is None and not q.asked:  # a question put to someone is not the voice answering
            # The voices before it first, then those after: '"What, what?" she says. "It has
            # happened before." Her co-presenter Bardem laughs. "That was a moment," he says.'
            reach = q.last + 1 if continued else len(sentences)
            before = [o.speaker for o in found[:i][::-1] if o.speaker]
            after = [o.speaker for o in found[i + 1:] if o.speaker and o.first <= reach]
            voice = partial(_paragraph_voice, article, sentences, starts, spans, q, cluster)
            if q.unresolved:  # a "he" no one named nearby is: a voice of the paragraph that is a person
                voice = partial(_person_voice, voice, gender=q.unresolved, cluster=cluster)
            q.speaker = next(iter(before), None) or voice(q.first - 1) or next(iter(after), None) or voice(reach)
            if q.speaker is None and continued:
                q.speaker, q.carried = continued, True
    # Not for a "she" no one named nearby is when a "she" speaks in the paragraph before too ("...,
    # she said he always called from a private number."): it names someone else.
    if opens and not credits and not any(q.speaker for q in found) and not _pronoun_goes_on(found, previous):
        carried = _carried(article, sentences[0], previous, cluster)
        for q in found:
            q.speaker, q.carried = carried, True
    elif found and not any(q.speaker for q in found):
        # "Emma Stone arrived at the premiere. “I am so happy to be here.”": a quotation that opens
        # its sentence in a paragraph that names no speaker is the voice of the sentence before it.
        q = found[0]
        end = starts[q.last + 1] if q.last + 1 < len(starts) else len(text)
        outside = text[starts[q.first]:q.start] + text[q.end:end]
        if q.first > 0 and not re.search(r"\w", outside):  # the whole sentence is quoted
            voice = _carried(article, sentences[q.first], (sentences[:q.first], []), cluster)
            for other in found:
                other.speaker = voice
    for q in found:
        if q.speaker:
            cluster.spoken.setdefault((article.id, sentences[q.last].index), q.speaker)
    return found


def _paragraph_voice(article: Article, sentences: list[Sentence], starts: list[int],
                     spans: list[tuple[int, int, bool]], q: Found, cluster: Cluster,
                     reach: int | None = None) -> str | None:
    """The speaker the nearest other sentence of the paragraph names, up to sentence ``reach``."""
    last = len(sentences) - 1 if reach is None else min(reach, len(sentences) - 1)
    order = sorted((i for i in range(last + 1) if i not in (q.first, q.last)),
                   key=lambda i: (i > q.last, abs(i - q.first)))
    for i in order:
        inside = [(s - starts[i] - 1, e - starts[i] + 1) for s, e, _ in spans]
        end = len(sentences[i].text) if i < q.first else 0  # "Newt Gingrich was pedantic:" before it
        found = _attributed(sentences[i], inside, (end, end))
        if found:
            return _resolve(found[0], found[1], article, sentences[i], cluster)
    return None


def _pronoun_goes_on(found: list[Found], previous: tuple[list[Sentence], list[Found]] | None) -> bool:
    """Whether the quotations are given to a "he" or "she" no one named nearby is, and the last
    sentence of the paragraph before has that pronoun speak too: the one unnamed voice goes on."""
    genders = {q.unresolved for q in found if q.unresolved}
    return previous is not None and len(genders) == 1 and _pronoun_says(previous[0][-1], genders.pop())


def _person_voice(voice: Callable[[int], str | None], reach: int, gender: str, cluster: Cluster) -> str | None:
    """The paragraph's voice up to sentence ``reach`` unless it is a thing or a body, which no "he"
    stands for ("the story" of "according to the story"), or a person of the other gender ("she
    recalls him saying": not she)."""
    name = voice(reach)
    if name is None:
        return None
    thing = name[:1].islower() and name.split()[-1].lower() in NOT_A_ROLE - PERSONS_OF_BODIES
    known = cluster.genders.get(name) or _phrase_gender(name)
    return None if thing or known not in {None, gender} else name


def _carried(article: Article, first: Sentence, previous: tuple[list[Sentence], list[Found]] | None,
             cluster: Cluster) -> str | None:
    """A paragraph that opens with a quotation and names no one: the voice of the paragraph before
    — its last quotation's, its colon's, the speaker its last sentence reports, or that
    sentence's subject."""
    if previous is None or _credit_line(previous[0]):
        return None  # a credit line names the speaker of the quotation above it, not below
    sentences = previous[0]
    continued = _continued(previous)
    if continued:
        return continued
    last = sentences[-1]
    if last.text.rstrip().endswith(":"):
        if _introduces_a_list(last) and not _finite(first):
            return None  # a list's item named in quotation marks, not words anyone says
        # "She shared part of an email Sollecito had written to her:": the email's writer, not she.
        written = _document_writer(list(last.doc)) if last.doc is not None else None
        said = _resolve(_phrase(written), written, article, last, cluster) if written is not None else \
            _subject_speaker(last, [], cluster, article)
        if said:
            return said
    # "Sheriff Marcus Gatton told reporters that ..." / "“I'm sure we will be visiting her again.”"
    # "Michelle Troye ... was convinced ...": a person the last sentence is about, as its subject.
    found = _attributed(last, [], (0, 0))
    if found:
        return _resolve(found[0], found[1], article, last, cluster)
    subject = next((c for c in last.doc.root.children if c.dep_ in SUBJECTS), None) if last.doc is not None else None
    if subject is not None and subject.lower_ in MALE | FEMALE:  # "She was convinced that ..."
        return _resolve(subject.text, subject, article, last, cluster)
    person = next((name for name, subject in _people(last, cluster) if subject), None)
    if person is None and len(sentences) > 1 and last.doc is not None and \
            not any(c.dep_ in SUBJECTS and c.pos_ in {"PROPN", "PRON"} for c in last.doc.root.children):
        # "Megan Rapinoe responded to the Spirit's decision ... The unannounced change prevented her
        # from kneeling ..." then an interview's answers: the person the paragraph reports speaking,
        # when its last sentence names no one of its own
        found = next((f for s in reversed(sentences[:-1]) if (f := _attributed(s, [], (0, 0)))), None)
        if found and found[1].ent_type_ == "PERSON":
            return cluster.name(found[0])
    return person


def _introduces_a_list(sentence: Sentence) -> bool:
    """Whether a sentence ending on a colon may announce items rather than words: a verb other than
    one of saying whose object is counted or "the following" ("The Report on Carcinogens identifies
    2 groups of agents:", then the quoted names of the groups, which no one says; reading 8711)."""
    root = sentence.doc.root if sentence.doc is not None else None
    if root is None or root.lemma_.lower() in SPEECH_VERBS:
        return False
    return any(c.dep_ == "dobj" and (c.lower_ == "following" or any(g.dep_ == "nummod" for g in c.children))
               for c in root.children)


def _finite(sentence: Sentence) -> bool:
    """Whether a sentence has a verb with a tense ("are everywhere"), not only a participle or an
    infinitive ("Known to be human carcinogens")."""
    return sentence.doc is not None and any(t.tag_ in FINITE for t in sentence.doc)


def _writers_question(paragraph: list[Sentence]) -> bool:
    """Whether a paragraph is the writer's short question to the person quoted before, answered by
    the quotation after it ("And democracy?" / "“Well, Qatar is already a very open society.”"),
    also after a sentence put to that person ("You will play the Spirit again in four days in
    Seattle. What are you expecting?")."""
    text = " ".join(s.text.strip() for s in paragraph)
    put = len(paragraph) == 1 or len(paragraph) == 2 and ADDRESSED.search(paragraph[0].text) is not None
    return put and text.endswith("?") and len(text.split()) <= ASKED_WORDS and not QUOTE_MARK.search(text)


def _aside(paragraph: list[Sentence]) -> bool:
    """Whether a paragraph is only an aside in brackets: a link to another story, an editor's note."""
    return ASIDE.match(" ".join(s.text for s in paragraph)) is not None


def _continued(previous: tuple[list[Sentence], list[Found]] | None) -> str | None:
    """The speaker of the quotation that ends the paragraph before, when one does."""
    if previous is None or _credit_line(previous[0]):
        return None
    sentences, found = previous
    if found and found[-1].speaker and found[-1].last == len(sentences) - 1:
        return found[-1].speaker
    return None


def _own_speaker(article: Article, sentences: list[Sentence], starts: list[int],
                 spans: list[tuple[int, int, bool]], q: Found, cluster: Cluster) -> str | None:
    """The speaker the quotation's own sentences name (last sentence first: "..., X said."), else
    the person a transcript's label before it names ('CHECKETT: "So whether it was a tweet ..."')."""
    label = _labelled(sentences[q.first].text[:q.start - starts[q.first]], cluster)
    if label is not None:
        return _fuller(label, article, sentences[q.first], cluster) if len(label.split()) == 1 else label
    for i in dict.fromkeys([q.last, q.first]):
        sentence, offset = sentences[i], starts[i]
        inside = [(s - offset - 1, e - offset + 1) for s, e, _ in spans]
        near = (q.start - offset, q.end - offset)
        found = _attributed(sentence, inside, near)
        if found:
            speaker = _resolve(found[0], found[1], article, sentence, cluster)
            if speaker is None and found[1].lower_ in MALE | FEMALE:
                q.unresolved = "m" if found[1].lower_ in MALE else "f"
            return speaker
    return None


def _labelled(before: str, cluster: Cluster) -> str | None:
    """The person a transcript's speaker label names when it is all that stands before the
    quotation in its sentence ('CHECKETT: "..."'): a person of the cluster, not a heading ("UPDATE:")."""
    label = LABEL_BEFORE.fullmatch(before.strip().rstrip("\"“‘'").strip())
    if label is None:
        return None
    name = cluster.name(label.group(1).title())
    return name if cluster.kinds.get(name) == "PERSON" else None


def _attributed(sentence: Sentence, inside: list[tuple[int, int]], near: tuple[int, int], asserted: bool = False):
    """(phrase, token) of who a sentence says is speaking, outside the quoted stretches. With
    ``asserted``, who asserts the whole sentence: not the speaker of a relative clause ("Area 51, the
    base 90 miles north of Las Vegas that the government once denied even existed": the government
    denies the base, it does not give the distance)."""
    span = sentence.doc
    if span is None:
        return None
    base = span.start_char

    def outside(tok) -> bool:
        pos = tok.idx - base
        return not any(lo <= pos < hi for lo, hi in inside)

    def distance(tok) -> int:
        pos = tok.idx - base
        return 0 if near[0] <= pos < near[1] else min(abs(pos - near[0]), abs(pos - near[1]))

    def here(tok) -> bool:
        """Outside the quotation whose speaker is sought."""
        return not near[0] <= tok.idx - base < near[1]

    whole = near == (0, 0)
    after_colon = not whole and sentence.text[:near[0]].rstrip(" \"“'`").endswith(":")
    options = []
    verbs: list = []  # the verbs of saying read so far
    for tok in span:
        if not outside(tok):
            continue
        if tok.lower_ == "according":
            source = next((c for c in tok.children if c.lower_ == "to"), None)
            targets = [c for c in source.children if c.dep_ == "pobj"] if source is not None else []
            target = targets[-1] if targets else None  # "an e - mail", parsed as three objects
            if target is not None:  # "according to an e-mail from Edward Conard": its writer
                # Read for the whole sentence, "According to a transcript, Dunn told his fiancée
                # that ..." gives Dunn's words: a verb of saying's subject comes first.
                options.append((distance(tok) + (WHOLE_SENTENCE if whole else 0), _source(target)))
        elif tok.lemma_.lower() in SPEECH_VERBS and tok.pos_ in {"VERB", "AUX"} and \
                not any(c.dep_ == "xcomp" and c.tag_ == "VB" and outside(c) for c in tok.children) and \
                not _recalls_saying(tok, outside) and not _revealing(tok) and \
                not _denied_saying(tok) and not (after_colon and _when_clause(tok)) and \
                not (asserted and tok.dep_ == "relcl"):
            # not "continues to climb"; a verb the parser hung inside a quotation ('... with the
            # words, "Let's roll."') is none of the speech verb's
            subject = _subject(tok)
            if subject is not None and not outside(subject):
                # '"... vehicles parked in the area ...," Indiana State Police said': the parser may
                # give the verb a second subject inside the quotation; the one outside speaks.
                subject = next((_source(c) for c in tok.children if c.dep_ == "nsubj" and outside(c)), None)
            if subject is None:
                # '"...," Kathy Fairbanks with the No on 37 campaign, which ..., told us': the parser
                # hung the name, and this verb, on a verb inside the quotation.
                subject = next((t for t in span if t.i < tok.i and t.pos_ == "PROPN" and outside(t)
                                and t.dep_ in {"appos", "dep", "npadvmod"} and not outside(t.head)), None)
            if subject is None:
                # 'And, said Malkan, "Sting's people were calling ..."': the name after the verb,
                # which the parser made the subject of a verb inside the quotation.
                after = [t for t in span[tok.i - span.start + 1: tok.i - span.start + 5] if t.pos_ == "PROPN"]
                subject = next((t for t in after if outside(t) and t.dep_ in SUBJECTS and not outside(t.head)
                                and all(u.pos_ == "PROPN" for u in span[tok.i - span.start + 1: t.i - span.start])),
                               None)
            if subject is not None and outside(subject):
                subject = _binding(tok, subject, outside)
                # "Aune said that several mechanisms could explain why:": a thing that "explains"
                # inside what someone says is not the speaker; "the Committee announced ...,
                # Dunya News reported" still is.
                named = subject.pos_ in {"PROPN", "PRON"} or subject.ent_type_ in NAMED or (
                    _is_role(subject) and subject.tag_ == "NN")
                if not whole and _under_quotation(tok, here) and any(_governs(v, here) for v in verbs):
                    continue  # "said that the plan was “puzzling ...” that American alleges": not the teller
                verbs.append(tok)
                options.append((distance(tok) + (10**6 if _reported(tok, outside) and not named else 0), subject))
        elif _tag_read_as_noun(tok):
            options.append((distance(tok), tok.doc[tok.i - 1]))
        elif (tagger := _dialogue_tag(tok, sentence.text, base, inside)) is not None:
            options.append((distance(tok), tagger))
    if not options and after_colon and not _sign_reads(sentence.text[:near[0]]):
        colon = base + len(sentence.text[:near[0]].rstrip(" \"“'`")) - 1
        before = [t for t in span if t.idx < colon]  # the clause before the colon
        # "Romney was praised in an e-mail from Edward Conard:": the writer of the document quoted,
        # not the subject the sentence is about.
        written = _document_writer(before)
        # "Romney was praised by rivals:" the rivals; "Obama was asked:" a question put to him, no one named.
        # The main verb's subject first: "Asked why Northwestern gave him ..., he responded:" is his.
        # (not a subject the parser hung on a verb of the quotation: "- WSJ's Suzanne Kapner on pg. C1:")
        subjects = [t for t in _after_heading(before) if t.dep_ in SUBJECTS and not _asked(t) and outside(t.head)]
        clause = [_agent(t) for t in sorted(subjects, key=lambda t: t.head.dep_ != "ROOT")]
        subject = written if written is not None else _colon_subject(clause[0]) if clause else _label(before)
        if subject is not None and outside(subject):
            options.append((0, subject))
    if not options:
        return None
    subject = min(options, key=lambda o: o[0])[1]
    return HEADING.sub("", _phrase(subject)), subject


def _revealing(verb) -> bool:
    """Whether "telling" is an adjective ("the decision to mention her is telling": it reveals
    something), not a verb of saying: after a copula, with no one told and nothing said."""
    return verb.lower_ == "telling" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children) and \
        not any(c.dep_ in {"dobj", "dative", "ccomp", "xcomp", "prep"} for c in verb.children)


def _under_quotation(verb, outside: Callable) -> bool:
    """Whether the parser hung a verb under the quoted words."""
    return any(not outside(a) for a in verb.ancestors)


def _governs(verb, outside: Callable) -> bool:
    """Whether quoted words hang under a verb outside them: the quotation is in its clause."""
    return outside(verb) and any(not outside(t) for t in verb.subtree)


SIGN_READS = re.compile(r"\b(\w+)\s+(?:(?:that|which)\s+)?(?:reading|reads|read)\s*:\s*[\"“‘']?\s*$")


def _sign_reads(before: str) -> bool:
    """Whether the words before a quotation end on a thing that "reads" it, a sign or a banner ("with
    one banner reading:", "signs that read:"), not a document someone wrote ("a statement reading:")."""
    m = SIGN_READS.search(before)
    return m is not None and m.group(1).lower().rstrip("s") not in DOCUMENTS and m.group(1).lower() not in DOCUMENTS


def _recalls_saying(verb, outside) -> bool:
    """Whether a verb of saying reports someone else's saying, with its own subject: "she recalls
    him saying", "she remembered her father telling her" — the one recalled speaks."""
    return any(c.dep_ in {"ccomp", "xcomp"} and c.lemma_.lower() in {"say", "tell"} and outside(c) and
               any(g.dep_ == "nsubj" and outside(g) for g in c.children) for c in verb.children)


TIME_MARKS = {"when", "after", "before", "while", "once", "until", "since"}


def _when_clause(verb) -> bool:
    """ "When the Wall Street Journal wrote about Mercer ..., he issued a terse statement:": a verb
    of saying in a clause that opens the sentence to say when; the clause the colon ends gives the
    speaker. (Not "That's when John Elder shouted at his fellow council members:", his words.)"""
    if verb.dep_ != "advcl" or verb.i > verb.head.i:
        return False
    return any(c.dep_ in {"mark", "advmod"} and c.lower_ in TIME_MARKS and c.i < verb.i for c in verb.children)


def _binding(verb, subject, outside):
    """The speaker a pronoun subject stands for when its verb of saying is what another verb of
    saying reports, said by one person named there: in "Adelman contends that — even if you could
    argue ... — “fair use would protect ...”" the words are Adelman's (the nearer "you could argue"
    had left them to no one), as "The reporter clarified that he asked ..." is the reporter's asking."""
    outer = verb.head if verb.dep_ == "ccomp" else None
    if subject.pos_ != "PRON" or subject.lower_ in {"they", "we"} or outer is None or \
            outer.lemma_.lower() not in SPEECH_VERBS:
        return subject  # one person: "they" may be any group named before (and then given a "he")
    said_by = _subject(outer)
    single = said_by is not None and said_by.tag_ in {"NN", "NNP"} and outside(said_by)
    return said_by if single else subject


def _attributed_outside(sentence: Sentence):
    """(phrase, token) of who a sentence says is speaking outside all of its quotations."""
    return _attributed(sentence, [(s, e) for s, e, _ in quotation_spans(sentence.text)], (0, 0))


def _tag_read_as_noun(token) -> bool:
    """ "Taraji P. Henson jokes, watching the dancers.": a verb of saying after a name, which the
    parser reads as a plural noun the name qualifies (the sentence's root)."""
    return token.dep_ == "ROOT" and token.tag_ == "NNS" and token.lemma_.lower() in SPEECH_VERBS and \
        token.i > token.sent.start and token.doc[token.i - 1].ent_type_ == "PERSON"


def _dialogue_tag(verb, text: str, base: int, inside: list[tuple[int, int]]):
    """ '"I have a feeling this will come out just right," offered Mickey Hart.': a sentence
    that is a quotation cut off by a comma, "?" or "!" and then only a name or pronoun and a
    verb is a dialogue tag, whatever the verb ("offered", "fumed", "gushed"). Returns the
    speaking token, or None."""
    if verb.pos_ != "VERB":
        return None  # asked of every word outside the quotations: the cheap test first
    spans = [(lo, min(hi, len(text))) for lo, hi in inside if 0 <= lo < len(text)]  # this sentence's
    if not spans:
        return None
    start, end = spans[0][0], spans[-1][1]
    if text[:start].strip(" \"“‘'`") or not re.search(r"[,?!—–-]$", text[spans[-1][0]:end].rstrip(" \"”’'`")):
        return None
    tag = [t for t in verb.sent if t.idx - base >= end and not t.is_punct]
    speaker = next((c for c in verb.children if c.dep_ in {"nsubj", "dobj", "attr"} and c.idx - base >= end
                    and (c.pos_ in {"PROPN", "PRON"} or c.ent_type_ == "PERSON" or _is_role(c))), None)
    if speaker is None or verb not in tag:
        return None
    allowed = {verb.i} | {t.i for t in speaker.subtree}
    return speaker if all(t.i in allowed for t in tag) else None


def _reported(verb, outside) -> bool:
    """ "Aune said that several mechanisms could explain why": a verb of saying inside what
    another one reports is not the attribution."""
    return any(a.lemma_.lower() in SPEECH_VERBS and a.pos_ in {"VERB", "AUX"} and outside(a) for a in verb.ancestors)


def _colon_subject(subject):
    """The clause a colon ends names its speaker when its subject is a name, a pronoun or a
    role ("Mint spokesman Adam Stump issued this statement:"), or through a possessive ("Her
    tips ... is to do it gently:"); not a thing ("The menu reads:")."""
    if subject.pos_ in {"PROPN", "PRON"} or subject.ent_type_ in NAMED or _misread_surname(subject):
        return subject
    if _presented(subject):
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is not None and (owner.pos_ in {"PROPN", "PRON"} or owner.ent_type_ in NAMED):
        return owner
    return subject if _is_role(subject) and subject.tag_ == "NN" else None


HEADING = re.compile(r"^(?:[A-Z0-9&'’.,]{2,}\s+)+[-–—]+\s+(?=\S)")  # "TANKING - Reuters/Tokyo": a heading's tail


def _dashes(words: list) -> list[int]:
    """Where a dash stands apart between words ("HEADING - Name"), not inside one ("Wright-Patt")."""
    return [k for k, t in enumerate(words) if t.text in {"-", "–", "—", "--"} and (
        t.whitespace_ or k > 0 and words[k - 1].whitespace_)]


def _after_heading(before: list) -> list:
    """The words before a colon without a newsletter's heading in capitals and its dash ("CITI'S
    TROUBLE SELLING WORST PIECES - WSJ's Suzanne Kapner on pg. C1:"): the heading's subject is no
    speaker."""
    dashes = _dashes(before)
    if not dashes:
        return before
    heading = [t for t in before[:dashes[0]] if t.is_alpha]
    return before[dashes[0] + 1:] if heading and all(t.is_upper for t in heading) else before


def _label(before: list):
    """The speaker a label before a colon names, when the words before the colon have no verb: a
    newsletter's "TECH BLINK - TechCrunch's Dan Lyons:", "Per Goldman Sachs:", "Bundy's response:"
    (its last words after a dash; through "per" or a possessive as :func:`_colon_subject` reads
    them). None for a label naming no one ("Then later:", "From the ABC interview:")."""
    # (a participle may describe the one named: "- Frank Keating, responding to President Obama's comments:")
    if not before or any(t.pos_ in {"VERB", "AUX"} and t.tag_ not in {"VBG", "VBN"} for t in _after_heading(before)):
        return None
    dashes = _dashes(before)
    tail = before[dashes[-1] + 1 if dashes else 0:]
    label = [t for t in tail if not t.is_punct]
    roots = [t for t in label if t.head not in label or t.head == t]
    if len(roots) != 1 and dashes and label:
        # Under a heading in capitals the parser makes little of the label ("- NYT's Gretchen
        # Morgenson on pg. B1:"): its first name of two words or more, in capitals and lower case.
        runs = [list(run) for named, run in groupby(tail, key=lambda t: t.pos_ == "PROPN" and t.is_title) if named]
        return next((run[-1] for run in runs if len(run) >= 2), None)
    if len(roots) != 1:
        return None
    root = roots[0]
    through = root.lower_ in {"per", "from"}  # "Per Goldman Sachs:", "From a top ... source:"
    if through:
        opening, root = root.lower_, next((c for c in root.children if c.dep_ == "pobj"), None)
        if opening == "from" and root is not None and root.ent_type_ not in {"PERSON", "ORG"} and \
                root.lemma_.lower() not in PEOPLE_WORDS | PERSONS_OF_BODIES:
            return None  # "From the ABC interview:" names no one; "From a top financial industry source:" does
    if root is None or root.pos_ not in {"NOUN", "PROPN"}:
        return None
    if any(c.lower_ in {"a", "an"} for c in root.children):
        # "Per a White House official:": someone unnamed, who speaks as the label says (else the
        # quotation went to whoever spoke before it); a role alone ("An official:") is no label
        return root if through else None
    # A label's form: after a section's heading and a dash, through "per" or "from", or a possessive
    # ("Bundy's response:"); not "Added Lesh:", a verb the tagger took into a name.
    owned = any(c.dep_ == "poss" for c in root.children)
    return _colon_subject(root) if dashes or through or owned else None


def _presented(subject) -> bool:
    """ "Here's a sample:", "Here are some results:": what follows is shown, its subject no voice."""
    verb = subject.head
    shown = any(c.lower_ in {"here", "there"} for c in verb.children)
    return shown and (verb.lemma_ == "be" or verb.lower_ in {"'s", "’s"})


def attribution(sentence: Sentence, inside: tuple[int, int] | None = None) -> tuple[str, bool] | None:
    """Who a sentence says is speaking — the subject of a verb of saying outside ``inside`` —
    and whether that is a role ("the press secretary") standing for a person named nearby."""
    ranges = [inside] if inside else []
    found = _attributed(sentence, ranges, inside or (0, 0), asserted=inside is None)
    return (found[0], _is_role(found[1])) if found else None


def _subject(verb):
    quoted = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb.lemma_ == "quote" else None
    if quoted is not None:  # "the presidency quoted Eichmann's letter as saying": the one quoted speaks
        return _source(quoted)
    # "We may, for example, says [population biologist Joel] Cohen, "...": the parser gave the verb
    # two subjects, a pronoun of the quotation's own words and the person named after the verb; the
    # person speaks. (Not "Karamat said Khan ... had tried": a name before the verb speaks.)
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    named = next((c for c in subjects if c.i > verb.i and c.ent_type_ == "PERSON"), None)
    if named is not None and len(subjects) > 1 and all(c.pos_ == "PRON" for c in subjects if c.i < verb.i):
        return _source(named)
    if verb.lemma_ != "quote" and any(c.dep_ == "auxpass" for c in verb.children) and \
            not any(c.dep_ == "nsubjpass" for c in verb.children):
        # "The vessel, discovered off the coast, was described by marine archaeologists as "...""
        # with the verb parsed as a conjunct of "discovered": a passive verb's agent speaks, or no
        # one named; never the subject of the verb it hangs from (the vessel).
        target = _agent_of(verb)
        return _source(target) if target is not None else None
    for child in _nearest_first(verb):
        if child.dep_ == "nsubjpass" and verb.lemma_ != "quote":
            # "was called a tragedy by one of the prosecutors": the agent speaks, not the subject.
            target = _agent_of(verb)
            return _source(target) if target is not None else None
        # Not "says hello to Todd", the greeting parsed as the subject.
        if child.dep_ in SUBJECTS and not _based(child) and not (child.pos_ == "INTJ" and child.text.islower()):
            return _source(child)
    inverted = _inverted_subject(verb)
    if inverted is not None:
        return inverted
    # "workers began protesting and the MQM Coordination Committee announced": a noun right before
    # a coordinated verb that the parser hung elsewhere is its subject.
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if verb.dep_ == "conj" and before is not None and before.pos_ in {"NOUN", "PROPN"} and before.dep_ == "conj":
        return _source(before)
    # "Governor Jane Smith issued a statement saying ...": the document's issuer speaks.
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in DOCUMENTS:
        owner = next((c for c in verb.head.children if c.dep_ == "poss"), None)
        document = verb.head
        while document.dep_ == "appos" and document.head.lemma_.lower() in DOCUMENTS:
            document = document.head  # "Trump issued ... statement of his Presidency: a tweet calling ..."
        issuer = document.head if document.dep_ == "dobj" else None
        while issuer is not None and not any(c.dep_ == "nsubj" for c in issuer.children) and issuer.dep_ == "conj":
            issuer = issuer.head  # "al-Houni resigned and issued a statement demanding ..."
        subject = next((c for c in issuer.children if c.dep_ == "nsubj"), None) if issuer is not None else None
        found = owner if owner is not None else subject
        return _source(found) if found is not None else None
    # "..., Rita Schrimsher of Athens tweeted": a verb of saying parsed as a clause on the name.
    if verb.dep_ == "acl" and verb.head.pos_ == "PROPN" and verb.tag_ in {"VBD", "VBN"}:
        root = verb.sent.root
        if root.pos_ in {"PROPN", "NOUN"} and any(a.dep_ in {"relcl", "appos"} for a in verb.head.ancestors):
            # "William McRaven, the admiral who led the raid that killed Osama bin Laden, called ...":
            # the parser lost the main verb; a name inside the subject's own clause is not who speaks.
            return _source(root)
        return verb.head
    # "..., saying that": the subject of the verb this one hangs from, through coordinated verbs
    # ("Trump has upped his request and is not backing down, boasting that").
    node = verb
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_.lower() in RECORDING | {"quote"}:
        # "one US pilot, Jack Lawton, was recorded as saying", "was quoted as saying", "records Russ
        # Dustan as saying": the one recorded or quoted speaks.
        governor = verb.head.head
        recorded = next((c for c in governor.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if recorded is not None:
            return _source(recorded)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.head.pos_ in {"VERB", "AUX"}:
        # "Miller characterized the team by saying ...": the subject of the verb the phrase hangs
        # from speaks (blind reading 8503). Not "records Russ Dustan as saying", where the one
        # recorded speaks, nor "instead of testifying".
        governor = verb.head.head
        subject = next((c for c in governor.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return _source(subject)
        node = governor
    for _ in range(3):
        head = node.head
        if head is node or node.dep_ not in {"advcl", "xcomp", "conj", "ccomp"}:
            break
        if head.dep_ == "relcl" and node.dep_ == "advcl" and any(t.text == "," for t in verb.doc[head.i:node.i]) \
                and not any(relative_pronoun(c) for c in head.children):
            # "Trump sought to tie ... to the Iran deal, a pact his administration withdrew from, falsely
            # claiming ...": set off after a relative clause of a subject of its own, the participle is
            # the main clause's (after "a general who resigned, saying" it may be the general's).
            head = next((a for a in head.head.ancestors if a.pos_ in {"VERB", "AUX"}), head)
        # "Colter told the hearing that performance was more important ..., saying, ...": the
        # parser hangs "saying" on the clause he reports; its subject ("performance") says nothing.
        reported = head.dep_ == "ccomp" and head.head.lemma_.lower() in SPEECH_VERBS
        # "Vasiliades was recorded saying": the one recorded (heard, caught) speaks.
        heard = {"nsubj", "nsubjpass"} if node.dep_ == "xcomp" and head.lemma_.lower() in RECORDING else {"nsubj"}
        subject = None if reported else next((c for c in _nearest_first(head) if c.dep_ in heard), None)
        if node.dep_ == "xcomp":  # "... led Seattle Weekly to conclude that": the one led concludes
            led = next((c for c in head.children if c.dep_ == "dobj" and c.i < node.i), None)
            subject = led if led is not None and led.pos_ == "PROPN" else subject
        if subject is not None:
            return _source(subject)
        node = head
    # A parse that lost the verb's subject ("Chief Thomas Jackson -- hours after ... -- told
    # reporters"): the person who is the first subject before it.
    # Or the name left hanging after the quotation ('"...," Gov. Andrew Cuomo, assessing ..., told NBC').
    if verb.dep_ == "ROOT":
        return next((t for t in verb.doc[verb.sent.start: verb.i]
                     if t.dep_ in SUBJECTS | {"npadvmod"} and t.ent_type_ == "PERSON"), None)
    return None


def _nearest_first(verb) -> list:
    """The verb's children, a pronoun subject right before it first when the parser gave it another
    subject before that: a name set off by commas ("..., his fiancee, Rhonda Rouer, he also
    complained ..., but added: ...") is not who does it, the pronoun is."""
    before = sorted((c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i), key=lambda c: -c.i)
    if len(before) < 2 or before[0].pos_ != "PRON":
        return list(verb.children)  # "Ezequiel Mendez, a neighbor said": the name is the one
    return before + [c for c in verb.children if c not in before]


def _based(token) -> bool:
    """ "the Battle Creek, Mich.-based company said", parsed with the town as a subject: a place
    where the subject is based is not who speaks."""
    last = max(token.subtree, key=lambda t: t.idx + len(t))
    return bool(re.match(r"(?:,\s*[A-Z][\w.]*)?\s*-\s*based\b", text_after(last, 24)))


def _denied_saying(verb) -> bool:
    """A negated verb of saying with an object of its own ("science cannot explain consciousness",
    "those things do not explain the clarity") tells no one's words; "had the attorney general not
    tweeted back, "Jeff, thanks"" does."""
    children = list(verb.children)
    return any(c.dep_ == "neg" for c in children) and any(c.dep_ == "dobj" for c in children)


def _inverted_subject(verb):
    """ '"This is beyond us," says Reilly, stealing every scene': the name right after a verb of
    saying (:data:`INVERTING`) that follows the quotation is its subject, however the parser hung
    it (here as an adverb)."""
    doc = verb.doc
    if verb.lemma_.lower() not in INVERTING or verb.tag_ not in {"VBD", "VBZ"} or verb.i == 0 or \
            verb.i + 1 >= len(doc) or doc[verb.i - 1].text not in {",", "\"", "”", "''"}:
        return None  # not ', telling Kreiss' nor ', told NBC News': the one told is no speaker
    name = doc[verb.i + 1]
    if name.dep_ == "det" and name.head.dep_ == "dobj" and name.head.head.i == verb.i and _is_role(name.head) \
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return name.head  # '"Why would ...?" asked a friend': a person after the verb, parsed as the one asked
    if name.pos_ != "PROPN" or name.ent_type_ not in {"PERSON", "ORG"}:
        return None
    while name.dep_ == "compound" and name.head.i > name.i and name.head.ent_type_ == name.ent_type_:
        name = name.head  # "says John Smith": the name's last word heads it
    # "said Laurie Hedges from ..., lead author of a study": the name parsed as the subject of a
    # noun read as a verb ("lead") that the verb of saying governs
    misread = name.dep_ == "nsubj" and name.head.dep_ == "ccomp" and name.head.head.i == verb.i and \
        name.head.i > name.i
    return name if name.dep_ in {"advmod", "npadvmod", "dobj", "attr", "oprd"} or misread else None


def _source(subject):
    """ "said Davis, who added": the noun a relative pronoun stands for (the person a place
    describes, when the parser hung "who" on the place); "a statement from the 7th Fleet" and "the
    Navy's statement": the body behind a document."""
    if relative_pronoun(subject):
        noun = subject.head.head
        if subject.lower_ in {"who", "whom"} and noun.ent_type_ in {"ORG", "GPE", "LOC", "FAC"}:
            # "Amander Clark, a biologist at University of California, Los Angeles, who calls the
            # work ...": the parser hung "who" on the place; it stands for the person it describes.
            return next((a for a in noun.ancestors if a.ent_type_ == "PERSON"), noun)
        return noun
    if subject.lemma_.lower() in DOCUMENTS:  # not "Bentdahl's family said", which is the family
        for child in subject.children:
            if child.dep_ == "poss" and (child.ent_type_ in NAMED or child.lower_ in {"his", "her"}):
                return child  # "his e-mail said": the man the "his" stands for (resolved as a "he")
            named = _named_object(child) if child.dep_ == "prep" else None
            if named is not None:
                return named
    return subject


def _agent_of(verb):
    """The object of a passive verb's "by" ("was echoed by AshLee Strong"), or None."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _named_object(preposition):
    """The name after "from" or "by" ("a statement from the 7th Fleet"), or None."""
    if preposition.lower_ not in {"from", "by"}:
        return None
    target = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if target is not None and not target.ent_type_:  # "from the Austrian athletics federation (ÖLV)"
        target = next((c for c in target.children if c.dep_ == "appos" and c.ent_type_ in NAMED), target)
    return target if target is not None and target.ent_type_ in NAMED else None


def _asked(subject) -> bool:
    """The subject of a passive "was asked": the one a question is put to, not its asker."""
    return subject.dep_ == "nsubjpass" and subject.head.lemma_.lower() in {"ask", "question"} and \
        _agent_of(subject.head) is None


def _agent(subject):
    """The one who acts in a passive clause ("His request was echoed by AshLee Strong"): the
    agent, when the clause names one; else the subject ("Rick Perry was not convinced")."""
    if subject.dep_ != "nsubjpass":
        return subject
    target = _agent_of(subject.head)
    return target if target is not None else subject


def _document_writer(tokens: list):
    """The writer of the first document among ``tokens`` whose writer the sentence names, or None."""
    return next((_writer(t) for t in tokens if t.lemma_.lower() in DOCUMENTS and _writer(t) is not None), None)


def _writer(document):
    """Who wrote a document the sentence names ("an e-mail from Edward Conard", "Conard's
    letter"), or None."""
    source = _source(document)
    if source is not document:
        return source
    # "part of an email Sollecito had written to her:": the subject of a clause on the document that
    # says who wrote or sent it (not "She shared", who only passes it on).
    for clause in (c for c in document.children if c.dep_ == "relcl" and c.lemma_.lower() in WRITING):
        writer = next((c for c in clause.children if c.dep_ == "nsubj" and not relative_pronoun(c)), None)
        writer = writer if writer is not None else _agent_of(clause)
        if writer is not None:
            return _source(writer)
    after = document.doc[document.i + 1] if document.i + 1 < len(document.doc) else None
    return _named_object(after) if after is not None else None  # "from" hung on the verb by the parser


def _core(subject) -> list:
    """The tokens that name the subject: itself, its compounds and titles, and an appositive —
    not a possessive ("Hayes's attorney"), a relative clause or a prepositional phrase."""
    keep = []
    stack = [subject]
    while stack:
        tok = stack.pop()
        keep.append(tok)
        stack.extend(c for c in tok.children if c.dep_ in {"compound", "appos", "flat", "nmod", "amod", "det"}
                     and not (c.dep_ == "nmod" and c.tag_ == "POS"))
    return keep


def _phrase(subject) -> str:
    """A person's name inside the subject phrase when there is one, else the phrase."""
    core = {t.i for t in _core(subject)}
    inside = {t.i for t in subject.subtree}
    # "a spokesman for the Pakistan Rangers, Colonel Tahir,": a person in apposition deeper down.
    ents = [e for e in subject.doc.ents if e.label_ in NAMED and (
        e.root.i in core or e.label_ == "PERSON" and e.root.dep_ == "appos" and e.root.i in inside)]
    # "Whitley County Sheriff Marcus Gatton": the name that holds the subject's head word first.
    # A subject the tagger names, whatever its label, is not a person the parser hung on it as an
    # appositive ("Damon, 36, bit EMTs Tracy Lamar ..., saying", "bit" read as a noun: Damon
    # speaks). A title is ("Virgin Islands Del. Stacey Plaskett").
    if subject.pos_ == "PROPN" and subject.ent_type_:
        ents = [e for e in ents if e.start <= subject.i < e.end or e.root.dep_ != "appos"]
    ents.sort(key=lambda e: (e.label_ != "PERSON", not e.start <= subject.i < e.end, e.label_ == "NORP"))
    if subject.lemma_.lower() in KIN:  # "the Keller family", "Bentdahl's family": the family speaks
        ents = []
    if subject.pos_ == "NOUN":
        # "The senior Obama administration official": a person's name that only describes the
        # speaker (a word before a common noun) is not who speaks.
        ents = [e for e in ents if not (e.label_ == "PERSON" and e.root.dep_ == "compound")]
    held = _title_holder(subject)
    if held is not None and not (ents and ents[0].label_ == "PERSON"):
        return held
    if ents and (ents[0].label_ == "PERSON" or ents[0].root.i == subject.i):
        return ents[0].text
    named = subject if subject.pos_ == "PROPN" or _misread_surname(subject) else next(
        (c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if named is not None:  # a name the tagger missed ("Rita Schrimsher of"; "a spokesman, Colonel Tahir,")
        run = [t for t in named.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [named]
        name = clean_mention(named.doc[run[0].i: named.i + 1].text)  # as written: "Abdel-Moneim al-Houni"
        if name:  # not "President's Chief of Staff", all title: the phrase below
            return name
    torn = _torn_word(subject)
    if torn is not None:
        return torn
    given = _identified_as(subject)
    if given is not None:
        return given
    # The phrase up to its head and any appositive, without a relative clause ("one former
    # Southern Weekly editor who now works for online media"), nor a bracketed aside.
    dropped = {t.i for c in subject.children if c.dep_ in {"relcl", "acl"} or _when(c) or
               any(t.text in {"(", ")"} for t in c.subtree) for t in c.subtree}
    tokens = [t for t in subject.subtree if t.i not in dropped]
    words = "".join(t.text_with_ws for t in tokens)
    # Up to a quotation mark: the parser may hang a quotation's mark or words on the subject ("a
    # senior Pakistani official, who spoke ... “to avoid offending” Khan's supporters, said").
    words = re.sub(r"\s+[.;:]$", "", MARK.split(words)[0].strip(" ,?!"))  # not "A man ."
    if len(words.split()) > 8:  # "a top financial industry source [on the ABC interview]": its head's phrase
        after = {t.i for c in subject.rights if c.dep_ == "prep" for t in c.subtree}
        words = "".join(t.text_with_ws for t in tokens if t.i not in after).strip(" ,")
    return words if len(words.split()) <= 8 else subject.text


def _when(token) -> bool:
    """A phrase of time the parser hung on a subject ("Trump on Friday repeatedly claimed ..."):
    when, not who."""
    if token.dep_ == "npadvmod":  # not the "67-year" of "The 67-year-old"
        after = token.doc[token.right_edge.i + 1] if token.right_edge.i + 1 < len(token.doc) else None
        return token.ent_type_ in {"DATE", "TIME"} and (after is None or after.text != "-")
    return token.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in token.children)


def _title_holder(subject) -> str | None:
    """The person at the end of a title in capitals that the parser read as the title's "at" or "of"
    ("Brand Manager at KFC Jocelyn Bynoe said"): the holder speaks, not "Brand Manager". Not after
    a described role ("The lawyer for Jocelyn Bynoe said"), who speaks for the person."""
    if subject.pos_ != "PROPN" or any(c.dep_ == "det" for c in subject.children):
        return None
    last = subject.right_edge
    return next((e.text for e in subject.doc.ents if e.label_ == "PERSON" and e.end - 1 == last.i
                 and e.root.dep_ == "pobj" and e.root.head.head.i == subject.i), None)


def _identified_as(subject) -> str | None:
    """The name a clause on someone described gives them: 'Another man, identified only as
    “Victory,”', 'A protester, who gave his name as Ahmed,', 'One resident, known only as Abu Ali,'."""
    for clause in (c for c in subject.children if c.dep_ in {"acl", "relcl"}):
        for word in clause.subtree:
            if word.lower_ == "as" and word.dep_ == "prep" and word.head.lemma_.lower() in {"identify", "know", "give"}:
                # (a name in quotation marks may be tagged a common noun: "Victory")
                name = next((c for c in word.children if c.dep_ == "pobj" and c.text[:1].isupper()), None)
                if name is not None:
                    run = [t for t in name.lefts if t.dep_ == "compound" and t.text[:1].isupper()] + [name]
                    return clean_mention(name.doc[run[0].i: name.i + 1].text) or None
    return None


def _torn_word(token) -> str | None:
    """ "Counter-countersignal said": the tokenizer cut a hyphenated word in three and the parser
    hung the pieces on different words, the first as the subject; the whole word as written. None
    when the word is whole in the subject's phrase ("the 24-year-old")."""
    doc = token.doc
    start = end = token.i
    while start > 0 and doc[start - 1].whitespace_ == "" and "-" in (doc[start - 1].text, doc[start].text):
        start -= 1
    while end + 1 < len(doc) and doc[end].whitespace_ == "" and "-" in (doc[end + 1].text, doc[end].text):
        end += 1
    inside = {t.i for t in token.subtree}
    if end == start or all(i in inside for i in range(start, end + 1)) or start <= token.head.i <= end:
        return None  # whole in its phrase, or torn from its own verb ("Balin co-wrote")
    return doc[start:end + 1].text


def _is_role(subject) -> bool:
    """A common noun for a person ("the mountaineer", "the Kentucky Republican"), not a document
    or a body, and not a name."""
    names = [e for e in subject.doc.ents if e.start <= subject.i < e.end and e.label_ in {"PERSON", "ORG", "GPE"}]
    if (names and not _described_office(subject)) or subject.lemma_.lower() in NOT_A_ROLE or \
            subject.lower_ in PRONOUNS:
        return False
    described = any(c.dep_ == "det" for c in subject.children)
    if subject.ent_type_ and subject.text[:1].isupper() and not described:
        return False  # "Fitbit objects to the study, suggesting ...": a name the tagger took for a noun
    if not described and _misread_surname(subject):
        return False
    return subject.pos_ == "NOUN" or (described and subject.ent_type_ == "NORP") or _office(subject)


def _misread_surname(token) -> bool:
    """ "said GOP strategist Ford O’Connell": a capitalised surname the tagger read as a common noun,
    right after its given name."""
    return token.pos_ == "NOUN" and token.text[:1].isupper() and token.i > token.sent.start and \
        any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == token.i - 1 for c in token.children)


def _office(subject) -> bool:
    """An office written in capitals that the tagger calls a proper noun, with an article before it
    and no name: "the CEO of Kinkade's galleries said". Its holder is the one the article names with
    it, never merely the last speaker (:func:`_resolve`): "the NTSB said" may be an untagged body."""
    return subject.pos_ == "PROPN" and subject.is_upper and len(subject.text) >= 2 and \
        any(c.dep_ == "det" and c.lower_ in {"the", "a", "an"} for c in subject.children)


def _described_office(subject) -> bool:
    """An office in capitals that an adjective describes ("The former GP told ..."): a person's,
    whatever body the tagger took the letters for, and one the person named or quoted before may
    hold, as "the former doctor" would be."""
    return _office(subject) and any(c.dep_ == "amod" for c in subject.children)


def _mouthpiece(subject) -> bool:
    """A voice of an organisation ("the NBC spokesperson", "the network spokesperson"), who is
    rarely the person named or quoted before unless named with that title."""
    return subject.lemma_.lower() in MOUTHPIECES and \
        any(c.dep_ in {"compound", "poss", "amod"} for c in subject.children)


def _of_a_body(subject) -> bool:
    """One of a body the text names ("The accountant from PriceWaterhouseCoopers jumps up and
    says", a name the tagger may call a noun), which says who speaks when no holder is named: not
    whoever spoke or was named last. Not an office ("the next leader of Senate Democrats", its one
    holder), nor a place ("the 40-year-old mountaineer from Interlaken": where someone is from does
    not tell them from the person just quoted)."""
    return any(c.dep_ == "prep" and c.lower_ == "from" and
               any(o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.text[:1].isupper())
                   and o.ent_type_ not in PLACE_OR_TIME for o in c.children)
               for c in subject.children)


def _kin_of_named(subject) -> bool:
    """ "Price's mother", "Smith's wife": a person known by a relation to someone named."""
    return _role_gender(subject) is not None and \
        any(c.dep_ == "poss" and c.text[:1].isupper() and c.lower_ not in PRONOUNS for c in subject.children)


def _indefinite(subject) -> bool:
    return any(c.dep_ in {"det", "nummod"} and c.lower_ in {"a", "an", "another", "one"} for c in subject.children)


def _resolve(phrase: str, subject, article: Article, sentence: Sentence, cluster: Cluster) -> str | None:
    """A name to its fullest form; a pronoun or role to the person it stands for; else ``None``
    for a pronoun, and the phrase itself for a role nobody holds ("a police spokeswoman")."""
    key = key_of(clean_mention(phrase))
    canonical = cluster.canonical.get(key, "")
    if cluster.kinds.get(canonical) == "PERSON":
        return _fuller(canonical, article, sentence, cluster) if len(canonical.split()) == 1 else canonical
    if canonical and " " not in canonical and subject.pos_ == "PROPN":
        # A surname two people bear may be its own entry of the list, of no one kind ("Goodlatte" of
        # Bob and Bobby Goodlatte): read as a person's surname ("the younger Goodlatte wrote", after
        # "His son Bobby Goodlatte"), unless the article has given it otherwise since (the other's).
        full = _fuller(canonical, article, sentence, cluster)
        if full != canonical and cluster.kinds.get(full) == "PERSON" and \
                not _other_bearer_since(full, article, sentence):
            return full
    word = subject.lower_
    if word in MALE | FEMALE:
        before = subject.idx - sentence.doc.start_char
        gender = "m" if word in MALE else "f"
        return _antecedent(article, sentence, gender, cluster, before=before) or \
            (None if _someone_unnamed(sentence, before) else _sole_of_gender(article, sentence, gender, cluster))
    if word == "it":
        return _organisation(article, sentence, cluster)
    if word in PRONOUNS:
        return None
    count = _counted(subject)
    if count:  # "the two Republicans said in a joint statement": the two people just named
        return _named_together(article, sentence, cluster, count)
    if subject.lemma_.lower() in KIN and not _indefinite(subject):
        return _family(subject, article, sentence, cluster) or phrase
    if _is_role(subject):  # before the names: "the Kentucky Republican" is a person, not the party
        if (named := _named_beside(subject)) is not None:
            return cluster.name(named)  # "his mom, Filomena Lima, tells Us": the name set beside the role
        if _indefinite(subject) or subject.tag_ in {"NNS", "NNPS"}:  # "a police spokeswoman", "workers"
            return phrase
        # The holder named before, else just after ("The company's CEO said: ... CEO John Hasting
        # took over in 2010"), else the person named just before it.
        title = subject.lemma_.lower()
        owner = _named_owner(subject)
        if owner is not None and title in KIN_NOUNS:
            # "Michael Jackson's eldest daughter said" is not the "my daughter Heather" of another
            # family nor whoever spoke last: a relative of that name ("Dan Turner" for "Turner's
            # father") or as written ("Heyer's mother").
            holder = _titled(title, article, sentence, cluster)
            return holder if holder and holder.split()[-1] == owner.text else _kin_phrase(subject)
        mine = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ in MALE | FEMALE), None)
        relative = None
        if mine is not None and title in KIN_NOUNS and _answers(article, sentence):
            before = mine.idx - sentence.doc.start_char
            relative = _antecedent(article, sentence, "m" if mine.lower_ in MALE else "f", cluster, before=before)
        person = _titled(title, article, sentence, cluster) or \
            _titled(title, article, sentence, cluster, ahead=True) or _sole_holder(title, article, sentence, cluster)
        # "the NBC spokesperson" is no one named nearby; "the friend" after "a close friend told Us
        # Weekly" is that friend, whom the article does not name.
        # Nor "Vasiliades' lawyer", someone's role, whom the one who spoke last is not (Maryland's
        # attorney general, quoted before the lawyer's statement).
        if person is None and not _mouthpiece(subject) and title not in QUESTIONERS and \
                (not _office(subject) or _described_office(subject)) and \
                not _of_a_body(subject) and owner is None and \
                not _introduced_unnamed(subject, article, sentence):
            gender, before = _role_gender(subject), subject.idx - sentence.doc.start_char
            person = _newcomer(article, sentence, before, cluster, gender) or \
                _last_speaker(article, sentence, cluster, gender) or \
                _antecedent(article, sentence, gender, cluster, window=2, role=title)
            if person is None and _described_office(subject):
                # "The former GP told ..." after her quotation over two paragraphs: its speaker
                person = _last_speaker(article, sentence, cluster, gender, window=WINDOW)
            if person is not None and not _personal(person, cluster) and _several(person):
                person = None  # "the lawyer" is no "The couple" a quotation before was given to
        if relative is not None and person in (None, relative):
            # '"A bad way," his father responded' after the son's question: the answer is another
            # voice's, and no one is their own father; the son's father, as the text calls him.
            return f"{relative}'s {subject.lower_}"
        return person or phrase
    if key in cluster.canonical:
        return cluster.canonical[key]
    if subject.lemma_.lower() in DOCUMENTS:
        # "A statement released by the Department of Health said": whoever gave it out; "Below is
        # Hillary Clinton's opening statement ...:" is hers; "a statement from the Navy" the Navy's.
        writer = _giver(subject)
        if writer is None and not _indefinite(subject):
            writer = _writer(subject)
        if writer is not None and writer is not subject:
            return _resolve(_phrase(writer), writer, article, sentence, cluster)
        if not _indefinite(subject):
            return _signatory(subject, cluster) or _issuer(subject.lemma_.lower(), article, sentence, cluster) \
                or phrase
    if subject.lemma_.lower() in BODIES and not _indefinite(subject) and subject.tag_ == "NN":
        # "'..., safety is our top priority at Crayola,' the company said": the body named last.
        return _named_body(article, sentence, cluster) or phrase
    if subject.pos_ == "PROPN" and len(key.split()) == 1:
        return _fuller(phrase, article, sentence, cluster)  # "Heath said", untagged: Heath Harding, named before
    return phrase


def _several(phrase: str) -> bool:
    """Whether a speaker's description is of several people: "The couple", "the protesters"."""
    head = phrase.split()[-1] if phrase.split() else ""
    plural = head.endswith("s") and not head.endswith("ss") and head[:1].islower()  # not a name ("Jones")
    return head.lower() in GROUP_NOUNS or plural


def _answers(article: Article, sentence: Sentence) -> bool:
    """Whether the sentence comes right after a question ('"In a good way or a bad way?" Michael
    Dunn asked.'): a turn of a dialogue."""
    before = article.sentences[sentence.index - 1].text if sentence.index > 0 else ""
    return re.search(r"\?(?:\W*$|[\"”’'])", before) is not None


def _named_owner(subject):
    """The name a role belongs to ("Michael Jackson's daughter", "Vasiliades’ lawyer", which the
    parser reads as a modifier with an apostrophe after it), or None."""
    for child in subject.children:
        if child.pos_ == "PROPN" and (child.dep_ == "poss" or child.dep_ == "nmod" and child.i + 1 < len(child.doc)
                                      and child.doc[child.i + 1].text in {"’", "'"}):
            return child
    return None


def _named_beside(subject) -> str | None:
    """The name set beside a role as its apposition ("his mom, Filomena Lima,"), when it opens on a
    given name, or is a given name and a surname with no article nor word for a body ("The band's
    publicist, Alaina Bendi,", a given name the table lacks, an organisation to the tagger). A body
    may stand beside a noun too: "a non-profit, the Black Belt Foundation"."""
    for child in subject.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            words = [t for t in child.subtree if t.dep_ in {"compound", "appos"} and t.pos_ == "PROPN"]
            text = subject.doc[words[0].i: child.i + 1].text  # "Abdel-Moneim al-Houni" as written
            if name_gender(text) is not None or _two_names(child, words):
                return text
    return None


def _two_names(head, words: list) -> bool:
    """Whether an apposition is two capitalised words alone, as a person's name is written, and
    neither says what kind of body it is ("Alaina Bendi", not "Black Belt Foundation", "Team Nola")."""
    return len(words) == 2 and words[-1] is head and not any(c.dep_ == "det" for c in head.children) and \
        all(w.text[:1].isupper() and w.text[1:].islower() and w.lower_ not in DESIGNATORS | {"team"} for w in words)


def _kin_phrase(subject) -> str:
    """A relative as the text calls them, with whose relative they are: "Turner’s father" of
    "comments from Turner’s father, who called prison ..."."""
    keep = {subject.i}
    for child in subject.children:
        if child.dep_ in {"poss", "amod", "compound"}:
            keep.update(t.i for t in child.subtree)
    return "".join(t.text_with_ws for t in subject.doc if t.i in keep).strip()


def _introduced_unnamed(subject, article: Article, sentence: Sentence) -> bool:
    """Whether the article brought in the role earlier as someone it does not name ("a close
    friend", "one neighbour"): a later "the friend" is that person. Not "her mom": whose she is
    says who she is."""
    if any(c.dep_ == "poss" for c in subject.children):
        return False
    lemma = subject.lemma_.lower()
    # An organisation's voice may speak again many paragraphs on: "A spokesperson for NBC News ...
    # denied" at the top makes "the spokesperson told The Daily Beast" fourteen sentences later
    # that spokesperson, not the producer quoted in between.
    back = sentence.index if lemma in MOUTHPIECES else INTRODUCED
    for earlier in article.sentences[max(sentence.index - back, 0): sentence.index + 1]:
        doc = earlier.doc
        if doc is None:
            continue
        for tok in doc:
            if earlier is sentence and tok.i >= subject.i:
                break
            if tok.lemma_.lower() == lemma and tok.pos_ == "NOUN" and _indefinite(tok) and not _named_role(tok):
                return True
    return False


def _named_role(token) -> bool:
    """Whether a role noun comes with its holder's name ("a spokesman, Tahir Mehmood", "a friend
    named Tom")."""
    near = [token.head] + list(token.children) + [g for c in token.children for g in c.children]
    return any(t.ent_type_ == "PERSON" for t in near)


def _counted(subject) -> int:
    """How many people a plural subject counts off ("the two Republicans", "both men": 2), else 0."""
    if subject.tag_ not in {"NNS", "NNPS"}:
        return 0
    words = {c.lower_: c.dep_ for c in subject.children}
    if words.get("both") in {"det", "predet"}:
        return 2
    number = next((w for w, dep in words.items() if dep == "nummod" and w in COUNTED), None)
    return COUNTED[number] if number and words.get("the") == "det" else 0


def _named_together(article: Article, sentence: Sentence, cluster: Cluster, count: int) -> str | None:
    """The ``count`` people the nearest sentence naming that many names, as "A and B"; None when
    no sentence of the two before names exactly that many."""
    for earlier in [sentence, *reversed(article.sentences[max(sentence.index - 2, 0): sentence.index])]:
        people = list(dict.fromkeys(name for name, _ in _people(earlier, cluster)))
        if len(people) == count:
            return ", ".join(people[:-1]) + " and " + people[-1]
        if people and earlier is not sentence:
            return None
    return None


def _family(subject, article: Article, sentence: Sentence, cluster: Cluster) -> str | None:
    """ "his family said" is the family of the man named before; "the family said" the family
    of the person the article has named most so far (whose family a report quotes), by surname."""
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is not None and owner.lower_ not in MALE | FEMALE | {"their"}:
        return None  # "Bentdahl's family": named as it is
    if owner is not None and owner.lower_ in MALE | FEMALE:
        before = owner.idx - sentence.doc.start_char
        person = _antecedent(article, sentence, "m" if owner.lower_ in MALE else "f", cluster, before=before)
        return f"{person}'s {subject.text}" if person else None
    # Counted by surname: "Honey Sherman", "Barry Sherman" and "the Sherman home" are one family.
    named = Counter(name.split()[-1] for s in article.sentences[: sentence.index + 1]
                    for name, _ in _people(s, cluster))
    if not named:
        return None
    return f"the {named.most_common(1)[0][0]} {subject.text}"


def _named_body(article: Article, sentence: Sentence, cluster: Cluster, window: int = 4) -> str | None:
    """The organisation "the company" stands for: the nearest one named outside a quotation, in
    this sentence or the four before ("Crayola responded ... '...,' the company said"), else one
    the quotation names. Of a sentence's bodies, the one it is about, its subject, before the last
    one named ("The U.S. Fish and Wildlife Service told a U.S. District Court judge ...": the
    agency's statement is the service's, not the court's)."""
    quoted = [(lo, hi) for lo, hi, _ in quotation_spans(sentence.text)]

    def bodies(s: Sentence, inside: bool | None = None) -> list[str]:
        span = s.doc
        found, subjects = [], []
        for e in span.ents if span is not None else []:
            within = any(lo <= e.start_char - span.start_char < hi for lo, hi in quoted) if s is sentence else False
            # The cluster's kind, not this mention's label: the tagger calls "Keurig’s explanation" a person's
            body = cluster.kind(e.text, e.label_) == "ORG" and not cluster.is_person(e.text, e.label_)
            if body and (inside is None or within == inside):
                found.append(cluster.name(e.text))
                dateline = e.start == span.start and e.text.isupper()  # "CARACAS, Venezuela—Kellogg Co., ..."
                if e.root.dep_ in SUBJECTS and not dateline:
                    subjects.append(found[-1])
        return subjects or found

    earlier = reversed(article.sentences[max(sentence.index - window, 0): sentence.index])
    for names in [bodies(sentence, inside=False), *map(bodies, earlier), bodies(sentence, inside=True)]:
        if names:
            return names[-1]
    return None


def _fuller(name: str, article: Article, sentence: Sentence, cluster: Cluster, window: int = 5) -> str:
    """A surname the cluster gives to several people ("Wu said") is the one this article last
    named in full as a subject ("Wu Lihong, who once received ..."), when it did so in the last
    ``window`` sentences; further back, the one it named first. News calls the person it is about by
    surname and names anyone who shares it in full each time: "Khan wrote", forty sentences
    after "Abdul Qadeer Khan" and twenty after "retired Lt. Gen. Zulfiqar Khan", is Abdul Qadeer
    Khan (blind reading 4545)."""
    key = key_of(name)
    bearers = [(previous.index, cluster.name(ent.text), _acting(ent.root))
               for previous in article.sentences[: sentence.index + 1]
               for ent in (previous.doc.ents if previous.doc is not None else [])
               if ent.label_ in NAMED and len(words := key_of(clean_mention(ent.text)).split()) > 1
               and key in (words[0], words[-1])]
    if not bearers:
        return name
    # The last one named in full as the subject of a clause: the one the text was speaking of. A
    # name in an object or beside a subordinate subject is someone else brought in ("Chen said his older brother,
    # Chen Guangfu, was out"; "a lawyer who volunteered to represent Chen Kegui"; blind reading 2552).
    acting = [(index, full) for index, full, subject in bearers if subject]
    if acting and sentence.index - acting[-1][0] <= window:
        return next(full for index, full in acting if index == acting[-1][0])  # the first of that sentence
    return bearers[0][1]


def _other_bearer_since(full: str, article: Article, sentence: Sentence) -> bool:
    """Whether a sentence between the last that names ``full`` and this one gives the surname
    otherwise ("Congressman Goodlatte asked ..." after "Bobby Goodlatte was referring to his father's
    role"): the surname may then be the other bearer's, and stays as written."""
    surname = full.split()[-1]
    named = [s.index for s in article.sentences[: sentence.index + 1] if full in s.text]
    if not named:
        return True
    alone = re.compile(rf"(?<!{re.escape(full.split()[0])} )\b{re.escape(surname)}\b")
    return any(alone.search(s.text) for s in article.sentences[named[-1] + 1: sentence.index])


def _acting(root) -> bool:
    """Whether a name is the subject of its clause, or stands beside the subject of its sentence's
    main verb ("Jordan's grandmother, Jessica Belliveau, said"), not beside a subject further down
    ("Chen said his older brother, Chen Guangfu, was out")."""
    if root.dep_ in SUBJECTS:
        return True
    return root.dep_ == "appos" and root.head.dep_ in SUBJECTS and root.head.head.dep_ == "ROOT"


def _signatory(document, cluster: Cluster) -> str | None:
    """The person the document's own phrase says wrote or signed it ("the letter, which carries the
    apparent signature of Jon Byong Ho", "a statement signed by ...", "the memo from ...")."""
    for ent in document.doc.ents:
        if ent.label_ != "PERSON" or ent.root.i <= document.i or ent.root not in document.subtree:
            continue
        path, node = set(), ent.root
        while node != document and node.head != node:
            node = node.head
            path.add(node.lemma_.lower())
        if path & SIGNING:
            return cluster.name(ent.text)
    return None


def _issuer(document: str, article: Article, sentence: Sentence, cluster: Cluster, window: int = 6) -> str | None:
    """ "the statement said": who the nearest earlier mention of a statement came from ("a
    statement from US 7th Fleet", "the Navy's statement", "the Russian Foreign Ministry said in a
    statement", four sentences before "The statement added: ...")."""
    for previous in reversed(article.sentences[max(sentence.index - window, 0): sentence.index]):
        span = previous.doc
        mentions = [tok for tok in span if tok.lemma_.lower() == document] if span is not None else []
        for tok in mentions:
            source = _source(tok)
            if source is not tok:
                return cluster.name(_phrase(source))
            sayer = _said_in(tok) or _giver(tok)
            if sayer is not None:
                return cluster.name(_phrase(sayer))
    return None


def _giver(document):
    """Who the sentence says gave out a document: "The Nulato Tribal Council issued a statement",
    "a statement released by Vulcan", "the campaign issued an apology ..., saying in a statement";
    None for a pronoun ("they issued a statement") or a thing."""
    found = None
    for clause in document.children:
        if clause.dep_ == "acl" and clause.lemma_.lower() in ISSUING:
            found = _agent_of(clause)
    if found is None and document.dep_ == "dobj" and document.head.lemma_.lower() in ISSUING:
        found = next((c for c in document.head.children if c.dep_ == "nsubj"), None)
    if found is None and document.dep_ == "pobj" and document.head.lower_ == "in" and \
            document.head.head.pos_ in {"VERB", "AUX"}:
        found = _subject(document.head.head)  # "Romano acknowledged ..., in a statement sent to The Post"
        if found is not None and found.pos_ == "PRON" and found.head.dep_ == "ccomp":
            found = _subject(found.head.head)  # "Romano ... said he would meet ..., in a statement"
    if found is None or found.pos_ == "PRON" or found.lemma_.lower() in DOCUMENTS:
        return None
    if found.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in found.children) and \
            not any(c.dep_ in {"poss", "compound"} and c.pos_ == "PROPN" for c in found.children):
        return None  # "the ministry said in a separate statement": named earlier, further back
    # "released by Vulcan, Allen's company": the name, not the description it is given
    found = next((c for c in found.children if c.dep_ in {"nmod", "appos"} and c.ent_type_ in NAMED), found)
    named = found.pos_ == "PROPN" or found.ent_type_ in NAMED or any(c.dep_ == "poss" for c in found.children)
    return found if named or _is_role(found) or found.lemma_.lower() in BODIES else None


def _said_in(document):
    """The named subject of "X said in a statement" (the verb of saying the document's "in" hangs
    on), or None; not a pronoun ("it said in a statement"), which names no one."""
    preposition = document.head
    if document.dep_ != "pobj" or preposition.lower_ != "in" or preposition.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    subject = next((c for c in preposition.head.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.pos_ == "PROPN" or subject.ent_type_):
        return None
    return subject


def _subject_speaker(sentence: Sentence, inside: list[tuple[int, int]], cluster: Cluster,
                     article: Article) -> str | None:
    span = sentence.doc
    if span is None:
        return None
    subject = next((c for c in span.root.children if c.dep_ in SUBJECTS), None)
    if subject is None or _presented(subject):
        return None
    return _resolve(_phrase(subject), subject, article, sentence, cluster)


def resolve_speaker(name: str, role: bool, article: Article, sentence: Sentence,
                    canonical: dict[str, str]) -> str:
    """A pronoun or a role ("the spokesman") becomes the nearest person named before it; a name
    its fullest form. What cannot be resolved comes back as it was given."""
    key = key_of(clean_mention(name))
    if key in canonical:
        return canonical[key]
    cluster = Cluster(canonical)
    if key in MALE | FEMALE or key in {"i", "we"}:
        gender = "m" if key in MALE else "f" if key in FEMALE else None
        at = re.search(rf"\b{re.escape(name)}\b", sentence.text)
        return _antecedent(article, sentence, gender, cluster, before=at.start() if at else len(sentence.text)) or name
    if role:
        title = name.lower().split()[-1] if name.split() else ""
        return _titled(title, article, sentence, cluster) or _antecedent(article, sentence, None, cluster) or name
    return name


def _role_gender(subject) -> str | None:
    return _word_gender(subject.lower_)


def _word_gender(word: str) -> str | None:
    """The gender a role word says ("spokeswoman", "father"), or None ("spokesperson", "nominee")."""
    if word.endswith(("woman", "women")) or word in {"mother", "wife", "daughter", "sister", "actress", "girl"}:
        return "f"
    if word.endswith(("man", "men")) or word in {"father", "husband", "son", "brother", "actor", "boy"}:
        return "m"
    return None


def _phrase_gender(speaker: str) -> str | None:
    """The gender of a speaker the text describes rather than names ("a spokeswoman from the
    coroner's office"): its first role word's; None for a name."""
    if not speaker[:1].islower():
        return None
    return next((g for w in speaker.split() if (g := _word_gender(w.lower())) is not None), None)


def _titled(title: str, article: Article, sentence: Sentence, cluster: Cluster, window: int = 8,
            ahead: bool = False) -> str | None:
    """ "the mayor" → the nearest earlier "Mayor Rahm Emanuel"; "the spokesman" → "Rangers
    spokesman Colonel Tahir Mehmood" or "Tahir Mehmood, a spokesman for the Rangers". ``ahead``:
    the next two sentences instead, the second only in the first one's paragraph ('"...," the
    city's police chief said Friday.' and, opening the next paragraph, "Ferguson Police Chief
    Thomas Jackson ... told reporters")."""
    following = article.sentences[sentence.index + 1: sentence.index + 3]
    around = [s for s in following if s.paragraph == following[0].paragraph] if ahead else \
        list(reversed(article.sentences[max(sentence.index - window, 0): sentence.index + 1]))
    return next((holder for previous in around if (holder := _holder_in(previous, title, cluster))), None)


def _sole_holder(title: str, article: Article, sentence: Sentence, cluster: Cluster) -> str | None:
    """ "the general" → the one person the article, before this sentence, names with that title
    however far back ("Lt. Gen. Thomas Bergeson" in its opening paragraphs); None when it names
    none or two (a blind reader found "the general said" given to the captain quoted last)."""
    key = (article.id, title)
    if key not in cluster.holders:
        cluster.holders[key] = [(s.index, holder) for s in article.sentences
                                if (holder := _holder_in(s, title, cluster))]
    holders = {holder for index, holder in cluster.holders[key] if index < sentence.index}
    return holders.pop() if len(holders) == 1 else None


def _holder_in(previous: Sentence, title: str, cluster: Cluster) -> str | None:
    """The person a sentence names with ``title`` before their name or in apposition to it."""
    key = (previous.article, previous.index)
    if key not in cluster.titles:
        cluster.titles[key] = _titles_in(previous, cluster)
    return cluster.titles[key].get(title)


def _titles_in(sentence: Sentence, cluster: Cluster) -> dict[str, str]:
    """Every title the sentence gives a person, before their name or in apposition to it, with that
    person: the first person named with it, else the first untagged name after it."""
    doc = sentence.doc
    found: dict[str, str] = {}
    if doc is None:
        return found
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        # The title right before the name, or with only names and titles between ("Rangers
        # spokesman Colonel Tahir Mehmood"); not "the president wrote on Twitter".
        before = [t for t in doc.doc[max(ent.start - 3, doc.start): ent.end]
                  if all(u.pos_ in {"PROPN", "PUNCT"} for u in doc.doc[t.i + 1: ent.start])]
        appositive = [t for t in ent.root.children if t.dep_ == "appos"] + \
            ([ent.root.head] if ent.root.dep_ == "appos" else [])
        for title in dict.fromkeys(_title_word(t) for t in before + appositive):
            if title not in found:
                found[title] = cluster.name("".join(t.text_with_ws for t in ent if _title_word(t) != title).strip())
    for tok in doc:  # "Mayor Rahm Emanuel" left untagged: the proper nouns after the title
        if tok.i + 2 >= doc.end or doc.doc[tok.i + 1].pos_ != "PROPN":
            continue  # no run of two proper nouns after it (asked first: it is cheaper than the title)
        title = _title_word(tok)
        if title in found:
            continue
        run = []
        for nxt in doc.doc[tok.i + 1: min(tok.i + 5, doc.end)]:
            if nxt.pos_ != "PROPN" or nxt.ent_type_ in {"ORG", "GPE", "NORP", "LOC"}:
                break
            run.append(nxt.text)
        if len(run) >= 2:
            found[title] = cluster.name(" ".join(run))
    return found


def _title_word(token) -> str:
    """A title as the role that stands for it is written: "Gen." is "general", "Gov." "governor"."""
    word = token.lemma_.lower().rstrip(".")
    return TITLE_ABBREVIATIONS.get(word, word)


def _sole_of_gender(article: Article, sentence: Sentence, gender: str, cluster: Cluster) -> str | None:
    """The one person of the pronoun's gender the article names before the sentence, further back
    than :func:`_antecedent` looks, when every sentence since its last mention has a pronoun for
    its subject, or no person: a feature's "he recalls" ten sentences after it named its one man,
    Jim Reischl, through a chain of "he"s and a woman the text calls "she". Not past a sentence
    whose subject is another name or a role of that gender ("Hailee Steinfeld walks past", "The
    woman said ...")."""
    named = {name for s in article.sentences[:sentence.index] for name, _ in _people(s, cluster)}
    fitting = [name for name in named if cluster.genders.get(name) == gender]
    if len(fitting) != 1:
        return None
    for previous in reversed(article.sentences[max(sentence.index - CHAIN_REACH, 0): sentence.index]):
        people = _people(previous, cluster)
        if any(name == fitting[0] for name, _ in people):
            return fitting[0]
        if previous.doc is None or any(is_subject and cluster.genders.get(name) in {None, gender}
                                       for name, is_subject in people):
            return None
        subject = next((c for c in previous.doc.root.children if c.dep_ in SUBJECTS), None)
        if subject is not None and (subject.pos_ == "PROPN" or _role_gender(subject) == gender):
            return None
    return None


def _people(sentence: Sentence, cluster: Cluster) -> list[tuple[str, bool]]:
    """(canonical person, is a subject) for every person a sentence names, subjects first;
    a name the tagger called a place counts when the cluster's entity is a person."""
    span = sentence.doc
    if span is None:
        return []
    spoken = spoken_tokens(sentence)
    found = []
    for ent in span.ents:
        root = ent.root
        speaker = root.dep_ in SUBJECTS and root.head.lemma_.lower() in SPEECH_VERBS
        subject, main = _as_subject(ent, span)
        # "The mayor of Accumoli, Stefano Petrucci, said": a name opening on a given name, set
        # beside a role, is a person's whatever the tagger called it (not "a non-profit
        # organization, the Black Belt Community Foundation").
        named_role = root.dep_ == "appos" and _is_role(root.head) and ent.label_ in {"PERSON", "ORG"} and \
            name_gender(ent.text) is not None
        if ent.label_ not in NAMED or not (cluster.is_person(ent.text, ent.label_, speaker or subject) or named_role):
            continue
        if re.search(r"\s(?:and|&)\s", ent.text):
            continue  # "Mercer and Brown": two people, neither of them a "he" nor one speaker
        if ent.start > span.start and span.doc[ent.start - 1].text == "(":
            continue  # "(Dwight Adams/IndyStar)": a photo credit
        if root.dep_ == "compound" and root.head.ent_type_ == "PERSON":
            continue  # "Whitley County Sheriff" before "Marcus Gatton": a title, not another person
        if ent.start in spoken:
            continue  # a name inside a quotation is spoken of, not speaking
        if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS:
            continue  # "able to go into Baba Amr": a place, whatever the tagger called it
        if ent[-1].lower_.rstrip(".") in STREET_WORDS:
            continue  # "Omar El Mokhtar Street", a person to the tagger
        if root.dep_ in {"poss", "nmod"} and _role_gender(root.head) is not None and not subject:
            continue  # "the speech by Gadhafi's son": the son is the person there, whom "he" may mean
        # The main clause's subject before one of a clause inside ("When cinematographer Linus
        # Sandgren wins, Emma Stone stomps her feet": Stone); "Elijah's brother Sebastian asked": the
        # brother named beside the subject's noun before its owner.
        found.append((not speaker, not subject, not main, _subordinate(ent), root.dep_ == "poss", ent.start,
                      cluster.name(ent.text), subject))
    found.sort()
    return [(name, subject) for *_, name, subject in found]


def _subordinate(ent) -> bool:
    """Whether a name is the subject of a clause a conjunction makes subordinate ("As Stone wins best
    actress, ... Brie Larson watches": Stone), which a parse that lost the main clause leaves
    unranked against the subject of the clause the sentence is about."""
    root = ent.root
    return root.dep_ in SUBJECTS and any(c.dep_ == "mark" for c in root.head.children)


def _as_subject(ent, span) -> tuple[bool, bool]:
    """Whether a name stands as a subject — itself, or beside or owning the subject's noun ("Elijah's
    brother Sebastian asked"; not a body named before it, "the Facebook founder said") — and whether
    that subject is the main clause's."""
    root = ent.root
    subject = root.dep_ in SUBJECTS or (root.head.dep_ in SUBJECTS and (
        root.dep_ in {"appos", "poss"} or root.dep_ == "compound" and ent.label_ == "PERSON"))
    head = root if root.dep_ in SUBJECTS else root.head
    return subject, subject and head.head == span.root


def _untagged_subjects(sentence: Sentence, cluster: Cluster, speaking: bool = False) -> list[tuple[str, bool]]:
    """A subject the tagger left unnamed ("Trump tweeted in support of the deal") that the
    cluster knows as a person elsewhere: a candidate for the very next sentence's "he". (name,
    whether it is the subject of the sentence's main verb). ``speaking``: subjects of a verb of
    saying only."""
    span = sentence.doc
    if span is None:
        return []
    spoken = spoken_tokens(sentence)
    found = []
    for tok in span:
        if tok.dep_ not in SUBJECTS or tok.ent_type_ in NAMED or speaking and tok.head.lemma_ not in SPEECH_VERBS:
            continue  # (a surname the tagger took for a language, "says Riese", is still untagged)
        if tok.pos_ != "PROPN":
            # "Cutter defended ...": a capitalised noun with no determiner, a cluster person's surname
            # ("Solters was also no help": a surname ending in s, read as a plural)
            bare = tok.tag_ in {"NN", "NNS"} and tok.text[:1].isupper() and \
                not any(c.dep_ == "det" for c in tok.children)
            if bare and tok.i not in spoken and (bearer := cluster.bearer(tok.text)):
                found.append((bearer, tok.head == span.root))
            continue
        words = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [tok]
        text = "".join(t.text_with_ws for t in words).strip()  # "Abdel-Moneim", not "Abdel - Moneim"
        if words[0].i in spoken:
            continue
        if cluster.kind(text, "") == "PERSON":
            found.append((cluster.name(text), tok.head == span.root))
        elif len(words) == 1 and (bearer := cluster.bearer(text)):
            found.append((bearer, tok.head == span.root))
        elif len(words) > 1 and not cluster.kind(text, "") and tok.head.lemma_ in SPEECH_VERBS:
            # "Agostino Severo, a Rome resident visiting Illica, said ...": a name the tagger missed
            # (or took for a nationality), someone who speaks; the next "he said" may be them.
            found.append((text, tok.head == span.root))
    return found


def _antecedent(article: Article, sentence: Sentence, gender: str | None, cluster: Cluster,
                window: int = WINDOW, before: int | None = None, role: str | None = None) -> str | None:
    """The person a "he" or "she" stands for: in the nearest sentence naming a person of that
    gender — the pronoun's own, before it, then earlier ones —, the speaker of a quotation there
    first, then its subject, then the others."""
    if before is not None and _someone_unnamed(sentence, before):
        return None  # 'Another hoped ...: "...," he wrote': one of a crowd the text does not name
    start = sentence.index
    while start > 0 and (article.id, start - 1) in cluster.running:
        start -= 1  # '“We are not the ones ... Big Bird. Big Bird is important ...,” she said': before it
    # A run of sentences whose subject is the same "he" tells of one person: the name it stands for
    # is further back by as many ("Cuong Luu was born in Vietnam ... At 20, he was in prison ... When
    # he got out ... But then he had a daughter ... “...,” he said": distant reading 9081).
    window += _pronoun_run(article, start, gender, window * 2) if gender is not None else 0
    # A photo's caption between them names who is pictured, not who speaks.
    earlier = [s for s in article.sentences[max(start - window, 0): start] if s.doc is None or not photo_caption(s.doc)]
    own = [(name, s) for name, s in _people(sentence, cluster) if before is not None and
           _named_before(name, sentence.text, before)]
    # 'The cup is not a perfect fit, says Riese, but, she adds, "..."': a speaker the tagger left
    # unnamed before the pronoun is the sentence's person too (not "Rebekah, she noted, supports
    # ...", who is spoken of).
    own += [(name, s) for name, s in _untagged_subjects(sentence, cluster, speaking=True) if before is not None and
            _named_before(name, sentence.text, before) and name not in {n for n, _ in own}]
    if before is not None and gender is not None and _object_pronoun(sentence.text[:before], gender):
        # "Asked why Northwestern gave him a scholarship, he responded": who gave him is not he;
        # the main clause's subject still is ("Elijah's brother Sebastian asked ... to see his baby
        # brother ... he asked").
        own = [(name, subject) for name, subject in own if _main_subject(name, sentence, cluster)]
    # A sentence whose subject is an unnamed person of that gender ("The woman said in the interview
    # that ...") stands for the "she" that follows: no one named further back (None ends the search).
    candidates = [own] + [_voices(previous, cluster, article, gender, role) + _roles_held(previous, article, cluster) +
                          ([(None, True)] if _unnamed_subject(previous, gender, article, cluster) else [])
                          for previous in reversed(earlier)]
    inserted = own == [] and (voice := _paragraph_before_voice(article, start, cluster, gender)) is not None
    if inserted:
        candidates.insert(1, [(voice, True)])
    if earlier and gender is not None:
        # "he" after a sentence whose subject the tagger left unnamed ("Rivers, who wore red
        # Converse shoes, said ..."): that subject before the others it names. Further back, its
        # main subject before the others ("Todaka said Allen's team had been in contact", "Solters
        # was also no help.").
        for k, previous in enumerate(reversed(earlier)):
            at = 1 if k == 0 else k + 1 + inserted
            nearest = candidates[at]
            untagged = _untagged_subjects(previous, cluster)
            main = [p for p in untagged if p[1]]  # the main clause's subject before one of a clause inside
            candidates[at] = main + [p for p in nearest if p[1]] + \
                ([p for p in untagged if not p[1]] if k == 0 else []) + [p for p in nearest if not p[1]]
    if earlier and (asked := _asks(earlier[-1])) is not None:
        # "Host Chris Wallace asked the senator what he made of it. “I think ...,” he said": the
        # answer is the asked one's — the person named, the holder of the role, else no one named.
        holder = cluster.name(asked.text) if asked.ent_type_ == "PERSON" else \
            _titled(asked.lemma_.lower(), article, earlier[-1], cluster)
        if holder:
            return holder  # whatever their given name suggests: "Lindsey Graham", asked, answers
        candidates[1] = []
    # "Graham said he was opposed ...": what a sentence says of a person's gender holds there,
    # against what the given name suggests ("Lindsey") and the cluster's other articles.
    told = {name: said for s in earlier[-2:] + [sentence] for name, said, _ in _said_of_self(s, cluster)}
    for people in candidates:
        fitting: list[tuple[str, str | None]] = []
        ended = False  # an unnamed person of that gender stands first: no one named further back
        for name, _ in people:
            if name is None:
                ended = True
                break
            known = told.get(name, cluster.genders.get(name)) or _phrase_gender(name)
            if gender is not None and _group_voice(name, article, cluster):
                continue  # '"...," Troopers wrote. ... she responded': a body of people is no "she"
            if gender is None or known is None or known == gender:
                fitting.append((name, known))
        if fitting:
            return _likeliest(fitting)
        if ended:
            return None
    return None


def _likeliest(fitting: list[tuple[str, str | None]]) -> str:
    """Of one sentence's people a pronoun may stand for (name, known gender), in the order
    :func:`_antecedent` ranks them: the first, unless it is a lone word of no known gender and a
    person named in full is known to be of the pronoun's gender ("Claremont McKenna dean of
    students Mary Spellman stepped down ... She said" is Spellman, not "McKenna", a piece of the
    college's name the tagger took for a person)."""
    first, known = fitting[0]
    if known is None and len(first.split()) == 1:
        return next((name for name, gender in fitting if gender is not None and len(name.split()) > 1), first)
    return first


def _pronoun_run(article: Article, start: int, gender: str, most: int) -> int:
    """How many sentences right before ``start``, up to ``most``, have a subject pronoun of
    ``gender`` and no person named."""
    pronouns = MALE if gender == "m" else FEMALE
    run = 0
    for previous in reversed(article.sentences[max(start - most, 0): start]):
        doc = previous.doc
        if doc is None or any(e.label_ == "PERSON" for e in doc.ents) or \
                not any(t.dep_ in SUBJECTS and t.lower_ in pronouns for t in doc):
            break
        run += 1
    return run


def _group_voice(name: str, article: Article, cluster: Cluster) -> bool:
    """Whether a speaker given by description is several people (:func:`_several`: "the couple",
    "the protesters"), or one capitalised plural ("Troopers" opening a sentence) that is no person's
    name in the cluster nor any person's surname ("Conyers" is John Conyers) and that the article
    also writes in lower case or the cluster does not name at all."""
    if _several(name):
        return True
    words = name.split()
    head = words[-1] if words else ""
    if not head.endswith("s") or head.endswith("ss"):
        return False
    if len(words) > 1 or cluster.kind(name, "") == "PERSON" or cluster.bearer(head) is not None:
        return False
    lower = re.compile(rf"\b{re.escape(head.lower())}\b")
    return any(lower.search(s.text) for s in article.sentences) or cluster.kind(name, "") == ""


def _unnamed_subject(sentence: Sentence, gender: str | None, article: Article, cluster: Cluster) -> bool:
    """Whether the sentence's subject (of its main verb or of a verb of saying) is a common noun
    for a person of ``gender`` (not a role: "the congressman" is someone named) that has no name
    beside it and that no one the article named before goes by: "The woman said"."""
    if gender is None or sentence.doc is None:
        return False
    nouns = FEMALE_NOUNS if gender == "f" else MALE_NOUNS
    for token in sentence.doc:
        if token.dep_ == "nsubj" and token.pos_ == "NOUN" and token.lemma_.lower() in nouns and \
                _sole_holder(token.lemma_.lower(), article, sentence, cluster) is None and \
                _main_or_said(token.head) and \
                not any(c.dep_ == "appos" or c.ent_type_ == "PERSON" for c in token.children) and \
                any(c.dep_ == "det" for c in token.children):  # not "his father": a relative of someone
            return True
    return False


def _main_or_said(verb) -> bool:
    """Whether a verb is the sentence's main one, one of saying, or the clause a main verb of
    saying reports ("The woman had several friends with Weiner, she said")."""
    return verb.dep_ == "ROOT" or verb.lemma_.lower() in SPEECH_VERBS or \
        (verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and verb.head.lemma_.lower() in SPEECH_VERBS)


def _someone_unnamed(sentence: Sentence, before: int) -> bool:
    """Whether the sentence's first subject, before character ``before``, is someone the text does
    not name ("Another hoped ...", "One of them wrote ...", "Someone said ...")."""
    doc = sentence.doc
    if doc is None:
        return False
    subject = next((t for t in doc if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ not in UNNAMED or subject.idx - doc.start_char >= before or \
            not all(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children):
        return False
    # Outside the quotation, before it opens: not '"I'm really bad. Someone tried to kill me," she said'.
    at = subject.idx - doc.start_char
    mark = QUOTE_MARK.search(sentence.text[at:])
    return not QUOTE_MARK.search(sentence.text[:at]) and mark is not None and \
        (mark.group() == "“" or mark.start() == 0 or sentence.text[at + mark.start() - 1] in " :—–-([")


def _roles_held(sentence: Sentence, article: Article, cluster: Cluster) -> list[tuple[str, bool]]:
    """The people a sentence speaks of by a role the article gives one person alone, as its subject
    or an owner ("a shocking betrayal by the delegate's own staff", the delegate named before as
    "Stacey Plaskett, Congress' delegate from the Virgin Islands"): after the names, for a "she"
    that follows (blind reading 8615 gave Plaskett's words to an aide named further back)."""
    doc = sentence.doc
    if doc is None:
        return []
    # One person: not "The researchers looked only at ..., he said" for the researcher named before.
    roles = [t for t in doc if t.pos_ == "NOUN" and t.tag_ != "NNS" and t.dep_ in SUBJECTS | {"poss"} and
             any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)]
    held = [holder for t in roles if (holder := _sole_holder(t.lemma_.lower(), article, sentence, cluster))]
    return [(holder, False) for holder in dict.fromkeys(held)]


def _main_subject(name: str, sentence: Sentence, cluster: Cluster) -> bool:
    """Whether the sentence names the person as the subject of its main clause, or beside that
    subject's noun ("Elijah's brother Sebastian asked": Sebastian)."""
    span = sentence.doc
    if span is None:
        return False
    return any(_as_subject(ent, span)[1] and ent.root.dep_ not in {"poss", "compound"}  # named, not an owner
               and cluster.name(ent.text) == name for ent in span.ents)


def _paragraph_before_voice(article: Article, start: int, cluster: Cluster, gender: str | None) -> str | None:
    """The one person the paragraph before gives a voice to, when the quotation opens a paragraph:
    "..., said David Straub. Kim Jong-un is ... He studied in Switzerland. // “There will be new
    leaders ...,” he said" is Straub's, whom the paragraph before reported."""
    if start == 0 or article.sentences[start - 1].paragraph == article.sentences[start].paragraph:
        return None
    number = article.sentences[start - 1].paragraph
    paragraph = [p for p in article.sentences[:start] if p.paragraph == number]
    voices = set()
    for previous in paragraph:
        if previous.doc is not None and photo_caption(previous.doc):
            continue
        said = cluster.spoken.get((previous.article, previous.index))
        found = None if said else _attributed_outside(previous)
        if found and found[1].ent_type_ == "PERSON":
            said = cluster.name(found[0])
        if said:
            voices.add(said)
    if len(voices) != 1:
        return None
    voice = voices.pop()
    if gender is not None and any(_pronoun_says(p, gender) for p in paragraph):
        return None  # "..., she said he always called from a private number": that "she" speaks on
    known = cluster.genders.get(voice)
    return voice if _personal(voice, cluster) and (gender is None or known in {None, gender}) else None


def _object_pronoun(text: str, gender: str) -> bool:
    """Whether ``text`` holds "him" (of a man): the person of a "he" after it, whom the names around
    that "him" are not. ("Her" is as often a possessive: no test for a woman.)"""
    return gender == "m" and re.search(r"\bhim\b", text, re.I) is not None


def _named_before(name: str, text: str, before: int) -> bool:
    """Whether a word of the name stands in ``text`` before character ``before``: "Kim", the
    sentence's word for Kim Jong-un, after "He called" is not who "he" is."""
    words = name.split()
    found = [at for word in words[-1:] + words[:-1] if (at := text.find(word)) >= 0]  # the surname first
    return bool(found) and found[0] < before


def _put_to(sentence: Sentence, at: int) -> bool:
    """Whether, before character ``at``, the sentence says its subject was asked ("Senator Barack
    Obama was asked: “Did Rezko ...?”"): the words after it are the asker's, whom it does not name."""
    doc = sentence.doc
    return doc is not None and any(
        t.lemma_.lower() == "ask" and t.idx - doc.start_char < at and
        any(c.dep_ in {"nsubjpass", "auxpass"} for c in t.children) for t in doc)


def _asks(sentence: Sentence):
    """The person a sentence's main verb asks ("X asked the senator what ...", "X asked Graham
    whether ..."), as the token of its object; None when it asks no one."""
    root = sentence.doc.root if sentence.doc is not None else None
    if root is None or root.lemma_.lower() != "ask":
        return None
    # A question after the object ("what ...", "whether ...", "about ...") makes it a person asked,
    # not a thing ("asked questions").
    question = any(c.dep_ in {"ccomp", "xcomp"} or (c.dep_ == "prep" and c.lower_ == "about") for c in root.children)
    return next((c for c in root.children if c.dep_ in {"dobj", "dative"} and
                 (c.ent_type_ == "PERSON" or (question and _is_role(c)))), None)


def _last_speaker(article: Article, sentence: Sentence, cluster: Cluster, gender: str | None,
                  window: int = 2) -> str | None:
    """The speaker of a quotation in the two sentences just before, when a person of the role's
    gender: '"We did not know them," Steck said. ... "We did not touch them," said the
    40-year-old mountaineer' is Steck again, not a person the sentence between names."""
    for previous in reversed(article.sentences[max(sentence.index - window, 0): sentence.index]):
        said = cluster.spoken.get((previous.article, previous.index))
        known = (cluster.genders.get(said) or _phrase_gender(said)) if said else None
        if said and _personal(said, cluster) and (gender is None or known in {None, gender}):
            return said
    return None


def _newcomer(article: Article, sentence: Sentence, before: int, cluster: Cluster,
              gender: str | None) -> str | None:
    """The person a paragraph with no quotation yet brings in, up to character ``before`` of
    ``sentence``, whom the article had not named before: '"Why not?" the best actor nominee says'
    after "Meanwhile, Viggo Mortensen leans against the wall" opens a paragraph is Mortensen, not
    whoever spoke at the end of the paragraph before; None when there is no such person or the
    paragraph has quoted someone already (the role is likely that speaker again)."""
    first, reach = sentence.index, max(sentence.index - NEWCOMER_REACH, 0)
    while first > reach and article.sentences[first - 1].paragraph == sentence.paragraph:
        first -= 1
    opening = article.sentences[first:sentence.index]
    if any((s.article, s.index) in cluster.spoken for s in opening):
        return None
    named = _first_named(article, cluster)
    mentions = [(s, e) for s in opening for e in s.entities] + [(sentence, e) for e in sentence.entities
                                                                  if e.start < before]
    new = [cluster.name(e.text) for s, e in mentions if e.label == "PERSON"
           and named.get(e.text.split()[-1], first) >= first
           and _main_subject_mention(s, e) and not any(lo <= e.start < hi for lo, hi in quoted_spans(s.text))]
    fitting = [name for name in new if gender is None or cluster.genders.get(name) in {None, gender}]
    return fitting[-1] if fitting else None


def _first_named(article: Article, cluster: Cluster) -> dict[str, int]:
    """Each surname of a person the article names → the first sentence naming them, read once per
    article (a role in every paragraph of a long page must not read the page again each time)."""
    if article.id not in cluster.first_named:
        first: dict[str, int] = {}
        for s in article.sentences:
            for e in s.entities:
                if e.label == "PERSON":
                    first.setdefault(e.text.split()[-1], s.index)
        cluster.first_named[article.id] = first
    return cluster.first_named[article.id]


def _main_subject_mention(sentence: Sentence, mention: Span) -> bool:
    """Whether an entity mention is the subject of its sentence's main verb ("Viggo Mortensen
    leans"), not a word of another phrase ("La La Land filmmakers take the stage") nor of a clause
    inside ("findings that Russia intervened to help Donald Trump win")."""
    doc = sentence.doc
    span = doc.doc.char_span(doc.start_char + mention.start, doc.start_char + mention.end) if doc is not None else None
    return span is not None and span.root.dep_ in {"nsubj", "nsubjpass"} and span.root.head.dep_ == "ROOT"


def _personal(name: str, cluster: Cluster) -> bool:
    """Whether a speaker's name is a person's: tagged a person somewhere, or a full name of
    capitalised words with no word of a body or place that the tagger called an organisation
    ("Ueli Steck", ORG) or that opens on a given name ("Ueli Steck", GPE), not a place."""
    labels = cluster.labels.get(cluster.name(name), Counter())
    if labels["PERSON"]:
        return True
    words = name.split()
    if not (2 <= len(words) <= 3 and all(w[:1].isupper() and w.lower() not in BODY_WORDS for w in words)):
        return False
    return bool(labels) and labels.most_common(1)[0][0] == "ORG" or name_gender(name) is not None


def _voices(sentence: Sentence, cluster: Cluster, article: Article | None = None,
            gender: str | None = None, role: str | None = None) -> list[tuple[str, bool]]:
    """Who a sentence gives a voice to: the speaker of its quotation, else someone it introduces
    as speaking ("A spokesman for the Metropolitan police said that ..."), then the people it names."""
    said = cluster.spoken.get((sentence.article, sentence.index))
    if not said and article is not None:
        found = _attributed_outside(sentence)
        if found and _is_role(found[1]) and (_indefinite(found[1]) or _kin_of_named(found[1])):
            said = found[0]
            gender = _role_gender(found[1])
            if said and gender:
                cluster.genders.setdefault(said, gender)
        elif found and found[1].pos_ == "PROPN":
            # "The Ocean Shield had also spotted an oil slick ..., ACM Houston said": the one who
            # says so, before the sentence's subject (a title the tagger took for a body's name:
            # the one person of the cluster with that surname)
            person = found[1].ent_type_ == "PERSON" and cluster.is_person(found[0], "PERSON", speaks=True)
            said = cluster.name(found[0]) if person else cluster.bearer(found[1].text)
    subject = _pronoun_subject(sentence)
    unnamed = subject is not None and (gender == subject or gender is None and role is not None)
    if unnamed or role is not None and _role_subject(sentence, role):
        # "She added that it wasn't clear whether Whitaker had been briefed": the sentence is
        # about the same "she", whom it does not name; the others it names are not her. Nor are
        # the people an unnamed "he", "she" or the same role acted on the holder of a role ("Born
        # ..., the designer studied under Balenciaga ... He dressed ... Jackie Kennedy, Nancy
        # Reagan ... During a 2009 interview, the designer admitted").
        return [(said, True)] if said else []
    people = _people(sentence, cluster)
    if gender is not None and _pronoun_says(sentence, gender):
        # "... including on the site Formspring, ..., she said": a "she" speaking in an aside is
        # the sentence's subject if anyone ("Anna Smith ... was on the first floor, she said").
        people = [p for p in people if p[1]]
    return ([(said, True)] if said else []) + people


def _pronoun_says(sentence: Sentence, gender: str) -> bool:
    """Whether a "he" or "she" of ``gender`` says something in the sentence, as an aside too ("...
    on the site Formspring, and on email, she said, adding ..."): the names it gives are what that
    voice speaks of."""
    pronouns = MALE if gender == "m" else FEMALE
    return sentence.doc is not None and any(
        t.dep_ == "nsubj" and t.lower_ in pronouns and t.head.lemma_.lower() in SPEECH_VERBS for t in sentence.doc)


def _role_subject(sentence: Sentence, role: str) -> bool:
    """Whether the sentence's main subject is that role with no name beside it ("the designer
    studied under Balenciaga")."""
    subject = _main_clause_subject(sentence)
    return subject is not None and subject.lemma_.lower() == role and _named_beside(subject) is None


def _pronoun_subject(sentence: Sentence) -> str | None:
    """ "m" or "f" when the sentence's main subject is he or she."""
    subject = _main_clause_subject(sentence)
    word = subject.lower_ if subject is not None else ""
    return "m" if word == "he" else "f" if word == "she" else None


def _main_clause_subject(sentence: Sentence):
    """The subject of the sentence's main clause; in "Anna Smith ... was on the first floor ..., she
    said", what was said is the main clause, its subject Anna Smith."""
    root = sentence.doc.root if sentence.doc is not None else None
    if root is None:
        return None
    said = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
    if said is not None and root.lemma_.lower() in SPEECH_VERBS:
        root = said
    return next((c for c in root.children if c.dep_ in SUBJECTS), None)


def _organisation(article: Article, sentence: Sentence, cluster: Cluster, window: int = 4) -> str | None:
    """What "it said" stands for: the nearest earlier organisation that is a sentence's subject."""
    for previous in reversed(article.sentences[max(sentence.index - window, 0): sentence.index]):
        span = previous.doc
        if span is None:
            continue
        for ent in span.ents:
            root = ent.root
            if root.dep_ in {"compound", "appos"} and root.head.lemma_.lower() in NOT_PEOPLE:
                root = root.head  # "The US-based 38 North website noted"
            if root.dep_ in SUBJECTS and cluster.kind(ent.text, ent.label_) in {"ORG", "PERSON"} and \
                    not cluster.is_person(ent.text, ent.label_):
                return cluster.name(ent.text)
    return None


def _cluster(articles: list[Article], canonical: dict[str, str], types: dict[str, str]) -> Cluster:
    """Entity kinds by majority over the cluster's mentions — a person where merging found one the
    tagger called otherwise ("Beatrice Megevand-Roggo", an organisation to it), no person where
    merging found none ("an Amber Alert") —, and each person's gender by the pronouns that follow
    sentences naming only them."""
    cluster = Cluster(canonical)
    labels: dict[str, Counter] = defaultdict(Counter)
    full: dict[str, Counter] = defaultdict(Counter)  # labels of full names, more reliable than of surnames
    for article in articles:
        for sentence in article.sentences:
            for span in sentence.entities:
                name = cluster.name(span.text)
                labels[name][span.label] += 1
                if len(clean_mention(span.text).split()) > 1:
                    full[name][span.label] += 1
    overruled = {name for name, counts in labels.items()
                 if types.get(name, "PERSON") != "PERSON" and counts.most_common(1)[0][0] == "PERSON"}
    for name in overruled:
        del labels[name]["PERSON"]  # merging overruled the tagger's "person"
        labels[name][types[name]] += 1
    cluster.labels = dict(labels)
    cluster.kinds = {name: "PERSON" if types.get(name) == "PERSON" else (full.get(name) or c).most_common(1)[0][0]
                     for name, c in labels.items()}
    cluster.kinds.update({name: types[name] for name in overruled})
    cluster.genders = _genders(articles, cluster)
    return cluster


def _said_of_self(sentence: Sentence, cluster: Cluster) -> list[tuple[str, str, str]]:
    """(person, gender, name as written) where a named person says something of "he" or "she" in
    the one sentence: "Lindsey Graham said he was opposed to ..." tells that he is a man. Not a
    "she" the person's quoted words speak of ('"She knows nothing about me," Trump added')."""
    if sentence.doc is None:
        return []
    found = []
    spoken = spoken_tokens(sentence)
    for verb in sentence.doc:
        if verb.lemma_.lower() not in SPEECH_VERBS or verb.pos_ != "VERB":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        said = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        pronoun = next((c for c in said.children if c.dep_ in SUBJECTS), None) if said is not None else None
        if subject is None or pronoun is None or pronoun.lower_ not in {"he", "she"} or pronoun.i in spoken or \
                subject.ent_type_ != "PERSON" or not cluster.is_person(subject.text, "PERSON"):
            continue
        entity = next((e for e in sentence.doc.ents if e.start <= subject.i < e.end), None)
        if entity is not None:
            found.append((cluster.name(entity.text), "m" if pronoun.lower_ == "he" else "f", entity.text))
    return found


def _genders(articles: list[Article], cluster: Cluster) -> dict[str, str]:
    """Each person's gender, as the text tells it — a courtesy title (Mr, Ms) before the name, the
    he or she that opens the sentence after one whose only person is its subject, "X said he ..."
    (:func:`_said_of_self`) — else, for a person the text says nothing of, as their given name
    does (:func:`storylens.entities.name_gender`)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for article in articles:
        for i, sentence in enumerate(article.sentences):
            for m in COURTESY_NAME.finditer(sentence.text):
                votes[cluster.name(m.group(2))][HONORIFICS[m.group(1).lower()]] += 2
            for name, gender, written in _said_of_self(sentence, cluster):
                if len(written.split()) > 1 or name_gender(name) in {None, gender}:
                    # A surname alone may be another bearer's the names were merged with ("Obama
                    # told Khloe he thought" is not Michelle Obama): there the given name decides.
                    votes[name][gender] += 1
            people = _people(sentence, cluster)
            if len(people) != 1 or i + 1 >= len(article.sentences):
                continue
            # Not a quotation's "she" ('"She will confirm the letter she signed!" after "... ," Trump
            # wrote'): the speaker's words about someone else.
            opening = re.match(r"[^\w\"“‘']*(\w+)", article.sentences[i + 1].text)
            word = opening.group(1).lower() if opening else ""
            if word not in {"he", "she"}:
                continue
            # The one person named, as the subject; or as another part when a "he" is the subject and
            # a "she" opens the next sentence ("That night, he met a bar girl named Linh Hoa ... She
            # was a sex worker"): she is not he.
            if people[0][1] or _pronoun_subject(sentence) == ("f" if word == "he" else "m"):
                votes[people[0][0]]["m" if word == "he" else "f"] += 1
    genders = {}
    for name, v in votes.items():
        if v["m"] > v["f"]:
            genders[name] = "m"
        elif v["f"] > v["m"]:
            genders[name] = "f"
    for name, kind in cluster.kinds.items():  # the text is silent: what the given name says
        if kind == "PERSON" and name not in genders and (gender := name_gender(name)) is not None:
            genders[name] = gender
    return genders
