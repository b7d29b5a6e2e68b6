"""A summary a reader can follow: references resolved or avoided, quotations with their speaker,
no repeats, corroborated statements cited from every outlet; facts, a headline, and pages whose
text is only in their structured data."""

from __future__ import annotations

import re

import numpy as np

from storylens.annotate import annotate
from storylens.clean import clean
from storylens.features import candidates
from storylens.ingest import read_html, read_text
from storylens.leads import best as best_opening
from storylens.model import Article, Cite, Cited, RawArticle, Sentence, Span
from storylens.pipeline import digest
from storylens.references import attributed, quoted_spans, read, with_name
from storylens.represent import sentence_vectors
from storylens.select import _introduced, quoted_again, select, someones_words, tidy
from tests.stories import RAID_A, RAID_B, RAID_C

PRONOUN_OPENING = re.compile(r"^[\"“]?(?:He|She|They|It|This|These|Those|His|Her|Their)\b")


def one_article(text: str):
    return annotate([clean(RawArticle(text=text))])[0]


def leaning(text: str) -> list[bool]:
    """Whether each sentence of a one-article text leans on what comes before it."""
    article = one_article(text)
    return [read(s, article).leans_back for s in article.sentences]


def summary_of(text: str) -> list[str]:
    """The summary's sentences of a cluster given as text (articles apart by |||||)."""
    return [s.text for s in digest(read_text(text)).summary]


def test_a_leading_pronoun_reads_back_and_names_its_person():
    article = one_article("Faisal Sabzwari, a senior MQM leader, spoke to reporters on Wednesday. "
                          "He said the weapons were licensed and kept for self-defence.")
    reading = read(article.sentences[1], article)
    assert reading.leans_back and reading.name == "Faisal Sabzwari"
    assert with_name(article.sentences[1].text, reading.name, known=False).startswith("Faisal Sabzwari said")
    assert with_name(article.sentences[1].text, reading.name, known=True).startswith("Sabzwari said")


def test_a_thing_named_only_by_the_leans_back_unless_the_phrase_says_which():
    article = one_article("A gas explosion destroyed a bakery in Paris on Saturday. The explosion injured four "
                          "people. The streets of the old town were closed. All the volunteers went home. The White "
                          "House said nothing. Once again, firefighters were slow to arrive.")
    readings = [read(s, article) for s in article.sentences]
    assert not readings[0].leans_back  # the lead introduces
    assert readings[1].leans_back and readings[1].noun == "explosion"
    assert not readings[2].leans_back  # "of the old town" says which streets
    assert readings[3].leans_back and readings[3].noun == "volunteer"
    assert not readings[4].leans_back  # a name
    assert readings[5].leans_back  # "Once again" points back


def test_a_body_its_name_follows_is_introduced():
    article = one_article("Tesla shares fell on Monday. The firm of Pomerantz Grossman Hufford Dahlstrom & Gross "
                          "accused Tesla of misleading investors. The firm asked for damages. The family of a "
                          "15-year-old girl spoke.")
    leaning = [read(s, article).leans_back for s in article.sentences]
    # Its twins: "the firm" alone, and "of a girl", say not which.
    assert leaning == [False, False, True, True]


def test_a_time_counted_from_before_leans_back():
    article = one_article("A storm hit the coast on Monday. Just days later, the town flooded. A short while later, "
                          "Phillip Dunn said the dam held. After the storm, residents returned home.")
    leaning = [read(s, article).leans_back for s in article.sentences]
    assert leaning == [False, True, True, False]  # "after the storm" says after what


def test_a_time_or_a_point_that_goes_on_from_before_leans_back():
    # Distant readings 9079 and 9081: "By the next year, the town had already decided to move", "In
    # fact, the New film is ...", "None of his physical assessments since then have shown ...".
    found = leaning("Kiruna began to sink in 2003. By the next year, the town had decided to move. In fact, the "
                    "mine paid for the move. None of the houses built since then has cracked. LKAB will close its "
                    "mine next year. Residents will in fact stay. Indeed, two families stayed. The following day, "
                    "the mayor resigned. Houses built since 1990 did not crack.")
    # Its twins: "next year" of the calendar, "in fact" inside a clause, "since" a year.
    assert found == [False, True, True, True, False, False, True, True, False]


def test_a_sentence_that_sums_up_or_grants_what_came_before_leans_back():
    # Distant reading 9091: "In short, Keurig 2.0 isn't the iPhone." and "Okay fine, this isn't the
    # first time the Onion fooled a foreign paper" stood in summaries without what they sum up or grant.
    found = leaning("Keurig's new brewer blocks refill pods. Sales fell by a quarter. In short, Keurig 2.0 isn't "
                    "the iPhone. Okay fine, the pods still sell. In other words, buyers want choice. Short "
                    "sellers made money in short order.")
    # Its twin: "in short" inside a clause.
    assert found == [False, False, True, True, True, False]


def test_a_definite_person_is_introduced_only_by_a_name_in_their_own_phrase():
    # Distant readings 9081 and 9083: "The Oscar winner's line of $7 panties ..." (the tagger's person
    # "Oscar") and "The "Anaconda" rapper co-owns ... with Mona Scott-Young" read as introducing
    # whoever they are. Its twins: "The rapper, Kanye West, said", "The winner Jane Doe".
    article = one_article("Celebrities are cashing in on their fame. The rapper, Kanye West, said he would open a "
                          "store. The winner Jane Doe thanked her fans. The Oscar winner's line of bras went on "
                          "sale at Target. The rapper co-owns a wine maker with Mona Scott-Young. The children's "
                          "mother, Jenny, went to work.")
    readings = [read(s, article) for s in article.sentences]
    assert [(r.leans_back, r.noun) for r in readings] == \
        [(False, None), (False, None), (False, None), (True, "winner"), (True, "rapper"), (False, None)]


def test_a_sentence_said_to_you_is_no_summary_material():
    # Distant reading 9085: an interviewer's question ("You will play the Spirit again ...") in the
    # summary; a page's "You'll also find behind the scenes videos". Its twins: "you" in a quotation,
    # and "your" further in a report's sentence.
    article = one_article("The Spirit played the anthem early on Wednesday. You will play the Spirit again in four "
                          "days in Seattle. You'll also find behind the scenes videos and other web exclusives. "
                          "\"You will see the change,\" Laura Harvey said. A little jogging is good for your "
                          "health, researchers say. \"Where Have You Been\" followed a similar path last year.")
    assert [read(s, article).usable for s in article.sentences] == [True, False, False, True, True, True]
    # Dev: a blogger's swearing, in the page's own words ("a reputation of being a fucking weirdo") is
    # the writer's voice too; a speaker's, in quotation marks, is the speaker's.
    article = one_article("A Ukrainian journalist who is a fucking weirdo was dragged off a red carpet on Friday. "
                          "\"This is bullshit and I want him gone,\" the actress told reporters.")
    assert [read(s, article).usable for s in article.sentences] == [False, True]


def test_a_contrast_with_what_was_said_before_leans_back():
    article = one_article("Kim Lehmkuhl failed to produce minutes for a year. Lehmkuhl was, however, a prolific "
                          "tweeter during council meetings. At the same time, the council said she did her job. "
                          "Staff missed two meetings, however, no complaint was filed.")
    leaning = [read(s, article).leans_back for s in article.sentences]
    # Its twin, the last: "however" after a clause of its own sentence sets that clause against the next.
    assert leaning == [False, True, True, False]


def test_instead_or_separately_of_the_main_clause_leans_back():
    # Readings 8651 and 8653: "Shinozuka's device instead directly alerts the caregiver" with the
    # alarms it replaces left out; "..., Xinhua reported separately" with no report before it.
    article = one_article("Most alarms for wandering patients are loud and wired. Kenneth's device instead alerts "
                          "the caregiver by phone. Insurers have started paying the families, Xinhua reported "
                          "separately. Acme Corp chose to open in Ohio instead of Texas. Kagan refused, instead "
                          "abiding by the precedent. Three stories play out separately.")
    leaning = [read(s, article).leans_back for s in article.sentences]
    # Its twins: "instead of", "instead" after a clause of its own sentence, "separately" of a manner.
    assert leaning == [False, True, True, False, False, False]


def test_a_paragraph_set_off_after_a_colon_of_saying_is_someones_words():
    # Readings 8637, 8643 and 8647 met "People eating, people washing, people sleeping." from
    # Ehrlich's passage, which an article gives unmarked after "... whom Kunzig quotes:".
    article = one_article("The thinkers who worry most are like Paul Ehrlich, whom Kunzig quotes:\n\n"
                          "I came to understand it one hot night in Delhi. People eating, people washing, people "
                          "sleeping.\n\nAs Kunzig notes, that was written in 1966.\n\nThe police arrested the "
                          "following:\n\nThree men were charged with theft in the city.")
    usable = [read(s, article).usable for s in article.sentences]
    # Its twins: the paragraph after it, and a paragraph after a colon that is no one's saying.
    assert usable == [False, False, False, True, False, True]
    # The other article gives the passage as an epigraph, its credit after the last sentence; the
    # twin is a paragraph of the writer's that ends on a dash and a name it reports.
    article = one_article("I came to understand it one hot night in Delhi. People thrusting their hands through "
                          "the taxi window, begging. People, people, people. —Paul Ehrlich\n\nIn 1966 there were "
                          "half a billion Indians. Today the country has more people than China, said Paul Ehrlich.")
    usable = {(s.paragraph, read(s, article).usable) for s in article.sentences}
    assert usable == {(0, False), (1, True)}


def test_a_photo_caption_left_in_the_text_is_no_summary_sentence():
    """ "Russian President Vladimir Putin takes part in a friendly hockey match ... on Saturday.": a
    caption between the paragraphs (reading 8681 met one in a summary). Its twins: the report of
    that day in the past tense, and a present tense whose subject is no one ("The UN projects that
    ... by 2030.")."""
    article = one_article("Russian President Vladimir Putin takes part in a friendly hockey match at the Bolshoy "
                          "Ice Dome in Sochi, Russia, on Saturday.\n\nResidents make their way through floodwaters "
                          "in Little Ferry, N.J., on Tuesday.\n\nPutin played in a friendly hockey match in Sochi "
                          "on Saturday.\n\nThe UN projects that the world will reach replacement fertility by "
                          "2030.")
    assert [read(s, article).usable for s in article.sentences] == [False, False, True, True]


def test_a_sentence_that_announces_what_follows_it_is_no_summary_sentence():
    """ "Read on for ...", "here are ten of the most memorable things ..." and "published the
    following image." point at what comes after them on the page, as a sentence ending on a colon
    does (reading 8679 met the first two in a summary, the list they announce left behind). Their
    twins: "the following year" is a time, "here" inside a quotation is the speaker's."""
    article = one_article("Jethro Nededog was in the press room on Sunday night, and here are ten of the most "
                          "memorable things he heard the stars say.\n\nRead on for the backstage reactions of Jon "
                          "Cryer and Claire Danes.\n\nThe official page of the Games published the following "
                          "image.\n\nThe band split after a dispute on Twitter, but publicly reunited the following "
                          "year.\n\n\"Here's the deal: he denies any ties to the agency,\" Colbert said.")
    assert [read(s, article).usable for s in article.sentences] == [False, False, False, True, True]


def test_a_surname_ending_a_sentence_gets_the_full_name_the_merged_entities_give():
    text = "Lamar's video beat videos by Bruno Mars and Cara."
    sentence = Sentence(article="a1", index=0, text=text, paragraph=0, entities=[])
    naming = "Singer Alessia Cara won best dance video."
    other = Sentence(article="a2", index=0, text=naming, paragraph=0, entities=[Span("Alessia Cara", "PERSON", 7, 19)])
    by_id = {"a1": Article(id="a1", sentences=[sentence]), "a2": Article(id="a2", sentences=[other])}
    new = _introduced(text, sentence, [], [Cite("a1", 0)], by_id, {"Cara": "Alessia Cara"})
    assert new == "Lamar's video beat videos by Bruno Mars and Alessia Cara."
    # Its twin: a name the summary gave before stays as written.
    before = [Cited(text="Alessia Cara won best dance video.", cites=[Cite("a2", 0)])]
    assert _introduced(text, sentence, before, [Cite("a1", 0)], by_id, {"Cara": "Alessia Cara"}) == text


def test_a_given_name_the_article_gives_in_full_is_not_another_outlets_surname():
    """A distant-half reading: "killed by her brother, Burke," became "her brother, Stan Burke," the
    analyst another outlet names. Twin: an article that names no one with that given name still
    gets the full name."""
    article = one_article("The show said JonBenet Ramsey was killed by her brother, Burke, in 1996. Burke Ramsey, "
                          "now 29, denied it on television.")
    naming = "Former FBI analyst Stan Burke joined the team."
    other = Sentence(article="a2", index=0, text=naming, paragraph=0, entities=[Span("Stan Burke", "PERSON", 23, 33)])
    by_id = {"a1": article, "a2": Article(id="a2", sentences=[other])}
    text = article.sentences[0].text
    assert _introduced(text, article.sentences[0], [], [Cite("a1", 0)], by_id, {"Burke": "Stan Burke"}) == text
    twin = one_article("The show said the case was solved by an analyst, Burke, in 1996. The team agreed.")
    by_id["a1"] = twin
    new = _introduced(twin.sentences[0].text, twin.sentences[0], [], [Cite("a1", 0)], by_id, {"Burke": "Stan Burke"})
    assert "Stan Burke" in new


def test_a_quantity_a_place_or_a_thing_said_before_leans_back():
    article = one_article("Researchers recruited 63 volunteers in Ithaca on Monday. Half were then fed some cake. "
                          "Half of the volunteers were then given a clip. The team worked at the lab here. "
                          "Riley refused to say much more than that. To see if the same association held, the "
                          "team went to a store. Gomes and Bairos were born on the same day. Further, the "
                          "volunteers said they were hungry. A century after that, the population had doubled.")
    leaning = [read(s, article).leans_back for s in article.sentences]
    # Twins: "half of the volunteers" says half of what; "the same day" is one day for two people.
    assert leaning == [False, True, False, True, True, True, False, True, True]


def test_the_same_thing_in_a_story_s_first_sentence_is_shared_not_said_before():
    """Blind reading 8673: "A couple born on the same day at the same Massachusetts hospital have
    exchanged vows ..." opened its article and was read as pointing back ("the same hospital" as
    one said before), so the summary led on the second sentence and put the story's lead last. In
    a first sentence nothing comes before: two things share one. Its twin: later on, "the same
    hospital" points back."""
    article = one_article("A couple born on the same day at the same Massachusetts hospital have exchanged vows. "
                          "Each was born in 1990 in Taunton. Jessica Gomes later worked at the same hospital.")
    leaning = [read(s, article).leans_back for s in article.sentences]
    assert leaning == [False, True, True]
    assert read(article.sentences[2], article).noun == "hospital"


def test_two_people_before_a_pronoun_leave_it_unnamed():
    article = one_article("Police arrested Tom Smith and Ann Jones in Paris on Monday. "
                          "He said the talks went well.")
    assert read(article.sentences[1], article).name is None


def test_quotations_need_a_speaker():
    article = one_article('"We will rebuild every house," Mayor Ann Jones said on Friday.\n'
                          '"Every family will have a roof by the winter."\n'
                          'The river rose four metres overnight, flooding 200 homes.\n'
                          '"Nobody expected the water to rise so fast."')
    assert read(article.sentences[0], article).usable  # speaker named in the sentence
    going_on = read(article.sentences[1], article)  # the same quotation's next paragraph: her words
    assert going_on.attribute and going_on.name == "Ann Jones"
    alone = read(article.sentences[3], article)
    assert not alone.usable and "no speaker" in alone.why  # a bare quotation, nobody named before it
    assert attributed('"We will appeal."', "Ann Jones") == '"We will appeal," Ann Jones said.'


def test_a_sentence_inside_a_quotation_of_several_is_someones_words_not_a_fact():
    """Blind reading 8318: "The Benghazi, Libya, consulate was becoming a death trap." — the middle
    of a senator's three quoted sentences, with no mark of its own — was given as the summary's own
    statement. Twins: the sentence after the closing mark, and one in a paragraph whose quotation
    closed before it, are the writer's."""
    article = one_article("Graham spoke on Sunday in Washington about the attack on the consulate. “Failed "
                          "presidential leadership, senior members of the administration failed miserably. The "
                          "Benghazi, Libya, consulate was becoming a death trap. We should have closed that "
                          "consulate long before Sept. 11,” Graham said. The senator wants hearings next month.")
    inside = read(article.sentences[2], article)
    assert not inside.usable and "inside a quotation" in inside.why
    assert "inside a quotation" not in read(article.sentences[4], article).why
    closed = one_article("“We failed,” Graham said on Sunday in Washington. The consulate had asked for more "
                         "guards in August, the State Department confirmed.")
    assert read(closed.sentences[1], closed).usable


def test_a_quotation_about_someone_or_something_not_named_leans_back():
    # Blind reading 1441: quotations lifted without what they speak of ("they": the implants).
    article = one_article("Paula Blades got saline implants in 2009. "
                          '"If they did rupture, it\'s no big deal," Paula Blades said. '
                          '"We are asking the public to help identify him," the Indiana State Police said. '
                          '"Not just the implant," Dr. Susan Kolb said. '
                          '"Did you do the acts shown in these pictures?" a defense attorney asked the woman. '
                          # twins: what the pronoun stands for is named before it, or "it" points at nothing
                          '"People come at you from either side if they don\'t like the results," Frank Newport said. '
                          'Michael Bloomberg said Barack Obama offered to visit, "but I think the thing for him to do '
                          'is to go to New Jersey." '
                          '"It is clear that the dam held and the town is safe," Mayor Ann Jones said.')
    readings = [read(s, article) for s in article.sentences]
    assert [r.leans_back for r in readings[1:5]] == [True, True, True, True]
    assert all(r.name is None for r in readings[1:5])  # nothing to name: the sentence before must come along
    assert [r.leans_back for r in readings[5:]] == [False, False, False]
    # A pronoun speaker is named, but the quotation still needs the sentence before it ("them").
    gorsuch = one_article("Judge Neil Gorsuch praised Antonin Scalia on Tuesday. All of his colleagues on the "
                          "bench cherished his wisdom. \"Like them, I miss him,\" he said.")
    reading = read(gorsuch.sentences[2], gorsuch)
    assert reading.pronoun_speaker and reading.context
    twin = one_article("Judge Neil Gorsuch praised Antonin Scalia on Tuesday. \"Justice Scalia was a lion of "
                       "the law,\" he said.")
    assert read(twin.sentences[1], twin).pronoun_speaker and not read(twin.sentences[1], twin).context
    # A quotation attributed in the sentence before it, speaking of "her": named, and with that sentence.
    nola = one_article("The rhino Nola died on Sunday at the Safari Park.\n\n"
                       "\"It sounds corny, but with her, every day is a blessing,\" keeper Jane Kennedy said. "
                       "\"I would call her a symbol of our purpose.\"\n\n"
                       "\"It sounds corny, but every day is a blessing,\" keeper Ann Smith said. "
                       "\"Rhinos are a symbol of our purpose.\"")
    speaking, alone = read(nola.sentences[2], nola), read(nola.sentences[4], nola)
    assert speaking.attribute and speaking.name == "Jane Kennedy" and speaking.context
    assert alone.attribute and alone.name == "Ann Smith" and not alone.context  # the twin reads alone
    # ... and speaking of "it": the sentence before says what it is.
    dam = one_article("The dam above the town held through the night.\n\n"
                      "\"Nobody in the town is in danger now,\" Mayor Ann Jones said. \"We reinforced it in May, "
                      "and it held.\"\n\n\"Nobody in the town is in danger now,\" Mayor Ann Jones said. "
                      "\"We reinforced the dam in May, and the dam held.\"")
    speaking, alone = read(dam.sentences[2], dam), read(dam.sentences[4], dam)
    assert speaking.attribute and speaking.name == "Ann Jones" and speaking.context
    assert alone.attribute and alone.name == "Ann Jones" and not alone.context


def test_the_writer_and_furniture_are_not_summary_material():
    article = one_article("I spoke to the mayor last week about the flood.\n"
                          "Residents describe the night the river came into their homes and what they lost [...]\n"
                          "The river rose four metres overnight, flooding 200 homes.")
    assert not read(article.sentences[0], article).usable
    assert not read(article.sentences[1], article).usable
    assert read(article.sentences[2], article).usable


def test_sentences_pointing_at_the_page_are_furniture():
    article = one_article("A storm hit the coast on Monday. Below is the full statement from the governor. The "
                          "2017 guidelines are also provided below. Temperatures fell below zero overnight in the "
                          "town. Prices rose above the forecast, officials said.")
    usable = [read(s, article).usable for s in article.sentences]
    assert usable == [True, False, False, True, True]  # "below zero", "above the forecast" are no pointers


def test_a_title_in_quotation_marks_is_no_quotation_to_attribute():
    article = one_article("The family filed the papers on Monday. \"Keeping Up with the Kardashians,\" which first "
                          "aired in 2007, made the family famous.")
    assert read(article.sentences[1], article).usable


def test_quoted_spans_open_and_close_across_sentences():
    assert quoted_spans('"Yes," he said. "No."') == [(0, 6), (16, 21)]
    assert quoted_spans('continued the story," she said.') == [(0, 21)]
    text = '"There is hope, said Kunz Sr.'
    assert text[slice(*quoted_spans(text)[0])] == '"There is hope,'


def test_summary_of_three_reports_reads_and_cites_corroboration():
    result = digest([RawArticle(text=t) for t in (RAID_A, RAID_B, RAID_C)])
    texts = [s.text for s in result.summary]
    assert texts and not PRONOUN_OPENING.match(texts[0])
    for s in result.summary:
        if re.search(r"[\"“”]", s.text):  # a quotation names its speaker in the sentence
            assert re.search(r"(?:Sabzwari|Hussain|[A-Z][a-z]+ (?:said|told))", s.text), s.text
    assert not any("This raid is an attack on democracy" in t for t in texts)  # no speaker anywhere
    assert any(len({c.article for c in s.cites}) >= 2 for s in result.summary)  # corroborated, cited
    for i, a in enumerate(texts):  # no sentence tells what an earlier one told
        for b in texts[:i]:
            shared = set(re.findall(r"[a-z]{4,}", a.lower())) & set(re.findall(r"[a-z]{4,}", b.lower()))
            assert len(shared) < 0.8 * len(set(re.findall(r"[a-z]{4,}", a.lower()))), (a, b)


def test_facts_are_statements_of_two_or_more_outlets():
    result = digest([RawArticle(text=t) for t in (RAID_A, RAID_B, RAID_C)])
    assert result.facts
    for fact in result.facts:
        assert len({c.article for c in fact.cites}) >= 2
        assert fact.text == result.sentence(fact.cites[0]).text


def test_a_story_printed_twice_is_one_source_of_a_fact():
    """Blind reading 8401: two pages of one magazine feature, and two versions of one newspaper's
    story, "corroborated" each other in 12 of 44 listed facts. Articles that tell three or more of
    their own sentences word for word are one source; a third outlet saying the same makes a fact.
    Twin: the independent outlets' facts stay."""
    reprint = RAID_A + "\nThe party called a strike for Thursday in protest against the raid on its office."
    assert not digest([RawArticle(text=RAID_A), RawArticle(text=reprint)]).facts
    three = digest([RawArticle(text=RAID_A), RawArticle(text=reprint), RawArticle(text=RAID_C)])
    assert three.facts
    assert all("a3" in {c.article for c in fact.cites} for fact in three.facts)
    assert digest([RawArticle(text=RAID_A), RawArticle(text=RAID_C)]).facts


def test_a_sentences_partners_are_weighed_among_the_most_similar_of_each_article():
    """A page repeating one sentence hundreds of times had every sentence of another article weighed
    against each copy (two such articles of 480 sentences: 75 s in the facts). Only the
    MAX_CANDIDATES most similar of an article are weighed, in their own order; the fact they make
    is still found."""
    import numpy as np

    from storylens import agree

    similarities = np.array([0.6, 0.9, 0.7, 0.95, 0.56, 0.8, 0.61, 0.99, 0.62, 0.58, 0.85, 0.57])
    kept = agree.nearest(similarities, range(len(similarities)))
    assert kept == [1, 2, 3, 5, 6, 7, 8, 10] and len(kept) == agree.MAX_CANDIDATES
    assert agree.nearest(similarities, [4, 1]) == [4, 1]  # fewer than the most: all, as given
    repeated = " ".join(["The party called a strike for Thursday in protest against the raid on its office."] * 60)
    result = digest([RawArticle(text=RAID_A + "\n" + repeated), RawArticle(text=RAID_C)])
    assert result.facts


def test_headline_from_the_lead_or_a_title():
    result = digest([RawArticle(text=t) for t in (RAID_A, RAID_B, RAID_C)])
    assert result.title and 4 <= len(result.title.split()) <= 20 and not result.title.endswith(".")
    assert set(result.title.lower().split()) <= set(" ".join([RAID_A, RAID_B, RAID_C]).lower().replace(",", " ")
                                                    .replace(".", " ").split())
    titled = digest([RawArticle(text=RAID_A, title="Paramilitary troops raid MQM headquarters in Karachi"),
                     RawArticle(text=RAID_B), RawArticle(text=RAID_C)])
    assert titled.title == "Paramilitary troops raid MQM headquarters in Karachi"


def test_a_page_with_its_text_only_in_json_ld():
    body = " ".join(RAID_A.split("\n"))
    html = ('<!doctype html><html><head><title>Raid in Karachi</title><script type="application/ld+json">'
            '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Raid in Karachi", '
            f'"articleBody": {__import__("json").dumps(body)}}}</script></head>'
            '<body><div id="app">Loading...</div><nav>Home | News</nav></body></html>')
    article = read_html(html, "page.html")
    assert "Nine Zero" in article.text
    assert digest([article]).summary


def test_a_headline_from_the_lead_is_its_main_clause():
    """Parsed, not cut by word count: no opening adverbial, relative clause or attribution, and no
    headline at all from a clause whose subject is a pronoun."""
    from storylens.select import HEADLINE_WORDS, main_clause

    assert main_clause("On Tuesday, Pakistani paramilitary troops, who had surrounded the area overnight, raided "
                       "the headquarters of the MQM party in Karachi, officials said.") == \
        "Pakistani paramilitary troops raided the headquarters of the MQM party in Karachi"
    long = main_clause("The 54-year-old artist died in his sleep at his home in the hills above Los Gatos in Santa "
                       "Clara County on Friday morning, his family said in a statement released by a spokesman.")
    assert long and long.startswith("The 54-year-old artist died in his sleep") and len(long.split()) <= HEADLINE_WORDS
    assert main_clause("When the storm hit the coast, it destroyed dozens of homes in the town.") is None


