"""Name keys: transliterations share a key, different people do not."""

from __future__ import annotations

import pytest

from bot.extract import extract, find_actor, name_key, surname_key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zelensky", "Zelenskyy"),
        ("Zelenskiy", "Zelenskyi"),
        ("Sybiha", "Sibiga"),
        ("Umerov", "Umierov"),
        ("Medinsky", "Medinskyi"),
        ("Kyslytsya", "Kyslytsia"),
        ("Witkoff", "Vitkoff"),
        ("Andriy Yermak", "Andrii Yermak"),
    ],
)
def test_transliterations_share_a_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(("a", "b"), [("Zakharov", "Zakharova"), ("Lavrov", "Peskov")])
def test_different_people_have_different_keys(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


def test_surname_lookup_finds_curated_actor() -> None:
    actor = find_actor("Kellogg")
    assert actor is not None
    assert actor.name == "Keith Kellogg"
    assert surname_key("Keith Kellogg") == name_key("Kellogg")
    assert find_actor("Zelenskyy") is not None
    assert find_actor("Zakharov") is None


def test_zakharov_is_not_zakharova() -> None:
    text = (
        "Russian Foreign Ministry spokeswoman Maria Zakharova said that the talks were useful.\n\n"
        "Deputy Director Ivan Zakharov said that no memorandum has been sent yet."
    )
    ex = extract(text)
    speakers = [s.speaker for s in ex.statements]
    assert speakers == ["Maria Zakharova", "Ivan Zakharov"]
    assert ex.statements[1].topics == ("memorandum",)


def test_person_absent_from_the_data_file_is_found_by_pattern() -> None:
    ex = extract(
        "The spokesman of the Turkish Foreign Ministry Oncu Keceli said that talks went well."
    )
    assert [(p.name, p.role, p.side) for p in ex.people] == [
        ("Oncu Keceli", "spokesman of the Turkish Foreign Ministry", "Turkey")
    ]


def test_middle_initial_is_not_part_of_the_key() -> None:
    assert name_key("Donald J. Trump") == name_key("Donald Trump")
    assert name_key("Dmitri S. Peskov") == name_key("Dmitry Peskov")
    assert name_key("J.D. Vance") != name_key("Vance")
