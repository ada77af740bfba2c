"""Quote spans and sentence splitting inside one paragraph, in every quote style.

Pairs: "…", “…”, «…», „…“, „…”, ‘…’ (the last only around whole phrases, never apostrophes).
An opening quote never closed runs to the end of the paragraph (wire copy continues quotes
across paragraphs that way).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CLOSERS = {'"': '"”“', "“": '”"“', "«": "»", "„": '“”"', "‘": "’", "”": '”"'}
_QUOTE_CHAR = re.compile(r"[\"“”«»„‘’]")
# the characters the scan for an opener's closing mark stops at: its closers (and "«" nests)
_STOPS = {
    ch: re.compile("[" + closers + ("«" if ch == "«" else "") + "]")
    for ch, closers in _CLOSERS.items()
}
_WORD = re.compile(r"[\w'’-]+")


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # offset of the opening mark
    end: int  # offset just past the closing mark (or end of paragraph)
    inner_start: int
    inner_end: int
    closed: bool
    words: int  # words inside the marks (statements ask for every quote's, often twice)


def _quote(text: str, start: int, end: int, closed: bool) -> Quote:
    """The quote from its opening mark at `start` to `end` (past its closing mark if closed)."""
    inner_end = end - 1 if closed else end
    return Quote(
        start, end, start + 1, inner_end, closed, len(_WORD.findall(text, start + 1, inner_end))
    )


def find_quotes(text: str, start: int, end: int) -> list[Quote]:
    """Quote spans in text[start:end] (offsets are absolute)."""
    out: list[Quote] = []
    pos = start
    while True:
        m = _QUOTE_CHAR.search(text, pos, end)
        if m is None:
            break
        ch = m.group()
        i = m.start()
        if ch in "»’":
            pos = i + 1
            continue
        if ch == "‘":
            prev = text[i - 1] if i > start else " "
            if prev.isalnum():
                pos = i + 1
                continue
        # "”" as an opener only in styles like ”…” (rare); treat as opener.
        closers = _CLOSERS[ch]
        stops = _STOPS[ch]
        j = i + 1
        depth = 0
        close_at = -1
        while (sm := stops.search(text, j, end)) is not None:
            j = sm.start()
            c = text[j]
            if ch == "«" and c == "«":
                depth += 1
            elif c in closers:
                if ch == "‘" and j + 1 < end and text[j + 1].isalnum():
                    j += 1
                    continue
                if depth:
                    depth -= 1
                else:
                    close_at = j
                    break
            j += 1
        if close_at < 0:
            if ch == "‘":
                pos = i + 1
                continue
            out.append(_quote(text, i, end, closed=False))
            break
        out.append(_quote(text, i, close_at + 1, closed=True))
        pos = close_at + 1
    return out


_ABBREV = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "gen",
        "col",
        "lt",
        "sgt",
        "prof",
        "sen",
        "rep",
        "gov",
        "jr",
        "sr",
        "vs",
        "no",
        "nos",
        "fig",
        "approx",
        "u.s",
        "u.k",
        "e.g",
        "i.e",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "ltd",
        "co",
        "corp",
    ]
)
# "[.!?…][.!?…]*" rather than "[.!?…]+": a leading character class lets re skip to the marks
_BOUNDARY = re.compile(r"[.!?…][.!?…]*[\"”»“’]?(?=\s+[\"“«„‘]?[A-Z0-9])")
_LAST_WORD = re.compile(r"([\w.]+)$")
_INITIALS = re.compile(r"(?:\w\.)+\w")


def split_sentences(text: str, start: int, end: int, quotes: list[Quote]) -> list[tuple[int, int]]:
    """Sentence spans in text[start:end], never splitting inside a quote."""
    spans: list[tuple[int, int]] = []
    cur = start
    qi = 0
    for m in _BOUNDARY.finditer(text, start, end):
        b = m.end()
        while qi < len(quotes) and quotes[qi].end <= m.start():
            qi += 1
        if (
            qi < len(quotes)
            and quotes[qi].start < m.start() < quotes[qi].end - 1
            and b < quotes[qi].end
        ):
            continue  # inside a quote; 'the war "to get it done." Next' ends with the quote
        # the quote closes right at the boundary (‘… said." Next’) is fine; abbreviations not
        wm = _LAST_WORD.search(text, max(cur, m.start() - 12), m.start())
        if wm:
            w = wm.group(1).lower()
            if w in _ABBREV or (len(w) == 1 and w.isalpha()) or _INITIALS.fullmatch(w):
                continue
        spans.append((cur, b))
        cur = b
        while cur < end and text[cur].isspace():
            cur += 1
    if cur < end and text[cur:end].strip():
        spans.append((cur, end))
    return spans