def test_a_headline_keeps_an_apposition_written_without_a_comma():
    """"cereal maker Kellogg Co", "Jack the cat": an apposition with no comma before it names or says
    which one, and stays in the headline. Its twin: one set off by commas goes."""
    from storylens.select import main_clause

    assert main_clause("U.S.-based cereal maker Kellogg Co on Tuesday pulled out of Venezuela due to the country's "
                       "deep economic crisis, and an angry President Nicolas Maduro said its units would be taken "
                       "over.") == "U.S.-based cereal maker Kellogg Co pulled out of Venezuela due to the country's " \
                                   "deep economic crisis"
    assert main_clause("Before the flight to his new home in California, Jack the cat escaped from his travel carrier "
                       "and disappeared into John F. Kennedy Airport.").startswith("Jack the cat escaped")
    assert main_clause("Charlie Sheen, the actor who likes to say he is an F-18, was moving at a decidedly subsonic "
                       "speed Tuesday evening.") == \
        "Charlie Sheen was moving at a decidedly subsonic speed Tuesday evening"


def test_a_headline_says_what_the_lead_says_with_a_clause_for_subject_and_the_name_that_says_which():
    """Blind reading 9191: a lead whose subject is a clause gave no headline, so the summary's second
    sentence headed it ("Jamie Zeitzer is senior author of the study"); "the Black Sea peninsula"
    lost "of Crimea". Its twin: the attribution ("according to a study ...") still goes."""
    from storylens.select import main_clause

    assert main_clause("Exposing people to short flashes of light while they're sleeping could provide a fast "
                       "method of preventing jet lag, according to a study by researchers at Stanford.") == \
        "Exposing people to short flashes of light could provide a fast method of preventing jet lag"
    crimea = main_clause("Russia's lower house of parliament overwhelmingly approved a treaty Thursday to annex the "
                         "Black Sea peninsula of Crimea from Ukraine, prompting tougher sanctions from the United "
                         "States.")
    assert crimea and "peninsula of Crimea" in crimea


def test_the_lead_is_the_opening_that_tells_the_news():
    """Reading 8523: a study's premise ("Hunger is assumed to motivate eating") headed the digest
    over the opening that told the finding. Scored alike, the lead model picks the news, whichever
    article it opens (the twin: the articles the other way round)."""
    premise = ("Hunger is assumed to motivate eating, which satisfies the caloric needs underlying the "
               "motivation. Researchers have long asked what else an empty stomach makes people want.")
    news = ("Hungry shoppers spent 64 percent more on things they could not eat, researchers at the "
            "University of Minnesota reported on Monday. The study followed shoppers at a department store.")
    for texts in ((premise, news), (news, premise)):
        articles = annotate([clean(RawArticle(text=t)) for t in texts])
        cands = candidates(articles, sentence_vectors(articles))
        openings = [i for i, s in enumerate(cands.sentences) if s.index == 0]
        chosen = best_opening(cands, np.full(len(cands.sentences), 0.4), openings)
        assert cands.sentences[chosen].text.startswith("Hungry shoppers")


def test_a_lead_opening_on_a_title_is_a_statement_not_someones_words():
    """Reading 8523: the Oscars digest opened on a backstage aside because the one lead that told
    the news opened on a film's title in quotation marks, which was taken for a quotation."""
    assert not someones_words("“Moonlight” walked away with best picture honors at the end of Sunday "
                              "night’s Oscars ceremony in Hollywood.")
    assert not someones_words("CIA briefers told the senators it was now “quite clear” that electing Donald "
                              "Trump was Russia's goal.")
    # Twins: a quotation opening the sentence, or a sentence mostly quoted, is someone's words.
    assert someones_words("“I was holding my best actress card the whole time,” Emma Stone said backstage.")
    assert someones_words("Stone said it was “the most surreal thing I have ever been part of in my whole life.”")


def test_a_lead_that_leans_on_what_came_before_heads_no_digest_whole():
    from storylens.select import _leans

    assert _leans("For his birthday this year, his father bought the young man a pistol.")
    assert _leans("Oh, Betty, you're in such high demand!")
    assert not _leans("Marty Balin, a co-founder of Jefferson Airplane, died Thursday.")  # the twin


def test_a_headline_keeps_what_completes_its_words():
    """A pronoun keeps the clause that says who it is ("those [who ...]"); "was back in the news"
    keeps "back", which is where the city was; an interjection inside a phrase ("moving — yes,
    moving —") goes. Twin: a relative clause after a noun still goes."""
    from storylens.select import main_clause

    those = main_clause("Brain regions related to emotion seem to communicate more in those who go on to develop "
                        "chronic pain, a new study finds.")
    assert those is None or not those.endswith("those")
    city = main_clause("The northernmost city in Sweden, Kiruna, was back in the news this week with reports that it "
                       "would be moving — yes, moving — about two miles east.")
    assert city and "was back in the news" in city and "yes" not in city.split()
    assert main_clause("Police arrested the driver, who had fled the scene, in Dallas on Monday.") == \
        "Police arrested the driver in Dallas on Monday"


def test_a_surname_alone_gets_the_full_name_another_outlet_gives():
    """'Sinema took the lead' (the tagger calls the surname an organisation): the summary names her
    as the other report does, and cites that report for the name."""
    first = ("Sinema took the lead in the Arizona Senate race on Monday as more ballots were counted in "
             "Maricopa County. Officials said counting would go on for days.")
    second = ("Democrat Kyrsten Sinema and Republican Martha McSally were separated by a few thousand votes in "
              "Arizona on Monday. Counting went on in Maricopa County.")
    result = digest([RawArticle(text=first), RawArticle(text=second)])
    lead = next(s for s in result.summary if "took the lead" in s.text)
    assert lead.text.startswith("Kyrsten Sinema took the lead")
    assert {c.article for c in lead.cites} == {"a1", "a2"}


def test_sentences_with_other_figures_are_not_one_fact():
    said = "Eight people including {} children were injured in an explosion in a Philadelphia row house on Monday."
    differ = digest([RawArticle(text=said.format("three")), RawArticle(text=said.format("two"))])
    assert not differ.facts
    # Its twin: the same figures, in words or digits, are one statement of two outlets.
    agree = digest([RawArticle(text=said.format("three")), RawArticle(text=said.format("3"))])
    assert agree.facts and len({c.article for c in agree.facts[0].cites}) == 2


def test_a_fact_with_a_figure_is_not_told_on_a_sentence_without_it():
    """Distant readings 9047, 9051 and 9053: "Two Coast Guard boats, a helicopter, local police and fire
    ... assisted in the search" was a fact cited to an article that says "a helicopter, plane and
    boat". A sentence without the figure backs the statement only as it tells it itself; its twin,
    two sentences with the figure, still make one fact told with it."""
    boats = ("Two Coast Guard boats, a helicopter, local police and fire, as well as the Ipswich harbormaster "
             "assisted in the search for the missing swimmer off Crane Beach on Tuesday evening.")
    none = ("Coast Guard boats, a helicopter, local police and fire, as well as the Ipswich harbormaster "
            "assisted in the search for the missing swimmer off Crane Beach on Tuesday evening.")
    told = digest([RawArticle(text=boats), RawArticle(text=none)])
    assert not any("Two Coast Guard boats" in f.text and len(f.cites) > 1 for f in told.facts)
    twin = digest([RawArticle(text=boats), RawArticle(text=boats.replace("Two", "2"))])
    assert any("Two Coast Guard boats" in f.text and len(f.cites) == 2 for f in twin.facts)


def test_a_transcript_s_lines_enter_the_summary_only_with_their_speaker():
    """Distant reading 9053: the Obama interview's summary held "Well, look, what he needs to do is to
    tell us what exactly he's for." and three more transcript lines with no one to say them. A turn's
    line after its label ("PRESIDENT OBAMA:") is someone's words that do not say whose; the report
    around the transcript still leads."""
    text = ("President Barack Obama sat down with George Stephanopoulos at the White House on Monday to talk "
            "about the economy and the election.\n\n"
            "GEORGE STEPHANOPOULOS: Thanks for having us at the White House for this interview about the economy."
            "\n\nPRESIDENT OBAMA:\n\nGreat to be here with you today at the White House.\n\n"
            "GEORGE STEPHANOPOULOS:\n\nMany people simply do not think they are better off than they were four "
            "years ago.\n\nPRESIDENT OBAMA:\n\nWell, I do not think they are better off than they were four years "
            "ago, before the financial crisis hit the economy. We have been able to make steady progress to "
            "stabilize the economy since then. But the unemployment rate is still way too high for families.")
    summary = [s.text for s in digest(read_text(text)).summary]
    assert summary and summary[0].startswith("President Barack Obama sat down")
    assert not any("better off" in s or "too high" in s for s in summary)


def test_a_statement_and_its_negation_are_not_one_fact():
    """"It was the first time ..." and "It was not the first time ..." share nearly every word: the
    sources do not agree. Twin: the same statement, one "not" in another clause, is one fact."""
    said = "It was {}the first time in Oscars history that the wrong winner was announced on stage at the ceremony."
    differ = digest([RawArticle(text=said.format("")), RawArticle(text=said.format("not "))])
    assert not differ.facts
    told = "Staff were called to the house over noise complaints on Sunday night, the county sheriff said."
    aside = ("Staff were called to the house over noise complaints on Sunday night, but did not expect what they "
             "found, the county sheriff said.")
    agree = digest([RawArticle(text=told), RawArticle(text=aside)])
    assert agree.facts and len({c.article for c in agree.facts[0].cites}) == 2


def test_a_negation_after_a_title_and_a_colon_is_still_the_statement_s():
    """"Kong: Skull Island isn't a remake" parses with "Kong" for its root: the "not" on the clause
    hung on it still negates the statement. Twin: with no "not", the two outlets agree."""
    said = "Kong: Skull Island is{} a remake of an earlier King Kong movie from 1933, but more of a reimagining."
    differ = digest([RawArticle(text=said.format("")), RawArticle(text=said.format("n't"))])
    assert not differ.facts
    # (Two outlets' texts, not one text twice: a word-for-word copy is left out as a copy.)
    agree = digest([RawArticle(text=said.format("")), RawArticle(text=said.format("") + " It opens on Friday.")])
    assert agree.facts and len({c.article for c in agree.facts[0].cites}) == 2


def test_a_fact_is_told_without_its_dateline():
    """A fact is told in the words of one outlet's sentence, cleaned as a summary sentence is: the
    wire's dateline glued to its first word ("Karachi, Pakistan (CNN)Pakistani ...") goes; its
    twin, the words after it, stay whole."""
    said = ("{}Pakistani paramilitary troops raided the headquarters of the MQM party in Karachi on Wednesday, "
            "seizing weapons and arresting several suspects, officials said.")
    result = digest([RawArticle(text=said.format("Karachi, Pakistan (CNN)")), RawArticle(text=said.format(""))])
    assert result.facts and len({c.article for c in result.facts[0].cites}) == 2
    assert [f.text for f in result.facts] == [said.format("")]


# One lawyer's word on a plea, told twice, and on a hearing date (the facts and citation tests).
PLEA = "John Fuller, Hayes' attorney, said Monday that Hayes felt threatened and plans to plead not guilty."
HEARING = "The preliminary hearing for Hayes has been scheduled for April 28, Hayes' attorney John Fuller confirmed."
AGAIN = "Hayes felt threatened and plans to plead not guilty, his attorney John Fuller said Monday."


def test_a_fact_is_what_two_outlets_say_not_what_they_share_words_about():
    """A hearing's date and a plea, both told by one lawyer, are not one statement (the words
    "Hayes' attorney John Fuller" are all they share); the agreement model, trained on pairs
    read by people, keeps them apart where the earlier thresholds on shared words paired them.
    Twin: the plea told twice is one fact of two outlets."""
    assert not digest([RawArticle(text=HEARING), RawArticle(text=PLEA)]).facts
    agree = digest([RawArticle(text=AGAIN), RawArticle(text=PLEA)])
    assert agree.facts and len({c.article for c in agree.facts[0].cites}) == 2


def test_a_fact_is_not_told_by_the_end_of_a_quotation_begun_before_it():
    """ "We can start living," Fran Keller told the newspaper." with its opening mark in the sentence
    before is a fragment: the fact is told by the outlet whose sentence holds the whole quotation."""
    first = ("\"It has been a long road for both of us. We can start living again and no more nightmares,\" "
             "Fran Keller told the newspaper on Monday.")
    second = ("Fran Keller told the Austin newspaper on Monday: \"We can start living again and no more "
              "nightmares,\" after the couple were paid by the state.")
    result = digest([RawArticle(text=first), RawArticle(text=second)])
    assert result.facts
    assert all(f.text.count("\"") % 2 == 0 for f in result.facts), [f.text for f in result.facts]


def test_a_fact_quoted_with_a_pronoun_speaker_names_the_speaker():
    """ "'...,' he said" in every outlet told no fact; named as the summary names a speaker, it does."""
    quote = "\"I want the information that the Senate Armed Services Committee deserves and needs,\""
    named = digest([RawArticle(text="Senator John McCain spoke to reporters at the Capitol on Tuesday about the "
                                    f"ambush in Niger. {quote} he said."),
                    RawArticle(text="Senator John McCain criticised the Pentagon on Tuesday over the ambush in "
                                    f"Niger. {quote} he told reporters.")])
    assert f"{quote} John McCain said." in [f.text for f in named.facts]
    # Its twin: with no one named before "he", the quotation tells no fact.
    unnamed = digest([RawArticle(text=f"The ambush in Niger killed four soldiers. {quote} he said."),
                      RawArticle(text=f"The ambush in Niger killed four US soldiers. {quote} he told reporters.")])
    assert not [f for f in unnamed.facts if "Armed Services" in f.text]


def test_a_summary_sentence_cites_the_outlets_that_say_the_same_not_those_that_share_words():
    """The summary cites another outlet's sentence only when the agreement model takes it for the
    same statement: the lawyer's word on a hearing date is no second source for his client's plea."""
    result = digest([RawArticle(text=PLEA), RawArticle(text=HEARING)])
    assert all(len({c.article for c in s.cites}) == 1 for s in result.summary)
    result = digest([RawArticle(text=PLEA), RawArticle(text=AGAIN)])
    assert {c.article for c in result.summary[0].cites} == {"a1", "a2"}


def test_the_agreement_model_reads_the_features_it_was_trained_on():
    from storylens import agree

    assert agree.model()["features"] == agree.FEATURES
    assert len(agree.model()["coef"]) == len(agree.FEATURES) and 0 < agree.threshold() < 1


def test_a_full_name_is_added_once_and_cited_once():
    first = ("President Barack Obama signed the health bill on Monday at the White House, officials said. "
             "Obama said the law would help millions of families pay for care.")
    second = ("Obama signed the health bill on Monday. Critics said it would cost too much, and Republicans "
              "vowed to repeal it next year.")
    result = digest([RawArticle(text=first), RawArticle(text=second)])
    for cited in result.summary:
        assert "Barack Barack" not in cited.text
        assert len(cited.cites) == len(set(cited.cites))


def test_a_pronoun_is_named_only_when_one_person_came_before():
    """'Kushner met Gorkov. He is married to ...': which one is meant is not certain, so no name
    goes in (a wrong name is worse than a pronoun); with one person before, the name goes in."""
    two = one_article("Jared Kushner met the banker Sergey Gorkov in New York in December. "
                      "He is married to Ivanka Trump, the president's daughter.")
    assert read(two.sentences[1], two).name is None
    one = one_article("Jared Kushner met several bankers in New York in December. "
                      "He is married to Ivanka Trump, the president's daughter.")
    assert read(one.sentences[1], one).name == "Jared Kushner"


def test_a_full_name_is_one_persons_name():
    """A span the tagger reads as one person but that joins two ("George and Marie") is no fuller
    form of "Marie"; a real first name and surname is."""
    from storylens.references import full_name, is_name

    assert not is_name("George and Marie") and not is_name("Smith, Jones")
    assert is_name("Faisal Sabzwari") and is_name("Ursula von der Leyen")
    article = one_article("The family of George and Marie Dubois gathered at the court on Monday. "
                          "Faisal Sabzwari, a lawyer, spoke for them. Sabzwari said the ruling was unjust.")
    assert full_name("Marie", article) in {"Marie", "Marie Dubois"}
    assert full_name("Sabzwari", article) == "Faisal Sabzwari"


def test_renaming_never_touches_a_quotation_nor_doubles_a_word():
    from storylens.select import _renamed

    quoted = '"Trump\'s plan will fail," the senator said of Trump\'s budget.'
    assert _renamed(quoted, "Trump", "Donald Trump") == \
        '"Trump\'s plan will fail," the senator said of Donald Trump\'s budget.'
    assert _renamed("President Barack H. Obama signed the bill.", "Obama", "Barack Obama") == \
        "President Barack H. Obama signed the bill."
    assert _renamed("Obama signed the bill.", "Obama", "Barack Obama") == "Barack Obama signed the bill."
    assert with_name('"He said he would go," he said.', "Ann Jones", known=False) == \
        '"He said he would go," Ann Jones said.'


def test_a_headline_is_never_cut_inside_a_phrase():
    """A phrase the verb needs stays ("obsessed with one of her students"); when the clause is too
    long the headline is a shorter complete opening or nothing, never "... was obsessed"."""
    from storylens.select import complete_prefix, main_clause

    title = main_clause("Police say a Pittsburgh elementary school teacher who resigned this month was obsessed "
                        "with one of her 11-year-old students, encrypting her phone number on the boy's phone.")
    assert title == "A Pittsburgh elementary school teacher who resigned this month was obsessed with one of her " \
        "11-year-old students"
    # Its twin: a phrase of time at the end of a long clause may go.
    title = main_clause("Republicans muscled a balanced-budget plan for the next ten years through the Senate in "
                        "Washington early on Friday after a long night of votes.")
    assert title and title.startswith("Republicans muscled a balanced-budget plan") and title.split()[-1] != "the"
    cut = complete_prefix("Researchers at the university said the new blood test could provide a fast and cheap way "
                          "to detect the disease in people who have no symptoms at all yet.")
    assert cut is None or not cut.endswith(("a fast", "a fast and cheap", "could provide"))
    assert complete_prefix("His attorney insisted there was more to the story.") is None  # whose attorney?


def test_a_title_is_cleaned_of_datelines_capitals_and_repeats():
    from storylens.select import title_text

    assert title_text("Passenger Who Arrived At Newark Airport Being Evaluated For Ebola Passenger Who Arrived At "
                      "Newark") == "Passenger Who Arrived At Newark Airport Being Evaluated For Ebola"
    assert title_text("OSAN AIR BASE With the stakes rising, the general flew in") == \
        "With the stakes rising, the general flew in"
    assert title_text("IDAHO FALLS, Idaho - Parents believe missing boy was abducted") == \
        "Parents believe missing boy was abducted"
    # Its twin: a title in ordinary case, with an acronym, is left as it is.
    assert title_text("NASA launches a new Mars rover from Florida") == "NASA launches a new Mars rover from Florida"


def test_labels_embeds_broken_lines_and_listings_are_furniture():
    article = one_article("A storm hit the coast on Monday.\nStarring Matt Damon and Cecile De France.\n"
                          "In English and in French with English subtitles.\nUpdate: Judge calls for a new trial.\n"
                          "The town was evacuated on orders from Sgt.\nOur video team filmed it, and you're welcome!\n"
                          "Rescued by firefighters, the family returned home on Tuesday.\n"
                          "Mayor Ann Jones: the water came fast and nobody was ready.\n"
                          "Comments not made on this dedicated Note page will be removed.\n"
                          '"This page of history is a sad one," the mayor said of the flood.\n'
                          "Rap lost a legend today, the world lost a G. \U0001F64F\U0001F3FD Love to his family.\n"
                          "The rapper, 42, died in Las Vegas after a hospital stay, his publicist said.")
    usable = [read(s, article).usable for s in article.sentences]
    # The twins: a sentence opening on a participle with its subject after it, a speaker's name before a
    # colon, a quotation speaking of "this page"; an embedded post (emoji) and the report's own line.
    assert usable == [True, False, False, False, False, False, True, True, False, True, False, True]


def test_connectives_and_plural_people_not_introduced_lean_back():
    article = one_article('A storm hit the coast on Monday. "But we have a lot more work to do," Mayor Ann Jones '
                          'said. In one, a family of four was trapped on a roof. Instead of waiting, residents left '
                          'early. The girls were rescued by a boat. Not, at least, in the way the town had planned.')
    leaning = [read(s, article).leans_back for s in article.sentences]
    # Twins: "Instead of waiting" is no connective; the lead introduces.
    assert leaning == [False, True, True, False, True, True]


def test_a_crawled_title_cut_short_is_no_headline():
    from storylens.select import cut_short

    assert cut_short("The San Diego Zoo Safari Park is absolutely")
    assert cut_short("Storm hits the coast of")
    assert not cut_short("The new iPhone is here")  # the twins: complete titles
    assert not cut_short("Mobb Deep's Prodigy Dies At 42")


def test_a_connective_the_summary_drops_leaves_the_pronoun_it_opened_on():
    article = one_article("Nola, a northern white rhino, died on Sunday at the zoo. Keepers drained an abscess in "
                          "November. But her condition began rapidly deteriorating on Saturday.")
    assert read(article.sentences[2], article).leans_back


def test_a_description_later_in_the_sentence_leans_back_unless_it_says_which():
    article = one_article("A car crashed into a river near Jasper on Monday. After the crash, the family was taken "
                          "by ambulance to a hospital. With the new bridge open, that timetable could be accelerated. "
                          "After the storm, the town's mayor declared an emergency. Police said the driver was not "
                          "hurt, the sources said.")
    readings = [read(s, article) for s in article.sentences]
    assert [r.noun for r in readings[1:3]] == ["family", "timetable"]
    # Twins: "the town's mayor" says which; an attribution's "the sources said" is no reference.
    assert not readings[3].leans_back and not readings[4].leans_back


def test_a_thing_the_sentence_before_named_is_pointed_back_to_by_the():
    """Blind reading 8401: "the fine" with the fine the article had just told of left out. A
    definite phrase whose noun the sentence before has points back to it; its twins: a definite
    phrase the article has not led up to introduces ("to the hospital"), and one that says which
    ("the fine of 3,000 dinars") stands on its own."""
    article = one_article("A court in Manama gave Zainab Al-Khawaja a fine of 3,000 dinars on Monday. Lawyer "
                          "Mohammed Al-Jishi said Al-Khawaja would not pay the fine. Police took Maryam Al-Khawaja "
                          "to the hospital on Tuesday. A court gave Hadi Al-Khawaja a fine as well. Hadi "
                          "Al-Khawaja paid the fine of 3,000 dinars on Wednesday.")
    readings = [read(s, article) for s in article.sentences]
    assert readings[1].leans_back and readings[1].noun == "fine"
    assert readings[2].noun != "hospital"
    assert readings[4].noun != "fine"


def test_a_full_name_comes_from_running_text_and_is_written_as_a_name():
    from storylens.references import full_name, is_name

    article = one_article("Trump wants citizens to act like North Koreans do for Kim Clapper:\n"
                          "Clapper said on Sunday that Russia had meddled in the election.")
    assert full_name("Clapper", article) == "Clapper"  # the label line is no source of a first name
    assert not is_name("Rushbo'")
    # Its twin: a name in a sentence is taken.
    named = one_article("Former intelligence director James Clapper spoke on Sunday.\n"
                        "Clapper said that Russia had meddled in the election.")
    assert full_name("Clapper", named) == "James Clapper"


def test_a_pronoun_is_not_named_past_a_nearer_subject():
    """'The voters recalled the Klansmen. Wyatt said police want video. "...," he said.': if the
    nearest named subject is not read as a person, no one further back is put in its place."""
    from storylens.references import antecedent

    article = one_article("In 1925 voters recalled the Klansman Tom Smith. The city's HQ Group said police "
                          "are seeking video of the melee. \"We need that video,\" he said.")
    assert antecedent(article.sentences[2], article) is None
    # Its twin: the nearest sentence names one person.
    named = one_article("Officer Daron Wyatt said police are seeking video of the melee. "
                        "\"We need that video,\" he said.")
    assert antecedent(named.sentences[1], named) == "Daron Wyatt"


def test_a_name_inside_a_quotation_is_no_antecedent():
    """A sign reading "... Fire Brenda Snipes!" names Snipes; the "he" after it is the man who
    carried it. Its twin: a name outside the quotation is the antecedent."""
    from storylens.references import antecedent

    article = one_article("Registered independent Russell Liddick carried a sign reading, \"I'm not here for Trump! "
                          "I'm here for fair elections! Fire Brenda Snipes!\" He said the office's problems upset him.")
    he = next(s for s in article.sentences if s.text.startswith("He said"))
    assert "Snipes" not in (antecedent(he, article) or "")
    named = one_article("Brenda Snipes defended her office on Monday. She said the office's problems upset her.")
    assert antecedent(named.sentences[1], named) == "Brenda Snipes"


def test_a_word_written_in_lower_case_is_no_first_name_of_a_second_bearer():
    from storylens.select import _shared_surname

    text = ("Brenda Snipes defended her office on Monday. Protesters chanted \"Fire Snipes!\" outside, and a sign "
            "read Fire Snipes. Officials said they would not fire anyone.")
    cluster = digest([RawArticle(text=text)])
    assert _shared_surname("Snipes", {a.id: a for a in cluster.articles}) is False
    twin = digest([RawArticle(text="Brenda Snipes defended her office on Monday. Her husband Mark Snipes spoke too.")])
    assert _shared_surname("Snipes", {a.id: a for a in twin.articles}) is True


def test_a_restrictive_relative_clause_stays_in_a_headline():
    from storylens.select import main_clause

    assert main_clause("Amber Pasztor, the woman who killed her two children, was scheduled for a hearing the day "
                       "she killed her children.") == \
        "Amber Pasztor was scheduled for a hearing the day she killed her children"


def test_a_surname_two_people_share_gets_no_first_name():
    """'Pasztor said' where the articles name Amber and Rene Pasztor: no first name is guessed; with
    one Pasztor named, hers is given."""
    first = ("Amber Pasztor was charged with murder in Fort Wayne on Monday, police said. "
             "Pasztor said she made the plan days before the camping trip in the woods.")
    second = "Her father Rene Pasztor spoke to reporters in Fort Wayne on Monday about the charges."
    shared = digest([RawArticle(text=first), RawArticle(text=second)])
    plan = next(s.text for s in shared.summary if "made the plan" in s.text)
    assert "Rene Pasztor" not in plan and "Amber Pasztor said" not in plan
    # Its twin: with one Pasztor named, the surname is hers.
    from storylens.select import _shared_surname

    alone = digest([RawArticle(text=first), RawArticle(text="Fort Wayne police spoke to reporters on Monday.")])
    assert _shared_surname("Pasztor", {a.id: a for a in alone.articles}) is False
    assert _shared_surname("Pasztor", {a.id: a for a in shared.articles}) is True


