"""General mechanisms of round extraction, each with sentences written for the test."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract

PUB = dt.date(2025, 9, 10)


def rounds(text: str, pub: dt.date = PUB) -> list[tuple[int | None, str | None, str | None, str]]:
    return [
        (r.number, r.place, r.date.isoformat() if r.date else None, r.status)
        for r in extract(text, published=pub).rounds
    ]


# -- a leaders' meeting named without a tense cue is one being sought ------------------------
def test_untensed_leaders_meeting_is_proposed() -> None:
    text = "The envoy said what matters now is a meeting of the presidents of both countries."
    assert rounds(text) == [(None, None, None, "proposed")]


def test_leaders_meeting_under_negation_is_not_a_round() -> None:
    text = "The aide said there is no meeting between Putin and Zelensky on the agenda for now."
    assert rounds(text) == []


# -- the dated outcome of a meeting at its venue is the meeting -----------------------------
def test_dated_outcome_at_a_venue_is_a_held_meeting() -> None:
    text = (
        "The two sides are still arguing over the list of detainees swapped in Geneva on "
        "August 28, the ministry noted."
    )
    assert rounds(text) == [(None, "Geneva", "2025-08-28", "held")]


def test_undated_outcome_only_recalls_a_document() -> None:
    text = "The envoy repeated that the position set out in the paper presented in Geneva stands."
    assert rounds(text) == []


# -- a mention dated by a list of days is one meeting per day -------------------------------
def test_listed_days_are_separate_meetings() -> None:
    text = "The envoys had already held talks in Geneva on August 3 and August 21, officials said."
    got = {(p, d) for _n, p, d, _s in rounds(text)}
    assert got == {("Geneva", "2025-08-03"), ("Geneva", "2025-08-21")}


def test_consecutive_listed_days_are_one_meeting() -> None:
    text = "The delegations held talks in Geneva on August 3 and August 4, officials said."
    assert [(p, d) for _n, p, d, _s in rounds(text)] == [("Geneva", "2025-08-03")]


def test_plural_previous_meetings_with_their_days() -> None:
    text = "The previous two meetings in Geneva, on July 2 and August 6, ended without a deal."
    got = {(p, d) for _n, p, d, _s in rounds(text)}
    assert got == {("Geneva", "2025-07-02"), ("Geneva", "2025-08-06")}
