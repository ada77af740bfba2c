"""People: full names with the role and side the text gives, and every later mention of them.

A capitalised run of words is split into names by (1) the curated actors (exact transliteration
key of a full name, alias or unique surname), (2) a known given name followed by a surname, or
(3) a job title right before or after the words ("Special Representative ... Keith Kellogg",
"John Doe, the spokesman of ..."). Surname-only mentions resolve to a person already named in the
article, or to a curated actor. A fuzzy score never decides identity.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from bot.extract.clean import heading_text, title_text
from bot.extract.lexicon import Actor, find_actor, lexicon
from bot.extract.names import name_key, surname_key, word_key

# a middle initial ("Donald J. Trump") only inside a run: a capitalised word must follow
_NAME_WORD = r"(?:[A-Z](?:\.[A-Z])+\.?|[A-Z]\.(?=[ \t]+[A-ZÀ-ÞĀ-Ž])|[A-ZÀ-ÞĀ-Ž][\w'’\-]*)"
# _NAME_WORD with its capital taken first (a leading character class lets re skip to capitals)
# and the lookbehind moved past it; (?<=[A-Z]) keeps the first two forms to ASCII capitals
_RUN = re.compile(
    r"[A-ZÀ-ÞĀ-Ž](?<![\w'’\-].)"
    r"(?:(?<=[A-Z])(?:\.[A-Z])+\.?|(?<=[A-Z])\.(?=[ \t]+[A-ZÀ-ÞĀ-Ž])|[\w'’\-]*)"
    r"(?:[ \t]+(?:(?:von|der|van|de|al|bin|ibn|la|le)[ \t]+){0,2}" + _NAME_WORD + r")*"
)
# a surname particle joins the word after it: "Ursula von der Leyen" -> "Ursula", "von der Leyen"
_TOK = re.compile(r"(?:(?:von|der|van|de|al|bin|ibn|la|le|Al|Bin|Ibn|Bint)[ \t]+)*" + _NAME_WORD)
# a regnal number after a given name ("Pope Leo XIV", "King Charles III")
_REGNAL = re.compile(r"[IVX]{1,5}")

_CONNECTORS = frozenset(["of", "the", "for", "to", "on", "and", "in", "at", "with", "'s", "from"])
_ROLE_LOWER_OK = frozenset(
    [
        "affairs",
        "state",
        "aggressor",
        "foreign",
        "defense",
        "defence",
        "delegation",
        "office",
        "ministry",
        "security",
        "council",
        "national",
        "president",
        "group",
        "team",
        "side",
        "country",
        "forces",
        "staff",
        "armed",
        "general",
        "intelligence",
        "committee",
        "commission",
        "parliament",
        "department",
        "house",
        "rights",
        "human",
        "military",
        "federation",
        "country's",
        "government",
        "peace",
        "administration",
        "economic",
        "development",
        "cabinet",
        "press",
        "affair",
        "foreign",
        "policy",
        "united",
        "nations",
        "ukrainian",
        "russian",
        "american",
        "turkish",
        "european",
        "kremlin",
        "white",
        "republic",
        "humanitarian",
        "issues",
        "questions",
        "presidential",
        "deputy",
        "acting",
        "first",
        "special",
        "chief",
        "senior",
        "former",
        "permanent",
        "prime",
        "vice",
        "executive",
        "top",
        "main",
        "newly",
        "appointed",
        "interim",
        "national",
        "external",
        "relations",
        "war",
        "prisoners",
        "prisoner",
        "treatment",
        "coordination",
        "headquarters",
        "verkhovna",
        "rada",
        "duma",
        "international",
        "ministry's",
        "president's",
        "office's",
        "secretariat",
        "energy",
        "justice",
        "interior",
        "economy",
        "finance",
        "trade",
        "environment",
        "digital",
        "transformation",
        "reintegration",
        "occupied",
        "territories",
        "temporarily",
        "faction",
        "party",
        "agency",
        "service",
        "bureau",
        "directorate",
        "board",
        "fund",
        "bank",
        "company",
        "corporation",
        "regime",
        "regional",
        "city",
        "municipal",
        "provincial",
    ]
)
# a surname used as a modifier of an institution, not a mention of the person
_ATTRIBUTIVE = re.compile(r"[ \t]+administration\b")
_PATRONYMIC = ("ovich", "evich", "ovych", "evych", "ovna", "evna", "ivna", "ichna")
_FEMALE_ENDINGS = ("ova", "eva", "ina", "skaya", "ska", "tskaya", "yeva", "kaya")
_FEMALE_ROLES = re.compile(r"\b(?:spokeswoman|chairwoman|congresswoman|businesswoman|she)\b", re.I)


@dataclass(slots=True)
class Person:
    name: str
    key: str
    actor: Actor | None
    start: int
    end: int
    role: str | None = None
    role_start: int = -1
    side: str | None = None
    gender: str | None = None
    aliases: list[str] = field(default_factory=list)
    named: bool = True  # found by name in the text (not only by a role noun)


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    person: int  # index into the person list
    full: bool  # full name (not surname only)


@lru_cache(maxsize=16384)  # pure: the lexicon is fixed for the process
def _is_title_word(word: str) -> bool:
    lw = word.lower().removesuffix("'s").removesuffix("’s")
    lex = lexicon()
    return lw in lex.not_name_words or lw in lex.role_keywords or lw in lex.role_modifiers


def _gender(name: str, role: str | None, actor: Actor | None) -> str | None:
    if actor is not None and actor.gender:
        return actor.gender
    if role and _FEMALE_ROLES.search(role):
        return "f"
    parts = name.lower().split()
    if len(parts) >= 2 and parts[-1].endswith(_FEMALE_ENDINGS):
        return "f"
    if len(parts) >= 2 and parts[-1].endswith(("ov", "ev", "in", "sky", "skyi", "skiy", "ko")):
        return "m"
    return None


_WORDS_LEFT = re.compile(r"[\w'’.\-]+|[,;:()\"“”«»„—–]")


# words that end a title going left: a preposition or verb phrase before it ("According to
# President X"), a pronoun, a time word, a dash after a dateline ("KYIV — Ukrainian President X")
_LEFT_STOP = frozenset(
    [
        "and",
        ".",
        "according",
        "by",
        "as",
        "also",
        "but",
        "however",
        "meanwhile",
        "after",
        "before",
        "during",
        "when",
        "while",
        "if",
        "this",
        "that",
        "these",
        "those",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "our",
        "its",
        "there",
        "here",
        "what",
        "who",
        "why",
        "how",
        "where",
        "which",
        "read",
        "photo",
        "video",
        "speaking",
        "asked",
        "today",
        "yesterday",
        "tomorrow",
        "said",
        "says",
        "told",
        "-",
        "—",
        "–",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)


@lru_cache(maxsize=16384)  # pure: the lexicon is fixed for the process
def _is_name_word(word: str) -> bool:
    """A given name or a curated actor's name word: a title never runs across it."""
    lex = lexicon()
    k = word_key(word.removesuffix("'s").removesuffix("’s"))
    return bool(k) and (k in lex.first_names or k in lex.by_key or k in lex.by_surname)


