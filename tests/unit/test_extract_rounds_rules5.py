"""Rounds: the rules added in the fifth session (own example sentences).

Each test is one rule of `bot/extract/rounds.py` or `dates.py`, written with invented wording,
places and dates in the style of wire reports and explainers about the Ukraine-Russia talks.
"""

from __future__ import annotations

import datetime as dt

from bot.extract import extract


def rounds(text: str, pub: dt.date) -> list[tuple[int | None, str | None, str | None, str]]:
    ex = extract(text, published=pub)
    return [
        (r.number, r.place, r.date.isoformat() if r.date else None, r.status) for r in ex.rounds
    ]


# 1. a timeline's headings set the year of the days below them

TIMELINE = """Explainer: how the talks got here

Published 3 July 2026

January 2025: The first contacts

Officials of the two sides met in Riyadh on 14 January and agreed to keep talking.

June: Back in Istanbul

The delegations met again in Istanbul on 9 June for three hours.

March 2026: A new format

Negotiators met in Doha on 20 March, their first session in the Gulf this year.
"""


def test_timeline_headings_set_the_year_of_later_days() -> None:
    got = rounds(TIMELINE, dt.date(2026, 7, 3))
    assert (None, "Riyadh", "2025-01-14", "held") in got, got
    # "June:" under "January 2025" is June 2025, not the nearer June 2026
    assert (None, "Istanbul", "2025-06-09", "held") in got, got
    assert (None, "Doha", "2026-03-20", "held") in got, got


def test_month_heading_earlier_than_the_last_moves_to_the_next_year() -> None:
    text = (
        "October 2025: Hopes rise\n\n"
        "The envoys met in Cairo on 12 October.\n\n"
        "February: Talks resume\n\n"
        "The envoys met in Muscat on 3 February and again the next week."
    )
    got = rounds(text, dt.date(2026, 11, 1))
    assert (None, "Cairo", "2025-10-12", "held") in got, got
    assert (None, "Muscat", "2026-02-03", "held") in got, got


def test_a_colon_after_a_date_in_a_sentence_is_no_heading() -> None:
    # "May 16:" names a day, not a year for the rest of the text
    text = (
        "Timeline, May 16: officials met in Istanbul on May 16, 2025.\n\n"
        "The envoys met in Muscat on 3 February."
    )
    got = rounds(text, dt.date(2026, 3, 1))
    assert (None, "Muscat", "2026-02-03", "held") in got, got


# 2. a year the text states is trusted further than a year guessed


def test_stated_year_more_than_a_year_back_is_kept() -> None:
    text = "The delegations first met in Riyadh on February 18, 2025, without Ukraine."
    assert rounds(text, dt.date(2026, 6, 1)) == [(None, "Riyadh", "2025-02-18", "held")]


# 3. one ordinal dated far apart names rounds of two series


def test_same_ordinal_a_year_apart_is_two_rounds() -> None:
    text = (
        "A third round in Istanbul on 23 July 2025 lasted less than an hour. The third round "
        "of the trilateral format took place in Geneva on 17 February 2026."
    )
    got = rounds(text, dt.date(2026, 3, 1))
    assert (3, "Istanbul", "2025-07-23", "held") in got, got
    assert (3, "Geneva", "2026-02-17", "held") in got, got


def test_same_ordinal_days_apart_stays_one_round() -> None:
    text = (
        "The second round opened in Geneva on 17 February. On 18 February the second round "
        "continued in Geneva behind closed doors."
    )
    got = rounds(text, dt.date(2026, 2, 19))
    assert [r for r in got if r[0] == 2] == [(2, "Geneva", "2026-02-17", "held")], got


# 4. an ordinal alone after "again"


def test_ordinal_alone_again_in_a_city() -> None:
    text = (
        "The third round was held in Doha on 5 March. At the fourth, again in Doha, on 2-3 "
        "April, the sides agreed to extend the energy truce."
    )
    got = rounds(text, dt.date(2026, 4, 10))
    assert (4, "Doha", "2026-04-02", "held") in got, got


# 5. "N days later" counts from the day named before


def test_days_later_counts_from_the_previous_sentence() -> None:
    text = (
        "The foreign ministers met in Riyadh on 3 March. Ten days later, a meeting between the "
        "two presidents in the Oval Office in Washington ended without a deal."
    )
    got = rounds(text, dt.date(2025, 4, 1))
    assert (None, "Washington", "2025-03-13", "held") in got, got


def test_week_later_counts_from_the_day_in_the_sentence() -> None:
    text = "Advisers met in Geneva on 9 November and in Doha a week later."
    got = rounds(text, dt.date(2025, 12, 1))
    assert (None, "Doha", "2025-11-16", "held") in got, got


# 6. a proposal accepted at a meeting does not make the meeting a proposed one


def test_accepted_proposal_is_the_outcome_of_a_held_meeting() -> None:
    text = "On 4 March, at talks in Muscat, Kyiv accepted a US proposal for a 30-day truce."
    assert rounds(text, dt.date(2025, 4, 1)) == [(None, "Muscat", "2025-03-04", "held")]


def test_a_proposal_still_open_stays_proposed() -> None:
    text = "Kyiv accepted the offer and proposed new talks in Muscat."
    got = rounds(text, dt.date(2025, 4, 1))
    assert [r[3] for r in got] == ["proposed"], got


# 7. "On 11 March, ..." opens a sentence; it is no dateline


def test_on_date_comma_is_not_a_dateline() -> None:
    text = "Timeline\n\nOn 4 March, officials of the two sides met in Muscat for six hours."
    assert rounds(text, dt.date(2025, 3, 20)) == [(None, "Muscat", "2025-03-04", "held")]


# 8. a day that opens the sentence dates a trip reported in it


def test_opening_day_dates_a_long_visit() -> None:
    text = "On 14 May the two US envoys spent more than five hours with Putin in the Kremlin."
    assert rounds(text, dt.date(2026, 6, 1)) == [(None, "Moscow", "2026-05-14", "held")]


# 9. a conversation or talk at a place is a meeting; "This is already the third" numbers it


def test_conversation_at_a_place_numbered_by_this_is_already() -> None:
    text = (
        "SOCHI, 5 May - Agency. The conversation between Vladimir Putin and Steve Witkoff at "
        "a residence in Sochi lasted about three hours, the Kremlin said.\n\n"
        "This is already the third meeting between Putin and Witkoff: they previously talked "
        "in Moscow on March 2."
    )
    got = rounds(text, dt.date(2025, 5, 5))
    assert (3, "Sochi", "2025-05-05", "held") in got, got
    assert (None, "Moscow", "2025-03-02", "held") in got, got


# 10. "The meeting came three days after X's summit": counted back from the meeting before


def test_meeting_came_days_after_counts_back_from_the_meeting_named_before() -> None:
    text = (
        "The president hosted Zelensky and a group of European leaders at the White House on "
        "Monday.\n\nThe meeting came three days after Trump's talks with Putin in Anchorage."
    )
    got = rounds(text, dt.date(2025, 8, 19))
    assert (None, "Washington", "2025-08-18", "held") in got, got


# 11. a count of meetings followed by as many listed days is that many meetings


def test_counted_rounds_with_listed_days() -> None:
    text = (
        "The sixth round opened in Istanbul on Monday. Turkey hosted four rounds of direct "
        "talks last year, on March 3, April 9, May 20 and June 30."
    )
    got = rounds(text, dt.date(2026, 2, 2))
    for day in ("2025-03-03", "2025-04-09", "2025-05-20", "2025-06-30"):
        assert (None, "Istanbul", day, "held") in got, got
