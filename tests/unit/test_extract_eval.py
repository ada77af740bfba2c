"""The eval harness on a tiny synthetic gold file."""

from __future__ import annotations

import json
from pathlib import Path

from bot.extract.evaluate import evaluate, format_report, norm_place, norm_role, texts_match

ARTICLE = (
    "Kremlin spokesman Dmitry Peskov said that the memorandum is being prepared.\n\n"
    "The next round of talks will take place in Istanbul on Monday, June 2.\n"
)


def test_scores_and_report(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Nothing happened today.", encoding="utf-8")
    gold = [
        {
            "file": "a.txt",
            "published": "2025-05-30",
            "rounds": [{"number": None, "place": "Istanbul", "date": "2025-06-02",
                        "status": "scheduled"}],
            "people": [{"name": "Dmitry Peskov", "role": "the Kremlin Spokesman",
                        "side": "Russia"}],
            "statements": [{"speaker": "Peskov", "topics": ["memorandum"], "direct": False,
                            "text": "the memorandum is being prepared"}],
            "memorandum_statement": True,
        },
        {
            "file": "b.txt",
            "published": None,
            "rounds": [],
            "people": [{"name": "Maria Zakharova", "role": None, "side": "Russia"}],
            "statements": [{"speaker": "Maria Zakharova", "topics": ["other"], "direct": True,
                            "text": "Something she said"}],
            "memorandum_statement": False,
        },
        {"file": "missing.txt", "published": None, "rounds": [], "people": [],
         "statements": [], "memorandum_statement": False},
    ]  # fmt: skip
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(g) for g in gold) + "\n", encoding="utf-8")
    report = evaluate(path, tmp_path)
    assert report.articles == 2
    assert report.missing == ["missing.txt"]
    s = report.scores
    assert (s["rounds"].tp, s["rounds"].fp, s["rounds"].fn) == (1, 0, 0)
    assert (s["person_role"].tp, s["person_role"].fp, s["person_role"].fn) == (1, 0, 0)
    assert (s["people"].tp, s["people"].fn) == (1, 1)
    assert (s["statements"].tp, s["statements"].fn) == (1, 1)
    assert s["statements"].recall == 0.5
    assert s["memorandum_statement"].f1 == 1.0
    text = format_report(report, verbose=True)
    assert "statements" in text
    assert "b.txt: statements: missed: Maria Zakharova" in text
    assert "missed" not in format_report(report, verbose=False)


def test_normalisation() -> None:
    assert norm_role("the Minister of Defence of Ukraine") == norm_role(
        "Minister of Defense of Ukraine"
    )
    assert norm_role("Ukraine's Foreign Minister") == norm_role("Foreign Minister")
    assert texts_match(
        "our state is not against meeting", "our state is not against meeting the Russians"
    )
    assert not texts_match("the Russians will come", "our state is not against meeting")


def test_place_spellings() -> None:
    assert norm_place("St. Petersburg") == norm_place("Saint Petersburg") == "st petersburg"
    assert norm_place("Abu Dhabi") == "abu dhabi"
    assert norm_place("") is None
    assert norm_place(None) is None
    assert norm_place("Istanbul") != norm_place("Ankara")
