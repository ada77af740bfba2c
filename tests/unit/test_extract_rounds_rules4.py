"""Rounds: the rules added in the fourth session (own example sentences).

Each test is one rule of `bot/extract/rounds.py`, written with invented wording, places and
dates in the style of wire reports about the Ukraine-Russia talks.
"""

from __future__ import annotations

import datetime as dt

from bot.extract import extract


def rounds(text: str, pub: dt.date) -> list[tuple[int | None, str | None, str | None, str]]:
    ex = extract(text, published=pub)
    return [
        (r.number, r.place, r.date.isoformat() if r.date else None, r.status) for r in ex.rounds
    ]


# 1. a meeting sought again, with no place or day yet


def test_agreed_to_meet_again_is_a_round_still_open() -> None:
    text = (
        "The delegations spent five hours in Jeddah on Tuesday. Afterwards the head of the "
        "Ukrainian team said the sides had agreed to meet again, without naming a date."
    )
    got = rounds(text, dt.date(2025, 3, 12))
    assert (None, "Jeddah", "2025-03-11", "held") in got
    assert any(r[1] is None and r[2] is None and r[3] != "held" for r in got), got


def test_resuming_direct_negotiations_is_a_round_sought() -> None:
    text = (
        "The Kremlin aide said the two men discussed the possibility of resuming direct "
        "negotiations between the delegations of the two countries."
    )
    assert rounds(text, dt.date(2025, 4, 26)) == [(None, None, None, "proposed")]


def test_talks_resumed_in_the_past_are_not_a_round_sought() -> None:
    text = (
        "The call dealt with the resumption of direct negotiations, which were suspended "
        "three years ago."
    )
    assert rounds(text, dt.date(2025, 4, 26)) == []


# 2. "This was the fourth meeting": the ordinal numbers the meeting reported before it


def test_this_was_the_nth_meeting_numbers_the_meeting_before() -> None:
    text = (
        "The envoy's talks with the Russian president in the Kremlin on Thursday lasted "
        "four hours, the aide told reporters. Moscow hosted the visit. "
        "This was the fifth meeting between Putin and the envoy this year."
    )
    got = rounds(text, dt.date(2025, 6, 13))
    assert got == [(5, "Moscow", "2025-06-12", "held")], got


def test_this_was_the_nth_meeting_needs_a_dated_meeting_before() -> None:
    text = (
        "The envoy arrived in Moscow for more talks. "
        "This was the fifth meeting between Putin and the envoy this year."
    )
    got = rounds(text, dt.date(2025, 6, 13))
    assert all(r[2] is None for r in got), got


# 3. "a day after a delegation held talks": the offset counts back to that meeting


def test_a_day_after_a_delegation_held_talks() -> None:
    text = (
        "JEDDAH, April 8 - Russian and American officials met on Tuesday in the Saudi port "
        "city, two days after a Ukrainian team held its own talks with the envoys "
        "in Jeddah."
    )
    got = rounds(text, dt.date(2025, 4, 8))
    assert (None, "Jeddah", "2025-04-06", "held") in got, got
    assert (None, "Jeddah", "2025-04-08", "held") in got, got


# 4. "expected to meet ... again on Tuesday": the place of the meeting before


def test_meeting_again_on_a_day_is_at_the_place_before() -> None:
    text = (
        "The Ukrainian delegation met the US team in Jeddah on Monday. "
        "The sides are expected to meet the Americans again on Wednesday to compare notes."
    )
    got = rounds(text, dt.date(2025, 4, 8))
    assert (None, "Jeddah", "2025-04-09", "scheduled") in got, got


# 5. "..., a day after the envoy spent three hours with Putin in Moscow": a past trip counted
#    back from the story's day in the lede


def test_trip_a_day_before_the_story_in_the_lede() -> None:
    text = (
        "The two presidents could hold a summit as early as next month, the Kremlin said, a "
        "day after the US envoy spent four hours with the Russian leader in Moscow."
    )
    got = rounds(text, dt.date(2025, 8, 7))
    assert (None, "Moscow", "2025-08-06", "held") in got, got


# 6. an indefinite leaders' meeting is one sought, not one held; one "not touched on" is none


def test_an_indefinite_three_way_meeting_floated_is_sought() -> None:
    text = (
        "The aide said the envoy met Putin at the Kremlin on Wednesday. He said a three-way "
        "meeting with Zelensky, which Washington had floated, came up only briefly."
    )
    got = rounds(text, dt.date(2025, 8, 7))
    assert (None, None, None, "proposed") in got, got


