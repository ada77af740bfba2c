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


def test_a_relative_clause_or_a_coordinated_verb_keeps_the_subject_the_speaker() -> None:
    text = (
        "The team was led by Deputy Minister Olena Koval, who said after the talks that "
        "Kyiv had proposed a meeting of the leaders.\n\n"
        "Foreign Minister Ivan Horak described the talks as constructive and said the "
        "priority remained the return of prisoners.\n"
    )
    assert _got(text) == [
        ("Olena Koval", False, "Kyiv had proposed a meeting"),
        ("Ivan Horak", False, "the priority remained the return"),
    ]


def test_posted_tweeted_expressed_and_accused_attribute_speech() -> None:
    text = (
        '"We came with our document. They came late," Foreign Minister Ivan Horak posted.\n\n'
        "Minister Horak further expressed that Turkey stands ready to host the leaders.\n\n"
        "Vladimir Putin accused European governments of trying to sabotage the talks.\n\n"
        'Vladimir Putin accused Kyiv of stalling. "They drag it out," he said.\n'
    )
    assert _got(text) == [
        ("Ivan Horak", True, "We came with our document."),
        ("Ivan Horak", False, "Turkey stands ready to host"),
        ("Vladimir Putin", False, "European governments of trying to"),
        ("Vladimir Putin", True, "They drag it out"),
    ]


def test_reporting_on_a_subject_is_not_a_statement() -> None:
    text = "Chief of Staff Ivan Horak, who reported on the results of the talks in Geneva, left.\n"
    assert _got(text) == []
