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
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TypeVar

from bot.extract import dates
from bot.extract.facts import ExchangeFact, RoundFact, Span
from bot.extract.fold import Caseless, foldable
from bot.extract.lexicon import lexicon

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
    "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10,
}  # fmt: skip
_FUTURE_WORDS = frozenset(
    ["next", "new", "upcoming", "another", "coming", "following", "subsequent", "further"]
)

_TALKS = (
    r"(?:(?:peace|direct|bilateral|trilateral|renewed|Russian[- ]Ukrainian|Ukrainian[- ]Russian|"
    r"face-to-face|high-level|technical|new)\s+){0,3}(?:negotiations|talks|consultations)"
)
_ORD_WORDS = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|new|upcoming|"
    r"another|coming|following|subsequent|further|last|previous|latest|recent)\b"
)
_ROUND = re.compile(
    # every character a match can start with (in either case): most word starts fail at once
    r"\b(?=[abcdefhlmnoprstuwyABCDEFHLMNOPRSTUWY\d])(?:"
    # and one per alternative, for its own first letters
    r"(?=[aceflnprstu\d])(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d{1,2}(?:st|nd|rd|th)|"
    r"next|new|upcoming|another|coming|following|subsequent|further|last|previous|latest|recent)\s+"
    r"(?:and (?:latest|last|final|most recent) )?(?:(?:two|three|four|five)\s+)?(?:such\s+)?"
    r"(?:(?:full-fledged|official|direct|face-to-face|in-person|peace|negotiating|known|formal|"
    r"informal|preparatory|substantive|high-level|technical|expert-level|"
    r"bilateral|trilateral)\s+)?"
    # "the second Istanbul round", "the third Abu Dhabi meeting" (the words must be a place)
    r"(?:(?P<where>(?!" + _ORD_WORDS + r"|(?:the|an?|of|and|to|in|on|at|for|with)\b)[\w-]+"
    r"(?:\s+[\w-]+)?)\s+)??"
    r"(?P<kind>round|meeting|stage|session|phase|summit)s?\b"
    r"(?:, the (?P<third>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b)?"
    r"(?:\s+of\s+(?:the\s+)?" + _TALKS + r")?"
    r"|(?=f)\b(?P<first>first)(?:-ever)?\s+(?:(?!(?:since|day|days|week|time|of)\b)[\w.'’-]+\s+){0,3}?(?:negotiations|talks)\b"
    r"(?!\s+since\b)"
    r"|(?=r)\bround\s+(?P<num>\d{1,2}|one|two|three|four|five)\s+of\s+(?:the\s+)?"
    + _TALKS
    + r"|(?=[bcdfhnprtu])\b(?P<talks>"
    + _TALKS
    + r")\b"
    r"|(?=[acfhmostwy])\b(?P<meeting>(?:the|a|their|his|her|our|two|three|several|"
    r"(?:yesterday|today|tomorrow|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s)\s+"
    r"(?:(?!" + _ORD_WORDS + r"|(?:of|an?|the|on|in|at|for|with|and|to)\b)[\w'’.-]+\s+){0,4}?"
    r"(?:meeting|session)s?|met|meets|"
    # "they previously talked in Moscow", "the conversation between Putin and Witkoff at"
    r"talked(?=\s+(?:for\s+[\w\s-]{1,30}?\s+)?(?:in|at)\s+[A-Z])|conversation(?=\s+between\s)|"
    # Putin's "Next time in Moscow": a next meeting offered by naming only its city
    r"(?<=next )time(?=\s+in\s+[A-Z])|"
    r"(?:(?<=\bis )|(?<=\bare )|(?<=['’]s ))meeting(?= (?:with )?[a-zA-Z])|"
    # "proposed that the delegations meet again before the end of June"
    r"meet(?=\s+again)(?:(?<=delegations meet)|(?<=teams meet)|(?<=sides meet)|"
    r"(?<=parties meet)|(?<=groups meet))|"
    r"(?:will|would|to|could) (?:meet|receive(?= (?:the )?(?:us |u\.s\. |american |russian |"
    r"ukrainian )?(?:envoys?|delegations?|special|president|secretary))))\b"
    r")",
    re.I,
)
T = TypeVar("T")
_TRIGGERS = (
    "round",
    "talks",
    "negotiat",
    "meet",
    "met ",
    "summit",
    "stage",
    "session",
    "consultations",
    "receive ",
    "talked",
    "conversation",
    "next time",
)
# substring hints (lower case) that must be present before a cue regex is run
_HINT_CANCELLED = ("cancel", "called off", "postpon", "scrapped", "not take place", "suspend",
                   "broke down", "collapsed", "shelve", " off ", "on hold")  # fmt: skip
_HINT_SCHEDULED = ("will", "schedul", "expected", "set ", "planned", "is to", "confirmed",
                   "agreed to")  # fmt: skip
_HINT_HELD = ("took", "held", "ended", "concluded", "lasted", "wrapped", "had a", "after the",
              "continu", "under way", "underway", "begun", "has started", "have started",
              "has opened", "have opened",
              "following the", "result", "outcome", "met ", "what was",
              "participated")  # fmt: skip
_HINT_PROPOSED = ("propos", "offer", "suggest", "invit", "ready", "readiness", "seek", "sought",
                  "call", "could", "would", "possib", "want", "hope", "push", "insist", "idea",
                  "initiative")  # fmt: skip


def _hint(low: str, hints: tuple[str, ...]) -> bool:
    return any(map(low.__contains__, hints))  # no generator frame per hint


_WORDNUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}

_REFUSAL = Caseless(
    r"\b(?=[adimnorst])"  # the first letters of the alternatives: most word starts fail at once
    r"(?:refus\w*|reject\w*|rul\w* out|declin\w*|dismiss\w*|not (?:in|at)|instead of|"
    r"rather than|no (?:talks|negotiations) in|opposed?|against|turned down|move the talks to|"
    r"suggestions?|alternatives?)\b"
)
_NOT_ROUND = Caseless(
    r"(?=[abcegmnopstuw])(?:"  # the first letters of the alternatives
    r"summit of (?:the|EU|NATO|G7|G20|European)|(?:EU|NATO|G7|G20|BRICS|European|ASEAN|SCO|OSCE|"
    r"CSTO|UN|African Union|"
    r"EU-African Union|EU-AU|Arab League|European Political Community|EPC) summit|"
    r"(?:cabinet|government|staff|board|party|war cabinet|security council|stavka) meeting|"
    r"meeting (?:in \w+ )?with (?:the|his|her|its|their) (?:own )?(?:negotiating team|team|"
    r"delegation|staff|advisers|commanders|military)|"
    r"(?:meeting|session) of the (?:UN |United Nations )?Security Council|"
    r"phone (?:call|conversation)|telephone|press conference|briefing|"
    r"meeting with (?:the )?(?:\w+ ){0,3}(?:news agencies|journalists|reporters|media|students|"
    r"business leaders|businessmen)|"
    r"meeting of (?:the )?(?:EU|NATO|G7|European)|"
    # meetings among Ukraine's allies only
    r"coalition of the willing|(?:meeting|talks|summit) (?:in \w+ )?of (?:Ukraine.s |Kyiv.s |"
    r"its |the )?(?:allies|partners|backers))"
)
# talks with an ally only: "for talks with the French president, Emmanuel Macron"
# a party that makes a meeting more than one among Ukraine's allies
_NON_ALLY_PARTY = (
    r"(?:U\.S\.|(?:US|American|Americans|Russia|Russian|Trump|Putin|Witkoff|Rubio|Kushner|Vance|"
    r"Kellogg|Erdogan|Turkish)\b)"
)
_NON_ALLY = re.compile(r"\b" + _NON_ALLY_PARTY)
_ALLIES = re.compile(
    r"\s+(?:(?:with|between)\s+)?(?:the\s+)?(?:(?:French|British|UK|German|Polish|Italian|European|EU|"
    r"NATO|Nordic|Baltic|Finnish|Danish|Dutch|Canadian|Japanese)\b|(?:[A-Z]\w+\s+)?(?:Macron|Starmer|"
    r"Merz|Tusk|Meloni|von der Leyen|Rutte|Costa|Scholz|Stubb|Frederiksen)\b)"
    r"(?!(?:(?!\b(?:said|says|told|added)\b)[^.;]){0,60}\b" + _NON_ALLY_PARTY + ")"
)
# each cue pattern starts with a lookahead for the first letters of its alternatives: most word
# starts fail it at once
_CANCELLED = Caseless(
    r"\b(?=[bciopsw])(?:cancel+ed|called off|postponed|scrapped|will not take place|suspended|"
    r"broke down|collapsed|shelved|(?:is|was) off for now|put on hold|on hold)\b"
)
_HELD = Caseless(
    r"\b(?=[acefghilmopr-uw])"
    r"(?:took place|was held|were held|held (?:on|in|at|talks|a meeting)|ended|concluded|"
    r"lasted|wrapped up|had a meeting|"
    r"after the|following the|results? of the|outcome of the|"
    r"met in|met on|what was|took part|participated|(?:is|are) continuing|continues|"
    r"(?:got |is |are )?under ?way|(?:has|have) (?:begun|started|opened))\b"
)
_SCHEDULED = Caseless(
    r"\b(?=[acipsw])"
    r"(?:will take place|will be held|is scheduled|are scheduled|scheduled|is expected|"
    r"are expected|will (?:go|arrive|travel|hold|meet|be)|set for|is set|planned for|"
    r"is to take place|will begin|will start|agreed to (?:hold|meet)|confirmed)\b"
)
_PROPOSED = Caseless(
    r"\b(?=[chioprsw])"
    r"(?:propos\w*|offer\w*|suggest\w*|invit\w*|ready (?:for|to)|readiness|seek\w*|sought|"
    r"call\w* for|could|would|possible|possibility|wants?|hopes?|push\w* for|"
    r"insist\w* on|idea of|initiative)\b"
)
# "a visit ... may take place in the near future" (not the month: "in May")
_MAY = re.compile(r"\b(?:may|might) (?:take place|be held|happen|follow)\b")

_ANSWERED_PROPOSAL = re.compile(
    r"\baccept(?:s|ed|ing)?\s+(?:(?:a|an|the|this|that|its|their|his|her)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:proposals?|offers?)\b",
    re.I,
)
_EXCHANGE = re.compile(
    r"\b(?P<a>\d{1,3}(?:[ ,]\d{3})*|\d+)\s*(?:for|-for-|to|х|x)\s*"
    r"(?P<b>\d{1,3}(?:[ ,]\d{3})*|\d+)\b"
)
_DIGIT_PAIR = re.compile(r"\d\s*(?:for|-for-|to|х|x)\s*\d")
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
    succ: bool = False  # "the next round": the one after the rounds held so far
    weak: bool = False  # dated only by the dateline of the text
    since: bool = False  # "the first meeting since May": the first of a kind, not round one
    tri: bool = False  # a trilateral leaders' meeting
    summit: bool = False  # a leaders' meeting named only "the summit"
    days: int = 1  # "the two-day meeting ... has ended": how many days it lasted
    ref: bool = False  # named as a point of reference ("since the talks in Istanbul")
    country: bool = False  # placed only by a country or state ("talks in Florida")
    who: frozenset[str] = frozenset()  # the leaders named around a leaders' meeting


@dataclass(slots=True)
class _Round:
    number: int | None
    mentions: list[_Mention] = field(default_factory=list)


# a lookahead for the first letters of the alternatives makes most start positions fail at once
_PLACE_PRE = re.compile(
    r"\b(?=[acefinorst])"
    r"(?:in|at|to|inside|outside|near|for|"
    r"(?:city|capital|town|resort|edge|outskirts|suburbs|sidelines) of)"
    r"\s+(?:the\s+)?(?:\w+-\w+\s+)?$",  # "at the Ottoman-era Ciragan Palace"
    re.I,
)
_VISITED = ("visited ", "visiting ", "visit ", "visits ")
_SPEECH_PLACE = re.compile(
    r"(?=[bcfijrst])"
    r"(?:reporters|journalists|said|told \w+|speaking|conference|briefing|interview|forum)\s+"
    r"(?:in|at)\s+(?:the\s+)?$",
    re.I,
)
# a time of day on a date line ("19:40", "6:41 pm", "2:14 AM GMT+3")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?|GMT[+-]?\d*|UTC|CET|EET))?")
# "arrived ... ahead of the talks": the arrival day is not the talks' day
_AHEAD_OF = re.compile(
    r"\b(?:ahead of|before|in preparation for)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:talks|meeting|round|negotiations|summit)\b",
    re.I,
)
# "the next meeting could take place in the US": a meeting event, not any "meeting"
_TAKE_PLACE = re.compile(r"\b(?:take place|be held|happen|convene)\b")
# the city a dateline opens with: "MIAMI—", "Jeddah (Saudi Arabia) (AFP) -", "KYIV, June 3"
_DATELINE_PLACE = re.compile(
    r"\s*(?P<city>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})(?=\s*(?:,|\(|—|–|-\s|\s-))"
)
# the dateline's city named again: "arrived here", "in the Saudi Red Sea city"
_HERE = re.compile(
    r"\b(?:(?:arriv\w*|came|come|flew|travel\w*|met|meet\w*|talks|held|gathered)\s+"
    r"(?P<here>here)\b|\bin\s+(?P<city>(?:the|this)\s+(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:(?:port|resort|coastal|seaside)\s+)?(?:city|capital)\b))"
)
_OTHER_MEETINGS = re.compile(
    r"\b(?:earlier|previous|past|two|three|four|several|other)\s+(?:[\w-]+\s+)?"
    r"(?:rounds|meetings|sessions)\b"
)
_WHERE_GAP = re.compile(r",\s+where\s+(?:[\w'’-]+\s+){0,4}?")
_SAME_DAY_RE = re.compile(r"\b(?:the same day|that same day|(?:later|earlier) that day)\b", re.I)
_RANGE_TO = re.compile(r"\s*(?:to|until|till|through)\s+(?=\w)")
_COUNTRY_ADJ = {"Saudi": "Saudi Arabia", "Turkish": "Turkey", "Swiss": "Switzerland",
                "Qatari": "Qatar", "Belarusian": "Belarus"}  # fmt: skip
_DAY_WORD = re.compile(r"day\b")  # "spent Friday at the White House"
_HOST_OFFER = re.compile(
    r"\b(?:ready|willing\w*|offer\w*|prepared|happy|propos\w*|readiness)\s+to\s+host\s+"
    r"(?:[\w-]+\s+){0,2}\Z",
    re.I,
)
# a three-party leaders' meeting, sought beside a bilateral one
_TRI = re.compile(r"(?:trilateral|three-way)\b", re.I)
_MOVED_HINTS = ("moved", "postpon", "pushed back", "reschedul", "shifted", "will now")
# a meeting's new day: "postponed and will now be held next Wednesday", "moved to 4-5 February"
_MOVED = re.compile(
    r"\b(?:(?:moved|postponed|pushed back|rescheduled|shifted)\s+(?:to|until|till)|"
    r"will now (?:be held|take place))\s+(?:on\s+)?",
    re.I,
)
# a relative clause about a person: its place and day are not the mention's
_RELATIVE = re.compile(r",\s+(?:who|whose|whom)\b")
_HAD = re.compile(r"\b(?:had|held|holds)\s+\Z")  # "had a meeting", "held talks"
# a place phrase put before the subject: "In Davos, where both were attending the forum, ...",
# "On Sunday, in the same hotel, ...", "In Geneva on Monday, ..."
_FRONTED = re.compile(
    r"\s*(?:(?:(?:[Ll]ate |[Ee]arly )?[Oo]n|[Ll]ast|[Tt]his)\s+[^,]{2,25},\s+)?(?:[Ii]n|[Aa]t)\s+"
    r"(?P<ph>[^,;:]{2,40}),(?:\s+where\s+[^,;:]{0,80},)?\s+"
)
_FRONTED_REACH = 60  # how far into the main clause its meeting word may stand
_SAME_PLACE = re.compile(
    r"\b(?:in|at) (?P<same>the same (?:city|venue|place|palace|hotel|building|room|location))\b",
    re.I,
)
_SPEAKING_AT = re.compile(
    r"\bspeaking\s+(?:at|during|to)\s+(?:a|an|the)\s+[^,.;:]{0,40}?\s(?:in|at)\s+(?:the\s+)?\Z"
)
_PLACE_POST = re.compile(r"\s+(?:talks|negotiations|meeting|round|summit|format|process)\b", re.I)


# Generic words of venue names that reporters also write in lower case ("Dolmabahce palace").
_GENERIC_VENUE_WORDS = frozenset(
    {
        "palace",
        "hotel",
        "house",
        "center",
        "centre",
        "hall",
        "residence",
        "estate",
        "castle",
        "chancellery",
        "pavilion",
        "club",
    }
)


def _place_units(place: str) -> list[str]:
    """A place as regex units: one escaped character each, a generic venue word whole and in
    any case ("Dolmabahce palace")."""
    units: list[str] = []
    for i, word in enumerate(place.split(" ")):
        if i:
            units.append(r"\ ")
        if i and word.lower() in _GENERIC_VENUE_WORDS:
            units.append(f"(?i:{re.escape(word)})")
        else:
            units.extend(re.escape(ch) for ch in word)
    return units


@dataclass
class _Trie:
    children: dict[str, _Trie] = field(default_factory=dict)
    end: bool = False

    def pattern(self) -> str:
        alts = [unit + child.pattern() for unit, child in self.children.items()]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if self.end:  # a shorter name ends here: the rest is optional (longest match first)
            return (body if len(alts) > 1 else "(?:" + body + ")") + "?"
        return body


def _place_alternatives(places: tuple[str, ...]) -> str:
    """All place names as one regex factored as a trie, so that re tries a character or two at
    each position instead of every name (the matches of the longest-first alternation)."""
    root = _Trie()
    for place in places:
        node = root
        for unit in _place_units(place):
            node = node.children.setdefault(unit, _Trie())
        node.end = True
    return root.pattern()


@cache
def _place_re() -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + _place_alternatives(lexicon().places) + r")(?![\w-])")


@cache
def _place_names() -> dict[str, str]:
    """Lower-cased place -> its spelling in the lexicon."""
    return {p.lower(): p for p in lexicon().places}


