"""Rounds: the rules added in the sixth session (own example sentences).

Each test is one rule of `bot/extract/rounds.py` or `dates.py`, written with invented wording,
places and dates in the style of wire reports about the Ukraine-Russia talks.
"""

from __future__ import annotations

import datetime as dt

from bot.extract import extract


def rounds(text: str, pub: dt.date) -> list[tuple[int | None, str | None, str | None, str]]:
    ex = extract(text, published=pub)
    return [
        (r.number, r.place, r.date.isoformat() if r.date else None, r.status) for r in ex.rounds
    ]


# 1. the place and day after the list of who took part, past abbreviations and appositions


def test_participants_with_dotted_abbreviation_keep_place_and_day() -> None:
    text = (
        "Putin held nearly four hours of talks with U.S. envoy Paul Ostrander and Mark Delane, "
        "a former banker, in the Kremlin on Thursday, an aide said."
    )
    got = rounds(text, dt.date(2026, 3, 6))
    assert (None, "Moscow", "2026-03-05", "held") in got, got


def test_people_met_named_after_the_verb_keep_place_and_day() -> None:
    text = (
        "The envoys met a Ukrainian team led by Ivan Marchuk, deputy head of the security "
        "council, in Doha on Saturday, officials said."
    )
    got = rounds(text, dt.date(2026, 3, 9))
    assert (None, "Doha", "2026-03-07", "held") in got, got
