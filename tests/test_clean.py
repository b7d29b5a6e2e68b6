"""Boilerplate removal: page furniture goes, reporting stays."""

from __future__ import annotations

from storylens.clean import clean
from storylens.model import RawArticle

STORY = """mqm karachi
Raid On Party Offices
Troops raided the party's headquarters on Wednesday, arresting five men, officials said.
A soldier (R) stands beside detained supporters, in Karachi March 11, 2015. \
Officials said weapons were found. Reuters/Bahzad Khan
The spokesman said no one was killed.
Continue reading the main story At the scene the bombardment has started in Binnish, which rebels held for a week.
Fans wear shirts given away to attendees as the Rockies hosted the Pirates in a baseball... (Associated Press)
Measures agreed by the ministers include:
a freeze on the assets of the central bank
travel bans on seven close associates of the president
Baby survives fall from third-floor window in the Bronx
Staff writer Samuel Mountjoy contributed to this report.
Copyright 2016 by WDIV ClickOnDetroit - All rights reserved.
Follow us on twitter.com/foxnewslatino
richard.winton@latimes.com
Tweet with a location. You can add location information to your Tweets, such as your city or precise location, \
from the web and via third-party applications.
Leave a Reply
Your email address will not be published. Required fields are marked *
"""


def test_furniture_is_removed_and_listed():
    result = clean(RawArticle(text=STORY))
    kept = "\n".join(result.paragraphs)
    for junk in ("mqm karachi", "Bahzad Khan", "stands beside detained", "Associated Press", "Bronx",
                 "contributed to this report", "All rights reserved", "Follow us", "latimes.com",
                 "Tweet with a location", "Leave a Reply", "Your email address"):
        assert junk not in kept, junk
        assert any(junk in line for line in result.removed), junk


def test_reporting_and_bullet_lists_stay():
    kept = "\n".join(clean(RawArticle(text=STORY)).paragraphs)
    for text in ("Troops raided the party's headquarters on Wednesday", "Officials said weapons were found.",
                 "no one was killed", "the bombardment has started in Binnish",
                 "a freeze on the assets", "travel bans on seven", "Raid On Party Offices"):
        assert text in kept, text


def test_learned_boilerplate_is_from_training_data():
    from storylens.clean import learned_boilerplate

    learned = learned_boilerplate()
    assert len(learned) > 100
    assert "he was pronounced dead at the scene" not in learned  # reporting that recurs is not furniture