def test_a_headline_never_ends_on_a_bare_verb():
    from storylens.select import complete_prefix

    text = ("The Dead's last performance with Jerry Garcia was in 1995 at Soldier Field in Chicago, where the band "
            "played two nights before a crowd of fans.")
    assert complete_prefix(text, limit=9) is None  # not "... with Jerry Garcia was"
    assert complete_prefix(text).endswith("was in 1995 at Soldier Field in Chicago")


def test_a_headline_keeps_a_clause_that_says_which_one_right_after_its_noun():
    """A distant-half reading: "... denounced a CBS documentary theorizing" (the parser read the
    rest, "she was killed by her brother", as a clause of "theorizing"). Twin: a relative clause set
    off by commas may still go."""
    from storylens.select import complete_prefix

    text = ("The lawyer for the family of JonBenet Ramsey denounced a CBS documentary theorizing she was killed by "
            "her brother, Burke, as a false and unprofessional television attack.")
    assert not (complete_prefix(text) or "").endswith("theorizing")
    twin = "Police arrested a 34-year-old man, who was later released on bail, in the town of Ripon on Monday."
    assert complete_prefix(twin, limit=8) == "Police arrested a 34-year-old man"


def test_a_long_main_clause_loses_its_phrases_of_place_not_its_verb_phrase():
    from storylens.select import cut_short, main_clause

    assert main_clause("The Dead's last performance with Jerry Garcia, who died in August 1995, was at the same "
                       "55,000-seat capacity venue at Soldier Field in Chicago on a hot night in July of that "
                       "year.").endswith("venue on a hot night")  # the phrases of place go, one by one
    assert cut_short("The Dead's last performance with Jerry Garcia was")  # never down to a bare verb


def test_a_headline_ends_on_no_afterthought_set_off_by_a_comma():
    """"... arrived in North Korea on Tuesday for a five-day visit, his second this year, but said ...":
    cut to fit, "his second" would dangle at the end; the headline ends on the visit. Its twin:
    the phrases the verb needs, with no comma before them, stay ("for a five-day visit")."""
    from storylens.select import main_clause

    title = main_clause("Flamboyant former basketball star Dennis Rodman arrived in North Korea on Tuesday for a "
                        "five-day visit, his second this year, but said he had no plans to negotiate the release "
                        "of a jailed American missionary.")
    assert title == ("Flamboyant former basketball star Dennis Rodman arrived in North Korea on Tuesday for a "
                     "five-day visit")


def test_a_headline_does_not_end_on_an_indefinite_noun_whose_clause_it_left_out():
    """"Texas will pay $3.4 million to a couple who were wrongfully imprisoned for more than two
    decades on prosecutors' claims that ...": "... to a couple" says nothing of the couple; the
    headline keeps the clause as far as a complete opening does. Its twin: "... to a couple" that
    the lead ends on keeps no clause it has not got, and a definite noun's clause may go."""
    from storylens.select import _indefinite_left

    lead = ("Texas will pay $3.4 million to a couple who were wrongfully imprisoned for more than two decades on "
            "prosecutors' claims that they sexually abused children as part of satanic rituals at a day care.")
    assert _indefinite_left("Texas will pay $3.4 million to a couple", lead)
    assert not _indefinite_left("Texas will pay $3.4 million to a couple who were wrongfully imprisoned for more "
                                "than two decades", lead)
    assert not _indefinite_left("Texas will pay $3.4 million to a couple", "Texas will pay $3.4 million to a couple.")
    definite = "Texas will pay $3.4 million to the couple who were wrongfully imprisoned for more than two decades."
    assert not _indefinite_left("Texas will pay $3.4 million to the couple", definite)
    text = ("Texas will pay $3.4 million to a couple who were wrongfully imprisoned for more than two decades on "
            "prosecutors' claims that they sexually abused children as part of satanic rituals at a day care they "
            "operated. The state fund pays those wrongly convicted.")
    result = digest(read_text(text), analyse=False)
    assert result.title == ("Texas will pay $3.4 million to a couple who were wrongfully imprisoned for more than "
                            "two decades")


def test_a_headline_says_which_one_the_subject_means():
    """An indefinite noun keeps the clause that says which one ("A couple born on ..."), a phrase
    inside a long headline goes before the one the verb needs, and a headline never stops before
    what its last words wait for; twins: a noun "the" has already said drops it, and a clause
    the verb needs stays."""
    from storylens.select import main_clause

    assert main_clause("A couple born on the same day at the same Massachusetts hospital have exchanged vows more "
                       "than two decades later.").startswith("A couple born on the same day")
    assert main_clause("The couple, born on the same day at the same Massachusetts hospital, have exchanged vows "
                       "more than two decades later.") == "The couple have exchanged vows"
    assert main_clause("A California couple who found a stash of buried gold coins valued at $10 million may not be so "
                       "lucky after all.") == \
        "A California couple who found a stash of buried gold coins may not be so lucky"
    assert main_clause("Two former staff members have been charged in the circulation of nude images and video of an "
                       "elected representative to Congress and her husband, federal prosecutors announced Thursday.") \
        == "Two former staff members have been charged in the circulation of nude images and video"
    assert main_clause("An international team has launched its helium-filled balloon from Japan in a bid to reach "
                       "North America across the Pacific Ocean.").endswith("in a bid to reach North America")
    waiting = main_clause("Polish President Andrzej Duda ratified a law making it illegal to suggest that Poland bore "
                          "responsibility for crimes committed by Nazi Germany.")
    assert waiting and not waiting.endswith("illegal")


def test_a_headline_from_a_misparsed_lead_is_none_rather_than_garbled():
    from storylens.select import main_clause

    title = main_clause("A man who went missing after swimming off an Ipswich beach Tuesday evening with his "
                        "son-in-law has been rescued, police say.")
    # the parser finds two subjects ("man", "son"): the subject is the man, whole words kept
    assert title and title.startswith("A man") and title.endswith("has been rescued")
    assert "son-" not in title or "with his son-in-law" in title
    quoted = main_clause("Donald Trump panned Democratic National Committee chairwoman Debbie Wasserman Schultz as a "
                         "“terrible person” and a “highly neurotic woman” in a tweet on Sunday, calling for her to "
                         "resign.")
    assert quoted and quoted.count("“") == quoted.count("”") == 2  # the marks kept with their words
    # A word the parser hangs on the main clause from the end of a dropped one is left out with it.
    stranded = main_clause("The zoo follows a guideline whereby zookeepers bring the birds inside when the temp "
                           "falls below -25 C.")
    assert stranded is None or not stranded.endswith(" C")
    # A headline never keeps "a variety" without what it is a variety of, nor half of a coordination.
    garbled = main_clause("Research suggests that the ratio of the lengths of the index finger and the ring finger "
                          "in males may be predictive of a variety of disorders related to disturbed hormonal balance.")
    assert garbled is None or ("the lengths and" not in garbled and not garbled.endswith("a variety"))
    # Nor two clauses a colon kept apart, run together.
    colon = main_clause("Despite the recent update that was supposed to fix it, the iPhone Batterygate continues: Many "
                        "users in the Apple Support forums are reporting that the battery keeps dropping fast.")
    assert colon is None or "continues Many" not in colon
    # Its twin: the words after a dropped clause stay when they are more than one.
    kept = main_clause("Governor Jerry Brown, who was in Sacramento, signed the water bill on Friday.")
    assert kept == "Governor Jerry Brown signed the water bill on Friday"


def test_a_surname_two_people_of_one_article_share_keeps_no_first_name():
    from storylens.references import full_name

    article = one_article("Faisal Sabzwari, a senior MQM leader, spoke for his brother Omar Sabzwari in court. "
                          "Sabzwari said the weapons were licensed.")
    assert full_name("Sabzwari", article) == "Sabzwari"
    single = one_article("Faisal Sabzwari, a senior MQM leader, spoke in court on Wednesday. "
                         "Sabzwari said the weapons were licensed.")
    assert full_name("Sabzwari", single) == "Faisal Sabzwari"


def test_a_surname_the_tagger_calls_a_place_gets_the_full_name_the_merged_entities_give():
    # As in a real cluster: "Najjar" tagged a place in the summary sentence, "Raymond Najjar" a person.
    text = "In the latest study, Zeitzer and Najjar found that short flashes of light work."
    sentence = Sentence(article="a1", index=0, text=text, paragraph=0,
                        entities=[Span("Najjar", "GPE", text.index("Najjar"), text.index("Najjar") + 6)])
    naming = "Raymond Najjar, a researcher at Stanford, led the study."
    other = Sentence(article="a2", index=0, text=naming, paragraph=0,
                     entities=[Span("Raymond Najjar", "PERSON", 0, 14)])
    by_id = {"a1": Article(id="a1", sentences=[sentence]), "a2": Article(id="a2", sentences=[other])}
    cites = [Cite("a1", 0)]
    new = _introduced(text, sentence, [], cites, by_id, {"Najjar": "Raymond Najjar"})
    assert new == "In the latest study, Zeitzer and Raymond Najjar found that short flashes of light work."
    assert Cite("a2", 0) in cites  # the name's own source is cited
    # Its twin: a capitalised word of a longer name is no surname ("Central Park" is not Comedy Central's).
    text = "The crowd gathered in Central Park on Monday."
    sentence = Sentence(article="a1", index=0, text=text, paragraph=0, entities=[])
    by_id = {"a1": Article(id="a1", sentences=[sentence])}
    assert _introduced(text, sentence, [], [Cite("a1", 0)], by_id, {"Central": "Comedy Central"}) == text



def test_a_surname_with_its_particle_is_introduced_by_the_full_name():
    """Blind readings 8313 and 8403: "Le Bras argues" with the demographer named in full only in a
    sentence the summary left out. A surname with a particle is one surname; a particle that also
    opens given names ("Van Jones") makes no surname of the name."""
    from storylens.references import full_name, particled

    article = one_article("French demographer Hervé Le Bras has studied the census for decades. "
                          "As forecasts of the end receded, Le Bras argues, population growth took their place.")
    assert full_name("Le Bras", article) == "Hervé Le Bras"  # not a second person whose first name is "Le"
    sentence = article.sentences[1]
    by_id = {article.id: article}
    new = _introduced(tidy(sentence.text), sentence, [], [Cite(article.id, 1)], by_id, {})
    assert "Hervé Le Bras argues" in new
    assert particled("Le Bras") and particled("de la Cruz")
    assert not particled("Van Jones") and not particled("Al Gore")


def test_a_name_too_long_to_write_in_full_is_introduced_by_who_they_are():
    """Blind reading 8505: "Al-Thani said the international community must act now", Qatar's
    prime minister never introduced (the article gives him five names and more). The surname
    takes the description the article gives after the long name; its twin: without one it stays."""
    text = ("Earlier, Hamad Bin Jassim Bin Jabr Al-Thani, Qatar's prime minister and foreign minister, called "
            "for an extraordinary meeting of the Arab League. Al-Thani said the international community must act.")
    article = one_article(text)
    sentence = article.sentences[1]
    cites = [Cite(article.id, 1)]
    new = _introduced(sentence.text, sentence, [], cites, {article.id: article}, {})
    assert new.startswith("Al-Thani, Qatar's prime minister and foreign minister, said"), new
    assert Cite(article.id, 0) in cites  # the description's own sentence is cited
    bare = one_article("Earlier, Hamad Bin Jassim Bin Jabr Al-Thani called for an extraordinary meeting of the "
                       "Arab League. Al-Thani said the international community must act.")
    assert _introduced(bare.sentences[1].text, bare.sentences[1], [], [Cite(bare.id, 1)], {bare.id: bare},
                       {}) == bare.sentences[1].text


TWEETS = ("President Donald Trump on Sunday continued escalating his rhetoric about migrants.\n\n"
          "The president wrote on Twitter: \u201cWhen somebody comes in, we must immediately bring them back from "
          "where they came.\u201d \u201cOur system is a mockery to good immigration policy and Law and Order.\u201d")


def test_a_quotation_the_summary_attributes_names_the_speaker_of_the_quotes_list():
    """One reading of who said what: "the president wrote on Twitter" is Donald Trump in the quotes
    list (not Twitter, three words after the title) and in the summary's '"...," Trump said'."""
    result = digest(read_text(TWEETS))
    speakers = {(q.article, q.sentence): q.speaker for q in result.quotes}
    assert set(speakers.values()) == {"Donald Trump"}
    attributed_here = [(s, re.search(r"[\"\u201d],? ([A-Z][\w .'-]+) said\.$", s.text)) for s in result.summary]
    attributed_here = [(s, m.group(1)) for s, m in attributed_here if m]
    assert attributed_here
    for sentence, name in attributed_here:
        cite = sentence.cites[0]
        assert name.split()[-1] in (speakers.get((cite.article, cite.sentence)) or ""), sentence.text


def test_an_aside_in_brackets_and_a_sentence_pointing_to_what_follows_are_not_summary_material():
    article = one_article("Megan Rapinoe knelt during the anthem on Sunday in Chicago. "
                          "[Rapinoe responds after the game: \u2018It\u2019s [expletive] unbelievable.\u2019] "
                          "On his own Twitter feed, Colbert fed the speculation:\n\n"
                          "The club said (in a statement) that it would not comment.")
    readings = [read(s, article) for s in article.sentences]
    texts = [s.text for s in article.sentences]
    assert [r.usable for r in readings] == [True, False, False, True], texts


def test_a_father_named_again_keeps_his_generation():
    from storylens.references import short_name

    assert short_name("DeOrr Kunz Sr.") == "Kunz Sr."
    assert short_name("Faisal Sabzwari") == "Sabzwari"
    assert attributed('"We will find you."', short_name("DeOrr Kunz Sr.")) == '"We will find you," Kunz Sr. said.'


def test_a_line_without_a_finite_verb_is_a_listing_not_a_statement():
    article = one_article("The remake of the 1981 horror film opens on Friday in 3,000 theaters. "
                          "Produced by Rob Tapert, Sam Raimi, Bruce Campbell. "
                          "Campaign mailer sent by GOP state Senate candidate Ed Charamut. "
                          "Critics said the film was far better made than the original.")
    assert [read(s, article).usable for s in article.sentences] == [True, False, False, True]


def test_a_family_named_by_its_surname_is_not_renamed_as_one_of_its_members():
    """ "the Kellers" (Fran and Dan Keller) is not "the Fran Keller"."""
    text = "A judge approved a declaration of innocence for the Kellers."
    sentence = Sentence(article="a1", index=1, text=text, paragraph=1,
                        entities=[Span("Kellers", "PERSON", 49, 56)])
    named = Sentence(article="a1", index=0, text="Fran Keller spoke to reporters.", paragraph=0,
                     entities=[Span("Fran Keller", "PERSON", 0, 11)])
    by_id = {"a1": Article(id="a1", sentences=[named, sentence])}
    assert _introduced(text, sentence, [], [Cite("a1", 1)], by_id, {"Keller": "Fran Keller"}) == text
    # Its twin: the one person named by surname alone is named in full.
    text = "A judge approved a declaration of innocence for Keller."
    sentence = Sentence(article="a1", index=1, text=text, paragraph=1, entities=[Span("Keller", "PERSON", 48, 54)])
    by_id = {"a1": Article(id="a1", sentences=[named, sentence])}
    assert _introduced(text, sentence, [], [Cite("a1", 1)], by_id, {"Keller": "Fran Keller"}) == \
        "A judge approved a declaration of innocence for Fran Keller."


def test_a_title_and_a_name_is_no_fuller_name():
    from storylens.entities import people_by_surname
    from storylens.model import Entity

    entities = [Entity(name="Lady Thor", type="PERSON", variants=["Lady Thor"], articles=["a1"], mentions=1),
                Entity(name="Jane Foster", type="PERSON", variants=["Jane Foster"], articles=["a1"], mentions=2)]
    assert people_by_surname(entities) == {"Foster": "Jane Foster"}


def test_a_headline_is_what_happened_when_the_parser_hangs_it_on_the_attribution():
    from storylens.select import cut_short, main_clause

    lead = ("After an intense couple months of dating, Taylor Swift and Conor Kennedy have broken up, a close "
            "friend of the singer-songwriter confirms exclusively to Us Weekly.")
    assert main_clause(lead) == "Taylor Swift and Conor Kennedy have broken up"
    assert not cut_short("Taylor Swift and Conor Kennedy have broken up")  # a particle ends a clause
    assert cut_short("Police said he was taken to")  # its twin: a preposition waits for more


def test_a_surname_describing_something_is_not_expanded():
    from storylens.select import _renamed

    assert _renamed("The Obama administration outlined its reasoning.", "Obama", "Barack Obama") == \
        "The Obama administration outlined its reasoning."
    assert _renamed("Obama outlined his reasoning.", "Obama", "Barack Obama") == "Barack Obama outlined his reasoning."


def test_a_headline_keeps_no_clause_the_parser_hung_on_a_noun_further_back():
    from storylens.select import main_clause

    lead = ("Texas will pay $3.4 million to a couple who were wrongfully imprisoned for more than two decades on "
            "prosecutors' claims that they sexually abused children as part of satanic rituals at a day care they "
            "operated.")
    assert main_clause(lead) == "Texas will pay $3.4 million to a couple"
    # Its twin: a clause right after its noun says which one, and stays.
    assert main_clause("Police found the car the suspect drove in a parking lot on Monday.") == \
        "Police found the car the suspect drove in a parking lot on Monday"


def test_a_surname_two_people_bear_is_named_as_the_sentences_own_article_names_it():
    # Rudy Demoski's remark ended "before the crash near Nulato" until the repeats model came: two
    # openings of two articles that share a surname, "said" and "near Nulato" it rates a retelling
    # (0.78), a known false alarm of it (docs/model.md), and the summary kept only one of them.
    text = ("Demoski said he checked his snowmobile the next morning and realized he had hit the dog teams near "
            "Nulato.\n\nArnold Demoski, 26, was charged with assault and reckless endangerment on Sunday.\n\n"
            "|||||\n\nRudy Demoski said his son was a good man who had been drinking that night.")
    summary = summary_of(text)
    checked = next(s for s in summary if "checked his snowmobile" in s)
    assert checked.startswith("Arnold Demoski said")  # not a bare "Demoski" after Rudy Demoski
    assert any(s.startswith("Rudy Demoski said") for s in summary)


def test_a_speaker_the_tagger_did_not_call_a_person_is_named_in_full():
    text = ("\u201cThe bodies were two meters apart,\u201d Steck told Reuters after returning to Kathmandu from "
            "Tibet on Monday.\n\nThe Swiss climber Ueli Steck found the two bodies on Shishapangma last week."
            "\n\n|||||\n\n"
            "Two climbers who vanished in an avalanche in 1999 were found on Shishapangma, a mountain in Tibet.")
    summary = summary_of(text)
    said = next(s for s in summary if "two meters apart" in s)
    assert "Ueli Steck told Reuters" in said  # "Ueli Steck" is tagged an organisation, "Steck" nothing


def test_she_after_a_sentence_with_an_untagged_subject_and_another_person_is_left_open():
    text = ("Jessica Gomes and Aaron Bairos got married on Sept. 9 in Taunton, the Taunton Gazette reports.\n\n"
            "Each was born on April 28, 1990, at the same hospital in Taunton.\n\n"
            "Gomes says she and Bairos figured out they were born on the same day when they took a class together.\n\n"
            "She says it was love at first sight.")
    summary = " ".join(summary_of(text))
    assert "Bairos says it was love" not in summary


def test_a_dateline_in_capitals_is_no_part_of_a_summary_sentence_or_headline():
    from storylens.select import main_clause, tidy

    assert tidy("SINGAPORE/BEIJING Flamboyant former basketball star Dennis Rodman arrived in North Korea on "
                "Tuesday.").startswith("Flamboyant former basketball star")
    assert tidy("MIAMI—When speaking about his star, Miami Heat coach Erik Spoelstra has a line.").startswith("When")
    # Its twin: capitals that are names stay.
    assert tidy("NASA and ESA engineers said the probe was fine.").startswith("NASA and ESA")
    title = main_clause("When Wilco's guitarist Nels Cline told The Times that his band leader was a \"collage "
                        "artist,\" Cline was talking pop structures.")
    assert title is None or not title.startswith("When")  # never the clause that waits for the main one


def test_a_summary_sentence_sheds_stray_opening_marks_and_a_lede_in_capitals():
    from storylens.select import tidy

    assert tidy("— A judge’s act of compassion has a former soldier promising to get his life back on track.") \
        .startswith("A judge’s act")
    assert tidy("… Rezko has also stated in interviews with the government that he believed it.").startswith("Rezko")
    assert tidy("2) Qua economics, the proposal looks a lot better than the 2009 stimulus.").startswith("Qua economics")
    assert tidy("* Obama won women in 2012 by 11 points, according to exit polls.").startswith("Obama won")  # a bullet
    assert tidy("A: As it stands now, the Mega Millions will pay out a lump sum.").startswith("As it stands")  # Q&A
    assert tidy("A: a lot of people came.").startswith("A: a lot")  # twin: no answer's label before lower case
    assert tidy("THERE MAY BE SOME COMFORT in knowing that people have long been alarmed.") \
        .startswith("There may be some comfort in knowing")
    # Distant reading 9069: a tabloid's one word in capitals ("THE identity of Jack The Ripper ...")
    # headed a summary and its headline.
    assert tidy("THE identity of Jack The Ripper may have finally been confirmed.").startswith("The identity of")
    assert tidy("NASA scientists found water on Mars on Monday.").startswith("NASA scientists")  # twin: a name
    # Its twins: abbreviations before words in lower case keep their capitals, a dash inside stays.
    assert tidy("US AND UK forces said nothing about the raid on Monday.").startswith("US AND UK forces")
    assert tidy("THE FBI SAID on Monday that it had no comment.").startswith("THE FBI SAID")
    assert "—" in tidy("The man — a former soldier — said hello to the judge.")
    assert tidy("2010) was the year it all changed for the small firm.").startswith("2010)")  # no list's number


def test_a_summary_opens_on_a_statement_that_reads_alone_when_no_article_does():
    """Both articles open on a sentence that leans on something before it: the summary's lead is
    the best statement among the articles' first sentences, and the headline is no quotation."""
    text = ('That was the worst storm to hit the town of Bar Harbor in decades. '
            'A storm destroyed 40 homes on the coast of Maine on Monday, officials said. '
            'Crews worked through the night to restore power to 9,000 homes in the town. '
            'The state opened two shelters for families who lost their homes.\n|||||\n'
            '"I have never seen anything like it," he said of the damage in Bar Harbor. '
            'The storm flattened 40 homes in Bar Harbor on Monday and cut power to the town. '
            '"We will rebuild every house," Mayor Ann Jones said on Tuesday. '
            'Volunteers from nearby towns brought food and blankets to the shelters.')
    result = digest(read_text(text))
    lead = result.summary[0].text
    assert lead.startswith(("A storm destroyed", "The storm flattened", "Crews worked")), lead
    assert result.title and '"' not in result.title


def test_a_demonstrative_subject_after_an_opening_phrase_leans_back():
    article = one_article("Voters rejected the food labelling measure on Tuesday. At least that was the consensus "
                          "at the party on Wednesday. Organisers said that the measure had lost by six points.")
    leaning = [read(s, article).leans_back for s in article.sentences]
    assert leaning == [False, True, False]  # twin: "said that ..." is a conjunction, not a subject


def test_a_headline_never_opens_a_quotation_it_does_not_close():
    from storylens.select import main_clause

    title = main_clause('"Let\'s talk about features," the listing, in Houston, Texas, continues.')
    assert title is None or title.count('"') % 2 == 0
    assert main_clause('Police say the man called the raid "a terrible mistake" on Monday.') is not None
    # A quotation closing after the sentence's full stop closes in the headline too.
    assert main_clause("Japan's top government spokesman said Thursday that a North Korean threat to sink Japan "
                       'with a nuclear bomb is "extremely provocative and outrageous."') == \
        'A North Korean threat to sink Japan with a nuclear bomb is "extremely provocative and outrageous"'


def test_a_headline_of_what_was_said_drops_the_that_before_it():
    from storylens.select import main_clause

    assert main_clause("Amy Pinto, in tears, told a reporter through an intercom outside the gate at the Monte "
                       "Sereno home that Thomas Kinkade died Friday morning peacefully but she offered few "
                       "details.") == "Thomas Kinkade died Friday morning"
    assert main_clause("That deal was signed on Monday by both leaders.").startswith("That deal")  # its determiner


def test_a_line_the_furniture_model_doubts_is_cited_but_not_summarised():
    """A caption-like line kept in the text is marked doubtful by clean; annotate carries the mark to
    its sentences, and the summary and facts take none of them."""
    from tests.stories import RAID_A, RAID_B, RAID_C

    credit = "Senate Majority Leader Mitch McConnell smiles as he meets with reporters at the Capitol in Washington."
    result = digest([RawArticle(text=RAID_A + "\n" + credit), RawArticle(text=RAID_B), RawArticle(text=RAID_C)])
    marked = [s for s in result.articles[0].sentences if s.doubtful]
    assert [s.text for s in marked] == [credit]
    cited = {(c.article, c.sentence) for s in result.summary for c in s.cites}
    cited |= {(c.article, c.sentence) for f in result.facts for c in f.cites}
    assert ("a1", marked[0].index) not in cited
    assert result.summary  # the rest of the cluster is summarised as before


def test_a_sentence_whose_figures_the_page_lost_is_not_summarised():
    article = one_article("Manhattan and Long Island have the highest average wedding spend ( and , respectively). "
                          "Manhattan and Long Island have the highest average wedding spend ($76,000 and $55,000).")
    assert [read(s, article).usable for s in article.sentences] == [False, True]


def test_a_pronoun_after_another_person_of_its_gender_named_by_a_noun_is_left_unnamed():
    from storylens.references import antecedent

    article = one_article("Police released a sketch of a man the mother claimed had offered her and Jordan a ride. "
                          "She told police she woke up in a park and the child was missing.")
    assert antecedent(article.sentences[1], article) is None
    twin = one_article("Police released a sketch of a man who had offered Maria Lopez a ride. "
                       "She told police she woke up in a park and the child was missing.")
    assert antecedent(twin.sentences[1], twin) == "Maria Lopez"


