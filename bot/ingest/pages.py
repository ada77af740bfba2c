"""Article pages: the main text, title and date, with trafilatura."""

from __future__ import annotations

import datetime as dt
from typing import Any

import trafilatura

from bot.ingest.errors import ParseError
from bot.ingest.items import Item, clean_text

MIN_TEXT_CHARS = 80


def _date(value: Any) -> dt.datetime | None:
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = (
            parsed.replace(tzinfo=dt.UTC)
            if parsed.time() != dt.time()
            else parsed.replace(hour=12, tzinfo=dt.UTC)
        )
    return parsed.astimezone(dt.UTC)


def extract_page(body: bytes | str, *, url: str) -> Item:
    """The article on a page (CPU work: call it in a thread). Raises ParseError without text."""
    if not body.strip():
        raise ParseError("empty response body: no page")
    doc: Any = trafilatura.bare_extraction(
        body,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    if doc is None:
        raise ParseError(f"no article text found on {url}")
    data = doc if isinstance(doc, dict) else doc.as_dict()
    text = clean_text(str(data.get("text") or ""))
    if len(text) < MIN_TEXT_CHARS:
        raise ParseError(f"no article text found on {url}")
    return Item(
        url=url,
        title=clean_text(str(data.get("title") or "")),
        text=text,
        published=_date(data.get("date")),
    )