@cache
def _place_scan() -> re.Pattern[str]:
    """`_place_re` without its leading lookbehind: every alternative then starts with a literal
    character, which lets re skip to the candidate positions (see `_place_matches`)."""
    return re.compile(r"(?:" + _place_alternatives(lexicon().places) + r")(?![\w-])")


_WORDISH = re.compile(r"[\w-]")


def _place_matches(sentence: str) -> Iterator[re.Match[str]]:
    """The matches of `_place_re().finditer(sentence)`, found faster: a match preceded by a word
    character or a hyphen is dropped and the scan resumes one character after its start."""
    scan = _place_scan().search
    pos = 0
    while (m := scan(sentence, pos)) is not None:
        start = m.start()
        if start and _WORDISH.match(sentence, start - 1):
            pos = start + 1
            continue
        yield m
        pos = m.end()


def _places(sentence: str, offset: int) -> list[tuple[str, int]]:
    """The places of a sentence named as where something happens ("in X", "X talks")."""
    out: list[tuple[str, int]] = []
    names = _place_names()
    for m in _place_matches(sentence):
        start, end = m.span()
        pre = sentence[max(0, start - 32) : start]  # "on the outskirts of the Ottoman-era "
        post = sentence[end : end + 25]
        if not (
            _PLACE_PRE.search(pre)
            or _PLACE_POST.match(post)
            or pre.endswith(_VISITED)  # "the envoy visited Moscow on 11 February"
        ):
            continue
        if (
            (
                _SPEECH_PLACE.search(sentence[max(0, start - 40) : start])
                # "met Trump on the sidelines of the World Economic Forum in Davos": a meeting's
                and "sidelines of" not in sentence[max(0, start - 70) : start]
            )
            or (
                "speak" in sentence
                and _SPEAKING_AT.search(sentence, max(0, start - 60), start) is not None
            )
        ):
            continue  # "told reporters in the Oval Office", "speaking at a summit in Vilnius"
        name = sentence[start:end]
        out.append((names.get(name.lower(), name), offset + start))
    if out and " or " in sentence:
        # "in Istanbul, Ankara or Riyadh": the first of a list of venues to choose from
        out = [p for p in out if not _OR_LIST.match(sentence, p[1] - offset + len(p[0]))]
    if len(out) > 1 and " or " in sentence:
        # "in Istanbul or in Riyadh": a choice of venues, none of them agreed
        pairs = {
            i for i in range(len(out) - 1)
            if _OR_PLACE.fullmatch(sentence, out[i][1] - offset + len(out[i][0]),
                                   out[i + 1][1] - offset)
        }  # fmt: skip
        if pairs:
            drop = pairs | {i + 1 for i in pairs}
            out = [p for k, p in enumerate(out) if k not in drop]
    return out


_OR_PLACE = re.compile(r",?\s+or\s+(?:in\s+|at\s+)?(?:the\s+)?")
_OR_LIST = re.compile(
    r"(?:,\s+(?:in\s+)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)+,?\s+or\s+(?:in\s+)?[A-Z]"
)
_REFUSED_AFTER = Caseless(
    r"^[^.;]{0,60}\b(?:were|was|is|are|would be|will be) (?:not serious|rejected|ruled out|"
    r"unacceptable|out of the question|awkward|inappropriate|impossible|unrealistic|"
    r"not (?:possible|suitable|appropriate))"
)


_EXCEPT = re.compile(r"\bexcept\s*$")
# substrings every match of _REFUSAL / _REFUSED_AFTER contains (a cheap test before the regex)
_REFUSAL_HINTS = ("refus", "reject", "rul", "declin", "dismiss", "not ", "instead", "rather",
                  "no ", "oppos", "against", "turned", "move the", "suggest",
                  "alternativ")  # fmt: skip
_REFUSED_AFTER_HINTS = (
    "not serious",
    "rejected",
    "ruled out",
    "unacceptable",
    "out of the",
    "awkward",
    "inappropriate",
    "impossible",
    "unrealistic",
    "not possible",
    "not suitable",
    "not appropriate",
)
_SPEECH_CUT = re.compile(r"\b(?:said|says|told|added|noted|stressed|stated)\b")
_COMMA_WORD = re.compile(r"[A-Z][a-z]+,\s*$")


def _refused(sentence: str, rel_pos: int, low: str, safe: bool) -> bool:
    """`low` is sentence.lower() and `safe` is foldable(sentence, low)."""
    lo = max(0, rel_pos - 80)
    before = sentence[lo:rel_pos]
    if "except" in before and _EXCEPT.search(before):
        return False
    cuts = list(_SPEECH_CUT.finditer(before))
    if cuts:
        cut = cuts[-1]
        # "X, who rejected any recognition of Crimea, said he hoped to meet Trump in Rome": a
        # refusal before the speech verb is not about what was said
        lo += cut.end()
        before = before[cut.end() :]
    if (
        "," in before[-25:]
        and _COMMA_WORD.search(before[-25:])
        and _place_re().match(before[-25:].split()[-1].rstrip(","))
    ):
        return True  # "Istanbul, Turkey": the country only locates the city
    low_before = low[lo:rel_pos]
    return (_hint(low_before, _REFUSAL_HINTS) and _REFUSAL.found(before, low_before, safe)) or (
        _hint(low[rel_pos : rel_pos + 90], _REFUSED_AFTER_HINTS)
        and _REFUSED_AFTER.found(sentence[rel_pos:], low[rel_pos:], safe)
    )


def _status(
    sentence: str, tense: str | None = None, low: str | None = None, safe: bool | None = None
) -> str | None:
    """`low` is sentence.lower() and `safe` is foldable(sentence, low), if the caller has them."""
    if low is None:
        low = sentence.lower()
    if safe is None:
        safe = foldable(sentence, low)
    if _hint(low, _HINT_CANCELLED) and _CANCELLED.found(sentence, low, safe):
        return "cancelled"
    if _hint(low, _HINT_SCHEDULED) and _SCHEDULED.found(sentence, low, safe):
        return "scheduled"
    t = tense or dates.tense(sentence)
    if t != dates.FUTURE and _hint(low, _HINT_HELD) and _HELD.found(sentence, low, safe):
        return "held"
    if _hint(low, _HINT_PROPOSED) and _PROPOSED.found(sentence, low, safe):
        if "accept" not in low or not _ANSWERED_PROPOSAL.search(sentence):
            return "proposed"
        # "at talks in Jeddah, Ukraine accepted a US proposal for a ceasefire": the proposal
        # answered is the meeting's outcome, not a meeting sought
        rest = _ANSWERED_PROPOSAL.sub(" ", sentence)
        if _PROPOSED.found(rest):
            return "proposed"
    if ("may " in low or "might " in low) and _MAY.search(low):
        return "proposed"
    if t == dates.FUTURE:
        return "scheduled"
    if t == dates.PAST:
        return "held"
    return None


_SPEECH_DATE = re.compile(
    r"(?=[anrstw])(?:said|says|told|reported|announced|stated|noted|wrote|added)"
    r"(?:\s+(?:reporters|journalists|the press|the media|[A-Z]\w+(?:\s+[A-Z]\w+){0,2}))?"
    r"\s*(?:on|late on|earlier on)?\s*$",
    re.I,
)
# the date of a press event, which is never the meeting's: "answered journalists' questions on
# Tuesday about the results of the talks", "said at a conference in Moscow on Friday"
_PRESS_HINTS = ("question", "onferen", "riefing", "nterview", "orum")
_PRESS_DATE = re.compile(
    r"(?:answered(?:\s+[\w'’]+){0,2}\s+questions|"
    r"(?:said|spoke|speaking) (?:at|during|in) (?:a|an|the) (?:press |news )?"
    r"(?:conference|briefing|interview|forum)(?: in [A-Z][\w-]+)?)"
    r"\s*(?:on|late on|earlier on)?\s*$",
    re.I,
)
_ACT_HINTS = (
    "propos",
    "offer",
    "invit",
    "call",
    "statement",
    "announce",
    "speech",
    "address",
    "remarks",
    "appeal",
    "initiative",
)
_ACT_DATE = re.compile(
    r"\b(?:proposal|offer|invitation|call|statement|announcement|speech|address|remarks|appeal|"
    r"initiative)(?:\s+(?:of|by|from)(?:\s+[\w'’.-]+){1,5}?)?\s+(?:late |early )?on\s+$",
    re.I,
)
# a venue only invited to: "invited Zelensky to Moscow for a meeting" (where is not agreed)
_INVITED = re.compile(
    r"\b(?:invit\w*\s+(?:[\w'’.-]+\s+){0,4}?to|[Ll]et\s+(?:him|her|them)\s+come\s+to)"
    r"\s+(?:the\s+)?\Z"
)
_NOT_DISCUSSED = re.compile(
    r"\b(?:was|is|were|are|has|have|had)\s+[\"“]?not\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:discussed|on the agenda|planned|"
    r"being prepared|raised)\b"
)
# "the talks had not touched on a three-way meeting", "did not discuss a summit"
_NOT_DISCUSSED_BEFORE = re.compile(
    r"\b(?:(?:not|never)\s+(?:touched\s+on|discuss(?:ed)?|raised?|address(?:ed)?)|"
    r"no\s+discussion\s+of)\s+(?:\w+\s+){0,3}\Z"
)
_NOT_SET = Caseless(
    r"\bnot (?:yet )?(?:been )?(?:scheduled|set|agreed|planned|fixed|determined)\b|\bno date\b"
    r"|\bno agreement\b|\bno decision\b"
)
_BOUND_DATE = re.compile(
    r"\b(?=[abfnstu])"
    r"(?:after|before|by|until|till|since|from|no later than|not before|between)\s+(?:the\s+)?$",
    re.I,
)
_WINDOW = re.compile(r"\bbetween\s+\S+(?:\s+\S+)?\s+and\s+$", re.I)
# a trip whose purpose is a meeting: "would travel to Washington on Monday to meet Trump",
# "is in Miami this week for talks", "receive Witkoff in Moscow", "spent three days in Miami"
_TRIP_PRE = re.compile(
    r"\b(?=[abcfghirstvw])"
    r"(?:(?:travel\w*|fly|flies|flying|flew|flown|head(?:s|ed|ing)?|go|goes|going|went|come|comes|"
    r"coming|came|return\w*|arriv\w*|is|are|was|were|be|been)\s+(?:to|in)|arriv\w*|"
    r"(?:is|are|was|were)\s+(?:due|expected)\s+(?:to\s+(?:be|arrive)\s+)?(?:in|to)|"
    r"(?:visit|trip)s?\s+to|(?:visit|trip)\s+by\s+(?:[\w.'’-]+\s+){1,4}?to|visit\w*|spen[dt]\w*\s+(?:(?:about|almost|nearly|roughly|some|over|"
    r"more than)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|several|an?|\d+)\s+"
    r"(?:days|hours?)\s+(?:with\s+(?:[A-Z][\w.'’-]*\s+){1,5})?(?:in|at)|"
    # "spent Friday at the White House", "spent Sunday evening in talks with X at"
    r"spen[dt]\w*\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|the (?:day|weekend))"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:in talks with\s+(?:[\w.'’-]+\s+){1,5}?)?"
    r"(?:in|at))"
    r"\s+(?:the\s+)?$",
    re.I,
)
# the outcome of a meeting at its venue: "agreed in Istanbul", "the memorandum handed over by the
# delegation in Istanbul on June 2", "the plan presented to Zelensky in Kyiv on Thursday"
_OUTCOME_PRE = re.compile(
    r"\b(?=[adehlprs])"
    r"(?:agreed|reached|exchanged|handed(?: over)?|swapped|presented|delivered|resumed|"
    r"led (?:[\w'’-]+ ){0,3}?(?:team|delegation)s?)\b"
    r"[^.;:,]{0,70}?\s(?:in|at)\s+(?:the\s+)?\Z"
)
_DELEGATION = re.compile(r"\bdelegations?\b", re.I)
# a host receiving a guest: "received Witkoff in Moscow", "welcomed President Zelensky of
# Ukraine to the White House"
_RECEIVE_PRE = re.compile(
    # "hosted Sheikh Mohamed bin Zayed Al Nahyan in the Kremlin": particles inside a name
    r"\b(?=[hrw])(?:host|receiv|welcom)\w*\s+"
    # "hosted Kremlin envoy Kirill Dmitriev in Miami": a title in lower case before the name
    r"(?:(?:[A-Z][\w'’-]+|leaders?|officials|bin|ibn|al|de|von|van|der|envoys?|delegations?|"
    r"negotiators?|team|special|president|minister|secretary|chief|aide)\s+){1,6}"
    # "hosting Zelenskyy and seven European leaders at the White House"
    r"(?:and\s+(?:[A-Z][\w'’-]+\s+){1,3}|and\s+(?:\w+\s+){0,4}(?:leaders|officials)\s+)?"
    r"(?:of\s+[A-Z][\w'’-]+\s+)?(?:in|to|at)\s+(?:the\s+)?$"
)
# a date of speech that is also a meeting's: "said on Thursday as he hosted X in the Kremlin"
_AS_HOST = re.compile(
    r",?\s+(?:as|while|when)\s+(?:he|she|they|[A-Z][\w'’-]+)\s+"
    r"(?:hosted|received|welcomed|met)\b"
)
_HOSTED = re.compile(r"(?:hosted|received|welcomed)\s")
_ENVOY = re.compile(r"\b[Ee]nvoys?\b")  # an envoy's trip is to negotiate
_ENVOY_DENIED = re.compile(
    r"\b(?:no|not|never|dismiss\w*|den(?:y|ies|ied|ial)\w*)\b|n['’]t\b", re.I
)
_TRIP_HINTS = ("visit", "trip", "spent", "spend", "receiv", "welcom", "host", "travel", "fly",
               "due ", "expected",
               "flies",
               "agreed", "reached", "exchanged", "handed", "swapped", "presented", "delivered",
               "resumed", "led ",
               "flew", "flown", "delegation")  # fmt: skip
_TRIP_PURPOSE = re.compile(
    r"\b(?:to (?:meet|hold (?:talks|negotiations|a meeting)|negotiate|brief|discuss|present)|"
    r"for (?:talks|negotiations|consultations|a meeting|meetings)|"
    # "could travel to the United States this week to finalise a deal with Trump"
    r"to (?:finali[sz]e|seal|sign|close) (?:a|the) (?:deal|agreement|accord) with)\b",
    re.I,
)
_TRIP_TOPIC = re.compile(
    r"\b(?:talks|discuss\w*|negotiat\w*|met|meetings?|consultations?)\b", re.I
)
# "ended in Abu Dhabi on Jan. 24 after two days": the meeting began on the first day
_ENDED = re.compile(r"\b(?:ended|concluded|wrapped up|finished|closed)\b", re.I)
_DAYS = re.compile(
    r"\b(?:(?:after|following|over|lasted|lasting|of)\s+(?P<n>two|three|four|2|3|4)\s+days\b"
    r"|(?P<m>two|three|four|2|3|4)-day\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|negotiations|round)\b"
    r"|(?P<k>two|three|four|2|3|4)\s+days\s+of\s+(?:[\w-]+\s+)?"
    r"(?:talks|negotiations|meetings|consultations)\b)",
    re.I,
)
_DAYNUM = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
# "a second day of talks in Abu Dhabi on Saturday": the talks began the day before
# "a second day of talks", "met for a second day in Geneva on Wednesday"
_NTH_DAY = re.compile(
    r"\b(?P<n>second|third|fourth|2nd|3rd|4th)\s+(?:straight\s+|consecutive\s+)?day\b"
    r"(?!\s+(?:after|before|since))",
    re.I,
)
# "resumed talks in Berlin on Monday, a day after a five-hour session": the day named is the
# second day of the meeting
_RESUMED = re.compile(
    r"\b(?:resumed|continued)\s+(?:their\s+|the\s+)?(?:talks|negotiations|discussions|"
    r"consultations)\b",
    re.I,
)
_DAY_BEFORE = re.compile(
    r"\b(?:(?:a|one) day after|the (?:day|evening) before|after the first day)\b", re.I
)
_STARTED = re.compile(
    r"\b(?=[bkos])(?:began|begun|started|starting|opened|kicked off)\s+(?:on\s+)?$", re.I
)
_ELLIPSIS = re.compile(
    r"(?:[,;]|\band|\bafter)\s+(?:the|their|its)\s+(?P<n>first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|"
    r"tenth)\b(?:\s+one)?,?(?=\s+(?:on|in|at)\b)",
    re.I,
)
# a sentence opening with an ordinal alone: "At the second, on June 2, the sides exchanged"
_NEXT_ORDINAL = re.compile(
    r"(?:At|During|In) the (?P<n>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"(?:\s+one)?,?(?=\s+(?:again,?\s+)?(?:on|in|at)\s)"  # "At the fourth, again in Abu Dhabi"
)
# "the previous one took place in Moscow": a meeting of the kind just named
_ONE = re.compile(
    r"\b[Tt]he (?P<w>previous|next|last|latest) one\b(?=\s+(?:took|was|were|will|is|would|could|"
    r"should|in|at|on)\b)"
)
_QUOTE_OPEN = re.compile(r"[\"“«]")
_AT_OUTCOME = re.compile(
    r"\b(?:agreed|reached|exchanged|handed over|swapped|signed|presented|delivered)\b[^.;]{0,80}?"
    r"\b(?:at|during)\s+(?:the|their|its)\s+\Z"
)
# "three days after", "a week before": a day counted from another event's
# a timeline heading that names a month or a year: "February 2025: First contacts",
# "May-July: Back to Istanbul", "January-April 2026: Three at the table"
_HEADING_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
)
_YEAR_HEADING = re.compile(
    r"\s*(?:(?P<mon>" + _HEADING_MONTH + r")(?:\s*[-–]\s*" + _HEADING_MONTH + r")?\s*"
    r"(?P<y>20\d\d)?|(?P<y2>20\d\d))\s*[:–—]\s+[A-Z]"
)
# "Ten days later", "a week later": counted like an _OFFSET (see `_offset_days`)
_LATER = re.compile(
    r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|[1-9]\d?)\s+"
    r"(?P<u>days?|weeks?)\s+later\b",
    re.I,
)
_OFFSET = re.compile(
    r"\b(?P<n>a|one|two|three|four|five|six|seven|several|\d+)\s+(?P<u>days?|weeks?|months?)\s+"
    r"(?P<dir>after|before)\b",
    re.I,
)
_THE_GAP = re.compile(r"\s+(?:the\s+|[A-Z][\w-]+['’]s\s+)?")  # "three days after Trump's summit"
# "The meeting came three days after ...": the offset counts from the meeting named before
_ANAPHOR_SUBJECT = re.compile(
    r"\s*(?:The|This|That|It|Their)\s+(?:(?:meeting|talks|visit|summit|session|round)\s+)?"
    r"(?:came|took place|was held|happened|followed)\b"
)
# "a day after a Ukrainian delegation held separate talks": the offset counts to that meeting
_HELD_GAP = re.compile(
    r"\s+(?:(?:[\w.'’-]+\s+){1,7}?(?:held|had)|holding|having)\s+(?:[\w-]+\s+){0,2}"
)
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                  "ninth", "tenth")  # fmt: skip
_OFFSET_UNITS = ("days after", "day after", "weeks after", "week after", "months after",
                 "month after", "days before", "day before", "weeks before", "week before",
                 "months before", "month before")  # fmt: skip