def test_the_label_of_a_transcripts_turn_is_no_one_a_pronoun_stands_for():
    # Blind reading 1441: "Her last stop is the steps of the U.S. Capitol" became "MICHEL MARTIN's
    # last stop": the host's label, not the woman walking.
    from storylens.references import antecedent

    article = one_article("MICHEL MARTIN, HOST:\n\nThis week, thousands of Americans are visiting Washington.\n\n"
                          "OPAL LEE: I kept walking.\n\nMARTIN:\n\nNow she's made her walk throughout the country. "
                          "Her last stop is the steps of the U.S. Capitol.")
    last = next(s for s in article.sentences if s.text.startswith("Her last stop"))
    assert antecedent(last, article) is None
    # The twin: a person named in the turn itself still is.
    twin = one_article("MARTIN:\n\nNow Opal Lee has made her walk throughout the country. "
                       "Her last stop is the steps of the U.S. Capitol.")
    last = next(s for s in twin.sentences if s.text.startswith("Her last stop"))
    assert antecedent(last, twin) == "Opal Lee"


def test_a_person_the_summary_names_first_is_given_the_title_the_articles_give():
    from storylens.select import _first_said, _role_edit, written_lower

    def _with_role(text: str, before: list[Cited], cites: list[Cite], by_id: dict, lower: set[str]) -> str:
        return _first_said(text, before, cites, by_id, lambda m: _role_edit(text, m, by_id, lower))

    text = ("Police found two bodies near the Delphi trail on Tuesday, Carroll County Sheriff Tobe Leazenby said. "
            "The sheriff asked for help.\n\n|||||\n\nLeazenby said the bridge spans Deer Creek. "
            "Price Waterhouse Coopers said it regretted the error.")
    result = digest(read_text(text), analyse=False)
    by_id = {a.id: a for a in result.articles}
    lower = written_lower(result.articles)
    cites = [Cite("a2", 0)]
    titled = _with_role("Tobe Leazenby said the bridge spans Deer Creek.", [], cites, by_id, lower)
    assert titled == "Carroll County Sheriff Tobe Leazenby said the bridge spans Deer Creek."
    assert Cite("a1", 0) in cites  # the title's own sentence is cited
    # Its twins: a name the summary gave before, or with a description before it, stays as it is;
    # a firm's first word is no title.
    told = [Cited(text="Carroll County Sheriff Tobe Leazenby spoke.", cites=[Cite("a1", 0)])]
    assert _with_role("Tobe Leazenby said more.", told, [Cite("a2", 0)], by_id, lower) == "Tobe Leazenby said more."
    assert _with_role("The local sheriff Tobe Leazenby said more.", [], [Cite("a2", 0)], by_id, lower) \
        .startswith("The local")
    assert _with_role("Waterhouse Coopers said it regretted the error.", [], [Cite("a2", 1)], by_id, lower) \
        .startswith("Waterhouse Coopers")
    # A speaker named after a comma, before "said", takes the title there; a name in a list does not.
    assert _with_role("The bridge spans Deer Creek, Tobe Leazenby said.", [], [Cite("a2", 0)], by_id, lower) == \
        "The bridge spans Deer Creek, Carroll County Sheriff Tobe Leazenby said."
    assert _with_role("Police thanked the hikers, Tobe Leazenby and the FBI.", [], [Cite("a2", 0)], by_id, lower) == \
        "Police thanked the hikers, Tobe Leazenby and the FBI."


def test_a_role_written_in_lower_case_before_a_name_is_a_title_but_not_a_relation_or_half_a_title():
    from storylens.select import _title_of, written_lower

    text = ("Gerontologist Jacqueline Dupont runs the home. The device was tested by gerontologist Jacqueline "
            "Dupont in May. His wife Melania Trump spoke. Libyan leader Moammar Gadhafi fled.")
    articles = digest(read_text(text), analyse=False).articles
    by_id, lower = {a.id: a for a in articles}, written_lower(articles)
    assert _title_of("Jacqueline Dupont", by_id, lower)[0] == "gerontologist"
    # The twins: a relation after a possessive is no title; a role without the word that says whose
    # ("leader" of "Libyan leader") is half a title.
    assert _title_of("Melania Trump", by_id, lower) is None
    assert _title_of("Moammar Gadhafi", by_id, lower) is None


def test_a_title_the_story_contradicts_with_another_office_is_left_out():
    from storylens.select import _title_of, written_lower

    text = ("The defense wants to subpoena President Obama. The lawyers claim that Senator Barack Obama spoke to "
            "Rezko in 2008.\n\n|||||\n\nSen. Roy Blunt said so. Senator Blunt agreed. The senator left.")
    articles = digest(read_text(text), analyse=False).articles
    by_id, lower = {a.id: a for a in articles}, written_lower(articles)
    assert _title_of("Barack Obama", by_id, lower) is None  # "Senator" then, "President" now
    assert _title_of("Roy Blunt", by_id, lower)[0] == "Sen."  # its twin: "Sen." and "Senator" are one office


def test_he_after_a_person_the_tagger_calls_a_body_is_that_person_not_one_named_earlier():
    article = one_article("Jared Kushner met the banker Sergey Gorkov in December. Gorkov studied at the training "
                          "school for the FSB. Kushner, whose family’s real estate empire is worth $1.8 billion, "
                          "according to Forbes, wields significant power in the White House. He is married to "
                          "Trump’s daughter, Ivanka.")
    reading = read(article.sentences[3], article)
    assert reading.name != "Sergey Gorkov" and reading.name != "Gorkov"
    # Its twin: with the sentence between gone, "he" is Gorkov.
    twin = one_article("Jared Kushner met the banker Sergey Gorkov in December. Gorkov studied at the training "
                       "school for the FSB. He is a banker.")
    assert read(twin.sentences[2], twin).name == "Sergey Gorkov"


def test_a_headline_keeps_the_infinitive_its_verb_needs():
    """'set out to build' is what the verb sets out to do; a clause the parser hung on the main
    verb from inside a left-out phrase ('set out whether they were ...') makes no headline."""
    from storylens.select import main_clause

    assert main_clause("The company set out to build a cheaper car.") == "The company set out to build a cheaper car"
    assert main_clause("With this study, Dr. Brett Dolezal and Dr. Edward Jo set out to test the accuracy of the "
                       "Fitbit heart rate monitoring devices and to determine once and for all whether they were "
                       "statistically valid heart rate monitors.") is None
    # the twin: a clause right after its verb stays, an attribution's clause is the headline
    assert main_clause("Officials said on Tuesday that the bridge would reopen next week.") == \
        "The bridge would reopen next week"


def test_a_title_and_the_name_is_no_fuller_name_in_the_summary():
    """ "worthy of the name THOR" is not rewritten "worthy of the name Lady Thor" because the
    article writes "This is not Lady Thor" (blind reading 8282); a real full name still is given."""
    text = ("Marvel announced on Tuesday that Thor, the Norse god of thunder, is now a woman in a new comic series. "
            "No longer is the classic Thunder God able to hold the mighty hammer, and a brand new female hero will "
            "emerge worthy of the name THOR. "
            "Series writer Jason Aaron said, \u201cThis is not Lady Thor. This is THOR.\u201d "
            "THOR is the latest in a long list of female-centric titles from Marvel.")
    summary = [s.text for s in digest([RawArticle(text=text)]).summary]
    assert any("worthy of the name THOR" in s for s in summary)
    assert not any("Lady Thor" in s for s in summary if "This is not" not in s)
    # The twin: a surname alone at its first mention gets the full name the article gives.
    twin = ("Aaron said the new hero would carry the hammer in the comic series from July. "
            "The series is written by Jason Aaron, who has written the comic since 2012.")
    assert digest([RawArticle(text=twin)]).summary[0].text.startswith("Jason Aaron said")


def test_four_words_make_a_headline_when_a_named_person_acts():
    """ "Kinkade died Friday morning" (blind reading 8282: the headline was a side detail, as the
    four-word clause was too short); a named person who only says something is no headline."""
    from storylens.select import main_clause

    assert main_clause("Amy Pinto, in tears, told a reporter through an intercom outside the gate at the Monte Sereno "
                       "home that Kinkade died Friday morning peacefully but she offered few details.") == \
        "Kinkade died Friday morning"
    assert main_clause("Caitlin Checkett told Kreiss, his old colleague at the campaign.") is None


def test_the_summary_leans_on_the_articles_triage_is_surest_are_reports():
    """Triage keeps a page it doubts below its threshold (a fact sheet beside a report): the
    summary's lead then comes from a surer report. Three reports of one raid: the lead is the
    first's; when triage doubts the first, another's (the twin: no doubts, the first's again)."""
    from storylens.features import candidates
    from storylens.represent import sentence_vectors
    from storylens.select import summarize

    articles = digest([RawArticle(text=RAID_A), RawArticle(text=RAID_B), RawArticle(text=RAID_C)],
                      analyse=False).articles
    vectors = sentence_vectors(articles)
    cands = candidates(articles, vectors)
    plain = summarize(articles, vectors, cands)
    doubted = summarize(articles, vectors, cands, doubts={plain[0].cites[0].article: 1.0})
    assert doubted[0].cites[0].article != plain[0].cites[0].article
    assert summarize(articles, vectors, cands, doubts={})[0].text == plain[0].text


def test_a_person_named_first_gets_the_description_an_article_gives_after_the_name():
    """'"...," Rodd McLeod said' where another sentence writes 'Rodd McLeod, a senior adviser to
    the campaign,': the summary says who is speaking, citing where it says so; not where a title
    already stands before the name, nor a description that leans on another ("another adviser")."""
    from storylens.select import _apposition_edit, _first_said

    def _with_apposition(text: str, before: list[Cited], cites: list[Cite], by_id: dict) -> str:
        return _first_said(text, before, cites, by_id, lambda m: _apposition_edit(text, m, by_id))

    text = ("Sinema led by 9,610 votes on Thursday as the count went on in Maricopa County, officials said. "
            "Rodd McLeod, a senior adviser to the Sinema campaign, told reporters the team was confident. "
            "Campaign spokesman Jim Bognet, another adviser, said nothing.")
    articles = digest([RawArticle(text=text)], analyse=False).articles
    by_id = {a.id: a for a in articles}
    cites = [Cite("a1", 0)]
    new = _with_apposition('"We are counting," Rodd McLeod said.', [], cites, by_id)
    assert new == '"We are counting," Rodd McLeod, a senior adviser to the Sinema campaign, said.'
    assert Cite("a1", 1) in cites  # the description's own sentence is cited
    # The twins: a title before the name already says who; "another adviser" points back.
    assert _with_apposition("Campaign spokesman Rodd McLeod said so.", [], [Cite("a1", 0)], by_id) == \
        "Campaign spokesman Rodd McLeod said so."
    assert _with_apposition('"No," Jim Bognet said.', [], [Cite("a1", 0)], by_id) == '"No," Jim Bognet said.'
    assert _with_apposition("Rodd McLeod of the campaign said so.", [], [Cite("a1", 0)], by_id) == \
        "Rodd McLeod of the campaign said so."  # an affiliation there already (blind reading 4242)


def test_a_sentence_that_goes_on_from_a_chosen_one_is_preferred_and_placed_after_it():
    """The summary goes on with the sentence after one it chose (the next in that article) over
    a sentence of another article scored a little higher (by less than ``GOING_ON_BONUS``), and
    places it right after; a sentence scored higher by more than that is still chosen first."""
    import numpy as np

    from storylens.features import candidates
    from storylens.represent import sentence_vectors
    from storylens.select import GOING_ON_BONUS, order, select

    first = ("A fire destroyed a warehouse in the port of Hull on Monday night, the fire service said. "
             "Sixty firefighters fought the blaze for six hours before it was brought under control.")
    other = ("The warehouse stored paper for a printing company that employs 200 people in the city. "
             "The company said its other sites would keep working through the week.")
    articles = annotate([clean(RawArticle(text=first)), clean(RawArticle(text=other))])
    cands = candidates(articles, sentence_vectors(articles))
    readings = [read(s, articles[int(s.article[1:]) - 1]) for s in cands.sentences]
    rows = {(s.article, s.index): i for i, s in enumerate(cands.sentences)}
    lead, going_on, elsewhere = rows[("a1", 0)], rows[("a1", 1)], rows[("a2", 0)]
    budget = cands.sentences[lead].words + cands.sentences[going_on].words
    scores = np.full(len(cands.sentences), 0.05)
    scores[lead], scores[elsewhere] = 0.6, 0.4
    scores[going_on] = 0.4 - GOING_ON_BONUS / 2
    assert order(cands, select(cands, scores, readings, words=budget))[:2] == [lead, going_on]
    scores[going_on] = 0.4 - GOING_ON_BONUS * 2
    assert order(cands, select(cands, scores, readings, words=budget))[:2] == [lead, elsewhere]


def test_a_headline_of_a_claim_says_who_claims_it():
    """A lead that reports a claim ("X claims that ...") gives a headline that keeps the claimant
    after it, as news headlines do ("..., founder claims"): without it a claim reads as fact (a
    wrong headline of blind reading 3737). Twin: what officials said is the headline alone."""
    from storylens.select import main_clause

    assert main_clause("The founder of Pakistan's nuclear weapons program claims that in the late 1990s North Korean "
                       "officials paid kickbacks to senior Pakistani military figures.") == \
        "In the late 1990s North Korean officials paid kickbacks to senior Pakistani military figures, founder claims"
    assert main_clause("Prosecutors claim the former mayor took bribes from three contractors in 2014.") == \
        "The former mayor took bribes from three contractors in 2014, prosecutors claim"
    assert main_clause("He claims that the officials paid kickbacks to Pakistani generals in the 1990s.") is None
    assert main_clause("North Korean officials paid kickbacks to Pakistani generals in the late 1990s, officials "
                       "said.") == "North Korean officials paid kickbacks to Pakistani generals in the late 1990s"


def test_a_headline_that_opens_on_a_surname_gives_the_full_name():
    """"Kinkade died Friday morning" (a weak headline of blind reading 3737) names the painter in
    full when the cluster names one Kinkade in full; a capital after the name may make it part of
    another name, which stays as written."""
    import numpy as np

    from storylens.select import headline

    text = ("Thomas Kinkade, the painter of light, was 54. Kinkade died Friday morning at his home in Los Gatos, "
            "his family said. ||||| Kinkade died Friday morning, his family said in a statement on Saturday.")
    result = digest(read_text(text))
    assert result.title == "Thomas Kinkade died"  # the weekday goes (test_a_headline_drops_the_weekday_...)
    arts = result.articles
    vectors = np.zeros((sum(len(a.sentences) for a in arts), 256), dtype=np.float32)
    named = [Cited(text="Kinkade Foundation paintings sold well on Friday at the auction.", cites=[Cite("a1", 0)])]
    assert headline(arts, vectors, named, {"Kinkade": "Thomas Kinkade"}) == \
        "Kinkade Foundation paintings sold well at the auction"


def test_a_lead_that_quotes_a_phrase_still_leads_but_not_one_that_is_someones_words():
    """An opening with a phrase in quotation marks ("it was now “quite clear” that ...") is a
    statement and leads when it scores best (blind reading 3737: the lead went to a side remark
    because both better openings held a quotation mark); an opening that is a quotation is passed
    over for a statement scored lower."""
    import numpy as np

    from storylens.features import candidates
    from storylens.represent import sentence_vectors
    from storylens.select import order, select

    phrase = ("CIA briefers told senators in a closed-door briefing on Friday that it was now “quite clear” "
              "that the hackers had worked for Russia. The senators asked for the evidence.")
    quotation = ("“We have never seen an attack like this on our elections,” a senior official said on Friday "
                 "of the hackers. The senators asked for the evidence.")
    aside = ("The Russians were as surprised as everyone else at the result of the vote, officials said. "
             "Moscow made no comment on the briefing.")
    for first, leads in ((phrase, True), (quotation, False)):
        articles = annotate([clean(RawArticle(text=first)), clean(RawArticle(text=aside))])
        cands = candidates(articles, sentence_vectors(articles))
        readings = [read(s, articles[int(s.article[1:]) - 1]) for s in cands.sentences]
        rows = {(s.article, s.index): i for i, s in enumerate(cands.sentences)}
        scores = np.full(len(cands.sentences), 0.05)
        scores[rows[("a1", 0)]], scores[rows[("a2", 0)]] = 0.6, 0.4
        opening = order(cands, select(cands, scores, readings))[0]
        assert opening == rows[("a1", 0) if leads else ("a2", 0)], cands.sentences[opening].text


def test_a_headline_cut_from_the_lead_is_a_clause_with_its_verb():
    """The last-resort headline (the lead cut at its first clause boundary after the main verb)
    never stops inside the phrase that opens the sentence or on a bare verb, and never runs past a
    colon into another clause; the subject's own commas stay."""
    from storylens.select import _clause

    zuckerberg = ("After a year of controversy over Facebook Inc.’s role in spreading misinformation and handling "
                  "violent images, Chief Executive Mark Zuckerberg now is positioning the company as the backbone "
                  "of what he hopes will be a new “social infrastructure” addressing humanity’s biggest problems.")
    assert _clause(zuckerberg, None).startswith("Chief Executive Mark Zuckerberg now is positioning the company")
    planes = ("Dozens of chartered planes carrying celebrities, including former U.S. secretary of state Hillary "
              "Clinton, flew into a sleepy airport in western India for the lavish pre-wedding festivities.")
    assert not _clause(planes, None).endswith(("Clinton", "flew"))
    assert _clause("Despite the recent update that was supposed to fix it, the iPhone Batterygate continues: Many "
                   "users in the Apple Support forums are reporting that the battery keeps dropping fast.",
                   None) == "The iPhone Batterygate continues"
    # The twin: a relative clause inside the subject is no opening phrase; the cut comes after the verb.
    assert _clause("The man, who had been missing for three days, was found alive on Sunday in a forest near the "
                   "town of Oakridge, police said.", None) == \
        "The man, who had been missing for three days, was found alive on Sunday"


def test_a_headline_keeps_what_says_which_thing_it_speaks_of():
    # Blind reading 6543: "American school children will receive extensive lessons following ..."
    # dropped "on climate change", which the other articles say too.
    from storylens.select import _keeps_the_story, main_clause

    lead = ("Students in Oregon public schools will for the first time receive detailed lessons on climate change "
            "following the adoption on Tuesday of new state science education standards")
    short, longer = main_clause(lead), main_clause(lead, 24)
    assert "climate" not in short and "climate" in longer
    assert _keeps_the_story([short, longer], lead, {"climate", "change", "standard"}) == longer
    # The twin: what else happened ("arresting dozens ...") may go; the headline stays short.
    lead = ("Police in the Pakistani city of Karachi raided the headquarters of a major political party on "
            "Wednesday morning, arresting dozens of party workers and seizing weapons")
    short = main_clause(lead)
    assert "arresting" not in short
    assert _keeps_the_story([short, lead], lead, {"arrest", "weapon", "party", "worker"}) == short


def test_a_headline_that_ends_inside_a_quotation_closes_it():
    from storylens.select import _quote_closed

    lead = 'Trump said he would fortify the borders “even more” after the attack in France'
    assert _quote_closed('Trump said he would fortify the borders “even more', lead).endswith("“even more”")
    assert _quote_closed("Trump said he would fortify the borders", lead) == "Trump said he would fortify the borders"
    # The lead closes it after a comma inside the marks: the mark, not the comma.
    lead = 'Lady Gaga announced her new single, "The Cure," at the end of her performance on Saturday.'
    assert _quote_closed('Lady Gaga announced her new single, "The Cure', lead) == \
        'Lady Gaga announced her new single, "The Cure"'


def test_a_fuller_name_someone_only_speaks_of_is_not_the_persons():
    # Blind reading 6543: "She doesn't shoot dinky little arrows" became "Lady Thor doesn't ...", a
    # name the comic's writer rejects in a quotation ("This is not Lady Thor").
    from storylens.references import full_name

    text = ('Thor is now a woman, Marvel said. "This is not Lady Thor," the writer Jason Aaron said. '
            "Thor will keep the hammer. Reporters asked about Jane Foster. Foster is a doctor.")
    article = digest(read_text(text), analyse=False).articles[0]
    assert full_name("Thor", article) == "Thor"
    assert full_name("Foster", article) == "Jane Foster"  # the twin: a name the writer gives in full


def test_a_sentence_that_goes_on_from_another_follows_it_in_the_summary():
    # Blind reading 6543: "“I flew into the house,” Lyons said." came between Diane Schaffer's
    # words and "After the explosion, she put her son ... in her car", so "she" read as Lyons.
    import numpy as np

    from storylens.features import FEATURE_NAMES, Candidates
    from storylens.select import order

    rows = [("a1", 1, 0.05), ("a1", 6, 0.30), ("a2", 19, 0.31), ("a1", 7, 0.42), ("a2", 30, 0.5)]
    sentences = [Sentence(article=a, index=k, text=f"{a} sentence {k}.", paragraph=k) for a, k, _ in rows]
    features = np.zeros((len(rows), len(FEATURE_NAMES)), dtype=np.float32)
    features[:, FEATURE_NAMES.index("relative_position")] = [r for _, _, r in rows]
    cands = Candidates(sentences, np.zeros((len(rows), 4), dtype=np.float32), features)
    placed = [(sentences[i].article, sentences[i].index) for i in order(cands, [[0], [1], [2], [3], [4]])]
    assert placed == [("a1", 1), ("a1", 6), ("a1", 7), ("a2", 19), ("a2", 30)]
    # The twin: sentences that do not go on from one another keep their places by position.
    placed = [(sentences[i].article, sentences[i].index) for i in order(cands, [[0], [2], [1], [4]])]
    assert placed == [("a1", 1), ("a1", 6), ("a2", 19), ("a2", 30)]


def test_a_headline_is_not_made_of_a_sentence_about_something_it_does_not_introduce():
    # The lead is a feature's opening, no headline; the next sentence's "The zoo" is never named.
    lede = "It's a cold snap life for penguins up in Alberta, Canada. "
    flock = " The Calgary Zoo has 51 penguins in its flock, which represents a variety of species."
    result = digest(read_text(lede + "The zoo follows a guideline whereby zookeepers bring the birds inside when "
                                     "the temperature falls below -25 C." + flock))
    assert result.title == "The Calgary Zoo has 51 penguins in its flock"
    # Its twin: the same sentence naming its zoo heads the digest.
    result = digest(read_text(lede + "Zookeepers at the Calgary Zoo bring the birds inside when the temperature "
                                     "falls below -25 C." + flock))
    assert result.title.startswith("Zookeepers at the Calgary Zoo bring the birds")



def test_a_headline_keeps_the_object_a_verb_and_adjective_wait_for():
    from storylens.select import main_clause

    # "making public [documents]": the parser takes "public" for the object and hangs the documents
    # elsewhere; the main clause alone would end on "on Wednesday", what was made public left out.
    assert main_clause("President Reuven Rivlin was making public on Wednesday previously unreleased documents, "
                       "including a request for clemency from Adolf Eichmann.") is None
    # Its twin: an object that is a noun keeps the main clause a headline.
    assert main_clause("President Reuven Rivlin released previously unreleased documents on Wednesday, "
                       "including a request for clemency from Adolf Eichmann.") is not None


def test_a_headline_keeps_the_when_clause_that_tells_what_happened():
    from storylens.select import _keeps_the_story, complete_prefix, main_clause

    lead = ("Eight people including three children were injured in Philadelphia on Monday when a natural gas "
            "explosion tore through a row house under renovation, causing the collapse of three houses.")
    short, longer = main_clause(lead), complete_prefix(lead, 24, strict=True)
    assert short == "Eight people including three children were injured in Philadelphia on Monday"
    assert longer.endswith("when a natural gas explosion tore through a row house under renovation")
    # The other articles speak of the explosion: the headline that leaves it out is not the story.
    assert _keeps_the_story([short, longer], lead, {"explosion", "injure"}) == longer
    # Its twin: when they do not, the short main clause is the headline.
    assert _keeps_the_story([short, longer], lead, {"injure", "child"}) == short


def test_a_longer_headline_neither_opens_on_an_adverbial_nor_ends_hanging():
    from storylens.select import complete_prefix

    assert complete_prefix("In the 1990s, when the steel industry was failing, Bain Capital helped build a new "
                           "steel company.", 24, strict=True) is None
    # Its twin: the same clause opening on its subject.
    assert complete_prefix("Bain Capital helped build a new steel company in the 1990s, when the steel industry "
                           "was failing.", 24, strict=True) is not None
    # A participle whose phrase goes on after the cut ("the agency focused [on family planning]").
    lead = ("The State Department said on Monday it was ending U.S. funding for the United Nations Population "
            "Fund, the international body's agency focused on family planning as well as maternal and child "
            "health in more than 150 countries.")
    assert complete_prefix(lead, 24).endswith("agency focused")
    assert not (complete_prefix(lead, 24, strict=True) or "").endswith("focused")


def test_a_headline_drops_the_articles_today_but_not_a_span_of_days():
    from storylens.select import _undated

    assert _undated("Gov. Robert Bentley today apologized to the government of India") == \
        "Gov. Robert Bentley apologized to the government of India"
    assert _undated("The Obama administration outlined yesterday its legal reasoning") == \
        "The Obama administration outlined its legal reasoning"
    # Its twins: a span from a day, and the show's name, stay.
    for kept in ("Prices have risen since yesterday in most states", "Lauer told Today viewers the news"):
        assert _undated(kept) == kept


def test_a_headline_drops_a_span_told_from_the_articles_date():
    """Readings 8703 and 8707 marked "Over the weekend, unnamed leftists leaked ..." and "North Korea
    again tested ballistic missiles this week, firing ..." weak: the reader does not share the
    article's week."""
    from storylens.select import _undated

    assert _undated("Over the weekend, unnamed leftists leaked the true identity of Mike Enoch") == \
        "Unnamed leftists leaked the true identity of Mike Enoch"
    assert _undated("North Korea again tested ballistic missiles this week, firing four of them") == \
        "North Korea again tested ballistic missiles, firing four of them"
    assert _undated("Google formally launched its “Knowledge Graph” today") == \
        "Google formally launched its “Knowledge Graph”"
    # Its twins: a span from a day, and a span that goes on to what it was, stay.
    for kept in ("Prices have risen since last week", "The city was back in the news this week with reports"):
        assert _undated(kept) == kept


def test_a_quotation_that_continued_is_said_when_the_summary_had_none_before():
    """Reading 8707: '"...," U.S. Army Maj. Tony Wrice continued.' with nothing of his before it.
    Twin: after a sentence that quotes him, "added" stays."""
    from storylens.select import _said_first

    text = "“To be able to bring all our resources together is incredible,” U.S. Army Maj. Tony Wrice continued."
    assert _said_first(text, []) == text.replace("continued.", "said.")
    assert _said_first("\"We are ready,\" the statement adds", []) == "\"We are ready,\" the statement says"
    before = [Cited(text="“We train every day,” Wrice told reporters.", cites=[Cite("a1", 0)])]
    assert _said_first(text, before) == text


