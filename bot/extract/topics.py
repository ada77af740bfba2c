"""Topic tags for a statement, from compiled keyword patterns."""

from __future__ import annotations

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
