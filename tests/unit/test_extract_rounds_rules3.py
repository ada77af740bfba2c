"""Rounds: the rules added in the third session (own example sentences).

Each test is one rule of `bot/extract/rounds.py`, written with invented wording, places and
dates in the style of wire reports about the Ukraine-Russia talks.
"""

from __future__ import annotations

import datetime as dt

from bot.extract import extract


def rounds(text: str, pub: dt.date) -> list[tuple[int | None, str | None, str | None]]:
    ex = extract(text, published=pub)
    return [(r.number, r.place, r.date.isoformat() if r.date else None) for r in ex.rounds]


def statuses(text: str, pub: dt.date) -> dict[tuple[int | None, str | None], str]:
    """(number, place) -> status of each round found."""
    ex = extract(text, published=pub)
    return {(r.number, r.place): r.status for r in ex.rounds}


# 1. a day opening the sentence dates its meeting


def test_opening_day_dates_the_meeting() -> None:
    text = "On Monday, the US envoy met the Kremlin aide in Jeddah."
    assert rounds(text, dt.date(2025, 3, 13)) == [(None, "Jeddah", "2025-03-10")]


def test_opening_day_beats_a_later_day_of_another_event() -> None:
    text = (
        "On Monday the US envoy met the Russian president's adviser in Jeddah, a week after "
        "the delegations spoke by phone on March 3."
    )
    assert rounds(text, dt.date(2025, 3, 13)) == [(None, "Jeddah", "2025-03-10")]


def test_opening_today_after_a_speaker_label() -> None:
    text = "KOSTENKO: Today the minister will meet the American envoys here in Vienna."
    assert rounds(text, dt.date(2025, 5, 18)) == [(None, "Vienna", "2025-05-18")]


# 2. place and day after a list of participants


def test_place_and_day_after_a_list_of_participants() -> None:
    text = (
        "The negotiations between Rustem Umerov and Steve Witkoff and Dan Driscoll, the US Army "
        "secretary, in Geneva on Sunday went on until late evening."
    )
    assert rounds(text, dt.date(2025, 11, 26)) == [(None, "Geneva", "2025-11-23")]


def test_venue_and_day_after_a_list_with_an_apposition() -> None:
    text = (
        "The talks between Putin and Witkoff and Kirill Dmitriev, the Kremlin's investment "
        "envoy, in the Kremlin on Thursday lasted four hours."
    )
    assert rounds(text, dt.date(2025, 4, 14)) == [(None, "Moscow", "2025-04-10")]


# 3. a day after another meeting's mention is that meeting's; an apposition is the first's


def test_day_after_another_meetings_mention_is_not_the_rounds() -> None:
    text = (
        "Officials said the session will be the third round, after the meetings in Doha on "
        "March 4 and April 9."
    )
    out = rounds(text, dt.date(2025, 5, 1))
    assert [r[2] for r in out if r[0] == 3] == [None]
    assert (None, "Doha", "2025-03-04") in out
    assert (None, "Doha", "2025-04-09") in out


def test_apposed_day_after_the_eve_of_talks_dates_the_first_meeting() -> None:
    text = "Dmitriev met Witkoff in Miami on the eve of the Geneva talks, on Saturday evening."
    out = rounds(text, dt.date(2025, 11, 26))
    assert (None, "Miami", "2025-11-22") in out
    assert (None, "Geneva", "2025-11-22") not in out


# 4. "from Washington" is not a venue


def test_from_a_city_is_not_a_venue() -> None:
    pub = dt.date(2025, 11, 27)
    text = "Officials from Washington met the Ukrainian team on Sunday."
    assert all(r[1] != "Washington" for r in rounds(text, pub))
    text = "Officials from Washington met the Ukrainian team in Geneva on Sunday."
    assert rounds(text, pub) == [(None, "Geneva", "2025-11-23")]


# 5. an anaphor joins the placed meeting named before it