def test_a_three_way_meeting_not_touched_on_is_no_round() -> None:
    text = (
        "The aide said the envoy met Putin at the Kremlin on Wednesday, but that the talks "
        "had not touched on a three-way meeting with Zelensky."
    )
    got = rounds(text, dt.date(2025, 8, 7))
    assert all(r[1] is not None for r in got), got


def test_definite_envoy_meeting_is_the_one_placed() -> None:
    text = (
        "The envoy spent three hours with the Russian president in Moscow on Wednesday. "
        "Trump later said the envoy's meeting with Putin had been highly productive."
    )
    got = rounds(text, dt.date(2025, 8, 7))
    assert got == [(None, "Moscow", "2025-08-06", "held")], got


# 7. "had been expected to meet ... on Wednesday, but the meeting was postponed": a past day


def test_had_been_expected_is_a_past_plan() -> None:
    text = (
        "Zelensky had been expected to meet the US envoy in Ankara on Thursday, but the "
        "meeting was postponed."
    )
    got = rounds(text, dt.date(2025, 11, 21))  # a Friday: the Thursday before
    assert got == [(None, "Ankara", "2025-11-20", "cancelled")], got


# 8. "is meeting a Russian delegation in Abu Dhabi on Monday": a meeting under way


def test_is_meeting_is_a_meeting() -> None:
    text = "Meanwhile, the US Army secretary is meeting a Russian delegation in Abu Dhabi today."
    got = rounds(text, dt.date(2025, 11, 24))
    assert got == [(None, "Abu Dhabi", "2025-11-24", "held")], got


# 9. "the plan was handed to Zelensky in Kyiv on Thursday": a meeting where it was handed


def test_handed_to_someone_at_a_place_on_a_day() -> None:
    text = "The draft was handed to Zelensky in Kyiv on Thursday by the US Army secretary."
    got = rounds(text, dt.date(2025, 11, 24))
    assert got == [(None, "Kyiv", "2025-11-20", "held")], got


# 10. a delegation returning home is no meeting


def test_delegation_returning_home_is_no_meeting() -> None:
    text = (
        "According to the defence minister, the delegation will return to Kyiv to report to "
        "the President, and the teams will keep working on the text remotely."
    )
    assert rounds(text, dt.date(2025, 11, 24)) == []


# 11. "Putin will receive the US envoy on Tuesday": the day of the trip named before


def test_will_receive_the_envoy_dates_the_trip() -> None:
    text = (
        "The envoy held talks with the Ukrainian team in Florida on Sunday. The envoy is "
        "scheduled to travel to Moscow for talks with Putin, the Kremlin aide confirmed. "
        "According to the aide, Putin will receive the US envoy on Tuesday."
    )
    got = rounds(text, dt.date(2025, 12, 1))  # a Monday
    assert (None, "Moscow", "2025-12-02", "scheduled") in got, got


# 12. "Putin's meeting with the envoy, which took place in the Kremlin on Tuesday"


def test_possessive_meeting_is_a_meeting() -> None:
    text = (
        "MOSCOW, Dec 3 - Vladimir Putin's meeting with the US special envoy, which took place "
        "in the Kremlin on Tuesday evening, lasted about five hours."
    )
    got = rounds(text, dt.date(2025, 12, 3))
    assert got == [(None, "Moscow", "2025-12-02", "held")], got


def test_meeting_not_yet_on_the_agenda_is_no_round() -> None:
    text = (
        "The Kremlin spokesman said a personal meeting between Putin and Trump was "
        '"not yet on the agenda".'
    )
    assert rounds(text, dt.date(2025, 12, 3)) == []


# 13. "Two days of talks ... ended in Berlin on Monday": dated by the first day


def test_two_days_of_talks_ended_on_a_day() -> None:
    text = (
        "Two days of talks between the Ukrainian delegation and the US envoys ended in "
        "Berlin on Monday."
    )
    got = rounds(text, dt.date(2025, 12, 16))
    assert got == [(None, "Berlin", "2025-12-14", "held")], got


# 14. "will meet again ..., and he proposed a meeting in Washington": two meetings


def test_meet_again_does_not_take_the_next_meetings_place() -> None:
    text = (
        "The leaders met at the Mar-a-Lago residence in Palm Beach on Sunday. According to "
        "Zelensky, the teams will meet again in the coming weeks, and he proposed a meeting "
        "in Washington in January with European leaders."
    )
    got = rounds(text, dt.date(2025, 12, 29))
    assert (None, None, None, "scheduled") in got, got
    assert any(r[1] == "Washington" for r in got), got


