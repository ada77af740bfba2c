"""Date phrases: find them with compiled regexes, resolve them against the publication date.

The direction of a year-less or weekday phrase comes from the tense of its sentence ("will take
place on June 2" looks forward, "talks held on May 16" backward). Dates far from the publication
date are rejected. dateparser is only called on short phrases the fast path does not decode, with
`RELATIVE_BASE` set and the cache keyed on (phrase, base, direction).
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from functools import lru_cache
from typing import Any

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
FUTURE, PAST, NEUTRAL = "future", "past", "neutral"
MAX_DISTANCE = dt.timedelta(days=370)
MAX_YEAR_DISTANCE = dt.timedelta(days=2 * 366)

_MONTH = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# Month and weekday names are capitalised in English copy: matching them case-sensitively keeps
# the scan fast and keeps "may" (the verb) out. The word before a match ("next", "last") is read
# separately by `prefix_of`. The lookahead lists every character a match can start with (a digit,
# a capitalised month or weekday, a relative phrase in any case, and the two dotted/dotless i's
# that re's case folding maps onto "i"): most word starts fail it at once, halving the scan.
DATE_RE = re.compile(
    r"\b(?=[\dMTWFSJAONDYLCIntylciao\u0130\u0131])(?:"
    r"(?P<iso>(?P<iy>20\d\d)-(?P<im>[01]?\d)-(?P<id>[0-3]?\d))\b"
    r"|(?P<dot>(?P<dd>[0-3]?\d)\.(?P<dm>[01]?\d)\.(?P<dy>20\d\d|\d\d))\b"
    # a month or weekday date starts with a digit or a capital: lower-case words skip it at once
    r"|(?=[\dMTWFSJAOND])(?:" + _WD + r",?\s+(?:the\s+)?)?"
    r"(?:" + _MONTH + r"\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[-–]\s*[0-3]?\d)?"
    r"|(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[-–]\s*[0-3]?\d)?\s+(?:of\s+)?"
    + _MONTH.replace("mon>", "mon2>")
    + r")(?:,?\s+(?P<year>20\d\d))?\b(?!\s*(?:views|%|people|prisoners|points))"
    r"|(?P<wd2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    # a day of the month alone, as Ukrainian and Russian copy writes it: "planned for the 23rd"
    r"|(?:(?<=\bon )|(?<=\bfor )|(?<=\bby ))the (?P<dn>[1-3]?\d)(?:st|nd|rd|th)\b"
    r"(?![ -]+(?:[A-Z0-9]|of\b|anniversary|century|brigade|round|time|day|session|meeting))"
    r"|(?P<rel>(?i:today|tomorrow|the day before yesterday|yesterday|the day after tomorrow|"
    r"the (?:day before|previous day)(?=\s*[.,;)])|this (?:morning|afternoon|evening)|"
    r"(?:next|this|last|coming) (?:week|month)|in (?:a|one|two|three|\d) (?:days?|weeks?)|"
    r"(?:a|one|two|three|\d) (?:days?|weeks?) ago))\b"
    r")"
)
_PREFIX = re.compile(r"\b(next|last|this|coming|past)\s+$", re.I)


def prefix_of(text: str, start: int) -> str:
    """ "next" / "last" / "this" right before a date phrase, lower case, or ""."""
    m = _PREFIX.search(text[max(0, start - 10) : start])
    return m.group(1).lower() if m else ""


_FUTURE_WORDS = frozenset(
    [
        "will",
        "shall",
        "expected",
        "expect",
        "expects",
        "scheduled",
        "planned",
        "upcoming",
        "next",
        "due",
        "tomorrow",
        "going",
        "intend",
        "intends",
        "coming",
        # a trip told in the present is ahead: "before Witkoff flies to Moscow on Tuesday"
        "flies",
        "travels",
        "heads",
    ]
)
_PAST_WORDS = frozenset(
    [
        "was",
        "were",
        "took",
        "held",
        "had",
        "ended",
        "concluded",
        "last",
        "ago",
        "yesterday",
        "previous",
        "earlier",
        "did",
        "met",
        "since",
        "made",
        "agreed",
        "signed",
        "reached",
        "discussed",
        "lasted",
        "hosted",
        # past forms of the verbs a meeting is reported with
        "delivered",
        "presented",
        "handed",
        "visited",
        "arrived",
        "began",
        "started",
        "returned",
        "gathered",
        "wrapped",
        "received",
        "welcomed",
        "exchanged",
        "flew",
        "came",  # "the meeting came three days after the summit in Alaska on Friday"
    ]
)
_FUTURE_PHRASES = ("to be held", "set for", " is to ", " are to ", "would be held")
# "had been expected to meet on Wednesday, but the meeting was postponed": a past plan
_PAST_PHRASES = (
    "after the ",
    "following the ",
    "had been expected",
    "had been due",
    "had been scheduled",
    "had been planned",
)
_WORDS = re.compile(r"[a-z]+")


def tense(sentence: str) -> str:
    """FUTURE, PAST or NEUTRAL by counting tense cue words (cheap: one tokenisation)."""
    low = sentence.lower()
    words = _WORDS.findall(low)
    fut = sum(map(_FUTURE_WORDS.__contains__, words))  # the two word sets are disjoint
    past = sum(map(_PAST_WORDS.__contains__, words))
    fut += sum(map(low.__contains__, _FUTURE_PHRASES))
    past += sum(map(low.__contains__, _PAST_PHRASES))
    if fut > past:
        return FUTURE
    if past > fut:
        return PAST
    return NEUTRAL


_CLAUSE_START = re.compile(r"[,;:()\"“”«»]|\b(?:and|but|while|said|says|that)\b")
_MODAL = re.compile(
    r"\b(?:would|could|to (?:meet|hold|travel|fly|visit|present|brief|discuss|deliver|sign|"
    r"negotiate))\b"
)


def clause_tense(sentence: str, pos: int, default: str) -> str:
    """The tense of the clause a date phrase at `pos` sits in ("said he would travel on Monday":
    the travel is ahead even though the sentence reports the past); `default` if it has none."""
    head = sentence[max(0, pos - 80) : pos].lower()
    cut = 0
    for m in _CLAUSE_START.finditer(head):
        cut = m.end()
    clause = head[cut:]
    if head.endswith((" for ", " for the ")):
        return NEUTRAL  # "pencilled in for 25 June, has been postponed": the plan's day
    t = tense(clause)
    if t != NEUTRAL:
        return t
    if _MODAL.search(clause):
        return FUTURE
    return default


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")[: 4 if name.lower().startswith("sept") else 3]]


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_RECENT = dt.timedelta(days=45)


@lru_cache(maxsize=4096)  # pure; the same few days recur through a text
def _pick_year(month: int, day: int, base: dt.date, direction: str) -> dt.date | None:
    """The nearest year, unless the tense points the other way by more than a week (a
    future sentence: by more than the last month and a half)."""
    cands = [d for y in (base.year - 1, base.year, base.year + 1) if (d := _safe(y, month, day))]
    if not cands:
        return None
    cands.sort(key=lambda d: abs((d - base).days))
    nearest = cands[0]
    week = dt.timedelta(days=7)
    # a future sentence often recalls a recent day in a clause of its own ("it will be the
    # second round, after a first on January 23"): a day of the last month stays in it
    if direction == FUTURE and nearest < base - _RECENT:
        later = [d for d in cands if d >= base - week]
        return later[0] if later else nearest
    if direction == PAST and nearest > base + week:
        earlier = [d for d in cands if d <= base + week]
        return earlier[0] if earlier else nearest
    return nearest


def _weekday(wd: int, base: dt.date, direction: str, prefix: str) -> dt.date:
    ahead = (wd - base.weekday()) % 7  # 0..6 days forward
    back = (base.weekday() - wd) % 7  # 0..6 days back
    if prefix == "next":
        return base + dt.timedelta(days=ahead or 7)
    if prefix == "last":
        return base - dt.timedelta(days=back or 7)  # "last Friday", written on a Friday
    if direction == PAST:
        return base - dt.timedelta(days=back)
    if direction == FUTURE:
        return base + dt.timedelta(days=ahead)
    return base + dt.timedelta(days=ahead) if ahead < back else base - dt.timedelta(days=back)


def _day_of_month(day: int, base: dt.date, direction: str) -> dt.date | None:
    """ "the 23rd": that day of this month, or of the next or the last month when the tense
    points there (the 3rd said on the 28th of a month, ahead, is the next month's)."""
    month0 = base.year * 12 + base.month - 1
    cands = [d for k in (-1, 0, 1) if (d := _safe((month0 + k) // 12, (month0 + k) % 12 + 1, day))]
    if direction == FUTURE:
        cands = [d for d in cands if d >= base]
    elif direction == PAST:
        cands = [d for d in cands if d <= base]
    return min(cands, key=lambda d: abs(d - base), default=None)


_NUM = {"a": 1, "one": 1, "two": 2, "three": 3}


@lru_cache(maxsize=4096)
def _dateparser(phrase: str, base: dt.date, direction: str) -> dt.date | None:
    """Fallback for phrases the fast path cannot decode; never downloads anything."""
    try:
        from dateparser.date import DateDataParser
    except ImportError:  # pragma: no cover - dateparser is a dependency
        return None
    settings: dict[str, Any] = {
        "RELATIVE_BASE": dt.datetime.combine(base, dt.time(12)),
        "PREFER_DATES_FROM": "past" if direction == PAST else "future",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            parser = DateDataParser(languages=["en"], settings=settings)
            data = parser.get_date_data(phrase)
        except Exception:
            return None
    return data.date_obj.date() if data and data.date_obj else None


def resolve(
    m: re.Match[str],
    base: dt.date | None,
    direction: str,
    prefix: str = "",
    year: int | None = None,
) -> tuple[dt.date | None, str]:
    """The date a DATE_RE match means, and its granularity ("day" or "week"). `year` is the
    year the text has set for its year-less days (a timeline's "February 2025:" heading)."""
    g = m.groupdict()
    date: dt.date | None = None
    gran = "day"
    if g["iso"]:
        date = _safe(int(g["iy"]), int(g["im"]), int(g["id"]))
    elif g["dot"]:
        year = int(g["dy"])
        date = _safe(year + 2000 if year < 100 else year, int(g["dm"]), int(g["dd"]))
    elif g["mon"] or g["mon2"]:
        month = _month(g["mon"] or g["mon2"])
        day = int(g["d1"] or g["d2"])
        if g["year"]:
            date = _safe(int(g["year"]), month, day)
        elif year is not None:
            date = _safe(year, month, day)
        elif base is not None:
            if direction == NEUTRAL and g["wd"]:
                # the weekday tells the year: take the candidate whose weekday matches
                for y in (base.year, base.year + 1, base.year - 1):
                    d = _safe(y, month, day)
                    if d and d.weekday() == WEEKDAYS[g["wd"].lower()]:
                        date = d
                        break
            if date is None:
                date = _pick_year(month, day, base, direction)
    elif base is None:
        return None, gran
    elif g["wd2"]:
        date = _weekday(WEEKDAYS[g["wd2"].lower()], base, direction, prefix)
    elif g["dn"]:
        date = _day_of_month(int(g["dn"]), base, direction)
    elif g["rel"]:
        rel = g["rel"].lower()
        if rel in ("today", "this morning", "this afternoon", "this evening"):
            date = base
        elif rel == "tomorrow":
            date = base + dt.timedelta(days=1)
        elif rel == "the day after tomorrow":
            date = base + dt.timedelta(days=2)
        elif rel == "yesterday":
            date = base - dt.timedelta(days=1)
        elif rel == "the day before yesterday":
            date = base - dt.timedelta(days=2)
        elif rel in ("the day before", "the previous day"):
            date = base - dt.timedelta(days=1)  # "was held in Istanbul the day before."
        elif rel.endswith(" ago") and "week" in rel:
            # "a week ago", "two weeks ago": that many weeks back to the day, as reporters use it
            n = rel.split()[0]
            date = base - dt.timedelta(days=7 * (int(n) if n.isdigit() else _NUM.get(n, 1)))
        else:
            gran = "week" if "week" in rel or "month" in rel else "day"
            date = _dateparser(rel, base, direction)
    # a year the text states (or sets for a timeline) is trusted further than a guessed one
    far = MAX_YEAR_DISTANCE if g["year"] or g["iso"] or g["dot"] or year else MAX_DISTANCE
    if date is not None and base is not None and abs(date - base) > far:
        return None, gran
    return date, gran


_PUBLISHED_RES = (
    re.compile(r"\b(20\d\d)-([01]\d)-([0-3]\d)\b"),
    re.compile(r"\b([0-3]?\d)\.([01]?\d)\.(20\d\d)\b"),
)
_PUB_TEXT = re.compile(
    r"\b(?:" + _MONTH + r"\s+(?P<d1>[0-3]?\d),?\s+(?P<y1>20\d\d)"
    r"|(?P<d2>[0-3]?\d)\s+" + _MONTH.replace("mon>", "mon2>") + r",?\s+(?P<y2>20\d\d))\b",
    re.I,
)
_VIEWS = re.compile(r"views?\b", re.I)


def find_published(text: str) -> dt.date | None:
    """The article's own date line ("date 2025-05-30", "30.05.2025 14:10", "May 30, 2025")."""
    lines = [ln for ln in text[:4000].split("\n") if ln.strip()][:8]
    for line in lines:
        if _VIEWS.search(line) or len(line) > 200:
            continue
        m = _PUBLISHED_RES[0].search(line)
        if m and (d := _safe(int(m[1]), int(m[2]), int(m[3]))):
            return d
        m = _PUBLISHED_RES[1].search(line)
        if m and (d := _safe(int(m[3]), int(m[2]), int(m[1]))):
            return d
        t = _PUB_TEXT.search(line)
        if t:
            mon = _month(t["mon"] or t["mon2"])
            d = _safe(int(t["y1"] or t["y2"]), mon, int(t["d1"] or t["d2"]))
            if d:
                return d
    return None
