"""Parsers on the stored fixture pages: RSS 2.0, Atom, a Ukrainian feed, an article page and
a t.me/s/ channel preview."""

from __future__ import annotations

import datetime as dt

import pytest
from localweb import FIXTURES, MALFORMED, NO_LINKS_OR_DATES, ONLY_UNLINKED

from bot.ingest.errors import ParseError
from bot.ingest.feeds import looks_like_feed, parse_feed
from bot.ingest.items import html_to_text
from bot.ingest.pages import extract_page
from bot.ingest.telegram_channel import channel_name, parse_channel, preview_url

BASE = "http://news.test"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes().replace(b"{{BASE}}", BASE.encode())


def test_rss_full_content_and_summary_only_entries() -> None:
    title, items, problems = parse_feed(fixture("rss_en.xml"), url=f"{BASE}/rss/en")
    assert title.startswith("Harbour Courier")
    assert problems == []
    first, second = items
    assert first.url == f"{BASE}/news/istanbul-first-round"  # tracking parameters removed
    assert not first.needs_page
    assert "thousand for a thousand" in first.text
    assert first.published == dt.datetime(2025, 5, 16, 14, 30, tzinfo=dt.UTC)
    assert second.needs_page  # only a one-line description: the page is fetched
    assert second.url == f"{BASE}/articles/memorandum-drafted"


def test_atom_feed() -> None:
    _, items, _ = parse_feed(fixture("atom.xml"), url=f"{BASE}/atom")
    assert [i.url for i in items] == [f"{BASE}/events/news/77001", f"{BASE}/events/news/77002"]
    assert items[0].published == dt.datetime(2025, 6, 2, 14, 40, tzinfo=dt.UTC)
    assert "second round of direct negotiations" in items[0].text
    assert not items[0].needs_page


def test_ukrainian_feed() -> None:
    title, items, _ = parse_feed(fixture("rss_uk.xml"), url=f"{BASE}/rss/uk")
    assert title == "Вісник Подолу — Останні новини"
    assert items[0].title.startswith("Делегації України та Росії")
    assert "меморандум" in items[0].text
    assert items[1].published == dt.datetime(2025, 6, 2, 8, 20, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (MALFORMED, "malformed feed XML"),
        (b"", "empty response body"),
        (b"<!DOCTYPE html><html><body>maintenance</body></html>", "HTML page"),
        (
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
            "empty feed",
        ),
        (ONLY_UNLINKED, "no usable entries"),
        (b"just some words", "not a feed"),
    ],
)
def test_bad_feeds_raise_one_line_errors(body: bytes, message: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_feed(body, url=f"{BASE}/feed")
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_entries_without_links_or_dates_are_reported() -> None:
    _, items, problems = parse_feed(
        NO_LINKS_OR_DATES.replace(b"{{BASE}}", BASE.encode()), url=f"{BASE}/feed"
    )
    assert [i.url for i in items] == [f"{BASE}/sloppy/delegation"]
    assert items[0].published is None
    assert "1 of 2 entries without a link skipped" in problems
    assert "1 of 2 entries without a date" in problems


def test_feed_sniffing() -> None:
    assert looks_like_feed(fixture("rss_en.xml"))
    assert looks_like_feed(fixture("atom.xml"))
    assert not looks_like_feed(fixture("article.html"), "text/html")


def test_article_page_main_text() -> None:
    item = extract_page(fixture("article.html"), url=f"{BASE}/articles/memorandum-drafted")
    assert item.title == "Kremlin says memorandum on peace terms is being drafted"
    assert "there are no deadlines" in item.text
    assert "Markets close higher" not in item.text  # boilerplate dropped
    assert "All rights reserved" not in item.text
    assert item.published is not None and item.published.date() == dt.date(2025, 5, 26)


def test_page_without_text() -> None:
    with pytest.raises(ParseError, match="no article text"):
        extract_page(b"<html><body><nav>Home</nav></body></html>", url=f"{BASE}/x")


def test_telegram_channel_preview() -> None:
    title, items = parse_channel(fixture("telegram.html"), url="https://t.me/s/test_channel")
    assert title == "Official Channel (test)"
    assert [i.url for i in items] == [
        "https://t.me/test_channel/4101",
        "https://t.me/test_channel/4103",
    ]  # the photo without caption is skipped
    assert items[0].text.startswith("Had a long conversation")
    assert "\n" in items[0].text  # <br> kept as line breaks
    assert items[0].published == dt.datetime(2025, 5, 16, 18, 22, 5, tzinfo=dt.UTC)
    assert "Ми повернули додому" in items[1].text


def test_telegram_page_that_is_not_a_channel() -> None:
    with pytest.raises(ParseError, match="not a Telegram channel"):
        parse_channel(fixture("article.html"), url="https://t.me/s/x")


@pytest.mark.parametrize(
    "url",
    [
        "https://t.me/V_Zelenskiy_official",
        "https://t.me/s/V_Zelenskiy_official",
        "https://t.me/V_Zelenskiy_official/1234",
        "@V_Zelenskiy_official",
    ],
)
def test_channel_urls(url: str) -> None:
    assert channel_name(url) == "V_Zelenskiy_official"
    assert preview_url(url) == "https://t.me/s/V_Zelenskiy_official"


def test_html_to_text_keeps_paragraphs() -> None:
    text = html_to_text("<p>One <b>bold</b></p><p>Two<br>three</p><script>x()</script>")
    assert text == "One bold\nTwo\nthree"
