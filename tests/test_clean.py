"""Boilerplate removal: page furniture goes, reporting stays."""

from __future__ import annotations

from storylens.clean import clean, clean_all
from storylens.model import RawArticle

STORY = """mqm karachi
Raid On Party Offices
Troops raided the party's headquarters on Wednesday, arresting five men, officials said.
A soldier (R) stands beside detained supporters, in Karachi March 11, 2015. \
Officials said weapons were found. Reuters/Bahzad Khan
The spokesman said no one was killed.
Continue reading the main story At the scene the bombardment has started in Binnish, which rebels held for a week.
Story highlights Russian defense minister says his troops have no intention of entering Ukraine.
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
    # A CNN page's label goes; the line it opens stays.
    assert "Story highlights" not in kept and "Russian defense minister says his troops" in kept


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


PAGE = """Storm Cuts Power To Thousands
A powerful storm struck the northern coast on Monday, cutting power to 40,000 homes, officials said.
Follow Scott Stump on Twitter and Google+.
For more on the storm, head over to our weather page.
Image caption Crews worked through the night to clear fallen trees.
Salah Ali, 77, watched the water rise from his porch. (Todd Maisel/New York Daily News)
This story has been updated to include comments from the mayor.
[Storm Photos: The Worst Damage Along The Coast]
(PHOTOS: Flooded streets)
.......... .......... ..........
中文：风暴袭击北部海岸
► May 18: Earlier storm closed schools
2 Months In, Residents Still Wait For Repairs
Figure 2: Rainfall over the region in the past 24 hours.
Close to 100 people spent the night in shelters.
See the full list here, the mayor said in a statement on Twitter.
The mayor called the damage "the worst in a generation"
5 ways to keep your house warm
What is a 'bomb cyclone'?
2018 is shaping up to be a cold winter
Contact the news desk at 215-854-2443.
"""


def test_page_furniture_of_many_kinds_is_removed():
    result = clean(RawArticle(text=PAGE))
    kept = "\n".join(result.paragraphs)
    for junk in ("Follow Scott Stump", "head over to", "Image caption", "Todd Maisel", "has been updated",
                 "Storm Photos", "PHOTOS: Flooded", "..........", "中文", "Earlier storm closed schools",
                 "Residents Still Wait", "Figure 2", "5 ways", "bomb cyclone", "cold winter", "news desk"):
        assert junk not in kept, junk
        assert any(junk in line for line in result.removed), junk


def test_reporting_around_furniture_stays():
    kept = "\n".join(clean(RawArticle(text=PAGE)).paragraphs)
    for text in ("Storm Cuts Power To Thousands", "cutting power to 40,000 homes",
                 "Salah Ali, 77, watched the water rise from his porch.",  # the caption's fact stays, its credit goes
                 "Close to 100 people spent the night", "See the full list here, the mayor said",
                 "the worst in a generation"):
        assert text in kept, text


def test_a_story_in_another_script_is_kept_whole():
    text = "风暴袭击北部海岸，四万户停电。\n官员说，学校周二将继续关闭。"
    assert clean(RawArticle(text=text)).paragraphs == text.splitlines()


def test_a_story_on_one_line_loses_only_its_furniture():
    body = ("Image caption Mexican troops guard the site. Investigators in Mexico are working to identify 28 bodies "
            "retrieved from a grave near the southern town of Iguala. " + "The students went missing last month. " * 12)
    result = clean(RawArticle(text=body))
    kept = " ".join(result.paragraphs)
    assert "Image caption" not in kept and "identify 28 bodies" in kept and "went missing" in kept


def test_a_long_run_without_spaces_is_cleaned_in_linear_time():
    """A pasted blob with no space or full stop (the pipeline breaks such runs, but clean() is public):
    no pattern tries a run from each of its characters. Quadratic patterns took over a minute here."""
    import time

    for blob in ("a" * 200_000, "A" * 200_000, "7" * 200_000):
        start = time.process_time()
        cleaned = clean(RawArticle(text="Police said two men were arrested. " + blob))
        assert time.process_time() - start < 5
        assert cleaned.paragraphs or cleaned.removed  # the text went somewhere: nothing is lost silently


def test_a_byline_goes_and_a_sentence_opening_on_by_and_a_month_stays():
    text = ("Farrow kept reporting on the story for months after he left the network.\n"
            "By Sarah Fitzmaurice\n"
            "By February, according to the sources, Farrow had secured an on-the-record interview with "
            "McGowan in which the actress described the encounter.\n"
            "The network has denied that it stopped the story.")
    kept = " ".join(clean(RawArticle(text=text)).paragraphs)
    assert "Sarah Fitzmaurice" not in kept
    assert "By February, according to the sources" in kept


def test_an_article_of_one_sentence_keeps_it_however_much_it_reads_like_a_caption():
    text = "Fifteen-year-old Kenneth Shinozuka of New York City won the award."
    assert clean(RawArticle(text=text)).paragraphs == [text]
    # Its twin: beside the report, a caption under a photo still goes.
    story = ("A New York teenager has won a $50,000 science prize for a sensor that alerts carers when "
             "a patient with Alzheimer's disease gets out of bed at night.\n"
             "Kenneth Shinozuka, 15, poses with his sensor at the Google Science Fair in Mountain View, "
             "Calif., on Sept. 22, 2014. (AP Photo/Jeff Chiu)\n"
             "The judges said the device could help millions of families, and Shinozuka said he was "
             "already testing it in nursing homes.")
    kept = " ".join(clean(RawArticle(text=story)).paragraphs)
    assert "AP Photo" not in kept and "science prize" in kept


def test_a_hover_card_left_in_the_text_goes_and_the_name_stays():
    text = ("Donald Trump Donald John TrumpTrump Jr. getting 0k to speak at UNT Zuckerberg backed immigration group "
            "pushes Trump to keep DACA MORE panned the committee chairwoman as a terrible person on Monday.\n"
            "Tom Smith said the campaign wanted MORE money from donors this year.")
    kept = " ".join(clean(RawArticle(text=text)).paragraphs)
    assert "Donald Trump panned the committee chairwoman" in kept and "Zuckerberg" not in kept
    assert "Tom Smith said the campaign wanted MORE money" in kept


def test_a_caption_with_the_weekday_and_full_date_goes_and_a_report_of_the_day_stays():
    text = ("Icicles form on the tritons in the Forsyth Park Fountain on Tuesday, Jan. 2, 2018, in Savannah, Ga. "
            "Savannah is shivering through a rare cold snap that brought snow to the coast.\n"
            "The city closed its schools on Tuesday, days after the Jan. 2 storm warning was issued.")
    kept = " ".join(clean(RawArticle(text=text)).paragraphs)
    assert "Icicles form" not in kept and "Savannah is shivering" in kept
    assert "closed its schools on Tuesday" in kept


def test_a_caption_under_an_artists_sketch_goes():
    # Readings 8647 and 8653: the Huntington Beach summary and headline opened on a sketch's caption.
    text = ("A sketch released of an unidentified woman who was hit and killed by two cars in Huntington Beach on "
            "April 1, 1990. She was later identified as Andrea Kuiper, 26, of Virginia.\n\n"
            "A woman struck and killed by two vehicles 27 years ago has been identified, officials announced.\n\n"
            "A sketch of the suspect was shown to witnesses, who told police he wore a red jacket and ran off.")
    kept = " ".join(clean(RawArticle(text=text)).paragraphs)
    assert "A sketch released" not in kept and "27 years ago has been identified" in kept
    # Its twin: a report of a sketch, one long sentence with a verb of its own, stays.
    assert "A sketch of the suspect was shown to witnesses" in kept


def test_windows_punctuation_read_as_control_characters_is_restored():
    text = "\x97 San Diego lifeguards rescued 20 swimmers from the ocean on Tuesday. The team\x92s coach was relieved."
    kept = " ".join(clean(RawArticle(text=text)).paragraphs)
    assert "\x97" not in kept and "\x92" not in kept
    assert "San Diego lifeguards rescued 20 swimmers" in kept and "team’s coach" in kept


def test_a_photo_credit_or_widget_label_glued_to_a_line_goes_and_the_story_stays():
    text = ("Buy Photo Genesee County health official Jim Henry was among those calling for the system to be tested.\n"
            "Tom Williams/Getty Images Rep. Jackie Speier will host an hour-long reading of the victim's statement.\n"
            "| Saul Loeb/AFP/Getty Images Trump said the migrants could not be allowed to invade the country.\n"
            "Skip Twitter post by @MorganGodfery Jacinda Ardern arrived at hospital in her own car on Saturday.\n"
            "Democrats and Republicans/Independents were split on the question of the budget on Monday.")
    cleaned = clean(RawArticle(text=text))
    kept = " ".join(cleaned.paragraphs)
    for credit in ("Buy Photo", "Getty", "Skip Twitter", "@MorganGodfery", "|"):
        assert credit not in kept
    assert "Genesee County health official Jim Henry was among" in kept
    assert "Rep. Jackie Speier will host" in kept and "Trump said the migrants" in kept
    assert "Jacinda Ardern arrived at hospital" in kept
    assert "Democrats and Republicans/Independents were split" in kept  # a slash in a story is no credit


def test_characters_of_no_width_between_words_are_dropped():
    text = "\u200bCNN \u200bis being sued by two EMTs over a report aired in 2016, their lawyer said on Monday."
    kept = " ".join(clean(RawArticle(text=text)).paragraphs)
    assert "\u200b" not in kept and kept.startswith("CNN is being sued")


def test_a_soft_hyphen_inside_a_word_is_dropped_and_a_hyphen_kept():
    text = "The mandrills' geo\u00adgraphic range is well-known, re\u00adported the team on Monday in Colchester."
    kept = " ".join(clean(RawArticle(text=text)).paragraphs)
    assert "geographic range is well-known, reported the team" in kept


def test_a_caption_with_its_credit_after_a_bar_goes_with_the_headline_after_it():
    """Politico: "<caption>. | John Shinkle/POLITICO <headline> <standfirst>" is one line of furniture;
    a bar between two sentences of a report is no credit."""
    caption = ("Senate Minority Leader Chuck Schumer and Majority Leader Mitch McConnell walk to the Senate floor "
               "Wednesday. | John Shinkle/POLITICO Congressional leaders reach budget deal The agreement would "
               "raise stiff spending caps.")
    tail = "Jordan Horowitz interrupts the Oscars telecast to announce the real winner. | ABC"
    report = "Congressional leaders on Wednesday clinched a two-year deal to lift budget caps, aides said."
    twin = "The vote was 65 to 35. | He said the deal would pass the House."
    kept = " ".join(clean(RawArticle(text="\n".join([caption, report, tail, twin]))).paragraphs)
    assert "Shinkle" not in kept and "walk to the Senate floor" not in kept
    assert "Horowitz" not in kept
    assert report in kept and twin in kept


def test_a_video_blurb_goes_whole_and_a_story_glued_after_a_long_one_stays():
    blurb = ("CLOSE Police confirmed that two bodies found Tuesday were the missing teens from Carroll County: "
             "Liberty German, 14, and Abigail Williams, 13. A search was called off Tuesday afternoon, when the "
             "bodies were found near Delphi. Dave Bangert and Dwight Adams/ Journal & Courier")
    assert 40 < len(blurb.split()) < 100  # longer than a caption, as a video's blurb is
    report = "Police in Delphi said on Wednesday that they were treating the deaths as a double homicide."
    kept = " ".join(clean(RawArticle(text="\n".join([blurb, report, report.replace("Wednesday", "Thursday")])))
                    .paragraphs)
    assert "Bangert" not in kept and "search was called off" not in kept
    assert report in kept
    # Twin: past a video blurb's length the line is a page's whole text; only its first sentence goes.
    story = " ".join(f"Officers searched the creek bank for the {n}th time on Wednesday." for n in range(12))
    long_line = "CLOSE Police confirmed that two bodies were found. " + story
    kept = " ".join(clean(RawArticle(text="\n".join([long_line, report]))).paragraphs)
    assert "Police confirmed" not in kept and story in kept


def test_a_link_in_brackets_after_a_paragraph_goes_and_brackets_inside_a_sentence_stay():
    text = ("Researchers found the jumbo-size foot fossil in Wyoming in 1934 and kept it in a museum drawer.\n"
            "\"It must have belonged to one of the largest land animals ever,\" study co-researcher Emanuel "
            "Tschopp told Live Science. [Titanosaur Photos: Meet the Largest Dinosaur on Record]\n"
            "The foot was nearly 1 meter wide, the researchers said.")
    result = clean(RawArticle(text=text))
    kept = "\n".join(result.paragraphs)
    assert "Titanosaur Photos" not in kept
    assert "[Titanosaur Photos: Meet the Largest Dinosaur on Record]" in result.removed
    assert "told Live Science." in kept
    # Its twin: brackets an editor put inside a sentence, or around a sentence of its own, are text.
    text = ("\"No one's had dating [information] from a Thing site in Scotland,\" O'Grady said.\n"
            "The mound was built in the 11th century, the team said. [It was found under a car park.]")
    kept = "\n".join(clean(RawArticle(text=text)).paragraphs)
    assert "[information]" in kept and "[It was found under a car park.]" in kept


def test_a_weather_widget_goes_and_a_report_on_the_weather_stays():
    text = ("A Navy SEAL trainee died during a pool exercise on Friday, the Navy said.\n"
            "Periods of rain. High 58F. Winds ENE at 10 to 20 mph. Chance of rain 90%.\n"
            "Rain. Thunderstorms possible...mainly overnight. Low 56F. Winds E at 10 to 15 mph.\n"
            "The high reached 58F on Friday and winds gusted to 20 mph, the weather service said.")
    kept = "\n".join(clean(RawArticle(text=text)).paragraphs)
    assert "ENE" not in kept and "Low 56F" not in kept
    assert "The high reached 58F on Friday" in kept and "pool exercise" in kept


def test_a_slide_show_written_out_on_a_line_goes_and_the_story_after_it_stays():
    """Blind reading 8401: a newspaper's slide show ("1 of 62 Full Screen Autoplay Close Skip Ad ×
    ... Buy Photo Wait 1 second to continue."), a video strip ("AP 3 of 68 Skip in Skip x Embed x
    Share ...") and a caption between a photo's shop buttons were kept as sentences, and their
    pieces as entities ("Washington Post Buy Photo"). Twins: the story after the slide show on the
    same line, and a figure "of" another in a sentence."""
    text = ("1 of 62 Full Screen Autoplay Close Skip Ad × Trump continues his tour View Photos The president-elect "
            "has gone to Michigan. Caption The president-elect has visited Alabama. Jabin Botsford/The Washington "
            "Post Buy Photo Wait 1 second to continue. The CIA told senators it was now quite clear that Russia "
            "wanted Trump to win.\n"
            "(Jan. 18) AP 3 of 68 Skip in Skip x Embed x Share CLOSE BABY, IT'S COLD OUTSIDE Frigid air brings "
            "snow and ice to the South | 1:09\n"
            "Buy Photo Jim Henry was among those calling for tests. (Photo: Karen Bouffard / The Detroit "
            "News)Buy Photo\n"
            "Four of the 62 senators skipped the briefing on Monday, their offices said.")
    kept = " ".join(clean(RawArticle(text=text)).paragraphs)
    for furniture in ("Full Screen", "Buy Photo", "Skip in Skip", "Frigid air", "Jim Henry", "Caption"):
        assert furniture not in kept
    assert "The CIA told senators it was now quite clear that Russia wanted Trump to win." in kept
    assert "Four of the 62 senators skipped the briefing on Monday" in kept


def test_a_line_that_is_only_a_web_address_is_furniture():
    text = ("Pelosi is facing pressure from members to reject a budget caps agreement, aides said on Monday.\n"
            'poster="http://v.politico.com/images/1155968404/201804/3805/1155968404_576820-vs.jpg?pubId=1155968404"\n'
            "Instagram: @https://www.instagram.com/stories/bowerpowerblog/\n"
            "The full report is at www.cbo.gov, where the budget office posted it on Monday with its tables.")
    kept = " ".join(clean(RawArticle(text=text)).paragraphs)
    assert "poster=" not in kept and "instagram.com" not in kept
    # Its twin: a sentence that gives an address among its words is article text.
    assert "The full report is at www.cbo.gov, where the budget office posted it" in kept


def test_a_stock_ticker_after_a_company_goes_and_an_abbreviation_in_brackets_stays():
    text = ("U.S.-based cereal maker Kellogg Co (K.N) on Tuesday pulled out of Venezuela, and XO Group Inc. "
            "(NYSE: XOXO) said sales rose.\nThe army (U.S.) said the base at Kandahar was closed in (A.D.) terms.")
    kept = " ".join(clean(RawArticle(text=text)).paragraphs)
    assert "Kellogg Co on Tuesday pulled out" in kept and "XO Group Inc. said sales rose" in kept
    assert "The army (U.S.) said" in kept and "(A.D.)" in kept  # its twin


def test_a_broadcasters_transcript_notice_is_furniture():
    """NPR's notice under a transcript ("NPR transcripts are created on a rush deadline ... This text
    may not be in its final form ...") made the last two sentences of a summary in reading 8669.
    Its twin: reporting about transcripts stays."""
    text = ("Opal Lee walked from Fort Worth to Washington to push for a Juneteenth holiday.\n"
            "The court said transcripts are produced on request within a week.\n"
            "NPR transcripts are created on a rush deadline by Verb8tm, Inc., an NPR contractor, and produced "
            "using a proprietary transcription process developed with NPR. This text may not be in its final form "
            "and may be updated or revised in the future.\n"
            "This text may not be in its final form and may be updated.\n")
    result = clean(RawArticle(text=text))
    kept = "\n".join(result.paragraphs)
    assert "rush deadline" not in kept and "final form" not in kept
    assert "transcripts are produced on request" in kept and "Opal Lee walked" in kept


WRAPPED = """American school children will for the first time receive lessons on climate change.