# 15. "met Trump on the sidelines of the World Economic Forum in Davos": the meeting's place


def test_sidelines_of_a_forum_place_a_meeting() -> None:
    text = (
        "Zelensky, who met Trump on the sidelines of the World Economic Forum in Davos on "
        "Thursday, told reporters the documents were nearly ready."
    )
    got = rounds(text, dt.date(2026, 1, 24))
    assert got == [(None, "Davos", "2026-01-22", "held")], got


# 16. "ready to receive Zelensky in Moscow": a leaders' meeting sought, its venue only offered


def test_ready_to_receive_in_a_city_is_an_offered_venue() -> None:
    text = "The Kremlin said Putin was ready to receive Zelensky in Moscow for a meeting."
    assert rounds(text, dt.date(2026, 2, 2)) == [(None, None, None, "proposed")]


# 17. "could travel to Moscow again": another visit, not the next numbered round


def test_travel_again_is_a_visit_not_the_next_round() -> None:
    text = (
        "The second round of trilateral talks ended in Abu Dhabi on Thursday. The third "
        "round is expected in the coming weeks. Separately, a US official said the envoys "
        "could travel to Moscow again later this month."
    )
    got = rounds(text, dt.date(2026, 2, 6))
    assert (None, "Moscow", None, "proposed") in got, got
    assert all(r[1] != "Moscow" for r in got if r[0] == 3), got


# 18. "in Istanbul, Ankara or Riyadh": a list of venues to choose from places nothing


def test_a_list_of_venues_with_or_is_no_place() -> None:
    text = (
        "Zelensky said he was still ready for a meeting with Putin in any format - in "
        "Istanbul, Ankara or Riyadh."
    )
    assert rounds(text, dt.date(2026, 4, 9)) == [(None, None, None, "proposed")]


# 19. "the first two rounds were held in January and early February": a summary, no rounds


def test_first_two_rounds_without_days_are_a_summary() -> None:
    text = (
        "The third round of talks ended in Geneva on Wednesday. The first two rounds of the "
        "trilateral talks were held in Abu Dhabi in January and early February."
    )
    got = rounds(text, dt.date(2026, 2, 19))
    assert [r[0] for r in got] == [3], got


def test_first_two_rounds_with_days_are_two_rounds() -> None:
    text = "The first two rounds were held in Istanbul on May 16 and June 2."
    got = rounds(text, dt.date(2025, 7, 24))
    assert [(r[0], r[2]) for r in got] == [(1, "2025-05-16"), (2, "2025-06-02")], got


# 20. "in the Saudi city" under a Moscow dateline: the Saudi city named before


def test_saudi_city_under_a_moscow_dateline() -> None:
    text = (
        "MOSCOW, March 12. /TASS/. The Kremlin expects Washington to share the results of the "
        "US-Ukrainian talks in Jeddah. The talks between the two delegations took place in "
        "the Saudi city on Tuesday and lasted about eight hours."
    )
    got = rounds(text, dt.date(2025, 3, 12))
    assert (None, "Jeddah", "2025-03-11", "held") in got, got
    assert all(r[1] != "Moscow" for r in got), got


# 21. "from Oct. 24 to Oct. 26": a stay of several days, dated by its first


def test_from_to_days_date_a_visit_by_its_first_day() -> None:
    text = "The Russian envoy spent three days in Miami, from Oct. 24 to Oct. 26, meeting Witkoff."
    got = rounds(text, dt.date(2025, 11, 19))
    assert got == [(None, "Miami", "2025-10-24", "held")], got


# 22. "the first two rounds. Today we expect ...": no days of theirs follow in the clause


def test_first_two_rounds_do_not_take_the_next_sentences_day() -> None:
    text = (
        "The third round of talks took place on Wednesday at Ciragan Palace in Istanbul. "
        '"Turkey has done its part with the first two rounds. Today we expect courage," '
        "the Turkish minister said."
    )
    got = rounds(text, dt.date(2025, 7, 23))
    assert got == [(3, "Istanbul", "2025-07-23", "held")], got


# 23. a meeting called off in a country is not the one held in a city there


def test_called_off_in_a_country_is_not_the_meeting_held_in_its_city() -> None:
    text = (
        "The envoy had been due to meet Zelensky in Turkey on Wednesday, but the meeting was "
        "postponed indefinitely. Zelensky instead met Erdogan in Ankara on Wednesday."
    )
    got = rounds(text, dt.date(2025, 11, 20))
    assert (None, "Ankara", "2025-11-19", "held") in got, got
    assert (None, None, "2025-11-19", "cancelled") in got, got


