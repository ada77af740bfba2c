"""Rounds: the rules added in the seventh session (own example sentences).

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


def nulls(got: list[tuple[int | None, str | None, str | None, str]]) -> int:
    return sum(1 for r in got if r[:3] == (None, None, None))


# 1. the delegations' next round and a leaders' meeting, both sought, are two rounds


def test_next_round_of_delegations_and_leaders_meeting_are_two() -> None:
    text = (
        "The two delegations held talks in Valletta on Tuesday, the hosts "
        "said.\n\n"
        "The heads of both teams agreed that the timing of the next round of consultations "
        "would be settled through diplomatic channels.\n\n"
        "Kyiv again called for a meeting between President Volodymyr Zelensky and Vladimir "
        "Putin, which the Kremlin said was premature."
    )
    got = rounds(text, dt.date(2026, 5, 8))
    assert nulls(got) == 2, got


def test_next_round_asked_about_is_not_a_second_sought_meeting() -> None:
    text = (
        "The two delegations held talks in Valletta on Tuesday, the hosts "
        "said.\n\n"
        "Question: Will the delegations hold a next round of talks soon?\n\n"
        "Answer: We still want a meeting between President Zelensky and Vladimir Putin first."
    )
    got = rounds(text, dt.date(2026, 5, 8))
    assert nulls(got) == 1, got


def test_next_meeting_of_leaders_after_a_summit_is_one() -> None:
    text = (
        "Trump hosted Zelensky and several European leaders at the White House on Monday.\n\n"
        "Afterwards he said he had begun arranging a meeting between Putin and Zelensky.\n\n"
        "Merz said he hoped for a ceasefire before the next meeting."
    )
    got = rounds(text, dt.date(2026, 5, 12))
    assert nulls(got) == 1, got


# 2. "to be followed by a trilateral summit": a second meeting sought, not the one held


def test_followed_by_trilateral_is_sought_not_the_summit_held_there() -> None:
    text = (
        "The president said on Tuesday he had started preparing a meeting between Putin and "
        "Zelensky, to be followed by a three-way summit with himself, after long talks at the "
        "White House with Zelensky and European leaders."
    )
    got = rounds(text, dt.date(2026, 6, 10))
    assert nulls(got) == 2, got
    assert all(r[3] == "proposed" for r in got if r[:3] == (None, None, None)), got


# 3. "came" reports the past: "the gathering came three days after the summit on Friday"


def test_came_after_a_weekday_meeting_dates_it_back() -> None:
    text = "The gathering came three days after Trump's summit with Putin in Geneva on Friday."
    got = rounds(text, dt.date(2026, 6, 9))  # a Tuesday
    assert (None, "Geneva", "2026-06-05", "held") in got, got


# 4. "the consultations in X have ended": the story's day, though the meeting was sought before


def test_present_perfect_lede_is_dated_by_the_date_line_despite_earlier_plans() -> None:
    text = (
        "VIENNA, March 4. Russian-US consultations on embassy staffing, held at a hotel in "
        "Vienna, have ended after five hours, a source said.\n\n"
        "The sides agreed to keep talking.\n\n"
        "Earlier in the day, a Kremlin spokesman said the Vienna meeting would show how fast "
        "the two countries could move."
    )
    got = rounds(text, dt.date(2026, 3, 4))
    assert (None, "Vienna", "2026-03-04", "held") in got, got


def test_present_perfect_lede_without_date_line_is_the_publication_day() -> None:
    text = (
        "The delegations of Ukraine and the United States have ended their meeting in Doha, "
        "an official said.\n\n"
        "The talks focused on a ceasefire at sea."
    )
    got = rounds(text, dt.date(2026, 3, 4))
    assert (None, "Doha", "2026-03-04", "held") in got, got


def test_second_day_has_ended_is_not_the_first_day() -> None:
    text = (
        "The second day of the talks of Ukraine and Russia in Doha has ended, a delegate "
        "said.\n\n"
        "Yesterday, March 3, the first round in this format lasted about five hours."
    )
    got = rounds(text, dt.date(2026, 3, 4))
    assert not any(r[2] == "2026-03-04" for r in got), got


# 5. a leader's trip sought to a country (no city): a meeting proposed, place null


def test_trip_to_a_country_to_close_a_deal_is_a_meeting_sought() -> None:
    text = (
        "The talks in Geneva ended on Sunday.\n\n"
        "The Ukrainian leader could also fly to the United States next week to seal a deal "
        "with Trump, two aides said."
    )
    got = rounds(text, dt.date(2026, 4, 7))
    assert (None, None, None, "proposed") in got, got


def test_visit_by_a_leader_that_may_take_place_is_a_meeting_sought() -> None:
    text = (
        "A visit by Zelensky to the United States to meet Trump may take place soon, "
        "two officials said on Monday."
    )
    got = rounds(text, dt.date(2026, 4, 7))
    assert (None, None, None, "proposed") in got, got


def test_trip_to_the_country_of_a_named_round_is_that_round() -> None:
    text = (
        "The fourth round of talks will be held in Riyadh on March 11, the hosts said.\n\n"
        "The Kremlin confirmed that a Russian delegation would travel to Saudi Arabia."
    )
    got = rounds(text, dt.date(2026, 3, 2))
    assert got == [(4, "Riyadh", "2026-03-11", "scheduled")], got


def test_numbered_round_in_a_country_has_no_place() -> None:
    text = (
        "The second round ended in Doha on Thursday.\n\n"
        "The third round could take place soon, possibly in the United States, the president "
        "said."
    )
    got = rounds(text, dt.date(2026, 3, 6))
    assert (3, None, None, "proposed") in got, got


# 6. a host receiving a guest, named with particles, on the day of the host's remarks


def test_host_receiving_guest_with_name_particles_on_the_day_of_remarks() -> None:
    text = (
        '"Many friends are ready to help arrange such a summit," the Russian leader said on '
        "Tuesday as he hosted Sheikh Tamim bin Hamad Al Thani in the Kremlin, where the two "
        "also discussed Ukraine."
    )
    got = rounds(text, dt.date(2026, 5, 14))  # a Thursday
    assert (None, "Moscow", "2026-05-12", "held") in got, got


# 7. the one day of a sentence stays in its clause: ", while ..." names another meeting


def test_day_before_while_clause_is_not_the_other_meetings() -> None:
    text = (
        "The envoy met the Russian president in the Kremlin on March 3, while the Ukrainian "
        "and US teams had held several rounds of talks in Doha."
    )
    got = rounds(text, dt.date(2026, 3, 20))
    assert (None, "Moscow", "2026-03-03", "held") in got, got
    assert (None, "Doha", "2026-03-03", "held") not in got, got


# 8. a meeting of three named parties is a trilateral, sought beside the bilateral one


def test_meeting_involving_three_parties_is_a_second_meeting_sought() -> None:
    text = (
        "Zelensky again asked for a meeting with Putin before any deal is signed.\n\n"
        "The US president said a meeting involving Ukraine, Russia and the United States "
        "could follow once the last issues were settled."
    )
    got = rounds(text, dt.date(2026, 2, 2))
    assert nulls(got) == 2, got


# 9. a state alone is no place; its one listed city named in the text places the meeting


def test_summit_in_a_state_alone_has_no_place() -> None:
    text = "Trump and Putin last met in Alaska in August, a summit that produced no deal."
    got = rounds(text, dt.date(2025, 10, 20))
    assert all(r[1] is None for r in got), got


def test_summit_in_a_state_whose_city_is_named_is_placed_there() -> None:
    text = (
        "Trump and Putin ended their summit in Alaska on Friday without a deal.\n\n"
        "The two men spoke to reporters at the air base in Anchorage afterwards."
    )
    got = rounds(text, dt.date(2025, 8, 16))
    assert (None, "Anchorage", "2025-08-15", "held") in got, got


# 10. a meeting held somewhere named only by its country or state is a round, place null


def test_talks_held_in_a_state_with_no_city_named_are_a_round() -> None:
    text = (
        "The envoys met Putin in the Kremlin on Tuesday.\n\n"
        "Last week the Ukrainian and American delegations held talks in Florida."
    )
    got = rounds(text, dt.date(2026, 3, 5))
    assert (None, None, None, "held") in got, got


def test_talks_in_a_state_whose_city_is_named_are_that_citys() -> None:
    text = (
        "The delegations met in Hallandale Beach on Sunday.\n\n"
        "Umerov said the Florida talks had produced real progress."
    )
    got = rounds(text, dt.date(2026, 3, 5))
    assert got == [(None, "Hallandale Beach", "2026-03-01", "held")], got


# 11. "the previous Russian-American meeting": the sides between ordinal and noun, not a place


def test_previous_meeting_named_by_its_sides_is_a_meeting() -> None:
    text = "The previous US-Russian meeting in Doha took place on February 12, a source said."
    got = rounds(text, dt.date(2026, 3, 2))
    assert (None, "Doha", "2026-02-12", "held") in got, got


def test_second_summit_of_two_leaders_is_not_numbered_by_the_pair() -> None:
    text = "A second Trump-Putin summit, in Vienna, was announced and then shelved."
    got = rounds(text, dt.date(2026, 3, 2))
    assert all(r[0] is None for r in got), got


# 12. a lede that reports how long the talks lasted is the story's day; a headline's plan is not
# the body's meeting sought


def test_lede_reporting_how_long_talks_lasted_takes_the_publication_day() -> None:
    text = (
        "Umerov on the talks in Valletta: next meeting proposed for July\n\n"
        "The second round of negotiations at the palace in Valletta lasted a little over an "
        "hour. The parties agreed on a new exchange of prisoners.\n\n"
        "Kyiv proposed to hold the next, third meeting at the end of the month."
    )
    got = rounds(text, dt.date(2026, 6, 2))
    assert (2, "Valletta", "2026-06-02", "held") in got, got


# 13. "visited Moscow" names the place of the visit, one meeting per day listed


def test_visited_a_city_on_two_days_is_two_meetings() -> None:
    text = (
        "It was their third meeting this year: the envoy visited Minsk on 9 January and on "
        "20 February."
    )
    got = rounds(text, dt.date(2026, 4, 1))
    assert (None, "Minsk", "2026-01-09", "held") in got, got
    assert (None, "Minsk", "2026-02-20", "held") in got, got


# 14. leaders' meetings sought by different pairs (Zelensky-Putin, Trump-Putin) are two


def test_zelensky_putin_and_trump_putin_meetings_sought_are_two() -> None:
    text = (
        "The delegations met in Valletta on Friday.\n\n"
        "Kyiv renewed its request for a meeting between Zelensky and Putin.\n\n"
        "Trump told reporters on his plane that he would meet Putin as soon as it could be "
        "arranged."
    )
    got = rounds(text, dt.date(2026, 5, 16))
    assert nulls(got) == 2, got


def test_trump_putin_summit_held_is_not_a_second_meeting_sought() -> None:
    text = (
        "Trump began arranging a meeting between Putin and Zelensky.\n\n"
        "The talks came three days after Trump and Putin met in Alaska, a summit that ended "
        "without a deal."
    )
    got = rounds(text, dt.date(2026, 5, 16))
    assert nulls(got) <= 1, got


# 15. "agreed to meet again" / "the delegations meet again": the parties' next meeting


def test_delegations_meet_again_is_their_next_meeting_beside_a_summit_sought() -> None:
    text = (
        "The delegations held talks in Valletta on Friday, the hosts said.\n\n"
        "Kyiv asked for a meeting between Zelensky and Putin.\n\n"
        "The mediator said later that the parties had agreed in principle to meet again, "
        "without giving a date or venue."
    )
    got = rounds(text, dt.date(2026, 5, 16))
    assert nulls(got) == 2, got


def test_meet_again_takes_no_place_past_the_next_meeting() -> None:
    text = (
        "Zelensky said the teams will meet again in the coming weeks, and he proposed a "
        "meeting in Washington in January with Trump."
    )
    got = rounds(text, dt.date(2026, 12, 29))
    assert (None, None, None, "scheduled") in got, got


def test_delegations_meet_again_in_a_city() -> None:
    text = "Umerov proposed that the delegations meet again in Doha before the end of June."
    got = rounds(text, dt.date(2026, 6, 3))
    assert (None, "Doha", None, "proposed") in got, got


# 16. a meeting at the same place in another month is another meeting


def test_meeting_at_the_same_place_in_another_month_is_apart() -> None:
    text = (
        "The president met the US envoy in Minsk on Thursday evening.\n\n"
        "The envoy had already met the president in Minsk in January, when he brought home a "
        "detained journalist."
    )
    got = rounds(text, dt.date(2026, 3, 14))
    assert (None, "Minsk", "2026-03-12", "held") in got, got
    assert (None, "Minsk", None, "held") in got, got


def test_meeting_at_the_same_place_in_the_same_month_is_one() -> None:
    text = (
        "The president met the US envoy in Minsk on Thursday evening.\n\n"
        "The envoy had met the president in Minsk in March, officials recalled."
    )
    got = rounds(text, dt.date(2026, 3, 14))
    assert got == [(None, "Minsk", "2026-03-12", "held")], got


# 17. "the X meeting ... a week earlier": counted from another meeting's day, not that day


def test_meeting_a_week_earlier_does_not_take_the_other_meetings_day() -> None:
    text = (
        "The summit followed talks between the envoys in Doha on March 20 and the Vienna "
        "meeting with Ukrainian negotiators a week earlier."
    )
    got = rounds(text, dt.date(2026, 3, 29))
    assert (None, "Doha", "2026-03-20", "held") in got, got
    assert (None, "Vienna", "2026-03-20", "held") not in got, got


def test_own_day_before_an_offset_of_another_place_stays() -> None:
    text = "The plan was reworked at talks in Geneva on 23 November and in Doha a week later."
    got = rounds(text, dt.date(2026, 12, 10))
    assert (None, "Geneva", "2026-11-23", "held") in got, got


# 18. "spent three days in X with Y": a stay with a named counterpart is a meeting


def test_spent_days_in_a_city_with_a_named_envoy_is_a_meeting() -> None:
    text = (
        "The plan drew on input from the Russian envoy, who spent three days in Doha with "
        "Witkoff in late October."
    )
    got = rounds(text, dt.date(2026, 11, 21))
    assert (None, "Doha", None, "held") in got, got


# 19. a host receiving a titled guest; a trip sought to a country is not the talks held there


def test_hosted_titled_guest_in_a_city_is_a_meeting() -> None:
    text = "It was the first contact since Witkoff hosted Kremlin envoy Kirill Dmitriev in Doha."
    got = rounds(text, dt.date(2026, 11, 21))
    assert (None, "Doha", None, "held") in got, got


def test_trip_sought_to_a_country_stays_apart_from_talks_held_in_its_city() -> None:
    text = (
        "Witkoff hosted Kremlin envoy Kirill Dmitriev in Miami last month.\n\n"
        "Zelensky could travel to the United States this week to meet Trump, officials said."
    )
    got = rounds(text, dt.date(2025, 11, 24))
    assert (None, "Miami", None, "held") in got, got
    assert (None, None, None, "proposed") in got, got


# 20. a summit held in a state does not turn the leaders' meeting sought into a held one


def test_summit_held_in_a_state_leaves_the_meeting_sought_proposed() -> None:
    text = (
        "Trump said he had begun arranging a meeting between Putin and Zelensky.\n\n"
        "Trump and Putin held a summit in Alaska last week that produced no deal."
    )
    got = rounds(text, dt.date(2025, 8, 19))
    assert (None, None, None, "proposed") in got, got
    assert (None, None, None, "held") not in got, got
