"""The line classifier of the clean stage: furniture the rules do not name goes, report text stays."""

from __future__ import annotations

import numpy as np

from storylens.clean import clean, clean_all, rule_reasons
from storylens.furniture import FEATURES, model, reads_as_sentences, removable, repetition, script_form
from storylens.model import RawArticle

PAGE = """Flood Waters Rise Along The River
The river rose three feet overnight and forced 200 families from their homes, the county said on Tuesday.
Photo illustration by Slate. Photo by Ethan Miller/Getty Images.
Emergency crews used boats to reach residents trapped on the east side of town, officials said.
"We lost everything," said Maria Lopez, 54, who has lived by the river for 30 years.
The National Weather Service expects the river to crest on Thursday.
Sylvain was not immediately reachable for comment.
AMERICAN MUSEUM OF NATURAL HISTORY (AMNH.ORG)
"""
FURNITURE = ("Photo illustration by Slate", "AMERICAN MUSEUM OF NATURAL HISTORY")
REPORT = ("Flood Waters Rise Along The River", "The river rose three feet overnight", "Emergency crews used boats",
          "We lost everything", "expects the river to crest", "Sylvain was not immediately reachable")


def test_the_committed_model_is_a_trained_one():
    trained = model()
    assert trained is not None
    assert trained["features"] == FEATURES
    assert 0 < trained["threshold"] < trained["sure"] < 1
    assert len(trained["words"]["weights"]) >= 1024
    assert trained["cv"]["gold_removed"] > 0 and "tune clusters" in trained["trained_on"]


def test_furniture_the_rules_miss_goes_and_report_text_stays():
    lines = PAGE.splitlines()
    assert all(reason is None for reason in rule_reasons(lines))  # the rules name none of these lines
    result = clean(RawArticle(text=PAGE))
    kept = "\n".join(result.paragraphs)
    for junk in FURNITURE:
        assert junk not in kept and any(junk in line for line in result.removed), junk
    for text in REPORT:
        assert text in kept, text


def test_a_cluster_is_cleaned_article_by_article_in_order():
    other = "Officials said the levee held overnight.\nResidents returned home on Wednesday, the mayor said.\n"
    results = clean_all([RawArticle(text=PAGE), RawArticle(text=other)])
    assert [r.raw.text for r in results] == [PAGE, other]
    assert results[1].paragraphs == other.splitlines() and results[1].removed == []


def test_repeated_page_text_is_counted_and_reporting_is_not():
    furniture = repetition("Breaking News Emails Get breaking news alerts and special reports.")
    report = repetition("The river rose three feet overnight and forced 200 families from their homes.")
    assert furniture.max() >= 5  # seen in many training clusters
    assert report.max() == 1


def test_headlines_sentences_list_items_and_transcripts_are_guarded():
    lines = ["Storm Batters Coast", "The storm cut power to 40,000 homes, officials said.",
             "Measures include:", "a curfew in the old town", "Related: Ten photos of the storm",
             "The mayor said schools would reopen on Monday.", "GEORGE STEPHANOPOULOS: Can you stop it?"]
    scores = np.array([0.8, 0.1, 0.1, 0.95, 0.4, 0.8, 0.8])
    assert removable(lines, scores, threshold=0.3, sure=0.9) == [False, False, False, False, True, False, False]
    assert removable(lines, np.full(7, 0.95), threshold=0.3, sure=0.9) == [True, True, True, False, True, True, False]


def test_a_bulleted_list_of_facts_is_not_taken_for_links():
    text = ("Two activists were charged on Friday with releasing thousands of mink from fur farms, prosecutors said.\n"
            "• In Idaho, they released about 1,800 mink from a ranch in Burley, the indictment alleges.\n"
            "• In Iowa, the indictment says, they freed up to 500 mink from a fur farm in Keota.\n"
            "• In Pennsylvania, they released 1,000 mink from a farm in Ebensburg, according to the indictment.\n")
    lines = text.splitlines()
    assert rule_reasons(lines)[1:] == ["links"] * 3  # bullets look like links to the rules
    assert clean(RawArticle(text=text)).paragraphs == lines


