"""The Markdown and HTML reports: disputes at a glance, outlet names, headline, left-out articles, quotes, times."""

from __future__ import annotations

import re

from storylens.model import Article, Cite, Cited, Claim, Digest, Dispute, Entity, Quote, Sentence
from storylens.render import article_labels, dispute_view, readable_time, to_html, to_markdown, value_key


def article(aid: str, *texts: str, heading: bool = False, **meta) -> Article:
    sentences = [Sentence(aid, i, t, 0, heading=heading and i == 0) for i, t in enumerate(texts)]
    return Article(aid, sentences, **meta)


def arrests() -> Digest:
    """Three outlets that give three different numbers of arrests."""
    articles = [article("a1", "Police arrested 5 people.", source="Al Jazeera"),
                article("a2", "About 20 people were arrested.", source="CNN"),
                article("a3", "At least 27 were arrested.", source="Dawn")]
    claims = [Claim("5", "a1", 0), Claim("about 20", "a2", 0, "officials"), Claim("at least 27", "a3", 0)]
    return Digest(articles=articles, summary=[Cited("Police arrested 5 people.", [Cite("a1", 0)])],
                  disputes=[Dispute("arrests", "number", claims)])


def test_each_topic_has_a_one_line_gist_with_outlet_names():
    digest = arrests()
    assert dispute_view(digest.disputes[0], article_labels(digest)).gist == \
        "5 (Al Jazeera) · about 20 (CNN) · at least 27 (Dawn)"
    md = to_markdown(digest)
    assert "**Arrests**: 5 (Al Jazeera) · about 20 (CNN) · at least 27 (Dawn)" in md
    assert "- about 20 — CNN, officials [a2:0]" in md
    html = to_html(digest)
    gist = re.search(r'<p class="gist">(.*?)</p>', html).group(1)
    assert re.sub(r"<[^>]+>", "", gist) == "5 (Al Jazeera) · about 20 (CNN) · at least 27 (Dawn)"


def test_values_that_agree_are_grouped_whatever_their_case_or_form():
    assert value_key("One") == value_key("one") == value_key("1") == value_key(" one. ")
    assert value_key("five") == value_key("5") and value_key("1,000") == value_key("one thousand")
    assert value_key("at least one") != value_key("one") and value_key("0") != value_key("one")
    articles = [article("a1", "At least one died.", "At least one person died, she said.", source="Reuters"),
                article("a2", "One person died.", source="CNN"),
                article("a3", "one died; 0, said police", source="Dawn")]
    claims = [Claim("at least one", "a1", 0), Claim("at least one", "a1", 1, "she"), Claim("one", "a2", 0),
              Claim("One", "a3", 0), Claim("0", "a3", 0, "police")]
    digest = Digest(articles=articles, summary=[], disputes=[Dispute("people killed", "number", claims)])
    view = dispute_view(digest.disputes[0], article_labels(digest))
    assert [(s.value, len(s.claims), s.outlets) for s in view.sides] == [
        ("at least one", 2, ["Reuters"]), ("one", 2, ["CNN", "Dawn"]), ("0", 1, ["Dawn"])]
    html = to_html(digest)
    # each side has its own colour; the two claims that agree share one
    assert re.findall(r'<li class="claim"><span class="value (side\d)">', html) == \
        ["side0", "side0", "side1", "side1", "side2"]


def test_articles_are_named_by_outlet_title_or_position_never_by_a_hash_file_name():
    digest = Digest(articles=[
        article("a1", "Troops raided the office.", source="000_39cabc799eaadace.txt"),
        article("a2", "Islamabad, Pakistan (CNN)Troops raided the office.", source="001_7a46d21374bc8651.txt"),
        article("a3", "More Questions Than Answers After Paramilitary Raid On MQM Offices", "Troops raided it.",
                heading=True, source="002_cdfc9c3916d15a04.txt"),
        article("a4", "WASHINGTON (Reuters) - Troops raided the office.", source="cluster.txt#4"),
        article("a5", "Troops raided the office.", url="https://www.dawn.com/news/1"),
        article("a6", "Troops raided the office.", source="karachi-raid_0123abcd4567.txt"),
        article("a7", "Troops raided the office.", source="CNN"),
        article("a8", "Troops raided the office.", source="pasted article 8", title="Raid in Karachi")], summary=[])
    labels = article_labels(digest)
    assert labels == {"a1": "article 1", "a2": "CNN [a2]", "a3": "More Questions Than Answers…", "a4": "Reuters",
                      "a5": "dawn.com", "a6": "karachi-raid", "a7": "CNN [a7]", "a8": "Raid in Karachi"}


def test_confidence_and_why_are_shown_when_known():
    digest = arrests()
    digest.disputes[0].confidence = 0.83
    digest.disputes[0].why = "same event: arrested; 5 vs about 20 vs at least 27 people"
    md, html = to_markdown(digest), to_html(digest)
    assert "confidence 83%" in md and "why: same event: arrested" in md
    assert "confidence 83%" in html and "Why: same event: arrested" in html
    assert "confidence" not in to_markdown(arrests()) and "Why:" not in to_html(arrests())


