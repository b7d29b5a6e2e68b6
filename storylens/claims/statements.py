"""Statements that can be contradicted without a number: denied and negated clauses, denials that
something existed or ever happened, adjectives with a negating prefix, what a person's action was
done to (slots), where a dated occasion took place, superlative ranks, and what kind of student or
worker someone is."""

from __future__ import annotations

import re

from storylens.claims.base import (
    DENY_LEMMAS,
    FALSE_WORDS,
    LIGHT_VERBS,
    ORDINALS,
    SPEECH,
    Mention,
    content_lemmas,
    entity_text,
    is_age,
)
from storylens.model import Sentence

SLOT_PREPS = {"to", "with", "at"}
MOTION_VERBS = {"go", "head", "come", "arrive", "return"}
NEGATING_PREFIXES = ("il", "un", "in", "im", "ir", "non", "dis")

# Negated verbs of knowing and reporting ("we don't know", "did not respond") deny nothing.
UNCERTAIN = {"know", "think", "believe", "seem", "appear", "expect", "want", "need", "respond", "comment",
             "return", "determine", "confirm", "release", "disclose", "identify", "say", "see", "go", "do",
             "remember", "recall", "understand", "elaborate", "reveal", "specify", "like", "wait", "plan"}
NEGATIVE_IMPLICATIVE = {"refuse", "fail", "decline", "avoid", "prevent", "stop", "deny", "forget", "neglect"}
HEDGES = {"might", "could", "may", "would", "should", "can", "ca", "must"}
MODALS = (HEDGES - {"must"}) | {"will", "wo"}  # "he wouldn't hurt anybody", "won't": character, not events
CONTRASTS = {"just", "only", "merely", "simply", "necessarily"}
WISHES = {"hope", "wish", "pray", "fear", "worry", "doubt", "wonder"}
INDEFINITES = {"anything", "anyone", "anybody"}


def slots(sentence: Sentence) -> list[Mention]:
    """What a person's action was done to, at or with: "turned himself in to Fort Lauderdale
    police" (turn in / to), "charged with possession of alcohol" (charge / with). ``thing`` is the
    actor as written (resolved later), ``words`` the content words of the filler."""
    found = []
    for prep in sentence.doc:
        if prep.dep_ != "prep" or prep.lower_ not in SLOT_PREPS or prep.head.pos_ != "VERB":
            continue
        verb = prep.head
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if not objects or verb.lemma_.lower() in SPEECH | LIGHT_VERBS or objects[0].ent_type_ in {"GPE", "LOC", "DATE"}:
            continue
        actor = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if actor is None or not (actor.ent_type_ == "PERSON" or actor.pos_ == "PROPN" or actor.lower_ in {"he", "she"}):
            continue
        filler = objects[0]
        words = frozenset(content_lemmas(filler.subtree))
        if not words or _refers_back(filler) or any(c.dep_ == "neg" for c in verb.children):
            continue  # "has not been charged with his death" gives no value of the charge
        particle = "".join(f" {c.lower_}" for c in verb.children if c.dep_ == "prt")
        text = sentence.doc.doc[filler.left_edge.i: filler.right_edge.i + 1].text
        found.append(Mention("claim", sentence.article, sentence.index, text, measure="slot",
                             thing=entity_text(actor) if actor.pos_ == "PROPN" else actor.lower_,
                             event=f"{verb.lemma_.lower()}{particle} {prep.lower_}", words=words,
                             frame=f"{verb.lemma_.lower()}{particle} {prep.lower_}", anchor=filler.i))
    return found


def _refers_back(noun) -> bool:
    """ "went to the center" and "went to the daycare": a short definite description names
    nothing by itself; it points back to a place or thing the text named, so two of them in
    other words do not disagree."""
    phrase = list(noun.subtree)
    return len(phrase) <= 3 and phrase[0].lower_ in {"the", "this", "that"} and \
        not any(t.pos_ == "PROPN" or t.ent_type_ for t in phrase)


