"""Case-insensitive regex tests run on lower-cased text without re.I (several times faster).

The lower-cased scan gives the same answer as the re.I scan whenever lower-casing keeps the
length of the text and the text has none of the four characters that re.I folds onto an ASCII
letter other than the way `str.lower` does (İ ı ſ K); otherwise the re.I pattern runs.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile("[\u0130\u0131\u017f\u212a]")


def foldable(text: str, low: str) -> bool:
    """True when `low` (text.lower()) can stand in for `text` under a re.I pattern."""
    return len(low) == len(text) and _UNSAFE.search(text) is None


class Caseless:
    """A re.I pattern with a lower-case twin; `found` says whether it occurs in a text."""

    __slots__ = ("low", "rx")

    def __init__(self, pattern: str) -> None:
        if not pattern.isascii() or re.search(r"\\[A-Z]", pattern):
            raise ValueError("only ASCII patterns without upper-case escapes fold")
        self.rx = re.compile(pattern, re.I)
        self.low = re.compile(pattern.lower().replace("(?p<", "(?P<"))

    @property
    def pattern(self) -> str:
        return self.rx.pattern

    def found(self, text: str, low: str | None = None, safe: bool | None = None) -> bool:
        """re.I search of `text`; `low` is text.lower() and `safe` is foldable(text, low)."""
        if low is None:
            low = text.lower()
        if safe is None:
            safe = foldable(text, low)
        if safe:
            return self.low.search(low) is not None
        return self.rx.search(text) is not None
