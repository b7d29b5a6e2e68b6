"""Entities merged across a cluster, through the real annotation: the names news articles use."""

from __future__ import annotations

from storylens.entities import clean_mention, key_of, merge
from storylens.ingest import read_text
from storylens.model import Article, Sentence, Span
from storylens.pipeline import digest


def groups(text: str) -> list[tuple[str, set[str]]]:
    """(type, variants) of every merged entity of ``text``."""
    return [(e.type, set(e.variants)) for e in merge(digest(read_text(text), analyse=False).articles)]


def test_a_city_is_not_merged_with_a_person_spelled_alike():
    found = groups("Police in Dayton, Ohio, are searching for a man. Detective Mark Deaton said the man was "
                   "armed. Deaton said officers in Dayton had closed two roads.")
    assert not any({"Dayton", "Deaton"} <= variants for _, variants in found)
    # Its twin: the detective's surname still joins his full name.
    assert any({"Mark Deaton", "Deaton"} <= variants for _, variants in found)


def test_a_company_is_not_merged_with_a_place_whose_name_begins_like_it():
    found = groups("Amazon said it would open a warehouse near Manaus, in the state of Amazonas. "
                   "Amazon shares rose in New York.")
    assert not any({"Amazon", "Amazonas"} <= variants for _, variants in found)


def test_a_surname_the_tagger_calls_a_place_joins_the_person():
    found = groups("Sprint chief executive Dan Hesse spoke on Monday. Speaking to a roundtable of bloggers and "
                   "reporters last month, Hesse acknowledged that data traffic could eventually be an issue.")
    assert ("PERSON", {"Dan Hesse", "Hesse"}) in found


def test_accents_and_articles_do_not_keep_one_name_apart():
    found = groups("Rep. Raúl Grijalva opposed the deal on Sunday.\n\n|||||\n\nRaul Grijalva said al-Qaida "
                   "was not the issue. Al Qaeda has been weakened, he said.")
    assert any({"Raúl Grijalva", "Raul Grijalva"} <= variants for _, variants in found)
    assert any({"al-Qaida", "Al Qaeda"} <= variants for _, variants in found)


def test_abbreviations_defined_in_brackets_or_left_untagged_join_their_name():
    found = groups("Fortunately, more data is what scientists with the Imaging Magma Under St Helens (iMUSH) "
                   "project are now collecting. The Alex Lowe Charitable Foundation thanked donors. Since the "
                   "earthquake, ALCF was able to mobilize immediately.")
    assert any("iMUSH" in variants and any("Imaging Magma" in v for v in variants) for _, variants in found)
    assert any({"ALCF", "Alex Lowe Charitable Foundation"} <= variants for _, variants in found)


def test_media_named_as_sources_are_not_people():
    found = groups("The singer announced the news on Twitter on Monday. Fans reacted on Twitter within minutes. "
                   "The police said the case was closed, Dawn reported. Smith said the raid was illegal.")
    types = {next(iter(v)): t for t, v in found if len(v) == 1}
    assert types["Twitter"] != "PERSON" and types["Dawn"] != "PERSON"
    assert types["Smith"] == "PERSON"  # its twin: a person who speaks stays a person


def test_a_dateline_glued_to_a_name_is_cleaned():
    assert clean_mention("CNN)Pakistani Armed Forces") == "Pakistani Armed Forces"
    assert clean_mention("the Muttahida Qaumi Movement (MQM)") == "Muttahida Qaumi Movement (MQM)"
    assert key_of("Raúl") == "raul"
    found = groups("Islamabad, Pakistan (CNN)Pakistani Armed Forces paramilitary personnel stormed the "
                   "headquarters of the party on Wednesday.")
    assert not any(v.startswith("CNN)") for _, variants in found for v in variants)


def test_a_father_and_a_son_of_one_name_stay_apart():
    found = groups("DeOrr Kunz Sr. said his son DeOrr Kunz Jr. was last seen on Friday. "
                   "Kunz Sr. said the search would go on.")
    assert not any({"DeOrr Kunz Sr.", "DeOrr Kunz Jr."} <= variants for _, variants in found)
    assert any({"DeOrr Kunz Sr.", "Kunz Sr."} <= variants for _, variants in found)
    # Its twin: a suffix alone, with no other generation in the cluster, is the same person.
    assert ("PERSON", {"Keith Knowles", "Keith Knowles Jr."}) in groups(
        "Keith Knowles Jr. turned himself in on Sunday. Keith Knowles was booked into jail.")


