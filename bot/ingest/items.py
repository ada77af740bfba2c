"""What every source kind yields: items of text with their URL, title and date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

import lxml.html  # type: ignore[import-untyped]
from lxml.etree import ParserError  # type: ignore[import-untyped]

_BLOCK_TAGS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANKS = re.compile(r"\n\s*\n+")


@dataclass(frozen=True, slots=True)
class Item:
    url: str
    title: str
    text: str
    published: dt.datetime | None = None
    needs_page: bool = False  # the text is only a summary: fetch `url` for the full article


@dataclass(slots=True)
class Batch:
    """One fetch of a source: its items, or the news that nothing changed."""

    items: list[Item] = field(default_factory=list)
    not_modified: bool = False
    etag: str | None = None
    last_modified: str | None = None
    final_url: str | None = None
    problems: list[str] = field(default_factory=list)


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment: block elements and <br> become line breaks."""
    if "<" not in markup:
        return clean_text(markup)
    try:
        root: Any = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (ParserError, ValueError):
        return clean_text(markup)
    for bad in root.xpath(".//script|.//style|.//noscript"):
        bad.drop_tree()
    for br in root.xpath(".//br"):
        br.tail = "\n" + (br.tail or "")
    for tag in root.iter(*_BLOCK_TAGS):
        tag.tail = "\n" + (tag.tail or "")
        if tag.text:
            tag.text = tag.text
    return clean_text(str(root.text_content()))


def clean_text(text: str) -> str:
    lines = [_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def first_line_title(text: str, limit: int = 120) -> str:
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
