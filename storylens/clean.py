"""Clean: remove page furniture from article text before it is split into sentences.

Scraped news text carries keyword lines, photo captions and credits, bylines, contact lines,
share and subscription prompts, embedded-widget text and lists of related links. Each kind is
recognised by a general rule below; sentences that recur in many unrelated clusters of the
Multi-News+ training data (``resources/boilerplate.txt``, made by
``scripts/mine_boilerplate.py``) are removed too. What is removed is kept, for ``removed``.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from importlib import resources

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS

from storylens.model import CleanArticle, RawArticle

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
         r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")

# A photo agency, as credits name it.
AGENCY = r"(?:Getty Images|AP(?: Photo)?|AFP|Reuters|EPA|Corbis|Redux|Shutterstock|[A-Z]\w+ (?:Images|Photos?))"
# A credit at the end of a line: "Reuters/Bahzad Khan", "AP Photo/David Zalubowski",
# "(Associated Press)", "(Photo: Dwayne Eberhart)", "NFL via Getty Images".
# A photo credit after a bar (written with "[ ]" for a space, to serve the verbose pattern below
# too): "| John Shinkle/POLITICO", "| Saul Loeb/AFP/Getty Images", "| AP Photo", "| Getty", "| ABC".
PIPE_CREDIT = (r"(?:(?:[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){0,3}[ ]?/[ ]?)+[A-Z][\w.'’&-]*(?:[ ](?:Images|Photo))?"
               r"|AP[ ]Photo|Getty(?:[ ]Images)?|Reuters|[A-Z]{2,5})")
CREDIT_TAIL = re.compile(
    # (?<!\w): a credit starts at a word's start; without it a long run of letters is tried from
    # every one of its characters (quadratic time).
    r"""\s*(?<!\w)(?:
        \(?(?:AP|AFP|Reuters|REUTERS|EPA|Getty|UPI)(?:\s+Photo)?\s*/\s*[A-Z][\w.\-' ]{1,40}\)?
      | \((?:Associated\ Press|AP|AFP|Reuters|Getty\ Images|AP\ Photo[^)]*|Photo:[^)]*|Credit:[^)]*|File)\)
      | \[(?:Featured\ )?Image\ (?:by|via|credit)[^\]]*\]
      | (?:\w+\ )?via\ Getty\ Images
      | (?:Photo|Image|Credit)s?:\s*[A-Z][\w.\-' /]{1,40}
      | \((?:Photos?|Images?)\ (?:by|courtesy\ of|credit)[^)]{1,60}\)
      | \((?:Photo|Image|Picture|Instagram|Twitter|Facebook|YouTube)s?\s*:[^)]{1,60}\)
      | \(Courtesy(?:\ of)?\ [^)]{1,60}\)
      | (?:Photo|Photograph|Image)s?\ by:?\s*[A-Z][\w.\-'\ /]{1,40}\.?
      | \([^()]{0,40}\b(?:photo|file\ photo|handout)\)
      | \|\s*""" + PIPE_CREDIT + r"""
    )\s*$""",
    re.VERBOSE,
)
# A photographer's credit, "(Todd Maisel/New York Daily News)": removed, but the sentence before it
# stays — such captions often carry facts the story does not repeat.
NAME_CREDIT = re.compile(r"\s*\([A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*){1,3} ?/ ?[A-Z][\w.'\- ]{1,40}\)\s*$")
# A Reuters-style caption sentence: "... in Karachi March 11, 2015." (a place, then the date,
# with no "on" between them, which prose would have).
CAPTION_DATELINE = re.compile(rf"(?<![\w.])[A-Z][\w.]+,?\s+{MONTH}\s+\d{{1,2}},\s+\d{{4}}\.?$")
# An AP-style caption: the weekday, then the full date with its year ("Icicles form on the tritons
# in the Forsyth Park Fountain on Tuesday, Jan. 2, 2018, in Savannah, Ga."); reports write "on
# Tuesday" or "on Jan. 2", captions the whole stamp.
CAPTION_WEEKDATE = re.compile(rf"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+{MONTH}\s+\d{{1,2}},?\s+\d{{4}}\b")
REPORTED = re.compile(r"\b(?:said|says|told|tells|according to)\b")  # a report's words, no caption's
CAPTION_POSITION = re.compile(r"\((?:L|R|C|left|right|center|top|bottom)\)|, (?:left|right|center),")

# A sentence that speaks to the reader about the page: "For more on Rihanna, head over to Billboard.",
# "Follow Scott Stump on Twitter and Google+.", "Click here for interactive results."
READER_PROMPT = re.compile(
    r"^(?:Click here\b|For more (?:on|about|from|news)\b.{0,60}\b(?:head|go|visit|see|check|click|read)\b|"
    r"Want to add to this story\b|Let us know\b|Tell us\b|Have a (?:news )?tip\b|Got a (?:news )?tip\b|"
    r"Embed\b|.*\bCopy this code\b|(?!.*\b(?:said|says|told)\b)(?:Follow|Become a fan of|Visit|See|Check out|"
    r"Join|Watch|Listen to|Subscribe to|Download|Connect with|Find us) .{0,160}\b(?:Twitter|Facebook|Instagram|"
    r"Google\+|YouTube|Tumblr|Pinterest|LinkedIn|website|web site|section|newsletter|podcast|app|PDF|@\w+|here)"
    r"\b[^.!?]{0,40}[.!?]?\W*$)")

QUOTE_MARK = re.compile(r"[\"“”]")  # a double quotation mark, straight or curly

# The label of a turn in a transcript: "MARTIN: ", "MICHEL MARTIN, HOST: ", "REP. SUSAN BROOKS (R-IN): ".
SPEAKER_LABEL = re.compile(r"^[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+)*(?:, [A-Z][A-Z ]+)?(?: \([^()]{1,20}\))?:(?:\s|$)")
# A broadcaster's notice under its transcripts, sentence by sentence ("NPR transcripts are created on a
# rush deadline by Verb8tm, Inc. ... This text may not be in its final form and may be updated ...").
TRANSCRIPT_NOTICE = re.compile(r"^(?:\w+ )?transcripts? (?:are|is) (?:created|produced) on a rush deadline|"
                               r"^This (?:text|copy|transcript) may not be in its final form", re.I)

# A link to another story in brackets, with no sentence in it ("[Titanosaur Photos: Meet the Largest
# Dinosaur on Record]"), on a line of its own or after a paragraph's last sentence.
BRACKETED = re.compile(r"^\[[^\].!?]{1,200}\]$")
TRAILING_BRACKETED = re.compile(r"(?<=[.!?\"”])\s+(\[[^\].!?\[]{1,200}\])$")

LINE_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("credit", re.compile(r"^(?:(?:Image|Media) (?:copyright|caption)|Photo(?:graph)?:|Pictured:|\(?Photo by|"
                          r"\[?(?:Featured )?Image (?:by|via|credit))", re.I)),
    ("credit", re.compile(r"^\(?(?:AP|AFP|Reuters|Getty Images|EPA)(?: Photo)?\)?$", re.I)),
    # "Buy Photo Genesee County health official Jim Henry was among ... (Photo: Karen Bouffard / The
    # Detroit News)Buy Photo": a photo's caption between the shop buttons of its slide.
    ("caption", re.compile(r"\(Photo: [^()]{3,80}\)\s*Buy Photo\s*$")),
    # A slide show written out as one line: its controls, then each slide's title, caption and credit.
    ("gallery", re.compile(r"\b\d{1,3} of \d{1,3} Full Screen Autoplay\b|\bSkip in Skip x Embed\b")),
    # "AFP/Getty Images NBA Finals MVP LeBron James ... holds the trophy": a caption after its credit.
    ("caption", re.compile(r"^(?:AP|AFP|Reuters|EPA|UPI)(?: Photo)?\s*/\s*"
                           r"(?:Getty Images|[A-Z][\w.\-']+(?: [A-Z][\w.\-']+)?)\s+[A-Z]")),
    ("contributors", re.compile(r"contributed (?:to )?(?:this|the) (?:report|story|article)|"
                                r"^\(?(?:Additional )?(?:reporting|writing|editing) by\b", re.I)),
    # An AP trailer naming where its writers filed from: "Nicole Winfield reported from Vatican City.",
    # "Alex Seitz-Wald reported from Alabama and Peter Alexander from Washington, D.C."; the whole
    # line, so "Reuters reported from Damascus that ..." is a report.
    ("contributors", re.compile(r"^(?:[A-Z][\w'’-]+ ){1,3}[A-Z][\w'’-]+ reported from [A-Z][\w.,'’ -]{0,60}?"
                                r"(?: and (?:[A-Z][\w'’-]+ ){1,3}[A-Z][\w'’-]+ from [A-Z][\w.,'’ -]{0,60}?)?\.?$")),
    # A photographer's credit written as a byline: "By Slaven Vlasic/Getty Images."
    ("credit", re.compile(rf"^(?:Photo )?By (?:[A-Z][\w.'’-]+ ){{0,3}}[A-Z][\w.'’-]+ ?/ ?(?:[A-Z][\w.'’-]* ?/ ?){{0,2}}"
                          rf"{AGENCY}\.?$")),
    # "By Sarah Fitzmaurice", "By X and Y, Staff Writers"; not "By February, according to the sources, ..."
    ("byline", re.compile(r"^By\s+(?!(?:January|February|March|April|May|June|July|August|September|October|"
                          r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
                          r"[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){0,3}(?:\s*(?:,|and|\|)\s*.{0,80})?$")),
    ("byline", re.compile(r"^[A-Z][\w'\-]+ [A-Z][\w'\-]+ (?:writes|reports) (?:for|about)\b")),
    ("contact", re.compile(r"^\S+@\S+\.\w+\b|^(?:Twitter|Email|Contact|Follow)\s*:?\s*@\w+|"
                           r"can be reached (?:at|on)\b|^Contact\b.{0,60}(?:@\S+\.\w|\d{3}[-.) ]\d{3}[-.]\d{4})|"
                           r"\bcontact (?:him|her|them|the reporter) at \S+@", re.I)),
    ("copyright", re.compile(r"^(?:Copyright|©|\(c\)\s*\d{4})|All rights reserved|"
                             r"may not be (?:published|reproduced),? broadcast", re.I)),
    ("updated", re.compile(rf"^(?:Last )?(?:updated|published|posted|uploaded)(?: at| on| by)?\s*:?\s*(?:\d|{MONTH})",
                           re.I)),
    ("prompt", re.compile(
        r"^(?:Leave a (?:Reply|Comment)|Your email address will not be published|Required fields are marked|"
        r"Click (?:here|to)\b|Follow (?:us|\w+(?:\.com)?) (?:on|at|:)|Follow \w[\w.]*\s*:|Like us (?:on|at)|"
        r"Join (?:the|our) conversation|Stay up to date|Sign up\b|Subscribe\b|Share (?:this|on)\b|"
        r"Read (?:more|or share|the full|next)\b|Read:|Related:|RELATED\b|MORE:|SEE ALSO|ALSO READ|"
        r"WATCH:|VIDEO:|PHOTOS?:|GALLERY:|LISTEN:|Story continued below|Continue reading|Advertisement|"
        r"(?:Photo )?Advertisement|Please (?:turn on|enable) JavaScript|Are you there\?|Send us your|"
        r"Breaking News (?:Alerts|Emails)|JUST WATCHED|MUST WATCH|Replay More Videos|Add Interest|"
        r"Interested in\b|Tweet with a location|Warning:.*\b(?:video|footage|images)\b|Correction:|"
        r"Editor'?s note:|Download (?:the|our) app|Get (?:the|our) (?:app|newsletter)|"
        r"Use the Donate button|Visit the .* to learn more|Comments?\b\s*\(?\d*\)?$|Play$|Skip Ad)", re.I)),
    ("prompt", re.compile(
        r"^(?:AUDIO:|SLIDESHOW:|MAP:|INTERACTIVE:|Slideshow \(|toggle caption|Media playback is unsupported|"
        r"Published on [A-Z]|JavaScript is disabled|You need to enable JavaScript|Please try again later|"
        r"An error has occurred|Invalid email|You must log in|Sorry, comments|Comments? (?:are|is) (?:now )?closed|"
        r"Want (?:more|to see more) [\w ]{0,30}\?$|[—–-]*\s*With assistance from|"
        r"This (?:story |version |article )?corrects\b|Local News More|More (?:from|on) [\w ]{1,30}:$|"
        r"(?:Photograph|Photo|Image)s? (?:by|courtesy of):? [A-Z][\w.\-' ]{1,40}$|"
        r"(?:Get|See|Read|Watch|View) more\b.{0,40}:$|"
        r"(?:NEWS|STORY|OPINION|TRENDING|TOP STORIES|EDITOR'S PICKS?)\s*[:|])")),
    ("navigation", re.compile(r"^(?:[^|]{1,30}\|){2,}[^|]{0,30}$|^[\w.]+\s*:\s*Facebook\s*\|\s*Twitter", re.I)),
    ("navigation", re.compile(r"^[^.!?]{1,40}(?:\s(?:>>|»|›)\s*[^.!?]{1,40})+$")),  # "English >> World"
    ("credit", re.compile(r"^(?:Getty(?: Images)?|AP|AFP|Reuters|EPA|iStock(?:photo)?|Shutterstock)\.?$", re.I)),
    ("updated", re.compile(
        r"^(?:This (?:story|article|post|report) (?:has been|was) (?:updated|corrected|edited)|First published\b|"
        r"Originally (?:published|posted|appeared)\b|Original (?:article|story) (?:on|at|from)\b|"
        r"This (?:story|article) (?:first |originally )?appeared\b|Update(?:d)?,? \d|More (?:coming|to come)\b|"
        # an editor's stamp with its date: "Update, November 11, 12:03 PT: adds Apple statement.",
        # "Correction 31 July 2017: This article has been amended ..."; not "Update: police say ..."
        rf"Update(?:d)?,? {MONTH}\.? \d{{1,2}}\b(?:[^:]|\d:\d){{0,30}}:\s*(?:(?-i:[a-z])|\S+(?: \S+){{0,2}}$)|"
        rf"(?:Correction|Clarification),?\s+(?:\d{{1,2}}\s+)?{MONTH}\.?\s+\d{{1,4}}\b(?:[^:]|\d:\d){{0,30}}:|"
        r"This is a (?:developing|breaking) (?:news )?story|Check back (?:later|for)\b)", re.I)),
    ("notice", TRANSCRIPT_NOTICE),
    ("prompt", READER_PROMPT),
    # A whole line in brackets with no sentence in it: a link to another story, which no classifier
    # score keeps as text.
    ("bracketed", BRACKETED),
    ("links", re.compile(r"\bRead more\W{0,3}$|^\[[^\]]{1,200}\]$|^\([^()]{1,120}\)$|^[►▶»›•]\s*\S.{0,160}$|"
                         r"More\s*>>|\s\|$")),  # teasers, bracketed and arrowed links, "PHILADELPHIA |"
    ("prompt", re.compile(r"^(?:You can )?(?:watch|listen to|see|read|check out|view)\b.{0,80}\b(?:below|above)\W*$|"
                          r"^Here(?:'s|’s| is| are) (?:what you need to know|the (?:full |latest )?\w+)\W*:$|"
                          r"^Online:$", re.I)),
    ("caption", re.compile(
        r"^(?:Image caption|Enlarge (?:Image|Photo)|Above:|Pictured(?: above| here)?:|Illustration:|"
        r"In this (?:\w+ ){0,3}(?:photo|image|picture|frame grab)\b|(?:This|A) (?:\w+ )?(?:photo|image|picture)"
        r" (?:released|provided|taken|from|by|shows)\b|Image (?:from|of|via) the\b|"
        # an artist's picture: "A sketch released of an unidentified woman ..." (not "A sketch of the
        # suspect was shown to witnesses", a report)
        r"(?:This|An?) (?:\w+ )?(?:sketch|drawing|rendering|illustration) (?:released|provided|shows|showing)\b)")),
    ("figure", re.compile(r"^(?:Figure|Fig\.|Table|Chart) \d+[a-z]?[:.]")),
    # A weather widget's forecast: "Periods of rain. High 58F. Winds ENE at 10 to 20 mph. Chance of rain 90%."
    ("weather", re.compile(r"\b(?:High|Low) (?:near |around )?-?\d{1,3}F\b.{0,40}\bWinds? (?:[NSEW]{1,3}|light)\b")),
    # A video's blurb that a page leaves above the story (USA Today): "CLOSE Police confirmed that
    # two bodies ... Dave Bangert and Dwight Adams/ Journal & Courier", the whole line.
    ("video", re.compile(r"^CLOSE (?:Skip in Skip x Embed x Share )?[A-Z\"“]")),
    # A caption, its credit after a bar, then the headline and standfirst of a story (Politico):
    # "... walk to the Senate floor Wednesday. | John Shinkle/POLITICO Congressional leaders reach ...".
    ("caption", re.compile(rf"[.!?\"”] \| {PIPE_CREDIT}(?: [A-Z\"“‘']|$)")),
]
# A sentence ending inside a line ("... 2015. Officials said"), not an abbreviation ("Pres. Fox").
# The lookbehinds make a run of letters or digits start only where it starts: tried from each of
# its characters, a long run without a full stop takes quadratic time.
INNER_END = re.compile(r"(?:(?<![a-z])[a-z]{3,}|(?<!\d)\d{4}|[\"”’)])[.!?][\"”’]?\s+[\"“A-Z]")
# A line that ends like a headline, not a sentence: no full stop before its closing quote or bracket.
UNENDED = re.compile(r"""(?<![.!?…])["'”’)\]]\s*$""")
WEB_ADDRESS = re.compile(r"https?://|www\.")  # in a word, with what is glued to it: 'poster="http://..."'
CAPTION_RULES = {"caption"}  # kinds that only hold for a short line (a caption is one or two sentences)
LEADING_FURNITURE = re.compile(r"^(?:(?:Photo |Video )?Advertisement |Continue reading the main story |"
                               r"Story highlights |Story continued below |Buy Photo |Skip Twitter post by @\w+ |"
                               r"\| )+", re.I)