def test_a_pronoun_subject_after_an_opening_phrase_leans_back():
    """Reading 8713: "During the three days he will consume a limited amount of liquids." read alone,
    "he" after an opening phrase named no one. Twins: an opening that gives the person ("When the
    officer arrived, he ..."), and a pronoun speaker after a quotation, read as before."""
    article = one_article("Mike Parr entered a steel box under a Hobart street on Wednesday. During the three "
                          "days he will consume a limited amount of liquids. After the crash, she was taken to a "
                          "hospital. When the officer arrived, he arrested two men.")
    readings = [read(s, article) for s in article.sentences]
    assert [r.leans_back for r in readings] == [False, True, True, False]
    # After an opening phrase and its comma, the pronoun may be given the name the sentence before has.
    article = one_article("Joe Serna served in the Army for 18 years. After three combat tours in Afghanistan, he "
                          "came home in a downward spiral.")
    reading = read(article.sentences[1], article)
    assert reading.name == "Joe Serna" and reading.after_opening
    assert with_name(article.sentences[1].text, reading.name, False, reading.after_opening) == \
        "After three combat tours in Afghanistan, Joe Serna came home in a downward spiral."
    # Its twin: a pronoun after a comma that is not the subject after an opening phrase stays.
    assert with_name("The cup is not a perfect fit, says Riese, but, she adds, it is fine.", "Darby Hoover",
                     False) is None


def test_a_name_the_parser_took_from_an_opening_phrase_goes_with_it():
    """Readings 8709 and 8713: "right in Syria archaeologists have found ..." became the headline
    "Syria archaeologists have found ..." (Syrian archaeologists; the finds were Leicester's and
    Yale's). Twin: a name that is the subject's own ("Yale archaeologists") stays."""
    from storylens.select import main_clause

    assert main_clause("Indeed, right in Syria archaeologists have found some of the oldest evidence of chemical "
                       "warfare.") == "Archaeologists have found some of the oldest evidence of chemical warfare"
    assert main_clause("Indeed, Yale archaeologists have found some of the oldest evidence of chemical "
                       "warfare.") == "Yale archaeologists have found some of the oldest evidence of chemical warfare"


def test_a_pronoun_speaker_is_not_answered_by_a_noun_said_before():
    """'"These sanctions would hurt the economy," he said': a summary that has said "sanctions"
    has still not said who "he" is (blind reading 3264). Twin: a named speaker."""
    article = one_article("The United States imposed new sanctions on Russian officials on Thursday. "
                          "President Barack Obama spoke at the White House. "
                          "\"These sanctions would have a significant impact on the Russian economy,\" he said. "
                          "\"These sanctions would have a significant impact on the Russian economy,\" Obama said.")
    pronoun, named = read(article.sentences[2], article), read(article.sentences[3], article)
    assert pronoun.leans_back and pronoun.noun is None
    assert named.leans_back and named.noun == "sanction"


def chosen_units(text: str, ranks: list[int], words: int) -> tuple[list[list[int]], dict]:
    """The units (as sentence indexes) :func:`select` makes of a one-article text whose sentences
    score 0.9, 0.8, 0.7, 0.1 and 0.0 in the order ``ranks`` gives, and each sentence's reading."""
    articles = annotate([clean(RawArticle(text=text))])
    cands = candidates(articles, sentence_vectors(articles))
    rows = {s.index: i for i, s in enumerate(cands.sentences)}
    readings = [read(s, articles[0]) for s in cands.sentences]
    scores = np.zeros(len(cands.sentences))
    scores[[rows[k] for k in ranks]] = [0.9, 0.8, 0.7, 0.1, 0.0][:len(ranks)]
    units = select(cands, scores, readings, words=words)
    by_index = {s.index: r for s, r in zip(cands.sentences, readings)}
    return [[cands.sentences[k].index for k in unit] for unit in units], by_index


def test_a_thing_counts_as_said_only_when_said_before_it_in_the_summary():
    """'The bank denied wrongdoing' stands alone only after a summary sentence that says "bank":
    one chosen earlier but placed after it does not count (blind reading 3264, "That bank was
    listed ..."). The sentence before it in its article then comes with it."""
    text = ("Regulators fined a Swiss lender $2 billion on Monday for helping clients hide money from tax "
            "collectors. Officials in Bern said their inquiry into its accounts had taken two years. "
            "The bank denied any wrongdoing and said it would appeal the decision in court. "
            "The inquiry began in 2012 after a former employee gave documents to American prosecutors. "
            "Analysts in Zurich said the bank's shares fell by four percent in early trading on Tuesday.")
    ranks = [0, 4, 2, 1, 3]  # the sentences, best scored first
    indexes, readings = chosen_units(text, ranks, words=60)
    assert readings[2].noun == "bank"
    assert [2] not in indexes and [1, 2] in indexes, indexes
    # Twin: said in the lead, placed first, it counts.
    indexes, _ = chosen_units(text.replace("a Swiss lender", "a Swiss bank", 1), ranks, words=60)
    assert [2] in indexes


def test_that_thing_leans_on_the_sentence_before_it_whatever_the_summary_said():
    """'That earthquake killed more than 300 people' follows a sentence on the 2009 quake at L'Aquila;
    a summary that has told of this quake has said "earthquake", but not of that one (blind readings
    8705, 8709: it read as this quake's toll). The sentence before it comes with it. Twin: "the
    earthquake", which the summary's "earthquake" answers, stands alone."""
    text = ("A strong earthquake struck central Italy on Wednesday, flattening three mountain towns. "
            "Rescuers in Amatrice dug through rubble with their hands for most of the day. "
            "Geologists recalled the devastating 2009 earthquake in the city of L'Aquila, 34 miles away. "
            "That earthquake killed more than 300 people across the Abruzzo region in April. "
            "Officials said the power grid in the region would be repaired by the end of the week.")
    ranks = [0, 3, 4, 1, 2]
    indexes, readings = chosen_units(text, ranks, words=70)
    assert readings[3].noun == "earthquake"
    (unit,) = [u for u in indexes if 3 in u]
    assert 2 in unit, unit
    indexes, _ = chosen_units(text.replace("That earthquake killed", "The earthquake killed"), ranks, words=70)
    (unit,) = [u for u in indexes if 3 in u]
    assert 2 not in unit, unit


def test_that_inside_a_sentence_points_at_what_the_sentence_before_named():
    """Reading 8713: "The bill was defeated at that time" read as this bill's defeat; "that time" is
    the previous Parliament's. Twins: "those many naps" (any naps) and a "that" after a verb, which
    the parser may tag a determiner, point at nothing."""
    article = one_article("In the previous Parliament, Belanger put forth a bill to change the anthem. The bill was "
                          "defeated at that time, but it was supported by opposition MPs. Babies preserve memories "
                          "during those many naps they take during the day. Last week, news broke that reality star "
                          "Kendra Baskett had made a tape.")
    readings = [read(s, article) for s in article.sentences]
    assert readings[1].distal and readings[1].leans_back
    assert not readings[2].distal and not readings[3].distal


def test_a_remark_quoted_twice_is_told_once():
    """A report gives a remark in its own words with a phrase of it quoted, then the remark itself:
    one remark told twice (a blind reader counted Dunn's "I was the one who was victimized" three
    times). Twins: a title quoted in both, a quoted phrase of a few words, quotations that differ."""
    assert quoted_again("Reynolds' rep told E! News on Friday that he is \"doing better at this time.\"",
                        "\"He is doing better at this time,\" Kritzer said late Friday.")
    assert not quoted_again("They watched \"Keeping Up With The Kardashians\" all night.",
                            "She said \"Keeping Up With The Kardashians\" is her favourite show.")
    assert not quoted_again("Police called him a \"person of interest\" on Monday.",
                            "\"He is a person of interest in the case,\" police said.")
    assert not quoted_again("\"He is doing better,\" his agent said.", "\"He is resting at home,\" his wife said.")


def test_a_word_quoted_from_a_remark_the_summary_quotes_whole_is_the_same_remark():
    """Blind reading 8318: 'Gov. Chris Christie of New Jersey called it "incalculable."' beside
    '"I think the losses will be almost incalculable," Christie said' is one remark told twice.
    Twins: the word quoted from another person's remark, and a term two sentences both quote."""
    assert quoted_again("Gov. Chris Christie of New Jersey called it “incalculable.”",
                        "\"I think the losses will be almost incalculable,\" Christie said on NBC's TODAY show.")
    assert not quoted_again("Gov. Chris Christie of New Jersey called it “incalculable.”",
                            "\"I think the losses will be almost incalculable,\" Cuomo said on Tuesday.")
    assert not quoted_again("Japan withdrew its ambassador over a \"comfort women\" statue in Busan.",
                            "South Korea released footage of \"comfort women\" held by Japan's army.")


def test_a_leading_it_is_never_replaced_by_the_subject_before_it():
    """"It's back on the menu" after "McDonald's isn't giving up on the McRib" means the McRib, and
    "It's something the other carriers have done" no carrier: a leading "it" leans on the sentence
    before it and is never rewritten. Its twin: a leading "he" still takes the one person named."""
    article = one_article("McDonald's isn't giving up on the original McRib with barbecue sauce. "
                          "It's back on the menu in Spain as a limited-time treat.")
    it = read(article.sentences[1], article)
    assert it.leans_back and it.name is None
    twin = one_article("Anthony Jones was charged with unlawful entry on Friday. He was held without bail.")
    assert read(twin.sentences[1], twin).name == "Anthony Jones"


def test_a_contraction_after_a_replaced_pronoun_is_written_out():
    """"He's believed" is "Jones is believed", never "Jones's believed"; "He's been" is "has been";
    "He'd" could be "had" or "would" and is left alone. Its twin: no contraction, the name alone."""
    assert with_name("He's believed to have entered through a door.", "Anthony Jones", False) == \
        "Anthony Jones is believed to have entered through a door."
    assert with_name("He’s been charged with unlawful entry.", "Anthony Jones", True) == \
        "Jones has been charged with unlawful entry."
    assert with_name("He'll appear in court.", "Anthony Jones", True) == "Jones will appear in court."
    assert with_name("He'd gone home by then.", "Anthony Jones", True) is None
    assert with_name("He entered through a door.", "Anthony Jones", False) == "Anthony Jones entered through a door."


def test_a_pronoun_stands_for_no_one_whose_given_name_is_of_the_other_gender():
    """"... her duties to Winston Peters while she takes leave. However, she said she would be
    consulted": "she" is not Winston Peters. Its twin: "he" after the same sentence is."""
    from storylens.references import antecedent

    article = one_article("The 37-year-old has passed on her duties to Deputy Prime Minister Winston Peters while "
                          "she takes six weeks of leave. However, she said she would be consulted on big issues.")
    assert antecedent(article.sentences[1], article) is None
    twin = one_article("The 37-year-old has passed on her duties to Deputy Prime Minister Winston Peters while "
                       "she takes six weeks of leave. He said he would consult her on big issues.")
    assert antecedent(twin.sentences[1], twin) == "Winston Peters"


def test_a_pronoun_after_the_same_pronoun_is_not_the_other_person_that_sentence_names():
    """"She called her husband and realized that Katera was in the truck. She called 911": the
    second "she" is the first, not Katera; the sentence before them names two women, so no one is
    certain. Its twin: the woman named before the two sentences is."""
    from storylens.references import antecedent

    article = one_article("Later that evening, Jenny Barker went to the daycare and was told that Katera was never "
                          "dropped off. She called her husband and realized that Katera was still in the pickup truck. "
                          "She called 911 as she pulled into her driveway.")
    assert antecedent(article.sentences[2], article) is None
    twin = one_article("Later that evening, Jenny Barker went to the daycare to get her son. She called her "
                       "husband and realized that Katera was in the pickup truck. She called 911 as she pulled in.")
    assert antecedent(twin.sentences[2], twin) == "Jenny Barker"


def test_a_name_after_an_article_or_its_is_a_thing_not_expanded_to_a_person():
    """"its McRib sandwich" is no person, whatever "Will McRib fanatics ..." makes the merged entities
    think: the summary does not write "its Will McRib sandwich". Its twin: the name alone is."""
    from storylens.select import _renamed

    assert _renamed("Every time McDonald's trots out its McRib sandwich, fans clamor.", "McRib", "Will McRib") == \
        "Every time McDonald's trots out its McRib sandwich, fans clamor."
    assert _renamed("McRib said nothing.", "McRib", "Will McRib") == "Will McRib said nothing."


def test_a_role_word_before_a_name_is_a_title_even_written_only_capitalised():
    """"NRC Chairman Gregory Jaczko", "American Airlines CEO Doug Parker", "Ipswich Police Lt. Jonathan
    Hubbard" (the tokenizer splits "Lt ."): the summary tells who speaks though the cluster never writes
    "chairman" in lower case. Its twins: half a title ("Chief" of "Editor in Chief", "founder" of
    "co-founder") is none; a one-word title gives way to the description an article writes after the
    name."""
    from storylens.select import _with_who, written_lower

    text = ("NRC Chairman Gregory Jaczko toured the plant. American Airlines CEO Doug Parker wrote a letter. "
            "\"We are grateful,\" Ipswich Police Lt. Jonathan Hubbard said. Gallup Editor in Chief Frank Newport "
            "spoke. Museum co-founder Emanuel Tschopp spoke. Professor Alain Carpentier spoke.\n\n|||||\n\n"
            "Jaczko said the plant is safe. Parker wrote more. Hubbard said more. Newport said more. "
            "Tschopp said more. Alain Carpentier, the inventor of the artificial heart, said it beats.")
    result = digest(read_text(text), analyse=False)
    by_id = {a.id: a for a in result.articles}
    lower = written_lower(result.articles)

    def who(sentence: str) -> str:
        return _with_who(sentence, [], [Cite("a2", 0)], by_id, lower)

    assert who("The plant is safe, Gregory Jaczko said.") == "The plant is safe, NRC Chairman Gregory Jaczko said."
    assert who("Doug Parker wrote more.") == "American Airlines CEO Doug Parker wrote more."
    assert who('"We are grateful," Jonathan Hubbard said.') == \
        '"We are grateful," Ipswich Police Lt. Jonathan Hubbard said.'
    assert who("Frank Newport said more.") == "Frank Newport said more."
    assert who("Emanuel Tschopp said more.") == "Emanuel Tschopp said more."
    assert who("It beats, Alain Carpentier said.") == \
        "It beats, Alain Carpentier, the inventor of the artificial heart, said."


def test_a_long_description_goes_without_the_place_that_closes_it_but_never_half_a_name():
    """"David Straub, deputy director of the Shorenstein Asia-Pacific Research Center at Stanford
    University," is told as "deputy director of the Shorenstein Asia-Pacific Research Center": who
    he is, within the description's length. Its twin: "a spokesman for the city's huge Department of
    Education and its many schools" is not cut inside the name, and too long, is not used."""
    from storylens.select import _description_of

    text = ("Washington has opportunities, said David Straub, deputy director of the Shorenstein Asia-Pacific "
            "Research Center at Stanford University. The city mourned, said Christopher Miller, a spokesman for "
            "the city's huge Department of Education and its many schools.")
    result = digest(read_text(text), analyse=False)
    by_id = {a.id: a for a in result.articles}
    found = _description_of("David Straub", by_id)
    assert found is not None and found[0] == "deputy director of the Shorenstein Asia-Pacific Research Center"
    assert _description_of("Christopher Miller", by_id) is None


def test_a_person_the_tagger_calls_an_organisation_keeps_the_description_after_their_name():
    """"Beatrice Megevand-Roggo, the Red Cross' head of operations for the Middle East, said ...": the
    tagger calls her an organisation, but a woman's given name opens it. Its twin: an organisation
    whose first word is no given name ("Amnesty International, the rights group,") is described
    by nothing of the kind."""
    from storylens.select import _description_of

    text = ("Beatrice Megevand-Roggo, the Red Cross' head of operations for the Middle East, said a handful of "
            "people were evacuated. Amnesty International, the rights group based in London, said more.")
    by_id = {a.id: a for a in digest(read_text(text), analyse=False).articles}
    described = _description_of("Beatrice Megevand-Roggo", by_id)
    assert described is not None and described[0] == "the Red Cross' head of operations for the Middle East"
    assert _description_of("Amnesty International", by_id) is None


def test_who_a_person_is_is_read_from_a_clause_a_middle_initial_or_the_noun_before_the_name():
    """Who speaks, wherever the articles say it: "Sally Regenhard, whose firefighter son was killed
    ...," (a clause of whose family she is); "Christopher R. Miller, a spokesman for ..." describes
    the Christopher Miller the summary names; "the Vatican spokesman the Rev. Federico Lombardi"
    (the noun the name stands beside); "Kassie Siegel, director of the Climate Law Institute at the
    Center for Biological Diversity," is cut at its phrase of place, not at the name's "for". Its
    twins: "which 20-year-old gunman Adam Lanza ended" is no description, nor a film's part ("the
    shaggy-bearded pilot (John Reilly)"), nor "her husband"."""
    from storylens.select import _description_of

    text = ("\"I'm flabbergasted,\" said Sally Regenhard, whose firefighter son was killed at the World Trade "
            "Center. Christopher R. Miller, a spokesman for the Department of Health, said in a statement. "
            "\"No, we are brothers,\" Francis told Benedict, according to the Vatican spokesman the Rev. "
            "Federico Lombardi. Kassie Siegel, director of the Climate Law Institute at the Center for "
            "Biological Diversity, called the decision a huge disappointment. The parents recalled the "
            "carnage, which 20-year-old gunman Adam Lanza ended by shooting himself. Equally wild is the "
            "shaggy-bearded pilot (John Reilly), who flies the crew in. The patient is in hospital, her "
            "husband, Keith Rogers, said.")
    by_id = {a.id: a for a in digest(read_text(text), analyse=False).articles}

    def described(name: str) -> str | None:
        found = _description_of(name, by_id)
        return None if found is None else found[0]

    assert described("Sally Regenhard") == "whose firefighter son was killed at the World Trade Center"
    assert described("Christopher Miller") == "a spokesman for the Department of Health"
    assert described("Federico Lombardi") == "the Vatican spokesman"
    assert described("Kassie Siegel") == "director of the Climate Law Institute"
    assert described("Adam Lanza") is None
    assert described("John Reilly") is None
    assert described("Keith Rogers") is None


def test_a_surname_two_people_bear_speaks_for_the_one_named_just_before_as_the_subject():
    """"Linda Lyons, 60, ... said she could feel the room shaking." then "“I flew into the house,”
    Lyons said.": the summary names Linda Lyons. Its twins: "His father, James Lovelace, is a
    veteran." then "Lovelace is survived by two sisters" (a surname that does not speak: the son,
    whom the article is about); a sentence naming both Lyonses before does not say which."""
    from storylens.select import _named_just_before

    text = ("Linda Lyons, 60, who lives nearby, said she could feel the whole room shaking. "
            "\"I flew into the house,\" Lyons said. Her son, Mike Lyons, 27, said he felt a whoosh.\n\n"
            "Derek Lovelace died in training. His father, James Lovelace, is an Air Force veteran. "
            "Lovelace is also survived by two sisters.")
    article = digest(read_text(text), analyse=False).articles[0]
    by_text = {s.text: s for s in article.sentences}
    assert _named_just_before("Lyons", by_text['"I flew into the house," Lyons said.'], article) == "Linda Lyons"
    assert _named_just_before("Lovelace", by_text["Lovelace is also survived by two sisters."], article) is None
    text = "Linda Lyons and her son, Mike Lyons, live nearby. \"It shook,\" Lyons said."
    article = digest(read_text(text), analyse=False).articles[0]
    assert _named_just_before("Lyons", article.sentences[1], article) is None


def test_a_congresswoman_and_a_representative_hold_one_office():
    """"Congresswoman Kyrsten Sinema" and "U.S. Rep. Kyrsten Sinema" name one office: the title is
    kept. Its twin: "Sen. Sinema" beside it is another office, and no title is sure."""
    from storylens.select import _other_titles

    text = "Congresswoman Kyrsten Sinema spoke. Democratic U.S. Rep. Kyrsten Sinema said more."
    by_id = {a.id: a for a in digest(read_text(text), analyse=False).articles}
    assert not _other_titles("Sinema", "Congresswoman", by_id)
    twin = {a.id: a for a in digest(read_text(text + " Sen. Sinema said it again."), analyse=False).articles}
    assert _other_titles("Sinema", "Congresswoman", twin)


def test_a_name_written_into_the_summary_reads_as_one_persons_name():
    """The tagger's spans that are no name a summary may write: "Trump's Utah" (for "the University
    of Utah"), "Jeff King Husky Homestead Nash" (a photo credit run into the dog's name), "RIP
    Prodigy", "Donald J. Trump Επαληθευμένος" (a page's "Verified" badge). Their twins are names."""
    from storylens.select import readable_name

    for garbled in ("Trump’s Utah", "Jeff King Husky Homestead Nash", "RIP Prodigy", "Donald J. Trump Επαληθευμένος"):
        assert not readable_name(garbled), garbled
    for name in ("Mark O’Mara", "Martin Luther King Jr.", "JR Smith", "Ελένη Παπαδοπούλου", "Donald J. Trump"):
        assert readable_name(name), name
    # Where the summary writes a speaker: a quotation is not given the badge-run name, and is given the name.
    from storylens.references import Reading
    from storylens.select import named

    text = 'Donald J. Trump tweeted on Sunday. "A total con job, playing the media for fools!"'
    by_id = {a.id: a for a in digest(read_text(text), analyse=False).articles}
    quoted = by_id["a1"].sentences[1].text
    cites = [Cite("a1", 1), Cite("a1", 0)]
    assert named(quoted, Reading(attribute=True, name="Donald J. Trump Επαληθευμένος"), [], cites, by_id) is None
    assert named(quoted, Reading(attribute=True, name="Donald J. Trump"), [], cites, by_id) == \
        '"A total con job, playing the media for fools!" Donald J. Trump said.'


def test_a_headline_comes_from_the_first_sentence_of_a_passage_a_quotation_runs_through():
    """The summary's lead may be one passage of two sentences a quotation runs through (paired
    reading 8402: the headline had become a clause of a later sentence, "Tony Rezko has stated in
    interviews with the government"); the headline is made from its first sentence, as before."""
    from storylens.select import balance_quotes, headline, run_on, tidy

    text = ("* Rod Blagojevich’s attorneys filed a motion today to subpoena President Obama to testify at the former "
            "governor’s trial… “President Obama has direct knowledge to allegations made in the indictment.\n"
            "In addition, President Obama’s public statements contradict other witness statements, specifically "
            "those made by labor union official and Senate Candidate B,” the motion said.\n\n|||||\n\n"
            "… Rezko has also stated in interviews with the government that he believed he transmitted a quid pro "
            "quo offer from a lobbyist to the public official, but that the public official rejected the offer.")
    articles = digest(read_text(text), analyse=False).articles
    by_id = {a.id: a for a in articles}
    first, second = articles[0].sentences[:2]
    (passage,) = run_on([Cited(tidy(first.text), [Cite("a1", 0)]), Cited(tidy(second.text), [Cite("a1", 1)])], by_id)
    later = Cited(tidy(articles[1].sentences[0].text), [Cite("a2", 0)])
    title = headline(articles, sentence_vectors(articles), [passage, later])
    assert title.startswith("Rod Blagojevich’s attorneys filed a motion"), title
    assert balance_quotes(title) == title


def test_a_quotation_running_on_into_the_next_summary_sentence_is_one_passage():
    """Two summary sentences that stand next to each other in their article, a quotation running
    from the first into the second: one passage citing both, not closed after the first and opened
    again before the second, nor cut in two (blind reading 8401 read the second half as a quotation
    without its opening mark). Its twins: the same sentences apart in the summary, and two
    quotations each closed in its own sentence, keep their marks."""
    from storylens.select import balance_quotes, run_on

    text = ('Fischetti spoke at the vigil on Sunday. "There is nobody I know stronger than Devin Lima. '
            'No one has a stronger body, mind or soul," Fischetti said. The vigil ended at nine.')
    by_id = {a.id: a for a in digest(read_text(text), analyse=False).articles}
    first, second = (by_id["a1"].sentences[i].text for i in (1, 2))
    together = [Cited(balance_quotes(first), [Cite("a1", 1)]), Cited(balance_quotes(second), [Cite("a1", 2)])]
    assert [c.text for c in together] == ['"There is nobody I know stronger than Devin Lima."',
                                          '"No one has a stronger body, mind or soul," Fischetti said.']
    (joined,) = run_on(together, by_id)
    assert joined.text == ('"There is nobody I know stronger than Devin Lima. No one has a stronger body, mind or '
                           'soul," Fischetti said.')
    assert joined.cites == [Cite("a1", 1), Cite("a1", 2)]
    apart = [together[0], Cited("The vigil ended at nine.", [Cite("a1", 3)]), together[1]]
    assert [c.text for c in run_on(apart, by_id)] == [c.text for c in apart]
    closed = ('"We were there," Fischetti said. "We stayed late," she added.')
    by_id = {a.id: a for a in digest(read_text(closed), analyse=False).articles}
    each = [Cited(s.text, [Cite("a1", s.index)]) for s in by_id["a1"].sentences]
    assert [c.text for c in run_on(each, by_id)] == [c.text for c in each]


def _betty(title: str) -> tuple[list[Article], np.ndarray, list[Cited]]:
    """Two reports of Betty White's next show, the first under a headline line ``title``, and a
    summary that opens on background (her Saturday Night Live night)."""
    first = Article(id="a1", sentences=[
        Sentence("a1", 0, title, 0, heading=True),
        Sentence("a1", 1, "Betty White is being courted by the producers of Dancing With the Stars, ABC said "
                          "on Monday.", 1),
        Sentence("a1", 2, "Oh, Betty, you're in such high demand!", 2)])
    second = Article(id="a2", sentences=[
        Sentence("a2", 0, "Betty White, 88, may join the cast of Dancing With the Stars next season, producers "
                          "said.", 0),
        Sentence("a2", 1, "Betty White brought down the house on Saturday Night Live after her fans on Facebook got "
                          "her on the show.", 1)])
    articles = [first, second]
    return articles, sentence_vectors(articles), [Cited(second.sentences[1].text, [Cite("a2", 1)])]


def test_an_outlets_headline_that_tells_what_the_reports_open_on_is_the_headline():
    from storylens.select import _headline

    # The headline line is not near the summary's background lead, but it says what both reports
    # open on: it is the headline, not a clause of the lead.
    title = "Dancing With the Stars wants Betty White for its next season"
    assert _headline(*_betty(title)) == title
    # Its twins: a line of the page about nothing the reports tell, and a line a headline does not
    # open so, are not.
    for line in ("Most popular stories on our site this week", "betty betty betty Dancing With the Stars wants her"):
        assert _headline(*_betty(line)).startswith("Betty White brought down the house")


