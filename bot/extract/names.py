"""Person-name normalisation: one key for every transliteration of a name.

`name_key("Volodymyr Zelenskyy") == name_key("Volodymyr Zelensky")` and
`name_key("Sibiga") == name_key("Sybiha")`, while `Zakharov` and `Zakharova` keep different keys.
Keys are exact-match identities; fuzzy similarity (rapidfuzz) may only *propose* a candidate.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Ordered rewrite rules applied to a lower-case ASCII word.
_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"[^a-z]", ""),
        (r"shch", "sc"),
        (r"zh", "z"),
        (r"kh", "h"),
        (r"ts", "c"),
        (r"tz", "c"),
        (r"ch", "c"),
        (r"sh", "s"),
        (r"ck", "k"),
        (r"ph", "f"),
        (r"w", "v"),
        (r"x", "ks"),
        (r"q", "k"),
        (r"j", "i"),
        (r"y", "i"),
        (r"h", "g"),
        (r"ie", "e"),
        (r"ii", "i"),
        (r"ei", "e"),
        (r"([a-z])\1+", r"\1"),
        (r"i([aeou])", r"\1"),
    )
)

_SPLIT = re.compile(r"[\s\-]+")
_INITIAL = re.compile(r"[^\W\d_]\.")  # a middle initial is not part of the identity
_TITLES = frozenset(
    {"mr", "mrs", "ms", "dr", "sir", "madam", "mister", "sheikh", "shaikh", "sheik", "prince"}
)


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=16384)  # pure; the same words recur through every text
def word_key(word: str) -> str:
    """The transliteration key of one word ("Zelenskyy" -> "zelenski")."""
    w = _ascii(word)
    w = w.removesuffix("'s").removesuffix("’s")
    for pattern, repl in _RULES:
        w = pattern.sub(repl, w)
    return w


@lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """Normalised key of a person's name: words keyed and joined by one space.

    Honorifics (Mr, Dr) and middle initials ("Donald J. Trump") are dropped. Exported for the
    store/ingest layer; compare keys, never raw names.
    """
    words = [w for w in _SPLIT.split(name.strip()) if w]
    keys = [
        word_key(w)
        for w in words
        if _ascii(w).strip(".") not in _TITLES and not _INITIAL.fullmatch(w)
    ]
    return " ".join(k for k in keys if k)


def surname_key(name: str) -> str:
    """Key of the last word of a name ("Keith Kellogg" -> key of "Kellogg")."""
    key = name_key(name)
    return key.rsplit(" ", 1)[-1] if key else ""


def same_person(a: str, b: str) -> bool:
    """True when two names are the same person by key: equal keys, or one is only the surname."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    if " " not in ka or " " not in kb:
        return ka.rsplit(" ", 1)[-1] == kb.rsplit(" ", 1)[-1]
    return False