# A photographer's credit that opens a line, glued to the caption or story after it: "Tom
# Williams/Getty Images Rep. Jackie Speier (D-Calif.) will host ...", "Saul Loeb/AFP/Getty Images".
LEADING_CREDIT = re.compile(rf"^(?:[A-Z][\w.'’-]+ ){{1,3}}?[A-Z][\w.'’-]+ ?/ ?(?:[A-Z][\w.'’-]* ?/ ?){{0,2}}{AGENCY}"
                            r"(?: Buy Photo)? (?=[A-Z\"“])")
# A box's one-word heading glued to the paragraph under it ("Analysis There had been intense
# speculation ..."): a word that opens no sentence with a capitalised article or pronoun after it
# and a lower-case word after that (not "Meet The Press host", a title). Conjunctions and adverbs
# ("And I", "When It ...") are stop words and stay.
GLUED_HEADING = re.compile(r"^([A-Z][a-z]{2,}) (?=(?:The|There|A|An|It|This|These|Those|Its|His|Her|Their) [a-z])")
# Where one sentence ends and the next begins, not after an initial or a short abbreviation ("U.S. Capitol").
SENTENCE_END = re.compile(r"(?<![A-Z]\.[A-Z]\.)(?<!\b[A-Z]\.)(?<!\b(?:Mr|Dr|St|Jr|Sr|Ms)\.)(?<=[.!?])\s+"
                          r"(?=[\"'“A-Z0-9])")
