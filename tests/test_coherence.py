"""The coherence rules of bench/coherence.py: each flags what it should and leaves good text alone."""

from __future__ import annotations

import numpy as np
import pytest

from bench.coherence import judge
from storylens.models import nlp, wordllama


def embed(texts: list[str]) -> np.ndarray:
    return np.nan_to_num(np.asarray(wordllama().embed(texts, norm=True), dtype=np.float32))


def digest_of(*sentences: str, cites: list[tuple[str, int]] | None = None) -> dict:
    cites = cites or [("a1", 10 * i) for i in range(len(sentences))]  # never adjacent in their article
    return {"articles": [{"id": "a1", "sentences": []}],
            "summary": [{"text": s, "cites": [{"article": a, "sentence": k}]} for s, (a, k) in zip(sentences, cites)]}


LEAD = "Pakistani paramilitary troops raided the headquarters of the MQM party in Karachi on Wednesday."


@pytest.mark.parametrize("sentence", [
    "He said the weapons were licensed.",
    "They were released on bail on Thursday.",
    "It was the third raid this year.",
    "This comes after months of violence in the city.",
    "Both were later released.",
    "The two men were taken to a police station.",
    '"We were peaceful," he said.',
])
def test_a_reference_with_nothing_before_it_dangles(sentence):
    assert judge(digest_of(sentence, LEAD), nlp(), embed).dangling == [0]


def test_he_after_a_sentence_naming_no_one_dangles():
    assert judge(digest_of(LEAD, "He said the weapons were licensed."), nlp(), embed).dangling == [1]


@pytest.mark.parametrize("second", [
    "Party leader Faisal Sabzwari called the raid illegal.",
])
def test_a_named_person_lets_he_refer(second):
    found = judge(digest_of(LEAD, second, "He said the weapons were licensed."), nlp(), embed)
    assert found.dangling == []


def test_a_sentence_after_its_own_predecessor_does_not_dangle():
    found = judge(digest_of(LEAD, "It was the third raid this year.", cites=[("a1", 0), ("a1", 1)]), nlp(), embed)
    assert found.dangling == []


def test_time_words_and_the_lead_noun_are_not_dangling():
    found = judge(digest_of(LEAD, "This week the party called a strike.", "The raid lasted six hours."), nlp(), embed)
    assert found.dangling == []


def test_repeats_are_found_but_two_quotations_of_one_speaker_are_not():
    found = judge(digest_of(LEAD, "Paramilitary troops raided the MQM party headquarters in Karachi on Wednesday.",
                            '"We were peaceful," Faisal Sabzwari said.',
                            '"The weapons were licensed," Faisal Sabzwari said.'), nlp(), embed)
    assert found.repeats == [1]


def test_furniture_is_flagged_and_reporting_is_not():
    found = judge(digest_of(LEAD, "Read more about the raid here.", "Let us know what you think in the comments.",
                            "Police seized rifles and ammunition at the building."), nlp(), embed)
    assert found.furniture == [1, 2]


def test_a_sentence_about_another_story_is_off_topic():
    found = judge(digest_of(LEAD, "Rangers said the weapons seized at the MQM office were illegal.",
                            "The party called for protests across Karachi on Thursday.",
                            "A bakery in Vermont won the state's annual pie contest with a maple pecan tart."),
                  nlp(), embed)
    assert found.off_topic == [3]


def test_a_quotation_needs_its_speaker_named():
    found = judge(digest_of(LEAD, '"I always feel that without him, I don\'t exist."',
                            '"We were peaceful and silent," Faisal Sabzwari said.',
                            '"The weapons were all licensed," police said.'), nlp(), embed)
    assert found.unattributed == [1]


def test_both_and_is_no_reference():
    assert judge(digest_of(LEAD, "Both Israel and the U.S. have called on Poland to halt the bill."),
                 nlp(), embed).dangling == []


@pytest.mark.parametrize("sentence", [
    "But the party said it would keep up its protests.",
    '"But we have a lot more work to do," Faisal Sabzwari said.',
    "In one, a worker was shot dead at the gate.",
    "The zone was sealed off by troops.",
    "This committee will decide on a ban next month.",
    "Either option would leave the party without an office.",
])
def test_a_connective_or_a_description_nothing_introduced_dangles(sentence):
    assert judge(digest_of(LEAD, sentence), nlp(), embed).dangling == [1]


@pytest.mark.parametrize("sentence", [
    "Instead of talks, the government ordered more raids.",  # "instead of": no connective
    "The headquarters of the party in Karachi was sealed off by troops.",  # the phrase says which
    "The raid lasted six hours, officials said.",  # its noun is in the lead
    "Police said the suspects were wanted for murder.",  # "the suspects" is no subject of the sentence
    "The world watched as the party called a strike.",  # known to any reader
])
def test_an_identified_or_known_description_does_not_dangle(sentence):
    assert judge(digest_of(LEAD, sentence), nlp(), embed).dangling == []


def test_a_surname_alone_at_first_mention_dangles():
    assert judge(digest_of(LEAD, "Sabzwari said the weapons were licensed."), nlp(), embed).dangling == [1]
    named = digest_of(LEAD, "Faisal Sabzwari said the weapons were licensed.", "Sabzwari called for calm.",
                      "Mr Hussain condemned the raid from London.")
    assert judge(named, nlp(), embed).dangling == []


def test_more_furniture_is_flagged():
    found = judge(digest_of(LEAD, "Below is the full statement from the party.", "THE FACT CHECKER | Raids in "
                            "Karachi.", "Update: Judge calls for a new inquiry.", "Starring Matt Damon and Cecile "
                            "De France.", "The raid was led by Sgt.", "Comments not made on this Note page will be "
                            "removed.", "The Rangers said the raid followed months of violence in the city."),
                  nlp(), embed)
    assert found.furniture == [1, 2, 3, 4, 5, 6]


def test_a_title_cut_in_a_phrase_given_twice_or_opening_on_capitals_is_broken():
    from bench.coherence import broken_title

    assert broken_title("Researchers say the blood test could provide a")
    assert broken_title("OSAN AIR BASE With the stakes rising, the general flew in")
    assert broken_title("Passenger Who Arrived At Newark Being Evaluated Passenger Who Arrived At Newark")
    assert not broken_title("NASA launches a new Mars rover from Florida")
