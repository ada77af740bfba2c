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


@pytest.mark.parametrize(
    "tail",
    [
        "told reporters after a phone call with the Turkish leader",
        "said at a briefing following the week of consultations in Geneva",
        "said Friday, as the envoys were preparing to fly home",
        "told journalists after the meeting, adding that Kyiv would answer in writing",
        "said late on Tuesday in a video address",
    ],
)
def test_trailing_attribution_with_circumstances(tail: str) -> None:
    text = f"Ukraine will hand over its own draft of the memorandum, Andrii Sybiha {tail}."
    ex = extract(text, published=PUB)
    got = [(s.speaker, s.text) for s in ex.statements]
    assert got == [("Andrii Sybiha", "Ukraine will hand over its own draft of the memorandum")]


@pytest.mark.parametrize(
    "sentence",
    [
        "After the talks in Geneva, Andrii Sybiha said the drafts would be compared line by line.",
        "After the talks in Geneva, Andrii Sybiha said on Friday the drafts would be compared.",
    ],
)
def test_content_after_the_verb_is_still_the_statement(sentence: str) -> None:
    ex = extract(sentence, published=PUB)
    assert [s.text.split()[:2] for s in ex.statements] == [["the", "drafts"]]
