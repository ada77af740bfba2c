"""People: journalist credits are not people; role wording kept and trimmed."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract

PUB = dt.date(2025, 7, 10)


def _roles(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract(text, published=PUB).people}


def test_bylines_and_credits_are_not_people() -> None:
    text = (
        "Talks resume in Geneva\n\n"
        "By Clara Benning and Otto Marsh, Associated Press\n\n"
        "Foreign Minister Andriy Sybiha arrived in Geneva on Sunday.\n\n"
        "(Reporting by Clara Benning in Geneva and Otto Marsh in Kyiv; Editing by Lea Hart)\n"
    )
    assert set(_roles(text)) == {"Andriy Sybiha"}


def test_credit_line_under_the_headline_is_not_people() -> None:
    text = (
        "Leaders meet in Alaska\n\n"
        "Nora Quill and Ivo Strand, World News, Anchorage\n\n"
        "Donald Trump arrived in Anchorage on Friday for talks.\n"
    )
    assert set(_roles(text)) == {"Donald Trump"}
    text2 = (
        "Leaders meet in Alaska\n\n"
        "Nora Quill in Anchorage and Ivo Strand in Kyiv\n\n"
        "Donald Trump arrived in Anchorage on Friday for talks.\n"
    )
    assert set(_roles(text2)) == {"Donald Trump"}


def test_nationality_and_city_stay_in_the_role() -> None:
    text = (
        "The deal was signed by Swedish Minister of Defence Pal Jonson on Tuesday.\n\n"
        "Kharkiv Mayor Ihor Terekhov said the city was ready for winter.\n"
    )
    roles = _roles(text)
    assert roles["Pal Jonson"] == "Swedish Minister of Defence"
    assert roles["Ihor Terekhov"] == "Kharkiv Mayor"


def test_rank_before_the_name_is_not_part_of_the_role() -> None:
    text = "Navy spokesman Capt. Tom Riley said the ships had left port on Monday.\n"
    assert _roles(text)["Tom Riley"] == "Navy spokesman"


def test_plural_title_word_inside_a_title_is_kept() -> None:
    text = "Joint Chiefs Chairman Gen. Ray Holt flew to Kyiv on Wednesday.\n"
    assert _roles(text)["Ray Holt"] == "Joint Chiefs Chairman"


def test_title_starts_after_a_preposition_and_the() -> None:
    text = (
        "The talks were held in Berlin on Sunday with the US special envoy Steve Witkoff, "
        "who arrived on Saturday.\n"
    )
    assert _roles(text)["Steve Witkoff"] == "US special envoy"


def test_appositive_role_stops_at_a_relative_clause() -> None:
    text = (
        "Vladimir Medinsky, the Kremlin aide who led the Russian team, said the talks "
        "had been useful.\n"
    )
    assert _roles(text)["Vladimir Medinsky"] == "Kremlin aide"


def test_surname_as_a_modifier_is_not_a_person() -> None:
    text = "The Trump administration has been drafting a plan with Moscow for weeks.\n"
    assert "Donald Trump" not in _roles(text)
