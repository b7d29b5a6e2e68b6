"""Disputes through the real pipeline (spaCy, WordLlama, the trained scorers).

Parsing traps each have a twin that must still be read: what makes a figure a count of an
event matters as much as what keeps an identifier, a time stamp or a piece of advice out.
Alignment is tested on what is fixed (which claims may be paired, which values conflict); the
trained model's judgement is tested on clear cases both ways.
"""

from __future__ import annotations

import math
import signal

import numpy as np

from storylens.align import FEATURE_NAMES, Scene, candidate_pairs, conflict, score
from storylens.annotate import annotate
from storylens.claims import Mention, extract
from storylens.clean import clean
from storylens.entities import canonical_lookup, merge
from storylens.ingest import read_text
from storylens.pipeline import digest
from storylens.represent import sentence_vectors


def mentions(*articles: str) -> list[Mention]:
    return extract(annotate([clean(r) for r in read_text("\n\n|||||\n\n".join(articles))]))


def values(found: list[Mention], measure: str | None = None) -> set[str]:
    return {m.value for m in found if measure is None or m.measure == measure}


def pairs_of(*articles: str):
    arts = annotate([clean(r) for r in read_text("\n\n|||||\n\n".join(articles))])
    scene = Scene(arts, sentence_vectors(arts), canonical_lookup(merge(arts)))
    return scene, score(candidate_pairs(extract(arts), scene))


def conflicts(*articles: str) -> list:
    """The candidate pairs of the articles whose values conflict."""
    return [p for p in pairs_of(*articles)[1] if p.conflict]


def sides(*articles: str) -> list[set[str]]:
    return [{c.value for c in d.claims} for d in digest(read_text("\n\n|||||\n\n".join(articles))).disputes]


# Parsing: what is a figure of an event, and what is not.

def test_no_one_counts_the_people_of_an_event_not_advice():
    assert not values(mentions("Nobody should use acetaminophen to treat a hangover, the doctors said."), "count")
    assert "0" in values(mentions("No one was killed in the raid on the party office, police said."), "count")


def test_identifiers_are_not_counts():
    found = mentions("Flight 370 vanished over the sea. Sprint will also carry the iPhone 5 in October. "
                     "He robbed a Walgreens at 3914 W. Commercial Blvd. in Tamarac. "
                     "The team won the final 3-1 on Sunday. The ship sank at 25 degrees north.")
    assert not values(found, "count")
    twin = mentions("The plane vanished with 239 people aboard, and 12 crew members were never found.")
    assert {"239", "12"} <= values(twin, "count")


def test_live_blog_stamps_are_not_times_of_events():
    assert not values(mentions("10:06 am: I offer my office mate a couple of sprays, but he says no way."), "clock")
    assert values(mentions("The tragic accident happened at about 11:45 a.m. on the 23rd floor."), "clock")


def test_a_figure_in_another_unit_is_one_figure():
    found = mentions("The bodies were found two meters (six feet) apart on the glacier.")
    assert values(found, "quantity") == {"two"}


def test_a_fragment_opening_on_a_preposition_is_read_and_ends():
    """A line such as "At an NRA event earlier this month." (a caption's tail, a lower-cased
    Multi-News+ page had it) parses with the preposition as its root. The walk up from "earlier
    this month" to its verb compared tokens by identity, which spaCy never keeps, and looped for
    ever there. Its twin: a relative time of an event is still read."""
    def stop(*_):
        raise TimeoutError("reading the fragment did not end")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(60)
    try:
        found = mentions("Trump Jr. spoke at an NRA event earlier this month. At an NRA event earlier this month.")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert "earlier this month" in values(found, "relative")
    assert "last month" in values(mentions("A diver found the five cans of coins last month."), "relative")


def test_a_dozen_is_a_round_count_and_keeps_its_qualifier():
    """Pair readers of Multi-News+ found "more than a half-dozen people were killed" read as 12 and
    set against "eight people were killed" (the article between "more than" and the count word
    hid the qualifier, and "half-dozen" is three tokens). Its twin: "a half-dozen" is still at odds
    with eight."""
    found = {m.value: (m.lo, m.hi) for m in mentions("More than a half-dozen people were killed by the truck.")}
    assert found["more than a half-dozen"] == (6.0, math.inf)
    assert not conflicts("More than a half-dozen people were killed by the truck on Sunday.",
                         "Eight people were killed by the truck on Sunday.")
    assert conflicts("A half-dozen people were killed by the truck on Sunday.",
                     "Eight people were killed by the truck on Sunday.")


