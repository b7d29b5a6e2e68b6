"""Triage: pages that are not reports and reports on other stories take no part in the digest,
stay listed with the reason, and several stories in one cluster are named in a warning."""

from __future__ import annotations

from storylens.clean import clean
from storylens.model import Cite, RawArticle
from storylens.pipeline import digest
from storylens.render import to_dict
from storylens.triage import model, triage
from tests.stories import ARCHIVE, BAKE, LAUNCH, RAID_A, RAID_B, RAID_C, TRADE


def cited_articles(result) -> set[str]:
    cites: list[Cite] = [c for s in result.summary + result.facts for c in s.cites]
    cites += [Cite(c.article, c.sentence) for d in result.disputes for c in d.claims]
    cites += [Cite(q.article, q.sentence) for q in result.quotes]
    return {c.article for c in cites}


def test_the_committed_model_is_a_trained_one():
    trained = model()
    assert trained is not None
    assert 0.5 < trained["threshold_grouped"] <= trained["threshold"] < 1
    assert len(trained["common"]) >= 1000 and "trained_on" in trained


def test_reports_of_one_event_are_all_kept():
    raw = [RawArticle(text=t) for t in (RAID_A, RAID_B, RAID_C)]
    result = triage(raw, [clean(r) for r in raw])
    assert result.excluded == [None, None, None]
    assert result.warnings == []
    # The classifier's doubt that each is a report, which the summary weighs: below the threshold.
    assert result.doubt is not None and len(result.doubt) == 3
    assert all(0 <= d < model()["threshold"] for d in result.doubt)


def test_an_archive_notice_is_left_out_but_listed_in_order():
    result = digest([RawArticle(text=t) for t in (RAID_A, ARCHIVE, RAID_B, RAID_C)])
    assert [a.id for a in result.articles] == ["a1", "a2", "a3", "a4"]
    notice = result.articles[1]
    assert notice.excluded and notice.excluded.startswith("not an article")
    assert notice.sentences == [] and "Crawls of supported" in " ".join(notice.removed)
    assert all(a.excluded is None for i, a in enumerate(result.articles) if i != 1)
    assert "a2" not in cited_articles(result)
    assert any("article 2 left out" in w for w in result.warnings)
    assert to_dict(result)["articles"][1]["excluded"] == notice.excluded


def test_a_cluster_of_pages_the_classifier_is_sure_of_has_no_report():
    """Blind reading 8777: a crawl notice beside a log-in page was kept as the cluster's one report
    (nothing was to be excluded in full). Where the classifier is sure of every page, all are left
    out and the digest says there is no report; its twin, a real report beside a notice, stays."""
    crawl = ("The seed for this crawl was a list of every host in the Wayback Machine\n\nThis crawl was run at a "
             "level 1 (URLs including their embeds, plus the URLs of all outbound links including their embeds)"
             "\n\nThe WARC files associated with this crawl are not currently available to the general public.")
    login = "Notice\n\nYou must log in to continue."
    empty = digest([RawArticle(text=crawl), RawArticle(text=login)])
    assert all(a.excluded for a in empty.articles) and not empty.summary
    assert any("no sentence of the articles reads as a report" in w for w in empty.warnings)
    kept = digest([RawArticle(text=crawl), RawArticle(text=RAID_A)])
    assert kept.articles[1].excluded is None and kept.summary


def test_unrelated_stories_are_named_and_not_mixed_in_the_summary():
    result = digest([RawArticle(text=t) for t in (RAID_A, BAKE, LAUNCH, TRADE)])
    warning = next(w for w in result.warnings if "different stories" in w)
    assert "4 different stories" in warning and all(f"a{i}" in warning for i in range(1, 5))
    summarised = {c.article for s in result.summary for c in s.cites}
    assert len(summarised) == 1, summarised
    assert not result.facts or {c.article for f in result.facts for c in f.cites} <= summarised
    # The names listed are those of the main story's reports (and the speakers quoted anywhere).
    speakers = {q.speaker for q in result.quotes}
    assert result.entities and all(set(e.articles) & summarised or e.name in speakers for e in result.entities)
    # Its twin: one story's reports list names from each of them.
    one = digest([RawArticle(text=t) for t in (RAID_A, RAID_B, RAID_C)])
    assert {a for e in one.entities for a in e.articles} == {"a1", "a2", "a3"}


def test_two_copies_of_a_notice_do_not_vouch_for_each_other():
    """A notice repeated across many training clusters is not an article, even in two copies (the
    cleansing of Multi-News+ kept some such copies; the training labels set them right)."""
    raw = [RawArticle(text=t) for t in (RAID_A, ARCHIVE, ARCHIVE, RAID_B)]
    result = triage(raw, [clean(r) for r in raw])
    assert result.excluded[0] is None and result.excluded[3] is None
    assert all(why and why.startswith("not an article") for why in result.excluded[1:3])


EXPLAINER = "\n".join([
    "Williams syndrome is a rare genetic condition present at birth that affects about one in 10,000 people.",
    "It is caused by a missing piece of chromosome 7, which holds more than 25 genes.",
    "People with the condition often have heart and blood vessel problems, and many need surgery as children.",
    "Most children with Williams syndrome are very sociable and friendly, and many have a strong interest in music.",
    "Learning can be harder for them, especially with numbers, drawing and tasks that involve space.",
    "Doctors usually diagnose the condition with a blood test that looks for the missing genes.",
    "There is no cure, but early therapy for speech, movement and learning helps children do well at school.",
    "Adults with the syndrome may live on their own with some support, and many hold jobs.",
    "Families can find support groups in most states, and national groups fund research on the condition.",
    "Researchers are studying the missing genes to learn how they shape social behaviour and the heart.",
] * 5)


def test_the_main_story_is_the_likeliest_report_not_the_longest_page():
    """A long explainer page beside a short report (a reference page on a condition next to the
    AP report of a shooting): the summary follows the report; two reports of one story, the more so."""
    one = digest([RawArticle(text=EXPLAINER), RawArticle(text=RAID_A)])
    assert any("different stories" in w for w in one.warnings)
    assert {c.article for s in one.summary for c in s.cites} == {"a2"}
    raw = [RawArticle(text=t) for t in (EXPLAINER, RAID_A, RAID_B)]
    assert triage(raw, [clean(r) for r in raw]).story == [1, 2]


def test_a_report_given_twice_is_left_out_as_a_copy():
    """Distant reading 9099: one page given twice in a cluster doubled its quotations and citations.
    The second copy is left out, named as a copy; its twin, the same wire story with one word
    edited, stays as another outlet's report."""
    raw = [RawArticle(text=t) for t in (RAID_A, RAID_B, RAID_A)]
    assert triage(raw, [clean(r) for r in raw]).excluded == [None, None, "a copy of article 1"]
    edited = RAID_A.replace("Karachi", "the city of Karachi", 1)
    assert edited != RAID_A
    raw = [RawArticle(text=t) for t in (RAID_A, RAID_B, edited)]
    assert triage(raw, [clean(r) for r in raw]).excluded == [None, None, None]