# A politician's hover card a page leaves in the text (The Hill): the name as the story writes it,
# the full name with the next headline glued to it, a run of headlines, then "MORE" — "Donald
# Trump Donald John TrumpTrump Jr. getting ... tax plan MORE panned ...". Only the name stays.
HOVER_CARD = re.compile(r"\b([A-Z][a-z'’-]+)(?: [A-Z][\w.'’-]*){1,3} \1(?=[A-Z])[^\n]{0,600}? MORE(?= [a-z])")
# A stock ticker after a company's name: Reuters' codes ("Kellogg Co (K.N)", "Kering SA (PRTP.PA)")
# and exchange listings ("XO Group Inc. (NYSE: XOXO)"). Markets' shorthand, no words of the report.
TICKER = re.compile(r"\s\((?:[A-Z0-9]{1,6}\.[A-Z]{1,2}|(?:NYSE|NYSE MKT|NASDAQ|Nasdaq|AMEX|LSE|TSX|OTC)\s?:\s?"
                    r"[A-Z][A-Z.]{0,6})\)(?=[\s,.;:)]|$)")
# A slide show's controls and credits: "Hide Caption 4 of 76", "1 of 62 Full Screen Autoplay Close Skip Ad",
# "AP 3 of 68 Skip in Skip x Embed x Share CLOSE", "Jabin Botsford/The Washington Post Buy Photo Wait 1 second".
GALLERY_END = re.compile(r"\bWait \d+ seconds? to continue\.?")
GALLERY_CAPTION = re.compile(r"\bHide Caption \d+ of \d+|^Photos?:\s|\b\d{1,3} of \d{1,3} (?:Full Screen|Skip)\b|"
                             r"\bSkip x Embed\b|\bBuy Photo\b")