@lru_cache(maxsize=16384)  # pure: the lexicon is fixed for the process
def _role_word(word: str) -> bool:
    lex = lexicon()
    base = word.lower().removesuffix("'s").removesuffix("’s")
    return (
        base in lex.role_keywords
        or base in lex.role_modifiers
        or base in _ROLE_LOWER_OK
        or (base in lex.not_name_words and word not in _PLACE_WORDS() and base not in _CONNECTORS)
    )


@lru_cache(maxsize=1)
def _PLACE_WORDS() -> frozenset[str]:
    return frozenset(w for p in lexicon().places for w in p.split())


# an organisation's acronym before a title word ("NSDC Secretary X")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_RANKS = frozenset(
    [
        *("lt", "col", "gen", "maj", "capt", "sgt", "adm", "cpl", "pvt", "brig", "cmdr", "dr"),
        *("prof", "admiral", "colonel", "lieutenant", "captain", "sergeant", "marshal", "major"),
        # honorifics belong to neither the title nor the name ("Minister ... H.E. Hakan Fidan")
        *("h.e", "mr", "mrs", "ms", "sir", "excellency", "his", "her", "madam"),
        *("sheikh", "shaikh", "sheik"),
        *("cardinal", "archbishop", "bishop", "metropolitan", "patriarch", "rabbi", "imam"),
    ]
)
# words that may stand before an inner "the" of a title ("Head of the Office of the President")
_TITLE_INNER = frozenset(["of", "for", "on", "and", "to"])


def _determined(toks: list[tuple[str, int]], window: list[tuple[str, int]], k: int) -> bool:
    """A title before ", Name" opens with "the", "a" or a possessive ("the UK prime minister,")."""
    words = [w.lower() for w, _p in window[: k + 1]]
    first = window[0][1]
    before = [w.lower() for w, p in toks if p < first][-1:]
    return any(w in ("the", "a", "an") or w.endswith(("'s", "’s")) for w in before + words)


# institutions: "X Council and Y official" joins two titles, not one long name
_INSTITUTIONS = frozenset(
    ["council", "department", "ministry", "office", "committee", "commission", "agency",
     "service", "bureau", "directorate", "government", "parliament", "fund", "bank"]
)  # fmt: skip
# capitalised at the start of a sentence, never an organisation before a title
_SENTENCE_WORDS = frozenset(
    ["then", "now", "later", "earlier", "so", "thus", "still", "since", "once", "again",
     "finally", "first", "second", "next", "last", "former", "both", "another", "new", "only",
     "even", "just", "perhaps", "maybe", "instead", "indeed", "yet", "today", "tonight"]
)  # fmt: skip