_OFFSET_N = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
             "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
# a meeting sought again, with no place or day yet: "agreed to meet again", "the possibility of
# resuming direct negotiations"
_AGAIN = re.compile(r"\s+again\b")
_AGAIN_AFTER = re.compile(r"(?:\s+(?!on\b|in\b|at\b)[\w.'’-]+){0,4}?\s+again\b")
_RESUME = re.compile(
    r"\b(?:resum(?:e|ing|ption\s+of)|restart(?:ing)?|continu(?:e|ing|ation\s+of))\s+(?:the\s+)?"
    r"(?:direct\s+|bilateral\s+|peace\s+)?\Z",
    re.I,
)
# an anaphor opening the sentence that numbers the meeting reported before it
_THIS_WAS = re.compile(
    r"(?:This|That|It)\s+(?:was|is|marked|became)\s+(?:already\s+|now\s+|also\s+)?"
    r"(?:the|their|his)\s+"
)
_GOES_ON = re.compile(
    r"\s+(?:(?:are|is|were|was|will|would|to)\s+)?(?:continu\w*|resum\w*|go(?:es)? on)\b", re.I
)
_OUTCOME_HINTS = (
    "agreed",
    "reached",
    "exchanged",
    "handed",
    "swapped",
    "signed",
    "presented",
    "delivered",
)
_DAY_AND = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+and\s+\Z")
_COLON = re.compile(r"[;:](?!\d)")
# "European leaders, who met in Paris on Monday": allies among themselves
# "European governments, alarmed at being sidelined, met in Paris": allies among themselves
_ALLIES_MET = re.compile(
    r"\b(?:European|EU|NATO|Western|Nordic|Baltic) (?:leaders|governments|capitals),?\s+"
    r"(?:[a-z][^,.;]{0,40},\s+)?(?:who\s+)?(?:have\s+|had\s+)?\Z"
)
_PHONE_DATE = re.compile(
    r"\b(?:by (?:tele)?phone|(?:tele)?phone (?:call|conversation|talks?))\s+(?:late |early )?"
    r"(?:on\s+)?\Z",
    re.I,
)
_SHORT_WEEKDAY = re.compile(r"\s*(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)?")
# ("On 11 March, at talks in Jeddah, ..." opens a sentence, not a dateline)
_DATELINE = re.compile(
    r"(?!(?:On|In|By|From|Since|Until|Before|After|Between|And|But|Then|Also|Late|Early|"
    r"Earlier|Later|Last|Next|This|That)\b)(?:[A-Z][\w.]*:?\s*\d*,?\s*){0,3}\Z"
)
_DATELINE_END = re.compile(r"\s*(?:[,(–—]|-\s)")
_MAX_SPAN = dt.timedelta(days=4)  # the longest meeting whose days are counted
_OTHER_SERIES = dt.timedelta(days=30)  # one ordinal dated further apart: two series
# a participle or relative clause describing the meeting does not end its phrase: "the talks
# between Putin and Witkoff, held in the Kremlin late on Tuesday, ..."
_CLAUSE_END = re.compile(
    r",(?!\s*(?:held|hosted|(?:which|that) (?:was held|were held|began|started|took place))\b)"
    r"(?!\s*(?:the\s+)?[A-Z][\w.]*\s+and\s)"  # a list: "between Ukraine, Russia and the US"
    # a short aside, "(16:00 GMT)", and the colon of a time of day do not end it
    r"|[;\"“”«»]|:(?!\d)|\((?![^()]{0,30}\))"
    r"|(?<!,)\s(?:but|while|which|who|(?:after|before)(?!\s+\d))\s"
)
# "his first visit to the White House since a contentious Oval Office meeting": another one
_SINCE = re.compile(r"\bsince\s+(?:the\s+|a\s+|an\s+)?\Z")
_CONJ_END = re.compile(
    r"\s(?:but|while|when|whereas|(?:after|before)(?!\s+\d)|"
    r"(?<!as soon )(?<!as early )as(?!\s+(?:soon|early|late|part|well|planned|scheduled)\b))\s"
)
_APPOSED = re.compile(r",\s+(?:late |early )?on\s+")
_PARTICIPANT_LIST = (
    r"(?:(?!\b(?:was|were|is|are|has|have|had|will|would|said|says|after|before|when|which|"
    r"that|who|as)\b)(?:[^.;:()\"“”]|(?<=\b[A-Z])\.)){3,160}?"  # "U.S. envoy Steve Witkoff"
    r"(?=,?\s+(?:(?:in|at)\s+(?:the\s+)?(?:[A-Z]|same\b)|on\s+(?:[A-Z]|\d|the\s+sidelines\b)|"
    r"(?:last|this|next)\s|(?:yesterday|today|tomorrow)\b|"
    r"(?:took place|was held|were held|began|ended|lasted|concluded)\b))"
)
_PARTICIPANTS = re.compile(r"\s+(?:between|with|involving)\s+" + _PARTICIPANT_LIST)
# "met a Ukrainian delegation led by Rustem Umerov, secretary of the NSDC, in Miami": the
# people met, named right after the verb
_MET_PARTICIPANTS = re.compile(r"\s+(?=[a-zA-Z])(?!(?:in|at|on|for|to)\b)" + _PARTICIPANT_LIST)
_POSSESSIVE = re.compile(r"^['’]s\b")
# a date naming the meeting: "the August 15 meeting", "the May 16 talks"
_ATTRIBUTIVE = re.compile(r"\s+(?:[\w-]+\s+){0,2}(?:meeting|talks|summit|negotiations)\b")
_AFTER_MEETING = re.compile(r"\b(?:after|following)\s+(?:[\w'’-]+\s+){0,5}\Z", re.I)
_SAME_DAY = frozenset(["today", "this morning", "this afternoon", "this evening"])
_CONTINUED = re.compile(r"\b(?:continu|resum)\w*\s+(?:on\s+)?\Z", re.I)
_ONE_DAY = dt.timedelta(days=1)
_AHEAD = frozenset(["scheduled", "proposed"])
_WEEK = 7
_LEDE = 3  # sentences
_SHORT_PARAGRAPH = 160  # characters
_LINE_DATE = re.compile(r"\s*(?:" + dates.DATE_RE.pattern + r")")
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:on\s+)?")
_DENIED = re.compile(r"\b(?:no|not|never|without)\b|n['’]t\b", re.I)
# a count of meetings whose days follow as a list: "three rounds of talks, on May 16, June 2
# and July 23", "met three times last year - on ..."
_COUNTED = re.compile(
    r"\b(?P<n>two|three|four|five)\s+(?:(?:[\w-]+\s+){0,3}?(?:rounds|meetings|sessions)\b"
    r"|times\b)",
    re.I,
)
_COUNT_REACH = 120
_HOST_COUNTRY = re.compile(
    r"\b(Türkiye|Turkiye|Turkey|Saudi Arabia|Switzerland|Qatar|Belarus)\s+(?:has\s+)?"
    r"(?:hosted|held)\s+\Z"
)
_COUNTRY_NAMES = {"Türkiye": "Turkey", "Turkiye": "Turkey"}
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and)\s+(?:on\s+)?")
_PLURAL_ROUNDS = re.compile(r"\b(?:the\s+)?first\s+(?P<n>two|three|four)\s+rounds\b", re.I)
_PARTY = r"(?:Ukraine|Russia|the United States|the U\.?S\.?|Putin|Zelensk\w*|Trump)"
_TRI_PARTIES = re.compile(r"meeting (?:involving|between|of|with) [^,]*?" + _PARTY + r",", re.I)
_LEADERS = re.compile(
    r"\b(?=[slmpztSLMPZT])"  # the first letters of the alternatives
    r"(?:summit|leaders'? (?:meeting|summit)|(?:trilateral|three-way) (?:meeting|summit)|"
    r"meeting (?:between|of) (?:the )?(?:two )?"
    r"(?:presidents|leaders|heads of state)|"
    # "a meeting involving Ukraine, Russia and the United States": three parties
    r"meeting (?:involving|between|of|with) (?:the (?:leaders|presidents) of )?"
    + _PARTY
    + r"(?:,\s*|\s+and\s+)"
    + _PARTY
    + r",?\s+and\s+"
    + _PARTY
    + r"|"
    r"(?:Putin|Zelensk\w*|Trump)[- ](?:Putin|Zelensk\w*|Trump) (?:meeting|summit|talks)|"
    r"meeting between [^.;]{0,60}?(?:Putin|Zelensk\w*)|"
    r"meeting of [^.;,]{0,60}?(?:Putin|Zelensk\w*)|"
    r"meeting (?:at the (?:level of (?:the )?leaders|highest level|leaders' level))|"
    r"meet(?:ing)?\s+(?:with\s+)?(?:(?:Russian|Ukrainian)\s+)?(?:President\s+)?"
    r"(?:Vladimir\s+|Volodymyr\s+)?"
    r"(?:Putin|Zelensk\w*))\b",
    re.I,
)


# a date stated next to a place: "in Istanbul on June 2", "Geneva, Nov. 23", "May 16 in Istanbul"
# "in Geneva on 23 November and in Florida": the second place of a coordinated pair
_AND_IN = re.compile(r"\s+and\s+(?:later\s+|then\s+|again\s+)?(?:in|at)\s+(?:the\s+)?\Z")
_PAIR_AFTER = re.compile(r"(?:,\s*|\s+(?:late |early )?on\s+|\s+)\Z")
_PAIR_BEFORE = re.compile(r"[^,;.()]{3,22}?\s+in\s+(?:the\s+)?\Z")

_REFERENCE = re.compile(
    r"\b(?=[abfost])"
    r"(?:before|after|following|ahead of|on the eve of|the eve of|since)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,2}\Z",
    re.I,
)


def _clause_date(hits: list[tuple[dt.date, int]], sent: str, end: int) -> dt.date | None:
    """The first date after `end` and before the end of its clause."""
    stop = _CLAUSE_END.search(sent, end)
    limit = stop.start() if stop else len(sent)
    return next((d for d, pos in hits if end <= pos < limit), None)


def _in_quote(sent: str, pos: int) -> bool:
    """An odd number of quote marks before pos: the position is inside a quotation."""
    head = sent[:pos]
    return (
        (head.count('"') % 2 == 1)
        or head.count("“") > head.count("”")
        or head.count("«") > head.count("»")
    )


def _lower_pattern(rx: re.Pattern[str]) -> re.Pattern[str]:
    pattern = rx.pattern
    if re.search(r"\\[SWDB]", pattern):  # lower() would change these escapes
        return rx
    return re.compile(pattern.lower().replace("(?p<", "(?P<"))


_ROUND_LOW = _lower_pattern(_ROUND)
_LEADERS_WORDS = ("summit", "meet", "talks")
_TALKS_WORD = re.compile(r"\b(?:talks|negotiations)\b", re.I)
_TALKS_CONTEXT = re.compile(
    r"\b(?:talks|negotiat\w*|delegation\w*|Russia\w*|Ukrain\w*|Istanbul|round|"
    r"(?:bi|tri)lateral|Putin|Zelensk\w*|Witkoff|Kushner|Trump|Lavrov|Rubio|Umerov|Umierov|"
    r"Medinsk\w*|Dmitriev|Yermak|Erdogan|Kellogg|Driscoll|Ushakov)\b",
    re.I,
)
_SUMMIT = re.compile(r"\bsummit\b", re.I)
# "to be followed by a trilateral summit": the meeting after the one sought
_FOLLOWED = re.compile(
    r"\b(?:to|would|will|could|should)\s+be\s+followed\s+by\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}\Z",
    re.I,
)
# a meeting reported as just over or just begun: "talks have ended", "has begun"
_PERFECT = re.compile(
    r"\b(?:have|has)\s+(?:now\s+|just\s+)?(?:ended|concluded|finished|wrapped up|"
    r"started|begun|opened|kicked off|got under way)\b",
    re.I,
)
# "the second round ... lasted a little over an hour": a report of the day the talks ended
_LASTED = re.compile(
    r"\b(?:lasted|ended after|wrapped up after)\s+(?:(?:about|nearly|almost|just|a little|little|"
    r"more than|over|under|less than|some)\s+)*(?:an?|one|two|three|four|five|six|seven|eight|"
    r"\d+)\s+(?:and a half\s+)?hours?\b",
    re.I,
)
_LATER_DAY = re.compile(
    r"\b(?:first|second|third|final|last|closing) day\b|\bday (?:one|two|three)\b", re.I
)
_SIDE = r"(?:U\.?S\.?|America|American|Russian?|Ukrain(?:e|ian)|Turk(?:ey|ish)|European|EU)"
# "Russian-American", "US-Ukraine": the sides of a meeting (not "Trump-Putin": a leaders' count)
_SIDES_ADJ = re.compile(_SIDE + r"(?:-" + _SIDE + r")+")
_LEADER_NAME = re.compile(r"\b(?:Putin|Zelensk\w*|Trump)\b")
# "... with Putin in Moscow in February, when": a month with no day, in the mention's clause
_MONTH_ONLY = re.compile(
    r"[^.;:,]{0,50}?\bin\s+(?:early\s+|late\s+|mid-)?(?P<mon>January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b(?!\s+\d)"
)
_POST_OFFSET = re.compile(
    r"[^,.;]{0,50}?\b(?:a|one|two|three|four|five|several|\d+)\s+(?:days?|weeks?|months?)\s+"
    r"(?:earlier|later)\b"
)
_WITH_NAME = re.compile(r"\s+with\s+[A-Z]")
_CONTRAST = re.compile(r",\s+(?:while|whereas)\s|;\s")
_NEXT_WORD = re.compile(r"\b(?:next|new|another)\b", re.I)
_SENT_STOP = re.compile(r"[.?!\n]")
_LEADERS_LOW = _lower_pattern(_LEADERS)