def test_anaphor_joins_the_meeting_named_before_it() -> None:
    text = (
        "Witkoff held talks with Dmitriev in Miami. The talks, which began on Saturday, were "
        "useful. Later, Umerov met Driscoll in Abu Dhabi."
    )
    out = rounds(text, dt.date(2025, 11, 26))
    assert sorted(out, key=str) == [(None, "Abu Dhabi", None), (None, "Miami", "2025-11-22")]


# 6. "At the second, on <day>" after a sentence naming the first round


def test_ordinal_alone_opening_a_sentence_is_the_next_round() -> None:
    text = (
        "Negotiators held the first round of talks in Doha on March 4. At the second, on "
        "April 9, they traded draft memorandums."
    )
    assert rounds(text, dt.date(2025, 5, 1)) == [
        (1, "Doha", "2025-03-04"),
        (2, "Doha", "2025-04-09"),
    ]


# 7. a future sentence keeps a recent day in the current year


def test_future_sentence_keeps_a_recent_day_in_its_year() -> None:
    text = (
        "Officials said it will be the second round, after a first meeting in Doha on January 20."
    )
    out = rounds(text, dt.date(2026, 1, 28))
    assert (1, "Doha", "2026-01-20") in out
    assert all(r[2] != "2027-01-20" for r in out)


# 8. hosting someone at a venue is a meeting there


def test_hosting_leaders_at_the_white_house_is_a_meeting_in_washington() -> None:
    text = (
        "The US president will be hosting Zelensky and six European leaders at the White House "
        "on Monday."
    )
    assert rounds(text, dt.date(2025, 8, 16)) == [(None, "Washington", "2025-08-18")]


# 9. meetings among Ukraine's allies only are not rounds


def test_meeting_of_ukraines_allies_is_no_round() -> None:
    text = "Zelensky flew to Berlin on Thursday for a meeting in Berlin of Kyiv's backers."
    assert rounds(text, dt.date(2025, 9, 6)) == []


def test_coalition_of_the_willing_is_no_round() -> None:
    text = "Zelensky will attend a meeting of the coalition of the willing in Rome on Friday."
    assert rounds(text, dt.date(2025, 3, 4)) == []


def test_talks_with_the_british_prime_minister_are_no_round() -> None:
    text = (
        "Zelensky travelled to London on Wednesday for talks with the British prime minister, "
        "Keir Starmer."
    )
    assert rounds(text, dt.date(2025, 3, 14)) == []


# 10. "after talks with X" were held


def test_after_talks_with_erdogan_they_were_held() -> None:
    text = (
        "After talks with Turkish President Recep Tayyip Erdogan in Ankara on Tuesday, "
        "Umerov will fly on to Doha."
    )
    pub = dt.date(2025, 6, 10)
    assert rounds(text, pub) == [(None, "Ankara", "2025-06-10")]
    assert statuses(text, pub) == {(None, "Ankara"): "held"}


# 11. the day of a proposal is not the talks' day


def test_day_of_a_proposal_is_not_the_talks_day() -> None:
    text = (
        "The delegations held talks after the offer by the Kremlin on April 2 to hold direct "
        "negotiations in Doha."
    )
    assert rounds(text, dt.date(2025, 4, 10)) == [(None, "Doha", None)]


# 12. a venue that "would be awkward" is refused


def test_awkward_venue_is_refused() -> None:
    text = "Diplomats said holding the negotiations in Geneva would be awkward this month."
    assert all(r[1] != "Geneva" for r in rounds(text, dt.date(2025, 5, 25)))


# 13. "the previous one" names a meeting of the kind just mentioned


def test_the_previous_one_is_a_meeting() -> None:
    text = (
        "It marks the third meeting of Putin and the US envoy this year. The previous one was "
        "held in Sochi on February 20."
    )
    out = rounds(text, dt.date(2025, 3, 15))
    assert (None, "Sochi", "2025-02-20") in out
    assert (3, None, None) in out


# 14. an invited venue is not agreed


def test_invited_venue_gives_no_place() -> None:
    text = "The Kremlin invited the Ukrainian leader to Minsk for a meeting with Putin."
    assert all(r[1] != "Minsk" for r in rounds(text, dt.date(2025, 9, 4)))


# 15. a readout: title, summary line, date line, time, venue line, "The meeting ..."


