"""General mechanisms: credit lines, trailing attributions with circumstances, role speakers."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.extract import extract

PUB = dt.date(2025, 6, 10)

STORY = "Kyiv and Moscow swapped drafts of a memorandum, Foreign Minister Andrii Sybiha said."


@pytest.mark.parametrize(
    "credit",
    [
        "By Jonas Whitacre",
        "by Olha Marenko June 10, 2025 3:40 PM 3 min read",
        "*Writing by Selim Ozturk",
        "— With assistance from Petra Novak and Luis Ortega.",
        "Live reporting by Amos Kettering",
        "Dana Kovalchuk - 18:05, 10 June 2025",
    ],
)
def test_credit_lines_are_not_people(credit: str) -> None:
    text = f"Drafts of a memorandum swapped\n\n{credit}\n\n{STORY}\n\n{credit}\n"
    ex = extract(text, published=PUB)
    assert [p.name for p in ex.people] == ["Andrii Sybiha"]


def test_a_sentence_opening_with_by_is_kept() -> None:
    text = 'By Monday evening, Andrii Sybiha said there had been "real progress" on the text.'
    ex = extract(text, published=PUB)
    assert [p.name for p in ex.people] == ["Andrii Sybiha"]
