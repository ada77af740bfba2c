"""Statements: an interview whose questions are unlabelled lines of their own."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract

INTERVIEW = """Weekly Review
Interview

Olena Marchuk: We will not sign a second memorandum of empty promises

Ivan Petrenko - Monday, 4 May 2026, 10:00

Olena Marchuk, Deputy Foreign Minister of Ukraine, has led the legal group at every round \
since spring. In an interview with Weekly Review, she explains what the delegations agreed.

Let's start with the last round. Did anything change?

Very little changed, and we said so openly. The Russian side repeated its old demands \
word for word.

What about the memorandum the Russians handed over?

We studied the memorandum line by line. It is an ultimatum, not a basis for a settlement.

Thank you.

Ivan Petrenko, WR
"""


def test_answers_after_bare_questions_are_the_interviewee_s() -> None:
    ex = extract(INTERVIEW, published=dt.date(2026, 5, 4))
    got = [(s.speaker, s.direct, s.text[:30]) for s in ex.statements]
    assert ("Olena Marchuk", True, "Very little changed, and we sa") in got, got
    assert ("Olena Marchuk", True, "We studied the memorandum line") in got, got
    assert not any(s.text.startswith(("Let's start", "What about")) for s in ex.statements)
    assert ex.memorandum_statement


def test_questions_without_an_interview_are_not_turns() -> None:
    # a news story with rhetorical question lines: no one is made to say the next line
    text = (
        "The talks resumed in Geneva on Monday.\n\n"
        "What comes next?\n\n"
        "Diplomats expect a long and difficult week of talks in the Swiss city.\n\n"
        "Will there be a deal?\n\n"
        "Nobody in the delegations would predict an outcome this early in the week."
    )
    ex = extract(text, published=dt.date(2026, 5, 4))
    assert ex.statements == ()
