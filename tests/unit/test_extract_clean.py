"""Body cleaning keeps offsets and drops the lines that are not the story."""

from __future__ import annotations

import datetime as dt

from bot.extract import clean_body, extract, find_published

ARTICLE = """ date 2025-05-30 $41.530.06
Talks in Istanbul: what is known

Kyiv • UNN

 • 3214 views

The next round of negotiations will take place in Istanbul on June 2.

Sybiha named the conditions for the meeting: "any venue"29.05.25, 20:10 • 2606 views

"We are ready to continue the talks in Istanbul next week," Foreign Minister Andriy Sybiha said.

Ivan Petrenko
"""


def test_length_and_offsets_are_kept() -> None:
    body = clean_body(ARTICLE)
    assert len(body.text) == len(ARTICLE)
    for line in body.lines:
        assert body.text[line.start : line.end] == ARTICLE[line.start : line.end]


def test_drops_related_headline_views_header_and_byline() -> None:
    body = clean_body(ARTICLE)
    kept = [body.text[ln.start : ln.end] for ln in body.lines]
    assert not any("views" in k for k in kept)
    assert not any("named the conditions" in k for k in kept)
    assert not any("Petrenko" in k for k in kept)
    assert not any("UNN" in k for k in kept)
    assert body.title == "Talks in Istanbul: what is known"
    assert any(k.startswith("The next round") for k in kept)


def test_fact_spans_point_into_the_original_text() -> None:
    ex = extract(ARTICLE, published=dt.date(2025, 5, 30))
    assert ex.statements
    for s in ex.statements:
        assert ARTICLE[s.span.start : s.span.end] == s.text
    for r in ex.rounds:
        assert ARTICLE[r.span.start : r.span.end]


def test_related_headline_quote_is_not_a_statement() -> None:
    ex = extract(ARTICLE, published=dt.date(2025, 5, 30))
    assert [s.text for s in ex.statements] == [
        "We are ready to continue the talks in Istanbul next week"
    ]


def test_html_is_blanked_keeping_offsets() -> None:
    html = "<html><body><p>Kremlin spokesman Dmitry Peskov said that the talks will go on.</p>"
    body = clean_body(html)
    assert len(body.text) == len(html)
    ex = extract(html)
    assert [s.speaker for s in ex.statements] == ["Dmitry Peskov"]
    s = ex.statements[0]
    assert html[s.span.start : s.span.end] == s.text


def test_find_published_reads_the_date_line() -> None:
    assert find_published(ARTICLE) == dt.date(2025, 5, 30)
    assert find_published("Kyiv, 16.05.2025 14:10\nText") == dt.date(2025, 5, 16)
    assert find_published("May 30, 2025\nText") == dt.date(2025, 5, 30)
    assert find_published("no date here") is None


def test_a_headline_ending_in_a_quoted_phrase_is_a_heading() -> None:
    text = (
        "City News\n\n"
        'Budget talks: mayor says council "fully backs" plan, critics see "more cuts"\n\n'
        "The council met on Monday.\n"
    )
    kinds = [ln.kind for ln in clean_body(text).lines]
    assert kinds == ["title", "heading", "body"]
    quote = '"We will not sign anything we have not read," the minister said.\n'
    assert [ln.kind for ln in clean_body("Title here\n\n" + quote).lines] == ["title", "body"]
