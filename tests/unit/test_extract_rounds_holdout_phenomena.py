"""Rounds: phenomena of varied outlet styles (own example sentences, not from the data sets)."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract


def rounds(text: str, pub: dt.date) -> set[tuple[int | None, str | None, str | None]]:
    ex = extract(text, published=pub)
    return {(r.number, r.place, r.date.isoformat() if r.date else None) for r in ex.rounds}


def test_ordinal_after_determiner_is_kept() -> None:
    text = "The delegations recalled the first meeting held in Geneva on 3 March 2025."
    assert (1, "Geneva", "2025-03-03") in rounds(text, dt.date(2025, 4, 1))


def test_ordinal_with_such() -> None:
    text = "It was the third such round of negotiations in Riyadh this spring, diplomats said."
    assert {r[0] for r in rounds(text, dt.date(2025, 4, 1))} == {3}


def test_stage_of_an_exchange_or_project_is_not_a_round() -> None:
    pub = dt.date(2025, 4, 1)
    assert rounds("The second stage of the swap of prisoners took place on Monday.", pub) == set()
    assert rounds("Norway will fund the first stage of the project, talks aside.", pub) == set()


def test_yesterdays_meeting_is_pub_minus_one() -> None:
    text = "Officials were pleased with the results of yesterday's meeting in Riyadh."
    assert rounds(text, dt.date(2025, 4, 9)) == {(None, "Riyadh", "2025-04-08")}


def test_weekday_possessive_dates_the_talks() -> None:
    text = "The minister said Friday's talks with the envoys outside Doha had been useful."
    assert rounds(text, dt.date(2025, 4, 7)) == {(None, "Doha", "2025-04-04")}


def test_press_questions_date_is_not_the_meeting_date() -> None:
    text = (
        "The spokesman answered reporters' questions on Thursday about the outcome of the "
        "fourth round of talks in Riyadh."
    )
    assert rounds(text, dt.date(2025, 4, 10)) == {(4, "Riyadh", None)}


def test_trip_to_meet_is_a_meeting() -> None:
    pub = dt.date(2025, 4, 5)  # a Saturday
    text = "The prime minister said he would fly to Paris on Tuesday to meet the US envoy."
    assert rounds(text, pub) == {(None, "Paris", "2025-04-08")}


def test_receive_envoy_in_city() -> None:
    text = "The Kremlin said the president would receive Witkoff in Moscow on Thursday."
    assert rounds(text, dt.date(2025, 4, 7)) == {(None, "Moscow", "2025-04-10")}


def test_spent_days_in_city_with_talks() -> None:
    text = (
        "The envoy said he had spent two days in Doha, starting on March 3, discussing the "
        "draft with his counterpart."
    )
    assert rounds(text, dt.date(2025, 3, 20)) == {(None, "Doha", "2025-03-03")}


def test_multi_day_meeting_dated_by_first_day() -> None:
    text = "The trilateral talks ended in Riyadh on March 12 after three days of meetings."
    assert rounds(text, dt.date(2025, 3, 14)) == {(None, "Riyadh", "2025-03-10")}


def test_window_is_not_a_date() -> None:
    text = "Kyiv proposed holding a fourth round between July 10 and July 20."
    assert rounds(text, dt.date(2025, 7, 1)) == {(4, None, None)}


def test_future_round_does_not_inherit_the_series_place() -> None:
    text = (
        "The second round of talks was held in Geneva on March 3. "
        "Both sides said they were ready for a third round."
    )
    assert rounds(text, dt.date(2025, 3, 5)) == {(2, "Geneva", "2025-03-03"), (3, None, None)}


def test_conference_place_and_date_are_not_the_meeting() -> None:
    text = (
        "Paris is not a suitable venue for Russian-Ukrainian talks, the minister said at a "
        "conference in Moscow on Friday."
    )
    assert rounds(text, dt.date(2025, 5, 23)) == set()


def test_leaders_meeting_with_title() -> None:
    text = "Zelensky said he was ready to meet Russian President Vladimir Putin in any format."
    assert rounds(text, dt.date(2025, 5, 23)) == {(None, None, None)}


def test_leaders_meeting_beside_a_numbered_round() -> None:
    text = (
        "Moscow is ready for a fifth round of talks. Kyiv wants a meeting between "
        "Zelensky and Putin."
    )
    assert rounds(text, dt.date(2025, 5, 23)) == {(5, None, None), (None, None, None)}


def test_state_of_a_single_summit_is_no_city_unless_the_city_is_named() -> None:
    # the newer convention (tests/data/README.md): a state with no city named is no place
    text = "The minister said that during the meeting in Alaska the leaders discussed security."
    assert all(r[1] is None for r in rounds(text, dt.date(2025, 10, 1)))
    text += " They had met at the base in Anchorage."
    assert (None, "Anchorage", None) in rounds(text, dt.date(2025, 10, 1))


def test_place_and_date_at_the_end_of_a_long_clause() -> None:
    text = (
        "The president held talks with the American special envoy and the secretary of the "
        "army in the Kremlin on the evening of March 4."
    )
    assert rounds(text, dt.date(2025, 3, 5)) == {(None, "Moscow", "2025-03-04")}


def test_guillemet_quote_is_not_a_meeting() -> None:
    text = "«Imagine Paris hosting a meeting of the two sides», the minister said."
    assert rounds(text, dt.date(2025, 3, 5)) == set()


def test_next_meeting_without_negotiation_words_keeps_its_place() -> None:
    text = "The president suggested that the next meeting should take place in Budapest."
    assert rounds(text, dt.date(2025, 3, 5)) == {(None, "Budapest", None)}


def test_the_summit_again_is_the_placed_summit() -> None:
    text = (
        "The two presidents ended their summit in Helsinki on Friday. "
        "A senator said the summit had achieved little."
    )
    assert rounds(text, dt.date(2025, 3, 8)) == {(None, "Helsinki", "2025-03-07")}
