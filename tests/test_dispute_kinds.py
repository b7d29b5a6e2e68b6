"""Each kind of dispute on small clusters, through the real pipeline (spaCy, WordLlama).

Every test has a twin that must not be reported: what makes two statements one dispute is
what the mechanism is for, and what keeps them apart matters as much.
"""

from __future__ import annotations

from storylens.ingest import read_text
from storylens.model import Digest
from storylens.pipeline import digest


def cluster(*articles: str) -> Digest:
    return digest(read_text("\n\n|||||\n\n".join(articles)))


def sides(result: Digest, kind: str | None = None) -> list[set[str]]:
    """The values of each reported dispute (of one kind, if given)."""
    return [{c.value for c in d.claims} for d in result.disputes if kind is None or d.kind == kind]


def test_counts_of_different_events_stay_apart():
    result = cluster(
        "Security forces killed two of the gunmen in Mazzeh on Monday, state media said. "
        "On Saturday, three suicide bombings in Damascus killed 27 people.",
        "Three gunmen were killed in the fighting in Mazzeh on Monday, the interior ministry said. "
        "On Sunday, a car bomb in Aleppo killed at least three people.")
    numbers = sides(result, "number")
    assert any({"two", "Three"} <= values for values in numbers)
    assert not any("27" in values for values in numbers)  # Saturday's bombings are another event


def test_shot_once_against_struck_twice():
    result = cluster(
        "Smith was pronounced dead at the scene, and his wife, Racquel, was shot once in the right leg.",
        "Smith's wife had gotten out of the car when she was struck twice in the leg, police said.")
    assert {"once", "twice"} in sides(result, "number")


def test_superlative_ranks_in_one_scope():
    result = cluster(
        "On Sunday, an explosion killed two people in the northern city of Aleppo, Syria's largest.",
        "A car bomb in Syria's second biggest city of Aleppo killed at least three people on Sunday.")
    assert {"largest", "second biggest"} in sides(result, "claim")


def test_ranks_in_different_scopes_are_not_disputes():
    result = cluster(
        "The MQM is the fourth largest party in the National Assembly, officials said.",
        "The MQM is the second largest party in the provincial assembly, officials said.")
    assert not [d for d in result.disputes if "ranks" in d.topic]


def test_one_person_described_as_two_kinds_of_student():
    result = cluster(
        "The 24-year-old computer science student was flagged as a risk by security officials last year.",
        "The 24-year-old electronics student was detained on Sunday after he shot himself by accident.")
    assert {"computer science", "electronics"} in sides(result, "claim")


def test_students_of_different_ages_are_different_people():
    result = cluster(
        "The 24-year-old computer science student was flagged as a risk by security officials last year.",
        "The 31-year-old electronics student was detained on Sunday after he shot himself by accident.")
    assert not [d for d in result.disputes if "kind of student" in d.topic]


def test_a_denial_that_something_existed():
    result = cluster(
        "Clifford and Trump had an intimate relationship that lasted from the summer of 2006, the lawsuit says.",
        "In the past, Cohen has said the president denies there was ever a relationship.")
    denials = [d for d in result.disputes if d.topic.startswith("whether there was")]
    assert denials and {c.article for c in denials[0].claims} == {"a1", "a2"}


def test_a_denial_of_any_instance():
    result = cluster(
        "The press secretary said the case has already been won in arbitration by the president.",
        "\u201cPresident Trump hasn\u2019t won anything relating to Ms. Clifford,\u201d her lawyer added.")
    assert any({"asserted", "denied"} == values for values in sides(result, "claim"))


def test_relative_times_of_one_find():
    result = cluster(
        "The gold coins worth $10 million that were found last month in California may have been stolen.",
        "The couple is trying to remain anonymous after finding the five cans of coins last spring.")
    assert {"last month", "last spring"} in sides(result, "date")


def test_relative_times_of_different_finds_are_not_disputes():
    result = cluster(
        "The gold coins that were found last month in California may have been stolen.",
        "Hikers found a dinosaur bone last spring in Montana, the museum said.")
    assert not sides(result, "date")


def test_ordinal_positions_of_one_event():
    result = cluster(
        "The elevator plummeted down to the 17th floor, where first responders pulled them both out.",
        "He pulled the mom from the 15th-floor shaft first after realizing the child's condition.")
    assert {"17th floor", "15th floor"} in sides(result, "number")


def test_one_dated_occasion_at_two_venues():
    result = cluster(
        "Kim and Kris dined out with her sister Kourtney at Hurricane Club in New York last night.",
        "Kardashian was spotted with her husband once, when they went to dinner at STK Restaurant last night.")
    venues = [d for d in result.disputes if d.topic.startswith("where")]
    assert venues and {c.article for c in venues[0].claims} == {"a1", "a2"}


def test_corpses_found_count_the_dead():
    result = cluster(
        "At least 144 people were reported killed Monday, including 64 who died in a massacre at a checkpoint.",
        "A total of 68 corpses were found near the checkpoint, in farmland in western Homs province, activists said.")
    assert any({"64", "68"} <= values for values in sides(result, "number"))


def test_those_arrested_are_counted_by_who_they_are():
    result = cluster(
        "Initially arrested were five Klan members and seven counter-protesters, police said.",
        "A police spokesman says six of those arrested are Klan supporters.")
    assert any({"five", "six"} <= values for values in sides(result, "number"))


def test_sums_of_money_for_one_payment():
    result = cluster("The company agreed to pay about $27 million to settle the lawsuit, its lawyers said.",
                     "The company agreed to pay $40 million to settle the lawsuit, court papers show.")
    assert {"about $27 million", "$40 million"} in sides(result, "number")


def test_percentages_of_one_measure():
    result = cluster("Turnout in the referendum was 57 percent, the election commission said.",
                     "Turnout in the referendum was 43 percent, according to the opposition.")
    assert {"57", "43"} in sides(result, "number")


def test_durations_compare_in_one_unit():
    differ = cluster("The standoff lasted five hours before police entered the building.",
                     "The standoff lasted nine hours before officers stormed the building.")
    assert {"five hours", "nine hours"} in sides(differ, "number")
    agree = cluster("The standoff lasted 90 minutes before police entered the building.",
                    "The standoff lasted 1.5 hours before officers stormed the building.")
    assert not sides(agree, "number")


def test_distances_of_one_event():
    result = cluster("The plane crashed about 20 miles from the airport, officials said.",
                     "The plane crashed 60 miles from the airport, the airline said.")
    assert {"about 20", "60"} in sides(result, "number")


def test_calendar_dates_of_one_arrest():
    result = cluster("Police arrested the suspect on March 3 at his home in Dayton.",
                     "The suspect was arrested on March 5 at his home in Dayton, police said.")
    assert {"March 3", "March 5"} in sides(result, "date")
