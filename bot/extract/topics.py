"""Topic tags for a statement, from compiled keyword patterns."""

from __future__ import annotations

import bisect
import re

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


def topics_of(text: str) -> tuple[str, ...]:
    """Topics in a fixed order (memorandum first); ("other",) when none applies."""
    low = text.lower()
    safe = foldable(text, low)
    found = tuple(
        name
        for name, pat in _TOPIC_PATTERNS
        if any(map(low.__contains__, _HINTS[name])) and pat.found(text, low, safe)
    )
    return found or ("other",)


# Which document the article last named before a statement: a statement's bare "memorandum" is
# that one ("... signed a memorandum of understanding. He said the memorandum ..."), and "the
# text"/"the document" in a statement refers back to it.
_DOC = re.compile(
    r"\b(?:(?P<bud>Budapest )?memorand(?:um|a|ums)\b"
    r"(?P<mou> (?:of|on) (?:understanding|intent|cooperation|partnership))?"
    r"|(?P<doc>plan|proposals?|framework|agreement|declaration|treaty|statement|letter"
    r"|resolution|communiqu[eé]|deal))\b",
    re.I,
)
_DOC_ANAPHOR = re.compile(r"\b(?:the|this|that) (?:text|document|paper)\b", re.I)
_PEACE = re.compile(
    r"\b(?:ceasefire|truce|peace|settlement|war|Russia\w*|Moscow|Kremlin|Istanbul|"
    r"negotiat\w*|delegations?|parties)\b",
    re.I,
)
_ANAPHOR_REACH = 1000  # an antecedent further back than this is not what "the text" means


class DocContext:
    """The documents an article names, in order: "memo" (the negotiation memorandum), "other"
    (a memorandum of understanding/intent, the Budapest Memorandum) or "doc" (a plan, a treaty).

    A bare "memorandum" is the one named before it unless its own sentence is about the war.
    """

    def __init__(self, text: str) -> None:
        self.starts: list[int] = []
        self.kinds: list[str] = []
        if "memorand" not in text.lower():
            return
        prev = "memo"
        for m in _DOC.finditer(text):
            if m.group("doc"):
                kind = "doc"
            elif m.group("bud") or m.group("mou"):
                kind = prev = "other"
            else:
                lo = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()))
                hi = min(_find(text, ". ", m.end()), _find(text, "\n", m.end()))
                kind = prev = "memo" if _PEACE.search(text, lo + 1, hi) else prev
            self.starts.append(m.start())
            self.kinds.append(kind)

    def _last(self, before: int) -> tuple[int, str] | None:
        i = bisect.bisect_left(self.starts, before) - 1
        return (self.starts[i], self.kinds[i]) if i >= 0 else None

    def _last_memo(self, before: int) -> str | None:
        i = bisect.bisect_left(self.starts, before) - 1
        while i >= 0 and self.kinds[i] == "doc":
            i -= 1
        return self.kinds[i] if i >= 0 else None

    def topics(self, text: str, start: int, topics: tuple[str, ...]) -> tuple[str, ...]:
        """`topics` of a statement at `start`, with the memorandum set by the document context."""
        if not self.starts:
            return topics
        if "memorandum" in topics:
            if self._last_memo(start + len(text)) == "other" and not _PEACE.search(text):
                return tuple(t for t in topics if t != "memorandum") or ("other",)
            return topics
        if _DOC_ANAPHOR.search(text):
            last = self._last(start)
            if last is not None and last[1] == "memo" and start - last[0] <= _ANAPHOR_REACH:
                return ("memorandum", *(t for t in topics if t != "other"))
        return topics


def _find(text: str, sub: str, pos: int) -> int:
    i = text.find(sub, pos)
    return len(text) if i < 0 else i
