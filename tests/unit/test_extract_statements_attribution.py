"""Attribution patterns of wire copy: quotes ending a sentence, parentheticals, relative clauses,
transcripts with labelled questions and unlabelled answers."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract

PUB = dt.date(2025, 8, 18)


def _got(text: str) -> list[tuple[str, bool, str]]:
    ex = extract(text, published=PUB)
    return [(s.speaker, s.direct, " ".join(s.text.split()[:5])) for s in ex.statements]


def test_a_sentence_ending_inside_a_closing_quote_ends_there() -> None:
    text = (
        'Donald Trump told Fox News that it was now up to the Europeans "to get it done." '
        "Volodymyr Zelensky said he would travel to Washington on Monday.\n"
    )
    assert _got(text) == [
        ("Donald Trump", False, "it was now up to"),
        ("Volodymyr Zelensky", False, "he would travel to Washington"),
    ]