def test_readout_meeting_is_at_the_venue_line_on_the_date_line() -> None:
    text = (
        "Talks with the US President's Special Envoy\n\n"
        "Vladimir Putin met with Steven Witkoff, the US President's Special Envoy.\n\n"
        "October 3, 2025\n\n"
        "20:15\n\n"
        "Sochi\n\n"
        "The meeting focused on the prospects for ending the conflict in Ukraine and on "
        "economic ties."
    )
    pub = dt.date(2025, 10, 6)
    assert rounds(text, pub) == [(None, "Sochi", "2025-10-03")]
    assert statuses(text, pub) == {(None, "Sochi"): "held"}


# 16. consultations are talks


def test_consultations_are_talks() -> None:
    text = "Senior officials held consultations in Riyadh on Monday on a Black Sea ceasefire."
    assert rounds(text, dt.date(2025, 3, 26)) == [(None, "Riyadh", "2025-03-24")]


# 17. an undated numbered round is the last of as many held days at its place


def test_undated_second_round_is_the_second_listed_day() -> None:
    text = (
        "The envoys recalled the talks in Vienna on February 10 and March 3. Umerov said the "
        "second round had produced a draft framework."
    )
    out = rounds(text, dt.date(2025, 3, 20))
    assert (2, "Vienna", "2025-03-03") in out
    assert (None, "Vienna", "2025-02-10") in out
    assert (2, "Vienna", "2025-02-10") not in out


# 18. "on the edge of the Saudi capital" places a meeting in Riyadh


def test_edge_of_the_saudi_capital_is_riyadh() -> None:
    text = "The envoys held talks at a compound on the edge of the Saudi capital on Tuesday."
    assert rounds(text, dt.date(2025, 2, 20)) == [(None, "Riyadh", "2025-02-18")]


# 19. "is due in Kyiv on Wednesday for meetings" is a trip


def test_due_in_a_city_for_meetings_is_a_trip() -> None:
    text = "The US Army secretary is due in Kyiv on Friday for meetings with Ukrainian officials."
    assert rounds(text, dt.date(2025, 11, 18)) == [(None, "Kyiv", "2025-11-21")]


# 20. the first talks "between the two countries since 2022"


def test_first_talks_since_between_us_and_russia_open_no_series() -> None:
    text = (
        "US and Russian officials met in Doha on Tuesday for the first in-depth talks between "
        "the two countries since 2021."
    )
    out = rounds(text, dt.date(2025, 2, 20))
    assert out == [(None, "Doha", "2025-02-18")]
    assert all(r[0] != 1 for r in out)


def test_first_talks_since_between_russia_and_ukraine_open_no_series_alone() -> None:
    # the sixth session: "the first talks ... since 2021" numbers no round unless the text
    # numbers the series (tests/data/README.md; the fresh4, fresh6 and fresh8 gold)
    text = (
        "Moscow and Kyiv held the first in-depth talks between the two countries since 2021 in "
        "Doha on Friday."
    )
    assert rounds(text, dt.date(2025, 5, 18)) == [(None, "Doha", "2025-05-16")]


# 21. a choice of venues agrees none


def test_choice_of_venues_gives_no_place() -> None:
    text = "Officials said the negotiators could meet in Geneva or in Doha later this month."
    assert all(r[1] is None for r in rounds(text, dt.date(2025, 6, 5)))


# 22. an ordinal meeting of the known negotiators is a round


def test_fifth_meeting_of_witkoff_and_putin_is_numbered() -> None:
    text = "It was the fifth meeting between Witkoff and Putin, the Kremlin said."
    assert rounds(text, dt.date(2025, 4, 12)) == [(5, None, None)]


# 23. a leaders' meeting "not discussed" is no round


def test_leaders_meeting_not_discussed_is_no_round() -> None:
    text = (
        "Ushakov told reporters that a meeting between the two presidents was not discussed "
        "with Witkoff, who left Moscow on Wednesday."
    )
    assert rounds(text, dt.date(2025, 8, 7)) == []


# 24. talks "continuing" are being held