def test_a_lone_articles_headline_keeps_the_clause_its_later_sentences_take_up():
    """One article: "CNN is being sued by two EMTs" leaves out the bite the rest of the article is
    about; its twin, a clause the article never comes back to, goes."""
    text = ("CNN is being sued by two EMTs who say a foreign correspondent for the cable news network bit them in "
            "a drunken rage outside the US Embassy in Baghdad.\n\n"
            "According to the lawsuit, the correspondent bit the EMTs before threatening them.\n\n"
            "The EMTs are each suing for $1 million.")
    result = digest(read_text(text), analyse=False)
    assert result.title.startswith("CNN is being sued by two EMTs who say a foreign correspondent")
    text = ("CNN is being sued by two EMTs who say a foreign correspondent for the cable news network bit them in "
            "a drunken rage outside the US Embassy in Baghdad.\n\n"
            "The lawsuit was filed in federal court in Manhattan on Friday.\n\n"
            "The EMTs are each suing for $1 million.")
    assert digest(read_text(text), analyse=False).title == "CNN is being sued by two EMTs"


def test_a_headline_keeps_the_phrase_after_its_verb_that_says_why():
    """ "Peder Madsen is to appear in a Copenhagen court on Tuesday" leaves out what for ("over the
    death of Swedish journalist Kim Wall"), which the story turns on; its twin, a scene set before
    the clause ("Before the flight to his new home, ..."), may go."""
    from storylens.select import _unidentified

    lead = ("Danish submarine owner Peder Madsen is to appear in a Copenhagen court on Tuesday over the death of "
            "Swedish journalist Kim Wall on board his homemade underwater vessel.")
    assert _unidentified("Danish submarine owner Peder Madsen is to appear in a Copenhagen court on Tuesday", lead,
                         {"death", "journalist"})
    lead = "Before the flight to his new home in California, Jack the cat escaped from his travel carrier."
    assert not _unidentified("Jack the cat escaped from his travel carrier", lead, {"flight", "home"})


def test_a_quotation_the_next_sentence_qualifies_is_told_whole_or_not_at_all():
    """Blind reading 8615: 'The hacking, he said, “could be Russia.”' from a quotation that goes on
    "And it could be China. And it could be some guy in his home in New Jersey." — cut there, it says
    what Trump did not. A quotation left open whose next sentence goes on with "And", "But" or
    "Not" comes whole, as one summary sentence citing each of its sentences. Its twin: a next
    sentence that says something of its own does not tie the two."""
    text = ("Donald Trump has consistently dismissed the intelligence agencies' findings about the hacking "
            "of the Democratic National Committee. He spoke to Time magazine this week about the election. "
            "Asked who broke into the party's email, Trump said, \u201cIt could be Russia. And it could be "
            "China, or one of the other countries with hackers of their own. And it could be some guy in his "
            "home in New Jersey.\u201d The CIA briefed senators on its findings in a closed-door session on "
            "Capitol Hill last week.")
    summary = digest(read_text(text)).summary
    (told,) = [s for s in summary if "could be Russia" in s.text]
    assert "could be some guy in his home in New Jersey" in told.text
    assert [c.sentence for c in told.cites] == [2, 3, 4]
    from storylens.references import quotation_goes_on

    article = one_article('The officer stopped the car. "My brother may be hurt. He might be dead," Smith said.')
    assert not quotation_goes_on(article.sentences[1], article)
    article = one_article('The officer stopped the car. "My brother may be hurt. But he might be dead," Smith said.')
    assert quotation_goes_on(article.sentences[1], article)


def test_a_sentence_opening_on_plus_or_that_said_leans_on_the_one_before():
    # Blind reading 8613: "Plus, the tuxedoed birds tend to huddle together ..." in a summary, after
    # nothing it adds to.
    for opening in ("Plus,", "That said,"):
        article = one_article("The zoo brought its penguins inside on Monday. "
                              f"{opening} penguins tend to huddle together to keep warm in cold weather.")
        assert read(article.sentences[1], article).leans_back, opening
    # Its twin: "Plus" as a word of a name or a compound says nothing of the sentence before.
    article = one_article("The zoo brought its penguins inside on Monday. "
                          "Plus-size clothing sales rose sharply in Calgary during the cold spell.")
    assert not read(article.sentences[1], article).leans_back


def test_a_sentence_that_adds_to_or_follows_from_one_before_leans_on_it():
    # Blind reading 8629: "In Japan, about half ... live with their parents, too." with no earlier
    # comparison in the summary; "... is thus clear evidence of a generation-wide crisis"; "Each
    # actresses earned $13 million" with no actresses named.
    before = "Pew found that a third of young Americans live with their parents. "
    for sentence in ("In Japan, about half of unmarried young adults live with their parents, too.",
                     "Living at home with their parents is thus clear evidence of a crisis of character.",
                     "Each actress earned $13 million between May 2010 and May 2011."):
        article = one_article(before + sentence)
        assert read(article.sentences[1], article).leans_back, sentence
    # Its twins: "too" of an adjective, a time phrase opening on "Each", "thus" inside a clause of its own.
    for sentence in ("The rents in the biggest cities of the country are too high for most of them.",
                     "Each year, about a million young adults in the United States move back home.",
                     "Rent in big cities has risen fast and thus kept many young adults at home, Pew found."):
        article = one_article(before + sentence)
        assert not read(article.sentences[1], article).leans_back, sentence


def test_a_headline_drops_the_weekday_of_the_article_s_date():
    """Blind reading 8631 found weak headlines "with a relative day" ("Thomas Kinkade died Friday
    morning", "City Clerk Kim Lehmkuhl resigned Monday"): a reader of the digest does not have the
    article's date. Its twins stay: a weekday a preposition needs ("missing since Friday"), a day's
    own thing ("Saturday night's attack"), a day's name ("Good Friday") and a full date."""
    from storylens.select import _undated

    assert _undated("Thomas Kinkade died Friday morning") == "Thomas Kinkade died"
    assert _undated("Dennis Rodman arrived in North Korea on Tuesday for a visit") == \
        "Dennis Rodman arrived in North Korea for a visit"
    assert _undated("Keurig Green Mountain Inc. on Wednesday cut its guidance") == \
        "Keurig Green Mountain Inc. cut its guidance"
    for kept in ("The parents of a boy who has been missing since Friday believe he was abducted",
                 "Police arrested one of the men who carried out Saturday night's attack",
                 "Good Friday services were held in the square", "The vote is set for Tuesday, March 5, 2013"):
        assert _undated(kept) == kept


def test_a_quotation_the_next_quotation_qualifies_comes_with_it():
    """Blind reading 8639: '"In terms of the constant day-to-day threat ... it is certainly more
    dangerous in Iraq and Afghanistan," Hansen said.' without the next sentence, '"But in terms of
    the dominance of the threat ... this is a much more dangerous place."', says the reverse of
    what he meant. A quotation of its own that opens on "But" or "And" goes on the one before; its
    twin, a next quotation that says something of its own, does not."""
    from storylens.references import quotation_goes_on

    for second, ties in (('"But he might be dead."', True), ('"He might be dead."', False),
                         ('Officers searched the river.', False)):
        article = one_article(f'The officer stopped the car. "My brother may be hurt," Smith said. {second}')
        assert quotation_goes_on(article.sentences[1], article) is ties, second


def test_a_passage_runs_on_from_its_last_sentence_and_opens_on_its_first_ones_mark():
    """A passage of two sentences ('“...,” said nurse Yulette Newman. “And we sit back and say,
    ‘Well, you are in Washington.') whose quotation runs on into the next summary sentence ('What
    was happening nine months ago?’ ”') is one passage with it: the quotation is not closed and
    opened again in the middle. And a passage whose first sentence lost its opening mark to the
    sentence before ('We haven't built a device," Kanan said.') opens on it, though the next
    quotation's marks pair with its closing one."""
    from storylens.select import _opened_as, run_on

    article = one_article("The hospital has seen more births this summer. “We keep getting asked what is going on,” "
                          "said nurse Yulette Newman. “And we sit back and say, ‘Well, you are in Washington. What "
                          "was happening nine months ago?’ ” The hospital expects more.")
    first = Cited(text=article.sentences[1].text + " " + article.sentences[2].text + "”",
                  cites=[Cite(article.id, 1), Cite("a2", 4), Cite(article.id, 2)])
    second = Cited(text="“" + article.sentences[3].text, cites=[Cite(article.id, 3)])
    (whole,) = run_on([first, second], {article.id: article})
    assert whole.text.endswith("you are in Washington. What was happening nine months ago?’ ”")
    assert _opened_as('"We haven\'t built a device," Kanan said.',
                      'We haven\'t built a device," Kanan said. "But it works."').startswith('"We haven')
    assert _opened_as("Trump said, “It could be Russia.”", "Trump said, “It could be Russia. And China.”")[0] == "T"


def test_a_sentence_opening_on_at_that_time_or_for_example_leans_on_the_one_before():
    # Blind reading 8643: "At that time, repetitive phrases were replaced ..." (1980, which the
    # summary never gave) and "Since then, ..." after it; "For example, one of the popular things
    # people want ..." (an example of what?). Its twin: "At this time" is now.
    article = one_article("Google changed what its search page shows. For example, one of the popular things "
                          "people want is to book tickets for tours.")
    assert read(article.sentences[1], article).leans_back
    article = one_article("The anthem became official in 1980. "
                          "At that time, repetitive phrases were replaced with new lines about the country.")
    assert read(article.sentences[1], article).leans_back
    article = one_article("The anthem became official in 1980. "
                          "At this time, no change to the lines about the country is planned by the government.")
    assert not read(article.sentences[1], article).leans_back


RETELLING = ("Rapper Albert Johnson, one half of the hip-hop duo Mobb Deep, died on Tuesday in Las Vegas at the age "
             "of 42. He had been in hospital for several days.\n|||||\n"
             "The music world is mourning a rap star after Albert Johnson of Mobb Deep passed away Tuesday in a "
             "Nevada hospital, his publicist confirmed. The duo's 1995 album sold more than a million copies. "
             "Johnson's publicist asked for privacy for the family.")


def test_a_second_outlet_retelling_the_news_in_its_own_words_is_a_repeat():
    """Blind readers flag a second outlet's lead that tells the event again in other words ("A man
    rushed onto the red carpet ..." after "... stuck his head under her skirt"), which the vectors
    and shared words alone rate too far apart (here 0.60 and 0.36). The repeats model, trained on
    their flags, leaves the second telling out. Twins: the other sentences of the second article,
    other facts of the story, stay."""
    summary = summary_of(RETELLING)
    assert sum(s.startswith(("Rapper Albert Johnson", "The music world")) for s in summary) == 1
    assert "The duo's 1995 album sold more than a million copies." in summary
    assert "Johnson's publicist asked for privacy for the family." in summary


def test_the_repeats_model_rates_a_retelling_and_not_the_story_s_other_facts():
    from storylens import repeats

    articles = annotate([clean(RawArticle(text=t)) for t in RETELLING.split("\n|||||\n")])
    for n, article in enumerate(articles, 1):
        article.id = f"a{n}"
        for sentence in article.sentences:
            sentence.article = article.id
    vectors = sentence_vectors(articles)
    sentences = [s for a in articles for s in a.sentences]
    share = repeats.article_share(sentences)

    def rated(i: int, j: int) -> bool:
        return repeats.repeats(sentences[i], sentences[j], vectors[i], vectors[j], share)

    assert rated(0, 2) and rated(2, 0)  # the two leads, either way round
    assert not rated(0, 3) and not rated(0, 4) and not rated(2, 3)


def test_a_retelling_that_gives_another_day_or_figure_is_kept():
    """A second outlet's lead that tells the event again but gives another day ("Monday" where the
    first said "Tuesday"), another figure or the opposite claim shows the reader where the outlets
    differ: the example's "raided ... on Tuesday, making about 20 arrests" beside its lead's
    "raided ... on Wednesday". Both stay. The twin is the retelling above, with the same day."""
    summary = summary_of(RETELLING.replace("passed away Tuesday", "passed away Monday"))
    assert any(s.startswith("Rapper Albert Johnson") for s in summary)
    assert any(s.startswith("The music world") for s in summary)


def test_a_pronoun_right_after_the_sentence_that_names_its_person_stays():
    """Blind reading 8683: six summary sentences in a row opened on "Shinozuka" where the article had
    "His" and "He". Right after the article's own sentence naming him, the pronoun reads as it did
    there; its twin, after a sentence that does not name him, still gets the name."""
    text = ("Fifteen-year-old Kenneth Shinozuka of New York City won a $50,000 science award in August for a "
            "wearable sensor for Alzheimer patients. His grandfather, who has Alzheimer's disease, served as "
            "inspiration. The sensor, worn in a sock, alerts caregivers by smartphone when a patient gets out of "
            "bed at night. He has obtained a U.S. patent for the invention.")
    summary = [s.text for s in digest(read_text(text), analyse=False).summary]
    assert "His grandfather, who has Alzheimer's disease, served as inspiration." in summary
    assert "Shinozuka has obtained a U.S. patent for the invention." in summary


def test_a_clause_a_conjunction_ties_to_the_saying_is_no_headline():
    """Dev headline "The parents could not be reached for comment": the parser hangs "While ..." on
    "said" as it hangs what was said ("X have broken up, a close friend confirms", the twin, still
    read so); a clause with its own conjunction is the setting, not what was said."""
    from storylens.select import main_clause

    title = main_clause("While the parents could not be reached for comment, a spokesman for the law firm said "
                        "that a lawyer at the firm had met with some of the Newtown parents.")
    assert title is None or "could not be reached" not in title
    assert main_clause("Brad Pitt and Angelina Jolie have broken up, a close friend confirms.") == \
        "Brad Pitt and Angelina Jolie have broken up"


def test_a_headline_keeps_the_verb_that_holds_the_shared_object():
    """Dev headline "A UC Berkeley police officer shot": the parser hangs "a man", the object both
    verbs share, on "wounded", and the headline had dropped "and wounded ..." as a second clause.
    Its twin, a second act with its own object after the first verb's, went too until a paired reading
    (9113) preferred headlines that keep it: it now stays, at a longer headline's length."""
    from storylens.select import main_clause

    title = main_clause("A UC Berkeley police officer shot and wounded a man brandishing a gun in a computer lab "
                        "at the Haas School of Business on Tuesday.")
    assert title is not None and title.startswith("A UC Berkeley police officer shot and wounded a man")
    assert main_clause("Pakistani paramilitary troops raided the headquarters of the MQM party in Karachi on "
                       "Tuesday and arrested about 20 people.", 24) == \
        "Pakistani paramilitary troops raided the headquarters of the MQM party in Karachi on Tuesday and " \
        "arrested about 20 people"


def test_a_sentence_going_on_with_and_leans_on_what_its_definite_phrase_means():
    """"And all strains of the virus evolved in Africa." after "... linked with HPV ...": the summary
    drops the "and", and "the virus" still means the HPV of the sentence before (three blind readers
    of 8691, 8693 and 8695 marked it dangling). Its twin, the sentence without the "and", does not
    lean on the one before for a phrase inside it."""
    from storylens.references import read

    text = ("Researchers studied 1,087 skeletons from an ancient Egyptian cemetery. Both of these types of cancer "
            "are linked with HPV, recent research has found. {} strains of the virus evolved in Africa.")
    article = one_article(text.format("And all"))
    reading = read(article.sentences[2], article)
    assert reading.leans_back and reading.noun == "virus"
    article = one_article(text.format("All"))
    assert not read(article.sentences[2], article).leans_back


def test_a_headline_keeps_what_the_verb_was_done_for():
    """Dev headline "Both Instagram and Twitter users responded" (blind reading 8695: no referent): the
    lead's clause "... took to Instagram [to wish her child a happy sixth birthday]" had been refused
    as waiting for its infinitive, and a later sentence's clause taken. The infinitive right after
    what the headline keeps comes with it, without a second purpose ("and to lament ..."); its twin,
    one "to" of two verbs, keeps both."""
    from storylens.select import main_clause

    assert main_clause("In the ultimate backhanded compliment against her own son, mommy blogger Katie Bower took "
                       "to Instagram to wish her child a happy sixth birthday, and to lament the fact that \"his "
                       "photos never got as many likes.\"") == \
        "Mommy blogger Katie Bower took to Instagram to wish her child a happy sixth birthday"
    title = main_clause("President Obama called on Senate Republicans Wednesday to \"fulfill their constitutional "
                        "duties\" and consider a Supreme Court nominee this year.")
    assert title is not None and "and consider a Supreme Court nominee" in title


def test_a_lead_too_long_to_cut_gives_way_to_another_reports_lead():
    """Dev headline "A Swiss climber who found the long-lost bodies of a renowned mountaineer and his
    cameraman on one": a lead with no clause short enough was cut to length. Another report's lead
    in a clause of its own is a headline; its twin, a lead short enough to stand whole, still does."""
    import numpy as np

    from storylens.select import headline

    climber = ("A Swiss climber who found the long-lost bodies of a renowned mountaineer and his cameraman on one "
               "of the world's tallest mountains said it took days for him and his climbing partner to realize "
               "whom they had found.")
    other = ("The bodies of two renowned U.S. climbers, found in Tibet 16 years after they died on one of the "
             "world's tallest mountains, have been left untouched out of respect, one of the mountaineers who "
             "found the remains said on Monday.")
    arts = digest(read_text(f"{climber} ||||| {other}"), analyse=False).articles
    vectors = np.zeros((sum(len(a.sentences) for a in arts), 256), dtype=np.float32)
    lead = [Cited(text=climber, cites=[Cite("a1", 0)])]
    assert headline(arts, vectors, lead) == "The bodies of two renowned U.S. climbers have been left untouched out " \
        "of respect"
    short = "A Swiss climber found the long-lost bodies of a renowned mountaineer and his cameraman in Tibet."
    arts = digest(read_text(f"{short} ||||| {other}"), analyse=False).articles
    assert headline(arts, vectors, [Cited(text=short, cites=[Cite("a1", 0)])]).startswith("A Swiss climber found")


def test_a_headline_of_a_bare_dateline_is_none():
    """A report whose first sentence is only its dateline ("(CNN)") made the headline's parse stop
    with an error the batch reported for the whole cluster; it has no clause."""
    from storylens.select import complete_prefix, main_clause

    assert main_clause("(CNN)") is None and complete_prefix("(CNN)") is None
    assert main_clause("(CNN) Police arrested two men in Atlanta on Friday.") == \
        "Police arrested two men in Atlanta on Friday"


def test_do_so_and_a_quotation_opening_on_it_lean_back():
    """ "It is actually the first Universal film to do so" (reading 8737) and '"It's buried at
    best," said Mark McCaffrey, policy director for the National Center ...' (readings 8725 to 8733)
    stand for something said before. The second had been taken for "it is ... for ...", an "it"
    that points at nothing, across the quotation's closing mark. Its twins: "did so that" is no
    "do so", and an "it" of its own clause ("It's no big deal to lose one game") points at nothing."""
    article = one_article("The film opened on Friday. It is actually the first Universal film to do so in its "
                          "initial release. \"It's buried at best,\" said Mark McCaffrey, policy director for the "
                          "National Center for Science Education. Volunteers did so that others could eat. "
                          "\"It's no big deal to lose one game,\" the coach said.")
    leaning = [read(s, article).leans_back for s in article.sentences]
    assert leaning == [False, True, True, False, False]


SUV = [
    "Then, near the intersection of Magazine and St. Andrew, more surveillance video captures the Hummer stopping "
    "abruptly after possibly getting bumped from behind by a Mercedes SUV. Instead of stopping, the driver of the "
    "Mercedes SUV drives into the opposite lane of traffic and speeds away.",
    "Police released surveillance video of the crash. Then, as the Hummer appears to pull over, the SUV speeds off.",
    "The surveillance video appears to show the Mercedes bump the Hummer at 11:21 p.m. As the Hummer begins to pull "
    "over to the side of the road, the Mercedes veers into the opposite lane before driving away.",
    "More surveillance video shows the Hummer come to a quick stop, and the Mercedes appears to possibly tap the "
    "vehicle from behind. Moments later, the Hummer pulls to the side of the road and the driver of the SUV speeds "
    "away.",
]


def test_every_sentence_a_fact_cites_makes_the_statement_it_is_told_in():
    """A fact's partners are found for one sentence; told in another's words, it had cited them all
    ("the driver of the Mercedes SUV drives into the opposite lane ... and speeds away" citing "the
    SUV speeds off", which the agreement model does not take for that statement; blind readings
    8711 to 8731 found such cites). Twin: the fact stays, cited by the outlets that say it."""
    from storylens import agree
    from storylens.claims.quantities import figures
    from storylens.features import content_words

    result = digest([RawArticle(text=t) for t in SUV])
    driving = [f for f in result.facts if "opposite lane" in f.text]
    assert driving and len({c.article for c in driving[0].cites}) >= 2
    for fact in result.facts:
        teller = result.sentence(fact.cites[0])
        # (a cite of the teller's own article names a pronoun's speaker; it says nothing of the statement)
        for cite in (c for c in fact.cites[1:] if c.article != fact.cites[0].article):
            other = result.sentence(cite)
            vectors = sentence_vectors([Article(id="x", sentences=[teller, other])])
            p = agree.same_statement(teller, other, float(vectors[0] @ vectors[1]), set(content_words(teller)),
                                     set(content_words(other)), figures(teller), figures(other))
            assert p >= agree.threshold(), (fact.text, other.text)


def test_a_quotation_on_that_pronoun_leans_back():
    # Readings 8751 and 8753: '"I think that will always be the case," Damian Lewis said' in a summary
    # that never said what "that" is (the sentences of his answer before it).
    article = one_article("Damian Lewis won best actor for Homeland on Sunday. "
                          '"People blur reality and fiction quite often. I think that will always be the case," '
                          "Damian Lewis said. "
                          # twins: "that" as a conjunction and as a determiner point at nothing before
                          '"I said that we would win tonight," Claire Danes said. '
                          '"That night was the best of my life," Jon Cryer said.')
    readings = [read(s, article) for s in article.sentences]
    lewis = next(r for s, r in zip(article.sentences, readings) if s.text.startswith("I think that"))
    assert lewis.leans_back and lewis.name is None  # the sentence before comes with it
    danes, cryer = readings[-2:]
    assert not danes.leans_back and not cryer.leans_back


def test_a_pronoun_in_an_opening_phrase_before_a_subject_it_cannot_stand_for_leans_back():
    """'For him it will be a long journey toward wholeness and recovery.' opened a summary, "him" naming
    no one (a dev cluster of the distant half). Twins: the subject the pronoun may stand for ("In his
    speech, Obama said ...") and a pronoun the sentence names someone before ("Police said the car hit
    him") read as before."""
    article = one_article("Josh Duggar checked himself into a treatment center on Thursday. For him it will be a "
                          "long journey toward recovery. After his arrest, officers searched the house. In his "
                          "speech, Obama said he would veto it. Police said the car hit him at noon.")
    readings = [read(s, article) for s in article.sentences]
    assert [r.leans_back for r in readings] == [False, True, True, False, False]


def test_a_caption_saying_what_a_picture_shows_is_not_summary_text():
    article = one_article("Todaka said the team had called the museum. This shot, released by Allen's company, "
                          "shows the royal emblem on the bow. The study shows that the ship sank in 1944.")
    readings = [read(s, article) for s in article.sentences]
    assert [r.usable for r in readings] == [True, False, True]  # twin: a study that shows is a report's


def test_the_words_of_a_post_embedded_above_its_signature_are_no_summary_text():
    """A distant-half reading: "Rap game lost a legend the world lost a G. ---- to and for his fam.
    Love." — a rapper's post, whose signature closes its paragraph — was a summary sentence with no
    one saying it. Twin: the report's sentence in the paragraph after the post is the writer's."""
    article = one_article("Prodigy of Mobb Deep died on Tuesday in Las Vegas, his publicist said.\n\n"
                          "Damn. RiP to the great one Prodigy. Rap game lost a legend the world lost a G. Love. "
                          "MOBB — Lil Wayne WEEZY F (@LilTunechi) June 20, 2017\n\n"
                          "The rapper had been hospitalized for complications of sickle cell anemia.")
    post = next(s for s in article.sentences if s.text.startswith("Rap game"))
    assert not read(post, article).usable and "embedded post" in read(post, article).why
    after = next(s for s in article.sentences if s.text.startswith("The rapper"))
    assert read(after, article).usable


def test_a_he_in_what_police_report_leans_on_the_sentence_that_names_him():
    """A distant-half reading: "Police said he returned home at 8 a.m. ..." — the father, named only
    in the sentences before — stood in the summary with no one for "he". Twin: what a named person
    says of himself reads alone."""
    article = one_article("Katera Barker was found dead Wednesday inside a pickup truck. Her father, Matt Barker, "
                          "was supposed to take her to daycare. Police said he returned home at 8 a.m. and left "
                          "for the airport. Investigators said his truck was parked in the sun. Matt Barker said "
                          "he had forgotten her.")
    reported = read(article.sentences[2], article)
    assert reported.leans_back and reported.name == "Matt Barker"
    assert with_name(article.sentences[2].text, "Matt Barker", False, reported_at=True) == \
        "Police said Matt Barker returned home at 8 a.m. and left for the airport."
    assert read(article.sentences[3], article).leans_back
    assert not read(article.sentences[4], article).leans_back


def test_a_headline_keeps_the_verbs_particle_and_drops_an_aside_in_brackets():
    """A distant-half reading: 'Sen. Kirsten Gillibrand D-NY has come with several stories ...': the
    headline lost "forward", which the verb's sense needs, and kept the bracketed party and state
    without its brackets. Twin: an adverb after the verb that is no particle still goes."""
    from storylens.select import main_clause

    title = main_clause("In promoting her new book, Sen. Kirsten Gillibrand (D-NY) has come forward with several "
                        "stories of being called \"chubby,\" \"fat,\" and \"porky\" by her male colleagues.")
    assert title is not None and "come forward with" in title and "D-NY" not in title
    assert main_clause("Police moved quickly into the building on Tuesday night.") == \
        "Police moved into the building on Tuesday night"


def test_a_demonstrative_subject_of_what_someone_reports_leans_back():
    """'Police said that was a clue' points at what the sentence before told, as 'That was a clue'
    does. Twin: 'that' opening a reported clause is no demonstrative."""
    article = one_article("Carl Conyers had not been seen since Tuesday. Police said that was a clue. Police said "
                          "that the car was stolen.")
    assert read(article.sentences[1], article).leans_back
    assert not read(article.sentences[2], article).leans_back


def test_a_subject_set_beside_whose_friend_they_are_leans_back():
    """A distant-half reading: 'Corey Gentry, his friend, described that as "unusual behavior."' stood
    in the summary with no one for "his". Twin: a subject described on its own reads alone."""
    article = one_article("Carl Conyers had not been seen since Tuesday. Corey Gentry, his friend, described it as "
                          "unusual behavior. Corey Gentry, a student, described it as unusual.")
    assert read(article.sentences[1], article).leans_back
    assert not read(article.sentences[2], article).leans_back