def test_a_figure_written_to_fewer_digits_is_the_same_figure():
    """ "$1.7 billion" is "$1.73 billion" rounded, and "44 percent" is 43.8 (pair readers called such
    pairs compatible). Twins: figures written to the same digits still differ."""
    assert not conflicts("The company paid $1.73 billion for the firm.", "The company paid $1.7 billion for the firm.")
    assert not conflicts("Sales rose 43.8 percent last year.", "Sales rose 44 percent last year.")
    assert conflicts("Sales rose 44 percent last year.", "Sales rose 45 percent last year.")
    assert conflicts("The settlement was $3.44 million, the lawyer said.",
                     "The settlement was $3.68 million, the lawyer said.")


def test_a_magnitude_written_after_its_word_is_read_and_not_rounded():
    """ "The magnitude 6 quake" and "the magnitude-6.2 quake" (readings 8711-8725 found them set
    against each other and the program blind to both). Twin: "a 6.2-magnitude earthquake" is
    still read, and a magnitude given to a tenth differs from a whole one."""
    found = mentions("The magnitude 6 quake struck at 3:36 a.m. near Accumoli.",
                     "The magnitude-6.2 quake hit the region on Wednesday.",
                     "Italy was struck by an earthquake with a magnitude of 6.1 on Wednesday.",
                     "A 6.2-magnitude earthquake struck central Italy early Wednesday.")
    magnitudes = {(m.article, m.value) for m in found if m.thing == "magnitude"}
    assert {value for _, value in magnitudes} == {"6", "6.2", "6.1"}
    assert len(magnitudes) == 4
    assert conflicts("The magnitude 6 quake struck at 3:36 a.m. near Accumoli.",
                     "A 6.2-magnitude earthquake struck near Accumoli at 3:36 a.m.")
    assert not conflicts("The magnitude-6.2 quake struck near Accumoli at 3:36 a.m.",
                         "A 6.2-magnitude earthquake struck near Accumoli at 3:36 a.m.")


def test_an_age_before_a_name_the_tagger_did_not_call_a_person_is_that_name_s():
    """ "The 46-year-old Zirkle, a three-time Iditarod runner-up, shared King's view": Zirkle's age,
    which had gone to King, the one name tagged a person (a dev pair set King's 59 against it).
    Twins: "The 59-year-old King" is still King's, and "a 14-year-old boy" is no one named."""
    found = mentions("The 59-year-old King, a four-time Iditarod champ, said the snow was bad this year.",
                     "The 46-year-old Zirkle, a three-time Iditarod runner-up, shared King's view that it was bad.",
                     "A 14-year-old boy was hurt in the crash on Monday, police said.")
    ages = {m.value: m.thing for m in found if m.measure == "age"}
    assert ages["59"] == "King" and ages["46"] == "Zirkle" and ages.get("14", "") == ""


def test_once_opening_a_clause_is_when_not_one_time():
    assert not values(mentions("Once at the top, the girl managed to flag down a passing truck."), "times")
    assert "once" in values(mentions("The office was raided once in 2015 and again last week."), "times")


def test_one_of_a_group_is_a_part_not_a_total():
    """ "One of the counter-protesters was stabbed" tells of one member, not how many were stabbed:
    it is never set against "three people were stabbed"; "six of those arrested are Klan
    supporters" still counts the supporters among the arrested."""
    assert not conflicts("One of the counter-protesters was stabbed at the rally in Anaheim on Saturday.",
                         "Three people were stabbed at the rally in Anaheim on Saturday, police said.")
    (group,) = [m for m in mentions("Six of those arrested are Klan supporters, police said.") if m.measure == "count"]
    assert not group.part and group.thing == "supporter"
    assert conflicts("Two people were stabbed at the rally in Anaheim on Saturday.",
                     "Three people were stabbed at the rally in Anaheim on Saturday, police said.")