def test_round_continuing_today_is_held() -> None:
    text = (
        "The meeting opened in Vienna yesterday. The second round of talks is continuing "
        "today, an official said."
    )
    pub = dt.date(2025, 11, 24)
    assert rounds(text, pub) == [(2, "Vienna", "2025-11-23")]
    assert statuses(text, pub) == {(2, "Vienna"): "held"}


# 25. a quoted place in a headline does not place a mention outside the quotation


def test_quoted_place_in_a_headline_does_not_place_the_round() -> None:
    pub = dt.date(2025, 9, 1)
    text = '"We will not return to Geneva": Umerov on the fourth round'
    assert rounds(text, pub) == [(4, None, None)]
    text = "\u201cWe will not return to Geneva\u201d: Umerov on the fourth round"
    assert rounds(text, pub) == [(4, None, None)]


# 26. "the next round" after the rounds held so far is numbered by them (the issue's own example
# of an ordinal), even when only a vague time is given


def test_next_round_with_a_vague_time_follows_the_held_rounds() -> None:
    text = (
        "The second round of talks ended in Doha on Saturday. The next round could take place "
        "in late April, though no venue has been picked."
    )
    out = rounds(text, dt.date(2026, 3, 10))
    assert (2, "Doha", "2026-03-07") in out
    assert (3, None, None) in out


# 27. "two meetings on Thursday" own their day


def test_two_meetings_on_a_day_own_that_day() -> None:
    text = (
        "Direct talks began in Doha on Wednesday. The Doha talks were set up after two "
        "meetings on Tuesday."
    )
    assert rounds(text, dt.date(2026, 3, 13)) == [(None, "Doha", "2026-03-11")]


# the helper's review of the rules above: "On Monday," opening a sentence is no dateline; a
# coalition named before its verb; "on the outskirts of the Saudi capital"


def test_opening_day_with_a_comma_dates_the_meeting() -> None:
    text = "On Thursday, Witkoff will meet Umerov in Miami, officials said."
    assert rounds(text, dt.date(2025, 11, 24)) == [(None, "Miami", "2025-11-27")]


def test_opening_day_of_a_statement_does_not_date_the_meeting() -> None:
    text = "On Saturday, the minister said he had proposed holding the next meeting this week."
    assert all(r[2] != "2025-07-19" for r in rounds(text, dt.date(2025, 7, 21)))


def test_coalition_named_before_its_verb_is_no_round() -> None:
    text = "The coalition of the willing met in Paris on Thursday."
    assert rounds(text, dt.date(2025, 9, 6)) == []


def test_outskirts_of_a_capital_place_the_meeting() -> None:
    text = (
        "The two teams held talks at a compound on the outskirts of the Saudi capital on Monday."
    )
    assert rounds(text, dt.date(2025, 3, 26)) == [(None, "Riyadh", "2025-03-24")]


def test_held_meeting_of_the_day_is_in_the_dateline_city() -> None:
    text = (
        "Ankara and Moscow sign consultations plan\n\n"
        "ANKARA, June 4. /AGENCY/.\n\n"
        "The two foreign ministers held talks on Wednesday that lasted more than three hours, "
        "the ministry said. Both sides called them useful."
    )
    assert rounds(text, dt.date(2025, 6, 4)) == [(None, "Ankara", "2025-06-04")]


def test_last_friday_written_on_a_friday_is_a_week_back() -> None:
    text = (
        "Witkoff met Putin last Friday in Sochi, his third known meeting with the Russian leader."
    )
    assert rounds(text, dt.date(2025, 4, 18)) == [(3, "Sochi", "2025-04-11")]


def test_a_day_after_an_offset_is_the_earlier_events() -> None:
    text = (
        "The Vienna meeting came a week after the envoy's long conversation with the Russian "
        "president last Friday in Sochi."
    )
    assert (None, "Vienna", "2025-04-11") not in rounds(text, dt.date(2025, 4, 18))


def test_a_day_after_the_round_counts_back_from_the_statement() -> None:
    text = (
        "Turkish President Recep Tayyip Erdogan said on Thursday that Ankara is ready to host "
        "the leaders, a day after the fourth round of direct talks in Antalya."
    )
    assert (4, "Antalya", "2025-09-10") in rounds(text, dt.date(2025, 9, 11))