def test_a_headline_neither_halves_a_pair_nor_leaves_a_thrown_thing_in_the_air():
    """Distant-half readings: 'to have lunch with his "brother"' dropped 'and predecessor Benedict
    XVI', and '... he threw his four-year-old brother' stopped before 'off the roof'. Twins: a phrase
    of place after a clause still goes, and a second clause after "and" still may."""
    from storylens.select import complete_prefix

    pope = complete_prefix('Pope Francis traveled Saturday to this hill town south of Rome to have lunch with his '
                           '"brother" and predecessor Benedict XVI, a historic and potentially problematic melding of '
                           'the papacies that has never before confronted the Catholic Church.', 24)
    assert pope is None or not pope.rstrip('"”').endswith("brother")
    thrown = complete_prefix("A 20-year-old man has been charged with murder after telling police he threw his "
                             "four-year-old brother off the roof of the family’s seven-story apartment building.")
    assert thrown is None or not thrown.endswith("brother")
    assert complete_prefix("Firefighters rescued two children from the burning house on Elm Street in the town of "
                           "Springfield early on Monday morning after a neighbour called them.") == \
        "Firefighters rescued two children from the burning house on Elm Street in the town of Springfield early on " \
        "Monday morning"
    assert complete_prefix("The mayor opened the new bridge over the river on Monday and thousands of residents "
                           "walked across it in the rain for the rest of the afternoon.") is not None


def test_a_headline_does_not_open_on_a_description_of_someone_named_before_it():
    """A distant-half reading: 'The actress hit the Met Gala red carpet' left out who: the sentence
    named Kerry Washington before "the actress". Twin: a description holding a name is a subject."""
    from storylens.select import main_clause

    assert main_clause("Mere hours after Kerry Washington’s camp confirmed the Scandal star’s second pregnancy, the "
                       "actress hit the Met Gala red carpet.") is None
    assert main_clause("Hours after the vote, the president of France flew to Brussels for the summit.") == \
        "The president of France flew to Brussels for the summit"


def test_a_long_lead_gives_its_main_clause_as_headline_rather_than_one_cut_after_its_verb():
    """A distant-half reading: 'A comprehensive new study conducted by researchers at California State
    Polytechnic University, Pomona reveals' was cut after its verb; a brand's ™ is no headline's."""
    text = ("A comprehensive new study conducted by researchers at California State Polytechnic University, "
            "Pomona (“Cal Poly Pomona”) reveals that the PurePulse™ heart rate monitors in the Fitbit Surge™ and "
            "Charge HR™ bear an “extremely weak correlation” with actual users’ heart rates as measured by a true "
            "echocardiogram (ECG) and are “highly inaccurate during elevated physical activity.” The study was "
            "paid for by lawyers suing Fitbit, the company said on Tuesday. Fitbit said it stands by its heart "
            "rate technology.")
    title = digest([RawArticle(text=text)]).title
    assert title is not None and "heart rate monitors bear" in title and not title.endswith("reveals")
    assert "™" not in title


def test_a_headline_neither_opens_on_a_demonstrative_nor_ends_a_few_words_into_an_aside():
    """Distant-half readings: "These three shows will mark the final Dead shows" (which shows?) and
    "... to tell black leopards apart - a trick". Twins: "This week's storm" says which storm, and an
    aside closed by a second dash stays."""
    from storylens.select import _aside_cut, main_clause

    assert main_clause("These three shows will mark the final Dead shows ever, the band said on Friday.") is None
    assert main_clause("This week's storm killed five people in the county, officials said on Friday.") == \
        "This week's storm killed five people in the county"
    lead = ("James Cook University scientists have helped invent a clever technique to tell black leopards apart "
            "- a trick that will help protect them")
    assert _aside_cut("James Cook University scientists have helped invent a clever technique to tell black "
                      "leopards apart - a trick", lead).endswith("leopards apart")
    closed = "The Iditarod Trail Sled Dog Race — Alaska's “Last Great Race” — was reeling"
    assert _aside_cut(closed, closed + " on Sunday after a musher was killed") == closed


def test_a_headline_keeps_the_that_clause_saying_which_one_and_where_a_thing_moved():
    """Dev headlines: "New surveillance video ... appears to show the moment", the clause that said
    which moment cut off; "Mark Zuckerberg has revealed deep-seated concerns", what concerns cut
    off; "The winter storm system ... moved", its direction cut off. Twins: a clause set off by
    commas still goes, and an adverb of manner."""
    from storylens.select import main_clause

    title = main_clause("New surveillance video obtained by ABC News appears to show the moment that led to the "
                        "deadly shooting of former NFL star Will Smith in New Orleans.")
    assert title is not None and title.endswith("the moment that led to the deadly shooting of former NFL star "
                                                "Will Smith")
    assert main_clause("The storm system that walloped the Midwest moved east on Friday, bringing snow.") == \
        "The storm system that walloped the Midwest moved east on Friday"
    assert main_clause("Mark Zuckerberg has revealed deep-seated concerns that the tide is turning against "
                       "globalisation.") == \
        "Mark Zuckerberg has revealed deep-seated concerns that the tide is turning against globalisation"
    assert main_clause("The company recalled a toy, which could choke children, on Tuesday.") == \
        "The company recalled a toy on Tuesday"
    assert main_clause("Police moved quickly into the building on Tuesday night.") == \
        "Police moved into the building on Tuesday night"


def test_a_headline_keeps_the_participle_saying_what_was_caught():
    """A distant-half reading: "A Baltimore defense attorney was caught on tape" left out what he was
    caught doing. Twin: a participle after a comma is something else that happened, and goes."""
    from storylens.select import _keeps_the_story

    lead = ("A Baltimore defense attorney was caught on tape telling a rape victim that she could be deported if "
            "she testified against his client.")
    short = "A Baltimore defense attorney was caught on tape"
    longer = "A Baltimore defense attorney was caught on tape telling a rape victim that she could be deported"
    assert _keeps_the_story([short, longer], lead, {"attorney", "rape", "victim", "tell"}) == longer
    lead = ("Pakistani paramilitary troops raided the headquarters of the MQM in Karachi, arresting dozens of party "
            "workers and seizing weapons.")
    short = "Pakistani paramilitary troops raided the headquarters of the MQM in Karachi"
    assert _keeps_the_story([short, lead], lead, {"arrest", "weapon", "party", "worker"}) == short


def test_a_list_item_a_demonstrative_a_copular_it_and_an_epithet_lean_back():
    """Distant-half readings 9035-9039: "Firstly, they are ...", "First, let's consult the dictionary",
    "Pope Francis traveled Saturday to this hill town", "The 'Anaconda' rapper co-owns ..." stood in
    summaries with nothing before them. Twins: "this week" is a time, an article's first sentence
    has nothing before it to point at, and a person named in the sentence is introduced."""
    from storylens.references import read

    article = one_article("Minorities suffer under the law. Firstly, they are targeted more often. First, let's "
                          "consult the dictionary. Pope Francis traveled Saturday to this hill town south of Rome. "
                          "The \"Anaconda\" rapper co-owns moscato maker Myx Fusions. Pope Francis traveled to Rome "
                          "this week. The Oscar-winning actress Halle Berry sells lingerie at Target.")
    readings = [read(s, article) for s in article.sentences]
    assert [r.leans_back for r in readings[1:5] if r.usable] == [True, True, True]
    assert not readings[2].usable  # the writer's voice
    assert readings[3].noun == "town"
    assert not any(r.leans_back for r in readings[5:])
    first = one_article("Scientists have long wanted to produce sperm in the laboratory to understand this "
                        "fundamental reproductive process. They failed.")
    assert not read(first.sentences[0], first).leans_back


def test_a_headline_cut_from_the_lead_gets_back_what_its_last_words_wait_for():
    """Blind readings found headlines cut where the lead went on with what they were about:
    "President Andrzej Duda said that he would sign into law a bill", "... are increasing the
    pressure on state police", "The Iditarod ... was reeling". The words their last word waits for
    come back, up to a phrase's boundary and within a long headline. Its twins: a headline that
    ends where the lead goes on with a phrase of its own, or with a clause of a noun that already
    says which, stays as it is; one whose words would stop inside a coordination the parser broke
    ("three dead and more than a dozen [wounded]") stays too."""
    from storylens.select import _rounded

    lead = ("President Andrzej Duda said on Tuesday that he would sign into law a bill making it illegal to accuse "
            "“the Polish nation” of complicity in the Holocaust and other Nazi atrocities, a measure that has roiled "
            "relations with Israel and the United States")
    assert _rounded("President Andrzej Duda said that he would sign into law a bill", lead) == (
        "President Andrzej Duda said that he would sign into law a bill making it illegal to accuse “the Polish "
        "nation” of complicity in the Holocaust and other Nazi atrocities")
    lead = ("Florida’s highest-ranking government officials are increasing the pressure on state police to get "
            "involved in the counting of ballots in heavily Democratic South Florida as Gov. Rick Scott clings to a "
            "lead over Bill Nelson during a statewide recount of their nationally relevant U.S. Senate contest")
    assert _rounded("Florida’s highest-ranking government officials are increasing the pressure on state police",
                    lead) == ("Florida’s highest-ranking government officials are increasing the pressure on state "
                              "police to get involved in the counting of ballots")
    lead = ("The Iditarod Trail Sled Dog Race — Alaska's “Last Great Race” — was reeling in the wake of a suspected "
            "snowmobile assault on two dog teams along a remote section of the Yukon River that left one dog dead "
            "and two others seriously injured")
    assert _rounded("The Iditarod Trail Sled Dog Race — Alaska's “Last Great Race” — was reeling", lead).endswith(
        "was reeling in the wake of a suspected snowmobile assault on two dog teams")
    lead = ("An air search of the remote southern Indian Ocean resumed on Friday after bad weather halted the hunt "
            "for a missing Malaysian jetliner")
    assert _rounded("An air search of the remote southern Indian Ocean resumed", lead) == (
        "An air search of the remote southern Indian Ocean resumed")
    lead = ("Some consular staff of the real US Embassy in Ghana would be sacked after security officials discovered "
            "and shut down a fake Embassy that has been operating for 10 years")
    title = ("Some consular staff of the real US Embassy in Ghana would be sacked after security officials discovered "
             "and shut down a fake Embassy")
    assert _rounded(title, lead) == title
    lead = ("President Donald Trump said he would move to fortify U.S. borders “even more” in the wake of an attack in "
            "France that left three dead and more than a dozen wounded, criticizing Democratic congressional leaders")
    title = ("President Donald Trump said he would move to fortify U.S. borders “even more” in the wake of an attack "
             "in France")
    assert _rounded(title, lead) == title


def test_a_headline_with_not_only_and_no_but_is_cut_short():
    """Blind reading 9063: "Scientists have long wanted to produce sperm and eggs in the laboratory to
    not only better understand this fundamental reproductive process" stops before its "but also".
    Its twin, with the "but", is whole."""
    from storylens.select import cut_short

    assert cut_short("Scientists have long wanted to produce sperm and eggs in the laboratory to not only better "
                     "understand this fundamental reproductive process")
    assert not cut_short("The law will not only ban the phrase but also punish those who use it")


def test_a_tabloids_pause_and_an_agencys_link_are_tidied_out_of_a_summary_sentence():
    """Distant readings 9061 to 9065: "... stage 4 cancer ... TMZ has learned" keeps a site's
    pause, "KTUU-TV (http://bit.ly/1QPO4MH )" the wire's link. Outside a quotation the pause is a
    comma and the link goes. Its twins: an ellipsis inside a quotation marks words left out and
    stays; an address the sentence tells the reader to go to stays."""
    from storylens.select import tidy

    assert tidy("LFO singer Devin Lima has died after a yearlong battle with stage 4 cancer ... TMZ has learned.") == \
        "LFO singer Devin Lima has died after a yearlong battle with stage 4 cancer, TMZ has learned."
    assert tidy("Demoski spoke to KTUU-TV (http://bit.ly/1QPO4MH ), saying he was returning home.") == \
        "Demoski spoke to KTUU-TV, saying he was returning home."
    quoted = "“My kids are in a better place … they’re in heaven now,” Pasztor said."
    assert tidy(quoted) == quoted
    told = "The book is available from www.mangobooks.co.uk from September 4."
    assert tidy(told) == told


def test_an_occupation_the_tagger_took_into_a_name_is_lower_case_inside_a_sentence():
    """Distant readings 9061 to 9065: '..., Musician Brad Fischetti told E! News' — the tagger's
    name "Musician Brad Fischetti" opened its own sentence, and put for "he" it kept the capital.
    Inside a sentence the occupation is written small, and the name still counts as given, so the
    next mention is the surname. Its twins: a title of office keeps its capital; at the sentence's
    start the occupation keeps it too."""
    from storylens.select import _names, _occupation_lowered

    said = '"It is with a broken heart," Musician Brad Fischetti told E! News.'
    assert _occupation_lowered(said, "Musician Brad Fischetti") == \
        '"It is with a broken heart," musician Brad Fischetti told E! News.'
    assert _names('"It is with a broken heart," musician Brad Fischetti told E! News.', "Musician Brad Fischetti")
    office = '"We will rebuild," Governor Andrew Cuomo told reporters.'
    assert _occupation_lowered(office, "Governor Andrew Cuomo") == office
    opening = "Musician Brad Fischetti told E! News the band would go on."
    assert _occupation_lowered(opening, "Musician Brad Fischetti") == opening


def test_a_headline_cut_before_its_but_gets_back_what_the_but_says():
    """Distant and blind readings: a lead's "but" often carries the news ("... came to Alabama to stump
    for Roy Moore, but he spent more time attacking national Republicans"), and a headline cut before
    it leaves that out. The "but" clause comes back up to the next dash or comma when it fits a long
    headline. Its twins: words that would stop before what they wait for ("but that's not stopping
    him from trying [-- for a second time -- to change ...]") stay out; a headline that does not end
    before a "but" is left alone."""
    from storylens.select import _contrasted

    lead = ("Steve Bannon, former White House chief strategist, came to Alabama to stump for Roy Moore, but he spent "
            "more time attacking national Republicans — including Mitt Romney and his family — than he did campaigning")
    assert _contrasted("Steve Bannon, former White House chief strategist, came to Alabama to stump for Roy Moore",
                       lead) == ("Steve Bannon, former White House chief strategist, came to Alabama to stump for Roy "
                                 "Moore, but he spent more time attacking national Republicans")
    lead = ("Liberal MP Mauril Belanger is losing his own singing voice but that's not stopping him from trying -- for "
            "a second time -- to change the English lyrics to O Canada to make the national anthem more gender "
            "neutral")
    title = "Liberal MP Mauril Belanger is losing his own singing voice"
    assert _contrasted(title, lead) == title
    lead = "Nevada Rancher Cliven Bundy attempted to clarify controversial remarks on Thursday in Las Vegas"
    title = "Nevada Rancher Cliven Bundy attempted to clarify controversial remarks"
    assert _contrasted(title, lead) == title


def test_a_wires_stock_codes_a_papers_citation_marks_and_a_lone_bracket_are_tidied_out():
    """Distant readings 9063 and 9065: "Jimmy Choo CHOO.L", "Coach COH.N" (Reuters' stock codes),
    "... postconcussion syndrome.[2]" (a paper's citation mark) and '(It's calling that experience
    "phygital."' (a bracket that never closes) reached the summary. Their twins: "U.S." and "D.C."
    are no stock codes, a bracket that closes stays, and so does a number in brackets inside a
    sentence that is no citation mark."""
    assert tidy("U.S. retailer Michael Kors agreed to buy luxury shoemaker Jimmy Choo CHOO.L for $1.2 billion.") == \
        "U.S. retailer Michael Kors agreed to buy luxury shoemaker Jimmy Choo for $1.2 billion."
    assert tidy("Shares of Kellogg Co (K.N) and General Mills (GIS.N) fell 2 percent on Monday.") == \
        "Shares of Kellogg Co and General Mills fell 2 percent on Monday."
    assert tidy("In 1992 Al Toon was the first NFL player known to have retired because of it.[2]") == \
        "In 1992 Al Toon was the first NFL player known to have retired because of it."
    assert tidy("(It's calling that experience \"phygital.\"") == "It's calling that experience \"phygital.\""
    for same in ("The U.S. military and the U.N. met in Washington, D.C. on Monday.",
                 "He (the mayor) said the 2010 plan failed.", "Rule [1] applies to all of the cases."):
        assert tidy(same) == same


def test_an_acronym_is_spelled_out_where_the_summary_first_uses_it():
    """Distant reading 9065: "RMSF is a potentially fatal tick-borne disease ...", and nothing before
    it in the summary says what RMSF is; the article defined it ("Rocky Mountain Spotted Fever
    (RMSF)") in a sentence the summary left out. The first use is spelled out and the defining
    sentence cited. Its twins: a summary that spelled it out before keeps the acronym, a quotation
    keeps its words, and an acronym no article defines stays as written."""
    from storylens.select import _defined, _spelled

    article = one_article("Rocky Mountain Spotted Fever (RMSF) killed a girl in Texas, her family said. "
                          "RMSF is a potentially fatal tick-borne disease caused by a bacterium. "
                          "\"RMSF is rare,\" said Dr. Ann Lee. The CDC keeps count of the cases.")
    by_id = {article.id: article}
    defined = _defined([article])
    cites = [Cite(article.id, 1)]
    text = _spelled(tidy(article.sentences[1].text), [], cites, by_id, defined)
    assert text.startswith("Rocky Mountain Spotted Fever (RMSF) is a potentially fatal")
    assert Cite(article.id, 0) in cites
    told = [Cited("Rocky Mountain Spotted Fever (RMSF) killed a girl in Texas.", [Cite(article.id, 0)])]
    assert _spelled(article.sentences[1].text, told, [Cite(article.id, 1)], by_id, defined).startswith("RMSF is")
    quoted = article.sentences[2].text
    assert _spelled(quoted, [], [Cite(article.id, 2)], by_id, defined) == quoted
    plain = article.sentences[3].text
    assert _spelled(plain, [], [Cite(article.id, 3)], by_id, defined) == plain


def test_a_quotation_run_on_from_a_sentence_naming_its_speaker_is_not_attributed_twice():
    """Distant reading 9065: 'Trump responded at the time by tweeting: "A sketch years later about a
    nonexistent man. A total con job ...!" Trump said.' — the tweet's second sentence, read alone,
    was given "Trump said", and joined to the first it said so twice. Its twins: a passage whose
    first part does not name the speaker keeps the attribution, and so does one its article wrote."""
    from storylens.select import run_on

    text = ("Trump responded at the time by tweeting: \"A sketch years later about a nonexistent man. A total con "
            "job, playing the media for fools!\" The sketch was shown on Monday.")
    by_id = {a.id: a for a in digest(read_text(text), analyse=False).articles}
    first, second = by_id["a1"].sentences[:2]
    assert second.text.startswith("A total con job")
    said = '"A total con job, playing the media for fools!" Trump said.'
    (passage,) = run_on([Cited(tidy(first.text), [Cite("a1", 0)]), Cited(said, [Cite("a1", 1)])], by_id)
    assert passage.text == "Trump responded at the time by tweeting: \"A sketch years later about a nonexistent " \
                           "man. A total con job, playing the media for fools!\""
    unnamed = ("The president responded at the time: \"A sketch years later about a nonexistent man. A total con "
               "job, playing the media for fools!\" The sketch was shown on Monday.")
    by_id = {a.id: a for a in digest(read_text(unnamed), analyse=False).articles}
    first = by_id["a1"].sentences[0]
    (passage,) = run_on([Cited(tidy(first.text), [Cite("a1", 0)]), Cited(said, [Cite("a1", 1)])], by_id)
    assert passage.text.endswith("fools!\" Trump said.")


def test_a_surname_with_particles_is_named_again_with_them():
    """Distant reading 9065: "Toro joined the Wisconsin National Guard", for Sergio Daniel Valencia
    del Toro, named before. The surname keeps the particles written before it, with a capital when
    it opens the sentence. Its twins: a particle that is the name's first word is a given name ("Al
    Gore" is Gore), and a name without one is its last word."""
    from storylens.references import short_name, with_name

    assert short_name("Sergio Daniel Valencia del Toro") == "del Toro"
    assert short_name("Hervé Le Bras") == "Le Bras"
    assert short_name("Al Gore") == "Gore"
    assert short_name("Barack Obama") == "Obama"
    assert with_name("He joined the Wisconsin National Guard in March 2015.", "Sergio Daniel Valencia del Toro",
                     known=True) == "Del Toro joined the Wisconsin National Guard in March 2015."


def test_a_person_is_told_by_what_they_did_before_the_story():
    """Distant reading 9061: quotations from people the summary never says who they are. A clause
    after the name telling of their work ("Robert Smith, who published the original diary in
    1993,") tells the reader who they are, as an apposition does. Its twins: "who said ..." says
    nothing more, and "who was arrested" is what the story did to them."""
    from storylens.select import _description_of

    def described(sentence: str) -> str | None:
        text = sentence + " \"Barrett had a highly impetuous nature,\" Smith said."
        by_id = {a.id: a for a in digest(read_text(text), analyse=False).articles}
        found = _description_of("Robert Smith", by_id)
        return found[0] if found else None

    assert described("Robert Smith, who published the original diary in 1993, spoke on Monday.") == \
        "who published the original diary in 1993"
    assert described("Robert Smith, who said the diary was real, spoke on Monday.") is None
    assert described("Robert Smith, who was arrested in 1993, spoke on Monday.") is None


def test_a_person_described_as_the_subject_after_an_opening_phrase_leans_back():
    """Distant reading 9065: the summary and its headline opened on "Midway through her 18-song set,
    the six-time Grammy winner, 31, played the new track for the first time" — neither the singer,
    the song nor the festival named; the sentence before names Lady Gaga. A main subject that
    describes a person with "the" after an opening phrase leans back as one opening the sentence
    does ("The rapper ..."). Its twins: a sentence that names the person, and one whose subject is
    a name, read alone."""
    article = one_article("Lady Gaga shocked fans when she announced her new single at Coachella on Saturday. "
                          "Midway through her 18-song set, the six-time Grammy winner, 31, played the new track for "
                          "the first time. Midway through her set, the singer Lady Gaga played a new track. "
                          "On Sunday, Beyonce announced a tour of Europe.")
    readings = [read(s, article) for s in article.sentences]
    assert readings[1].leans_back and readings[1].noun == "winner"
    assert not readings[2].leans_back
    assert not readings[3].leans_back
    # A quotation's speaker is the quotes list's to resolve: the sentence still reads alone (a fact
    # two outlets give, "... top priority at Crayola," the company said on its website, stays one).
    from storylens.references import _described_subject

    quoted = one_article("\"As the manufacturer of children's products, safety is our top priority at Crayola,\" the "
                         "company said on its website.")
    assert _described_subject(quoted.sentences[0].doc, lambda token: True) is None


def test_a_journals_reference_and_a_photo_credit_after_the_sentence_are_tidied_out():
    """Distant reading 9067: "... negative symptoms. Clin. Anat. 28:551–556, 2015." (a paper's
    reference the splitter ran on to its last sentence) and "... a money-grubbing official. (Ben
    Lovejoy)" (a photo's credit) in summaries. Their twins: a name in brackets inside the sentence,
    a bracketed word after it, and a reference inside the sentence stay."""
    assert tidy("L2D:4D could indicate the severity of negative symptoms. Clin. Anat. 28:551–556, 2015.") == \
        "L2D:4D could indicate the severity of negative symptoms."
    assert tidy("A mailer depicts his opponent as a money-grubbing official. (Ben Lovejoy)") == \
        "A mailer depicts his opponent as a money-grubbing official."
    for same in ("The film starred a pilot (John C. Reilly) in the lead.", "He thanked the crowd. (Laughter)",
                 "The study appeared in Nature 512:12-15, 2014 and was praised."):
        assert tidy(same) == same


def test_a_headline_cut_from_the_summarys_second_sentence_is_finished_from_that_sentence():
    """Distant reading 9063: "Scientists have long wanted ..." — a headline taken from the summary's
    second sentence, when the lead gives none, was finished (what its last words wait for, what a
    "but" after them says) from the lead's words, which it is not cut from, so it stayed cut: "Several
    teams made some progress in the past few years". Its twin: a headline cut from the lead is
    finished from the lead."""
    from storylens.select import _contrasted, _cut_source

    lead = Cited("Scientists have long wanted to make sperm and eggs in the laboratory.", [Cite("a1", 0)])
    second = Cited("Several teams made some progress in the past few years but were unable to produce viable "
                   "sperm or eggs.", [Cite("a1", 1)])
    title = "Several teams made some progress in the past few years"
    source = _cut_source(title, [lead, second])
    assert source == second.text.rstrip(".")
    assert _contrasted(title, source) == "Several teams made some progress in the past few years but were " \
                                         "unable to produce viable sperm or eggs"
    assert _cut_source("Scientists have long wanted to make sperm and eggs", [lead, second]) == lead.text.rstrip(".")


def test_a_headline_is_not_cut_inside_a_name_or_an_attribution():
    """Dev digests of 2026-12-07 (with a lead pool tried and undone): "... in Detroit, the Wayne State"
    (the last five words of a longer attribution taken off as if they were all of it) and "...
    Israel's president Yitzhak Ben" (cut at the hyphen of Ben-Zvi)."""
    from storylens.select import _bare, complete_prefix, main_clause

    wayne = ("A Wayne State University police officer has died after he was shot in the head Tuesday night in "
             "Detroit, the Wayne State University police Chief Tony Holt confirmed.")
    assert not (complete_prefix(wayne, 24, strict=True) or "").endswith("Wayne State")
    eichmann = ("High-ranking Nazi Adolf Eichmann requested a pardon from Israel's president Yitzhak Ben-Zvi two "
                "days before he was hanged, rare documents released on Wednesday showed.")
    for limit in (18, 24):
        assert not (main_clause(eichmann, limit) or "").endswith("Ben")
    # Twins: a short attribution after its comma still goes, and a cut after a whole name stands.
    assert _bare("Three people were hurt in the blast, police said.") == "Three people were hurt in the blast"
    assert _bare('He was "blocking traffic," the police chief said Friday.') == 'He was "blocking traffic,"'
    assert main_clause("Police arrested Yitzhak Ben-Zvi in Haifa on Monday.") == \
        "Police arrested Yitzhak Ben-Zvi in Haifa on Monday"