def _org_word(word: str, text: str) -> bool:
    """An organisation's one-word name before a title ("Naftogaz chief", "Ukrenergo head"):
    a capitalised word the text never writes in lower case (not "Only President X")."""
    lw = word.lower()
    return (
        word[:1].isupper()
        and word[1:].islower()
        and len(word) > 3
        and word.isalpha()
        and lw not in _SENTENCE_WORDS
        and not _role_word(word)
        and not _is_name_word(word)
        and lw not in lexicon().not_name_words
        and lw not in text  # the one test that reads the whole text: last
    )


# prepositions that join a title only to a capitalised name ("Cooperation with Foreign Countries")
_LOOSE_PREPS = frozenset(["with", "in", "at", "from"])
# words that open a question line before a name ("Will Putin and Zelensky meet?")
_QUESTION_OPENERS = frozenset(
    ["Will", "Can", "Could", "Would", "Should", "Did", "Does", "Do", "Is", "Are", "Was", "Has",
     "Have", "May", "Might", "Must", "Why", "How", "What", "When", "Where", "Who"]
)  # fmt: skip


def _title_cap(word: str) -> bool:
    return word[:1].isupper() and not word.endswith(("'s", "’s"))


_PARTICLES = frozenset(["von", "der", "van", "de", "al", "bin", "ibn", "la", "le"])


def _after_name(toks: list[tuple[str, int]], i: int) -> bool:
    """The token at i ends a person's name: a given name stands before it ("Grigory Karasin",
    "Faisal bin Farhan")."""
    if i <= 0 or not toks[i][0][:1].isupper():
        return False
    j = i - 1
    while j > 0 and toks[j][0].lower() in _PARTICLES and i - j < 3:
        j -= 1
    return word_key(toks[j][0]) in lexicon().first_names


def _compound_modifier(word: str) -> bool:
    """A hyphenated title modifier made of title words: "foreign-policy aide"."""
    if "-" not in word:
        return False
    lex = lexicon()
    parts = word.split("-")
    return all(p in _ROLE_LOWER_OK or p in lex.role_modifiers for p in parts)


def _own_title(window: list[tuple[str, int]], k: int) -> int:
    """Where the name's own title starts: "an aide to President X", "head of President X's
    office" -> "President". A capitalised title ending in a title word right after "to"/"of"
    (without "the": "Special Representative of the US President X" keeps its whole title)."""
    lex = lexicon()
    words = [w for w, _p in window]
    for j in range(len(words) - 2, k - 1, -1):
        if words[j].lower() not in ("to", "of"):
            continue
        tail = words[j + 1 :]
        if all(_title_cap(w) for w in tail) and tail[-1].lower() in lex.role_keywords:
            return j + 1
        break
    return k


# left_role reads the words right before a name first: it needs the words it walks over and
# up to four before them, so a shorter stretch decides most names without reading 220 characters
_NEAR_CHARS = 100
_MARGIN = 5


def left_role(text: str, start: int, floor: int) -> tuple[str | None, int]:
    """The job title right before a name ("the Minister of Defense of Ukraine Rustem Umerov")."""
    lo = max(floor, start - 220)
    if start - _NEAR_CHARS > lo:
        found = _left_role(text, start, start - _NEAR_CHARS, True)
        if found is not None:
            return found
    return _left_role(text, start, lo, False) or (None, -1)