def test_two_places_spelled_alike_stay_two_places():
    found = groups("Sweden topped the index, ahead of Ireland and Finland.\n\n|||||\n\n"
                   "Iceland came fifth in the index, and Ireland came second.")
    assert not any({"Ireland", "Iceland"} <= variants for _, variants in found)
    # Its twin: a person's surname spelled two ways is still one person.
    twin = groups("Colonel Tahir Mehmood spoke to reporters.\n\n|||||\n\n"
                  "Colonel Tahir Mahmood said weapons were found.")
    assert any({"Tahir Mehmood", "Tahir Mahmood"} <= variants for _, variants in twin)


def test_a_place_abbreviation_is_not_a_company_with_those_initials():
    found = groups("Universal Studios opened a new park in Orlando. Visitors from across the U.S. came, and "
                   "attendance in the U.S. rose by a tenth.\n\n|||||\n\nUniversal Studios said the U.S. market grew.")
    assert not any({"Universal Studios", "U.S."} <= variants for _, variants in found)
    # Its twins, abbreviations of bodies joining their names, are the test above on brackets and
    # untagged abbreviations, and the example's MQM in tests/test_analysis.py.


def test_a_name_printed_with_a_space_or_a_legal_suffix_is_one_name():
    found = groups("Planes were diverted to La Guardia on Monday.\n\n|||||\n\nFlights left LaGuardia on Tuesday. "
                   "Kellogg Co. said sales fell on Monday.\n\n|||||\n\nKellogg reported a loss on Monday.")
    assert any({"La Guardia", "LaGuardia"} <= variants for _, variants in found)
    assert any({"Kellogg Co.", "Kellogg"} <= variants for _, variants in found)


def test_a_quoted_word_glued_to_a_name_by_the_tagger_is_cut_off():
    found = groups('The fan film was directed by Juan Ortiz "Axanar is not for sale," the studio said. '
                   "Axanar raised a million dollars. Alec Peters made Axanar.")
    assert not any("Axanar" in variants and any("Ortiz" in v for v in variants) for _, variants in found)
    assert any("Juan Ortiz" in variants for _, variants in found)
    # Its twin: a nickname in quotation marks inside a name stays part of it.
    found = groups('The sailor, James "Derek" Lovelace, died on Monday. Lovelace was 26.')
    assert any({'James "Derek" Lovelace', "Lovelace"} <= variants for _, variants in found)


def test_a_photo_credit_is_not_merged_with_the_agencies_it_names():
    found = groups("Actress Viola Davis attends the premiere. (Photo by Matt Sayles/Invision/AP) The AP "
                   "reported the news first. The Associated Press said more.")
    assert not any("AP" in variants and any("Sayles" in v for v in variants) for _, variants in found)
    assert any({"AP", "Associated Press"} <= variants for _, variants in found)  # its twin


def test_two_people_coordinated_in_one_span_are_two_entities():
    found = groups("Stars Tina Fey and Eva Longoria attended the gala. Longoria wore red.")
    assert not any(any("Fey" in v and "Longoria" in v for v in variants) for _, variants in found)
    assert any({"Eva Longoria", "Longoria"} <= variants for _, variants in found)
    # Its twin: a company named for two people is one name.
    found = groups("Procter and Gamble said sales rose. Johnson & Johnson said sales fell.")
    assert any("Procter and Gamble" in variants for _, variants in found)


def test_a_city_before_a_title_is_no_person_named_with_the_title():
    found = groups("Hobart Lord Mayor Ron Christie opened the festival in Hobart on Friday. Christie said "
                   "Hobart was ready.")
    assert not any(any(v.startswith("Hobart Lord") for v in variants) for _, variants in found)
    assert any({"Ron Christie", "Christie"} <= variants for _, variants in found)
    # Its twin: a surname that is also a title word ends a name that no title follows.
    found = groups("Walter Lord said he wrote the book in 1955. The historian Walter Lord died in 2002.")
    assert any("Walter Lord" in variants for _, variants in found)


