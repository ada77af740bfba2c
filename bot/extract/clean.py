"""Body cleaning that keeps character offsets.

Lines that are not the story (related-headline links ending in a date and "• N views", bylines,
scraped header lines, share/subscribe furniture) are blanked with spaces, so every offset into the
cleaned text is an offset into the original text. HTML tags and control characters are blanked the
same way. Headings (the title, sub-headings) are kept but marked: they are not statements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.extract.facts import Span

BODY = "body"
HEADING = "heading"
TITLE = "title"
ATTRIBUTION = "attribution"  # "- Umerov noted." after a quote paragraph


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int
    kind: str


@dataclass(frozen=True, slots=True)
class CleanBody:
    text: str  # same length as the input; dropped parts are spaces
    lines: tuple[Line, ...]  # kept non-empty lines, in order
    dropped: tuple[Span, ...]
    title: str
    title_span: Span | None
    raw: str = ""  # the input text, before markup and control characters were blanked


CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
_HTML_HINT = re.compile(r"<(?:html|body|div|p|span|a|br|script|head|meta|!doctype)\b", re.I)
_SCRIPT = re.compile(r"<(script|style)\b[^>]{0,2000}>.{0,200000}?</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[!/a-zA-Z][^<>]{0,2000}>")
_ENTITY = re.compile(
    r"&(?:quot|amp|apos|#39|#34|nbsp|laquo|raquo|ldquo|rdquo|lsquo|rsquo|mdash|ndash);"
)
_ENTITY_CHAR = {
    "&quot;": '"', "&#34;": '"', "&amp;": "&", "&apos;": "'", "&#39;": "'", "&nbsp;": " ",
    "&laquo;": "«", "&raquo;": "»", "&ldquo;": "“", "&rdquo;": "”", "&lsquo;": "‘",
    "&rsquo;": "’", "&mdash;": "—", "&ndash;": "–",
}  # fmt: skip

# the first digit is taken out of both forms: a pattern that starts with a digit is tried at
# digits only (the `$`-anchored search otherwise runs the whole pattern at every position)
_DATE_TAIL = re.compile(
    r"\d(?:\d?[./]\d{1,2}[./]\d{2,4},?\s*\d{1,2}:\d{2}"
    r"|\d?:\d{2},?\s*\d{1,2}[./]\d{1,2}[./]\d{2,4})"
    r"\s*(?:•\s*[\d\s,.]+\s*views?)?\s*$",
    re.I,
)
_VIEWS = re.compile(r"(?:•|\|)\s*\d[\d\s,.]*\s*(?:k\s*)?views?\s*$", re.I)
_FURNITURE = re.compile(
    r"^[\W_]*(?:read (?:also|more)|see also|related|subscribe|share(?: this)?|follow us|photo|"
    r"photograph|pictured|text(?=\s*:)|interview(?:ed)? by|compiled by|"
    r"video|source|tags?|advertisement|copy link|comments?|print|listen|author|editor|"
    r"additional reporting|"
    r"with (?:additional )?(?:assistance|reporting) from|photo credit|image)\b.{0,150}$",
    re.I,
)
# "Reporting by A in Riyadh and B in London; Additional reporting by C; Editing by D": a credit
# line may run long
_REPORTING_BY = re.compile(
    r"^[\W_]*(?:(?:additional |live )?reporting|writing|editing) by\b.{0,280}$", re.I
)
_PERSON = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
# "By A and B, Associated Press" / "Written by A": one or more names, an outlet after a comma
_BYLINE = re.compile(
    r"^[\W_]*(?i:by|authors?:|written by)\s+[A-Z][\w'’.-]+(?:\s+[\w'’.-]+){0,3}"
    r"(?:\s*(?:,|and|&)\s+" + _PERSON + r")*(?:\s*[,|]\s*[A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+){0,3})?"
    r"[^.!?\"“”«»]{0,60}$"
)
# "Jane Doe - 21:30, 15 December 2025": a name, then the time or date of the post
# "AP writer Jane Doe in Kyiv contributed to this report."
# "c(?<!\w.)" is "\bc" with the letter first: most positions fail at once
_CONTRIBUTED = re.compile(
    r"c(?<!\w.)ontributed (?:reporting )?(?:to|for) this (?:report|story|article)", re.I
)
_NAME_STAMP = re.compile(r"^\s*" + _PERSON + r"\s*[-–—|·•,]\s*\d[^.!?]{0,40}$")
# a credit line under the headline: "A and B, BBC News, Kyiv" / "A in Berlin and B in Kyiv"
_CREDIT = re.compile(
    r"^\s*" + _PERSON + r"(?:\s+in\s+[A-Z][\w'’-]+)?"
    r"(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)" + _PERSON + r"(?:\s+in\s+[A-Z][\w'’-]+)?)*"
    r"(?:\s*,\s*[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}){0,2}\s*$"
)
_TWO_NAMES = re.compile(r"\s(?:and|&|in)\s|,")
_NAME_LINE = re.compile(r"^\s*[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}\s*$")
_HEADER = re.compile(
    r"^\s*(?:date\b.{0,60}|\S{0,30}\s*[•|]\s*\S.{0,40}|\d{1,2}[:.]\d{2}.{0,30}|"
    r"(?:published|updated|posted)\b.{0,60}|[\d\s.,:/$€₴%+-]{1,60})$",
    re.I,
)
_SPEECH_VERB = (
    r"(?:said|says|noted|notes|emphasized|emphasised|stressed|added|stated|explained|"
    r"reported|wrote|told|answered|replied|remarked|declared|underlined|underscored|"
    r"summed up|concluded|recalled|insisted|warned|urged|announced|believes|assured|"
    r"pointed out|commented|continued|clarified|complained|admitted|argued|asked)"
)
# "- Umerov noted." / "- said the head of the delegation Rustem Umerov.": the verb and a few
# words, never a clause ("- Dmitriev told Axios the plan takes into account ..." is a bullet)
_DASH_ATTRIB = re.compile(
    r"^\s*[-–—]\s*(?:[\w'’.,-]+\s+){0,6}?"
    + _SPEECH_VERB
    + r"\b(?![^\n]*\bthat\b)\S*(?:[ \t]+\S+){0,9}[ \t]*$",
    re.I,
)
# how every _DASH_ATTRIB line opens
_DASH_OPEN = re.compile(r"\s*[-–—]")
_SENTENCE_END = re.compile(r"\.[\"”»’]?\s*$")
# a headline may end in a quoted phrase: a closing mark right after a word, no full stop
_QUOTE_END = re.compile(r"[^\W\d_][\"”»]\s*$")


_TERMINAL_CHARS = '.!?:;"”»“…)'


def _terminal(stripped: str) -> bool:
    """A sentence end closes a stripped line: re.search(r'[.!?:;"”»“…)]\\s*$', stripped) without
    a scan (the line ends in no space, as strip and \\s agree on spaces: only its last character
    can match)."""
    return bool(stripped) and stripped[-1] in _TERMINAL_CHARS


def heading_text(line: str) -> bool:
    """A short line without a sentence end ("Talks over", 'X says Y "fully supports" Z')."""
    stripped = line.strip()
    if not stripped:
        return False
    words = len(stripped.split(maxsplit=17))  # counts up to 18: enough to compare with 16
    if words <= 14 and not _terminal(stripped):
        return True
    return (
        words <= 16
        and stripped[0].isalnum()
        and stripped[-1] in '"”»'  # what _QUOTE_END needs at the end of a stripped line
        and bool(_QUOTE_END.search(stripped))
    )


def title_text(line: str) -> bool:
    """The first kept line as a title: not a sentence."""
    stripped = line.strip()
    return bool(stripped) and len(stripped) < 300 and not _SENTENCE_END.search(stripped)


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def _strip_markup(text: str) -> str:
    """Blank HTML markup and control characters, keeping the length of the text."""
    if CONTROL.search(text):
        text = CONTROL.sub(" ", text)
    if not _HTML_HINT.search(text[:20000]) and text.count("<") < 3:
        return text
    chars = list(text)
    for m in _SCRIPT.finditer(text):
        _blank(chars, m.start(), m.end())
    out = "".join(chars)
    out = _TAG.sub(lambda m: " " * len(m.group()), out)
    return _ENTITY.sub(lambda m: _ENTITY_CHAR[m.group()].ljust(len(m.group())), out)


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for raw in text.split("\n"):
        end = pos + len(raw)
        spans.append((pos, end))
        pos = end + 1
    return spans


def _is_related(line: str) -> bool:
    # the literal characters each pattern needs are checked first: a `$`-anchored search
    # otherwise tries every position of the line
    return bool(
        (":" in line and _DATE_TAIL.search(line))
        or (("•" in line or "|" in line) and _VIEWS.search(line))
    )


def clean_body(text: str) -> CleanBody:
    """Blank the non-story lines of `text`, keeping its length and offsets."""
    raw = text
    text = _strip_markup(text)
    dropped: list[Span] = []
    kept: list[tuple[int, int]] = []
    spans = _line_spans(text)
    for start, end in spans:
        line = text[start:end]
        stripped = line.strip()
        if not stripped:
            continue
        drop = (
            _is_related(line)
            or (len(stripped) < 120 and bool(_FURNITURE.match(line)))
            or (len(stripped) < 300 and bool(_REPORTING_BY.match(line)))
            or (len(stripped) < 80 and bool(_HEADER.match(line)))
            or (len(stripped) < 120 and bool(_BYLINE.match(line)))
            or (len(stripped) < 80 and bool(_NAME_STAMP.match(line)))
            or (len(stripped) < 160 and bool(_CONTRIBUTED.search(line)))
            or (
                len(kept) < 6
                and len(stripped) < 100
                and bool(_TWO_NAMES.search(stripped))
                and bool(_CREDIT.match(line))
            )
        )
        if drop:
            dropped.append(Span(start, end))
            continue
        kept.append((start, end))
    # Bylines: short name-only lines at the very end (and right after the title).
    while kept and _NAME_LINE.match(text[kept[-1][0] : kept[-1][1]]):
        s, e = kept.pop()
        dropped.append(Span(s, e))
    if len(kept) > 2 and _NAME_LINE.match(text[kept[1][0] : kept[1][1]]):
        s, e = kept.pop(1)
        dropped.append(Span(s, e))
    if dropped:
        # a dropped span is one line (no newline in it): blank it with one slice
        parts: list[str] = []
        pos = 0
        for sp in sorted(dropped, key=lambda sp: sp.start):
            parts.extend((text[pos : sp.start], " " * (sp.end - sp.start)))
            pos = sp.end
        parts.append(text[pos:])
        text = "".join(parts)
    lines: list[Line] = []
    title = ""
    title_span: Span | None = None
    title_norm = ""
    seen_body = False
    # each kept line is read against the attribution pattern once (it is asked twice: for the
    # line itself and for the line before it); a slice, as the pattern is anchored with "^"
    # (only a line that opens with a dash is sliced for it)
    dash = [
        _DASH_OPEN.match(text, start, end) is not None
        and _DASH_ATTRIB.match(text[start:end]) is not None
        for start, end in kept
    ]
    for i, (start, end) in enumerate(kept):
        line = text[start:end]
        stripped = line.strip()
        lead = len(line) - len(line.lstrip())
        s, e = start + lead, start + lead + len(stripped)
        if i == 0 and len(kept) > 1 and title_text(stripped) and not dash[i]:
            title, title_span, title_norm = stripped, Span(s, e), stripped.lower()
            lines.append(Line(s, e, TITLE))
            continue
        if dash[i] and len(stripped) < 140:
            lines.append(Line(s, e, ATTRIBUTION))
            continue
        next_is_attrib = i + 1 < len(kept) and dash[i + 1]
        # (lower() never shortens a line: a line longer than the title is not the title)
        heading = (len(stripped) <= len(title_norm) and stripped.lower() == title_norm) or (
            not next_is_attrib
            and (
                heading_text(stripped)
                # above the story's first sentence, a line with no sentence end is a headline
                # or a standfirst, however long ("Trump says he has begun arranging ...")
                or (not seen_body and len(stripped) < 300 and not _terminal(stripped))
            )
        )
        seen_body = seen_body or not heading
        lines.append(Line(s, e, HEADING if heading else BODY))
    return CleanBody(
        text=text,
        lines=tuple(lines),
        dropped=tuple(sorted(dropped, key=lambda sp: sp.start)),
        title=title,
        title_span=title_span,
        raw=raw,
    )