def test_the_whole_of_a_partitive_is_no_count_of_the_event():
    """ "Threw out three of the eight murder charges": eight charges were brought, three thrown out;
    "eight" is never set against "thrown out three charges" (a row the digest reported at 0.94 on
    a dev cluster). Its twin: eight charges thrown out against three is still a conflict."""
    assert not conflicts("A judge has thrown out three murder charges against abortion doctor Kermit Gosnell.",
                         "The judge threw out three of the eight murder charges against Kermit Gosnell.")
    assert conflicts("A judge has thrown out three murder charges against abortion doctor Kermit Gosnell.",
                     "The judge threw out eight murder charges against Kermit Gosnell on Tuesday.")


def test_money_of_several_things_the_subject_counts_is_a_sum_not_ones():
    """ "The seven films in the franchise have totaled $3.392 billion" is the sum of seven films'
    grosses: never set against one film's "$1 billion" (a row every blind reading of the Furious 7
    cluster found wrong, 0.93). Its twin: two films' figures of one gross still conflict."""
    assert not conflicts("Universal said the seven films in the franchise have totaled $3.392 billion in worldwide "
                         "grosses.", "Furious 7 is the first film from Universal Studios to gross $1 billion.")
    assert conflicts("Universal said Furious 7 has grossed $1.2 billion in worldwide ticket sales.",
                     "Furious 7 is the first film from Universal Studios to gross $1 billion in worldwide sales.")


def test_the_first_of_an_enumeration_is_a_part():
    """ "One official ... and a second": the first of several, not how many there were."""
    assert not conflicts("The ministry paid one official on Monday in Lahore, and a second official was paid later.",
                         "The ministry paid two officials on Monday in Lahore, the letter says.")
    assert conflicts("The ministry paid one official on Monday in Lahore, the letter says.",
                     "The ministry paid two officials on Monday in Lahore, the letter says.")


def test_a_figure_per_period_is_a_rate_not_a_count():
    assert not values(mentions("An estimated 37 children have died of heatstroke in hot cars each year in the US."),
                      "count")
    assert "749" in values(mentions("In all, 749 children have died of heatstroke in hot cars since 1998."), "count")
    assert "27" in values(mentions("Police arrested 27 people a day after the raid, the Daily Mail reported."), "count")


def test_a_short_definite_description_fills_no_slot():
    """ "went to the daycare" and "went to the center" point back to one place in other words."""
    found = mentions("Later that evening, Jenny Barker went to the daycare and was told the girl was absent.")
    assert not values(found, "slot")
    named = mentions("Knowles turned himself in to Fort Lauderdale police on Sunday.")
    assert "Fort Lauderdale police" in values(named, "slot")
    assert not values(mentions("Amber Pasztor has not been charged with Macomber's death."), "slot")
    assert values(mentions("Amber Pasztor was charged with criminal trespassing in July."), "slot")


def test_figures_that_break_a_total_down_are_parts():
    """ "$3 million to one official and $500,000 to a second" against "more than $3.5 million":
    the sentence breaks the total down; its figures are not set against the total."""
    assert not conflicts("The letter says the minister paid $3 million to one general and $500,000 to a colonel.",
                         "The minister paid more than $3.5 million to two officers, the letter says.")
    assert conflicts("The letter says the minister paid $3 million to the general in Lahore.",
                     "The minister paid $4 million to the general in Lahore, the letter says.")


def test_negated_adjectives_keep_their_sign():
    found = {m.value: m.polarity for m in mentions("The weapons were not legal and the staff were non-vital.")
             if m.measure == "adjective"}
    assert found == {"not legal": -1, "vital": -1}
    assert mentions("The weapons were legal, the party said.")[0].polarity == 1


def test_not_legal_agrees_with_illegal():
    (illegal,) = [m for m in mentions("Police found illegal weapons at the office.") if m.measure == "adjective"]
    (not_legal,) = [m for m in mentions("The weapons were not legal, police said.") if m.measure == "adjective"]
    (legal,) = [m for m in mentions("The weapons were legal, the party said.") if m.measure == "adjective"]
    assert not conflict(illegal, not_legal)
    assert conflict(illegal, legal)


def test_hyphenated_number_words_are_read_whole():
    (age,) = [m for m in mentions("Twenty-eight-year-old Geraldine Alcorn was arraigned on Wednesday.")
              if m.measure == "age"]
    assert (age.lo, age.thing) == (28, "Geraldine Alcorn")