def tagged(*sentences: tuple[str, list[tuple[str, str]]]) -> list[tuple[str, set[str]]]:
    """(type, variants) of the entities merged from sentences with the tagger's spans given."""
    built = []
    for i, (text, spans) in enumerate(sentences):
        entities = [Span(name, label, text.index(name), text.index(name) + len(name)) for name, label in spans]
        built.append(Sentence(article="a1", index=i, text=text, paragraph=i, entities=entities))
    return [(e.type, set(e.variants)) for e in merge([Article(id="a1", sentences=built)])]


def test_a_surname_two_people_bear_joins_neither():
    # The tagger called Viola Davis a person once and an organisation twice: she still bears the name.
    found = tagged(("Viola Davis won the award.", [("Viola Davis", "PERSON")]),
                   ("Viola Davis's company made the film.", [("Viola Davis", "ORG")]),
                   ("Viola Davis thanked the cast.", [("Viola Davis", "ORG")]),
                   ("Sammy Davis sang in 1960.", [("Sammy Davis", "PERSON")]),
                   ("Davis said she was thrilled.", [("Davis", "PERSON")]))
    assert not any("Davis" in variants for _, variants in found if len(variants) > 1)
    # Its twin: with one Davis in the cluster, the surname joins him.
    found = tagged(("Sammy Davis sang in 1960.", [("Sammy Davis", "PERSON")]),
                   ("Davis said he was thrilled.", [("Davis", "PERSON")]))
    assert ("PERSON", {"Sammy Davis", "Davis"}) in found


def test_a_surname_spelled_one_letter_otherwise_is_another_person():
    found = groups("The Kellers said Greg Kelley was innocent. Kelley was released. Keller said the family "
                   "was relieved.")
    assert not any({"Kelley", "Keller"} <= variants or {"Greg Kelley", "Kellers"} <= variants
                   for _, variants in found)
    # Its twin: two letters swapped by a slip of the keyboard are still the same person.
    found = tagged(("Governor Rick Snyder signed the bill.", [("Rick Snyder", "PERSON")]),
                   ("Sndyer said it would help.", [("Sndyer", "PERSON")]))
    assert ("PERSON", {"Rick Snyder", "Sndyer"}) in found


def test_a_description_beside_a_name_is_not_a_variant():
    """ "Mercer, the onetime employee", "Potter ... the president": a description beside a name
    is often of someone else; only names are variants."""
    found = groups("Jane Mercer, the onetime employee, spoke on Monday. George Little, the Pentagon press "
                   "secretary, said the raid worked.")
    assert not any(v.startswith("the ") for _, variants in found for v in variants)
    assert {"Jane Mercer", "George Little"} <= {v for _, variants in found for v in variants}


def test_abbreviations_spacing_and_websites_join_their_name():
    found = groups("Scientists at the American Museum of Natural History (AMNH.org) found it. The Natural History "
                   "Museum in London disagreed. The UN Human Rights Council met on Monday. The United Nations "
                   "Human Rights Council voted. The UN Security Council did not.")
    assert any({"American Museum of Natural History", "AMNH"} <= variants for _, variants in found)
    assert any({"UN Human Rights Council", "United Nations Human Rights Council"} <= variants for _, variants in found)
    # Its twins: another museum and another council keep their own names.
    assert not any({"Natural History Museum", "AMNH"} <= variants for _, variants in found)
    assert not any(any("Security" in v for v in variants) and "United Nations Human Rights Council" in variants
                   for _, variants in found)


def test_a_news_site_is_not_the_place_it_is_named_after():
    found = groups("Officials in New Jersey closed the beaches on Monday, NJ.com reported. New Jersey police said "
                   "the beaches in Newark, NJ would reopen.")
    assert not any({"New Jersey", "NJ.com"} <= variants for _, variants in found)


