"""Rounds: the story's own day dates the meeting the story opens with (own example texts)."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract


def rounds(text: str, pub: dt.date) -> list[tuple[int | None, str | None, str | None]]:
    ex = extract(text, published=pub)
    return [(r.number, r.place, r.date.isoformat() if r.date else None) for r in ex.rounds]


READOUT = (
    "Meeting with the Prime Minister of Norway\n\n"
    "March 4, 2025 18:20 The Kremlin, Moscow\n\n"
    "The Prime Minister and the President held talks in Oslo on the settlement in Ukraine. "
    "The sides discussed energy and the humanitarian track.\n\n"
    "The conversation lasted about two hours and was described as frank by both delegations.\n"
)


def test_readout_date_line_dates_the_meeting_it_opens_with() -> None:
    assert rounds(READOUT, dt.date(2025, 3, 4)) == [(None, "Oslo", "2025-03-04")]


def test_date_line_does_not_date_a_meeting_recalled_later() -> None:
    text = (
        "Minister comments on energy prices\n\n"
        "12 October 2025 - 10:15\n\n"
        "The minister said fuel prices would stay high through the winter. "
        "He spoke at an energy conference. He blamed the weather.\n\n"
        "He also said that the talks held in Oslo had not changed his views on supply.\n"
    )
    assert rounds(text, dt.date(2025, 10, 12)) == [(None, "Oslo", None)]


def test_past_day_in_the_lede_dates_its_undated_meeting() -> None:
    text = (
        "OSLO (Wire) - The envoys wrapped up three hours of talks at a lakeside hotel in Oslo "
        'without a deal. "We are not there yet," one of them said at a joint appearance '
        "at the hotel on Friday.\n\nMarkets were calm.\n"
    )
    assert rounds(text, dt.date(2025, 8, 16)) == [(None, "Oslo", "2025-08-15")]


def test_day_of_a_statement_is_not_the_story_day() -> None:
    text = (
        "The envoy said on Thursday that he was tired of the questions. "
        "He called the talks held in Oslo a turning point.\n"
    )
    assert rounds(text, dt.date(2025, 10, 23)) == [(None, "Oslo", None)]


def test_leaders_meeting_offered_in_a_country_has_no_city() -> None:
    text = (
        "The foreign minister said the next step should be a meeting between Presidents "
        "Vladimir Putin and Volodymyr Zelensky, possibly in Turkey."
    )
    assert rounds(text, dt.date(2025, 6, 3)) == [(None, None, None)]


def test_spending_hours_with_a_host_at_a_venue_is_a_meeting() -> None:
    text = (
        "The envoys spent about five hours with Russian President Vladimir Putin at the "
        "Kremlin on Tuesday, but no deal was reached."
    )
    assert rounds(text, dt.date(2025, 12, 3)) == [(None, "Moscow", "2025-12-02")]


def test_talks_that_lasted_days_are_dated_by_their_first_day() -> None:
    text = (
        "The third round of talks, which lasted two days in Doha, ended on Thursday with an "
        "agreement on a swap, the envoy said."
    )
    assert rounds(text, dt.date(2026, 3, 6)) == [(3, "Doha", "2026-03-04")]


def test_two_day_meeting_ended_on_a_day() -> None:
    text = "The two-day meeting in Oslo ended on Sunday without a joint statement."
    assert rounds(text, dt.date(2025, 9, 29)) == [(None, "Oslo", "2025-09-27")]


def test_headline_present_tense_meets() -> None:
    text = (
        "Premier meets envoys in Oslo for second day of talks\n\n"
        "The two-day meeting began on Sunday with five hours of discussions.\n"
    )
    assert rounds(text, dt.date(2025, 12, 15)) == [(None, "Oslo", "2025-12-14")]


def test_capital_named_by_its_country() -> None:
    text = "US and Russian officials held talks in the Saudi capital on Monday."
    assert rounds(text, dt.date(2025, 3, 25)) == [(None, "Riyadh", "2025-03-24")]


def test_city_outside_the_old_short_list() -> None:
    text = "The envoys met the delegation at a golf club in Hallandale Beach on Sunday."
    assert rounds(text, dt.date(2025, 12, 1)) == [(None, "Hallandale Beach", "2025-11-30")]


def test_where_someone_spoke_is_not_a_meeting_place() -> None:
    text = (
        "The president, speaking at a summit in Vilnius, said the talks in Doha on Monday "
        "had failed."
    )
    assert rounds(text, dt.date(2025, 6, 4)) == [(None, "Doha", "2025-06-02")]


def test_a_visit_is_a_meeting_only_with_talks_near_it() -> None:
    text = (
        "The president, on a visit to Dublin, said his team would wait for signals from the "
        "Americans after the talks in Doha."
    )
    assert rounds(text, dt.date(2025, 6, 4)) == [(None, "Doha", None)]


def test_day_of_month_alone() -> None:
    text = "The sides will hold the third round in Doha. The meeting is planned for the 23rd."
    assert rounds(text, dt.date(2025, 7, 21)) == [(3, "Doha", "2025-07-23")]


def test_ordinal_unit_is_not_a_date() -> None:
    text = "The delegations met in Doha on Monday, days after the 47th Brigade withdrew."
    assert rounds(text, dt.date(2025, 7, 23)) == [(None, "Doha", "2025-07-21")]


def test_the_same_city_is_the_place_named_last() -> None:
    text = (
        "The first round took place in Doha on 16 May. "
        "The second round was held in the same city on 2 June."
    )
    assert rounds(text, dt.date(2025, 7, 1)) == [
        (1, "Doha", "2025-05-16"),
        (2, "Doha", "2025-06-02"),
    ]


def test_past_talks_are_not_the_trip_still_ahead() -> None:
    text = (
        "The envoy is expected to travel to Moscow later this week for talks with the Kremlin. "
        "The Doha meeting was described as constructive. "
        "The talks yesterday lasted eight hours."
    )
    assert sorted(rounds(text, dt.date(2025, 3, 12)), key=str) == [
        (None, "Doha", "2025-03-11"),
        (None, "Moscow", None),
    ]


def test_internal_meetings_are_not_rounds() -> None:
    text = (
        "The president, speaking after a Cabinet meeting in Ankara on Monday, said the talks "
        "in Doha would go ahead."
    )
    assert rounds(text, dt.date(2025, 7, 22)) == [(None, "Doha", None)]


def test_readout_venue_line_places_its_first_sentence() -> None:
    text = (
        "Meeting with the Special Envoy\n\n"
        "March 4, 2025, 18:20 The Kremlin, Moscow\n\n"
        "The President had a meeting with the Special Envoy of the President of Norway, who is "
        "in Russia on a working visit.\n\n"
        "The conversation lasted three hours.\n"
    )
    assert rounds(text, dt.date(2025, 3, 4)) == [(None, "Moscow", "2025-03-04")]


def test_arrival_ahead_of_the_talks_is_not_their_day() -> None:
    text = (
        "The third round of talks will be held in Doha on Wednesday. The delegation is "
        "expected to arrive in Doha this evening ahead of the talks."
    )
    assert rounds(text, dt.date(2025, 7, 22)) == [(3, "Doha", "2025-07-23")]


def test_first_meeting_since_is_not_round_one() -> None:
    text = (
        "The delegations held four hours of talks in Doha on Sunday, the first meeting since "
        "the resignation of the chief negotiator."
    )
    assert rounds(text, dt.date(2025, 12, 1)) == [(None, "Doha", "2025-11-30")]


def test_first_direct_talks_since_open_the_series() -> None:
    text = (
        "Russian and Ukrainian negotiators met in Doha on Friday for the first round of direct "
        "talks between the two sides since 2022."
    )
    assert rounds(text, dt.date(2025, 5, 17)) == [(1, "Doha", "2025-05-16")]


def test_consecutive_days_date_the_meeting_by_the_first() -> None:
    text = (
        "Officials wrapped up two days of talks in Doha on Friday and Saturday, the first such "
        "meeting since the war began."
    )
    assert rounds(text, dt.date(2026, 1, 25)) == [(None, "Doha", "2026-01-23")]


def test_a_future_day_does_not_join_a_meeting_held() -> None:
    text = (
        "The two-day meeting in Doha has ended. The next meeting may take place as early as "
        "next Sunday, February 1, sources said."
    )
    got = rounds(text, dt.date(2026, 1, 24))
    assert (None, "Doha", "2026-02-01") not in got
    assert (None, None, "2026-02-01") in got


def test_here_and_the_city_are_the_dateline_city() -> None:
    text = (
        "DOHA—The Russian envoy arrived here Saturday for talks with the American negotiators.\n\n"
        "A day earlier, on Friday, the Americans met in the same city with the Ukrainian team.\n"
    )
    got = sorted(rounds(text, dt.date(2025, 12, 21)), key=str)
    assert got == [(None, "Doha", "2025-12-19"), (None, "Doha", "2025-12-20")]


def test_talks_in_the_port_city_of_the_dateline() -> None:
    text = (
        "Doha (Qatar) (AFP) - Ukraine said it was ready for a truce after eight hours of talks "
        "with American officials in the Gulf port city on Tuesday.\n"
    )
    assert rounds(text, dt.date(2025, 3, 12)) == [(None, "Doha", "2025-03-11")]


def test_talks_to_resume_tomorrow_is_not_their_first_day() -> None:
    text = (
        "The first day of the third round of talks in Doha ended after six hours; "
        "negotiations are to resume tomorrow."
    )
    assert (3, "Doha", "2026-02-18") not in rounds(text, dt.date(2026, 2, 17))


def test_a_refusal_before_the_speech_verb_does_not_refuse_the_place() -> None:
    text = (
        "The president, who has rejected any deal on territory, said he hoped to meet the "
        "envoy in Doha on Saturday."
    )
    assert rounds(text, dt.date(2025, 4, 25)) == [(None, "Doha", "2025-04-26")]


def test_spent_a_day_at_a_venue() -> None:
    text = "The president, who had spent Friday at the White House, came away empty-handed."
    assert rounds(text, dt.date(2025, 10, 22)) == [(None, "Washington", "2025-10-17")]


def test_trip_to_a_state_for_a_meeting_at_a_venue() -> None:
    text = (
        "The president is traveling to Florida for a meeting with the US president at "
        "Mar-a-Lago on Sunday."
    )
    assert rounds(text, dt.date(2025, 12, 27)) == [(None, "Palm Beach", "2025-12-28")]


def test_delivered_is_past() -> None:
    text = (
        "The secretary, who delivered the plan to the president in Doha on Thursday, "
        "will be joined by the envoy."
    )
    assert rounds(text, dt.date(2025, 11, 22)) == [(None, "Doha", "2025-11-20")]


def test_due_in_a_city_for_talks() -> None:
    text = "The president is due in Doha on Monday for talks with the envoy, officials said."
    assert rounds(text, dt.date(2025, 8, 16)) == [(None, "Doha", "2025-08-18")]


def test_a_trip_told_in_the_present_is_ahead() -> None:
    text = (
        "The talks are the last stop before the envoy flies to Doha to present the framework "
        "to the emir on Tuesday."
    )
    assert rounds(text, dt.date(2025, 11, 30)) == [(None, "Doha", "2025-12-02")]


def test_a_round_agreed_for_next_week_is_ahead_and_undated() -> None:
    text = (
        "Officials wrapped up two days of talks in Doha on Friday and Saturday, agreeing to hold "
        "a second round in the Qatari capital next week."
    )
    got = rounds(text, dt.date(2026, 1, 25))
    assert (2, "Doha", None) in got
    assert (2, "Doha", "2026-01-23") not in got


def test_summit_headline_and_talks_at_the_venue_are_one_meeting() -> None:
    text = (
        "Leaders End Oslo Summit Without Deal\n\n"
        "The two leaders wrapped up three hours of talks at a military base in Oslo without a "
        'ceasefire. "There is no deal until there is a deal," one said at a joint appearance '
        "on Friday.\n"
    )
    assert rounds(text, dt.date(2025, 8, 16)) == [(None, "Oslo", "2025-08-15")]


def test_an_offer_to_host_talks_is_not_a_meeting() -> None:
    text = (
        "The premier said the Pope had confirmed his willingness to host negotiations between "
        "the two sides at the Vatican."
    )
    assert rounds(text, dt.date(2025, 5, 20)) == []


def test_a_bilateral_then_a_trilateral_meeting_sought() -> None:
    text = (
        "The president said he had begun arranging a meeting between Putin and Zelensky, "
        "to be followed by a trilateral meeting with his participation."
    )
    ex = extract(text, published=dt.date(2025, 8, 19))
    assert [(r.number, r.place, r.date) for r in ex.rounds] == [(None, None, None)] * 2
    assert {r.description for r in ex.rounds} == {
        "leaders' meeting",
        "trilateral leaders' meeting",
    }


def test_weeks_ago_to_the_day() -> None:
    text = "The sides freed prisoners on Friday under a swap agreed at their talks in Doha a week ago."
    assert (None, "Doha", "2025-05-16") in rounds(text, dt.date(2025, 5, 23))


def test_a_first_session_is_part_of_a_meeting() -> None:
    text = (
        "In Doha, negotiations between the delegations resumed for a second day. "
        "The first session, held yesterday, lasted more than five hours."
    )
    assert rounds(text, dt.date(2025, 12, 15)) == [(None, "Doha", "2025-12-14")]


def test_a_date_past_another_place_is_that_meetings() -> None:
    text = (
        "The Doha meeting follows three days of talks between the envoys in Oslo, which began "
        "on 4 December."
    )
    got = rounds(text, dt.date(2025, 12, 15))
    assert (None, "Doha", "2025-12-04") not in got
    assert (None, "Oslo", "2025-12-04") in got


def test_a_postponed_round_takes_its_new_day() -> None:
    text = (
        "The second round of talks, which had been expected to take place in Doha today, has "
        "been postponed and will now be held next Wednesday and Thursday."
    )
    assert rounds(text, dt.date(2026, 2, 1)) == [(2, "Doha", "2026-02-04")]


def test_a_state_is_named_by_a_city_inside_it_only() -> None:
    text = (
        "The delegations held talks in Florida on Sunday. The envoy will travel to Moscow "
        "for talks with the Kremlin."
    )
    got = rounds(text, dt.date(2025, 12, 1))
    assert (None, "Moscow", "2025-11-30") not in got
    assert (None, None, "2025-11-30") in got


def test_a_relative_clause_keeps_its_place_and_day() -> None:
    text = (
        "The delegations held talks in Florida on Sunday, the first meeting since the "
        "resignation of the chief of staff, who had led the team in Doha on 23 November."
    )
    got = rounds(text, dt.date(2025, 12, 1))
    assert (None, "Doha", "2025-11-30") not in got
    assert (None, "Doha", "2025-11-23") in got


def test_possessive_meeting_and_a_long_headline_above_the_date_line() -> None:
    text = (
        "President of Norway\n\n"
        "The aide answers media questions following the president's talks with the envoys\n\n"
        "December 2, 2025, 23:58\n\n"
        "The aide answered questions from the media after the President's meeting in the "
        "Kremlin with the envoys of the United States.\n\n"
        "Question: How long did the talks last?\n"
    )
    assert rounds(text, dt.date(2025, 12, 2)) == [(None, "Moscow", "2025-12-02")]


def test_a_two_day_meeting_that_has_ended_began_the_day_before_the_story() -> None:
    text = (
        "Talks in Doha ended: what is known\n\n"
        "24 January 2026, 21:40\n\n"
        "The two-day trilateral meeting of the delegations in Doha has ended. Officials said "
        "the talks were constructive.\n"
    )
    assert rounds(text, dt.date(2026, 1, 24)) == [(None, "Doha", "2026-01-23")]


def test_a_capital_outside_the_old_list_and_an_organisations_summit() -> None:
    text = "The two ministers met in Kuala Lumpur on Thursday on the sidelines of a forum."
    assert rounds(text, dt.date(2025, 7, 12)) == [(None, "Kuala Lumpur", "2025-07-10")]
    text = (
        "European leaders, meeting on the sidelines of an EU-African Union summit in Luanda, "
        "said the borders could not be changed by force."
    )
    assert rounds(text, dt.date(2025, 11, 24)) == []


def test_a_dated_meeting_named_after_since() -> None:
    text = (
        "The Doha meeting was the first high-level encounter between the two sides since the "
        "Feb. 28 Oval Office meeting that ended in a shouting match."
    )
    got = rounds(text, dt.date(2025, 3, 12))
    assert (None, "Washington", "2025-02-28") in got
    assert (None, "Doha", "2025-02-28") not in got


def test_an_untensed_mention_takes_the_day_named_with_its_place() -> None:
    text = (
        "The minister spoke about the Doha talks.\n\n"
        "In Doha on Monday, the president said clearly that his country would take part.\n"
    )
    assert rounds(text, dt.date(2025, 8, 21)) == [(None, "Doha", "2025-08-18")]


def test_a_meeting_named_as_a_point_of_reference_is_not_dated_by_the_story() -> None:
    text = (
        "Doha: Delegations held the first round of trilateral talks in the Qatari capital on "
        "Friday, the most direct engagement since the talks in Oslo last summer.\n"
    )
    got = rounds(text, dt.date(2026, 1, 24))
    assert (None, "Oslo", None) in got
    assert (1, "Doha", "2026-01-23") in got