def test_times_ago_are_dates_with_their_qualifiers():
    def ago(text: str) -> Mention:
        (found,) = [m for m in mentions(text) if m.kind == "date"]
        return found

    about = ago("The first humans left Africa around 100,000 years ago, the study says.")
    between = ago("Homo sapiens left Africa between 50,000 and 100,000 years ago, the study found.")
    assert about.measure == between.measure == "ago"
    assert not conflict(about, between)  # around 100,000 and 50,000–100,000 overlap
    recent = ago("The first humans left Africa around 50,000 years ago, researchers said.")
    assert conflict(about, recent)


def test_vague_relative_times_overlap_but_seasons_still_differ():
    def when(text: str) -> Mention:
        (found,) = [m for m in mentions(text) if m.measure == "relative"]
        return found

    several = when("The rapper was hospitalized in Las Vegas several days ago, his publicist said.")
    few = when("The rapper was hospitalized in Las Vegas a few days ago, his publicist said.")
    assert not conflict(several, few)  # two vague spans of days overlap
    months = when("The rapper was hospitalized in Las Vegas a few months ago, his publicist said.")
    assert conflict(several, months)
    spring = when("The couple found the coins last spring, the dealer said.")
    month = when("The couple found the coins last month, the dealer said.")
    assert conflict(spring, month)


def test_trillions_are_read():
    (cut,) = [m for m in mentions("The deal would cut around $1 trillion in spending.") if m.measure == "money"]
    assert cut.lo == 0.85e12 and cut.hi == 1.15e12


# Alignment: which claims may be paired at all.

def test_ages_in_a_list_set_off_by_semicolons_are_read():
    # Seed 8513's reader found Kevin Johnson 25 in three reports and 24 in this list.
    found = mentions("The suspects were identified as: Kevin Deon Johnson, 24; Dwight Kevin Smith, 30; and "
                     "Antheyst Jarrett, 27.")
    assert {(m.thing, m.value) for m in found if m.measure == "age"} >= {("Kevin Deon Johnson", "24"),
                                                                         ("Dwight Kevin Smith", "30")}
    # Its twin: a number in a list of names that no comma sets off is no age.
    assert not values(mentions("The winners were Dwight Smith 30; Kevin Johnson 24; and Ann Lee 12."), "age")
    assert sides("Three suspects arrested on Friday were identified by the district attorney as: Kevin Deon "
                 "Johnson, 24; Dwight Kevin Smith, 30; and Antheyst Jarrett, 27.",
                 "Kevin Johnson, 25, was arrested on Friday in the killing of the boy, police said. Dwight Kevin "
                 "Smith, 30, was arrested too.") == [{"24", "25"}]


def test_one_age_given_for_several_named_people_is_each_ones():
    # Readings 8693, 8701 and 8705 found Liberty German 13 in one report, 14 in two: "13-year-olds
    # Liberty German and ...", "..., both 13" and "German,14" (no space) were not read as ages.
    for text in ("Indications were that they were 13-year-olds Liberty German and Abigail Williams.",
                 "Police would not say if the bodies were those of Liberty German and Abigail Williams, both 13."):
        assert {(m.thing, m.value) for m in mentions(text) if m.measure == "age"} == \
            {("Liberty German", "13"), ("Abigail Williams", "13")}
    glued = mentions('Police identified the two as Abigail "Abby" Williams,13, and Liberty "Libby" German,14.')
    assert {(m.thing, m.value) for m in glued if m.measure == "age"} == \
        {("Abigail Williams", "13"), ("German", "14")}
    # Its twins: a count of people their age, and one name's "both", are no age of a named person.
    assert not values(mentions("Police said two 13-year-olds were hurt in the crash on Monday."), "age")
    assert not values(mentions("Police said Liberty German was there with friends, both 13."), "age")


def test_ages_of_two_people_are_never_paired():
    _, found = pairs_of("Jacob San-Juan, 20, was charged with theft on Monday, police said.",
                        "Michael Vaz, 19, was charged with theft on Monday, police said.")
    assert not [p for p in found if p.a.measure == "age"]
    _, same = pairs_of("Jacob San-Juan, 20, was charged with theft on Monday, police said.",
                       "Jacob San-Juan, 21, was charged with theft on Monday, police said.")
    assert [p for p in same if p.a.measure == "age" and p.conflict]


