"""The curated data files (actors, word lists), loaded once from the package and indexed.

Reading the package's own data is the only I/O in `bot.extract` besides `evaluate`.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from bot.extract.names import name_key, surname_key


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    key: str
    side: str | None
    gender: str | None
    role_hint: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Lexicon:
    actors: tuple[Actor, ...]
    by_key: dict[str, Actor]  # full-name keys and alias keys -> actor
    by_surname: dict[str, Actor]  # surname keys (unique ones only) -> actor
    first_names: frozenset[str]
    role_keywords: frozenset[str]
    role_modifiers: frozenset[str]
    not_name_words: frozenset[str]
    side_cues: tuple[tuple[str, str], ...]  # (cue lower-case, side), longest cue first
    places: tuple[str, ...]  # longest first
    venue_city: dict[str, str]  # venue -> the city reported as the place
    countries: frozenset[str]  # places that are countries or states, not cities
    country_cities: dict[str, frozenset[str]]  # country or state -> the listed cities in it


def _load(name: str) -> dict[str, Any]:
    data = resources.files("bot.extract").joinpath("data", name).read_text(encoding="utf-8")
    return tomllib.loads(data)


@cache
def lexicon() -> Lexicon:
    raw_actors = _load("actors.toml").get("actor", [])
    words = _load("lexicon.toml")
    actors: list[Actor] = []
    by_key: dict[str, Actor] = {}
    surname_count: dict[str, list[Actor]] = {}
    for item in raw_actors:
        actor = Actor(
            name=str(item["name"]),
            key=name_key(str(item["name"])),
            side=item.get("side"),
            gender=item.get("gender"),
            role_hint=item.get("role"),
            aliases=tuple(str(a) for a in item.get("aliases", ())),
        )
        actors.append(actor)
        for variant in (actor.name, *actor.aliases):
            by_key.setdefault(name_key(variant), actor)
            sk = surname_key(variant)
            if actor not in surname_count.setdefault(sk, []):
                surname_count[sk].append(actor)
    by_surname = {k: v[0] for k, v in surname_count.items() if len(v) == 1}
    cues: list[tuple[str, str]] = []
    for side, items in words.get("side_cues", {}).items():
        cues.extend((str(c).lower(), str(side)) for c in items)
    cues.sort(key=lambda c: -len(c[0]))
    places_raw = words.get("places", {})
    venues = {str(k): str(v) for k, v in places_raw.get("venues", {}).items()}
    places = sorted({*map(str, places_raw.get("cities", ())), *venues}, key=lambda p: -len(p))
    return Lexicon(
        actors=tuple(actors),
        by_key=by_key,
        by_surname=by_surname,
        first_names=frozenset(name_key(n) for n in words.get("first_names", ())),
        role_keywords=frozenset(str(w).lower() for w in words.get("role_keywords", ())),
        role_modifiers=frozenset(str(w).lower() for w in words.get("role_modifiers", ())),
        not_name_words=frozenset(str(w).lower() for w in words.get("not_name_words", ())),
        side_cues=tuple(cues),
        places=tuple(places),
        venue_city=venues,
        countries=frozenset(map(str, places_raw.get("countries", ()))),
        country_cities={
            str(k): frozenset(map(str, v)) for k, v in places_raw.get("country_cities", {}).items()
        },
    )


def find_actor(name: str) -> Actor | None:
    """The curated actor a name refers to: exact full/alias key, else a unique surname key."""
    lex = lexicon()
    key = name_key(name)
    if not key:
        return None
    actor = lex.by_key.get(key)
    if actor is not None:
        return actor
    if " " not in key:
        return lex.by_surname.get(key)
    # "Andrii Sybiha" with an unlisted given-name spelling: same surname, and the given name
    # keys share their first letter (a fuzzy score alone never decides).
    cand = lex.by_surname.get(key.rsplit(" ", 1)[-1])
    if cand is not None and cand.key[:1] == key[:1]:
        return cand
    return None