HEADING_WORDS = 8  # at most, in a removed line read as the heading of the paragraph under it
CREDIT_LINE = re.compile(r"^[—–―-]{1,2}\s*[A-Z][\w.'’\-]*(?:\s+\S+){0,12}$")
QUOTE_CLOSERS = ('"', "”", "''")
LONG_LINE_WORDS = 40  # a line this long is a story's text, whatever its first words look like
# A video's blurb runs longer than a caption; a line longer than this is a story glued after one.
VIDEO_LINE_WORDS = 100
LATIN_ARTICLE = 0.9  # an article with this share of Latin letters is read as one in a Latin script
TERMINAL = re.compile(r"""[.!?…:;"'”’)\]。！？]\s*$""")


@lru_cache(maxsize=1)
def learned_boilerplate() -> frozenset[str]:
    """Normalised sentences mined from the training data as recurring page furniture."""
    text = resources.files("storylens.resources").joinpath("boilerplate.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def normalise(text: str) -> str:
    """Lower-case words and digits only, digits folded to 0: the key boilerplate is matched on."""
    return re.sub(r"\d", "0", " ".join(re.findall(r"[a-z0-9]+", text.lower())))


def clean(raw: RawArticle) -> CleanArticle:
    """Split an article into paragraphs and drop the lines and sentences that are not reporting."""
    return clean_all([raw])[0]


def clean_all(raw: list[RawArticle]) -> list[CleanArticle]:
    """Clean the articles of one cluster: the rules below, then the line classifier
    (:mod:`storylens.furniture`), which reads each line against its article and the cluster."""
    from storylens.furniture import furniture_scores

    prepared = [prepare(r) for r in raw]
    scores = furniture_scores([lines for lines, _ in prepared])
    out = []
    for i, (r, (lines, removed)) in enumerate(zip(raw, prepared)):
        out.append(clean_lines(r, lines, removed, None if scores is None else scores[i]))
    return out


# Text decoded as Latin-1 that was Windows-1252 keeps that code page's punctuation as control
# characters ("\x97 San Diego lifeguards" for "— San Diego lifeguards", "\x92" for "’").
CP1252_CONTROLS = {c: bytes([c]).decode("cp1252", errors="ignore") or " " for c in range(0x80, 0xA0)}
# Characters of no width a page leaves between words ("\u200bCNN \u200bis being sued") or inside
# them (the soft hyphen of "geo\u00adgraphic", a place a typesetter may break the word): nothing.
ZERO_WIDTH: dict[int, str | None] = {c: None for c in (0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF)}
UNSEEN = CP1252_CONTROLS | ZERO_WIDTH


def prepare(raw: RawArticle) -> tuple[list[str], list[str]]:
    """The article's non-empty lines, without furniture that opens a line or lines in another script,
    and what was taken off them."""
    # Two single quotation marks for a double (the Boston Globe's “Evil Dead’’): the closing double.
    text = raw.text.translate(UNSEEN).replace("’’", "”").replace("‘‘", "“")
    lines = _drop_caps([_unglued_quotes(re.sub(r"\s+", " ", line).strip()) for line in text.splitlines()])
    removed: list[str] = []
    for i in range(len(lines)):
        while (prefix := LEADING_FURNITURE.match(lines[i]) or LEADING_CREDIT.match(lines[i])
               or _glued_heading(lines[i])) and len(lines[i][prefix.end():].split()) >= 8:
            # "Continue reading the main story At the scene The bombardment ...": keep the story.
            removed.append(prefix.group(0).strip())
            lines[i] = lines[i][prefix.end():]
        for card in HOVER_CARD.finditer(lines[i]):
            removed.append(card.group(0)[len(card.group(1)):].strip())
        lines[i] = HOVER_CARD.sub(r"\1", lines[i])
        removed += [m.group(0).strip() for m in TICKER.finditer(lines[i])]
        lines[i] = TICKER.sub("", lines[i])
    lines = _rewrapped([line for line in lines if line])
    lines, foreign = _foreign_lines(lines)
    return lines, removed + foreign


def _drop_caps(lines: list[str]) -> list[str]:
    """A story's first letter set apart as a drop cap ("T", a blank line, "he most likely person to
    ...") put back on its word: left alone, the line is dropped and "he" reads as a pronoun (distant
    reading 9119). Only where the word so made is one the text writes elsewhere: "A" over "list of
    names" is a letter and a list, "Alist" no word."""
    out = list(lines)
    words: set[str] | None = None
    for i, line in enumerate(out):
        if len(line) == 1 and line.isupper():
            k = next((j for j in range(i + 1, min(i + 3, len(out))) if out[j]), None)
            if k is None or not out[k][:1].islower() or not out[k].split()[0].isalpha():
                continue
            words = words if words is not None else {w.lower() for w in re.findall(r"[A-Za-z]+", " ".join(lines))}
            if (line + out[k].split()[0]).lower() in words:
                out[i], out[k] = "", line + out[k]
    return out


WRAP_JOINS = 3  # sentences broken across lines that show an article was wrapped at a fixed width
# Words a sentence or a headline does not end on (also the summary's, :mod:`storylens.select`).
WEAK_ENDS = frozenset({"a", "an", "the", "of", "in", "on", "at", "for", "to", "and", "or", "but", "with", "by", "from",
                       "as", "its", "his", "her", "their", "that", "which", "who"})
# A line ending on one of these goes on in the next ("... a new generation of" / "Americans for college ...").
JOINING_WORDS = WEAK_ENDS | {"about", "than", "into"}


def _glued_heading(line: str) -> re.Match | None:
    """A box's one-word heading glued to the line's paragraph (:data:`GLUED_HEADING`), not a stop word."""
    heading = GLUED_HEADING.match(line)
    return heading if heading and heading.group(1).lower() not in STOP_WORDS else None


def _rewrapped(lines: list[str]) -> list[str]:
    """An article wrapped at a fixed width, each line on its own ("The guidelines were unveiled at a
    time when climate change has become" / "a flashpoint for conservative groups, ..."), with its
    broken sentences joined again: read line by line, the halves looked like headlines and teasers
    and were taken off, and the text lost with them. Only an article that breaks several sentences
    so, each from a line that opens a sentence or goes on from one: not a list of items in lower
    case after a colon ("a ban on cargo flights from Syria into the EU")."""
    joins: set[int] = set()
    going_on = False
    for i in range(len(lines) - 1):
        opens = going_on or re.match(r"[\"“'‘(]?[A-Z0-9]", lines[i]) is not None
        going_on = opens and _breaks_off(lines[i], lines[i + 1])
        if going_on:
            joins.add(i)
    if len(joins) < WRAP_JOINS:
        return lines
    groups: list[list[str]] = []
    for i, line in enumerate(lines):
        if i - 1 in joins:
            groups[-1].append(line)  # joined once at the end: a long run stays linear
        else:
            groups.append([line])
    return [" ".join(group) for group in groups]


def _breaks_off(line: str, after: str) -> bool:
    """Whether ``line`` stops mid-sentence and ``after`` goes on with it."""
    if TERMINAL.search(line) or len(line.split()) < 5 or line.isupper() or "@" in after or \
            re.match(r"(?:https?|www)\b", after):
        return False
    return after[:1].islower() or line.split()[-1].lower() in JOINING_WORDS and after[:1].isalpha()


def _unglued_quotes(line: str) -> str:
    """ 'wants to get out."Anne keeps a video': a quotation mark glued to the next sentence is the
    close of the one before, or the opening of the next ('out.“Anne'); left glued, the quotation
    runs on into the narration. So is a dash glued to a closing mark."""
    def apart(m: re.Match) -> str:
        mark = m.group(0)
        # A straight mark closes when an odd number of them come before it on the line.
        closes = mark == "”" or (mark == '"' and line.count('"', 0, m.start()) % 2 == 1)
        return mark + " " if closes else " " + mark

    line = re.sub(r'(?<=[.!?])["”“](?=[A-Z])', apart, line)
    # A credit glued to the close of a quotation ('we all win.”—Arianna Huffington'): apart, the
    # tagger reads the name.
    return re.sub(r'(?<=[.!?]["”])(?:—|–|--)(?=[A-Z])', lambda m: f" {m.group(0)} ", line)


def clean_lines(raw: RawArticle, lines: list[str], removed: list[str],
                scores: np.ndarray | None = None) -> CleanArticle:
    """Keep the lines that are article text: a line goes when a rule names it furniture or the line
    classifier's probability (``scores``, one per line) reaches its threshold."""
    from storylens.furniture import CONTEXT_LINES, model, removable, vetoed

    reasons = rule_reasons(lines)
    learned = [False] * len(lines)
    doubts = [False] * len(lines)
    if scores is not None:
        trained = model()
        doubts = [len(lines) >= CONTEXT_LINES and float(score) >= trained["threshold"] for score in scores]
        learned = removable(lines, scores, trained["threshold"], trained["sure"])
        reasons = vetoed(reasons, scores, trained["keep"])
    removed = list(removed)
    kept: list[str] = []
    doubtful: list[bool] = []
    under_heading: list[bool] = []
    for i, (line, reason) in enumerate(zip(lines, reasons)):
        heading = i > 0 and (learned[i - 1] or bool(reasons[i - 1])) and _heading_line(lines[i - 1])
        if learned[i]:
            # The classifier judged the whole line: a long caption with a teaser after it ("FILE - In
            # this May 24, 2016, file photo, Rep. John Conyers ... (Associated Press)") goes whole,
            # where the rules alone would only take its first sentence.
            removed.append(line)
            continue
        end = GALLERY_END.search(line) if reason == "gallery" else None
        if end:
            removed.append(line[:end.end()].strip())  # the slide show up to its "Wait 1 second to continue."
            line = line[end.end():].strip()
            if not line:
                continue
        elif reason and len(line.split()) > (VIDEO_LINE_WORDS if reason == "video" else LONG_LINE_WORDS):
            line = _behind_furniture(line, removed)  # a whole story on one line: only its start goes
        elif reason:
            removed.append(line)
            continue
        line, dropped = _strip_furniture(line)
        removed.extend(dropped)
        if line:
            kept.append(line)
            # A caption that reads as a sentence stays (it may carry a fact), but not as a summary's
            # line. Where the rules took a caption off the line, the doubt was the caption's: the
            # story after it ("... March 11, 2015. REUTERS/Akhtar Soomro A Pakistani paramilitary
            # force raided ...") is not doubted.
            doubtful.append(doubts[i] and not dropped and not reason)
            under_heading.append(heading)
    if all(doubtful):
        doubtful = [False] * len(kept)  # an article it doubts throughout is for triage to judge
    return CleanArticle(raw=raw, paragraphs=kept, removed=removed, doubtful=doubtful, under_heading=under_heading)


def _heading_line(line: str) -> bool:
    """Whether a removed line reads as the heading of what follows: a few capitalised words and no
    sentence's end, no link, credit or caption's marks ("Nicki Minaj, Myx Fusions", the item of a
    list of celebrities whose paragraph opens on "The 'Anaconda' rapper"). What the paragraph under
    it points back to is in the heading, not in the paragraph above."""
    words = line.split()
    return 2 <= len(words) <= HEADING_WORDS and not TERMINAL.search(line) and words[0][:1].isupper() and \
        _titled(words) and not re.search(r"[/()\[\]@|\d]|https?:|www\.", line)


def turn_labels(lines: list[str]) -> set[int]:
    """The lines that are only a transcript's speaker label ("MARTIN:", "MICHEL MARTIN, HOST:"),
    where labels open three lines or more and one speaker's recurs, as in a transcript: each opens
    a turn, whose speaker the quotations stage reads from it, and is no label over a list of links.
    Where labels are that few, "PREVIOUSLY:" alone is such a label."""
    found = [(i, label_name(m.group(0))) for i, line in enumerate(lines) if (m := SPEAKER_LABEL.match(line.strip()))]
    names = Counter(name.split()[-1] for _, name in found)
    if len(found) < 3 or not names or names.most_common(1)[0][1] < 2:
        return set()
    return {i for i, _ in found if SPEAKER_LABEL.fullmatch(lines[i].strip())}


def label_name(label: str) -> str:
    """The name a transcript's label gives, without its role or party ("MICHEL MARTIN, HOST:" gives
    "MICHEL MARTIN", "REP. SUSAN BROOKS (R-IN):" "REP. SUSAN BROOKS")."""
    return re.split(r"[,(:]", label)[0].strip()


def rule_reasons(lines: list[str]) -> list[str | None]:
    """Why the rules take each line for furniture (None for a line they keep)."""
    bare = [not TERMINAL.search(line) for line in lines]
    blocks = link_blocks(lines)
    started = False  # has a line with a sentence end come before? (kept as we go: linear, not a look-back)
    reasons: list[str | None] = []
    labels = turn_labels(lines)
    for i, line in enumerate(lines):
        reason = "links" if i in blocks else line_kind(line, i, bare, started=started)
        reason = None if i in labels else reason
        if reason and i and CREDIT_LINE.match(line) and lines[i - 1].rstrip().endswith(QUOTE_CLOSERS):
            reason = None  # "— Claire Danes" under a quotation: who said it, not furniture
        started = started or not bare[i]
        reasons.append(reason)
    return reasons


def line_kind(line: str, i: int, bare: list[bool], started: bool = True) -> str | None:
    """Why a whole line is boilerplate, or None when it is article text.

    ``started`` tells whether a line with a sentence end came before: bare lines above the
    story are its headline and standfirst, below it they are links and subheadings.
    """
    for kind, rule in LINE_RULES:
        if rule.search(line) and (kind not in CAPTION_RULES or len(split_rough(line)) <= 3):
            return kind
    words = line.split()
    if not re.search(r"[^\W\d_]{2}", line):
        return "symbols"  # "..........", "2:15": no word in it
    addresses = [w for w in words if WEB_ADDRESS.search(w)]
    if addresses and len(words) - len(addresses) <= 2:
        return "address"  # 'poster="http://v.politico.com/..."', "Instagram: @https://...": a link, no text
    if re.fullmatch(r"[A-Z][A-Z ]{2,30}:", line):
        return "fragment"  # "PREVIOUSLY:", a label over a list of links
    if normalise(line) in learned_boilerplate():
        return "learned"
    if bare[i] and len(words) <= 6 and line == line.lower() and re.fullmatch(r"[\w\s\-#&]+", line):
        return "keywords"  # "mqm karachi": a tag line, all lower case, no punctuation
    credit = CREDIT_TAIL.search(line)
    if credit and credit.start() == 0:
        return "credit"  # a line that is only a credit: "NFL via Getty Images"
    if i > 0 and bare[i]:
        if len(words) <= 3:
            return "fragment"  # "EXCLUSIVE", "RIP", "Play"
        if started and line[0].isupper() and len(words) <= 14:
            # A capitalised line without a sentence end, below the headline: a related-story
            # link or a subheading, not reporting. Lower-case ones are bullet lists and stay.
            return "links"
    core = re.sub(r"\s*\([^()]*\)$", "", line)  # a sentence with a credit after it is no headline
    # A line ending on a closing quote or bracket with no full stop is a headline when it is written
    # like one; in sentence case it may be a sentence that lost its full stop ('Weiner nodded at me to
    # introduce myself, "Hi, I'm Olivia"'), and stays, unless it has no sentence's end anywhere and
    # closes on words in single marks, as headlines quote ("NYC homeless shelter residents call 311,
    # but 'no one's listening'", a link to another story between two paragraphs).
    unended = UNENDED.search(core) and (_titled(words) or core.endswith("]") or
                                        re.search(r"\s['‘]\w.*['’]$", core) and not re.search(r"[.!?]", core))
    headline = (unended or bare[i]) and (line[0].isupper() or line[0] in "'‘\"“" or _titled(words))
    if i > 0 and started and headline and len(words) <= 20 and not INNER_END.search(core):
        return "links"  # "2 Months In, Searchers Still Seek Jack The Cat Lost At JFK [Facebook]"
    if credit and ("..." in line or "…" in line):
        return "caption"  # a truncated caption: "... in a baseball... (Associated Press)"
    return None


def link_blocks(lines: list[str], run: int = 3) -> set[int]:
    """Lines in a run of ``run`` or more short headline-like lines below the story's first sentence:
    a list of links to other stories ("5 ways to keep your house warm", "What is a 'bomb cyclone'?")."""
    def linkish(line: str) -> bool:
        words = line.split()
        ends = not re.search(r"[.!:;,]\W*$", line) and (not re.search(r"[\"”’']$", line) or _titled(words))
        return len(words) <= 14 and ends and (line[0].isupper() or line[0].isdigit()) and not INNER_END.search(line)

    first = next((i for i, line in enumerate(lines) if re.search(r"[.!]\W*$", line) and len(line.split()) > 8), None)
    out: set[int] = set()
    i = (first or 0) + 1 if first is not None else len(lines)
    while i < len(lines):
        j = i
        while j < len(lines) and linkish(lines[j]):
            j += 1
        if j - i >= run:
            out.update(range(i, j))
        i = j + 1
    return out


def _titled(words: list[str]) -> bool:
    """Headline capitalisation: most longer words start with a capital ("2 Months In, Searchers Still Seek")."""
    long = [w for w in words if len(w) > 3]
    return bool(long) and sum(w[0].isupper() for w in long) / len(long) >= 0.6


def _strip_furniture(line: str) -> tuple[str, list[str]]:
    """Remove a trailing photo credit, caption sentences, learned boilerplate sentences, a transcript's
    notice and a link in brackets after a sentence."""
    removed: list[str] = []
    name_credit = NAME_CREDIT.search(line)
    if name_credit and name_credit.start() > 0:
        removed.append(line[name_credit.start():].strip())
        line = line[: name_credit.start()].rstrip()
    credit = CREDIT_TAIL.search(line)
    if credit and credit.start() > 0:
        removed.append(line[credit.start():].strip())
        line = line[: credit.start()].rstrip()
        if len(SENTENCE_END.split(line)) == 1 or CAPTION_POSITION.search(line) and not REPORTED.search(line):
            # One sentence and a credit, or sentences placing people in the picture that report no
            # one's words ("Olivia, center, was killed. At left is her sister Selah ... (Photo:
            # submitted)": distant readings 9097 to 9123 found its first sentence as a summary's
            # lead): a photo caption. ("A soldier (R) stands beside detained supporters, in Karachi
            # March 11, 2015. Officials said weapons were found. Reuters/...": a caption glued to
            # the story, whose caption sentence alone goes below.)
            return "", removed + [line]
    link = TRAILING_BRACKETED.search(line)
    if link:
        removed.append(link.group(1))
        line = line[: link.start()].rstrip()
    kept = []
    for piece in split_rough(line):
        is_caption = CAPTION_DATELINE.search(piece) and (credit or CAPTION_POSITION.search(piece)
                                                       or not re.search(r"\bsaid\b", piece)) \
            or CAPTION_WEEKDATE.search(piece)
        gallery = GALLERY_CAPTION.search(piece)  # "... Lightning streaks over protesters. Hide Caption 4 of 76"
        if is_caption or gallery or normalise(piece) in learned_boilerplate() or READER_PROMPT.search(piece) \
                or TRANSCRIPT_NOTICE.search(piece):
            removed.append(piece)
        else:
            kept.append(piece)
    return " ".join(kept), removed


def _behind_furniture(line: str, removed: list[str]) -> str:
    """What follows the first sentence of a long line that opens like furniture ("Image caption ...",
    "Breaking News Emails ..."): text without line breaks puts the story on the same line."""
    pieces = split_rough(line)
    removed.append(pieces[0])
    return " ".join(pieces[1:])


def _foreign_lines(lines: list[str]) -> tuple[list[str], list[str]]:
    """Lines in another script than the article's ("中文：…" under an English story), set apart.

    Only when the article is mostly in Latin letters: a story in another script is kept whole.
    """
    if latin_share(" ".join(lines)) < LATIN_ARTICLE:
        return lines, []
    foreign = [line for line in lines if latin_share(line) < 0.5]
    return [line for line in lines if latin_share(line) >= 0.5], foreign


def latin_share(text: str) -> float:
    """The share of the text's letters that are Latin."""
    letters = re.findall(r"[^\W\d_]", text)
    return sum(c.isascii() or "\u00c0" <= c <= "\u024f" for c in letters) / max(len(letters), 1)


MONTH_ABBREVIATION = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.$")


def split_rough(text: str) -> list[str]:
    """A fast sentence split for matching boilerplate; annotate does the real segmentation. A
    month's abbreviation before a day ("Tuesday, Jan. 2, 2018") ends no sentence."""
    pieces: list[str] = []
    for piece in re.split(r"(?<=[.!?])\s+(?=[\"'“A-Z0-9])", text):
        if pieces and piece[:1].isdigit() and MONTH_ABBREVIATION.search(pieces[-1]):
            pieces[-1] = f"{pieces[-1]} {piece}"
        elif piece:
            pieces.append(piece)
    return pieces