# 24. "a second day of talks ..., which began on Thursday": Thursday is the first day


def test_second_day_of_talks_which_began_on_a_day() -> None:
    text = (
        "The anniversary coincided with a second day of talks in Miami between the Ukrainian "
        "negotiator and the US envoys, which began on Thursday."
    )
    got = rounds(text, dt.date(2025, 12, 5))
    assert got == [(None, "Miami", "2025-12-04", "held")], got


# 25. "Earlier the same day, Trump met Zelensky in Davos": the day named before


def test_the_same_day_is_the_day_named_before() -> None:
    text = (
        "The talks in Abu Dhabi followed a late-night meeting in Moscow on Thursday between "
        "Putin and the US envoys. Earlier the same day, Trump met Zelensky on the sidelines "
        "of the World Economic Forum in Davos."
    )
    got = rounds(text, dt.date(2026, 1, 24))
    assert (None, "Davos", "2026-01-22", "held") in got, got


# 26. "Zelensky is meeting French President Macron in Paris": allies only


def test_meeting_an_ally_directly_is_no_round() -> None:
    text = "On Monday, Zelensky is meeting French President Emmanuel Macron in Paris."
    assert rounds(text, dt.date(2025, 12, 1)) == []


# 27. "is to travel to Moscow, where he will meet Putin": the place before "where"


def test_place_before_where_is_the_meetings() -> None:
    text = "On Tuesday, the envoy is to travel to Moscow, where he will meet with Putin."
    got = rounds(text, dt.date(2025, 12, 1))
    assert got == [(None, "Moscow", "2025-12-02", "scheduled")], got


# 28. "a fifth round of talks between Ukraine, Russia and the US ended late on Tuesday": a
#     list's commas do not end the clause


def test_a_list_of_parties_does_not_end_the_clause() -> None:
    text = (
        "A leaders' meeting could follow, the minister said, after a fifth round of talks "
        "between Ukraine, Russia and the US ended in Istanbul late on Tuesday."
    )
    got = rounds(text, dt.date(2026, 5, 20))
    assert (5, "Istanbul", "2026-05-19", "held") in got, got


# 29. "pencilled in for 25 June, has been postponed": the plan's day, the nearest 25 June


def test_a_postponed_plan_keeps_the_nearest_year() -> None:
    text = (
        "The meeting between Zelensky and Putin in Istanbul, which Ankara had pencilled in "
        "for 25 June, has been postponed at Moscow's request."
    )
    got = rounds(text, dt.date(2026, 6, 17))
    assert got == [(None, "Istanbul", "2026-06-25", "cancelled")], got


# 30. "met Lavrov in Antalya on Saturday, a day after holding talks with Sybiha at the same
#     venue": the place named before in the sentence, the day before


def test_a_day_after_holding_talks_at_the_same_venue() -> None:
    text = (
        "The Turkish foreign minister met Lavrov on the sidelines of the diplomacy forum in "
        "Antalya on Saturday, a day after holding talks with Sybiha at the same venue."
    )
    got = rounds(text, dt.date(2026, 4, 12))
    assert (None, "Antalya", "2026-04-11", "held") in got, got
    assert (None, "Antalya", "2026-04-10", "held") in got, got


# 31. "The meetings ... followed two earlier rounds in Abu Dhabi": those rounds' place


def test_place_of_other_rounds_is_not_the_meetings() -> None:
    text = (
        "The third round ended in Geneva on Wednesday. The meetings, which began on Tuesday, "
        "followed two earlier rounds in Abu Dhabi in January and February."
    )
    got = rounds(text, dt.date(2026, 2, 18))
    assert all(r[1] != "Abu Dhabi" or r[2] is None for r in got), got


# 32. "a planned summit ... is off for now", "shelved", "put on hold": called off


def test_a_summit_off_for_now_is_cancelled() -> None:
    text = (
        "Trump said a planned summit with Putin in Budapest is off for now, less than a week "
        "after the two leaders agreed to meet."
    )
    got = rounds(text, dt.date(2025, 10, 22))
    assert got == [(None, "Budapest", None, "cancelled")], got


def test_from_to_a_window_of_days_is_no_meeting_day() -> None:
    text = "Russia proposed that the delegations meet again in Istanbul from June 20 to June 30."
    got = rounds(text, dt.date(2025, 6, 3))
    assert all(r[2] is None for r in got), got
