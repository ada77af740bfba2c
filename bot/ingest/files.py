"""Local files and folders: plain text, Markdown, HTML pages and saved feeds."""

from __future__ import annotations

from pathlib import Path

from bot.ingest.errors import IngestError, ParseError
from bot.ingest.feeds import parse_feed
from bot.ingest.items import Item, clean_text
from bot.ingest.pages import extract_page

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES
MAX_FILE_BYTES = 20 * 1024 * 1024


def _decode(path: Path, data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise IngestError(f"{path}: binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise IngestError(f"{path}: binary file or not UTF-8 text") from None


def _read(path: Path) -> tuple[bytes, str]:
    if not path.exists():
        raise IngestError(f"{path}: no such file")
    if not path.is_file():
        raise IngestError(f"{path}: not a regular file")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise IngestError(f"{path}: file too large ({size} bytes, limit {MAX_FILE_BYTES})")
    data = path.read_bytes()
    return data, _decode(path, data)


def read_text_file(path: Path) -> str:
    """A file's UTF-8 text; IngestError (one line) when it is missing, binary or too large."""
    return _read(path)[1]


def load_file(path: Path) -> list[Item]:
    """The items of one file. Raises IngestError (one line) for a missing/binary/empty file."""
    data, text = _read(path)
    url = path.resolve().as_uri()
    suffix = path.suffix.lower()
    try:
        if suffix in FEED_SUFFIXES:
            _, items, _ = parse_feed(data, url=url)
            return [
                Item(url=i.url, title=i.title, text=i.text, published=i.published) for i in items
            ]
        if suffix in HTML_SUFFIXES:
            return [extract_page(text, url=url)]
    except ParseError as exc:
        raise IngestError(f"{path}: {exc}") from None
    body = clean_text(text)
    if not body:
        raise IngestError(f"{path}: empty file")
    # No title: the extractor finds the headline (the first line is often a date or header).
    return [Item(url=url, title="", text=body)]


def collect_paths(location: Path) -> list[Path]:
    """A file, or the supported files of a folder (recursively, sorted)."""
    if location.is_file():
        return [location]
    if location.is_dir():
        found = sorted(
            p
            for p in location.rglob("*")
            if p.is_file() and p.suffix.lower() in SUPPORTED and not p.name.startswith(".")
        )
        if not found:
            raise IngestError(f"{location}: no .txt, .md, .html or .xml files in this folder")
        return found
    raise IngestError(f"{location}: no such file or folder")


def load_location(location: Path) -> list[Item]:
    """Read and check every file first, so a bad one stops the run before anything is stored."""
    items: list[Item] = []
    for path in collect_paths(location):
        items.extend(load_file(path))
    return items