def _left_role(text: str, start: int, lo: int, near: bool) -> tuple[str | None, int] | None:
    """left_role over the words of text[lo:start]; `near`: a stretch cut short, whose first
    word may be cut too (None when the answer may need the words before it)."""
    chunk = text[lo:start]
    toks = [(m.group(), lo + m.start()) for m in _WORDS_LEFT.finditer(chunk)]
    if near:
        # words after the first are the same as in a longer stretch
        toks = toks[1:]
        if len(toks) <= 2 * _MARGIN:
            return None
    while toks and toks[-1][0].lower().rstrip(".") in _RANKS:
        toks.pop()  # "the head of the GRU, Admiral X"
    if (
        len(toks) > 1
        and toks[-1][0] == "Prince"
        and toks[-2][0].lower() in lexicon().role_keywords
    ):
        toks.pop()  # "Saudi Foreign Minister Prince X": a royal's honorific, not the title
    comma = bool(toks) and toks[-1][0] == ","
    if comma:
        toks.pop()
    lex = lexicon()
    window: list[tuple[str, int]] = []
    owner = False
    if near and len(toks) <= _MARGIN:
        return None
    for at in range(len(toks) - 1, -1, -1):
        if near and at < _MARGIN:
            return None  # the title may go on into the words before the stretch
        word, pos = toks[at]
        lw = word.lower()
        base = lw.removesuffix("'s").removesuffix("’s")
        if lw == "and" and window and window[-1][0][:1].isupper():
            prev_tok = toks[at - 1][0] if at else ""
            if (
                prev_tok[:1].isupper()
                and not _is_name_word(prev_tok)
                and prev_tok.lower() not in _INSTITUTIONS
                and not _after_name(toks, at - 1)
            ):
                window.append((word, pos))  # "National Security and Defense Council"
                continue
        if (
            lw in _LEFT_STOP
            or (word.isupper() and word.title() in _PLACE_WORDS())
            or (
                word.endswith(".")
                and len(word) > 4
                and word[:-1].isalpha()
                and base[:-1] not in _RANKS
            )
        ):
            break
        if lw == "the" and window and (toks[at - 1][0] if at else "").lower() not in _TITLE_INNER:
            break  # "on Sunday with the US special envoy X": the title starts after "with"
        if lw in _LOOSE_PREPS and window and not _title_cap(window[-1][0]):
            break  # "met in the city with Ukraine's lead negotiator, X": not "Cooperation with"
        if not window and base.endswith("s") and base[:-1] in lex.role_keywords:
            word, base = word[:-1], base[:-1]  # "U.S. envoys Steve Witkoff and Jared Kushner"
        if word[:1].isupper() and window and _is_name_word(word):
            # the person whose title it is: "Putin aide X", "President Donald Trump's envoy X"
            possessive = lw.endswith(("'s", "’s"))
            if owner:
                if possessive:
                    break
                window.append((word, pos))
                continue
            if possessive or window[-1][0].lower() in lex.role_keywords:
                owner = True
                window.append((word, pos))
                if possessive:
                    continue
            break
        ok = (
            (word[:1].isupper() and not _is_name_word(word))
            or lw in _CONNECTORS
            or base in _ROLE_LOWER_OK
            or base in lex.role_keywords
            or base in lex.role_modifiers
            or _compound_modifier(base)
        )
        if not ok or not word[:1].isalnum() or len(window) >= 16:
            break
        window.append((word, pos))
    while window and window[0][0].lower().rstrip(".") in _RANKS:
        window.pop(0)  # "spokesperson Lt. Col. Jane Doe": the rank belongs to the name
    window.reverse()
    if not any(w.lower() in lex.role_keywords for w, _p in window):
        return None, -1
    # the title starts at its first title word (not a connector, a place or a possessive)
    k = 0
    while k < len(window):
        w = window[k][0]
        if owner and w[:1].isupper() and _is_name_word(w):
            break
        if (
            k == 0
            and len(window) > 1
            and window[1][0].lower() in lex.role_keywords
            and _org_word(w, text)
        ):
            break  # "Kyivpastrans director X": the organisation's name opens the title
        if (
            w.lower() not in _CONNECTORS
            and w.lower() != "the"
            and _role_word(w)
            and not w.lower().endswith(("'s", "’s"))
        ):
            break
        if (
            (w in _PLACE_WORDS() or _ACRONYM.fullmatch(w))
            and k + 1 < len(window)
            and window[k + 1][0].lower() in lex.role_keywords
            and (k == 0 or window[k - 1][0].lower() not in _CONNECTORS)
        ):
            break  # "Kyiv Mayor X": a city right before the title word is part of it
        k += 1
    if k >= len(window):
        return None, -1
    if comma and not _determined(toks, window, k):
        return None, -1  # "Turkish president, Putin discuss ...": a list, not an apposition
    k = _own_title(window, k)
    for j in range(len(window) - 2, k - 1, -1):
        if window[j][0].lower() in _LOOSE_PREPS:
            if any(w.lower() in lex.role_keywords for w, _p in window[j + 1 :]):
                # "in the East Room with French President X": the title is after "with"
                k = j + 1
                while k < len(window) and window[k][0].lower() == "the":
                    k += 1
            break
    role_start = window[k][1]
    role = " ".join(w for w, _p in window[k:]).strip(" ,")
    if not role or role.lower().split()[-1] in _CONNECTORS:
        return None, -1
    if not any(w.lower() in lex.role_keywords for w, _p in window[k:]):
        return None, -1
    return role, role_start


_RIGHT_ROLE = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?((?:[\w'’\-.]+\s+){0,14}?[\w'’\-.]+)\s*(?=,|\.(?:\s|$)|;|\s+(?:said|says|told|noted|stated|added)\b)"
)


