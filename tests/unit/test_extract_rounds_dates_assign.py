"""Rounds: assigning dates to meeting mentions (own example sentences)."""

from __future__ import annotations

import datetime as dt

from bot.extract import dates, extract


def rounds(text: str, pub: dt.date) -> list[tuple[int | None, str | None, str | None]]:
    ex = extract(text, published=pub)
    return [(r.number, r.place, r.date.isoformat() if r.date else None) for r in ex.rounds]


def test_day_before_yesterday() -> None:
    text = "Reporters asked about the meeting in Doha the day before yesterday."
    assert rounds(text, dt.date(2025, 5, 8)) == [(None, "Doha", "2025-05-06")]


def test_clause_tense_beats_sentence_tense() -> None:
    # the sentence reports the past, but the trip in the clause is ahead
    text = (
        "The mayor, who was not invited to the summit, said she would travel to Vienna on "
        "Tuesday to meet the envoys."
    )
    assert (None, "Vienna", "2025-03-11") in rounds(text, dt.date(2025, 3, 8))


def test_clause_tense_function() -> None:
    s = "The minister, who was absent, said he would fly out on Monday."
    assert dates.clause_tense(s, s.index("Monday"), dates.PAST) == dates.FUTURE
    s = "Officials said the session that took place on Monday was calm."
    assert dates.clause_tense(s, s.index("Monday"), dates.NEUTRAL) == dates.PAST


def test_city_of_place() -> None:
    text = "The envoys held talks in the Egyptian capital of Cairo on Thursday."
    assert rounds(text, dt.date(2025, 4, 5)) == [(None, "Cairo", "2025-04-03")]


def test_document_dateline_is_weaker_than_the_body_date() -> None:
    text = (
        "No: 42, 10 May 2025, Statement on the Fifth Meeting of the Delegations Held in Doha\n\n"
        "The fifth meeting of the delegations was held on 9 May 2025 in Doha."
    )
    assert rounds(text, dt.date(2025, 5, 10)) == [(5, "Doha", "2025-05-09")]


def test_reference_meeting_takes_no_date_outside_its_phrase() -> None:
    text = "Before the trip to Vienna, the envoys held consultations with officials on Saturday."
    assert rounds(text, dt.date(2025, 6, 10)) == [(None, "Vienna", None)]


def test_eve_of_the_talks_is_not_their_date() -> None:
    text = "The envoy met ministers in Oslo on the eve of the Doha talks, on Monday evening."
    assert (None, "Doha", "2025-02-03") not in rounds(text, dt.date(2025, 2, 6))


def test_participle_clause_keeps_place_and_date_with_the_talks() -> None:
    text = (
        "The talks between the two envoys and the foreign minister's deputy, held in Vienna "
        "late on Wednesday, were constructive, an aide said."
    )
    assert rounds(text, dt.date(2025, 10, 2)) == [(None, "Vienna", "2025-10-01")]


def test_start_day_joins_a_numbered_round_dated_by_its_last_day() -> None:
    text = (
        "The first round of talks ended in Doha on March 8.\n\n"
        "The talks, which began on Friday, March 7, were held behind closed doors."
    )
    assert rounds(text, dt.date(2025, 3, 9)) == [(1, "Doha", "2025-03-07")]


def test_relative_clause_dates_a_reference_meeting() -> None:
    text = (
        "The sides swapped 90 prisoners following the third round of talks with the envoys, "
        "which began in Doha on Monday, an aide said."
    )
    assert rounds(text, dt.date(2025, 4, 10)) == [(3, "Doha", "2025-04-07")]


def test_state_is_a_coarser_name_of_the_city_meeting() -> None:
    text = (
        "The delegations held talks in Florida on Saturday.\n\n"
        "The meeting took place near Miami and lasted three hours."
    )
    assert rounds(text, dt.date(2025, 7, 7)) == [(None, "Miami", "2025-07-05")]


def test_delegation_presence_is_a_meeting() -> None:
    text = "The minister said the delegation led by his deputy will be in Vienna tomorrow."
    assert rounds(text, dt.date(2025, 9, 1)) == [(None, "Vienna", "2025-09-02")]


def test_chancellery_venue_is_reported_as_berlin() -> None:
    text = "After two days of negotiations that began on Sunday in the German Chancellery, ..."
    assert rounds(text, dt.date(2025, 12, 16)) == [(None, "Berlin", "2025-12-14")]
