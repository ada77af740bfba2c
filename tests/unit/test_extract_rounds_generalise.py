"""Rounds: general rules for mentions, places, dates and numbers (own example sentences)."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract


def rounds(text: str, pub: dt.date) -> list[tuple[int | None, str | None, str | None]]:
    ex = extract(text, published=pub)
    return [(r.number, r.place, r.date.isoformat() if r.date else None) for r in ex.rounds]


def test_place_naming_the_meeting_binds_first() -> None:
    text = "Analysts compared the Geneva meeting with what came later in Paris and Rome."
    assert rounds(text, dt.date(2025, 11, 30)) == [(None, "Geneva", None)]


def test_attributive_place_before_summit() -> None:
    text = "The minister discussed the outcome of the Helsinki summit, officials in Oslo said."
    assert (None, "Helsinki", None) in rounds(text, dt.date(2025, 3, 3))


def test_indefinite_mention_does_not_take_the_statement_date() -> None:
    text = "The envoy said on Tuesday that there was no point in a sixth round of talks."
    assert rounds(text, dt.date(2025, 10, 9)) == [(6, None, None)]


def test_coarse_time_of_the_mention_blocks_other_dates() -> None:
    text = (
        "The sides swapped 200 prisoners on Friday under a deal reached at talks in Doha "
        "last week, officials said."
    )
    assert (None, "Doha", "2025-04-11") not in rounds(text, dt.date(2025, 4, 11))


def test_numbered_round_not_yet_scheduled_is_kept() -> None:
    text = "A fifth round of negotiations has not been scheduled yet."
    assert rounds(text, dt.date(2025, 9, 1)) == [(5, None, None)]


def test_second_day_is_dated_by_the_first_day() -> None:
    text = "Negotiators closed a second day of talks in Riyadh on Wednesday."
    assert rounds(text, dt.date(2025, 3, 13)) == [(None, "Riyadh", "2025-03-11")]


def test_began_on_gives_the_first_day() -> None:
    text = (
        "The talks in Jeddah ended on Tuesday. The talks began on Monday and the delegations "
        "met twice."
    )
    assert rounds(text, dt.date(2025, 3, 12)) == [(None, "Jeddah", "2025-03-10")]


def test_first_talks_of_a_format_are_round_one() -> None:
    text = "Officials confirmed the first-ever four-party talks in Doha on Saturday."
    assert rounds(text, dt.date(2025, 2, 7)) == [(1, "Doha", "2025-02-08")]


def test_first_day_or_first_talks_since_are_not_numbered() -> None:
    text = "The first day of talks in Vienna lasted six hours."
    assert rounds(text, dt.date(2025, 2, 7)) == [(None, "Vienna", None)]
    text = "These were the first direct talks since 2022 in Vienna on Friday."
    assert rounds(text, dt.date(2025, 2, 7))[0][0] is None


def test_next_round_after_the_held_rounds() -> None:
    text = (
        "The fourth round of talks took place in Geneva on March 3. The delegation in Geneva "
        "proposed that the next round of talks be held in April."
    )
    assert rounds(text, dt.date(2025, 3, 5)) == [(4, "Geneva", "2025-03-03"), (5, None, None)]


def test_previous_round_is_the_one_before_the_latest() -> None:
    text = (
        "The sixth round of talks opened in Riyadh. The previous round of negotiations took "
        "place in Riyadh on April 2."
    )
    got = rounds(text, dt.date(2025, 5, 1))
    assert (5, "Riyadh", "2025-04-02") in got
    assert (6, "Riyadh", None) in got


def test_elliptical_ordinals_in_a_list_of_rounds() -> None:
    text = (
        "Qatar hosted the first round on March 4, the second on April 9 and the third on May 20."
    )
    got = rounds(text, dt.date(2025, 6, 1))
    assert (2, None, "2025-04-09") in got or (2, "Doha", "2025-04-09") in got
    assert any(r[0] == 3 and r[2] == "2025-05-20" for r in got)


def test_leaders_meeting_at_the_round_venue_is_its_own_meeting() -> None:
    text = (
        "The fifth round of talks was held in Riyadh. The host said it would try to organise "
        "a meeting of Vladimir Putin and Volodymyr Zelensky in Riyadh."
    )
    got = rounds(text, dt.date(2025, 6, 1))
    assert (5, "Riyadh", None) in got
    assert (None, "Riyadh", None) in got


def test_days_spent_with_an_envoy_in_a_city_are_a_meeting() -> None:
    text = (
        "The draft was written in consultation with the fund's chief, who spent two days with "
        "Mr. Kellogg in Doha in early March, officials said."
    )
    assert rounds(text, dt.date(2025, 3, 20)) == [(None, "Doha", None)]
