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


# 2. "their first direct talks in N years" is the first of a kind, not round one


def test_first_direct_talks_in_years_is_not_round_one() -> None:
    text = (
        "Armenian and Azerbaijani envoys met on Tuesday for their first direct talks in more "
        "than four years, officials said.\n\n"
        "The meeting at the Ritz hotel in Doha lasted three hours."
    )
    got = rounds(text, dt.date(2026, 3, 11))
    assert got == [(None, "Doha", "2026-03-10", "held")], got


def test_first_round_since_a_year_stays_round_one() -> None:
    text = (
        "The first round of direct negotiations since 2022 took place in Doha on Tuesday, "
        "officials said."
    )
    got = rounds(text, dt.date(2026, 3, 11))
    assert (1, "Doha", "2026-03-10", "held") in got, got


# 3. an undated placed meeting right after a dated unplaced one is the same meeting


def test_the_meeting_at_a_venue_places_the_talks_dated_before() -> None:
    text = (
        "Negotiators agreed on Tuesday to a prisoner swap at their first direct talks in "
        "two years.\n\n"
        "The meeting at the Ritz hotel in Doha lasted three hours.\n\n"
        "Earlier on Tuesday, Qatari and US officials met separately at the same hotel."
    )
    got = rounds(text, dt.date(2026, 3, 10))
    assert (None, "Doha", "2026-03-10", "held") in got, got
    assert (None, None, "2026-03-10", "held") not in got, got


# 4. "resumed talks on Monday, a day after ...": the meeting began the day before


def test_resumed_talks_a_day_after_date_the_first_day() -> None:
    text = (
        "Armenian and Azerbaijani negotiators resumed talks in Doha on Wednesday, a day after "
        "a six-hour session at the emir's palace."
    )
    got = rounds(text, dt.date(2026, 3, 11))
    assert got == [(None, "Doha", "2026-03-10", "held")], got


def test_continued_talks_after_the_first_day_date_the_first_day() -> None:
    text = (
        "The delegations continued their talks in Doha on Thursday after the first day of "
        "what the hosts call a new format."
    )
    got = rounds(text, dt.date(2026, 3, 12))
    assert got == [(None, "Doha", "2026-03-11", "held")], got


# 5. "..., a day after X held talks in Y": counted back from the lede's day


def test_lede_a_day_after_talks_counts_back_from_the_story_day() -> None:
    text = (
        "Baku and Yerevan have agreed in principle on a summit in the coming weeks, officials "
        "said, a day after the EU's special envoy Toivo Klaar held talks in Doha."
    )
    got = rounds(text, dt.date(2026, 3, 12))
    assert (None, "Doha", "2026-03-11", "held") in got, got


# 6. "the second Doha round": a place between the ordinal and "round"; two series, one ordinal


def test_ordinal_place_round_numbers_and_places_the_round() -> None:
    text = "The document was handed over at the second Doha round on 3 March, officials said."
    got = rounds(text, dt.date(2026, 4, 1))
    assert got == [(2, "Doha", "2026-03-03", "held")], got


def test_words_between_ordinal_and_round_that_are_no_place_are_not_a_round() -> None:
    text = "It was the first time a round of talks ended without a statement, officials said."
    got = rounds(text, dt.date(2026, 4, 1))
    assert all(r[0] != 1 for r in got), got


def test_same_ordinal_in_another_city_undated_is_another_series() -> None:
    text = (
        "The plan was first tabled at the second Doha round on 3 March 2025.\n\n"
        "After the second Muscat round in early February, the sides swapped prisoners.\n\n"
        "Another round is expected in Muscat later in March."
    )
    got = rounds(text, dt.date(2026, 3, 2))
    assert (2, "Doha", "2025-03-03", "held") in got, got
    assert (2, "Muscat", None, "held") in got, got
    assert (None, "Muscat", None, "scheduled") in got, got


# 7. allies among themselves: "European governments, alarmed at ..., met in Paris"


def test_european_governments_meeting_with_an_aside_is_not_a_round() -> None:
    text = (
        "Envoys of the two warring sides met in Doha on Tuesday.\n\n"
        "European governments, worried about being left out, met in Oslo on Monday to discuss "
        "their response."
    )
    got = rounds(text, dt.date(2026, 3, 11))
    assert got == [(None, "Doha", "2026-03-10", "held")], got