# "Umerov, who was recently appointed secretary of ...,": the title after the verb
_APPOINTED = re.compile(
    r"who\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:recently|newly|just)\s+)?"
    r"(?:appointed|named|made)\s+(?:as\s+)?(?:the\s+)?",
    re.I,
)
_TRAILING_TIME = re.compile(
    r"\s+(?:(?:this|last|earlier this|later this) (?:week|month|year|spring|summer|autumn|"
    r"winter)|(?:on|in) [A-Z]\w+|(?:a|one|two|three) (?:weeks?|months?|years?) ago|"
    r"yesterday|today|recently)$"
)
# a participle ends the title: "the Kremlin aide heading Russia's delegation"
_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ing|ed)")
# an organisation may be described in lower case after "head of": "of Russia's wealth fund"
_ORG_CONNECTORS = frozenset(["of", "for", "on"])
# what a title after a name may end before: another name ("..., the EU president, Ursula")
_NEXT_NAME = re.compile(r",\s+([A-ZÀ-ÞĀ-Ž][\w'’\-]*)")


def right_role(text: str, end: int, ceil: int) -> str | None:
    """An appositive title after a name ("Maria Zakharova, the spokeswoman of ..., said")."""
    m = _RIGHT_ROLE.match(text, end, min(ceil, end + 200))
    if not m:
        return None
    phrase = m.group(1)
    am = _APPOINTED.match(phrase)
    if am is not None:
        phrase = phrase[am.end() :]
        # "who was appointed head of the presidential office this month": not the title's
        phrase = _TRAILING_TIME.sub("", phrase)
    words = phrase.split()
    lex = lexicon()
    keyword_at = -1
    for i, w in enumerate(words):
        lw = w.lower().strip(",.")
        if i and lw in ("who", "which", "whose", "that"):
            words = words[:i]  # "the Kremlin aide who headed the delegation"
            break
        if keyword_at >= 0 and _PARTICIPLE.fullmatch(w) and lw not in _ROLE_LOWER_OK:
            words = words[:i]  # "the Kremlin aide heading Russia's delegation"
            break
        if lw in lex.role_keywords and keyword_at < 0:
            keyword_at = i
    nm = _NEXT_NAME.match(text, m.end())
    if nm is not None and not nm.group(1).endswith(("'s", "’s")) and _is_name_word(nm.group(1)):
        return None  # "Stubb, the European Commission president, Ursula von der Leyen"
    # a person's possessive may open the title ("Vladimir Putin's economic envoy"); a name
    # may close it after "to"/"of" ("an aide to Putin"); any other name means a list of people
    owner = 0
    while owner < min(3, len(words)) and words[owner][:1].isupper():
        if words[owner].endswith(("'s", "’s")):
            owner += 1
            break
        owner += 1
    else:
        owner = 0
    if owner and not any(_is_name_word(w) for w in words[:owner]):
        owner = 0
    for i, w in enumerate(words):
        if i < owner or not w[:1].isupper() or not _is_name_word(w.strip(",.")):
            continue
        if not any(x.lower() in ("to", "of") for x in words[owner:i]):
            return None
    if not owner:
        while words and words[0].lower().endswith(("'s", "’s")):
            words.pop(0)
    if not words:
        return None
    head = [w.lower().strip(",.") for w in words[owner : owner + 5]]
    if not any(w in lex.role_keywords for w in head):
        return None
    last_kw = max(i for i, w in enumerate(words) if w.lower().strip(",.") in lex.role_keywords)
    org = False
    for i, w in enumerate(words):
        lw = w.lower().strip(",.").removesuffix("'s").removesuffix("’s")
        if i < owner or (org and len(words) <= 10):
            continue
        if lw in _ORG_CONNECTORS and i > last_kw - 1 and i > 0:
            org = words[i - 1].lower() in lex.role_keywords
        if not (
            w[:1].isupper()
            or lw in _CONNECTORS
            or lw in _ROLE_LOWER_OK
            or lw in lex.role_keywords
            or lw in lex.role_modifiers
            or (i < last_kw and len(words) <= 6 and w.isalpha())  # "former culture minister"
        ):
            return None
    return " ".join(words)


@lru_cache(maxsize=1)
def _side_cues() -> tuple[re.Pattern[str], dict[str, str]]:
    """One scan for all side cues: a cue after a space and not followed by a letter or digit.

    The alternatives keep the cue order (longest first), so at the leftmost position the same cue
    wins as in a cue-by-cue search; a cue listed twice keeps its first side.
    """
    cues = lexicon().side_cues
    sides: dict[str, str] = {}
    for cue, side in cues:
        sides.setdefault(cue, side)
    alts = "|".join(re.escape(cue) for cue, _side in cues) or "(?!)"
    return re.compile(" (" + alts + r")(?![^\W_])"), sides


@lru_cache(maxsize=8192)  # pure; the same titles and name contexts recur
def side_of(phrase: str) -> str | None:
    """The side a role phrase names first ("Special Representative of the US President" -> USA)."""
    rx, sides = _side_cues()
    m = rx.search(" " + phrase.lower() + " ")
    return sides[m.group(1)] if m else None


# A step of a run's split: (name, actor, start, end, kind). _FULL: a full name (pass 1);
# _SHORT: a one-word curated actor (pass 2); _SURNAME: a word that may name a known person.
_FULL, _SHORT, _SURNAME = 0, 1, 2
_Step = tuple[str, Actor | None, int, int, int]