The guidelines were unveiled at a time when climate change has become

a flashpoint for conservative groups, similar to the teaching of evolution in classrooms.

"In the current situation the state standards are all over the map.

It's a hodgepodge," he said. "We are still in a situation where across

the country basically in every state students can still graduate from

high school without learning the basics."

The mission of the new standards was to prepare a new generation of

Americans for college and adulthood, said Matt Krehbeil, a consultant

to the process.
"""

LISTED = """The ministers agreed a set of new sanctions against the government on Monday, officials said:

a freeze on the European-held assets of the Syrian central bank
travel bans on seven close associates of President Bashar al-Assad
a ban on cargo flights from Syria into the European Union
restrictions on the trade in gold and precious metals with the state
"""


def test_an_article_wrapped_at_a_fixed_width_keeps_its_sentences_whole():
    """Readings 8727 and 8729 found a hard-wrapped article's sentences cut in two and halves of them
    lost ("The guidelines were unveiled at a time when climate change has become" read as a
    headline). Twin: a list of items in lower case after a colon stays a list."""
    kept = clean_all([RawArticle(text=WRAPPED)])[0].paragraphs
    for sentence in ("The guidelines were unveiled at a time when climate change has become a flashpoint",
                     "\"We are still in a situation where across the country basically in every state students "
                     "can still graduate from high school without learning the basics.\"",
                     "a new generation of Americans for college and adulthood, said Matt Krehbeil, a consultant "
                     "to the process."):
        assert any(sentence in line for line in kept), sentence
    kept = clean_all([RawArticle(text=LISTED)])[0].paragraphs
    assert "travel bans on seven close associates of President Bashar al-Assad" in kept
    assert "a ban on cargo flights from Syria into the European Union" in kept


def test_trailers_credits_and_dated_editor_stamps_go_and_reports_like_them_stay():
    """An AP trailer naming where its writers filed from, a photographer's credit written as a
    byline, and an editor's update or correction stamp with its date are furniture; a report that
    an outlet reported from somewhere, and an update that carries news, stay."""
    furniture = ["Nicole Winfield reported from Vatican City.",
                 "Alex Seitz-Wald reported from Alabama and Peter Alexander from Washington, D.C.",
                 "By Slaven Vlasic/Getty Images.",
                 "Update, November 11, 12:03 PT: adds Apple statement.",
                 'Correction 31 July 2017: This article has been amended to make it clear that not all the '
                 '"comfort women" were coerced.']
    reports = ["Reuters reported from Damascus that the army had retaken the town on Sunday.",
               "Update, March 3: Police say the suspect, a 25-year-old man from the town, was arrested overnight.",
               "By Monday the search had moved to the river, where divers found the car."]
    story = ["Pope Francis met his predecessor Benedict XVI for lunch on Saturday, the Vatican said.",
             "The two men prayed together in the chapel, spokesman Federico Lombardi told reporters.",
             "It was the first such meeting in centuries, historians said."]
    cleaned = clean(RawArticle(text="\n\n".join(story + reports + furniture)))
    kept = "\n".join(cleaned.paragraphs)
    for line in furniture:
        assert line not in kept, line
    for line in story + reports:
        assert line in kept, line


def test_two_single_quotation_marks_close_a_quotation():
    """A distant-half reading: a review writing “Evil Dead’’ (two single marks for the closing double)
    had its own prose listed as three quotations. Twin: a single closing mark is an apostrophe still."""
    kept = " ".join(clean(RawArticle(text="I watched the remake of “Evil Dead’’ to the end. The director’s "
                                          "cut runs long.")).paragraphs)
    assert "“Evil Dead” to the end" in kept and "director’s cut" in kept


def test_a_boxs_one_word_heading_glued_to_its_paragraph_goes():
    """Distant reading 9077: a BBC page's "Analysis" box heading, glued to the paragraph under it
    ("Analysis There had been intense speculation ..."), opened a summary sentence. Its twins: a
    programme's title ("Meet The Press host ...") and a conjunction opening a sentence stay."""
    text = ("Analysis There had been intense speculation about how Vatican protocol would deal with the meeting.\n"
            "Meet The Press host Chuck Todd said the meeting was a long one for everyone who was there.\n"
            "And It was a long day, the spokesman said after the lunch at the castle on Saturday.")
    result = clean(RawArticle(text=text))
    kept = "\n".join(result.paragraphs)
    assert kept.startswith("There had been intense speculation") and "Analysis" in result.removed
    assert "Meet The Press host Chuck Todd said" in kept and "And It was a long day" in kept


