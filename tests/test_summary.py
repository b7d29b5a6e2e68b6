"""A summary a reader can follow: references resolved or avoided, quotations with their speaker,
no repeats, corroborated statements cited from every outlet; facts, a headline, and pages whose
text is only in their structured data."""

from __future__ import annotations

import re

from storylens.annotate import annotate
from storylens.clean import clean
from storylens.ingest import read_html
from storylens.model import RawArticle
from storylens.pipeline import digest
from storylens.references import attributed, quoted_spans, read, with_name
from tests.stories import RAID_A, RAID_B, RAID_C

PRONOUN_OPENING = re.compile(r"^[\"“]?(?:He|She|They|It|This|These|Those|His|Her|Their)\b")


def one_article(text: str):
    return annotate([clean(RawArticle(text=text))])[0]


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


def test_a_time_counted_from_before_leans_back():
    article = one_article("A storm hit the coast on Monday. Just days later, the town flooded. A short while later, "
                          "Phillip Dunn said the dam held. After the storm, residents returned home.")
    leaning = [read(s, article).leans_back for s in article.sentences]
    assert leaning == [False, True, True, False]  # "after the storm" says after what


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
    from storylens.select import main_clause

    assert main_clause("On Tuesday, Pakistani paramilitary troops, who had surrounded the area overnight, raided "
                       "the headquarters of the MQM party in Karachi, officials said.") == \
        "Pakistani paramilitary troops raided the headquarters of the MQM party in Karachi"
    long = main_clause("The 54-year-old artist died in his sleep at his home in Los Gatos on Friday, his family "
                       "said in a statement released by a spokesman.")
    assert long and long.startswith("The 54-year-old artist died") and len(long.split()) <= 14
    assert main_clause("When the storm hit the coast, it destroyed dozens of homes in the town.") is None


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


def test_a_full_name_is_added_once_and_cited_once():
    first = ("President Barack Obama signed the health bill on Monday at the White House, officials said. "
             "Obama said the law would help millions of families pay for care.")
    second = ("Obama signed the health bill on Monday. Critics said it would cost too much, and Republicans "
              "vowed to repeal it next year.")
    result = digest([RawArticle(text=first), RawArticle(text=second)])
    for cited in result.summary:
        assert "Barack Barack" not in cited.text
        assert len(cited.cites) == len(set(cited.cites))
