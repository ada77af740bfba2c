"""Topic tags for a statement, from compiled keyword patterns."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from bot.extract.fold import Caseless, foldable

_TOPIC_PATTERNS: tuple[tuple[str, Caseless], ...] = tuple(
    (name, Caseless(p))
    for name, p in (
        (
            "memorandum",
            r"(?<!Budapest )\bmemorand(?:um|a|ums)\b"
            r"(?! (?:of|on) (?:understanding|intent|cooperation|partnership))",
        ),
        (
            "ceasefire",
            r"\bcease[- ]?fire|\btruce\b|\barmistice\b|\bstop (?:the )?(?:fighting|killing)",
        ),
        (
            "prisoner_exchange",
            r"\bprisoners?\b|\bPOWs?\b|\bexchange(?:s|d)?\b|\bswap|\b\d+ for \d+\b|\bcaptives?\b"
            r"|\bdeportees?\b|\bbodies\b|\brepatriat",
        ),
        (
            "venue_date",
            r"\bvenue\b|\bplatform\b|\bIstanbul\b|\bGeneva\b|\bRiyadh\b|\bJeddah\b|\bVatican\b"
            r"|\bAbu Dhabi\b|\bdate\b|\bnext (?:round|meeting|week)\b|\bon (?:Monday|Tuesday|"
            r"Wednesday|Thursday|Friday|Saturday|Sunday)\b|\bwill (?:take place|be held)\b"
            r"|\buntil Monday\b|\bmeet(?:ing)? (?:in|on)\b",
        ),
        ("delegation", r"\bdelegations?\b|\bnegotiating team\b|\bnegotiators?\b"),
        ("sanctions", r"\bsanction"),
        (
            "peace_plan",
            r"\bpeace (?:plan|deal|agreement|proposal|formula|framework|settlement|treaty)"
            r"|\b\d+[- ]point\b|\b\d+ points\b|\bplan\b|\bproposals?\b|\bdraft\b"
            r"|\bend (?:of )?the war",
        ),
        (
            "security_guarantees",
            r"\bsecurity guarantees?\b|\bguarantees?\b|\bNATO\b|\bpeacekeep|\breassurance force"
            r"|\bcoalition of the willing\b|\bsecurity advisers\b",
        ),
        (
            "territory",
            r"\bterritor|\bCrimea\b|\bDonbas|\bDonetsk\b|\bLuhansk\b|\bZaporizh|\bKherson\b"
            r"|\bregions?\b|\boccupied\b|\bborders?\b|\bline of contact\b|\bfront ?line\b"
            r"|\bwithdraw",
        ),
    )
)


# Cheap substring tests (on the lower-cased text) before each topic's regex runs.
_HINTS = {
    "memorandum": ("memorand",),
    "ceasefire": ("cease", "truce", "armistice", "stop "),
    "prisoner_exchange": ("prisoner", "pow", "exchang", "swap", " for ", "captive", "deport",
                          "bodies", "repatriat"),
    "venue_date": ("venue", "platform", "istanbul", "geneva", "riyadh", "jeddah", "vatican",
                   "abu dhabi", "date", "next ", "day", "will ", "meet"),
    "delegation": ("delegation", "negotiat"),
    "sanctions": ("sanction",),
    "peace_plan": ("peace ", "point", "plan", "proposal", "draft", "end "),
    "security_guarantees": ("guarantee", "nato", "peacekeep", "reassurance", "coalition",
                            "security advisers"),
    "territory": ("territor", "crimea", "donbas", "donetsk", "luhansk", "zaporizh", "kherson",
                  "region", "occupied", "border", "line", "withdraw"),
}  # fmt: skip


_TOPICS = tuple((name, _HINTS[name], pat) for name, pat in _TOPIC_PATTERNS)


@lru_cache(maxsize=2048)  # pure; a statement's text is tagged more than once
def topics_of(text: str) -> tuple[str, ...]:
    """Topics in a fixed order (memorandum first); ("other",) when none applies."""
    low = text.lower()
    safe = foldable(text, low)
    found: list[str] = []
    for name, hints, pat in _TOPICS:
        for hint in hints:
            if hint in low:  # the first hint found decides whether the pattern runs
                if pat.found(text, low, safe):
                    found.append(name)
                break
    return tuple(found) or ("other",)


# Which document the article last named before a statement: a statement's bare "memorandum" is
# that one ("... signed a memorandum of understanding. He said the memorandum ..."), and "the
# text"/"the document" in a statement refers back to it.
_MEMO_AT = re.compile(
    r"memorand(?:um|a|ums)\b(?P<mou> (?:of|on) (?:understanding|intent|cooperation|partnership))?",
    re.I,
)
# the 1994 Budapest Memorandum, named anywhere in the memorandum's sentence ("one memorandum
# ... - the Budapest one"); the Budapest summit is another matter
_BUDAPEST = re.compile(r"\b(?:Budapest\b(?! (?:summit|meeting|talks))|1994\b)")
_OTHER_DOC = re.compile(
    r"\b(?:plan|proposals?|framework|agreement|declaration|treaty|statement|letter|resolution"
    r"|communiqu[eé]|deal)\b",
    re.I,
)
# "the text", "this document", "the Istanbul document" (not "the American text": a US plan)
_DOC_ANAPHOR = re.compile(
    r"\b(?:the|this|that) (?:(?:Istanbul|Russian|Ukrainian) )?(?:text|document|paper)\b", re.I
)
_PEACE = re.compile(
    r"\b(?:ceasefire|truce|peace|settlement|war|Russia\w*|Moscow|Kremlin|Istanbul|"
    r"negotiat\w*|delegations?|parties)\b",
    re.I,
)
_PEACE_STATEMENT = re.compile(
    r"\b(?:ceasefire|truce|peace|settlement|war|Russia\w*|Moscow|Kremlin|Istanbul|"
    r"negotiat\w*|delegations?)\b",
    re.I,
)
_PEACE_TALKS = re.compile(
    r"\b(?:ceasefire|truce|peace|settlement|Istanbul|negotiat\w*|delegations?)\b", re.I
)
_ANAPHOR_REACH = 1000  # an antecedent further back than this is not what "the text" means


class DocContext:
    """The documents an article names, in order: "memo" (the negotiation memorandum), "other"
    (a memorandum of understanding/intent, the Budapest Memorandum) or "doc" (a plan, a treaty).

    A bare "memorandum" is the one named before it unless its own sentence is about the war.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = []  # memorandum mentions
        self.kinds: list[str] = []
        low = text.lower()
        prev = "memo"
        i = low.find("memorand")
        while i >= 0:
            m = _MEMO_AT.match(text, i)
            if m is not None and (i == 0 or not text[i - 1].isalnum()):
                lo = max(text.rfind(". ", 0, i), text.rfind("\n", 0, i))
                hi = min(_find(text, ". ", m.end()), _find(text, "\n", m.end()))
                if m.group("mou") or _BUDAPEST.search(text, lo + 1, hi):
                    kind = prev = "other"
                else:
                    # after the Budapest Memorandum, "in Moscow" or "Russia" in the sentence
                    # does not make a bare "memorandum" the negotiation one
                    peace = _PEACE if prev == "memo" else _PEACE_TALKS
                    kind = prev = "memo" if peace.search(text, lo + 1, hi) else prev
                self.starts.append(i)
                self.kinds.append(kind)
            i = low.find("memorand", i + 8)

    def _last_memo(self, before: int) -> tuple[int, str] | None:
        i = bisect.bisect_left(self.starts, before) - 1
        return (self.starts[i], self.kinds[i]) if i >= 0 else None

    def topics(self, text: str, start: int, topics: tuple[str, ...]) -> tuple[str, ...]:
        """`topics` of a statement at `start`, with the memorandum set by the document context."""
        if not self.starts:
            return topics
        if "memorandum" in topics:
            last = self._last_memo(start + len(text))
            # ("both parties" of a minerals memorandum do not make it the negotiation one)
            if last is not None and last[1] == "other" and not _PEACE_STATEMENT.search(text):
                return tuple(t for t in topics if t != "memorandum") or ("other",)
            return topics
        if _has_doc_noun(text) and _DOC_ANAPHOR.search(text):
            last = self._last_memo(start)
            if last is None or last[1] != "memo" or start - last[0] > _ANAPHOR_REACH:
                return topics
            if _OTHER_DOC.search(self.text, last[0], start):
                return topics  # a plan or a treaty was named after the memorandum
            return ("memorandum", *(t for t in topics if t != "other"))
        return topics


def _has_doc_noun(text: str) -> bool:
    """A cheap test _DOC_ANAPHOR needs: one of its nouns in the lower-cased text (re.I folds no
    other character onto the letters of "text", "document" or "paper")."""
    low = text.lower()
    return "text" in low or "document" in low or "paper" in low


def _find(text: str, sub: str, pos: int) -> int:
    i = text.find(sub, pos)
    return len(text) if i < 0 else i