@lru_cache(maxsize=16384)  # pure: the lexicon is fixed for the process
def _titles_only(words: tuple[str, ...]) -> bool:
    """Every word of a run is a title word and none is a curated name ("Foreign Minister")."""
    lex = lexicon()
    return all(_is_title_word(w) for w in words) and not any(
        name_key(w) in lex.by_key for w in words
    )


@lru_cache(maxsize=16384)  # pure: the lexicon is fixed for the process
def _actor_prefix(words: tuple[str, ...]) -> tuple[int, str, Actor | None]:
    """The curated actor the words open with, longest first (at most four words):
    (its number of words, the words joined, the actor), or (0, "", None)."""
    lex = lexicon()
    for length in range(len(words), 0, -1):
        part = words[:length]
        cand = " ".join(part)
        if length == 1 and _is_title_word(part[0]) and not lex.by_key.get(name_key(cand)):
            continue
        actor = lex.by_key.get(name_key(cand))
        if actor is None and length == 1 and len(part[0]) > 2:
            actor = lex.by_surname.get(word_key(part[0]))
        if actor is None and length >= 2:
            a2 = find_actor(cand)
            actor = a2 if a2 is not None and length == 2 else None
        if actor is not None:
            return length, cand, actor
    return 0, "", None


def _plan_run(text: str, toks: list[tuple[str, int, int]], lo: int, hi: int) -> list[_Step]:
    """How a capitalised run splits into names (curated actors longest first, given names)."""
    lex = lexicon()
    n = len(toks)
    stripped = tuple(w.removesuffix("'s").removesuffix("’s") for w, _s, _e in toks)
    steps: list[_Step] = []
    if _titles_only(stripped):
        return steps
    i = 0
    while i < n:
        # curated actors, longest first
        length, cand, actor = _actor_prefix(stripped[i : i + 4])
        if actor is not None:
            end = toks[i + length - 1][2]
            if length > 1 or not _ATTRIBUTIVE.match(text, end):
                # (not "the Trump administration": no mention)
                steps.append((cand, actor, toks[i][1], end, _FULL if length > 1 else _SHORT))
            i += length
            continue
        w = stripped[i]
        if _is_title_word(w) or w.isupper() or w.lower() in _HONORIFICS:
            i += 1
            continue
        # a given name followed by 1-2 surname words, or unknown words after a title
        j = i
        while j < n and j - i < 3:
            wj = stripped[j]
            if _is_title_word(wj) or (
                wj.isupper()
                and len(wj) > 1
                and "." not in wj
                and not (j > i and _REGNAL.fullmatch(wj))
            ):
                break
            if (
                j > i
                and word_key(wj) in lex.first_names
                and word_key(stripped[i]) not in (lex.first_names)
            ):
                break  # "... Coordination Headquarters Dmytro Usov": the name starts here
            j += 1
            if toks[j - 1][0].endswith(("'s", "’s")):
                break
        length = j - i
        if length >= 2:
            words = stripped[i:j]
            cand = " ".join(words)
            if length == 3 and _is_name_word(words[1]):
                i += 1
                continue
            if length == 2 and words[1].lower().endswith(_PATRONYMIC):
                i = j  # "Dmitry Sergeyevich, how ...": a form of address, not a new person
                continue
            first_known = word_key(words[0]) in lex.first_names
            titled = False
            if not first_known and j == n and not _PLATFORM_BEFORE.search(text, lo, toks[i][1]):
                titled = _has_title(text, toks, i, j, lo, hi)
            if first_known or titled:
                steps.append((cand, None, toks[i][1], toks[j - 1][2], _FULL))
                i = j
                continue
        if length == 1 and i > 0 and stripped[i - 1].lower() in _SOVEREIGNS:
            # "Pope Francis", "King Abdullah": a sovereign goes by one name
            steps.append((w, None, toks[i][1], toks[i][1] + len(w), _FULL))
            i += 1
            continue
        if length >= 1:
            steps.append((w, None, toks[i][1], toks[i][1] + len(w), _SURNAME))
        i += max(length, 1)
    return steps


def _plural_title(title: str) -> bool:
    """ "US envoys Steve Witkoff and ...": the title word is plural (not "... United States")."""
    words = title.rstrip(" ,").split()
    last = words[-1].lower() if words else ""
    return last.endswith("s") and last[:-1] in lexicon().role_keywords


# honorifics before a name, part of neither the name nor the title ("Sheikh Mohamed bin Zayed")
_HONORIFICS = frozenset(["sheikh", "shaikh", "sheik"])
# titles of sovereigns, who are named by a given name alone
_SOVEREIGNS = frozenset(["pope", "king", "queen", "emir", "sultan", "patriarch"])


