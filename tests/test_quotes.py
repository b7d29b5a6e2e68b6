"""Who said a quotation, through the real pipeline: the patterns news articles use."""

from __future__ import annotations

from storylens.ingest import read_text
from storylens.pipeline import digest


def speakers(text: str) -> dict[str, str | None]:
    """First words of each quotation → its speaker."""
    return {" ".join(q.text.split()[:4]): q.speaker for q in digest(read_text(text)).quotes}


def test_a_quote_after_a_colon_belongs_to_the_clause_before_it():
    found = speakers("Mint spokesman Adam Stump issued this statement when contacted by ABC News: "
                     "\"We do not have any information linking the coins to any thefts.\"")
    assert found["We do not have"] == "Adam Stump"


def test_a_paragraph_that_is_only_a_quote_continues_the_previous_one():
    text = ("Whitley County Sheriff Marcus Gatton told reporters the case was likely to be reopened.\n\n"
            "\u201cI\u2019m sure we will be visiting her again.\u201d\n\nThe county has not commented since.")
    assert "Gatton" in (speakers(text)["I\u2019m sure we will"] or "")


def test_a_role_is_the_person_named_with_that_title():
    text = ("The shooting prompted an angry Mayor Rahm Emanuel to lecture the gangs. "
            "Asked about it at an event, the mayor said, \"This is not about crime. This is about values.\"")
    assert speakers(text)["This is not about"] == "Rahm Emanuel"


def test_he_said_is_the_last_speaker_before_it():
    text = ("\u201cWe did not know them,\u201d Ueli Steck said outside his hotel in Kathmandu. "
            "Based on the description, Conrad Anker had little doubt of who they were. "
            "\u201cWe did not touch them out of respect,\u201d he said.")
    assert speakers(text)["We did not touch"] == "Ueli Steck"


def test_a_quote_with_no_one_named_near_it_has_no_speaker():
    text = "The hearing lasted two hours.\n\nThe sign on the door read \"closed until further notice, sorry\"."
    assert speakers(text)["closed until further notice,"] is None