def venues(sentence: Sentence) -> list[Mention]:
    """Where a dated event took place: "dined ... at Hurricane Club last night" against "went to
    dinner at STK Restaurant last night". Only events with a time in their clause are kept: the
    time is what makes two reports speak of one occasion."""
    found = []
    for prep in sentence.doc:
        if prep.dep_ != "prep" or prep.lower_ != "at" or prep.head.pos_ != "VERB":
            continue
        place = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
        if place is None or place.ent_type_ in {"PERSON", "DATE", "TIME"}:
            continue
        verb = prep.head
        # "went to dinner at X": the occasion is the noun the motion verb leads to.
        goal = next((o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                     for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
        event = goal.lemma_.lower() if goal is not None and verb.lemma_.lower() in MOTION_VERBS else verb.lemma_.lower()
        when = [e.text.lower() for e in sentence.doc.ents if e.label_ in {"DATE", "TIME"}
                and e.root.head.i == verb.i]
        if not when or event in SPEECH | LIGHT_VERBS:
            continue
        name = entity_text(place) if place.ent_type_ else " ".join(t.text for t in place.subtree)
        found.append(Mention("claim", sentence.article, sentence.index, name, measure="venue", event=event,
                             frame=f"where the {event} was", when=frozenset(when),
                             words=frozenset(t.lower_ for t in place.subtree if t.pos_ == "PROPN"), anchor=place.i))
    return found


def descriptors(sentence: Sentence, roles: set[str] | frozenset[str]) -> list[Mention]:
    """What kind of student, worker or officer one person is: "the 24-year-old computer science
    student" against "the 24-year old electronics student". ``thing`` says who (a name, else the
    age), ``event`` the role noun, ``words`` the describing nouns."""
    found = []
    for noun in sentence.doc:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in roles:
            continue
        kinds = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        who = _named(noun) or _age_in(noun)
        if not kinds or not who:
            continue
        kind = kinds[0]
        text = " ".join(t.text for t in kind.subtree)
        found.append(Mention("claim", sentence.article, sentence.index, text, measure="descriptor", thing=who,
                             event=noun.lemma_.lower(), words=frozenset(t.lemma_.lower() for t in kind.subtree),
                             frame=f"what kind of {noun.lemma_.lower()}", anchor=kind.i))
    return found


def _named(noun) -> str:
    """The person a role noun describes: "student John Doe", "John Doe, a student"."""
    for tok in (noun.head, *noun.children):
        if tok.ent_type_ == "PERSON" and (tok is noun.head and noun.dep_ in {"appos", "compound"}
                                          or tok is not noun.head and tok.dep_ == "appos"):
            return entity_text(tok)
    return ""


def _age_in(noun) -> str:
    """ "24" of "the 24-year-old student"."""
    for tok in noun.subtree:
        if tok.i >= noun.i:
            break
        if tok.like_num and is_age(tok):
            return f"aged {tok.text}"
    return ""


SAME_SUPERLATIVE = {"biggest": "largest"}
WIDE_SCOPES = {"country", "nation"}  # "the country's largest" may be any country's name


def ranks(sentence: Sentence) -> list[Mention]:
    """Superlative ranks: "Aleppo, Syria's largest" (1) against "Syria's second biggest city of
    Aleppo" (2). ``thing`` is what is ranked, ``event`` the superlative, ``where`` the scope."""
    found = []
    for tok in sentence.doc:
        if tok.tag_ != "JJS" or tok.lower_ in {"most", "least", "best", "worst", "latest"}:
            continue
        rank = _ordinal_before(tok)
        noun = tok.head if tok.dep_ == "amod" and tok.head.pos_ == "NOUN" else None
        scope = _rank_scope(tok, noun)
        target = _ranked(tok, noun)
        if not target or not scope:
            continue
        superlative = SAME_SUPERLATIVE.get(tok.lower_, tok.lower_)
        shown = tok.lower_ if rank == 1 else f"{next(k for k, v in ORDINALS.items() if v == rank)} {tok.lower_}"
        found.append(Mention("claim", sentence.article, sentence.index, shown, rank, rank, measure="rank",
                             thing=target, event=superlative, where=frozenset({scope}),
                             frame=f"{superlative} {noun.lemma_.lower() if noun is not None else ''}".strip(),
                             noun=noun.lower_ if noun is not None else "", anchor=tok.i))
    return found


def _ordinal_before(tok) -> int:
    for prev in tok.doc[max(tok.i - 2, 0): tok.i]:
        word = prev.lower_.rstrip("-")
        number = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", word)
        if word in ORDINALS or number:
            return ORDINALS.get(word) or int(number.group(1))
    return 1


def _rank_scope(tok, noun) -> str:
    """What a rank is within: the possessor ("Syria's") or the place after "in"."""
    for head in (tok, noun):
        if head is None:
            continue
        for child in head.children:
            if child.dep_ == "poss" and child.pos_ in {"PROPN", "NOUN"}:
                return child.lemma_.lower() if child.pos_ == "NOUN" else child.text.lower()
            if child.dep_ == "prep" and child.lower_ == "in":
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return " ".join(w.lower_ for w in obj.subtree if not w.is_stop and not w.is_punct)
    return ""


def _ranked(tok, noun) -> str:
    """The name ranked: "city of Aleppo", "Aleppo, the third-largest city", "X is the largest",
    "Aleppo, Syria's largest"."""
    if noun is not None:
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                obj = next((c for c in child.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
                if obj is not None:
                    return entity_text(obj)
        if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
            return entity_text(noun.head)
        if noun.dep_ == "attr":
            subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ == "PROPN":
                return entity_text(subject)
    start = min(t.i for t in tok.subtree) if noun is None else noun.left_edge.i
    start = min(start, tok.left_edge.i)
    doc = tok.doc
    if start >= 2 and doc[start - 1].text == "," and doc[start - 2].pos_ == "PROPN":
        return entity_text(doc[start - 2])
    return ""


def propositions(sentence: Sentence) -> list[Mention]:
    """Negated and denied clauses, and adjectives that carry a negating prefix."""
    found = []
    if sentence.text.rstrip().endswith("?"):
        return found
    for tok in sentence.doc:
        clause = None
        if tok.dep_ == "neg" and tok.head.pos_ in {"VERB", "AUX"} and tok.head.lemma_.lower() not in UNCERTAIN:
            clause = tok.head
        elif tok.lemma_.lower() in DENY_LEMMAS and tok.pos_ == "VERB":
            clause = next((c for c in tok.children if c.dep_ in {"ccomp", "dobj"}), None)
        elif tok.lower_ in FALSE_WORDS:
            clause = next((c for c in tok.children if c.dep_ == "ccomp"), None) or \
                next((c for c in tok.head.children if c.dep_ == "ccomp"), None)
        if clause is None or clause.lemma_.lower() in SPEECH or _not_a_denial(tok, clause):
            continue
        words = content_lemmas(_core(clause))
        denial = tok.lemma_.lower() in DENY_LEMMAS or tok.lower_ in FALSE_WORDS
        existent = _existential(clause) if denial else None
        if len(set(words)) >= 3:
            found.append(Mention("claim", sentence.article, sentence.index, "denied", polarity=-1,
                                 words=frozenset(words), event=clause.lemma_.lower(),
                                 measure="any" if _universal(clause) else "", verb="deny" if denial else "not",
                                 frame=_clause_text(clause), thing=" ".join(sorted(_objects(clause))), anchor=clause.i))
        elif existent is not None:
            found.append(Mention("claim", sentence.article, sentence.index, "denied", polarity=-1,
                                 words=frozenset({existent.lemma_.lower()}), event=clause.lemma_.lower(),
                                 measure="exists", frame=f"there was {_phrase(existent)}",
                                 thing=existent.lemma_.lower(), anchor=clause.i))
    found.extend(_adjectives(sentence))
    return found


def _not_a_denial(tok, clause) -> bool:
    """Negations that deny nothing: "not to mention", "warnings not to read" (instructions), "is
    not just technology but ..." (contrast), "cannot satisfy" (ability), "I was hoping it wasn't
    a joke" (wishes)."""
    after = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    if tok.dep_ == "neg" and (after == "to" or after in CONTRASTS):
        return True
    if tok.dep_ == "neg" and _hedged(clause):
        return True
    return any(h.lemma_.lower() in WISHES for h in clause.ancestors)


def _phrase(tok) -> str:
    return " ".join(t.text for t in tok.subtree)


def _universal(clause) -> bool:
    """ "hasn't won anything", "never asked anyone to end any investigation": a negation of every
    instance, so any report of one contradicts it."""
    if clause.lemma_.lower() in LIGHT_VERBS:
        return False  # "there were never any births": too little said to match against
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in clause.children):
        return False  # "he wouldn't hurt anybody" speaks of character, not of an event
    return any(c.lower_ in INDEFINITES or any(d.lower_ == "any" for d in c.children)
               for c in clause.children if c.dep_ in {"dobj", "attr", "nsubjpass"})


def _existential(clause):
    """The noun a denied clause says existed: "denied there was ever an affair" (affair),
    "denied that the two had an affair" (affair)."""
    lemma = clause.lemma_.lower()
    expletive = any(c.dep_ == "expl" for c in clause.children)
    for child in clause.children:
        if child.pos_ == "NOUN" and (lemma == "be" and expletive and child.dep_ == "attr"
                                     or lemma == "have" and child.dep_ == "dobj"):
            return child
    return None


def _objects(clause) -> set[str]:
    """What a clause is done to: the heads of its object or complement (pronouns left out).
    Subjects are not required to match: reports name the same actor differently."""
    return {c.lemma_.lower() for c in clause.children
            if c.dep_ in {"dobj", "attr", "acomp", "oprd"} and c.pos_ in {"NOUN", "PROPN", "ADJ"}}


def asserts(sentence: Sentence, events: set[str], objects: set[str]) -> bool:
    """Whether a sentence asserts one of ``events`` (as a verb, not negated, not "refused to") of
    ``objects``."""
    if sentence.doc is None:
        return False
    lemmas = {t.lemma_.lower() for t in sentence.doc}
    if not objects <= lemmas:
        return False
    for tok in sentence.doc:
        if tok.lemma_.lower() in events and tok.pos_ in {"VERB", "AUX"}:
            negated = any(c.dep_ == "neg" for c in tok.children)
            blocked = tok.head.lemma_.lower() in NEGATIVE_IMPLICATIVE or tok.head.lemma_.lower() in DENY_LEMMAS
            if not negated and not blocked and not _hedged(tok):
                return True
    return False


def _hedged(verb) -> bool:
    """ "might influence", "could support", "if it affected": possibilities, not assertions."""
    return any(c.dep_ == "aux" and c.lower_ in HEDGES or c.dep_ == "mark" and c.lower_ in {"if", "whether"}
               for c in verb.children)


def _core(clause) -> list:
    """The clause's verb and its arguments, without subordinate clauses hanging off it."""
    tokens = [clause]
    for child in clause.children:
        if child.dep_ not in {"advcl", "relcl", "conj", "cc", "punct", "mark", "neg", "parataxis"}:
            tokens.extend(child.subtree)
    return tokens


def _adjectives(sentence: Sentence) -> list[Mention]:
    """Adjectives with their nouns; the negating-prefix ones ("illegal") get polarity -1."""
    found = []
    for tok in sentence.doc:
        if tok.pos_ != "ADJ" or not tok.is_alpha or tok.lower_ == "non":
            continue
        noun = tok.head if tok.dep_ == "amod" else next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if noun is not None and noun.pos_ == "NOUN":
            doc = sentence.doc.doc
            before = [t.lower_ for t in doc[max(tok.i - 2, 0): tok.i]]
            # "non-vital" is split as non / - / vital; "not legal" negates the adjective
            prefixed = before[-2:] == ["non", "-"] or before[-1:] in (["non"], ["not"], ["n't"])
            polarity = -1 if tok.lower_.startswith(NEGATING_PREFIXES) or prefixed else 1
            shown = f"not {tok.lower_}" if before[-1:] in (["not"], ["n't"]) else tok.lower_
            found.append(Mention("claim", sentence.article, sentence.index, shown, polarity=polarity,
                                 thing=noun.lemma_.lower(), event=tok.lower_, measure="adjective",
                                 noun=noun.lower_, anchor=tok.i))
    return found


def _clause_text(clause) -> str:
    words = [t.text for t in clause.subtree if t.dep_ not in {"neg", "mark"} and t.lower_ not in {"never", "n't"}]
    text = " ".join(words)
    return re.sub(r"\s+([,.;:!?’”])", r"\1", text).strip(" .,“”\"")


def sentence_words(sentence: Sentence) -> set[str]:
    """Content lemmas of a whole sentence, for matching propositions against it."""
    return set(content_lemmas(sentence.doc)) if sentence.doc is not None else set()


def is_negated(sentence: Sentence) -> bool:
    return sentence.doc is not None and any(t.dep_ == "neg" or t.lemma_.lower() in DENY_LEMMAS
                                            for t in sentence.doc)