def test_a_link_to_another_story_quoting_in_single_marks_goes():
    """Tune gold (a Daily News page): "NYC homeless shelter residents call 311, but 'no one's
    listening'", a link to another story between two paragraphs, was kept as a sentence. Twins: a
    sentence that lost its full stop before a quotation in double marks, and a sentence with its
    full stop, stay."""
    links = ["NYC homeless shelter residents call 311, but 'no one's listening'",
             "Chief: Police officer involved in shooting 'a gentleman'"]
    prose = ['Weiner nodded at me to introduce myself, "Hi, I\'m Olivia"',
             "The mayor called the stairwell 'a death trap.'"]
    story = ["A 6-week-old girl died on Thursday after falling down an elevator shaft in Coney Island.",
             "Her mother survived the fall with injuries to her legs, police said.",
             "Residents said the elevator had been broken for weeks before the accident."]
    cleaned = clean(RawArticle(text="\n\n".join([story[0], links[0], story[1], prose[0], links[1], prose[1],
                                                 story[2]])))
    kept = "\n".join(cleaned.paragraphs)
    for line in links:
        assert line not in kept, line
    for line in story + prose:
        assert line in kept, line


def test_a_drop_cap_set_apart_goes_back_on_its_word():
    """ "T", a blank line, "he most likely person ...": the story's first letter as a drop cap
    (distant reading 9119); left alone the line was dropped and "he" read as a pronoun."""
    text = ("T\n\nhe most likely person to replace retiring Sen. Jim DeMint is Rep. Tim Scott. The governor will "
            "choose.\n\nA\n\nlist of names follows here.")
    cleaned = clean_all([RawArticle(text=text)])[0]
    assert cleaned.paragraphs[0].startswith("The most likely person")
    # Its twin: a letter over a line whose first word it makes no word with stays apart ("Alist").
    assert not any(p.startswith("Alist") for p in cleaned.paragraphs)