# "a post on Truth Social, the president said": a platform, not a person with a title
_PLATFORM_BEFORE = re.compile(r"\b(?:on|via)[ \t]+$")


def _has_title(
    text: str, toks: list[tuple[str, int, int]], i: int, j: int, lo: int, hi: int
) -> bool:
    if i > 0 and toks[i - 1][0].lower() in lexicon().role_keywords:
        return True
    role, _ = left_role(text, toks[i][1], lo)
    if role is not None:
        return True
    return right_role(text, toks[j - 1][2], hi) is not None


# the author line over a channel post: "Jane Doe / Джейн Доу", "Jane Doe | Minister of X"
_POST_HEADER = re.compile(r"\s*[^\W\d_][\w'’.\-]*(?:[ \t]+[^\W\d_][\w'’.\-]*){1,3}[ \t]*[/|]")


def _heading_region(line: str, first: bool) -> bool:
    """A headline (or the title, for the first of several lines), not a post's author line."""
    return bool((first and title_text(line)) or heading_text(line)) and not _POST_HEADER.match(
        line
    )


@lru_cache(maxsize=16384)  # pure: the lexicon is fixed for the process
def _lone_title(word: str) -> bool:
    """A one-word run that is never a name on its own ("The", "Ukraine", "Minister")."""
    return _is_title_word(word) and not _is_name_word(word)


