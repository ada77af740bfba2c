"""Formatting is pure: golden strings, escaping, and the 4096-character limit."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from handlers import formatting
from handlers.formatting import MAX_MESSAGE, html_to_plain, split_message
from store.models import Person, Round, Statement
from store.queries import PersonView, Provenance, RoundView, StatementView

KYIV = ZoneInfo("Europe/Kyiv")
SOURCE = Provenance(
    article_id=1,
    url="https://news.example/istanbul?a=1&b=2",
    title="Talks <live>",
    published_at=dt.datetime(2025, 5, 30, 22, 30, tzinfo=dt.UTC),
    source_name="Example News",
)


def round_view(**kw: object) -> RoundView:
    values: dict[str, object] = {
        "number": 2,
        "place": "Istanbul",
        "date": dt.date(2025, 6, 2),
        "status": "scheduled",
        "fingerprint": "f",
        "article_id": 1,
    }
    values.update(kw)
    return RoundView(round=Round(**values), source=SOURCE, mentions=3)


def test_next_round_golden() -> None:
    text = formatting.format_next_round(round_view(), today=dt.date(2025, 5, 31), tz=KYIV)
    assert text == (
        "<b>Next: Second round in Istanbul</b>\n"
        "When: 2 June 2025 (in 2 days)\n"
        "Status: scheduled\n"
        "Reported in 3 articles.\n"
        'Source: <a href="https://news.example/istanbul?a=1&amp;b=2">Talks &lt;live&gt;</a>'
        " (Example News), 31 May 2025"
    )


def test_next_round_when_nothing_is_upcoming_names_the_last_one() -> None:
    text = formatting.format_next_round(
        None, today=dt.date(2026, 11, 25), tz=KYIV, last=round_view()
    )
    plain = html_to_plain(text)
    assert "No round is announced after 25 November 2026." in plain
    assert "Second round in Istanbul, 2 June 2025 (scheduled at the time)" in plain
    assert "Example News" in plain


def test_nothing_known() -> None:
    text = formatting.format_next_round(None, today=dt.date(2025, 5, 31), tz=KYIV)
    assert text == "No round has been reported yet. /rounds lists what is known."


def test_person_and_statement_escape_extracted_text() -> None:
    person = Person(id=1, name="Keith <b>Kellogg", key="k", role="Envoy & adviser", side="USA")
    said = Statement(
        speaker="Keith Kellogg",
        text='He said "<script>" & more',
        topics=["memorandum", "ceasefire"],
        direct=True,
        fingerprint="f",
        article_id=1,
    )
    view = PersonView(
        person=person,
        aliases=("Kellogg",),
        statements=1,
        latest=StatementView(statement=said, source=SOURCE),
    )
    text = formatting.format_person(view, tz=KYIV)
    assert "<b>Keith &lt;b&gt;Kellogg</b>" in text
    assert "Role: Envoy &amp; adviser" in text
    assert '“He said "&lt;script&gt;" &amp; more”' in text
    assert "<i>on the memorandum, a ceasefire</i>" in text


def test_rounds_list() -> None:
    text = formatting.format_rounds(
        [round_view(), round_view(number=None, place=None, date=None, status="proposed")], tz=KYIV
    )
    assert text.splitlines() == [
        "<b>Rounds and meetings</b>",
        "• <b>Second round in Istanbul</b> — 2 June 2025 (scheduled)",
        "• <b>Round</b> — date not announced (proposed)",
    ]


def test_split_keeps_paragraphs_whole() -> None:
    paragraphs = [f"<b>{i}</b> " + "word " * 150 for i in range(40)]
    text = "\n\n".join(paragraphs)
    chunks = split_message(text)
    assert len(chunks) > 1
    assert all(len(c) <= MAX_MESSAGE for c in chunks)
    rejoined = "\n\n".join(chunks)
    assert rejoined.replace("\n", "") == text.replace("\n", "")


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=20_000), st.integers(50, 5000))
def test_split_never_exceeds_limit_and_loses_no_text(text: str, limit: int) -> None:
    chunks = split_message(formatting.esc(text), limit)
    assert all(len(c) <= limit for c in chunks)
    assert all(c.strip() for c in chunks)
    kept = "".join(html_to_plain(c) for c in chunks)
    assert "".join(kept.split()) == "".join(text.split())
