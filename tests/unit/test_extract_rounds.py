"""Rounds: ordinals, venues, dates resolved from the publication date, status."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract


def rounds(text: str, pub: dt.date) -> list[tuple[int | None, str | None, str | None, str]]:
    ex = extract(text, published=pub)
    return [
        (r.number, r.place, r.date.isoformat() if r.date else None, r.status) for r in ex.rounds
    ]


def test_next_round_on_weekday_and_date() -> None:
    text = (
        "The second round of negotiations between Ukraine and Russia will take place in "
        "Istanbul on Monday, June 2."
    )
    assert rounds(text, dt.date(2025, 5, 30)) == [(2, "Istanbul", "2025-06-02", "scheduled")]


def test_past_round_resolves_year_backwards() -> None:
    # published in January: "May 16" is last year's date, not this year's
    text = "The first round of talks took place in Istanbul on May 16."
    assert rounds(text, dt.date(2026, 1, 10)) == [(1, "Istanbul", "2025-05-16", "held")]


def test_future_month_day_resolves_forward_across_new_year() -> None:
    text = "The next round of talks will be held in Geneva on January 5."
    assert rounds(text, dt.date(2025, 12, 28)) == [(None, "Geneva", "2026-01-05", "scheduled")]


def test_relative_weekday_uses_tense() -> None:
    pub = dt.date(2025, 7, 23)  # a Wednesday
    held = "The third round of negotiations took place in Istanbul on Wednesday."
    assert rounds(held, pub) == [(3, "Istanbul", "2025-07-23", "held")]
    soon = "The third round of negotiations will take place in Istanbul on Friday."
    assert rounds(soon, pub) == [(3, "Istanbul", "2025-07-25", "scheduled")]
    past = "The second round of negotiations took place in Istanbul on Monday."
    assert rounds(past, pub) == [(2, "Istanbul", "2025-07-21", "held")]


def test_refused_venues_are_not_rounds() -> None:
    text = (
        "One of the fundamental positions of Russia is refusal from negotiations in the "
        "Vatican, Switzerland or any other negotiating platform, except Istanbul."
    )
    assert all(r[1] not in ("Vatican", "Switzerland") for r in rounds(text, dt.date(2025, 5, 30)))


def test_statement_date_is_not_the_meeting_date() -> None:
    text = (
        "Moscow does not expect breakthroughs at the third round of negotiations in Istanbul, "
        "Kremlin spokesman Dmitry Peskov told reporters on Monday."
    )
    assert rounds(text, dt.date(2025, 7, 21)) == [(3, "Istanbul", None, "scheduled")]


def test_phone_calls_and_dates_far_away_are_ignored() -> None:
    text = (
        "Zelensky and Erdogan held a phone call on Tuesday.\n\n"
        "The first round of talks in Istanbul on May 16, 2019 was mentioned."
    )
    got = rounds(text, dt.date(2025, 5, 30))
    assert got == [(1, "Istanbul", "2019-05-16", "held")] or got == [(1, "Istanbul", None, "held")]


def test_cancelled_summit() -> None:
    text = "The planned summit in Budapest has been cancelled, the White House said."
    assert rounds(text, dt.date(2025, 10, 22)) == [(None, "Budapest", None, "cancelled")]


def test_exchange_fact() -> None:
    ex = extract("The sides agreed on a prisoner exchange of 1000 for 1000.")
    assert [(e.ukraine_count, e.russia_count) for e in ex.exchanges] == [(1000, 1000)]


def test_not_scheduled_next_round_is_not_a_round() -> None:
    text = "The next round of direct talks has not been scheduled."
    assert rounds(text, dt.date(2025, 6, 5)) == []


def test_place_where_something_was_said_is_not_a_venue() -> None:
    text = '"I did not want a wasted meeting," Trump told reporters in the Oval Office.'
    assert rounds(text, dt.date(2025, 10, 22)) == []


def test_held_talks_dated_by_the_day_they_were_reported() -> None:
    text = (
        "U.S. and Ukrainian officials said on Sunday they had made significant progress in "
        "talks in Geneva."
    )
    assert rounds(text, dt.date(2025, 11, 23)) == [(None, "Geneva", "2025-11-23", "held")]


def test_venue_names_match_whatever_the_case_of_their_generic_word() -> None:
    text = (
        "ISTANBUL — The delegations ended their first round of direct talks on Friday after "
        "less than two hours at the Dolmabahce palace, officials said."
    )
    rounds = extract(text, published=dt.date(2025, 5, 16)).rounds
    assert [(r.number, r.place, r.date) for r in rounds] == [(1, "Istanbul", dt.date(2025, 5, 16))]
