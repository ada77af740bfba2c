"""Statements: quote styles, dash attribution, pronouns, scare quotes."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.extract import extract

PUB = dt.date(2025, 5, 30)


@pytest.mark.parametrize(
    ("open_q", "close_q"), [('"', '"'), ("“", "”"), ("«", "»"), ("„", "“"), ("„", "”")]
)
def test_every_quote_style(open_q: str, close_q: str) -> None:
    text = (
        f"{open_q}We are ready to meet the Russians in Istanbul on Monday,{close_q} "
        "Defense Minister Rustem Umerov said."
    )
    ex = extract(text, published=PUB)
    assert len(ex.statements) == 1
    s = ex.statements[0]
    assert s.speaker == "Rustem Umerov"
    assert s.direct
    assert s.text.startswith("We are ready to meet the Russians")
    assert "venue_date" in s.topics


def test_dash_attribution_line() -> None:
    text = (
        "Ukraine's Foreign Minister Andriy Sybiha spoke after the call.\n\n"
        "We have handed over our memorandum and we are waiting for the Russian one\n\n"
        "- Sybiha noted.\n"
    )
    ex = extract(text, published=PUB)
    assert [(s.speaker, s.direct) for s in ex.statements] == [("Andriy Sybiha", True)]
    assert ex.statements[0].topics[0] == "memorandum"
    assert ex.memorandum_statement


def test_pronoun_resolution() -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov said that Moscow is preparing its memorandum.\n\n"
        "He also noted that no deadlines had been set for the document.\n\n"
        "According to him, the delegation will stay the same."
    )
    ex = extract(text, published=PUB)
    assert [s.speaker for s in ex.statements] == ["Dmitry Peskov"] * 3
    assert ex.statements[1].text.startswith("no deadlines")
    assert ex.statements[2].text.startswith("the delegation will stay")


def test_she_resolves_to_the_woman() -> None:
    text = (
        "Maria Zakharova, the spokeswoman of the Russian Foreign Ministry, met Sergey Lavrov.\n\n"
        "She said that the memorandum will be ready soon."
    )
    ex = extract(text, published=PUB)
    assert [s.speaker for s in ex.statements] == ["Maria Zakharova"]
    assert ex.people[0].role == "spokeswoman of the Russian Foreign Ministry"
    assert ex.people[0].side == "Russia"


def test_scare_quotes_are_not_statements() -> None:
    text = (
        'Ukraine is still waiting for a "memorandum" from Moscow.\n\n'
        'The exchange in the "1000 for 1000" format was the only result.'
    )
    ex = extract(text, published=PUB)
    assert ex.statements == ()
    assert not ex.memorandum_statement
    assert [(e.ukraine_count, e.russia_count) for e in ex.exchanges] == [(1000, 1000)]


def test_reported_speech_forms() -> None:
    text = (
        "Special Representative of the US President for Ukraine Keith Kellogg stated that the "
        "talks must continue.\n\n"
        "Russia is ready for a ceasefire, Kremlin aide Yuri Ushakov told reporters."
    )
    ex = extract(text, published=PUB)
    got = [(s.speaker, s.direct, s.text) for s in ex.statements]
    assert got == [
        ("Keith Kellogg", False, "the talks must continue"),
        ("Yuri Ushakov", False, "Russia is ready for a ceasefire"),
    ]
    kellogg = ex.people[0]
    assert kellogg.role == "Special Representative of the US President for Ukraine"
    assert kellogg.side == "USA"


def test_outermost_speaker_wins() -> None:
    text = "Zelensky said that Erdogan told him the talks could take place in Istanbul."
    ex = extract(text, published=PUB)
    assert [s.speaker for s in ex.statements] == ["Volodymyr Zelensky"]


def test_anonymous_sources_and_institutions_are_not_person_statements() -> None:
    text = (
        "According to a source, the talks will resume next week.\n\n"
        "The Russian Foreign Ministry said that the memorandum is ready."
    )
    ex = extract(text, published=PUB)
    assert ex.statements == ()


def test_anonymous_official_is_not_the_person_after_said() -> None:
    text = (
        "Ukrainian President Volodymyr Zelenskyy spoke in Kyiv.\n\n"
        "A White House official, speaking on condition of anonymity, said Zelenskyy had not "
        "been invited to the summit."
    )
    ex = extract(text, published=PUB)
    assert ex.statements == ()


def test_memorandum_of_understanding_is_not_the_peace_memorandum() -> None:
    text = (
        "Ukraine and Poland signed a memorandum of understanding on border crossings.\n\n"
        "Minister Oleksii Kuleba said that the memorandum provides for three new checkpoints."
    )
    ex = extract(text, published=PUB)
    assert [s.speaker for s in ex.statements] == ["Oleksii Kuleba"]
    assert not ex.memorandum_statement


def test_according_to_role_noun() -> None:
    text = (
        "Russian Foreign Minister Sergey Lavrov spoke at the UN General Assembly.\n\n"
        "According to the minister, the memorandums exchanged in Istanbul remain a basis."
    )
    ex = extract(text, published=PUB)
    assert [(s.speaker, s.text[:20]) for s in ex.statements] == [
        ("Sergey Lavrov", "the memorandums exch")
    ]
