"""Negotiation rounds and meetings, and prisoner exchanges.

A mention is an ordinal or "next/new" round/meeting/stage, or talks/negotiations/a meeting with a
venue or a date in the same sentence. Venues come from the curated place list; a venue in a
refusal ("refusal from negotiations in the Vatican, Switzerland or any other platform") is not a
round. Mentions are merged by number; unnumbered future mentions join the upcoming numbered
round. Status from the date against the publication date, else from tense and cue words.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TypeVar

from bot.extract import dates
from bot.extract.facts import ExchangeFact, RoundFact, Span
from bot.extract.lexicon import lexicon

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
    "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10,
}  # fmt: skip
_FUTURE_WORDS = frozenset(
    ["next", "new", "upcoming", "another", "coming", "following", "subsequent", "further"]
)
_PAST_WORDS = frozenset(["last", "previous", "latest", "recent", "past"])

_TALKS = (
    r"(?:(?:peace|direct|bilateral|trilateral|renewed|Russian[- ]Ukrainian|Ukrainian[- ]Russian|"
    r"face-to-face|high-level|technical|new)\s+){0,3}(?:negotiations|talks)"
)
_ROUND = re.compile(
    r"\b(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d{1,2}(?:st|nd|rd|th)|"
    r"next|new|upcoming|another|coming|following|subsequent|further|last|previous|latest|recent)\s+"
    r"(?:(?:full-fledged|official|direct|face-to-face|in-person|peace|negotiating)\s+)?"
    r"(?P<kind>round|meeting|stage|session|phase)s?\b"
    r"(?:\s+of\s+(?:the\s+)?" + _TALKS + r")?"
    r"|\bround\s+(?P<num>\d{1,2}|one|two|three|four|five)\s+of\s+(?:the\s+)?"
    + _TALKS
    + r"|\b(?P<talks>"
    + _TALKS
    + r")\b"
    r"|\b(?P<summit>summit|leaders'? meeting|"
    r"meeting between (?:the )?(?:two )?(?:presidents|leaders))\b"
    r"|\bmeet(?:ing)?\s+(?:with\s+)?(?P<leader>Putin|Zelensky[iy]*|Trump)\b",
    re.I,
)
T = TypeVar("T")

_WORDNUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}

_REFUSAL = re.compile(
    r"\b(?:refus\w*|reject\w*|rul\w* out|declin\w*|dismiss\w*|not (?:in|at)|instead of|"
    r"rather than|no (?:talks|negotiations) in|opposed?|against)\b",
    re.I,
)
_NOT_ROUND = re.compile(
    r"meeting of the (?:UN |United Nations )?Security Council|phone (?:call|conversation)|"
    r"telephone|press conference|briefing|meeting of (?:the )?(?:EU|NATO|G7|European)",
    re.I,
)
_CANCELLED = re.compile(
    r"\b(?:cancel+ed|called off|postponed|scrapped|will not take place|suspended|"
    r"broke down|collapsed)\b",
    re.I,
)
_HELD = re.compile(
    r"\b(?:took place|was held|were held|held (?:on|in|at)|ended|concluded|lasted|"
    r"after the|following the|results? of the|outcome of the|"
    r"met in|met on|what was|took part|participated)\b",
    re.I,
)
_SCHEDULED = re.compile(
    r"\b(?:will take place|will be held|is scheduled|are scheduled|scheduled|is expected|"
    r"are expected|will (?:go|arrive|travel|hold|meet|be)|set for|is set|planned for|"
    r"is to take place|will begin|will start|agreed to (?:hold|meet)|confirmed)\b",
    re.I,
)
_PROPOSED = re.compile(
    r"\b(?:propos\w*|offer\w*|suggest\w*|invit\w*|ready (?:for|to)|readiness|seek\w*|sought|"
    r"call\w* for|could|would|may|might|possible|possibility|wants?|hopes?|push\w* for|"
    r"insist\w* on|idea of|initiative)\b",
    re.I,
)

_EXCHANGE = re.compile(
    r"\b(?P<a>\d{1,3}(?:[ ,]\d{3})*|\d+)\s*(?:for|-for-|to|х|x)\s*"
    r"(?P<b>\d{1,3}(?:[ ,]\d{3})*|\d+)\b"
)
_EXCHANGE_CTX = re.compile(r"exchange|swap|prisoner|POW|captive", re.I)


@dataclass(slots=True)
class _Mention:
    number: int | None
    rel: str  # "future", "past" or ""
    place: str | None
    date: dt.date | None
    status: str | None
    start: int
    end: int
    leaders: bool = False
    heading: bool = False
    strong: bool = True  # ordinal/next round wording (not just "talks")


@dataclass(slots=True)
class _Round:
    number: int | None
    mentions: list[_Mention] = field(default_factory=list)


_PLACE_PRE = re.compile(r"\b(?:in|at|to|inside|near|for|from)\s+(?:the\s+)?$", re.I)
_PLACE_POST = re.compile(r"\s+(?:talks|negotiations|meeting|round|summit|format|process)\b", re.I)


def _places(sentence: str, offset: int) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    taken: list[tuple[int, int]] = []
    for place in lexicon().places:
        for m in re.finditer(r"(?<![\w-])" + re.escape(place) + r"(?![\w-])", sentence):
            if any(s <= m.start() < e for s, e in taken):
                continue
            pre = sentence[max(0, m.start() - 14) : m.start()]
            post = sentence[m.end() : m.end() + 25]
            if not (_PLACE_PRE.search(pre) or _PLACE_POST.match(post)):
                continue
            taken.append((m.start(), m.end()))
            out.append((place, offset + m.start()))
    out.sort(key=lambda p: p[1])
    return out


def _refused(sentence: str, rel_pos: int) -> bool:
    before = sentence[max(0, rel_pos - 80) : rel_pos]
    if re.search(r"\bexcept\s*$", before):
        return False
    return bool(_REFUSAL.search(before))


def _status(sentence: str) -> str | None:
    if _CANCELLED.search(sentence):
        return "cancelled"
    sched = bool(_SCHEDULED.search(sentence))
    held = bool(_HELD.search(sentence))
    prop = bool(_PROPOSED.search(sentence))
    if sched:
        return "scheduled"
    if held and dates.tense(sentence) != dates.FUTURE:
        return "held"
    if prop:
        return "proposed"
    return None


class RoundFinder:
    def __init__(self, published: dt.date | None) -> None:
        self.published = published
        self.mentions: list[_Mention] = []
        self.exchanges: list[ExchangeFact] = []

    def sentence(self, text: str, s0: int, e0: int, heading: bool) -> None:
        sent = text[s0:e0]
        if "round" not in sent.lower() and not any(
            w in sent.lower()
            for w in ("talks", "negotiation", "meeting", "meet", "summit", "stage", "session")
        ):
            self._exchange(text, s0, e0)
            return
        found = list(_ROUND.finditer(sent))
        if not found:
            self._exchange(text, s0, e0)
            return
        direction = dates.tense(sent)
        date_hits: list[tuple[dt.date, int]] = []
        for dm in dates.DATE_RE.finditer(sent):
            d, gran = dates.resolve(dm, self.published, direction)
            if d is not None and gran == "day":
                date_hits.append((d, dm.start()))
        places = [(p, pos) for p, pos in _places(sent, 0) if not _refused(sent, pos)]
        status = _status(sent)
        for m in found:
            if _NOT_ROUND.search(sent[max(0, m.start() - 10) : m.end() + 40]):
                continue
            number: int | None = None
            rel = ""
            strong = True
            leaders = False
            if m.group("ord"):
                o = m.group("ord").lower()
                if o in ORDINALS:
                    number = ORDINALS[o]
                elif o in _FUTURE_WORDS:
                    rel = "future"
                else:
                    rel = "past"
                if m.group("kind").lower() in ("meeting", "session") and not re.search(
                    r"\b(?:talks|negotiat\w*|delegation\w*|Russia\w*|Ukrain\w*|Istanbul|round)\b",
                    sent,
                    re.I,
                ):
                    continue
            elif m.group("num"):
                n = m.group("num").lower()
                number = _WORDNUM.get(n) or int(n)
            elif m.group("talks"):
                strong = False
            else:
                leaders = True
            # place/date nearest after the mention in the same sentence (or before if none)
            place = _nearest(places, m.start(), m.end())
            date = _nearest(date_hits, m.start(), m.end())
            if not strong and place is None and date is None:
                continue
            if leaders and status is None:
                continue
            self.mentions.append(
                _Mention(
                    number,
                    rel,
                    place,
                    date,
                    status,
                    s0 + m.start(),
                    s0 + m.end(),
                    leaders,
                    heading,
                    strong,
                )
            )
        self._exchange(text, s0, e0)

    def _exchange(self, text: str, s0: int, e0: int) -> None:
        sent = text[s0:e0]
        if not _EXCHANGE_CTX.search(sent):
            return
        for m in _EXCHANGE.finditer(sent):
            a = int(re.sub(r"[ ,]", "", m.group("a")))
            b = int(re.sub(r"[ ,]", "", m.group("b")))
            if not (0 < a < 100000 and 0 < b < 100000):
                continue
            self.exchanges.append(
                ExchangeFact(a, b, None, Span(s0 + m.start(), s0 + m.end()), m.group(), 0.8)
            )

    def rounds(self) -> list[RoundFact]:
        ms = self.mentions
        groups: dict[int, _Round] = {}
        loose: list[_Mention] = []
        for m in ms:
            if m.number is not None:
                groups.setdefault(m.number, _Round(m.number)).mentions.append(m)
            else:
                loose.append(m)
        pub = self.published

        def is_future(r: _Round) -> bool:
            for m in r.mentions:
                if m.date is not None and pub is not None:
                    return m.date >= pub
            return any(m.status in ("scheduled", "proposed") for m in r.mentions) and not any(
                m.status == "held" for m in r.mentions
            )

        numbered = sorted(groups)
        future_nums = [n for n in numbered if is_future(groups[n])]
        held_nums = [n for n in numbered if not is_future(groups[n])]
        leftovers: list[_Mention] = []
        for m in loose:
            if m.leaders:
                leftovers.append(m)
                continue
            fut = (
                m.rel == "future"
                or (m.rel == "" and (m.date is not None and pub is not None and m.date >= pub))
                or (m.rel == "" and m.status in ("scheduled", "proposed"))
            )
            if fut:
                if future_nums:
                    groups[future_nums[0]].mentions.append(m)
                    continue
                if held_nums:
                    n = max(held_nums) + 1
                    groups.setdefault(n, _Round(n)).mentions.append(m)
                    future_nums.append(n)
                    continue
            elif m.rel == "past" and held_nums:
                groups[max(held_nums)].mentions.append(m)
                continue
            elif m.rel == "" and not m.strong and len(groups) == 1:
                only = next(iter(groups.values()))
                if _compatible(only, m):
                    only.mentions.append(m)
                    continue
            leftovers.append(m)
        out: list[RoundFact] = []
        for n in sorted(groups):
            out.append(self._fact(groups[n].mentions, n))
        # unnumbered: group by (place, date, leaders)
        buckets: dict[tuple[str | None, dt.date | None, bool], list[_Mention]] = {}
        for m in leftovers:
            buckets.setdefault((m.place, m.date, m.leaders), []).append(m)
        for (place, date, leaders), mm in buckets.items():
            if place is None and date is None and not leaders:
                continue
            if (
                any(r.place == place and (date is None or r.date == date) for r in out)
                and not leaders
            ):
                continue
            out.append(self._fact(mm, None))
        return _dedupe(out)

    def _fact(self, mm: list[_Mention], number: int | None) -> RoundFact:
        body = [m for m in mm if not m.heading] or mm
        place = _vote([m.place for m in body]) or _vote([m.place for m in mm])
        date = _vote([m.date for m in body]) or _vote([m.date for m in mm])
        status: str
        pub = self.published
        statuses = [m.status for m in mm if m.status]
        if "cancelled" in statuses:
            status = "cancelled"
        elif date is not None and pub is not None:
            status = (
                "held"
                if date < pub
                else (
                    "scheduled"
                    if "scheduled" in statuses or date - pub < dt.timedelta(days=15)
                    else "proposed"
                )
            )
            if date >= pub and "proposed" in statuses and "scheduled" not in statuses:
                status = "proposed"
        elif "held" in statuses and not any(m.rel == "future" for m in mm):
            status = "held"
        elif "scheduled" in statuses:
            status = "scheduled"
        elif "proposed" in statuses or any(m.leaders for m in mm):
            status = "proposed"
        elif any(m.rel == "past" for m in mm):
            status = "held"
        else:
            status = "scheduled" if any(m.rel == "future" for m in mm) else "held"
        first = min(mm, key=lambda m: (m.heading, m.start))
        strong = any(m.strong for m in mm)
        conf = 0.5 + 0.15 * (place is not None) + 0.15 * (date is not None) + 0.15 * strong
        return RoundFact(
            number=number,
            place=place,
            date=date,
            status=status,
            span=Span(first.start, first.end),
            confidence=round(min(conf, 0.95), 2),
            description="leaders' meeting" if any(m.leaders for m in mm) else "",
        )


def _compatible(r: _Round, m: _Mention) -> bool:
    places = {x.place for x in r.mentions if x.place}
    dates_ = {x.date for x in r.mentions if x.date}
    return (m.place is None or not places or m.place in places) and (
        m.date is None or not dates_ or m.date in dates_
    )


def _vote(values: list[T | None]) -> T | None:
    counts: dict[T, int] = {}
    for v in values:
        if v is not None:
            counts[v] = counts.get(v, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda k: counts[k])


def _nearest(hits: list[tuple[T, int]], start: int, end: int) -> T | None:
    if not hits:
        return None
    after = [h for h in hits if h[1] >= end]
    if after and after[0][1] - end < 120:
        return after[0][0]
    before = [h for h in hits if h[1] < start]
    if before and start - before[-1][1] < 120:
        return before[-1][0]
    return (after or before)[0][0]


def _dedupe(rounds: list[RoundFact]) -> list[RoundFact]:
    seen: set[tuple[int | None, str | None, dt.date | None]] = set()
    out = []
    for r in rounds:
        k = (r.number, r.place, r.date)
        if k in seen:
            continue
        seen.add(k)
        out.append(r)
    return out
