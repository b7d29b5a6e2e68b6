"""Clean: remove page furniture from article text before it is split into sentences.

Scraped news text carries keyword lines, photo captions and credits, bylines, contact lines,
share and subscription prompts, embedded-widget text and lists of related links. Each kind is
recognised by a general rule below; sentences that recur in many unrelated clusters of the
Multi-News+ training data (``resources/boilerplate.txt``, made by
``scripts/mine_boilerplate.py``) are removed too. What is removed is kept, for ``removed``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from storylens.model import CleanArticle, RawArticle

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
         r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")

# A credit at the end of a line: "Reuters/Bahzad Khan", "AP Photo/David Zalubowski",
# "(Associated Press)", "(Photo: Dwayne Eberhart)", "NFL via Getty Images".
CREDIT_TAIL = re.compile(
    r"""\s*(?:
        \(?(?:AP|AFP|Reuters|REUTERS|EPA|Getty|UPI)(?:\s+Photo)?\s*/\s*[A-Z][\w.\-' ]{1,40}\)?
      | \((?:Associated\ Press|AP|AFP|Reuters|Getty\ Images|AP\ Photo[^)]*|Photo:[^)]*|Credit:[^)]*|File)\)
      | \[(?:Featured\ )?Image\ (?:by|via|credit)[^\]]*\]
      | (?:\w+\ )?via\ Getty\ Images
      | (?:Photo|Image|Credit)s?:\s*[A-Z][\w.\-' /]{1,40}
    )\s*$""",
    re.VERBOSE,
)
# A Reuters-style caption sentence: "... in Karachi March 11, 2015." (a place, then the date,
# with no "on" between them, which prose would have).
CAPTION_DATELINE = re.compile(rf"[A-Z][\w.]+,?\s+{MONTH}\s+\d{{1,2}},\s+\d{{4}}\.?$")
CAPTION_POSITION = re.compile(r"\((?:L|R|C|left|right|center|top|bottom)\)|, (?:left|right|center),")

LINE_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("credit", re.compile(r"^(?:Image (?:copyright|caption)|Photo(?:graph)?:|Pictured:|\(?Photo by|"
                          r"\[?(?:Featured )?Image (?:by|via|credit))", re.I)),
    ("credit", re.compile(r"^\(?(?:AP|AFP|Reuters|Getty Images|EPA)(?: Photo)?\)?$", re.I)),
    ("contributors", re.compile(r"contributed (?:to )?(?:this|the) (?:report|story|article)|"
                                r"^\(?(?:Additional )?(?:reporting|writing|editing) by\b", re.I)),
    ("byline", re.compile(r"^By\s+[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){0,3}(?:\s*(?:,|and|\|)\s*.*)?$")),
    ("byline", re.compile(r"^[A-Z][\w'\-]+ [A-Z][\w'\-]+ (?:writes|reports) (?:for|about)\b")),
    ("contact", re.compile(r"^\S+@\S+\.\w+\b|^(?:Twitter|Email|Contact|Follow)\s*:?\s*@\w+|"
                           r"can be reached (?:at|on)\b", re.I)),
    ("copyright", re.compile(r"^(?:Copyright|©|\(c\)\s*\d{4})|All rights reserved|"
                             r"may not be (?:published|reproduced),? broadcast", re.I)),
    ("updated", re.compile(r"^(?:Last )?(?:updated|published|posted)(?: at| on)?\s*:?\s*\d", re.I)),
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
    ("navigation", re.compile(r"^(?:[^|]{1,30}\|){2,}[^|]{0,30}$|^[\w.]+\s*:\s*Facebook\s*\|\s*Twitter", re.I)),
]
LEADING_FURNITURE = re.compile(r"^(?:(?:Photo |Video )?Advertisement |Continue reading the main story |"
                               r"Story continued below )+", re.I)
TERMINAL = re.compile(r"""[.!?…:;"'”’)\]]\s*$""")


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
    lines = [re.sub(r"\s+", " ", line).strip() for line in raw.text.splitlines()]
    removed: list[str] = []
    for i, line in enumerate(lines):
        prefix = LEADING_FURNITURE.match(line)
        if prefix and len(line[prefix.end():].split()) >= 8:
            # "Continue reading the main story At the scene The bombardment ...": keep the story.
            removed.append(prefix.group(0).strip())
            lines[i] = line[prefix.end():]
    lines = [line for line in lines if line]
    kept: list[str] = []
    bare = [not TERMINAL.search(line) for line in lines]
    started = False  # has a line with a sentence end come before? (kept as we go: linear, not a look-back)
    for i, line in enumerate(lines):
        reason = line_kind(line, i, bare, started=started)
        started = started or not bare[i]
        if reason:
            removed.append(line)
            continue
        line, dropped = _strip_furniture(line)
        removed.extend(dropped)
        if line:
            kept.append(line)
    return CleanArticle(raw=raw, paragraphs=kept, removed=removed)


def line_kind(line: str, i: int, bare: list[bool], started: bool = True) -> str | None:
    """Why a whole line is boilerplate, or None when it is article text.

    ``started`` tells whether a line with a sentence end came before: bare lines above the
    story are its headline and standfirst, below it they are links and subheadings.
    """
    for kind, rule in LINE_RULES:
        if rule.search(line):
            return kind
    words = line.split()
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
    if credit and ("..." in line or "…" in line):
        return "caption"  # a truncated caption: "... in a baseball... (Associated Press)"
    return None


def _strip_furniture(line: str) -> tuple[str, list[str]]:
    """Remove a trailing photo credit, caption sentences and learned boilerplate sentences."""
    removed: list[str] = []
    credit = CREDIT_TAIL.search(line)
    if credit and credit.start() > 0:
        removed.append(line[credit.start():].strip())
        line = line[: credit.start()].rstrip()
        pieces = split_rough(line)
        if len(pieces) == 1:
            return "", removed + [line]  # one sentence and a credit: a photo caption
    kept = []
    for piece in split_rough(line):
        is_caption = CAPTION_DATELINE.search(piece) and (credit or CAPTION_POSITION.search(piece)
                                                       or not re.search(r"\bsaid\b", piece))
        if is_caption or normalise(piece) in learned_boilerplate():
            removed.append(piece)
        else:
            kept.append(piece)
    return " ".join(kept), removed


def split_rough(text: str) -> list[str]:
    """A fast sentence split for matching boilerplate; annotate does the real segmentation."""
    return [p for p in re.split(r"(?<=[.!?])\s+(?=[\"'“A-Z0-9])", text) if p]