class PeopleIndex:
    """Persons and their name mentions in one cleaned text."""

    def __init__(self) -> None:
        self.persons: list[Person] = []
        self.mentions: list[Mention] = []
        self._by_key: dict[str, int] = {}
        self._by_surname: dict[str, int] = {}
        self._by_actor: dict[str, int] = {}
        self._starts: list[int] = []
        self._text = ""
        self._lo = 0
        self._hi = 0
        self._shared_role: tuple[int, str] | None = None
        self._heading = False  # the region being read is a headline
        self._in_body: set[int] = set()  # persons named outside headlines
        self._heading_role: set[int] = set()  # persons whose role only a headline gave

    # -- building ---------------------------------------------------------------------------
    def _add_person(self, name: str, actor: Actor | None, start: int, end: int) -> int:
        key = actor.key if actor is not None else name_key(name)
        if actor is not None and actor.key in self._by_actor:
            idx = self._by_actor[actor.key]
        elif key in self._by_key:
            idx = self._by_key[key]
        else:
            idx = len(self.persons)
            display = name
            if actor is not None and " " not in name_key(name):  # "Zelensky", "V. Zelensky"
                display = actor.name
            self.persons.append(Person(display, key, actor, start, end))
            self._by_key[key] = idx
            if actor is not None:
                self._by_actor[actor.key] = idx
        person = self.persons[idx]
        if " " in name_key(name) and " " not in name_key(person.name):
            person.name = name
        if name not in person.aliases:
            person.aliases.append(name)
        sk = surname_key(name)
        if sk:
            self._by_surname.setdefault(sk, idx)
        return idx

    def build(self, text: str, regions: list[tuple[int, int]]) -> None:
        # Each run is split into names once; pass 1 records the full names, pass 2 the surname
        # mentions (they need the full names first). The split depends on the text alone.
        plans: list[tuple[int, int, bool, list[_Step]]] = []
        for n, (lo, hi) in enumerate(regions):
            heading: bool | None = None  # read once the line is found to name someone
            for m in _RUN.finditer(text, lo, hi):
                run = m.group()
                if " " in run or "\t" in run:
                    # _TOK has no look-around: scanning the run in place equals scanning a copy
                    toks = [
                        (t.group(), t.start(), t.end()) for t in _TOK.finditer(text, *m.span())
                    ]
                    if len(toks) == 1 and _lone_title(toks[0][0]):
                        continue
                elif _lone_title(run):
                    continue  # "The", "Ukraine", "Minister": never a name on its own
                else:  # one word (most runs): it is its own token
                    toks = [(run, m.start(), m.end())]
                if "©" in text[max(lo, m.start() - 3) : m.start()]:
                    continue  # "© John Doe, AFP": a photo credit
                if (
                    len(toks) > 1
                    and toks[0][0] in _QUESTION_OPENERS
                    and not text[lo : m.start()].strip()
                    and text[lo:hi].rstrip().endswith("?")
                ):
                    toks = toks[1:]  # "Will Putin and Zelensky meet?": no one called Will
                steps = _plan_run(text, toks, lo, hi)
                if steps:
                    if heading is None:
                        heading = _heading_region(text[lo:hi], n == 0 and len(regions) > 1)
                    plans.append((lo, hi, heading, steps))
        self._text = text
        for full_pass in (True, False):
            for lo, hi, heading, steps in plans:
                self._lo, self._hi = lo, hi
                self._heading = heading
                for name, actor, s, e, kind in steps:
                    if kind == _SURNAME:
                        if not full_pass:
                            self._mention_existing(name, s, e, full=False)
                    elif (kind == _FULL) == full_pass:
                        self._record(text, name, actor, s, e, lo, hi, kind == _FULL)
        self._heading = False
        self._drop_heading_only()
        self.mentions.sort(key=lambda mm: mm.start)
        self._starts = [mm.start for mm in self.mentions]
        for p in self.persons:
            p.gender = _gender(p.name, p.role, p.actor)
            if p.side is None and p.actor is not None:
                p.side = p.actor.side

    def _drop_heading_only(self) -> None:
        """Forget the people only headlines name: they are not people of the story."""
        if len(self._in_body) == len(self.persons):
            return
        new: dict[int, int] = {}
        for old in sorted(self._in_body):
            new[old] = len(new)
        self.persons = [self.persons[old] for old in sorted(self._in_body)]
        self.mentions = [
            Mention(m.start, m.end, new[m.person], m.full)
            for m in self.mentions
            if m.person in new
        ]
        for table in (self._by_key, self._by_surname, self._by_actor):
            kept = {k: new[v] for k, v in table.items() if v in new}
            table.clear()
            table.update(kept)
        self._in_body = set(range(len(self.persons)))

    def _record(
        self,
        text: str,
        name: str,
        actor: Actor | None,
        s: int,
        e: int,
        lo: int,
        hi: int,
        full: bool,
    ) -> None:
        idx = self._add_person(name, actor, s, e)
        self.mentions.append(Mention(s, e, idx, full))
        person = self.persons[idx]
        if person.role is None and full and self._shared_role is not None:
            prev_end, prev_role = self._shared_role
            if re.fullmatch(r"\s+and\s+", text[prev_end:s]):
                person.role, person.role_start = prev_role, s
        self._shared_role = None
        if self._heading:
            had = person.role is not None
        else:
            self._in_body.add(idx)
            had = person.role is not None and idx not in self._heading_role
        if not had and full:
            role, rstart = left_role(text, s, lo)
            if role is not None and _plural_title(text[rstart:s]):
                self._shared_role = (e, role)
            if role is None:
                role, rstart = right_role(text, e, hi), e
            if role is not None:
                self._set_role(idx, role, rstart)
                ctx = text[max(lo, rstart - 30) : rstart] + " " + role if rstart < s else role
                person.side = side_of(role) or side_of(ctx) or person.side
        elif not had:
            # "President Trump": a title right before a surname-only mention
            role, rstart = left_role(text, s, lo)
            if role is None:
                # "Umerov, who was recently appointed secretary of the Council, will ..."
                role, rstart = right_role(text, e, hi), e
            if role is not None:
                self._set_role(idx, role, rstart)
        if person.side is None and person.actor is None and full and not self._heading:
            # "Russian negotiator X": a nationality word right before the name, in its own
            # sentence ("... the situation around Ukraine. Vladimir Putin said" is no side)
            before = text[max(lo, s - 25) : s].split(",")[-1]
            person.side = side_of(before.rsplit(". ", 1)[-1])

    def _set_role(self, idx: int, role: str, start: int) -> None:
        """The role the text gives; a headline's only until the story gives one."""
        person = self.persons[idx]
        person.role, person.role_start = role, start
        person.side = side_of(role) or person.side
        if self._heading:
            self._heading_role.add(idx)
        else:
            self._heading_role.discard(idx)

    def _mention_existing(self, name: str, s: int, e: int, full: bool) -> None:
        if any(m.start <= s < m.end for m in self.mentions[-4:]):
            return
        key = name_key(name)
        idx = self._by_key.get(key)
        if idx is None and not full:
            idx = self._by_surname.get(key)
            if idx is None:
                actor = lexicon().by_surname.get(key)
                if actor is not None:
                    idx = self._add_person(name, actor, s, e)
        if idx is not None:
            self.mentions.append(Mention(s, e, idx, full))
            if not self._heading:
                self._in_body.add(idx)
            person = self.persons[idx]
            if person.role is None or (idx in self._heading_role and not self._heading):
                role, rstart = left_role(self._text, s, self._lo)
                if role is None:
                    # "Umerov, who was recently appointed secretary of the Council, will ..."
                    role, rstart = right_role(self._text, e, self._hi), e
                if role is not None:
                    self._set_role(idx, role, rstart)

    # -- queries ----------------------------------------------------------------------------
    def mentions_in(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            out.append(self.mentions[i])
            i += 1
        return out

    def person_of_role_noun(
        self, noun: str, before: int, exclude: set[int] | None = None
    ) -> int | None:
        """The most recent person (before offset) whose role contains `noun`."""
        i = bisect.bisect_left(self._starts, before) - 1
        steps = 0
        while i >= 0 and steps < 40:
            m = self.mentions[i]
            role = self.persons[m.person].role or ""
            if noun.lower() in role.lower():
                return m.person
            i -= 1
            steps += 1
        return None