class RoundFinder:
    def __init__(self, published: dt.date | None) -> None:
        self.published = published
        self.text = ""
        self._other_month: set[int] = set()  # mention starts: a meeting in another month
        self.mentions: list[_Mention] = []
        self.exchanges: list[ExchangeFact] = []
        self.starts: set[dt.date] = set()  # dates a meeting began on ("began on Sunday")
        self.header_day: dt.date | None = None
        # city -> days stated next to it anywhere in the text ("in Istanbul on June 2")
        self.place_dates: dict[str, set[dt.date]] = {}
        # the story's own day: a date line above the body, and the past days of the lede
        self.body_sentences = 0
        self.lede_end: int | None = None  # where the body's fourth sentence starts
        self.first_end: int | None = None  # where the body's second paragraph starts
        self._body_end: int | None = None  # the end of the latest body sentence
        self.header_date: dt.date | None = None
        self.lede: list[tuple[str, int]] = []  # the first body sentences and their starts
        self.last_place: str | None = None  # the place of the latest placed mention
        self.seen_places: list[str] = []  # the places of the mentions so far, in order
        self.header_place: str | None = None  # a venue line above the story
        self._days: dict[int, int] = {}  # fact span start -> days its meeting lasted
        self._refs: dict[int, bool] = {}  # fact span start -> only named as a reference
        self._sought: dict[int, bool] = {}  # fact span start -> named as sought or scheduled
        self.dateline_place: str | None = None  # "MIAMI—", "ISTANBUL, June 2 (Reuters) -"
        self.last_day: dt.date | None = None  # the day of the latest dated mention
        # a timeline's headings set the year of the days below them: "February 2025: First
        # contacts", then "March: Jeddah" (the same year), "January-April 2026: ..."
        self.year: int | None = None
        self._year_month = 0  # the first month of the latest such heading

    def sentence(self, text: str, s0: int, e0: int, heading: bool) -> None:
        self.text = text
        sent = text[s0:e0]
        low = sent.lower()
        if len(sent) < 30 and (hm := dates.DATE_RE.fullmatch(sent.strip())) is not None:
            # a day header of a channel or live blog ("February 4"): "today" below it is that day
            self.header_day = dates.resolve(hm, self.published, dates.PAST)[0]
            if self.header_date is None and self.body_sentences <= 1:
                # a readout's summary line above its date line is not the story's start
                self.body_sentences, self.first_end, self._body_end = 0, None, None
                self.lede.clear()
            self.header_date = self.header_date or self.header_day
            return
        if heading or len(sent) < 60:
            if (ym := _YEAR_HEADING.match(sent)) is not None:
                self._year_heading(ym)
            if self.body_sentences <= 1 and self.header_date is None:
                self._header_date(sent)
                if self.header_date is not None and self.body_sentences:
                    # a long headline above the date line was read as the story's start
                    self.body_sentences, self.first_end, self._body_end = 0, None, None
                    self.lede.clear()
            if self.body_sentences == 0 and self.header_place is None:
                self._header_place(sent)
        else:
            self._lede(text, s0, e0)
        if (
            self.dateline_place is None
            and not heading
            and (self.body_sentences <= 1 or (self.body_sentences <= _LEDE and sent[:2].isupper()))
        ):
            # "MOSCOW, April 9. /TASS/." may be a sentence alone, below a standfirst
            self._dateline_place(sent)
        if _DIGIT_PAIR.search(sent):
            self._exchange(text, s0, e0)
        if sent[:1] in ("A", "D", "I") and (em := _NEXT_ORDINAL.match(sent)) is not None:
            self._next_ordinal(sent, s0, em, heading)
        if " one " in low and self.mentions and (om := _ONE.search(sent)) is not None:
            self._one(sent, s0, om, heading)
        # the trip hints are looked for only when the answer matters
        trip_hint: bool | None = None
        if not _hint(low, _TRIGGERS):
            if _place_scan().search(sent) is None:
                return  # no meeting word and no place: nothing for a trip or a pair
            trip_hint = _hint(low, _TRIP_HINTS)
            if not trip_hint:
                self._pairs_only(sent)
                return
        # the scans run on the lower-cased sentence without re.I (several times faster);
        # positions are the same unless lower-casing changed the length
        if len(low) == len(sent):
            found = list(_ROUND_LOW.finditer(low))
            # every alternative of the leaders' pattern has "summit", "meet" or "talks" in it
            leaders_found = list(_LEADERS_LOW.finditer(low)) if _hint(low, _LEADERS_WORDS) else []
        else:
            found = list(_ROUND.finditer(sent))
            leaders_found = list(_LEADERS.finditer(sent))
        if not found and not leaders_found and not (trip_hint or _hint(low, _TRIP_HINTS)):
            return
        direction = dates.tense(sent)
        first_new = len(self.mentions)
        dateline: dt.date | None = None
        date_hits: list[tuple[dt.date, int]] = []
        hit_ends: dict[int, int] = {}  # start -> end of each date of date_hits
        owned: list[tuple[dt.date, int]] = []  # "Sunday's talks": (date, end of the phrase)
        owned_at: set[int] = set()  # the starts of those dates
        speech_dates: list[re.Match[str]] = []
        span_days = _DAYS.search(sent) if " days" in low or "-day" in low else None
        ended = _ENDED.search(sent) if span_days else None
        range_to: int | None = None
        window_to: int | None = None
        for dm in dates.DATE_RE.finditer(sent):
            pre = sent[max(0, dm.start() - 40) : dm.start()]
            if range_to is not None and dm.start() == range_to:
                continue  # "from Oct. 24 to Oct. 26": the meeting is dated by its first day
            if window_to is not None and dm.start() == window_to:
                continue  # "from June 20 to June 30": the end of a window is no day either
            if (
                pre.endswith("from ")
                and (rg := _RANGE_TO.match(sent, dm.end())) is not None
                and self._short_span(dm, dates.DATE_RE.match(sent, rg.end()))
            ):
                range_to = rg.end()  # a span of days, not a bound: "from Oct. 24 to Oct. 26"
            elif pre.endswith("from ") and (rg := _RANGE_TO.match(sent, dm.end())) is not None:
                window_to = rg.end()
                continue
            elif (_BOUND_DATE.search(pre) and not _ATTRIBUTIVE.match(sent, dm.end())) or (
                "between" in pre and _WINDOW.search(pre)
            ):
                # "after June 20" bounds a date; "since the Feb. 28 meeting" names a meeting
                continue  # "after June 20" bounds a date, it is not one
            if _hint(pre, _PRESS_HINTS) and _PRESS_DATE.search(pre):
                continue
            if ("ontinu" in pre or "resum" in pre) and _CONTINUED.search(pre):
                continue  # "the talks continued on Monday": a later day of the meeting
            if _SPEECH_DATE.search(pre) and not _AS_HOST.match(sent, dm.end()):
                # ("said on Thursday as he hosted X in the Kremlin": the meeting's day too)
                speech_dates.append(dm)
                continue  # "told reporters on Monday" dates the statement, not the meeting
            if "phone" in pre and _PHONE_DATE.search(pre):
                continue  # "who spoke to Putin by telephone the day before": the call's day
            wide = sent[max(0, dm.start() - 70) : dm.start()]
            if _hint(wide, _ACT_HINTS) and _ACT_DATE.search(wide):
                continue  # "the proposal of Putin on May 11 to resume talks": the proposal's day
            if (
                _DATELINE.match(sent, 0, dm.start())
                and _DATELINE_END.match(sent, dm.end())
                and not (dm.group("wd2") or dm.group("rel"))  # "On Monday, ...": no dateline
            ):
                dateline = dates.resolve(dm, self.published, dates.PAST)[0]
                continue  # "No: 187, 24 July 2025, Press Release ...": the document's own date
            d, gran = dates.resolve(
                dm,
                self.published,
                dates.clause_tense(sent, dm.start(), direction),
                dates.prefix_of(sent, dm.start()),
                self.year,
            )
            if self.header_day is not None and (dm.group("rel") or "").lower() in _SAME_DAY:
                d = self.header_day
            if d is not None and gran == "day":
                # a multi-day meeting is dated by its first day
                if span_days and ended and 0 < dm.start() - ended.start() < 30:
                    # "ended on Thursday after two days", "which lasted two days, ended on
                    # Thursday": the meeting began days before the day it ended
                    n = span_days.group("n") or span_days.group("m") or span_days.group("k")
                    d -= dt.timedelta(days=_DAYNUM[n.lower()] - 1)
                elif (
                    " day" in low
                    and (nth := _NTH_DAY.search(sent, 0, dm.start()))
                    and not _STARTED.search(pre)  # "..., which began on Thursday": the first
                ):
                    d -= dt.timedelta(days=ORDINALS[nth.group("n").lower()] - 1)
                    self.starts.add(d)
                if (
                    " and " in pre
                    and dm.group("mon2")
                    and (first := _DAY_AND.search(pre)) is not None
                    and 0 < d.day - int(first.group(1)) <= _MAX_SPAN.days
                ):
                    # "held in Abu Dhabi on 4th and 5th February": the first of the days
                    d = d.replace(day=int(first.group(1)))
                    self.starts.add(d)
                if (
                    ("resum" in low or "continu" in low)
                    and _RESUMED.search(sent, 0, dm.start())
                    and _DAY_BEFORE.search(sent)
                ):
                    d -= _ONE_DAY  # "resumed talks on Monday, a day after ...": began Sunday
                    self.starts.add(d)
                if _STARTED.search(pre):
                    self.starts.add(d)
                date_hits.append((d, dm.start()))
                hit_ends[dm.start()] = dm.end()
                if _POSSESSIVE.match(sent[dm.end() : dm.end() + 3]) or _ATTRIBUTIVE.match(
                    sent, dm.end()
                ):
                    owned.append((d, dm.end()))
                    owned_at.add(dm.start())
        if not date_hits and self.last_day is not None and " day" in low:
            # "Earlier the same day, Trump met Zelensky in Davos": the day named before
            for sm in _SAME_DAY_RE.finditer(sent):
                date_hits.append((self.last_day, sm.start()))
                hit_ends[sm.start()] = sm.end()
        if " later" in low:
            # "Ten days later, ...", "in Geneva on 23 November and in Florida a week later":
            # counted from the day named before it, in the sentence or the one before
            for lm in _LATER.finditer(sent):
                before = [d for d, p in date_hits if p < lm.start()]
                anchor = before[-1] if before else self.last_day
                later = _offset_days(lm)
                if anchor is not None and later is not None:
                    date_hits.append((anchor + dt.timedelta(days=later), lm.start()))
                    hit_ends[lm.start()] = lm.end()
            date_hits.sort(key=lambda h: h[1])
        if len(date_hits) > 1:
            self._consecutive(sent, date_hits, hit_ends)
        safe = foldable(sent, low)
        places = [
            (p, pos)
            for p, pos in _places(sent, 0)
            if not _refused(sent, pos, low, safe)
            and not (
                ("invit" in low or "let " in low) and _INVITED.search(sent, max(0, pos - 60), pos)
            )
        ]
        if self.dateline_place is not None and ("here" in low or " city" in low):
            # "arrived here Saturday", "in the Saudi Red Sea city": the city of the dateline
            here = [
                (city, m.start("here") if m.group("here") else m.start("city"))
                for m in _HERE.finditer(sent)
                if not any(m.start() <= pos < m.end() for _p, pos in places)
                and (city := self._here_city(m.group("city") or "")) is not None
            ]
            places = sorted(places + here, key=lambda p: p[1])
        if " same " in low:
            # "the second round was held in the same city": the place named last, in the
            # sentence ("met ... in Antalya, a day after talks at the same venue") or before
            for sm in _SAME_PLACE.finditer(sent):
                last = next((p for p, q in reversed(places) if q < sm.start()), self.last_place)
                if last is not None:
                    places.append((last, sm.start("same")))
            places.sort(key=lambda p: p[1])
        if places and date_hits:
            self._pair_places(sent, places, date_hits)
        if "round" in low or "meeting" in low or "summit" in low:
            # "the second Istanbul round": the words between the ordinal and "round" are a place
            found = [
                f
                for f in found
                if not f.group("where")
                or any(f.start("where") <= q < f.end("where") for _p, q in places)
                # "the previous Russian-American meeting": the sides, not a place
                or _SIDES_ADJ.fullmatch(sent, f.start("where"), f.end("where")) is not None
            ]
        status = _status(sent, direction, low, safe)
        # a held meeting reported the day it happened: "... said on Sunday they had made
        # progress in talks in Geneva" - the one date of the sentence is the meeting's
        only_date: dt.date | None = None
        spoken = False
        if status == "held" or (
            direction == dates.PAST and status not in ("scheduled", "proposed")
        ):
            cands = {d for d, p in date_hits if p not in owned_at}
            for dm in speech_dates:
                d, gran = dates.resolve(dm, self.published, dates.PAST, "")
                if d is not None and gran == "day":
                    cands.add(d)
            if len(cands) == 1:
                only_date = next(iter(cands))
                # the day of a statement only: it yields to a day stated for the place
                spoken = not any(d == only_date for d, p in date_hits if p not in owned_at)
        same_day: dt.date | None = None  # the one date of the sentence is today's, "said Tuesday"
        if speech_dates and not date_hits and self.published is not None:
            days = {dates.resolve(dm, self.published, dates.PAST, "")[0] for dm in speech_dates}
            if days == {self.published}:
                same_day = self.published
        stops = [f.start() for f in found]
        # "the date of the third round has not yet been determined": no day of the story's
        undetermined = ("not" in low or "no decision" in low) and _NOT_SET.found(sent, low, safe)
        offsets = (
            list(_OFFSET.finditer(sent))
            if (" after" in low or " before" in low) and _hint(low, _OFFSET_UNITS)
            else []
        )
        trips = self._trips(sent, s0, places, date_hits, status, heading, stops)
        # the pattern needs "first"; a foldable sentence has it in `low` (else re.I decides)
        plural = _PLURAL_ROUNDS.search(sent) if "first" in low or not safe else None
        summary: tuple[int, int] | None = None
        if plural and not any(
            0 < pos - plural.end() <= 120 and ". " not in sent[plural.end() : pos]
            for _d, pos in date_hits
        ):
            # "the first two rounds were held in Abu Dhabi in January and early February": a
            # summary of the series, no meeting of its own is named
            summary, plural = plural.span(), None
        if plural:
            n = _WORDNUM[plural.group("n").lower()]
            ds = [d for d, pos in date_hits if pos > plural.end()][:n]
            place = _nearest(places, plural.start(), plural.end())
            for k in range(n):
                d = ds[k] if k < len(ds) else None
                self.mentions.append(
                    _Mention(k + 1, "", place, d, status, s0 + plural.start(), s0 + plural.end(),
                             heading=heading)
                )  # fmt: skip
        if len(date_hits) > 1 and not plural and not summary:
            self._counted(sent, s0, places, date_hits, hit_ends, status, heading)
        for m in found:
            if plural and plural.start() <= m.start() < plural.end():
                continue
            if summary and summary[0] <= m.start() < summary[1]:
                continue
            a, b = max(0, m.start() - 30), m.end() + 50  # "the coalition of the willing met"
            if (
                _NOT_ROUND.found(sent[a:b], low[a:b], safe)
                or (
                    (
                        sent.startswith((" with ", " between "), m.end())
                        or (
                            m.group("meeting")
                            and m.group().lower().endswith(("met", "meet", "meets", "meeting"))
                        )
                    )
                    and _ALLIES.match(sent, m.end())
                )
                or (
                    (" leaders" in low or " governments" in low or " capitals" in low)
                    and _ALLIES_MET.search(sent, max(0, m.start() - 80), m.start())
                    and not _NON_ALLY.search(sent, m.end(), m.end() + 60)
                )
            ):
                continue
            if (
                "host" in low
                and not m.group("first")
                and not (m.group("ord") and m.group("ord").lower() in ORDINALS)
                and _HOST_OFFER.search(sent, max(0, m.start() - 45), m.start())
            ):
                continue  # "the Pope's willingness to host negotiations": a venue offered
            ordinal = m.group("ord") or m.group("first")
            # a quoted "Next time in Moscow" is the offer itself
            if not ordinal and _in_quote(sent, m.start()) and m.group() != "time":
                continue
            if (
                not ordinal
                and any(a0 <= m.start() < b0 for a0, b0 in trips)
                and not _SINCE.search(sent, max(0, m.start() - 12), m.start())
            ):
                continue  # the purpose of a trip already taken as a meeting
            number: int | None = None
            rel = ""
            strong = True
            succ = False
            if m.group("ord"):
                o = m.group("ord").lower()
                if o in ORDINALS and m.group("kind").lower() == "session" and not m.group("third"):
                    # "the first session, held yesterday": a part of a meeting, not a round
                    number, strong = None, False
                elif o in ORDINALS:
                    number = ORDINALS[o]
                elif sent[m.end("kind") : m.end("kind") + 1] in ("s", "S"):
                    if _nearest(date_hits, m.start(), m.end(), 40, 0) is None:
                        continue  # "as in previous rounds", "new rounds of talks": no one meeting
                    # "the previous two meetings, on May 16 and June 2": one per listed day
                    strong = False
                elif o in _FUTURE_WORDS:
                    rel = "future"
                    succ = o == "next" and m.group("kind").lower() == "round"
                else:
                    rel = "before" if o == "previous" else "past"
                kind = m.group("kind").lower()
                if kind in ("stage", "phase") and not _TALKS_WORD.search(m.group()):
                    continue  # "the first stage of the exchange", "of the project"
                if (
                    kind in ("meeting", "session")
                    and not _TALKS_CONTEXT.search(sent)
                    and not (rel == "future" and _TAKE_PLACE.search(sent, m.end()))
                ):
                    # "the next meeting should take place in Moscow": a plain meeting,
                    # kept only with a place or a date like any other; "the next meeting
                    # could take place in the US" in a story about talks is the next one
                    number, strong = None, False
            elif m.group("first"):
                number = 1  # "the first(-ever) trilateral talks"
            elif m.group("num"):
                word = m.group("num").lower()
                number = _WORDNUM[word] if word in _WORDNUM else int(word)
            elif m.group("meeting") and _AGAIN.match(sent, m.end()):
                # "the parties had agreed in principle to meet again": their next meeting
                rel = "future"
            elif m.group("talks") or m.group("meeting"):
                strong = False
            else:
                continue
            own = _own_place(places, sent, m.start(), m.end())
            ahead = foreign = weak = False
            if places and ('"' in sent or "“" in sent or "«" in sent):
                # "'Nobody is going back to Istanbul': X on the fifth round": a quoted place is
                # not a place for a mention outside the quotation
                inq = _in_quote(sent, m.start())
                mplaces = [
                    (p, q)
                    for p, q in places
                    if _in_quote(sent, q) == inq
                    # 'the next meeting be held "next time in Moscow"': the quote goes on
                    or (not inq and _QUOTE_OPEN.search(sent, m.end(), min(q, m.end() + 30)))
                ]
            else:
                mplaces = places
            # "the Feb. 28 Oval Office meeting": a day inside the mention is its own
            inner = [d for d, p in date_hits if m.start() <= p < m.end()]
            # a day that names another meeting ("the Feb. 28 Oval Office meeting") is not free
            hits = [h for h in date_hits if h[1] not in owned_at or m.start() <= h[1] < m.end()]
            # "the third round, after the meetings in Istanbul on May 16 and June 2": a day
            # after another meeting's mention is that meeting's
            nf = next((f for f in found if f.start() >= m.end()), None)
            if offsets:
                # "the Paris meeting came a week after ... last Friday": not its day
                hits = [h for h in hits if not any(m.end() <= o.end() <= h[1] for o in offsets)]
            if strong and m.group("ord") and _hint(low[m.end() :], _ORDINAL_WORDS):
                # "the second summit ..., after their first, in Anchorage": the place and the
                # day after another ordinal are that one's
                el = _ELLIPSIS.search(sent, m.end())
                if el is not None and (nf is None or el.start() < nf.start()):
                    mplaces = [(p, q) for p, q in mplaces if q < m.start() or q < el.start()]
                    hits = [h for h in hits if h[1] < el.start()]
            if nf is not None and strong and nf.group("ord"):
                # "the second round, after a first meeting in the Emirati capital": its place
                mplaces = [(p, q) for p, q in mplaces if q < nf.start()]
            if nf is not None:
                # "met Putin on the eve of the Abu Dhabi talks, on Thursday": an apposition
                hits = [
                    h
                    for h in hits
                    if h[1] < nf.start() or _APPOSED.fullmatch(sent, nf.end(), h[1])
                ]
            # "the talks between Putin and Witkoff and Kushner, the US president's son-in-law, in
            # the Kremlin on Tuesday": the place and the day follow the list of who took part
            pm = (
                _PARTICIPANTS.match(sent, m.end())
                if sent.startswith((" between ", " with ", " involving "), m.end())
                else _MET_PARTICIPANTS.match(sent, m.end())
                if m.group() in ("met", "meets")
                else None
            )
            me = pm.end() if pm is not None else m.end()
            if strong and nf is not None and _AGAIN.match(sent, m.end()):
                # "the teams will meet again in the coming weeks, and he proposed a meeting
                # in Washington": a place past the next mention is that one's
                mplaces = [(p, q) for p, q in mplaces if q < nf.start()]
            if strong:
                # a round still to come is placed after its mention ("the next round in
                # Geneva"); a place before it is where it was proposed
                back = 0 if rel == "future" else 60
                rel_clause = _RELATIVE.search(sent, me, me + 120)
                ahead_reach = rel_clause.start() - me if rel_clause else 120
                if ":" in sent or ";" in sent:
                    # "the third meeting this year: the American visited Moscow on 11 February"
                    colon = _COLON.search(sent, me, me + ahead_reach)
                    if colon is not None:
                        ahead_reach = colon.start() - me
                # "the first meeting since the resignation of X, who had led the team in
                # Geneva": a place inside a relative clause is not the meeting's
                place = own or _nearest(mplaces, m.start(), me, ahead_reach, back)
                if _coarse_date(sent, me):
                    # "a second round in the Emirati capital next week": its own vague time;
                    # a day named before the mention belongs to something else
                    date = _nearest(hits, m.start(), me, min(120, ahead_reach), 0)
                    ahead = _COARSE_AHEAD.match(sent, me) is not None
                else:
                    date = _nearest(hits, m.start(), me, ahead_reach)
            else:
                if (om := _OTHER_MEETINGS.search(sent, me)) is not None:
                    # "The meetings ... followed two earlier rounds in Abu Dhabi": those rounds'
                    mplaces = [(p, q) for p, q in mplaces if q < om.start()]
                if nf is not None and _AGAIN.match(sent, m.end()):
                    # "the teams will meet again ..., and he proposed a meeting in Washington":
                    # a place past the next mention is that one's
                    mplaces = [(p, q) for p, q in mplaces if q < nf.start()]
                place = own or _nearest(mplaces, m.start(), me, 70, 12)
                if place is None and ", where" in sent:
                    # "is to travel to Moscow, where he will meet Putin": the place before
                    place = next(
                        (p for p, q in mplaces
                         if _WHERE_GAP.fullmatch(sent, q + len(p), m.start())),
                        None,
                    )  # fmt: skip
                clause = _CLAUSE_END.search(sent, me, me + 140)
                reach = (clause.start() if clause else me + 140) - me
                # "the talks after Yermak resigned on Friday": a day past the clause is not theirs
                conj = _CONJ_END.search(sent, me, me + 90)
                date = _nearest(hits, m.start(), me, conj.start() - me + 1 if conj else 90, 0)
                if place is None and reach > 70:
                    place = _nearest(mplaces, m.start(), me, reach, 12)
                if date is None and reach > 90 and conj is None:
                    date = _nearest(hits, m.start(), me, reach, 0)
                if own is not None and _other_place_first(places, own, date_hits, m.end()):
                    # "the Berlin meeting follows talks in Miami, which began on 4 December"
                    date, foreign = None, True
                # "Monday's talks came three days after ... on Friday": the owner's day
                date = _owned(owned, m.start()) or date
            # "In Geneva on Sunday, the envoys met ...": a place (and day) put before the
            # subject are the meeting's of the main clause that follows - its own verb ("met",
            # "held talks"), not "In Moscow, Peskov said the talks ..."
            if (
                place is None
                and not heading
                and (fr := _FRONTED.match(sent)) is not None
                and fr.end() <= m.start() <= fr.end() + _FRONTED_REACH
                and (
                    m.group() in ("met", "meets")
                    or _HAD.search(sent, max(0, m.start() - 6), m.start()) is not None
                )
                and _SPEECH_CUT.search(sent, fr.end(), m.start()) is None
            ):
                if date is None:
                    date = next((d for d, q in hits if q < fr.end("ph")), None)
                if date is not None:  # an undated one may be a meeting named before
                    place = next(
                        (p for p, q in mplaces if fr.start("ph") <= q < fr.end("ph")), None
                    )
            ref_m = _REFERENCE.search(sent, max(0, m.start() - 30), m.start())
            reference = ref_m is not None
            # a meeting named as the time since or before which something happened is another
            # meeting than the story's ("after the meeting" usually is the story's own)
            earlier = ref_m is not None and not ref_m.group().lower().startswith(
                ("after", "following")
            )
            if not strong and _GOES_ON.match(sent, m.end()):
                date = None  # "Consultations are continuing ... today": a later day of one meeting
            # "a day after the third round": the offset phrase right before the mention
            rel_off = next(
                (
                    o
                    for o in offsets
                    if _THE_GAP.fullmatch(sent, o.end(), m.start())
                    or _HELD_GAP.fullmatch(sent, o.end(), m.start())
                ),
                None,
            )
            if inner:
                date = inner[0]
            elif rel_off is not None and _clause_date(date_hits, sent, m.end()) is None:
                # "Erdogan said on Thursday ..., a day after the third round": counted back
                anchors: set[dt.date] = {d0 for d0, _p in date_hits}
                for dm in speech_dates:
                    if (sd := dates.resolve(dm, self.published, dates.PAST, "")[0]) is not None:
                        anchors.add(sd)
                if (
                    self.last_day is not None
                    and not any(p0 < rel_off.start() for _d, p0 in date_hits)
                    and _ANAPHOR_SUBJECT.match(sent)
                ):
                    # "The meeting came three days after Trump's summit in Anchorage": counted
                    # from the day of the meeting named before
                    anchors = {self.last_day}
                if not anchors and not date_hits and self.body_sentences <= _LEDE:
                    # "Russia and the US have agreed to hold a summit, the Kremlin said, a day
                    # after Witkoff held talks in Moscow": the lede's news is of the story's day
                    anchors = {d0 for d0 in (self.header_date or self.published,) if d0}
                date = _counted_from(rel_off, anchors)
            elif (
                date is None
                and m is found[0]
                and (lead := _lead_date(sent, hits)) is not None
                and not _SPEECH_CUT.search(sent, 0, m.start())  # "On Saturday, X said ..."
            ):
                date = lead  # "On Monday, Witkoff met Putin", "Today the President will meet"
            elif reference:
                # "before the trip to Moscow, ... on Sunday": a meeting named as a point of
                # reference takes only a date of its own phrase
                date = _clause_date(date_hits, sent, m.end())
            elif (
                date is None
                and not foreign
                and (strong or place is not None)
                and not _indefinite(sent, m.start())
                and not _coarse_date(sent, m.end())
                and not (
                    any(d == only_date for d, _p in date_hits)
                    and all(d != only_date for d, _p in hits)
                )
                # "X met Putin in the Kremlin on December 2, while the teams had held talks in
                # Florida": the day of the clause before is the other meeting's
                and not (
                    ("while" in low or "whereas" in low or ";" in sent)
                    and any(
                        _CONTRAST.search(sent, p0, m.start())
                        for d, p0 in date_hits
                        if p0 < m.start()
                    )
                )
            ):
                date = only_date  # a definite mention of the meeting the sentence reports
                weak = spoken
            if (
                date is not None
                and not inner
                and (" earlier" in low or " later" in low)
                and (po := _POST_OFFSET.match(sent, me)) is not None
                and not any(me <= p0 < po.end() for _d, p0 in date_hits)
            ):
                # "talks in Miami on Dec. 20 and the Berlin meeting with Ukrainian negotiators
                # a week earlier": the day is the other meeting's, this one is counted from it
                date = None
            mstatus = status
            if m.group() == "time":
                # "Next time in Moscow": an invitation, no day fixed
                date, mstatus, rel = None, "proposed", "future"
            if undetermined and mstatus == "held":
                mstatus = "proposed"  # "no decision has been made on the venue for a second round"
            if (
                rel == ""
                and _hint(low[max(0, m.start() - 100) : m.start()], _OUTCOME_HINTS)
                and _AT_OUTCOME.search(sent, max(0, m.start() - 100), m.start())
            ):
                mstatus = "held"  # "have agreed on an exchange at their third round of talks"
            if not earlier and ref_m is not None and rel == "" and not ordinal:
                mstatus = "held"  # "announced after talks with Erdogan in Ankara"
            if ahead and status in (None, "held"):
                mstatus = "scheduled"  # "agreeing to hold a second round next week"
            if (
                date is None
                and rel == ""
                and same_day is not None
                and _AFTER_MEETING.search(sent, max(0, m.start() - 50), m.start())
            ):
                # a same-day report: "Ukraine said Tuesday it was ready ..., after eight hours
                # of talks in Jeddah" - the talks ended the day the story reports
                date, mstatus = same_day, "held"
            if rel == "future" and m.group("third"):
                number = ORDINALS[m.group("third").lower()]
                rel = ""
            if (
                place is None
                and self.header_place is not None
                and (
                    m.group().lower() in ("met", "meets")
                    or _HAD.search(sent, max(0, m.start() - 8), m.start()) is not None
                    or (m.start() == 0 and m.group().lower() in ("the meeting", "the talks"))
                )
                and self.body_sentences == 1
                and not heading
                and direction != dates.FUTURE
                and status not in _AHEAD
            ):
                # a readout's first sentence, "Vladimir Putin met with ...", under a date line
                # that names the venue ("The Kremlin, Moscow")
                place = self.header_place
            if (
                not strong
                and place is None
                and date is not None
                and self.last_place is not None
                and m.group().lower().endswith(" meet")
                and _AGAIN_AFTER.match(sent, m.end())
            ):
                place = self.last_place  # "expected to meet the American team again on Tuesday"
            if (
                not strong
                and place is None
                and date is None
                and rel == ""
                and status not in ("held", "cancelled")
                and (
                    (m.group().lower().endswith(" meet") and _AGAIN.match(sent, m.end()))
                    or (
                        not places
                        and m.group("talks")
                        and _RESUME.search(sent, max(0, m.start() - 30), m.start())
                    )
                )
            ):
                strong, rel = True, "future"  # a meeting sought, its place and day still open
            if not strong and place is None and date is None:
                continue
            if (
                not strong
                and date is None
                and any(lf.start() < m.end() and m.start() < lf.end() for lf in leaders_found)
            ):
                continue  # "ready to meet Zelenskyy in Vienna": the leaders' meeting names it
            if (
                number is None
                and place is None
                and date is None
                and _NOT_SET.found(sent, low, safe)
            ):
                continue  # "the next round has not been scheduled"
            since = False
            if (
                number == 1
                and ("since" in low or " year" in low or " month" in low or " decade" in low)
                and (fs := _FIRST_SINCE.match(sent, m.end())) is not None
            ):
                # "their first direct talks in three years": the first of a kind, though
                # direct, unless the text numbers the series ("the first round since 2022" is)
                first_talks = bool(m.group("first")) and m.group().lower().endswith("talks")
                # "the first talks between the two countries since 2022": Russia and Ukraine
                # unless the US is one of them ("U.S. and Russian officials met ...")
                two = _TWO_COUNTRIES.search(sent, m.start(), fs.end()) and not _US.search(sent)
                since = first_talks or not (_DIRECT.search(sent, m.start(), fs.end()) or two)
                if (
                    since
                    and place is not None
                    and place != own
                    and "since" in fs.group()
                    and not _SINCE_YEAR.match(sent, fs.end())  # "since 2021 in Doha": the talks'
                ):
                    # "the first meeting ... since the US president returned to the White House"
                    at = next((q for p_, q in places if p_ == place and q >= m.end()), None)
                    if at is not None and at >= fs.end():
                        place = None
            self.mentions.append(
                _Mention(number, rel, place, date, mstatus, s0 + m.start(), s0 + m.end(),
                         heading=heading, strong=strong, succ=succ, since=since, weak=weak,
                         ref=earlier or _coarse_date(sent, me) or undetermined)
            )  # fmt: skip
        if sent[:1] in ("T", "I") and 0 < first_new < len(self.mentions) and _THIS_WAS.match(sent):
            self._this_was(first_new)
        self._date_lists(sent, s0, first_new, date_hits, hit_ends)
        numbered = [m for m in found if m.group("ord") and m.group("ord").lower() in ORDINALS]
        if numbered and _hint(low[numbered[0].end() :], _ORDINAL_WORDS):
            # "the first round on May 16, the second on June 2 and the third on July 23"
            for e in _ELLIPSIS.finditer(sent, numbered[0].end()):
                self.mentions.append(
                    _Mention(ORDINALS[e.group("n").lower()], "",
                             _nearest(places, e.end(), e.end(), 25, 0),
                             _nearest(date_hits, e.end(), e.end(), 25, 0), status,
                             s0 + e.start("n"), s0 + e.end(), heading=heading)
                )  # fmt: skip
        ordinal_spans = [f.span() for f in found if f.group("ord") or f.group("first")]
        for m in leaders_found:
            # "an EU-African Union summit": the organisation can be a long name before it
            a, b = max(0, m.start() - 30), m.end() + 40
            if _NOT_ROUND.found(sent[a:b], low[a:b], safe):
                continue
            if any(f0 < m.end() and m.start() < f1 for f0, f1 in ordinal_spans):
                continue  # "the first trilateral meeting": the numbered round
            if _NOT_DISCUSSED.search(sent, m.end(), m.end() + 100) or (
                ("not" in low or "no " in low)
                and _NOT_DISCUSSED_BEFORE.search(sent, max(0, m.start() - 50), m.start())
            ):
                continue  # "a meeting between the two presidents was not discussed today"
            lstatus = status
            if lstatus is None and not _SUMMIT.search(m.group()):
                if _DENIED.search(sent):
                    continue
                lstatus = "proposed"  # a leaders' meeting named without a tense is one sought
            if any(a0 <= m.start() < b0 for a0, b0 in trips):
                continue
            if any(
                x.start < s0 + m.end() and s0 + m.start() < x.end and (x.place or x.date)
                for x in self.mentions[first_new:]
            ):
                continue  # "will meet with Putin" placed and dated already: that meeting
            # "a leaders' meeting and the Istanbul talks": a place naming another mention is
            # that mention's
            free = [
                (p, q) for p, q in places
                if not any(a0 <= q < b0 for a0, b0 in trips)  # the place of a trip
                and not any(f.start() > q and not (f.start() < m.end() and m.start() < f.end())
                           and sent[q + len(p) : f.start()] in (" ", "'s ", "’s ")
                           for f in found)
            ]  # fmt: skip
            place = _own_place(places, sent, m.start(), m.end())
            date = _nearest(date_hits, m.start(), m.end(), 80, 0) or _owned(owned, m.start())
            if _FOLLOWED.search(sent, max(0, m.start() - 45), m.start()):
                # "a meeting between Putin and Zelensky, to be followed by a trilateral summit,
                # after talks at the White House": a meeting still sought, and the place and
                # day around it are the other meeting's
                lstatus, date = "proposed", None
            elif place is None:
                place = _nearest(free, m.start(), m.end(), 70, 12)
            if (
                lstatus == "held"
                and place is None
                and date is None
                and _indefinite(sent, m.start())
            ):
                lstatus = "proposed"  # "a three-way meeting, which the US had floated"
            # "a trilateral meeting", "a meeting involving Ukraine, Russia and the US"
            tri = _TRI.match(m.group()) is not None or _TRI_PARTIES.match(m.group()) is not None
            # "Trump told reporters he would meet Putin": the leaders named up to the mention
            who = frozenset(
                w.group().lower()[:5] for w in _LEADER_NAME.finditer(sent, 0, m.end() + 40)
            ) | ({"three"} if _TRI.search(sent, m.start(), m.end() + 60) else set())
            self.mentions.append(
                _Mention(None, "", place, date, lstatus, s0 + m.start(), s0 + m.end(),
                         leaders=True, heading=heading, tri=tri, who=who,
                         summit=m.group().lower() == "summit")
            )  # fmt: skip
        if span_days and ended and not date_hits:
            n = _DAYNUM[
                (span_days.group("n") or span_days.group("m") or span_days.group("k")).lower()
            ]
            for x in self.mentions[first_new:]:
                x.days = n  # dated, if at all, by the day it ended: the story's
        if date_hits and len(self.mentions) > first_new and " and " in sent:
            self._coordinated(sent, s0, places, date_hits, first_new, heading)
        if date_hits and len(self.mentions) > first_new and _hint(low, _MOVED_HINTS):
            self._moved(sent, first_new, date_hits)
        for x in self.mentions[first_new:]:
            if x.place:
                self.last_place = x.place
                self.seen_places.append(x.place)
            if x.date and not x.heading and not x.weak:
                self.last_day = x.date
        if dateline is not None:
            # the date line dates what it reports only when nothing else in it does
            for x in self.mentions[first_new:]:
                if x.date is None and x.status not in ("scheduled", "proposed"):
                    x.date, x.weak = dateline, True

    def _counted(
        self,
        sent: str,
        s0: int,
        places: list[tuple[str, int]],
        date_hits: list[tuple[dt.date, int]],
        hit_ends: dict[int, int],
        status: str | None,
        heading: bool,
    ) -> None:
        """ "hosted three rounds of direct talks last year, on May 16, June 2 and July 23": a
        count of meetings followed by as many days, listed, is that many meetings."""
        for cm in _COUNTED.finditer(sent):
            n = _WORDNUM[cm.group("n").lower()]
            days = [(d, p) for d, p in date_hits if cm.end() <= p < cm.end() + _COUNT_REACH]
            if len(days) < n:
                continue
            days = days[:n]
            listed = all(
                _LIST_GAP.fullmatch(sent, hit_ends.get(days[k][1], days[k][1]), days[k + 1][1])
                for k in range(n - 1)
            )
            after = next((p for _d, p in date_hits if p > days[-1][1]), None)
            end = hit_ends.get(days[-1][1], days[-1][1])
            if not listed or (after is not None and _LIST_GAP.fullmatch(sent, end, after)):
                continue  # more days listed than meetings counted: not a list of them
            place = _nearest(places, cm.start(), cm.end(), 60, 40)
            host = _HOST_COUNTRY.search(sent, max(0, cm.start() - 60), cm.start())
            if place is None and host is not None:
                # "Türkiye hosted three rounds": the city of the dateline or of the meeting
                # named before, if it is in that country
                country = _COUNTRY_NAMES.get(host.group(1), host.group(1))
                cities = lexicon().country_cities.get(country, frozenset())
                named = [self.dateline_place, *reversed(self.seen_places)]
                place = next((c for c in named if c in cities), None)
            pub = self.published
            for d, _p in days:
                held = pub is not None and d < pub
                self.mentions.append(
                    _Mention(None, "", place, d, "held" if held else status,
                             s0 + cm.start(), s0 + cm.end(), heading=heading, strong=True)
                )  # fmt: skip

    def _coordinated(
        self,
        sent: str,
        s0: int,
        places: list[tuple[str, int]],
        date_hits: list[tuple[dt.date, int]],
        first_new: int,
        heading: bool,
    ) -> None:
        """ "talks in Geneva on 23 November and in Florida a week later": a second place with
        a day of its own, joined to a placed and dated meeting, is a second meeting."""
        named = {x.place for x in self.mentions[first_new:] if x.place}
        for x in list(self.mentions[first_new:]):
            if not (x.place and x.date):
                continue
            at = next((q for p, q in places if p == x.place and q >= x.start - s0), None)
            if at is None:
                continue
            for p2, q2 in places:
                if not 0 < q2 - at < 60 or p2 in named or _AND_IN.search(sent, at, q2) is None:
                    continue
                end = q2 + len(p2)
                day = next(
                    (d for d, dp in date_hits if dp >= end and _PAIR_AFTER.match(sent, end, dp)),
                    None,
                )
                if day is not None and day != x.date:
                    named.add(p2)
                    self.mentions.append(
                        _Mention(None, "", p2, day, x.status, s0 + q2, s0 + end,
                                 heading=heading, strong=False)
                    )  # fmt: skip

    def _short_span(self, first: re.Match[str], last: re.Match[str] | None) -> bool:
        """Two date phrases a meeting's few days apart ("from Oct. 24 to Oct. 26"), not a
        window ("from June 20 to June 30")."""
        if last is None:
            return False
        d1 = dates.resolve(first, self.published, dates.NEUTRAL)[0]
        d2 = dates.resolve(last, self.published, dates.NEUTRAL)[0]
        return d1 is not None and d2 is not None and dt.timedelta(0) < d2 - d1 <= _MAX_SPAN

    def _here_city(self, phrase: str) -> str | None:
        """The city "in the Saudi city" names: the dateline's, unless the adjective names
        another country ("MOSCOW ... in the Saudi city"): then the one named before, if it is
        in that country."""
        adj = next((c for a, c in _COUNTRY_ADJ.items() if a in phrase), None)
        cities = lexicon().country_cities.get(adj or "")
        if cities is None or self.dateline_place in cities:
            return self.dateline_place
        return self.last_place if self.last_place in cities else None

    def _this_was(self, first_new: int) -> None:
        """ "This was the fourth meeting between Putin and Witkoff this year": the ordinal
        numbers the meeting the sentences before reported, with its place and day."""
        new = self.mentions[first_new]
        if new.number is None or new.place or new.date or new.leaders:
            return
        prev = next(
            (x for x in reversed(self.mentions[:first_new])
             if not x.leaders and not x.heading and (x.date or x.place)),
            None,
        )  # fmt: skip
        if prev is None or prev.number is not None or prev.rel == "future":
            return
        new.place, new.date, new.weak, new.ref = prev.place, prev.date, prev.weak, False
        new.status = new.status or prev.status
        if prev.date is None:
            # placed only: the round is the one reported first, which the story's day may date
            prev.number = new.number

    def _year_heading(self, ym: re.Match[str]) -> None:
        """A timeline heading: its year, or the year before's when its month is earlier."""
        month = dates.MONTHS[ym.group("mon").lower()[:3]] if ym.group("mon") else 1
        if year := ym.group("y") or ym.group("y2"):
            self.year = int(year)
        elif self.year is not None and month < self._year_month:
            self.year += 1  # "November-December", then "January:" of the next year
        self._year_month = month

    def _days_in(self, sent: str, lo: int, hi: int, direction: str) -> list[tuple[dt.date, int]]:
        """(day, position) for each date phrase naming one day between lo and hi."""
        hits: list[tuple[dt.date, int]] = []
        for dm in dates.DATE_RE.finditer(sent, lo, hi):
            d, gran = dates.resolve(
                dm, self.published, direction, dates.prefix_of(sent, dm.start()), self.year
            )
            if d is not None and gran == "day":
                hits.append((d, dm.start()))
        return hits

    def _next_ordinal(self, sent: str, s0: int, em: re.Match[str], heading: bool) -> None:
        """ "The first round, on May 16, ... . At the second, on June 2, ...": an ordinal
        alone names the next round of the series the text is numbering."""
        n = ORDINALS[em.group("n").lower()]
        if not any(x.number == n - 1 and not x.leaders for x in self.mentions):
            return
        hits = self._days_in(sent, em.end(), em.end() + 45, dates.PAST)
        places = _places(sent, 0)
        self.mentions.append(
            _Mention(n, "", _nearest(places, em.end(), em.end(), 25, 0),
                     _nearest(hits, em.end(), em.end(), 45, 0), None,
                     s0 + em.start("n"), s0 + em.end("n"), heading=heading)
        )  # fmt: skip

    def _one(self, sent: str, s0: int, om: re.Match[str], heading: bool) -> None:
        """ "This is the third meeting ... The previous one took place in Moscow on March 13":
        "one" names a meeting of the kind just mentioned."""
        last = self.mentions[-1]
        if last.leaders or s0 - last.end > 300:
            return
        word = om.group("w").lower()
        direction = dates.FUTURE if word == "next" else dates.PAST
        hits = self._days_in(sent, om.end(), om.end() + 90, direction)
        places = _places(sent, 0)
        # "the next one" after the third is the fourth; the one before is named by no ordinal
        number = last.number + 1 if last.number is not None and word == "next" else None
        place = _nearest(places, om.end(), om.end(), 60, 0)
        date = _nearest(hits, om.end(), om.end(), 90, 0)
        if number is None and place is None and date is None:
            return  # "the next one will be harder": nothing names a meeting
        self.mentions.append(
            _Mention(number, "future" if word == "next" else "", place, date, _status(sent),
                     s0 + om.start(), s0 + om.end(), heading=heading)
        )  # fmt: skip

    def _header_date(self, sent: str) -> None:
        """A date line above the story ("August 6, 2025 19:40 The Kremlin, Moscow",
        "Tuesday 2 December 2025 20:05, UK"): a full date with its year at the line's start."""
        # "Fri 15 Aug 2025 23.52 BST": a short weekday before the date
        dm = _LINE_DATE.match(sent, _SHORT_WEEKDAY.match(sent).end())  # type: ignore[union-attr]
        if dm is not None and (dm.group("year") or dm.group("iso") or dm.group("dot")):
            self.header_date = dates.resolve(dm, self.published, dates.PAST)[0]
        elif sent[:2].isupper() and (city := _DATELINE_PLACE.match(sent)) is not None:
            # a dateline alone: "ST PETERSBURG, 11 Apr - RIA Novosti."
            dm = _LINE_DATE.match(sent, city.end() + 1)
            if dm is not None and (dm.group("mon") or dm.group("mon2")):
                self.header_date = dates.resolve(dm, self.published, dates.PAST)[0]

    def _dateline_place(self, sent: str) -> None:
        m = _DATELINE_PLACE.match(sent)
        if m is not None:
            venue = lexicon().venue_city
            name = _place_names().get(m.group("city").lower())
            if name is not None:
                self.dateline_place = venue.get(name, name)

    def _header_place(self, sent: str) -> None:
        """A venue line above the story ("The Kremlin, Moscow", or after the date line's time):
        nothing but place names, the last of which is where the story happens."""
        rest = _LINE_DATE.sub("", sent, count=1)
        rest = _CLOCK.sub("", rest).strip(" ,.-–—|·")
        if not rest or len(rest) > 40:
            return
        names = _place_names()
        parts = [re.sub(r"^the\s+", "", x.strip(), flags=re.I) for x in rest.split(",")]
        if parts and all(x.lower() in names for x in parts):  # "The Kremlin, Moscow"
            self.header_place = names[parts[-1].lower()]

    def _lede(self, text: str, s0: int, e0: int) -> None:
        """Count the body's sentences and keep the first three, the lede: its past days (the
        day the story reports, "on Tuesday") date an undated meeting it names. The first
        paragraph ends where the second body line starts."""
        sent = text[s0:e0]
        self.body_sentences += 1
        if (
            self.first_end is None
            and self._body_end is not None
            and "\n" in text[self._body_end : s0]
        ):
            self.first_end = s0
        self._body_end = e0
        if self.body_sentences > _LEDE:
            if self.lede_end is None:
                self.lede_end = s0
            return
        self.lede.append((sent, s0))

    def _lede_days(self) -> list[tuple[dt.date, int, int]]:
        """(day, sentence start, end) for each past day of the lede; a dateline's day is the
        story's date line instead (read only when a meeting needs it: most stories date theirs)."""
        out: list[tuple[dt.date, int, int]] = []
        for sent, s0 in self.lede:
            for dm in dates.DATE_RE.finditer(sent):
                prefix = dates.prefix_of(sent, dm.start())
                d, gran = dates.resolve(dm, self.published, dates.PAST, prefix)
                if d is None or gran != "day":
                    continue
                if self.published is not None and not 0 <= (self.published - d).days <= _WEEK:
                    continue
                if _DATELINE.match(sent, 0, dm.start()) and _DATELINE_END.match(sent, dm.end()):
                    self.header_date = self.header_date or d  # "ISTANBUL, June 2 (Reuters) -"
                    continue
                pre = sent[max(0, dm.start() - 70) : dm.start()]
                if _SPEECH_DATE.search(pre) or _BOUND_DATE.search(pre) or _PRESS_DATE.search(pre):
                    continue  # the day of a statement or a press event is not the meeting's
                out.append((d, s0, s0 + len(sent)))
        return out

    def _news_day(self, out: list[RoundFact]) -> list[RoundFact]:
        """The one undated held meeting the lede names is dated by the story's day: the one
        past day of the lede, else the date line above the story (a readout, a live blog).
        A day in the meeting's own sentence was already weighed there, and refused."""
        cands = [i for i, r in enumerate(out) if r.date is None and r.place and r.status == "held"]
        if len(cands) != 1:
            return out
        r = out[cands[0]]
        pos = r.span.start
        if self._refs.get(pos) or self._sought.get(pos):
            # "since the talks in Istanbul last summer", "the date of the third round ... has
            # not been determined", "offering to host a fourth round": not the meeting the
            # story reports as held
            return out
        lede_days = self._lede_days()
        days = {d for d, a, b in lede_days if not a <= pos < b}
        end = self.lede_end
        news = next(iter(days)) if len(days) == 1 else None
        if not lede_days:
            # the date line dates only the meeting the story opens with
            news, end = self.header_date, self.first_end
            if news is None and self._fresh_at(pos):
                news = self.published  # "the talks have ended": the story's own day
            if end is not None and self.lede and end - self.lede[0][1] < _SHORT_PARAGRAPH:
                # a live blog's one-line opening ("here is a summary of where things stand")
                end = max(end, self.lede_end or 0)
        if news is None or pos >= (end if end is not None else 1 << 60):
            return out
        if any(
            x.date == news
            or (x.date in self.starts and dt.timedelta(0) < news - x.date <= _MAX_SPAN)
            for x in out
        ):
            return out  # the story's day is a meeting's, or a later day of one that began before
        # "the two-day meeting has ended": the story's day is its last; it began days before
        news -= dt.timedelta(days=self._days.get(pos, 1) - 1)
        out[cands[0]] = RoundFact(r.number, r.place, news, r.status, r.span,
                                  r.confidence, r.description)  # fmt: skip
        return out

    def _moved(self, sent: str, first_new: int, date_hits: list[tuple[dt.date, int]]) -> None:
        """ "postponed and will now be held next Wednesday", "moved to 4-5 February": the
        sentence's meetings are dated by the new day, and are still to come."""
        m = _MOVED.search(sent)
        if m is None:
            return
        new = [d for d, p in date_hits if m.end() <= p <= m.end() + 12]
        if not new:
            return
        for x in self.mentions[first_new:]:
            x.date, x.status, x.weak = new[0], "scheduled", False

    def _consecutive(
        self, sent: str, date_hits: list[tuple[dt.date, int]], hit_ends: dict[int, int]
    ) -> None:
        """ "on Friday and Saturday": consecutive days of one meeting, which is dated by the
        first; the later day's phrase is read as the first day (in place)."""
        for i in range(1, len(date_hits)):
            (d1, p1), (d2, p2) = date_hits[i - 1], date_hits[i]
            if d2 - d1 == _ONE_DAY and _LIST_GAP.fullmatch(sent, hit_ends[p1], p2) is not None:
                date_hits[i] = (d1, p2)
                self.starts.add(d1)

    def _date_lists(
        self,
        sent: str,
        s0: int,
        first_new: int,
        date_hits: list[tuple[dt.date, int]],
        hit_ends: dict[int, int],
    ) -> None:
        """An unnumbered mention dated by a list of days is one meeting per day: "the talks in
        Geneva on May 3 and May 9" are two meetings; consecutive days ("on Sunday and Monday")
        are one meeting, dated by its first."""
        pos_of = {d: p for d, p in date_hits}
        for x in self.mentions[first_new:]:
            if x.number is not None or x.date is None or x.leaders or x.date not in pos_of:
                continue
            p = pos_of[x.date]
            if p < x.end - s0:
                continue
            last = x.date
            for d, q in date_hits:
                if q > p and _LIST_GAP.fullmatch(sent, hit_ends[p], q) is not None:
                    if abs(d - last) <= _ONE_DAY:
                        break
                    last = d
                    self.mentions.append(
                        _Mention(None, x.rel, x.place, d, x.status, x.start, x.end,
                                 heading=x.heading, strong=x.strong)
                    )  # fmt: skip
                    p = q
                elif q > p:
                    break

    def _pairs_only(self, sent: str) -> None:
        """Place-date pairs of a sentence that mentions no meeting ("the exchange agreed in
        Istanbul on June 2")."""
        if " in " not in sent and not sent.startswith("In "):
            return
        places = _places(sent, 0)
        if not places:
            return
        direction = dates.tense(sent)
        hits: list[tuple[dt.date, int]] = []
        for dm in dates.DATE_RE.finditer(sent):
            pre = sent[max(0, dm.start() - 40) : dm.start()]
            if _BOUND_DATE.search(pre) or _SPEECH_DATE.search(pre):
                continue
            d, gran = dates.resolve(
                dm, self.published, dates.clause_tense(sent, dm.start(), direction),
                dates.prefix_of(sent, dm.start()), self.year,
            )  # fmt: skip
            if d is not None and gran == "day":
                hits.append((d, dm.start()))
        if hits:
            self._pair_places(sent, places, hits)

    def _pair_places(
        self, sent: str, places: list[tuple[str, int]], date_hits: list[tuple[dt.date, int]]
    ) -> None:
        """Record each place with a date stated right next to it: "in X on D", "X, D",
        "on D in X"."""
        venue = lexicon().venue_city
        for place, pos in places:
            end = pos + len(place)
            for d, dpos in date_hits:
                if dpos >= end:
                    paired = _PAIR_AFTER.match(sent, end, dpos) is not None
                else:
                    paired = _PAIR_BEFORE.match(sent, dpos, pos) is not None
                if paired:
                    self.place_dates.setdefault(venue.get(place, place), set()).add(d)

    def _date_by_place(self) -> None:
        """An undated mention at a place takes the one date stated next to that place elsewhere
        in the text, if that date fits its status ("the agreements reached in Istanbul on
        June 2" dates "the Istanbul talks")."""
        venue = lexicon().venue_city
        pub = self.published
        numbered: dict[int, set[dt.date]] = {}  # number -> the days of other numbered rounds
        for x in self.mentions:
            if x.number is not None and x.date is not None:
                for n in {y.number for y in self.mentions if y.number not in (None, x.number)}:
                    if n is not None:
                        numbered.setdefault(n, set()).add(x.date)
        for m in self.mentions:
            if m.date is not None or m.place is None or m.rel == "future":
                continue
            days = self.place_dates.get(venue.get(m.place, m.place), set())
            if m.status == "cancelled":
                continue
            if pub is not None:
                if m.status is None:
                    if m.number is not None:
                        continue  # "the third round in Istanbul": the day was another round's
                    # no tense of its own: the one day named with the place decides
                elif m.status == "held":
                    days = {d for d in days if d <= pub}
                else:
                    days = {d for d in days if d >= pub}
            if m.number is not None:
                # "the first round ... in Istanbul on May 16": that day is not the second's
                days = {d for d in days if d not in numbered.get(m.number, set())}
            if len(days) == 1:
                day = next(iter(days))
                if (month := self._month_after(m)) is not None and month != day.month:
                    continue  # "met Putin in Moscow in February": not the day there in March
                m.date = day

    def _trips(
        self,
        sent: str,
        s0: int,
        places: list[tuple[str, int]],
        date_hits: list[tuple[dt.date, int]],
        status: str | None,
        heading: bool,
        stops: list[int],
    ) -> list[tuple[int, int]]:
        """Trips whose purpose is a meeting, added as mentions; their spans in the sentence.
        `stops` are where other meetings are named: a day after one of them is not the trip's."""
        spans: list[tuple[int, int]] = []
        for place, pos in places:
            # "spent five hours with Russian President Vladimir Putin at": a long verb phrase
            pre = sent[max(0, pos - (90 if "spen" in sent else 45)) : pos]
            wide = max(0, pos - 70)
            trip = _TRIP_PRE.search(pre)
            if trip is None and (trip := _RECEIVE_PRE.search(sent, wide, pos)) is not None:
                pre = sent[wide:pos]  # trip positions are relative to `pre`
                trip = _RECEIVE_PRE.search(pre)
            end = pos + len(place)
            if trip is None:
                outcome = _OUTCOME_PRE.search(sent, wide, pos)
                if outcome is None or _NOT_ROUND.found(sent[outcome.start() : end + 30]):
                    continue
                # what a meeting produced, where and when: "the exchange agreed in Istanbul on
                # June 2"; undated ("the memorandum handed over in Istanbul") it only recalls
                # a document, not the meeting
                day = _clause_date(date_hits, sent, end)
                if day is None:
                    continue
                self.mentions.append(
                    _Mention(None, "", place, day, "held",
                             s0 + outcome.start(), s0 + end, heading=heading, strong=False)
                )  # fmt: skip
                spans.append((outcome.start(), end + 40))
                continue
            verb = trip.group().lower()
            purpose = _TRIP_PURPOSE.search(sent, end, end + 90)
            if purpose is not None:
                stop = purpose.end()
            elif _AGAIN.match(sent, end) and not verb.startswith("return"):
                stop = end  # "could travel to Moscow again later this month": another visit
            elif _DELEGATION.search(sent, 0, pos) and not verb.startswith("return"):
                # a delegation travels to negotiate: "the delegation will be in X"; one
                # returning home ("will return to Kyiv to report") does not
                stop = end
            elif (
                not verb.startswith("return")
                and place not in lexicon().countries
                and _ENVOY.search(sent, max(0, pos - 100), pos) is not None
                # "no visit by the envoy to Moscow was planned", "dismissed reports that ..."
                and _ENVOY_DENIED.search(sent, max(0, pos - 120), pos) is None
            ):
                stop = end  # "Special Envoy X is expected in Moscow later this week": to negotiate
            elif verb.startswith(("receiv", "welcom", "host")) or (
                verb.startswith(("visit", "trip", "spen"))
                and (
                    _TRIP_TOPIC.search(sent, max(0, pos - 160), end + 50)
                    or (verb.startswith("spen") and (" with " in verb or _DAY_WORD.search(verb)))
                    # "who spent three days in Miami with Witkoff in late October"
                    or (verb.startswith("spen") and _WITH_NAME.match(sent, end))
                )
            ):  # "spent five hours with Putin at the Kremlin" is a meeting
                stop = end
            else:
                continue
            if _NOT_ROUND.found(sent[pos : stop + 50]) or (
                purpose is not None and _ALLIES.match(sent, purpose.end())
            ):
                continue
            if purpose is not None and place in lexicon().countries:
                # "traveling to Florida for a meeting with Trump at Mar-a-Lago": the venue
                later = [p for p, q in places if purpose.end() <= q < purpose.end() + 80]
                place = next((p for p in later if p not in lexicon().countries), place)
            start = pos - len(pre) + trip.start()
            reference = _REFERENCE.search(sent, max(0, start - 30), start)
            if reference:
                date = _clause_date(date_hits, sent, end)
            else:
                inside = [d for d, p in date_hits if start <= p < pos]
                # "the first visit to the White House since a meeting on Feb. 28": that meeting's
                nxt = next((q for q in stops if q >= stop), None)  # past the trip's purpose
                free = [h for h in date_hits if nxt is None or h[1] < nxt]
                # "spent Sunday evening in talks with X at ...": the day inside the phrase
                date = inside[0] if inside else _nearest(free, end, end, 100, end - start + 30)
                # "On 21 May Witkoff and Kushner spent four hours with Putin in the Kremlin"
                date = date or _lead_date(sent, free)
                if purpose is not None and (then := _clause_date(free, sent, purpose.end())):
                    # "arrived in Washington on Thursday, is due to meet Trump ... on Friday"
                    date = then
            if _AHEAD_OF.search(sent, end, end + 70):
                date = None  # "arrive in Istanbul this evening ahead of the talks": not their day
            tstatus = status
            if _HOSTED.match(verb) and not _READY_TO.search(sent, max(0, start - 30), start):
                tstatus = "held"  # "..., the president said as he hosted X in the Kremlin"
            if verb.startswith("receiv") and _READY_TO.search(sent, max(0, start - 30), start):
                # "ready to receive Zelensky in Moscow for a meeting": a venue offered
                self.mentions.append(
                    _Mention(None, "future", None, None, "proposed", s0 + start, s0 + end,
                             heading=heading, leaders=True)
                )  # fmt: skip
                spans.append((start, stop + 40))
                continue
            if (
                date is None
                and " after" in sent
                and _PAST_TRIP.search(verb)
                and (off := _last_offset(sent, max(0, start - 80), start)) is not None
                and off.group("dir").lower() == "after"
            ):
                # "could hold a summit next week, a day after Witkoff spent three hours with
                # Putin in Moscow": the trip is counted back from the sentence's one day, or
                # in the lede from the story's
                anchors = {d for d, _p in date_hits}
                if not anchors and self.body_sentences <= 2:
                    anchors = {d for d in (self.header_date or self.published,) if d}
                if (date := _counted_from(off, anchors)) is not None:
                    tstatus = "held"
            self.mentions.append(
                _Mention(None, "", place, date, tstatus, s0 + start, s0 + end,
                         heading=heading, strong=False, ref=reference is not None)
            )  # fmt: skip
            # a trip named for a meeting covers its purpose ("to Moscow for talks with ...")
            spans.append((start, stop + (40 if purpose is not None else 0)))
        return spans

    def _exchange(self, text: str, s0: int, e0: int) -> None:
        sent = text[s0:e0]
        if not _EXCHANGE_CTX.search(sent):
            return
        for m in _EXCHANGE.finditer(sent):
            a = int(m.group("a").replace(" ", "").replace(",", ""))
            b = int(m.group("b").replace(" ", "").replace(",", ""))
            if not (0 < a < 100000 and 0 < b < 100000):
                continue
            self.exchanges.append(
                ExchangeFact(a, b, None, Span(s0 + m.start(), s0 + m.end()), m.group(), 0.8)
            )

    def _held(self, r: _Round) -> bool:
        pub = self.published
        for m in r.mentions:
            if m.date is not None and pub is not None and m.date != pub:
                return m.date < pub
        sts = [m.status for m in r.mentions if m.status]
        return "held" in sts or (not sts and any(m.rel in ("past", "before") for m in r.mentions))

    def rounds(self) -> list[RoundFact]:
        cities = lexicon().country_cities
        for m in self.mentions:
            if m.place in cities and len(state := cities[m.place]) == 1:
                city = next(iter(state))
                if city in self.text:
                    # "the summit in Alaska ... at the base in Anchorage": the state's one city
                    # named in the text is the meeting's place; "in Alaska" alone has none
                    m.place = city
        self._date_by_place()
        if not any(m.number and (m.number > 1 or not m.since) for m in self.mentions):
            for m in self.mentions:
                if m.since:  # "their first face-to-face meeting in six years": not a series
                    m.number = None
        venue = lexicon().venue_city
        firm_places = {
            venue.get(m.place, m.place) for m in self.mentions if m.place and m.date and not m.weak
        }
        for m in self.mentions:
            if m.weak and m.place and venue.get(m.place, m.place) in firm_places:
                m.date = None  # the date line yields to a date stated for the place
        groups: dict[int, _Round] = {}
        loose: list[_Mention] = []
        for m in self.mentions:
            if m.number is not None:
                groups.setdefault(m.number, _Round(m.number)).mentions.append(m)
            else:
                loose.append(m)
        older = self._older_series(groups)
        self._nth_days(groups, loose)
        open_nums = [n for n in sorted(groups) if not self._held(groups[n])]
        open_set = set(open_nums)
        held_nums = [n for n in sorted(groups) if self._held(groups[n])]
        venue = lexicon().venue_city
        leftovers: list[_Mention] = []
        for m in loose:
            if m.leaders:
                leftovers.append(m)
                continue
            pub = self.published
            fut = m.rel == "future" or (
                m.rel == ""
                and (
                    (m.date is not None and pub is not None and m.date > pub)
                    or (m.date is None and m.status in ("scheduled", "proposed"))
                )
            )
            if not m.strong and m.date is None and m.place:
                mplace = venue.get(m.place, m.place)
                if any(venue.get(x.place or "", x.place) == mplace for g in groups.values()
                       for x in g.mentions):  # fmt: skip
                    continue  # "the Istanbul talks": a reference to a numbered round
            target: int | None = None
            if fut and open_nums and (m.strong or m.place is None or m.rel == "future"):
                # (a trip ahead, "could travel to Moscow again", is not the next round)
                target = open_nums[0]
            elif m.succ and held_nums:
                # "the next round" after the rounds held so far is the one after the last
                target = held_nums[-1] + 1
                groups.setdefault(target, _Round(target))
                open_nums.append(target)
                open_set.add(target)
            elif m.rel == "before" and groups:
                # "the previous round": the one before the article's latest round
                target = max(groups) - 1 or None
            elif m.rel == "past" and held_nums:
                target = held_nums[-1]
                if not _compatible(groups[target], m, venue) and target > 1:
                    target -= 1  # the latest round is dated otherwise: the one before it
            elif not fut:
                past = (
                    m.date is not None
                    and pub is not None
                    and (m.date < pub or (m.date == pub and m.status == "held"))
                )
                cands = [
                    n for n in groups
                    if _compatible(groups[n], m, venue, frozenset(self.starts))
                    and (m.place or m.date)
                    and not (past and n in open_nums)
                    # "the fifth round took place at the end of March": no day of another
                    and not (m.date and all(x.ref for x in groups[n].mentions))
                ]  # fmt: skip
                if len(cands) == 1:
                    target = cands[0]
                elif len(cands) > 1 and m.date is None:
                    continue  # a venue-only reference to one of several rounds
            if target is not None and target not in groups:
                groups[target] = _Round(target, [m])
            elif target is not None and _compatible(
                groups[target], m, venue, frozenset(self.starts)
            ):
                groups[target].mentions.append(m)
            else:
                leftovers.append(m)
        out = _series_place([self._fact(groups[n].mentions, n) for n in sorted(groups)], open_set)
        out.extend(_series_place([self._fact(r.mentions, r.number) for r in older]))
        buckets: dict[tuple[str | None, dt.date | None, bool], list[_Mention]] = {}
        for m in leftovers:
            place = venue.get(m.place, m.place) if m.place else None
            buckets.setdefault((place, m.date, m.leaders), []).append(m)
        self._anaphora(buckets)
        self._dateline_meeting(buckets)
        for (place, date, leaders), mm in list(buckets.items()):
            if place is None or date is not None:
                continue
            dated = [k for k in buckets if k[0] == place and k[1] is not None]
            months = self._months_after(mm) if dated else None
            if months and all(k[1] is not None and k[1].month not in months for k in dated):
                # "met Putin in Moscow in February" beside "in Moscow on March 13": a meeting
                # there in another month
                self._other_month.update(x.start for x in mm)
                continue
            if dated:
                del buckets[(place, date, leaders)]
                if len(dated) == 1:
                    buckets[dated[0]].extend(mm)
        for key in [k for k in buckets if k[2] and k[0] is not None]:
            twin = (key[0], key[1], False)
            if twin in buckets and all(
                x.status in (None, "held") for x in buckets[key] + buckets[twin]
            ):  # "the Alaska summit" and "talks in Anchorage": one meeting held
                buckets[twin].extend(buckets.pop(key))
        countries = lexicon().countries
        # a country or state is a coarser name of the one meeting held in a city there
        # ("talks in Florida on Sunday ... took place near Miami"): its dates go with it;
        # with no such city the meeting has no place yet (the place of a round is a city)
        for key in [k for k in buckets if k[0] in countries]:
            mm = buckets.pop(key)
            inside = lexicon().country_cities.get(key[0] or "")
            called_off = all(x.status == "cancelled" for x in mm)
            body = [x for x in mm if not x.heading]  # (a headline's tense is loose)
            sought = bool(body) and all(x.status in _AHEAD for x in body)
            homes = [
                k for k in buckets
                if k[0] and k[0] not in countries and k[2] == key[2]
                # "was due to meet X in Turkey, but the meeting was postponed ... instead met
                # Y in Ankara": the meeting called off is not the one held
                and called_off == all(x.status == "cancelled" for x in buckets[k])
                # "could travel to the United States to meet Trump": not the talks held in Miami
                and not (sought and all(x.status == "held" for x in buckets[k]))
                and (inside is None or k[0] in inside)
                and (k[1] is None or key[1] is None or k[1] == key[1])
            ]  # fmt: skip
            if len(homes) == 1:
                home = homes[0]
                new = (home[0], home[1] or key[1], home[2])
                for x in mm:
                    x.place = None  # the city names the meeting
                buckets[new] = buckets.pop(home) + mm
            elif key[1] is not None and any(r.date == key[1] for r in out):
                continue  # "a new meeting in Turkey on Wednesday": the round that day
            else:  # "possibly in Turkey", "talks in Florida on Sunday": no city named
                # (a trip sought is not one of the meetings held there: "hosted Dmitriev in
                # Miami last month ... could travel to the United States this week")
                named = (
                    inside is None
                    or any(r.place in inside and not (sought and r.status == "held") for r in out)
                    or any(
                        k[0] in inside
                        and not (sought and all(x.status == "held" for x in buckets[k]))
                        for k in buckets
                    )
                )
                for x in mm:
                    x.place, x.strong = None, True  # a meeting placed, if only by country
                    x.country = not named  # "talks in Florida", no city there named
                    if x.status in _AHEAD and key[1] is None and not named:
                        # "could travel to Saudi Arabia to meet the crown prince": a meeting
                        # sought there, unless a meeting in a city there is named
                        x.rel = "future"
                into = buckets.get((None, key[1], key[2]))
                if (
                    into
                    and all(x.status == "held" for x in mm)
                    and any(y.status in _AHEAD for y in into)
                ):
                    continue  # "the summit in Alaska" held is not the leaders' meeting sought
                buckets.setdefault((None, key[1], key[2]), []).extend(mm)
        nulls = 0
        first_null: tuple[bool, list[_Mention]] | None = None
        # "Witkoff's meeting with Putin was highly productive": the meeting placed already
        held_placed = any(
            k[0] is not None
            and (
                any(x.status == "held" for x in v)
                or (k[1] is not None and self.published is not None and k[1] < self.published)
            )
            for k, v in buckets.items()
        ) or any(r.place and r.status == "held" for r in out)
        for (place, date, leaders), mm in buckets.items():
            ahead = any(x.rel == "future" for x in mm)  # "another round in Abu Dhabi" to come
            if (place is not None or date is not None) and any(
                r.place == place
                and r.date == date
                and (r.description or not leaders)
                and not (ahead and date is None and r.status == "held")
                for r in out
            ):  # a leaders' meeting is not one of the delegations' rounds at its venue
                continue
            if place is None and date is None:
                if not (
                    leaders
                    or any(x.rel == "future" for x in mm)
                    # "the teams had held several days of talks in Florida": a meeting held
                    or any(x.country and x.status == "held" and not x.ref for x in mm)
                ):
                    continue
                if nulls and not (nulls == 1 and self._two_sought(leaders, mm, first_null, out)):
                    continue
                first_null = first_null or (leaders, mm)
                if (
                    leaders
                    and any(x.status == "held" for x in mm)
                    and not any(x.status in ("proposed", "scheduled") for x in mm)
                    and (held_placed or any(r.description and r.place for r in out))
                ):
                    continue  # "the summit": the leaders' meeting already placed
                nulls += 1
                if leaders and (pairs := _pairs_sought(mm)) is not None:
                    # "a meeting between Zelensky and Putin ... Trump said he would meet
                    # Putin as soon as it can be set up": two leaders' meetings sought
                    zelensky, trump = (self._fact(p, None) for p in pairs)
                    out.append(zelensky)
                    out.append(replace(trump, description="Trump-Putin " + trump.description))
                    continue
                tri = [x for x in mm if x.tri]
                if leaders and tri and len(tri) < len(mm):
                    # "a meeting between Putin and Zelensky, to be followed by a trilateral
                    # meeting": two meetings sought; "the summit" alone is the one placed
                    bi = [x for x in mm if not x.tri]
                    if not all(x.summit for x in bi) or not any(r.place for r in out):
                        out.append(self._fact(bi, None))
                    out.append(self._fact(tri, None))
                    continue
            if (
                not leaders
                and date is not None
                and place is None
                and not any(x.strong for x in mm)
            ):
                continue
            out.append(self._fact(mm, None))
        return _undated_repeats(_dedupe(self._news_day(out)), self._other_month)

    def _months_after(self, mm: list[_Mention]) -> set[int] | None:
        """The months of the mentions, None unless each names one."""
        months = set()
        for x in mm:
            if (month := self._month_after(x)) is None:
                return None
            months.add(month)
        return months

    def _month_after(self, m: _Mention) -> int | None:
        """The month a mention is placed in, past its place: "met Putin in Moscow in February"."""
        if " in " not in self.text[m.end : m.end + 60]:
            return None
        mm = _MONTH_ONLY.match(self.text, m.end)
        return dates.MONTHS[mm.group("mon").lower()[:3]] if mm else None

    def _fresh(self, m: _Mention) -> bool:
        """The mention's sentence reports it in the present perfect: "have ended", "has begun"."""
        return self._fresh_at(m.start, m.end)

    def _fresh_at(self, pos: int, end: int | None = None) -> bool:
        text = self.text
        stop = _SENT_STOP.search(text, pos if end is None else end)
        end = stop.start() if stop else len(text)
        start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
        seg = text[start:end]
        if " ha" not in seg and "lasted" not in seg and " after" not in seg:
            return False  # no "have"/"has", "lasted", "ended after": neither pattern can match
        # "the second day of the meeting has ended": a meeting that began before (or a day of one)
        return (
            _PERFECT.search(seg) is not None or _LASTED.search(seg) is not None
        ) and not _LATER_DAY.search(seg)

    def _two_sought(
        self,
        leaders: bool,
        mm: list[_Mention],
        first: tuple[bool, list[_Mention]] | None,
        out: list[RoundFact],
    ) -> bool:
        """A second meeting sought with no place or date: "proposed holding the next meeting at
        the end of June ... insists on a meeting of the leaders" (the delegations' next round
        and a summit)."""
        if first is None or first[0] == leaders:
            return False
        delegations = mm if not leaders else first[1]
        return (
            self._next_round(delegations)
            # "a fourth round ... open to a new round": the round is numbered already
            and all(r.status == "held" and r.date for r in out if r.number)
            # the next of the delegations' rounds: one of them was held, and the text numbers
            # its rounds ("the next meeting" after "the second round") or says "round"
            and any(r.status == "held" and not r.description for r in out)
            and (
                any(r.number for r in out)
                or any("round" in self.text[x.start : x.end] for x in delegations)
                # "the parties had agreed in principle to meet again"
                or any(_AGAIN.match(self.text, x.end) for x in delegations)
            )
        )

    def _next_round(self, mm: list[_Mention]) -> bool:
        """The delegations' next round is named, not asked about:
        "the date of the next round of consultations will be agreed"."""
        text = self.text
        for m in mm:
            if m.rel != "future" or not m.strong or m.leaders:
                continue
            if not (_NEXT_WORD.search(text, m.start, m.end) or _AGAIN.match(text, m.end)):
                continue
            stop = _SENT_STOP.search(text, m.end)
            if stop is not None and stop.group() == "?":
                continue  # "Is there any clarity on the next round?"
            return True
        return False

    def _dateline_meeting(
        self, buckets: dict[tuple[str | None, dt.date | None, bool], list[_Mention]]
    ) -> None:
        """ "MOSCOW, April 9. ... following talks with Fidan. The talks ... took place earlier
        on Thursday": a held meeting of the story's day with no place of its own is in the
        dateline's city, when the story names no other place for a meeting."""
        city = self.dateline_place
        if city is None or self.published is None:
            return
        venue = lexicon().venue_city
        day = self.header_date or self.published
        keys = [
            k for k in buckets
            if k[0] is None and k[1] == day and not k[2]
            and any(x.status == "held" for x in buckets[k])
        ]  # fmt: skip
        if len(keys) != 1 or any(
            k[1] == day and k[0] is not None and venue.get(k[0], k[0]) != city for k in buckets
        ):
            return
        mm = buckets.pop(keys[0])
        for x in mm:
            x.place = city
        buckets.setdefault((city, day, False), []).extend(mm)

    def _older_series(self, groups: dict[int, _Round]) -> list[_Round]:
        """ "the third round moved to Geneva on 17 February" and, a year before, "a third
        round on 23 July" in Istanbul: one ordinal dated far apart names rounds of two series.
        The latest keeps the number's group (the series the story follows); the older
        mentions, and the undated ones placed only where they were, become a round apart."""
        venue = lexicon().venue_city
        older: list[_Round] = []
        for n, g in groups.items():
            days = [x.date for x in g.mentions if x.date is not None and not x.weak]
            placed = {venue.get(x.place, x.place) for x in g.mentions if x.place}
            if len(placed) == 2 and days:
                # "the second Istanbul round on 2 June 2025" and "the second Abu Dhabi round":
                # the same ordinal in another city, never dated, is a round of another series
                dated = {venue.get(x.place, x.place) for x in g.mentions if x.place and x.date}
                other = [
                    x for x in g.mentions
                    if x.place and venue.get(x.place, x.place) not in dated and x.date is None
                ]  # fmt: skip
                if len(dated) == 1 and other:
                    g.mentions = [x for x in g.mentions if x not in other]
                    older.append(_Round(n, other))
                    continue
            if len(days) < 2 or max(days) - min(days) <= _OTHER_SERIES:
                continue
            latest = max(days)
            old = [x for x in g.mentions if x.date is not None and latest - x.date > _OTHER_SERIES]
            old_places = {venue.get(x.place, x.place) for x in old if x.place}
            new_places = {
                venue.get(x.place, x.place) for x in g.mentions if x.place and x not in old
            }
            old += [
                x for x in g.mentions
                if x.date is None and x.place and venue.get(x.place, x.place) in old_places
                and venue.get(x.place, x.place) not in new_places
            ]  # fmt: skip
            g.mentions = [x for x in g.mentions if x not in old]
            older.append(_Round(n, old))
        return older

    def _nth_days(self, groups: dict[int, _Round], loose: list[_Mention]) -> None:
        """ "the talks in Istanbul on May 16 and June 2 ... the second round": with as many
        held days named at its place as its number, an undated round is the last of them."""
        pub = self.published
        venue = lexicon().venue_city
        for n, g in groups.items():
            if n < 2 or any(x.date for x in g.mentions):
                continue
            places = {venue.get(x.place, x.place) for x in g.mentions if x.place}
            days = sorted(
                {
                    x.date for x in loose
                    if x.date is not None and x.place and not x.leaders
                    and (pub is None or x.date < pub)
                    and (not places or venue.get(x.place, x.place) in places)
                }
            )  # fmt: skip
            if len(days) == n and len({venue.get(x.place, x.place) for x in loose
                                       if x.date in days and x.place}) == 1:  # fmt: skip
                for x in loose:
                    if x.date == days[-1] and x.place:
                        x.number = n
                        g.mentions.append(x)
                loose[:] = [x for x in loose if x.number is None]

    def _anaphora(
        self, buckets: dict[tuple[str | None, dt.date | None, bool], list[_Mention]]
    ) -> None:
        """A dated mention without a place ("the talks began on Sunday") is the one placed
        meeting its date fits: undated, or dated by a later day of the meeting it began."""
        countries = lexicon().countries
        for key in [k for k in buckets if k[0] is None and k[1] is not None and not k[2]]:
            d = key[1]
            if d is None:
                continue
            past = self.published is not None and d < self.published
            ahead = (self.published is not None and d > self.published) or all(
                x.rel == "future" for x in buckets[key]
            )
            fits = [
                k
                for k in buckets
                if k[0] is not None
                and k[0] not in countries  # "talks in Florida": a coarser name of a city's
                and not k[2]
                and not all(x.ref for x in buckets[k])  # "before the trip to Vienna"
                and not all(x.rel == "future" for x in buckets[k])
                and not (past and all(x.status in _AHEAD for x in buckets[k]))
                and not (ahead and all(x.status == "held" for x in buckets[k]))
                and (
                    k[1] is None
                    or k[1] == d
                    or (d in self.starts and dt.timedelta(0) < k[1] - d <= _MAX_SPAN)
                )
            ]
            if len(fits) > 1:
                # "the talks, which began on Sunday": an anaphor names a meeting named before it
                first = min(x.start for x in buckets[key])
                before = [k for k in fits if min(x.start for x in buckets[k]) < first]
                if not before and len({k[0] for k in fits}) == 1:
                    # "... at their first talks on Friday. The meeting at the palace in
                    # Istanbul lasted two hours": the undated mention after it is the same one
                    before = [k for k in fits if k[1] is None]
                fits = before
            if len({k[0] for k in fits}) == 1 and len(fits) == 1:
                fit = fits[0]
                mm = buckets.pop(fit) + buckets.pop(key)
                # an undated meeting is dated now: "at the White House ... Monday's talks"
                buckets.setdefault((fit[0], fit[1] or d, fit[2]), []).extend(mm)

    def _fact(self, mm: list[_Mention], number: int | None) -> RoundFact:
        venue = lexicon().venue_city
        body = [m for m in mm if not m.heading] or mm
        place = _vote([m.place for m in body]) or _vote([m.place for m in mm])
        if place is not None:
            place = venue.get(place, place)
            if place in lexicon().countries:
                # "the third round could take place soon, possibly in the United States":
                # a country is no round's place
                place = None
        starts: list[dt.date | None] = [m.date for m in mm if m.date in self.starts]
        firm = [m for m in body if not m.weak] or [m for m in mm if not m.weak] or mm
        date = _vote(starts) or _vote([m.date for m in firm]) or _vote([m.date for m in mm])
        pub = self.published
        statuses = [m.status for m in mm if m.status]
        status: str
        if "cancelled" in statuses:
            status = "cancelled"
        elif date is not None and pub is not None and date != pub:
            if date < pub:
                status = "held"
            elif "scheduled" in statuses or "proposed" not in statuses:
                status = "scheduled"
            else:
                status = "proposed"
        elif "held" in statuses and not (date is None and any(m.rel == "future" for m in mm)):
            status = "held"
        elif "scheduled" in statuses:
            status = "scheduled"
        elif "proposed" in statuses or any(m.leaders for m in mm):
            status = "proposed"
        elif any(m.rel in ("past", "before") for m in mm):
            status = "held"
        else:
            status = "scheduled" if any(m.rel == "future" for m in mm) else "held"
        first = min(mm, key=lambda m: (m.heading, m.start))
        strong = any(m.strong for m in mm)
        conf = 0.5 + 0.15 * (place is not None) + 0.15 * (date is not None) + 0.15 * strong
        self._days[first.start] = max(m.days for m in mm)
        self._refs[first.start] = all(m.ref for m in mm)
        # "consultations in Istanbul have ended ... Peskov said the Istanbul meeting would
        # show": a meeting the story reports as just over was sought only before
        # (a headline's "next meeting proposed" is not the body's meeting sought)
        self._sought[first.start] = any(
            m.status in _AHEAD for m in mm if not m.heading or first.heading
        ) and not self._fresh(first)
        return RoundFact(
            number=number,
            place=place,
            date=date,
            status=status,
            span=Span(first.start, first.end),
            confidence=round(min(conf, 0.95), 2),
            description=(
                ("trilateral " if all(m.tri for m in mm) else "") + "leaders' meeting"
                if any(m.leaders for m in mm)
                else ""
            ),
        )