def test_a_person_met_first_with_a_courtesy_title_is_named_in_full_without_it():
    """Distant reading 9071: "Mr Carpentier's invention ..." opened the Carmat summary's second
    sentence, Alain Carpentier named in full only five sentences later ("Mr Carpentier" read as a
    second given name beside "Professor Alain Carpentier", so the full name seemed unsure)."""
    from storylens.references import full_name
    from storylens.select import _renamed

    article = one_article("The heart was designed by Professor Alain Carpentier, a surgeon. Mr Carpentier, 80, "
                          "has worked on it for 30 years. Carpentier said the patient was well.")
    assert full_name("Carpentier", article) == "Alain Carpentier"
    assert _renamed("Mr Carpentier’s invention is claimed to be the first.", "Carpentier", "Alain Carpentier") == \
        "Alain Carpentier’s invention is claimed to be the first."
    # Twins: a title of a profession stays before the full name, and two people of one surname
    # leave the surname as it is.
    assert _renamed("Dr Carpentier’s invention is claimed to be the first.", "Carpentier", "Alain Carpentier") == \
        "Dr Alain Carpentier’s invention is claimed to be the first."
    two = one_article("Hillary Clinton spoke in Ohio on Monday. Bill Clinton spoke in Iowa on Tuesday. Clinton said "
                      "the race was close.")
    assert full_name("Clinton", two) == "Clinton"


def test_a_wire_storys_this_town_names_the_place_its_dateline_gave():
    """Distant reading 9077: "Pope Francis traveled Saturday to this hill town south of Rome" in a
    summary and its headline points at a dateline the digest leaves out. The dateline's place goes
    into the words for it; its twins: a sentence without a dateline keeps "this town", and a dateline
    without such words is only removed."""
    assert tidy("CASTEL GANDOLFO, Italy (AP) — Pope Francis traveled Saturday to this hill town south of Rome "
                "to have lunch with Benedict.") == \
        "Pope Francis traveled Saturday to the hill town of Castel Gandolfo south of Rome to have lunch with Benedict."
    assert tidy("IDAHO FALLS, Idaho - A man in this eastern Idaho city was arrested on Monday.") == \
        "A man in the eastern Idaho city of Idaho Falls was arrested on Monday."
    assert tidy("Residents of this town said they were scared of the floods.") == \
        "Residents of this town said they were scared of the floods."
    assert tidy("LONDON (Reuters) - Britain said on Monday it would act on the report.") == \
        "Britain said on Monday it would act on the report."
    text = ("NEW ORLEANS (AP) — Residents of this Gulf Coast city returned home on Monday after the storm passed.\n\n"
            "The mayor said the levees held and power would be back by Friday.")
    assert "the Gulf Coast city of New Orleans" in digest(read_text(text)).title


def test_a_title_from_an_embedded_post_or_a_quotation_is_not_given_to_a_person():
    """Distant reading 9081: the summary opened on "Presidential Candidate Mitt Romney has announced
    ...", a title taken from a rival's embedded post ("Failed Presidential Candidate Mitt Romney is
    having a news conference ... — Donald J. Trump (@realDonaldTrump)"), years after his race. Titles
    someone writes in a post or says in a quotation are not the articles' own; its twin: a title the
    article writes in its own words is still given."""
    opening = ("Mitt Romney will give a speech on Thursday about the state of the Republican race and its "
               "front-runner.\n\nThe speech will be at the University of Utah in Salt Lake City, aides said on "
               "Wednesday. He was the party's candidate in 2012 and lost to Barack Obama.\n\n")
    posted = ("Trump is not waiting to hear what Romney has to say. He lashed out at Romney on Twitter on Wednesday:"
              "\n\nFailed Presidential Candidate Mitt Romney is having a news conference tomorrow to criticize me. "
              "(1/2) — Donald J. Trump (@realDonaldTrump) March 2, 2016")
    quoted = "\"Presidential Candidate Mitt Romney is a nice man but a loser,\" a Trump aide said on Tuesday."
    own = "Presidential Candidate Mitt Romney spoke in Boston in 2012 about health care."
    assert summary_of(opening + posted)[0].startswith("Mitt Romney will give a speech")
    assert summary_of(opening + quoted)[0].startswith("Mitt Romney will give a speech")
    assert summary_of(opening + own)[0].startswith("Presidential Candidate Mitt Romney will give a speech")


def test_two_quotations_of_one_speaker_next_to_each_other_are_one_attributed_once():
    """Distant reading 9079: a summary gave one person's words in three sentences running, each
    with its own '..., Goodlatte said.' ("the speaker introduced twice"). Two summary sentences that
    are each one quotation with its attribution, from sentences next to each other in their article,
    by one speaker, are one quotation attributed once, citing both. Its twins: two speakers, or
    sentences apart in their article, stay two."""
    from storylens.select import run_on

    text = ('"It was an inappropriate analogy, you know," Tom Corbett said. "A better analogy would have been '
            'brother and sister, don\'t you think?" Corbett said. The mayor left the hall soon after the vote on '
            'Monday. "We will see," Corbett said. "That is not what he meant," Jane Smith said.')
    by_id = {a.id: a for a in digest(read_text(text), analyse=False).articles}
    each = [Cited(s.text, [Cite("a1", s.index)]) for s in by_id["a1"].sentences]
    joined = run_on(each[:2], by_id)
    assert [c.text for c in joined] == ['"It was an inappropriate analogy, you know. A better analogy would have been '
                                        'brother and sister, don\'t you think?" Tom Corbett said.']
    assert joined[0].cites == [Cite("a1", 0), Cite("a1", 1)]
    assert [c.text for c in run_on(each[3:5], by_id)] == [c.text for c in each[3:5]]  # two speakers
    apart = [each[1], each[3]]  # one speaker, a sentence between them in the article
    assert [c.text for c in run_on(apart, by_id)] == [c.text for c in apart]


def test_a_columnists_well_opening_a_sentence_goes_from_the_summary():
    """Distant reading 9081: the headline and lead "Well, Republicans have a convenient sound bite for
    next year's election ..." (a columnist's pause, said to the reader). Its twins: "Well-known" and a
    quotation's "Well," stay."""
    assert tidy("Well, Republicans have a convenient sound bite for next year's election against Obama.") == \
        "Republicans have a convenient sound bite for next year's election against Obama."
    assert tidy("Well-known actor John Smith died on Monday at his home in Maine.") == \
        "Well-known actor John Smith died on Monday at his home in Maine."
    assert tidy('"Well, we will see what the court says," he said on Monday.') == \
        '"Well, we will see what the court says," he said on Monday.'
    article = one_article("Senator Jane Smith spoke on Monday. Well, she said the vote was over for the year.")
    assert read(article.sentences[1], article).leans_back
    # Dev: "Well…. with just a moment of critical analysis, feminists can’t be too happy ..."
    assert tidy("Well…. with just a moment of critical analysis, feminists can’t be too happy about it.") == \
        "With just a moment of critical analysis, feminists can’t be too happy about it."
    assert tidy("Anderson shot and killed himself in the classroom before police arrived.") == \
        "Anderson shot and killed himself in the classroom before police arrived."  # a name, not "And"


def test_a_connective_before_a_quotation_goes_and_the_quotation_opens_with_a_capital():
    """Dev: 'However, "the lesson for parents seems to be that napping after learning may help ...," she
    said.' kept its "However," (the summary's sentence has no contrast to make). Its twins: a word
    with a capital inside stays as written, a quotation's own "But" stays."""
    assert tidy('However, "the lesson for parents seems to be that napping helps," she said.') == \
        '"The lesson for parents seems to be that napping helps," she said.'
    for text, tidied in (("And “we will win this one,” the mayor said.", "“We will win this one,” the mayor said."),
                         ("iPhone sales rose sharply again this year.", "iPhone sales rose sharply again this year."),
                         ('"But we will win this," the mayor said.', '"But we will win this," the mayor said.')):
        assert tidy(text) == tidied


def test_a_quotation_with_no_speaker_right_after_its_speakers_is_shown_with_it():
    """A summary sentence that is only a quotation ('“It shows this market really exists.”'), from
    the sentence after one that names its speaker ('“We had a higher demand ...,” Riana Durrett
    said.'), read alone is a quotation with no speaker: it is one passage with that sentence, and a
    quotation running on from there is not attributed a second time ('"..." Bower said. "That I had
    to choose that ..., " Bower said.'). Its twins: the same quotation apart from its speaker's
    sentence, or after a sentence with no attribution, stays as it was."""
    from storylens.select import run_on

    text = ('"We had a higher demand than everybody initially thought," Riana Durrett said. "It shows this market '
            'really exists." Lines formed for three hours at the stores on Saturday and Sunday. "It is just the '
            'start." Sales were strong, the state said on Monday after the first weekend of legal sales.')
    by_id = {a.id: a for a in digest(read_text(text), analyse=False).articles}
    each = [Cited(s.text, [Cite("a1", s.index)]) for s in by_id["a1"].sentences]
    assert len(each) == 5
    (joined,) = run_on(each[:2], by_id)
    assert joined.text == ('"We had a higher demand than everybody initially thought," Riana Durrett said. '
                           '"It shows this market really exists."')
    assert joined.cites == [Cite("a1", 0), Cite("a1", 1)]
    assert [c.text for c in run_on([each[0], each[3]], by_id)] == [each[0].text, each[3].text]
    assert [c.text for c in run_on(each[2:4], by_id)] == [c.text for c in each[2:4]]
    # The attribution in other words: after the name, with who they are, with how it was said.
    for said in ('said Riana Durrett, the association\'s director.', 'she said in an e-mail on Friday.'):
        other = text.replace("Riana Durrett said.", said)
        by_other = {a.id: a for a in digest(read_text(other), analyse=False).articles}
        pair = [Cited(s.text, [Cite("a1", s.index)]) for s in by_other["a1"].sentences[:2]]
        assert [c.text for c in run_on(pair, by_other)] == [f"{pair[0].text} {pair[1].text}"]
    text = ('"I had to learn that the likes do not reflect much to me," she said. "That I had to choose that, '
            'because I work with brands that tell you the opposite.\nI read an article about how to grow your '
            'Instagram that tells you the opposite."\nKrista Bower posted the picture on Monday.')
    by_id = {a.id: a for a in digest(read_text(text), analyse=False).articles}
    parts = [Cited('"I had to learn that the likes do not reflect much to me," Bower said.', [Cite("a1", 0)]),
             Cited('"That I had to choose that, because I work with brands that tell you the opposite."',
                   [Cite("a1", 1)]),
             Cited('"I read an article about how to grow your Instagram that tells you the opposite," Bower said.',
                   [Cite("a1", 2)])]
    (passage,) = run_on(parts, by_id)
    assert passage.text.count("Bower said") == 1 and passage.text.endswith('tells you the opposite."')


def test_a_pronoun_speaker_of_a_quotation_that_leans_back_is_still_named():
    """Distant readings 9079 and 9081 met '“This should be decided publicly,” he said.' and '..., he
    told Davis.' in summaries after sentences about someone else. A quotation whose words point back
    ("This ...") and whose speaker is a pronoun still comes with the sentence before, and its speaker
    is named where the summary shows it. Its twins: a sentence with a name already, and a "she"
    beside the surname of another (Monica Conyers telling her son) named in full."""
    from storylens.select import named, spoken

    article = one_article("Michael Avenatti, the lawyer for Stephanie Clifford, spoke outside the court on Friday. "
                          "“This should be decided publicly,” he said.")
    reading = read(article.sentences[1], article)
    assert reading.leans_back and reading.pronoun_speaker
    # The speaker the quotes list found for it (:func:`storylens.quotes.find_quotes`).
    reading = spoken(reading, article.sentences[1], {(article.id, 1): "Michael Avenatti"})
    before = [Cited("Michael Avenatti spoke outside the court on Friday.", [Cite(article.id, 0)])]
    text = named(article.sentences[1].text, reading, before, [Cite(article.id, 1)], {article.id: article})
    assert text == "“This should be decided publicly,” Avenatti said."
    article = one_article("Monica Conyers flew into Houston on Thursday to see her son Carl Conyers. She recalled "
                          "telling Conyers \"That I love him and that I am sorry for whatever happened to him.\"")
    reading = spoken(read(article.sentences[1], article), article.sentences[1], {(article.id, 1): "Monica Conyers"})
    before = [Cited(article.sentences[0].text, [Cite(article.id, 0)])]
    text = named(article.sentences[1].text, reading, before, [Cite(article.id, 1)], {article.id: article})
    assert text.startswith("Monica Conyers recalled telling Conyers")


def test_a_term_in_lower_case_the_article_abbreviates_is_spelled_out_too():
    """Distant reading 9075: "The predictive power of the AI was estimated ..." in a summary whose
    article defined "asymmetry index (AI)", a term in lower case the acronym rule did not read. Its
    twins: words whose initials are not the acronym's ("the song (OK)") define nothing."""
    from storylens.select import _defined, _spelled

    article = one_article("The right-hand asymmetry index (AI) was measured in 103 patients at the clinic. "
                          "The predictive power of the AI was estimated by an analysis of its curve. "
                          "A new song (OK) was played at the start of every session of the study.")
    by_id = {article.id: article}
    defined = _defined([article])
    assert "OK" not in defined
    cites = [Cite(article.id, 1)]
    text = _spelled(tidy(article.sentences[1].text), [], cites, by_id, defined)
    assert text == "The predictive power of the asymmetry index (AI) was estimated by an analysis of its curve."
    assert Cite(article.id, 0) in cites
    # The term said before without its acronym does not say what "the AI" is; said with it, it does.
    for told, spelled in (("Asymmetry index showed moderate power, the authors said.", True),
                          ("The asymmetry index (AI) was measured in 103 patients.", False)):
        before = [Cited(told, [Cite(article.id, 0)])]
        text = _spelled(tidy(article.sentences[1].text), before, [Cite(article.id, 1)], by_id, defined)
        assert ("asymmetry index (AI)" in text) is spelled


def test_a_headline_runs_long_rather_than_leave_out_what_the_story_turns_on():
    """No headline of up to 24 words keeps the brother and the roof the article goes on about: the
    lead's whole main clause (25 words) is the headline, not "A 20-year-old man has been charged
    with murder" (distant reading 9085). Its twin, an article that says no more of the brother or
    the roof, keeps the short headline."""
    lead = ("A 20-year-old man has been charged with murder after telling police he threw his four-year-old "
            "brother off the roof of the family's seven-story apartment building.\n\n")
    rest = "The brother, 4, was found on a landing below the roof.\n\nThe man was arrested at the scene."
    title = digest(read_text(lead + rest), analyse=False).title
    assert title.startswith("A 20-year-old man has been charged with murder after telling police he threw his")
    rest = "The man was arrested at the scene on Sunday.\n\nHe is to appear in court on Monday."
    assert digest(read_text(lead + rest), analyse=False).title == "A 20-year-old man has been charged with murder"


CELEBRITIES = """Business ownership is the latest must-have among women on the A-List. Stars including Halle Berry, \
Nicki Minaj and Drew Barrymore have launched businesses in recent years that sell lingerie, bubbly wine and lip gloss.

Here are some celebs that are cashing in on their star power:

Halle Berry, Scandale Paris

The Oscar winner's line of $7 panties and $18 bras went on sale at Target stores last year. Berry wants to expand \
the brand into swimsuits and nightgowns, but first, Scandale Paris lingerie will be sold in more stores this year.

More info: http://scandale.com/

Nicki Minaj, Myx Fusions

The "Anaconda" rapper co-owns bubbly moscato maker Myx Fusions with Mona Scott-Young, the producer of the "Love & \
Hip Hop" reality TV series on VH1. Myx Fusions Moscato comes in single-serve bottles and in three flavors.

More info: http://myxfusions.com/
"""


def test_a_sentence_under_a_removed_heading_does_not_lean_on_the_paragraph_above():
    """The name lines of a list of celebrities go as page furniture: "The 'Anaconda' rapper" under
    "Nicki Minaj, Myx Fusions" is not the Halle Berry of the paragraph above (distant reading 9091).
    Its twin: under a removed link, a paragraph goes on from the one above as before."""
    from storylens.clean import clean_all

    cleaned = clean_all(read_text(CELEBRITIES))[0]
    assert "Nicki Minaj, Myx Fusions" in cleaned.removed
    summary = digest(read_text(CELEBRITIES), analyse=False).summary
    assert summary and not any("rapper" in s.text for s in summary)
    twin = CELEBRITIES.replace("Nicki Minaj, Myx Fusions\n\n", "").replace("Halle Berry, Scandale Paris\n\n", "")
    assert not any(clean_all(read_text(twin))[0].under_heading)


def test_a_headline_keeps_the_year_its_lead_opens_on():
    """A lead opening on a year or a decade tells old news: "In 1994 the National Football League
    initiated ..." cut to its main clause read as news of today (distant readings 9063, 9101). Its
    twins: a day told from the article's date still goes, and so does an opening place."""
    from storylens.select import main_clause

    raid = "Police arrested five men in the raid on the party's headquarters"
    leads = {
        "In 1994 the National Football League initiated a study of mild brain injury, a program that ran for years.":
            "In 1994 the National Football League initiated a study of mild brain injury",
        'In the 1990s, when the "old-technology" steel industry was failing, Bain Capital helped build a new steel '
        "company.": "In the 1990s, Bain Capital helped build a new steel company",
        "On Tuesday, police arrested five men in the raid on the party's headquarters.": raid,
        "In Karachi, police arrested five men in the raid on the party's headquarters.": raid,
    }
    assert {lead: main_clause(lead) for lead in leads} == leads


def test_a_lead_with_no_short_headline_gives_its_main_clause_at_a_long_headlines_length():
    """A lead whose main clause runs past a short headline's length was cut to "... won the $50,000
    Scientific American Science in Action Award in August for his invention" (of what?), or its
    headline came from a later sentence ("L. Lin Wood branded the program as ...", distant readings
    9071 to 9097): the main clause at a long headline's length comes first. Its twins: a long main
    clause is not cut where a phrase of its noun would read as another's ("a rare bout [with icy
    weather], with the ... Weather Service predicting"), nor inside a relative clause ("... hedge
    fund, whose boss's wealth")."""
    from storylens.select import LONG_HEADLINE_WORDS, main_clause

    lead = ("Fifteen-year-old Kenneth Shinozuka of New York City won the $50,000 Scientific American Science in "
            "Action Award in August for his invention of a wearable sensor for Alzheimer's patients.")
    text = (lead + " The prize, part of the Google Science Fair, recognizes a teen for an innovation that can make "
            "a practical difference.\n\n|||||\n\nKenneth Shinozuka designed a wearable sensor for his grandfather, "
            "who has Alzheimer's disease. The sensor alerts a caregiver when a patient gets out of bed. Shinozuka won "
            "the award for the sensor in August.")
    assert digest(read_text(text), analyse=False).title == lead.rstrip(".")
    bout = ("Savannah is shivering through a rare bout with icy weather, with the National Weather Service "
            "predicting that up to 2 inches of snow and sleet could fall Wednesday on the typically balmy city.")
    assert "bout with the National Weather Service" not in (main_clause(bout, LONG_HEADLINE_WORDS) or "")
    fund = ("The Internal Revenue Service is demanding a whopping $7 billion or more in back taxes from the world's "
            "most profitable hedge fund, whose boss's wealth and cyber savvy helped Donald Trump into the White House.")
    assert not (main_clause(fund, LONG_HEADLINE_WORDS) or "").endswith("wealth")


def test_a_caption_stamped_with_a_full_date_is_no_summary_sentence():
    """Captions left in the text that the present tense of a named person does not give away: with
    no verb ("Donald Trump before opening the Nasdaq on September 20, 2005."), in the present passive
    ("E85 ethanol fuel is pumped into a vehicle ... on Dec. 6, 2007."), or placing people in the
    picture (", center left,", distant reading 9103 met one in a summary). Their twins: reports of
    a dated day in the past tense, a passive that goes on ("is expected to take effect on ..."), and
    a date a thing lasts until."""
    article = one_article("Donald Trump before opening the Nasdaq on September 20, 2005.\n\nE85 ethanol fuel is "
                          "pumped into a vehicle at a gas station in Nevada, Iowa, on Dec. 6, 2007.\n\nCEO Brian "
                          "Kelley, center left, and Mark Wood cut the ribbon to open the first store in Burlington, "
                          "Mass., on Nov. 8, 2013.\n\nAuthorities said Andrea Kuiper was struck by two vehicles on "
                          "April 1, 1990.\n\nThe ban is expected to take effect on Jan. 1, 2016.\n\nThe museum is "
                          "closed to visitors until June 1, 2016.")
    assert [read(s, article).usable for s in article.sentences] == [False, False, False, True, True, True]


def test_a_headline_keeps_what_its_subject_did_next():
    """Distant reading 9075: "U.S. officials lobbied China, Russia and Japan" left out what the lead
    goes on to say they did ("and suspended a food-aid plan for North Korea following the death of the
    country's leader"), which is the news (a paired reading, 9113, preferred the headlines with it in 6
    of the 8 dev clusters it changes, the one without it in 1). Its twins: a second act too long for a
    headline's length makes no headline of that length (a longer one is taken); a verb the parser joined
    to a participle ("A woman struck and killed by two vehicles ... has been identified") makes none; a
    verb with a subject of its own is another clause."""
    from storylens.select import main_clause

    cannes = ("A man rushed onto the red carpet at the Cannes Film Festival and dove beneath the dress of actress "
              "America Ferrera.")
    assert main_clause(cannes, 24) == \
        "A man rushed onto the red carpet at the Cannes Film Festival and dove beneath the dress of actress " \
        "America Ferrera"
    assert main_clause(cannes) is None
    assert main_clause("U.S. officials aggressively lobbied China, Russia and Japan and suspended a food-aid plan for "
                       "North Korea following the death of the country's leader.", 24) == \
        "U.S. officials lobbied China, Russia and Japan and suspended a food-aid plan for North Korea following " \
        "the death of the country's leader"
    assert main_clause("A woman struck and killed by two vehicles 27 years ago in Huntington Beach has been "
                       "identified, officials announced Thursday morning.", 24) is None
    assert main_clause("The mayor opened the new bridge on Monday and the governor cut the ribbon.") == \
        "The mayor opened the new bridge on Monday"


def test_a_person_named_in_full_before_is_named_again_by_surname():
    """Readings 9071 and 9079: '"...," Oliver Ryder, director of genetics, said.' then '"...," said
    Oliver Ryder, director of genetics, Kleberg Chair, San Diego Zoo Institute for Conservation
    Research.' (a repeat to the reader). Twins: a person not named before, a given name that is no
    surname ("Mona Lisa"), a name that says nothing ("the Trayvon Martin shooting") and a surname two
    people share stay as they are."""
    from storylens.select import _named_again

    article = one_article(
        "“The Soviet Army was there, and so was this group of rhinos,” said Oliver Ryder, director of genetics, "
        "Kleberg Chair, San Diego Zoo Institute for Conservation Research. "
        "“Some stores report the need for delivery within days,” said department spokeswoman Stephanie Klapstein "
        "in an email Friday. "
        "“If they read our book, it would change,” Mona Lisa said. "
        "The Trayvon Martin shooting caused national outrage. "
        "“You are a patriot,” Bobby Goodlatte said. Bob Goodlatte is his father.")
    by_id = {article.id: article}
    ryder, klapstein, mona, martin, bobby = article.sentences[:5]
    named = [Cited(text="“I met Nola in 1986,” Oliver Ryder, director of genetics, said.", cites=[]),
             Cited(text="“We are out of stock,” Stephanie Klapstein said.", cites=[]),
             Cited(text="“We wrote a book,” Mona Lisa said.", cites=[]),
             Cited(text="Trayvon Martin was shot in February.", cites=[]),
             Cited(text="Bobby Goodlatte gave money to his father's rival.", cites=[])]
    assert _named_again(ryder.text, [ryder], named, by_id) == \
        "“The Soviet Army was there, and so was this group of rhinos,” said Ryder."
    assert _named_again(klapstein.text, [klapstein], named, by_id) == \
        "“Some stores report the need for delivery within days,” said Klapstein in an email Friday."
    assert _named_again(ryder.text, [ryder], [], by_id) == ryder.text
    for sentence in (mona, martin, bobby):
        assert _named_again(sentence.text, [sentence], named, by_id) == sentence.text


def test_a_headline_keeps_the_scope_of_a_first_or_a_most():
    """ "for the first time [in decades]" says something else cut short (distant reading 9099): the
    phrase that bounds a first, last or superlative stays with it, or the cut is not made."""
    from storylens.select import complete_prefix

    lead = ("The chairman of the Senate Intelligence Committee promised a total review of all U.S. spying programs "
            "for the first time in decades, and said she expected that the White House would end all spying on "
            "leaders.")
    cut = complete_prefix(lead)
    assert cut is None or cut.endswith("in decades")
    # Its twin: a phrase after a noun with no first or most to bound may still go.
    cut = complete_prefix(lead.replace("the first time in decades", "the next session in Congress"))
    assert cut and cut.endswith("spying programs for the next session")


def test_a_determiner_that_points_back_points_at_its_own_noun():
    """ "Another police official confirmed the incident." needs an official told before, not police
    (distant reading 9111 found it after "police said" alone)."""
    article = one_article("An enraged mob beat a couple to death on Tuesday, police said. Another police official "
                          "confirmed the incident. Both men were later arrested.")
    readings = [read(s, article) for s in article.sentences]
    assert readings[1].leans_back and readings[1].noun == "official"
    # Its twin: "both" still points at no one noun the summary could have said.
    assert readings[2].leans_back and readings[2].noun is None


def test_a_first_sentence_pointing_at_a_place_it_has_no_dateline_for_leans_back():
    """ "Pope Francis traveled Saturday to this hill town south of Rome ..." with no dateline above it
    names no place (distant reading 9119 found it as the headline)."""
    article = one_article("Pope Francis traveled Saturday to this hill town south of Rome to have lunch with "
                          "Benedict. The two men embraced on the helipad.")
    assert read(article.sentences[0], article).leans_back
    # Its twin: under a dateline it is the dateline's town.
    article = one_article("CASTEL GANDOLFO, Italy (AP) — Pope Francis traveled Saturday to this hill town south "
                          "of Rome to have lunch with Benedict. The two men embraced on the helipad.")
    assert not read(article.sentences[0], article).leans_back


def test_a_sentence_sending_the_reader_to_a_web_address_is_furniture():
    """ "... is available from www.mangobooks.co.uk from September 4." (distant readings 9069 to
    9083 found it closing a summary)."""
    article = one_article("The diary was found in 1992. A limited edition of the book is available from "
                          "www.mangobooks.co.uk from September 4. Police said the diary was a fake. Demoski spoke "
                          "to KTUU-TV (http://bit.ly/1QPO4MH ), saying he was driving home.")
    readings = [read(s, article) for s in article.sentences]
    assert not readings[1].usable
    # Its twin: AP's link in brackets after an outlet leaves the report usable.
    assert readings[3].usable