def test_a_round_with_its_own_day_is_not_counted_back() -> None:
    text = (
        "We met him in Kyiv a week after the fourth round of trilateral talks, held in Doha on "
        "4-5 March, to ask what was agreed."
    )
    assert (4, "Doha", "2026-03-04") in rounds(text, dt.date(2026, 3, 12))


def test_a_clause_opened_by_as_keeps_its_day() -> None:
    text = (
        "The second round of talks will take place in Doha. "
        "The talks come as a pause in strikes is due to expire on Sunday."
    )
    assert rounds(text, dt.date(2026, 1, 31)) == [(2, "Doha", None)]


def test_place_after_another_ordinal_meeting_is_that_ones() -> None:
    text = (
        "It will be the second round of trilateral talks, after a first meeting in the Emirati "
        "capital on January 23 and 24."
    )
    out = rounds(text, dt.date(2026, 1, 31))
    assert (1, "Abu Dhabi", "2026-01-23") in out
    assert (2, None, None) in out


def test_meeting_on_the_sidelines_of_a_conference_is_in_its_city() -> None:
    text = (
        "Vice President JD Vance met Ukrainian President Volodymyr Zelensky on the sidelines of "
        "the Munich Security Conference on Friday."
    )
    assert rounds(text, dt.date(2025, 2, 17)) == [(None, "Munich", "2025-02-14")]


def test_meeting_with_news_agencies_is_no_round() -> None:
    text = (
        "Putin spoke at a meeting with the heads of international news agencies on the "
        "sidelines of the St. Petersburg International Economic Forum on Wednesday."
    )
    assert rounds(text, dt.date(2025, 6, 20)) == []


def test_talks_continuing_today_are_no_new_meeting() -> None:
    text = (
        "Delegations agree on a refined framework following talks in Vienna.\n\n"
        "The talks took place yesterday at the US mission in Vienna. "
        "Consultations are continuing at the level of working groups today."
    )
    assert rounds(text, dt.date(2025, 11, 24)) == [(None, "Vienna", "2025-11-23")]


def test_two_days_before_the_month_date_the_first() -> None:
    text = "The second round of talks was held in Doha on 4th and 5th March."
    assert rounds(text, dt.date(2026, 3, 6)) == [(2, "Doha", "2026-03-04")]


def test_a_second_day_counts_back_to_the_first() -> None:
    text = (
        "Negotiators met for a second day in Vienna on Wednesday, in the third round of "
        "trilateral talks."
    )
    assert rounds(text, dt.date(2026, 2, 18)) == [(3, "Vienna", "2026-02-17")]


def test_a_dateline_alone_dates_the_meeting_the_story_opens_with() -> None:
    text = (
        "Putin and Witkoff begin meeting in Sochi\n\n"
        "SOCHI, 11 Apr - Agency.\n\n"
        "Russian President Vladimir Putin has begun a meeting in Sochi with Steven Witkoff, the "
        "Kremlin press secretary told journalists.\n\n"
        "This is the third meeting between Putin and Witkoff this year: the American visited "
        "Moscow on 11 February and on 13 March."
    )
    out = rounds(text, dt.date(2025, 4, 11))
    assert (3, "Sochi", "2025-04-11") in out
    assert (3, "Sochi", "2025-02-11") not in out


def test_a_round_whose_date_is_not_determined_takes_no_dateline_day() -> None:
    text = (
        "MOSCOW, July 8. /AGENCY/.\n\n"
        "The date of the third round of negotiations in Vienna has not yet been determined, "
        "the Kremlin spokesman told reporters on Tuesday."
    )
    assert rounds(text, dt.date(2025, 7, 8)) == [(3, "Vienna", None)]


def test_a_round_with_no_decision_on_its_venue_is_not_held() -> None:
    text = (
        "The exchange was agreed at the May 16 talks in Doha. "
        "The spokesman said no decision had yet been made on the venue for a second round of "
        "talks. Officials said the next round could come soon."
    )
    out = rounds(text, dt.date(2025, 5, 24))
    assert (None, "Doha", "2025-05-16") in out
    assert (2, None, None) in out
    assert all(r[0] != 3 for r in out)