def _pairs_sought(mm: list[_Mention]) -> tuple[list[_Mention], list[_Mention]] | None:
    """The leaders' meetings sought split by who meets: Putin with Zelensky, Putin with Trump
    (each named in its sentence without the third); None unless both pairs are named."""
    zp = frozenset({"zelen", "putin"})
    tp = frozenset({"trump", "putin"})
    if not any(x.who == zp for x in mm) or not any(x.who == tp for x in mm):
        return None
    if any(x.tri for x in mm):
        return None
    trump = [x for x in mm if x.who == tp]
    if not all(x.status in _AHEAD and not x.summit for x in trump):
        return None  # "three days after Trump and Putin met in Anchorage": not sought
    return [x for x in mm if x.who != tp], trump


def _series_place(rounds: list[RoundFact], open_set: set[int] | None = None) -> list[RoundFact]:
    """A numbered round with no place takes the one place of its series; a round still to come
    (in `open_set`) keeps a null place: "a third round" has no venue yet."""
    places = {r.place for r in rounds if r.place}
    if len(places) != 1:
        return rounds
    only = next(iter(places))
    return [
        r
        if r.place or r.number is None or r.number in (open_set or ())
        else _replace_place(r, only)
        for r in rounds
    ]


def _replace_place(r: RoundFact, place: str) -> RoundFact:
    return RoundFact(r.number, place, r.date, r.status, r.span, r.confidence, r.description)