def test_a_long_caption_the_classifier_is_sure_of_goes_whole():
    """An AP caption line with a teaser after it: the rules name it a caption but, as it is long,
    would take only its first sentence; the classifier's verdict takes the whole line."""
    from tests.stories import RAID_A, RAID_B, RAID_C

    caption = ("FILE - In this March 11, 2015, file photo, Pakistani Rangers stand guard outside the MQM headquarters, "
               "known as Nine Zero, in Karachi, Pakistan. Paramilitary troops raided the headquarters of the party on "
               "Wednesday, arresting dozens of workers and seizing weapons that were illegal, officials said. The "
               "party called... (Associated Press)")
    assert rule_reasons([caption])[0] == "caption" and len(caption.split()) > 40
    cleaned = clean_all([RawArticle(text=RAID_A), RawArticle(text=caption + "\n" + RAID_B), RawArticle(text=RAID_C)])
    kept = " ".join(cleaned[1].paragraphs)
    assert "Nine Zero, in Karachi, Pakistan" not in kept and "seizing weapons that were illegal" not in kept
    assert kept.startswith("Paramilitary Rangers stormed the Karachi headquarters")


def test_a_line_the_classifier_doubts_stays_in_the_text_but_is_marked():
    """A reporter's credit or a caption that reads as a sentence stays (report text is never lost to a
    doubt), marked so the summary does not take it; the report's own lines are not marked."""
    from tests.stories import RAID_A, RAID_B, RAID_C

    credit = "Senate Majority Leader Mitch McConnell smiles as he meets with reporters at the Capitol in Washington."
    cleaned = clean_all([RawArticle(text=RAID_A + "\n" + credit), RawArticle(text=RAID_B), RawArticle(text=RAID_C)])
    assert cleaned[0].paragraphs[-1] == credit and cleaned[0].doubtful[-1]
    assert not any(cleaned[0].doubtful[:-1]) and not any(cleaned[1].doubtful)


def test_the_story_after_a_caption_the_rules_take_off_its_line_is_not_doubted():
    """The example's first article opens on a Reuters caption glued to its lead on one line; the
    classifier doubts the line for the caption, which the rules take off: the lead that stays is
    no doubtful line, and the summary may open on it."""
    from storylens.ingest import read_paths
    from tests.conftest import EXAMPLE

    cleaned = clean_all(read_paths([str(EXAMPLE)]))
    first = cleaned[0].paragraphs[0]
    assert first.startswith("A Pakistani paramilitary force raided") and not cleaned[0].doubtful[0]
    assert any("stands beside detained supporters" in line for line in cleaned[0].removed)


def test_the_line_form_reads_rows_of_dots_other_scripts_and_bracketed_links():
    """The classifier sees how much of a line is letters, how much of another script, and whether
    it is wholly in brackets (lines the gold lists as furniture that it used to keep)."""
    dots, chinese, link, report = (script_form(line) for line in (
        ".......... .......... ..........", "中文：洪水淹没了河边的房屋 数百户家庭被迫撤离",
        "[Flood Photos: The Worst Floods on Record]", "The river (the Ohio) rose three feet [sic]."))
    assert dots[0] == 0 and chinese[1] > 0.9 and link[2] and not report[2]
    assert report[0] > 0.8 and report[1] == 0 and dots[2] == chinese[2] == 0


def test_rows_of_dots_lines_in_another_script_and_bracketed_links_go():
    page = PAGE.replace("Emergency crews", "[Flood Photos: The Worst Floods on Record]\nEmergency crews").replace(
        "The National Weather", ".......... .......... .......... .......... ..........\n"
        "中文：洪水淹没了河边的房屋 数百户家庭被迫撤离\nThe National Weather")
    kept = "\n".join(clean(RawArticle(text=page)).paragraphs)
    for junk in ("[Flood Photos", "..........", "中文"):
        assert junk not in kept, junk
    for text in REPORT:
        assert text in kept, text


def test_a_quotation_or_a_sentence_before_a_bracketed_link_reads_as_a_sentence():
    """The classifier needs to be surer of a line that reads as a sentence: one opening on a
    quotation mark does, and so does one a link in brackets follows ('... told Live Science.
    [Titanosaur Photos: ...]'), which had gone whole at the lower threshold with its quotation."""
    assert reads_as_sentences('"We lost everything," said Maria Lopez, who has lived there for years.')
    assert reads_as_sentences('The river rose three feet, the county said. [River Photos: The Worst Floods]')
    assert not reads_as_sentences("[River Photos: The Worst Floods on Record]")
    assert not reads_as_sentences('"the worst in a generation"')