def test_a_hyphen_between_letter_and_number_does_not_keep_a_model_apart():
    assert key_of("K-5") == key_of("K5") and key_of("F-16") != key_of("F-15")
    found = tagged(("The Knightscope K-5 was knocked over.", [("Knightscope K-5", "PRODUCT")]),
                   ("A second Knightscope K5 was damaged.", [("Knightscope K5", "PRODUCT")]))
    assert ("PRODUCT", {"Knightscope K-5", "Knightscope K5"}) in found


def test_a_call_sign_joins_the_name_written_after_it():
    found = groups("STORRS, Conn. -- A student was hurt. WTNH News 8 spoke to his mother. News 8 later learned "
                   "more. WPXI reported the arrest.")
    assert any({"WTNH", "News 8"} <= variants for _, variants in found)
    # Its twin: a call sign with no name after it is left alone.
    assert not any("WPXI" in variants and len(variants) > 1 for _, variants in found)


def test_an_abbreviation_the_text_writes_before_the_last_word_of_a_name_joins_it():
    found = groups("The cat was found at JFK airport on Monday. He had escaped at John F. Kennedy Airport. "
                   "JFK was closed for an hour. The NBA season opened at Madison Square Garden.")
    assert any({"JFK", "John F. Kennedy Airport"} <= variants for _, variants in found)
    # Its twin: without "JFK airport" in the text, the initials alone could be the president.
    found = groups("He had escaped at John F. Kennedy Airport. JFK was the 35th president.")
    assert not any({"JFK", "John F. Kennedy Airport"} <= variants for _, variants in found)


def test_initials_do_not_join_a_person_whose_surname_the_text_uses_alone():
    # The tagger called the climber a place, as it did in a real cluster.
    found = tagged(("Ueli Steck found the bodies.", [("Ueli Steck", "GPE")]),
                   ("Asked later, Steck said the climb was hard, and Steck left.", []),
                   ("The U.S. embassy was told.", [("U.S.", "GPE")]))
    assert not any({"U.S.", "Ueli Steck"} <= variants for _, variants in found)
    # Its twin: without the surname used alone, the initials still join the name they abbreviate.
    found = tagged(("The United States sent condolences.", [("United States", "GPE")]),
                   ("The U.S. embassy was told.", [("U.S.", "GPE")]))
    assert any({"U.S.", "United States"} <= variants for _, variants in found)


def test_an_abbreviation_two_names_share_or_a_name_begins_with_joins_none():
    found = tagged(("Anaheim Police arrested three men.", [("Anaheim Police", "ORG")]),
                   ("The Associated Press reported the arrests.", [("Associated Press", "ORG")]),
                   ("AP photographers were there.", [("AP", "ORG")]),
                   ("The US Senate voted.", [("US Senate", "ORG")]),
                   ("The US sent aid.", [("US", "GPE")]),
                   ("ALLENTOWN Pa sent aid.", [("ALLENTOWN Pa", "ORG")]))
    assert not any("AP" in variants and len(variants) > 1 for _, variants in found)
    assert not any({"US", "US Senate"} <= variants for _, variants in found)
    # Its twin: with one name it abbreviates, the abbreviation joins it.
    found = tagged(("The Associated Press reported the arrests.", [("Associated Press", "ORG")]),
                   ("AP photographers were there.", [("AP", "ORG")]))
    assert ("ORG", {"AP", "Associated Press"}) in found


def test_two_spellings_of_a_place_in_one_article_are_two_places():
    found = tagged(("Trade deals with Columbia and Panama were signed.", [("Columbia", "GPE")]),
                   ("Colombia welcomed it.", [("Colombia", "GPE")]))
    assert not any({"Columbia", "Colombia"} <= variants for _, variants in found)
    # Its twin: two romanisations of one village, each in its own article, are one place.
    built = [Article(id=f"a{i}", sentences=[Sentence(article=f"a{i}", index=0, text=text, paragraph=0,
                                                      entities=[Span(name, "GPE", text.index(name),
                                                                     text.index(name) + len(name))])])
             for i, (text, name) in enumerate([("Troops shelled Sarmin.", "Sarmin"),
                                               ("Troops entered Sarmeen.", "Sarmeen")], 1)]
    assert any({"Sarmin", "Sarmeen"} <= set(e.variants) for e in merge(built))