def test_european_leaders_meeting_alone_is_no_round() -> None:
    text = (
        "European leaders, who met in Rome on Monday at short notice, were alarmed by the talks."
    )
    assert rounds(text, dt.date(2025, 2, 18)) == []


def test_european_leaders_meeting_the_us_president_is_a_round() -> None:
    text = "A group of European leaders met US President Donald Trump in Washington on Monday."
    assert rounds(text, dt.date(2025, 8, 19)) == [(None, "Washington", "2025-08-18")]


def test_epc_summit_is_no_round() -> None:
    text = "Zelensky spoke at the European Political Community summit in Tirana on Friday."
    assert rounds(text, dt.date(2025, 5, 17)) == []


def test_first_talks_in_more_than_three_years_open_no_series() -> None:
    text = (
        "Russian and Ukrainian delegations held their first face-to-face talks in more than "
        "three years in Doha on Friday."
    )
    assert rounds(text, dt.date(2025, 5, 17)) == [(None, "Doha", "2025-05-16")]


def test_the_day_of_a_phone_call_is_not_the_summits() -> None:
    text = (
        "The president, who spoke to Putin by telephone the day before, is now betting on a new "
        "summit with his Russian counterpart in Vienna."
    )
    assert rounds(text, dt.date(2025, 10, 18)) == [(None, "Vienna", None)]


def test_meet_the_leader_is_one_leaders_meeting() -> None:
    text = "Putin has said he is ready to meet Volodymyr Zelenskyy in Vienna, an offer Kyiv dismissed."
    ex = extract(text, published=dt.date(2025, 9, 4))
    assert [(r.place, r.description) for r in ex.rounds] == [("Vienna", "leaders' meeting")]


def test_let_him_come_to_kyiv_is_an_invited_venue() -> None:
    text = '"Let him come to Kyiv if he really wants to meet," the president said on Monday.'
    assert all(r[1] != "Kyiv" for r in rounds(text, dt.date(2025, 9, 4)))


def test_as_reported_on_tuesday_dates_the_talks() -> None:
    text = (
        "As reported, on Tuesday, following talks between the delegations of Ukraine and the "
        "United States in Doha, Kyiv agreed to a 30-day ceasefire."
    )
    assert rounds(text, dt.date(2025, 3, 14)) == [(None, "Doha", "2025-03-11")]


def test_a_long_headline_above_the_story_gives_no_statement() -> None:
    text = (
        "AGENCY\n\n"
        "Trump says he has begun arranging a Putin-Zelenskyy meeting after White House talks "
        "with Europeans\n\n"
        "WASHINGTON, Aug 19 - The president said on Monday that work on a meeting had begun.\n"
    )
    ex = extract(text, published=dt.date(2025, 8, 19))
    assert all(not s.text.startswith("he has begun arranging") for s in ex.statements)


def test_a_round_offered_in_the_lede_takes_no_date_line_day() -> None:
    text = (
        "Turkey pitches Doha talks\n\n"
        "September 25, 2025 4:02 pm CET\n\n"
        "ANKARA — Turkey is offering to host a fourth round of direct talks in Doha, the foreign "
        "minister said Thursday.\n\n"
        "The fourth round took shape in talks with both sides, he said."
    )
    assert rounds(text, dt.date(2025, 9, 25)) == [(4, "Doha", None)]


def test_a_hyphenated_word_before_a_venue_keeps_the_place() -> None:
    text = "Wednesday's meeting at the Ottoman-era Ciragan Palace lasted an hour."
    assert rounds(text, dt.date(2025, 7, 24)) == [(None, "Istanbul", "2025-07-23")]


def test_the_next_one_with_nothing_of_a_meeting_is_no_round() -> None:
    text = "The talks in Doha ended on Monday. The next one will be harder, the minister said."
    assert rounds(text, dt.date(2025, 9, 4)) == [(None, "Doha", "2025-09-01")]