def test_what_he_spoke_to_is_paired_only_between_actors_each_sentence_names():
    # Reading 8519: "he spoke to a labor union official" (he, the union president) against
    # "the official said he spoke to Obama" was a row at 0.98, both "he" resolved to Obama.
    found = conflicts("The labor union president told the FBI on Monday that he spoke to a labor union official "
                      "about the Senate seat.",
                      "A labor union official said on Monday he spoke to Obama about the Senate seat.")
    assert not [p for p in found if p.a.measure == "slot"]
    # Its twin: one named actor's two fillers are still set against each other.
    found = conflicts("Jesse Jackson Jr. spoke to a labor union official about the Senate seat on Monday, the "
                      "report said.",
                      "Jesse Jackson Jr. spoke to Obama about the Senate seat on Monday, the report said.")
    assert [p for p in found if p.a.measure == "slot"]


def test_a_part_of_a_total_is_paired_only_with_parts():
    """"Three men and a woman" or "including three children" count part of a total: never set
    against the total ("four people"), but against the same part elsewhere."""
    assert not conflicts("Three men and a woman were arrested after the blast in Camden on Monday, police said.",
                         "Four people were arrested after the blast in Camden on Monday, police said.")
    _, parts = pairs_of("Eight people including three children were injured in the blast in Camden on Monday.",
                        "The blast in Camden on Monday injured eight people, including two children.")
    assert {(p.a.value, p.b.value) for p in parts if p.conflict} in ({("three", "two")}, {("two", "three")})


def test_one_article_pairs_only_two_named_sources():
    _, unnamed = pairs_of("Police arrested 5 people on Monday. Later 27 people were arrested in the city.")
    assert not unnamed
    _, named = pairs_of("Police spokesman Ali Khan said 5 people were arrested on Monday. "
                        "The party's leader Faisal Sabzwari said 27 people were arrested on Monday.")
    assert any(p.conflict for p in named)


def test_features_follow_their_names():
    scene, found = pairs_of("Police arrested 5 people after the protest in Lahore on Monday, officials said.",
                            "At least 27 people were arrested after the protest in Lahore, police said.")
    (pair,) = found
    named = dict(zip(FEATURE_NAMES, pair.features))
    assert len(pair.features) == len(FEATURE_NAMES)
    assert named["both_leads"] == 1 and named["same_event"] == 1 and named["additive"] == 0
    assert named["mutual_best"] == 1 and named["rank_in_article"] == 0
    assert np.isclose(named["sentence_similarity"], float(scene.vector(pair.a) @ scene.vector(pair.b)))


# The trained scorer's judgement, on clear cases both ways.

def test_one_count_reported_differently_is_a_dispute():
    (dispute,) = digest(read_text("Police arrested 5 people after the protest in Lahore on Monday, officials said."
                                  "\n\n|||||\n\nAt least 27 people were arrested after the protest in Lahore, "
                                  "police said.")).disputes
    assert {c.value for c in dispute.claims} == {"5", "at least 27"}
    assert dispute.kind == "number" and 0.6 <= dispute.confidence <= 1
    assert "arrest" in dispute.why and "5 vs at least 27" in dispute.why


def test_agreeing_counts_are_not_disputes():
    assert not sides("Police arrested about 20 people after the protest in Lahore on Monday, officials said.",
                     "21 people were arrested after the protest in Lahore, police said on Monday.",
                     "At least 10 people were arrested after the protest in Lahore on Monday.")


def test_counts_of_different_events_are_not_disputes():
    assert not sides("A car bomb killed 86 people in Nice on Thursday night, officials said.",
                     "In 2011, Anders Breivik killed 77 people in Norway in a bombing and a shooting spree.")


def test_a_later_update_is_not_a_dispute():
    assert not sides("Two people were stabbed at the rally in Anaheim on Saturday, police said.",
                     "The number of people stabbed at the rally has since risen to three, police said later.")


def test_a_part_the_parser_hangs_on_a_description_and_an_age_of_another_time_are_not_counts_to_compare():
    found = mentions("Three men identified by police as gang members and a woman were arrested in the "
                     "shooting death of a 19-year-old man.")
    assert all(m.part for m in found if m.value == "Three")
    # Its twin: the total they make is still a count of the arrested.
    found = mentions("Four people have been arrested in connection with the fatal shooting of a 19-year-old man.")
    assert any(m.value == "Four" and not m.part and m.event == "arrest" for m in found)
    found = mentions("Shinozuka's grandfather was diagnosed with Alzheimer's when Shinozuka was four years old "
                     "and he regularly wanders out of bed at night.")
    assert "four" not in values(found, "age")
    # Its twin: the person's age now is read.
    assert "Fifteen" in values(mentions("Fifteen-year-old Kenneth Shinozuka of New York City won the award."), "age")