def test_a_video_caption_label_marks_a_caption_as_an_image_caption_does():
    """ "Media caption The BBC's Alan Johnson: ..." is the label of a video's caption (distant reading
    9119 found it quoted as the BBC man's words)."""
    text = ('Media caption The BBC\'s Alan Johnson: "We will never know the details of their talks"\n\n'
            "Newly elected Pope Francis has met his predecessor for lunch, the first time such a meeting has "
            "been possible for more than 600 years.\n\nThe media covered the lunch at length on Saturday.")
    kept = clean_all([RawArticle(text=text)])[0].paragraphs
    assert not any("Media caption" in p or "Alan Johnson" in p for p in kept)
    # Its twin: a line that speaks of the media and of a caption is the story's.
    assert any(p.startswith("The media covered the lunch") for p in kept)


def test_a_credited_paragraph_placing_people_in_the_picture_is_a_caption():
    """ "The three Stoffel children were on the bridge ... Olivia, center, was killed. At left is her
    sister ... (Photo: submitted)": a photo's caption of several sentences (distant readings 9097 to
    9123 found its first sentence as a summary's lead and headline)."""
    text = ("The three Stoffel children were on the Trestle Trail bridge at the time of Sunday's shooting. Olivia, "
            "center, was killed. At left is her sister Selah and on right is her brother Ezra. Both got off the "
            "bridge safely. (Photo: submitted)\n\nThe random shooting spree that ended the lives of four people "
            "was described as the end of innocence for the Fox Cities. Police said the gunman acted alone.\n\n"
            "The mayor, center, said on Monday that the bridge would reopen once the police were done. Two "
            "witnesses described the shots to reporters.")
    kept = clean_all([RawArticle(text=text)])[0].paragraphs
    assert not any("Stoffel children" in p or "Olivia" in p for p in kept)
    # Its twin: a report's paragraph that places someone but has no credit after it stays.
    assert any(p.startswith("The mayor, center, said") for p in kept)