def _compatible(
    r: _Round, m: _Mention, venue: dict[str, str], starts: frozenset[dt.date] = frozenset()
) -> bool:
    places = {venue.get(x.place, x.place) for x in r.mentions if x.place}
    dates_ = {x.date for x in r.mentions if x.date}
    mp = venue.get(m.place, m.place) if m.place else None
    return (mp is None or not places or mp in places) and (
        m.date is None or not dates_ or any(_same_days(m.date, d, starts) for d in dates_)
    )


def _same_days(a: dt.date, b: dt.date, starts: frozenset[dt.date]) -> bool:
    """Two dates of one meeting: equal, or a later day of a meeting that began on the earlier."""
    return a == b or (min(a, b) in starts and abs(a - b) <= _MAX_SPAN)


def _vote(values: list[T | None]) -> T | None:
    counts: dict[T, int] = {}
    for v in values:
        if v is not None:
            counts[v] = counts.get(v, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda k: counts[k])


def _nearest(
    hits: list[tuple[T, int]], start: int, end: int, reach: int = 120, back: int = 60
) -> T | None:
    """The hit nearest after the mention within `reach`, else before it within `back`."""
    after = [h for h in hits if h[1] >= end]
    if after and after[0][1] - end < reach:
        return after[0][0]
    before = [h for h in hits if h[1] < start]
    if before and start - before[-1][1] < back:
        return before[-1][0]
    return None