def test_half_a_million_dollars_is_money_and_a_part_beside_another_sum_of_one_payment():
    found = mentions("\u201cThe 3 millions dollars have already been paid\u201d to one Pakistani military official "
                     "and \u201chalf a million dollars\u201d and some jewelry had been given to a second official, "
                     "says the letter.")
    money = [m for m in found if m.measure == "money"]
    assert {m.lo for m in money} == {3e6, 5e5} and all(m.part for m in money)
    # Its twin: a total with a part "including" it stays the total.
    found = mentions("Eight people, including three children, were injured in an explosion on Monday.")
    assert any(m.value == "Eight" and not m.part for m in found)


def test_a_count_named_by_its_event_is_not_named_twice():
    text = ("Paramilitary troops raided the party's headquarters in Karachi on Tuesday, making about 20 arrests.\n\n"
            "|||||\n\nParamilitary troops raided the party's headquarters in Karachi, making five arrests, "
            "police said.")
    topics = [d.topic for d in digest(read_text(text), min_confidence=0.0).disputes if d.kind == "number"]
    assert "how many arrests" in topics and not any("arrests arrest" in t for t in topics)


def test_the_text_after_a_token_is_the_paragraphs_own():
    """Read token by token, the text after every token is what slicing the paragraph's text gives
    (the age, identifier and "-based" tests read it)."""
    from storylens.claims.base import text_after
    from storylens.models import nlp

    doc = nlp()("Geraldine Alcorn, 28,  of Dayton, Ohio-based Acme said Flight 370 left at 3:15 p.m. on Tuesday.")
    for token in doc:
        for chars in (1, 14, 40):
            assert text_after(token, chars) == doc.text[token.idx + len(token.text):][:chars]


def test_a_name_and_its_variant_with_an_article_are_one_name_to_the_pair_features():
    """"the Pakistan Rangers" in one sentence and "Pakistan Rangers" in another are the entity
    the list merged: a shared name, not two unshared ones (the example's arrests pair read "the
    Pakistan Rangers" and "Rangers" as two and scored 0.14). Another name stays another."""
    scene, pairs = pairs_of(
        "Pakistan Rangers raided the MQM party headquarters in Karachi on Wednesday. "
        "The Pakistan Rangers arrested five men at the office, a spokesman said.",
        "At least 27 party workers were arrested by Pakistan Rangers in the raid on Wednesday. "
        "The Pakistan Taliban said nothing about the raid.")
    arrests = next(p for p in pairs if {p.a.value, p.b.value} == {"five", "at least 27"})
    assert scene.names(arrests.a) == scene.names(arrests.b) == {"Pakistan Rangers"}
    row = dict(zip(FEATURE_NAMES, arrests.features))
    assert row["shared_names"] == 1 and row["unshared_names"] == 0
    assert scene.name("the Pakistan Taliban") != scene.name("the Pakistan Rangers")


def test_a_count_of_people_in_a_state_has_that_state_for_its_event():
    """Tune's gold sets "13 people are in custody" against "12 people were arrested", and "Last
    Thursday, one of Knightscope's security robots was on patrol" and "On April 19 around 8:15 pm, we
    responded" against each other's days: with a copula, or a time of day in the date, no claim was
    found. Twins: "members of the club" and "in their 30s" are no state; a span of days is no day."""
    def facts(text: str) -> set[tuple[str, str, str]]:
        return {(m.value, m.measure, m.event) for m in mentions(text) if m.measure != "adjective"}

    assert facts("Two people are dead after a shooting at a mall in Ohio.") == {("Two", "count", "die")}
    assert facts("Authorities say 13 people are in custody after the fight.") == {("13", "count", "custody")}
    assert ("Thursday", "weekday", "patrol") in facts("Last Thursday, one of the robots was on patrol at the offices.")
    assert facts("On April 19 around 8:15 pm, police responded to Knightscope.") == \
        {("April 19 around 8:15 pm", "calendar", "respond")}
    assert not facts("Three people are members of the club, he said.")
    assert not facts("The two men are in their 30s, police said.")
    assert not facts("The festival ran April 19-21 in the park downtown.")
