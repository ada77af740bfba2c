"""Public Telegram channels through their web preview, https://t.me/s/NAME."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from urllib.parse import urlsplit

import lxml.html  # type: ignore[import-untyped]
from lxml.etree import ParserError  # type: ignore[import-untyped]

from bot.ingest.errors import ParseError
from bot.ingest.items import Item, clean_text, first_line_title

_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,31}$")
TELEGRAM_HOSTS = frozenset({"t.me", "telegram.me", "www.t.me"})


def is_telegram_url(url: str) -> bool:
    return (urlsplit(url).hostname or "").lower() in TELEGRAM_HOSTS


def channel_name(url: str) -> str:
    """The channel of a t.me URL (t.me/NAME, t.me/s/NAME, t.me/NAME/123) or `@NAME`."""
    if url.startswith("@"):
        name = url[1:]
    else:
        path = [p for p in urlsplit(url).path.split("/") if p]
        if path and path[0] == "s":
            path = path[1:]
        name = path[0] if path else ""
    if not _NAME.match(name):
        raise ParseError(f"not a public Telegram channel: {url}")
    return name


def preview_url(url: str) -> str:
    """The web preview URL of a channel: https://t.me/s/NAME."""
    return f"https://t.me/s/{channel_name(url)}"


def _text_of(node: Any) -> str:
    for br in node.xpath(".//br"):
        br.tail = "\n" + (br.tail or "")
    return clean_text(str(node.text_content()))


def parse_channel(body: bytes, *, url: str) -> tuple[str, list[Item]]:
    """(channel title, posts with text). Raises ParseError if the page has no post list."""
    if not body.strip():
        raise ParseError("empty response body: no channel page")
    try:
        root: Any = lxml.html.document_fromstring(body)
    except (ParserError, ValueError) as exc:
        raise ParseError(f"unreadable channel page: {exc}") from None
    title = clean_text(
        " ".join(root.xpath("//div[contains(@class,'tgme_channel_info_header_title')]//text()"))
    )
    posts = root.xpath("//div[@data-post and contains(@class,'tgme_widget_message')]")
    if not posts and not root.xpath("//*[contains(@class,'tgme_channel_history')]"):
        raise ParseError("not a Telegram channel preview page (no tgme_widget_message posts)")
    items: list[Item] = []
    for post in posts:
        ref = str(post.get("data-post") or "")
        if "/" not in ref:
            continue
        nodes = post.xpath(".//div[contains(@class,'tgme_widget_message_text')]")
        if not nodes:
            continue  # a photo or sticker without a caption
        text = _text_of(nodes[-1])
        if not text:
            continue
        published = None
        times = post.xpath(".//a[contains(@class,'tgme_widget_message_date')]//time/@datetime")
        if times:
            try:
                published = dt.datetime.fromisoformat(str(times[0])).astimezone(dt.UTC)
            except ValueError:
                published = None
        items.append(
            Item(
                url=f"https://t.me/{ref}",
                title=first_line_title(text),
                text=text,
                published=published,
            )
        )
    return title, items
