"""The seed article (another outlet's text, read from ../shared, never copied here)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from bot.extract import extract
from bot.extract.evaluate import evaluate
from tests.conftest import SEED, require_seed

SEED_DIR = SEED.parent
GOLD = Path(__file__).parents[1] / "data" / "seed_gold.jsonl"

pytestmark = pytest.mark.usefixtures("seed_path")  # skips without ../shared, fails in CI


@pytest.fixture(scope="module")
def seed() -> dict[str, object]:
    require_seed()
    return extract(SEED.read_text(encoding="utf-8"), published=dt.date(2025, 5, 30)).to_json()


def test_round(seed: dict) -> None:
    got = [(r["number"], r["place"], r["date"], r["status"]) for r in seed["rounds"]]
    assert (2, "Istanbul", "2025-06-02", "scheduled") in got
    assert all(r[1] not in ("Vatican", "Switzerland") for r in got)


def test_people(seed: dict) -> None:
    people = {p["name"]: (p["role"], p["side"]) for p in seed["people"]}
    assert people["Rustem Umerov"] == ("Minister of Defense of Ukraine", "Ukraine")
    assert people["Keith Kellogg"] == (
        "Special Representative of the US President for Ukraine",
        "USA",
    )
    for name in ("Sergey Lavrov", "Andriy Yermak", "Andriy Sybiha", "Maria Zakharova"):
        assert name in people
    assert people["Maria Zakharova"][1] == "Russia"
    # people only named in related-headline lines are not in the story
    assert "Marco Rubio" not in people
    assert "Vladimir Medinsky" not in people


def test_memorandum_statements(seed: dict) -> None:
    memo = {s["speaker"] for s in seed["statements"] if "memorandum" in s["topics"]}
    assert {"Rustem Umerov", "Andriy Sybiha"} <= memo
    assert seed["memorandum_statement"] is True
    direct = [(s["speaker"], s["text"][:20]) for s in seed["statements"] if s["direct"]]
    assert ("Rustem Umerov", "We are not against m") in direct
    assert ("Andriy Sybiha", "Why wait until Monda") in direct
    assert ("Keith Kellogg", "I would advise Kyiv ") in direct  # "- said the diplomat."


def test_pronouns_follow_the_right_person(seed: dict) -> None:
    by_text = {s["text"][:20]: s["speaker"] for s in seed["statements"]}
    assert by_text["the obstacle to hold"] == "Keith Kellogg"  # "He also emphasized"
    assert by_text["if Russia continues "] == "John Kelly"  # "According to him"
    assert by_text["Ukraine is still wai"] == "Rustem Umerov"  # "he noted"


def test_no_scare_quote_statements(seed: dict) -> None:
    texts = [s["text"] for s in seed["statements"]]
    assert "memorandum" not in texts
    assert not any(t.strip('"') == "1000 for 1000" for t in texts)
    assert not any("Rubio" in t or "inconsistency" in t for t in texts)


def test_find_published_without_date(seed: dict) -> None:
    ex = extract(SEED.read_text(encoding="utf-8"))
    assert ex.published == dt.date(2025, 5, 30)
    assert ex.to_json()["rounds"] == seed["rounds"]


def test_seed_gold_scores() -> None:
    report = evaluate(GOLD, SEED_DIR)
    assert report.articles == 1
    assert report.scores["rounds"].f1 == 1.0
    assert report.scores["person_role"].f1 == 1.0
    assert report.scores["memorandum_statement"].f1 == 1.0
    assert report.scores["statements"].f1 >= 0.9
    assert json.loads(GOLD.read_text(encoding="utf-8").splitlines()[0])["file"] == SEED.name
