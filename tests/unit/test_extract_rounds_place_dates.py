"""Rounds: dates stated next to a place elsewhere in the text, and relative days (own sentences)."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract


def rounds(text: str, pub: dt.date) -> list[tuple[int | None, str | None, str | None]]:
    ex = extract(text, published=pub)
    return [(r.number, r.place, r.date.isoformat() if r.date else None) for r in ex.rounds]


def test_date_next_to_the_place_dates_the_held_meeting() -> None:
    text = (
        "The envoys ended their summit in Helsinki without a statement. "
        "The two men shook hands in Helsinki on Thursday before the cameras."
    )
    assert rounds(text, dt.date(2025, 6, 14)) == [(None, "Helsinki", "2025-06-12")]


def test_place_with_two_dates_dates_nothing() -> None:
    text = (
        "Officials said the talks in Doha had stalled. Ministers arrived in Doha on June 9 "
        "and a second team landed in Doha on June 12."
    )
    assert (None, "Doha", None) in rounds(text, dt.date(2025, 6, 14))


def test_round_still_to_be_set_is_not_dated_by_its_place() -> None:
    text = (
        "The date of the fourth round of talks in Vienna has not yet been determined. "
        "Prisoners were swapped under a deal struck in Vienna on May 3."
    )
    assert (4, "Vienna", None) in rounds(text, dt.date(2025, 7, 1))


def test_the_day_before_is_the_eve_of_publication() -> None:
    text = "The fifth round of negotiations was held in Oslo the day before."
    assert rounds(text, dt.date(2025, 9, 10)) == [(5, "Oslo", "2025-09-09")]


def test_the_day_before_an_event_is_not_a_date() -> None:
    text = "The fifth round of negotiations was held in Oslo the day before the vote."
    assert rounds(text, dt.date(2025, 9, 10)) == [(5, "Oslo", None)]


def test_elided_ordinal_with_one() -> None:
    text = "The fourth round took place in Vienna on March 3, and the third one on February 10."
    got = rounds(text, dt.date(2025, 3, 20))
    assert (4, "Vienna", "2025-03-03") in got
    assert (3, "Vienna", "2025-02-10") in got


def test_first_trilateral_meeting_dated_before_it() -> None:
    text = "On Thursday, March 6, the first trilateral meeting in this format lasted four hours."
    assert rounds(text, dt.date(2025, 3, 7)) == [(1, None, "2025-03-06")]


def test_talks_continued_on_a_later_day_are_the_same_meeting() -> None:
    text = (
        "The envoys met in Helsinki on Saturday for six hours, "
        "and the talks continued on Sunday in Helsinki."
    )
    assert rounds(text, dt.date(2025, 5, 12)) == [(None, "Helsinki", "2025-05-10")]


def test_date_naming_the_meeting() -> None:
    text = "They reviewed the results of the May 4 meeting with President Putin in Helsinki."
    assert rounds(text, dt.date(2025, 5, 12)) == [(None, "Helsinki", "2025-05-04")]


def test_session_at_a_venue_places_the_numbered_round() -> None:
    text = (
        "The first round of talks ended on Friday without a truce. "
        "The session at Oslo's city hall lasted two hours."
    )
    assert rounds(text, dt.date(2025, 5, 10)) == [(1, "Oslo", "2025-05-09")]


def test_same_day_report_after_talks() -> None:
    text = (
        "Kyiv said Friday it would study the offer, after nearly six hours of talks with "
        "a European team in Vienna."
    )
    assert rounds(text, dt.date(2025, 4, 11)) == [(None, "Vienna", "2025-04-11")]


def test_statement_day_before_publication_does_not_date_talks() -> None:
    text = (
        "Kyiv said Thursday it would study the offer, after nearly six hours of talks with "
        "a European team in Vienna."
    )
    assert rounds(text, dt.date(2025, 4, 11)) == [(None, "Vienna", None)]


def test_guest_welcomed_to_a_venue_is_a_meeting_there() -> None:
    text = "Today, the President welcomed Prime Minister Ana Lopes of Portugal to the White House."
    assert rounds(text, dt.date(2025, 9, 3)) == [(None, "Washington", "2025-09-03")]


def test_this_morning_is_the_publication_day() -> None:
    text = "The delegations started the fourth round of talks in Doha this morning."
    assert rounds(text, dt.date(2025, 9, 3)) == [(4, "Doha", "2025-09-03")]


def test_day_header_dates_this_morning_below_it() -> None:
    text = "September 2\n\nThe delegations started the fourth round of talks in Doha this morning."
    assert rounds(text, dt.date(2025, 9, 3)) == [(4, "Doha", "2025-09-02")]


def test_generic_plural_rounds_are_no_meeting() -> None:
    text = (
        "The fourth round of talks opened in Doha on Monday. The host chaired the session, "
        "as in previous rounds."
    )
    assert rounds(text, dt.date(2025, 9, 3)) == [(4, "Doha", "2025-09-01")]