def _other_place_first(
    places: list[tuple[str, int]], own: str, date_hits: list[tuple[dt.date, int]], end: int
) -> bool:
    """Another place stands between a mention with a place of its own and the next date: the
    date is that place's meeting's."""
    after = [p for _d, p in date_hits if p >= end]
    if not after:
        return False
    venue = lexicon().venue_city
    mine = venue.get(own, own)
    return any(end <= q < after[0] and venue.get(p, p) != mine for p, q in places)


def _own_place(places: list[tuple[str, int]], sent: str, start: int, end: int) -> str | None:
    """A place inside the mention or naming it just before: "the Washington meeting",
    "the Alaska summit", "Istanbul's talks". It binds before any place around the mention."""
    for place, pos in places:
        if start <= pos < end:
            return place
        if pos < start and sent[pos + len(place) : start] in (" ", "'s ", "’s "):
            return place
    return None


# an indefinite mention is not the meeting a sentence reports: "no point in a fourth round"
# "first ... since the resignation", "first ... in six years": the first of a kind; the first
# direct Russian-Ukrainian talks since 2022 opened the numbered series, though
_FIRST_SINCE = re.compile(
    r"(?:\s+[\w'’.,-]+){0,10}?\s+(?:since|in\s+(?:\w+\s+){0,3}(?:years?|months?|decades?))\b"
)
# "since 2021", "since the spring of 2022", "since March 2022": a time, not an event with a place
_SINCE_YEAR = re.compile(
    r"\s+(?:(?:the\s+)?(?:early\s+|late\s+)?(?:spring|summer|autumn|fall|winter|January|"
    r"February|March|April|May|June|July|August|September|October|November|December)\s+"
    r"(?:of\s+)?)?\d{4}\b"
)
_DIRECT = re.compile(
    r"\b(?:direct|Russian-Ukrainian|Ukrainian-Russian|Russia and Ukraine|Ukraine and Russia|"
    r"between the warring (?:countries|sides|nations))\b",
    re.I,
)
_TWO_COUNTRIES = re.compile(r"\bbetween the two (?:countries|sides|nations)\b", re.I)
_US = re.compile(r"\b(?:U\.S\.|(?:US|American|Americans|Washington)\b)")
_INDEFINITE = re.compile(r"\b(?:a|an|any|another|some)\s+(?:\S+\s+)?$", re.I)