def test_no_disagreement_is_said_and_one_article_has_no_disputes_heading():
    two = Digest(articles=[article("a1", "It rained.", source="A"), article("a2", "It rained.", source="B")],
                 summary=[Cited("It rained.", [Cite("a1", 0)])])
    assert "No disagreement found." in to_markdown(two)
    assert "No disagreement found between the 2 articles." in to_html(two)
    two.held_back = [0.42]  # a conflict the model is unsure of: not "found none", and not shown
    assert "No disagreement storylens is sure of. One less certain pair of values (42% confidence) is held back" \
        in to_markdown(two)
    assert "No disagreement storylens is sure of between the 2 articles." in to_html(two)
    assert 'class="held">One less certain pair' in to_html(two) and "42%" not in to_markdown(arrests())
    one = Digest(articles=[article("a1", "It rained.", source="A")], summary=[Cited("It rained.", [Cite("a1", 0)])],
                 warnings=["only one article: nothing to compare it with"])
    left_out = Digest(articles=[article("a1", "It rained.", source="A"),
                                article("a2", "Page not found.", source="B", excluded="not an article: an error page")],
                      summary=[Cited("It rained.", [Cite("a1", 0)])])
    for digest in (one, left_out):
        assert "disagree" not in to_markdown(digest).split("\n", 1)[1]
        assert 'id="disputes"' not in to_html(digest)


def test_the_headline_is_the_digest_title_with_a_fallback():
    digest = arrests()
    digest.title = "Police raid party offices in Karachi"
    assert to_markdown(digest).startswith("# Police raid party offices in Karachi\n")
    assert "<h1 class=\"headline\">Police raid party offices in Karachi</h1>" in to_html(digest)
    assert "<title>Police raid party offices in Karachi · storylens</title>" in to_html(digest)
    assert to_markdown(arrests()).startswith("# What happened, and where the sources disagree\n")


def test_excluded_articles_are_listed_apart_with_their_reason():
    digest = arrests()
    digest.articles.append(article("a4", "Page not found.", source="Example Times",
                                   excluded="not an article: a page-not-found notice"))
    md = to_markdown(digest)
    sources, left_out = md.split("## Sources")[1].split("## Left out of the digest")
    assert "a4" not in sources and "- **a4**: Example Times — not an article: a page-not-found notice" in left_out
    html = to_html(digest)
    assert 'id="left-out"' in html and "Left out of the digest: not an article: a page-not-found notice" in html
    assert 'class="article excluded" id="a4"' in html


def test_quotes_are_grouped_by_speaker_with_their_outlets():
    digest = arrests()
    digest.quotes = [Quote("Tahir Mehmood", "no one was killed", "a3", 0), Quote(None, "a day of protest", "a1", 0),
                     Quote("Faisal Sabzwari", "the weapons were legal", "a2", 0),
                     Quote("Tahir Mehmood", "we showed you the weapons", "a1", 0)]
    md = to_markdown(digest)
    quotes = md.split("## Quotes")[1]
    assert quotes.index("**Tahir Mehmood** (Dawn, Al Jazeera)") < quotes.index("**Faisal Sabzwari** (CNN)") \
        < quotes.index("**Unattributed** (Al Jazeera)")
    assert quotes.count("Tahir Mehmood") == 1 and "- “we showed you the weapons” [a1:0]" in quotes
    html = to_html(digest)
    assert html.count('<div class="speaker">') == 3


def test_times_are_written_for_people():
    assert readable_time("2015-03-11") == "11 March 2015"
    assert readable_time("2024-12-01T12:05:09Z") == "1 December 2024, 12:05 UTC"
    assert readable_time("2015-03-11T09:30:00+05:00") == "11 March 2015, 09:30 +0500"
    assert readable_time("last Tuesday") == "last Tuesday" and readable_time(None) == ""
    digest = arrests()
    digest.articles[0].published = "2015-03-11"
    assert "(11 March 2015)" in to_markdown(digest)
    assert '<time datetime="2015-03-11">11 March 2015</time>' in to_html(digest)


def test_entities_met_once_are_named_on_one_line_after_those_the_story_is_about():
    """The bundled example listed 45 entities, most of them places and bodies met once in passing."""
    main = [Entity("Tahir Mehmood", "PERSON", ["Tahir Mehmood", "Tahir Mahmood"], ["a1", "a3"], 4),
            Entity("Karachi", "GPE", ["Karachi"], ["a1"], 3)]
    once = [Entity(f"Place{k}", "GPE", [f"Place{k}"], ["a2"], 1) for k in range(12)]
    quoted = Entity("Saman Jafri", "PERSON", ["Saman Jafri"], ["a1"], 1)
    digest = arrests()
    digest.entities = main + [quoted] + once
    digest.quotes = [Quote("Saman Jafri", "All our workers were peaceful", "a1", 0)]
    md = to_markdown(digest)
    assert "- **Tahir Mehmood** (PERSON): also Tahir Mahmood" in md and "- **Saman Jafri** (PERSON)" in md
    assert "- **Place0**" not in md
    assert "Named once: " + ", ".join(f"Place{k} (GPE)" for k in range(12)) + "." in md
    assert re.search(r'<p class="once">Named once: Place0 <span class="kind">GPE</span>', to_html(digest))
    # Its twin: a short list stays whole, one a line.
    digest.entities = main + once[:3]
    md = to_markdown(digest)
    assert "- **Place0** (GPE)" in md and "Named once" not in md
