"""RSS 2.0 / Atom / RDF feeds, parsed with feedparser into items."""

from __future__ import annotations

import datetime as dt
import time
import xml.sax
from typing import Any
from urllib.parse import urljoin

import feedparser

from bot.ingest.dedup import canonical_url
from bot.ingest.errors import ParseError
from bot.ingest.items import Item, html_to_text

FULL_CONTENT_CHARS = 300  # <content> at least this long counts as the full article
FULL_SUMMARY_CHARS = 1500  # a <description> this long is taken as the full article
FEED_MARKERS = (b"<rss", b"<feed", b"<rdf:rdf", b"<?xml")


def looks_like_feed(body: bytes, content_type: str = "") -> bool:
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return False
    if any(marker in head for marker in (b"<rss", b"<feed", b"<rdf:rdf")):
        return True
    ctype = content_type.lower()
    return (
        "rss" in ctype or "atom" in ctype or (head.startswith(b"<?xml") and b"<html" not in head)
    )


def looks_like_html(body: bytes) -> bool:
    head = body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or (
        b"<html" in head and b"<rss" not in head and b"<feed" not in head
    )


def _when(entry: Any) -> dt.datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            try:
                return dt.datetime(*value[:6], tzinfo=dt.UTC)
            except ValueError:
                continue
    return None


def _link(entry: Any, base: str) -> str | None:
    link = entry.get("link")
    if not link:
        guid = entry.get("id") or ""
        if guid.startswith(("http://", "https://")):
            link = guid
    if not link:
        return None
    return canonical_url(urljoin(base, str(link)))


def _text(entry: Any) -> tuple[str, bool]:
    """The entry's text and whether it is only a summary."""
    summary = html_to_text(str(entry.get("summary") or ""))
    contents = [html_to_text(str(c.get("value") or "")) for c in entry.get("content") or []]
    text = max(contents, key=len, default="")
    if text and len(text) >= min(len(summary), FULL_CONTENT_CHARS):
        return text, False  # <content:encoded> / Atom <content>: the article itself
    return summary, len(summary) < FULL_SUMMARY_CHARS


def parse_feed(body: bytes, *, url: str) -> tuple[str, list[Item], list[str]]:
    """(feed title, items, problems). Raises ParseError when the body is not a usable feed."""
    if not body.strip():
        raise ParseError("empty response body: no feed")
    if looks_like_html(body):
        raise ParseError("not a feed: the server sent an HTML page")
    if not body.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        raise ParseError("not a feed: the body is not XML")
    parsed: Any = feedparser.parse(body, sanitize_html=False, resolve_relative_uris=False)
    entries = list(parsed.get("entries") or [])
    reason = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if reason is not None and (not entries or isinstance(reason, xml.sax.SAXException)):
        # Encoding or content-type notices are harmless; broken XML is not: what feedparser
        # salvages before the break may be cut short, so the whole fetch counts as failed.
        detail = str(reason).splitlines()[0] if str(reason) else type(reason).__name__
        raise ParseError(f"malformed feed XML: {detail}")
    if not parsed.get("version") and not entries:
        raise ParseError("not a feed: no RSS/Atom document found")
    if not entries:
        raise ParseError("empty feed: no entries")
    title = str(parsed.get("feed", {}).get("title") or "")
    items: list[Item] = []
    problems: list[str] = []
    seen: set[str] = set()
    no_link = no_date = dupes = no_text = 0
    for entry in entries:
        link = _link(entry, url)
        if link is None:
            no_link += 1
            continue
        key = str(entry.get("id") or link)
        if key in seen or link in seen:
            dupes += 1
            continue
        seen.update((key, link))
        published = _when(entry)
        if published is None:
            no_date += 1
        text, summary_only = _text(entry)
        entry_title = html_to_text(str(entry.get("title") or ""))
        if not text and not entry_title:
            no_text += 1
            continue
        items.append(
            Item(
                url=link,
                title=entry_title,
                text=text,
                published=published,
                needs_page=summary_only,
            )
        )
    if no_link:
        problems.append(f"{no_link} of {len(entries)} entries without a link skipped")
    if dupes:
        problems.append(f"{dupes} entries with a duplicate GUID/link ignored")
    if no_date:
        problems.append(f"{no_date} of {len(entries)} entries without a date")
    if no_text:
        problems.append(f"{no_text} entries without title or text skipped")
    if not items:
        raise ParseError("feed has no usable entries: " + "; ".join(problems))
    return title, items, problems