def _indefinite(sent: str, start: int) -> bool:
    """The mention at `start` (or the word just after the indefinite article) is indefinite."""
    head = sent[max(0, start - 16) : start + 4]
    return bool(_INDEFINITE.search(sent, max(0, start - 16), start)) or bool(
        re.match(r"(?:a|an|any|another)\s", head[min(16, start) :], re.I)
    )


# a vague time phrase of the mention's own: "talks in Istanbul last week" is not dated by the
# other date of the sentence
_COARSE = re.compile(
    r"[^,;.]{0,40}?\b(?:(?:last|this|next|past|previous) (?:week|month|year|summer|spring|"
    r"autumn|fall|winter)|earlier this|"
    r"in (?:early|mid|late)[- ]\w+|(?:in|at the (?:start|end|beginning) of) "
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December))\b"
)


_COARSE_AHEAD = re.compile(r"[^,;.]{0,40}?\b(?:next|coming) (?:week|month)\b")


def _coarse_date(sent: str, end: int) -> bool:
    return _COARSE.match(sent, end, end + 60) is not None


# what may stand before a day that opens the sentence: "On Monday, ...", "SYBIHA: Today ..."
_LEAD = re.compile(
    r"(?:[A-Z][A-Z.'’ -]{1,30}:\s*)?(?:(?:as reported|meanwhile|earlier|separately|also),\s+)?"
    r"(?:(?:late|early|earlier|later) )?(?:on\s+)?",
    re.I,
)


def _lead_date(sent: str, hits: list[tuple[dt.date, int]]) -> dt.date | None:
    """The day that opens the sentence, which dates what the sentence reports."""
    if hits and hits[0][1] < 40 and _LEAD.fullmatch(sent, 0, hits[0][1]) is not None:
        return hits[0][0]
    return None


def _offset_days(off: re.Match[str]) -> int | None:
    """The days an _OFFSET or _LATER match counts ("a day", "two weeks"); None for "several"
    or months."""
    word, unit = off.group("n").lower(), off.group("u").lower()
    n = _OFFSET_N.get(word) or (int(word) if word.isdigit() else None)
    if n is None or unit.startswith("month"):
        return None
    return n * (7 if unit.startswith("week") else 1)


_READY_TO = re.compile(r"\b(?:ready|willing|prepared|readiness|offered)\s+to\s+\Z")
_PAST_TRIP = re.compile(r"\b(?:spent|visited|met|received|hosted|travell?ed|flew|arrived|came)\b")
_SUBJECT_GAP = re.compile(r"\s+(?:[\w.'’-]+\s+){0,6}?")


def _counted_from(off: re.Match[str], anchors: set[dt.date]) -> dt.date | None:
    """The day an _OFFSET phrase ("a day after", "two days before") counts to from the one
    anchor day of its sentence; None with no single anchor or no countable offset."""
    shift = _offset_days(off)
    if len(anchors) != 1 or shift is None:
        return None
    back = off.group("dir").lower() == "after"
    return next(iter(anchors)) + dt.timedelta(days=-shift if back else shift)


def _last_offset(sent: str, lo: int, hi: int) -> re.Match[str] | None:
    """An offset phrase ("a day after") whose clause's subject ends at `hi`."""
    for off in _OFFSET.finditer(sent, lo, hi):
        if _SUBJECT_GAP.fullmatch(sent, off.end(), hi):
            return off
    return None


def _owned(owned: list[tuple[dt.date, int]], start: int) -> dt.date | None:
    """A date owning the mention: "yesterday's meeting", "Sunday's talks"."""
    for d, end in owned:
        if 0 <= start - end <= 30:
            return d
    return None


def _undated_repeats(rounds: list[RoundFact], other_month: set[int]) -> list[RoundFact]:
    """An unnumbered, undated held meeting at a place where a dated one was held is that
    meeting named again ("the Geneva talks" after "talks in Geneva on Sunday")."""
    dated = {r.place for r in rounds if r.place and r.date and r.status == "held"}
    return [
        r
        for r in rounds
        if r.date
        or r.number is not None
        or r.status != "held"
        or r.place not in dated
        or r.span.start in other_month
    ]


def _dedupe(rounds: list[RoundFact]) -> list[RoundFact]:
    seen: set[tuple[int | None, str | None, dt.date | None, str]] = set()
    out = []
    for r in rounds:
        # two meetings sought with no place or date yet differ by their description
        k = (
            r.number,
            r.place,
            r.date,
            r.description if r.place is None and r.date is None else "",
        )
        if k in seen:
            continue
        seen.add(k)
        out.append(r)
    return out
