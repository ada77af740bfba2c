"""Rounds: the rules added in the eighth session (own example sentences).

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


# 1. a quoted "Next time in <city>" offers the next meeting there: proposed, undated


def test_next_time_in_city_quoted_is_a_proposed_meeting() -> None:
    text = (
        "The two presidents talked for two hours at a lakeside villa in Geneva on Thursday.\n\n"
        'Walking to the cars, the Russian leader told his guest in English: "Next time in '
        'Moscow." The American laughed and said he would think about it.'
    )
    got = rounds(text, dt.date(2026, 4, 10))
    assert (None, "Geneva", "2026-04-09", "held") in got, got
    assert (None, "Moscow", None, "proposed") in got, got


def test_next_time_in_city_in_a_transcript_line() -> None:
    text = (
        "Transcript of the joint press statements.\n\n"
        "Donald Trump: It was a very good meeting, we agreed on a lot, and today's meeting was "
        "only a start.\n\n"
        "Vladimir Putin (in English): Next time in Moscow.\n\n"
        "Donald Trump: That is an interesting one."
    )
    got = rounds(text, dt.date(2026, 4, 10))
    assert (None, "Moscow", None, "proposed") in got, got


# 2. a place phrase put before the subject ("In Oslo on Monday, X met Y") is the meeting's


def test_fronted_place_and_day_belong_to_the_main_clause_meeting() -> None:
    text = (
        "Envoys keep up contacts\n\n"
        "In Oslo on Monday, the American negotiators met a Ukrainian team led by the defence "
        "minister for five hours."
    )
    got = rounds(text, dt.date(2026, 6, 3))
    assert got == [(None, "Oslo", "2026-06-01", "held")], got


def test_fronted_same_venue_after_a_day() -> None:
    text = (
        "Envoys keep up contacts\n\n"
        "Talks between the American and Russian teams began on Tuesday at a hotel in Doha, "
        "officials said.\n\n"
        "On Monday, in the same hotel, the American delegation held talks with the Ukrainians."
    )
    got = rounds(text, dt.date(2026, 6, 3))
    assert (None, "Doha", "2026-06-01", "held") in got, got
    assert (None, "Doha", "2026-06-02", "held") in got, got


def test_fronted_place_of_a_speaker_is_not_the_meeting() -> None:
    text = (
        "Envoys keep up contacts\n\n"
        "In Oslo on Monday, the foreign minister said the talks had to go on."
    )
    got = rounds(text, dt.date(2026, 6, 3))
    assert all(r[1] != "Oslo" for r in got), got


# 3. an envoy expected or travelling in a city goes there to negotiate, unless it is denied


def test_envoy_expected_in_moscow_is_a_scheduled_meeting() -> None:
    text = (
        "Kremlin waits for details\n\n"
        "The Kremlin said contacts with Washington would follow. According to local media, "
        "the American special envoy is due in Moscow on Friday."
    )
    got = rounds(text, dt.date(2026, 7, 7))
    assert got == [(None, "Moscow", "2026-07-10", "scheduled")], got


def test_envoy_trip_to_moscow_denied_is_no_meeting() -> None:
    text = (
        "Kremlin waits for details\n\n"
        "The spokesman dismissed reports that the American special envoy was about to fly to "
        "Moscow for yet another meeting."
    )
    got = rounds(text, dt.date(2026, 7, 7))
    assert all(r[1] != "Moscow" for r in got), got


def test_envoy_expected_in_any_city_is_a_meeting_there() -> None:
    text = (
        "Officials in Kyiv said the talks would resume soon. The Kremlin's special envoy is "
        "due in Doha on Friday."
    )
    got = rounds(text, dt.date(2026, 7, 7))
    assert (None, "Doha", "2026-07-10", "scheduled") in got, got


def test_envoy_expected_in_a_country_is_not_placed_by_this_rule() -> None:
    text = "The American special envoy is due in Turkey on Friday for consultations."
    got = rounds(text, dt.date(2026, 7, 7))
    assert all(r[1] != "Turkey" for r in got), got
