"""Fetch one source of any kind and turn it into a Batch of items (nothing is stored here)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bot.ingest import files
from bot.ingest.errors import IngestError, ParseError
from bot.ingest.feeds import looks_like_feed, parse_feed
from bot.ingest.http import ACCEPT_FEED, ACCEPT_PAGE, ensure_http, fetch
from bot.ingest.items import Batch
from bot.ingest.pages import extract_page
from bot.ingest.security import check_url
from bot.ingest.telegram_channel import is_telegram_url, parse_channel, preview_url
from bot.resources import Resources
from store.models import SourceKind

KINDS = tuple(k.value for k in SourceKind)


def file_path(url: str) -> Path:
    """The local path of a file source (file:// URI or a plain path)."""
    if url.startswith("file://"):
        return Path(unquote(urlsplit(url).path))
    return Path(url).expanduser()


def is_remote(location: str) -> bool:
    return location.lower().startswith(("http://", "https://"))


async def normalise_source(
    resources: Resources, url: str, kind: str | None = None
) -> tuple[str, str]:
    """(kind, URL to store) for a new source; fetches the URL once to tell feed from page
    when the kind is not given. Raises IngestError with a clear message."""
    url = url.strip()
    if kind is not None and kind not in KINDS:
        raise IngestError(f"unknown kind {kind!r}: choose one of {', '.join(KINDS)}")
    if kind == SourceKind.FILE or (kind is None and not is_remote(url) and "://" not in url):
        path = file_path(url).resolve()
        if not path.exists():
            raise IngestError(f"{path}: no such file or folder")
        return SourceKind.FILE.value, path.as_uri()
    if kind == SourceKind.TELEGRAM or (
        kind is None and (url.startswith("@") or is_telegram_url(url))
    ):
        try:
            return SourceKind.TELEGRAM.value, preview_url(url)
        except ParseError as exc:
            raise IngestError(str(exc)) from None
    await check_url(url, allow_private=resources.settings.allow_private_sources)
    if kind is not None:
        return kind, url
    result = await fetch(ensure_http(resources), url, settings=resources.settings)
    if looks_like_feed(result.body, result.content_type):
        return SourceKind.RSS.value, url
    return SourceKind.PAGE.value, url


async def collect(
    resources: Resources,
    *,
    kind: str,
    url: str,
    etag: str | None = None,
    last_modified: str | None = None,
) -> Batch:
    """One fetch of a source. Raises IngestError (FetchError/ParseError/UnsafeURLError)."""
    settings = resources.settings
    if kind == SourceKind.FILE:
        items = await asyncio.to_thread(files.load_location, file_path(url))
        return Batch(items=items, final_url=url)
    session = ensure_http(resources)
    if kind == SourceKind.TELEGRAM:
        result = await fetch(session, url, settings=settings, accept=ACCEPT_PAGE)
        _, posts = await asyncio.to_thread(parse_channel, result.body, url=result.url)
        return Batch(items=posts, final_url=result.url)
    accept = ACCEPT_PAGE if kind == SourceKind.PAGE else ACCEPT_FEED
    result = await fetch(
        session, url, settings=settings, etag=etag, last_modified=last_modified, accept=accept
    )
    batch = Batch(
        not_modified=result.not_modified,
        etag=result.etag,
        last_modified=result.last_modified,
        final_url=result.url,
    )
    if result.not_modified:
        return batch
    if kind == SourceKind.PAGE:
        item = await asyncio.to_thread(extract_page, result.body, url=result.url)
        batch.items = [item]
        return batch
    if kind != SourceKind.RSS:
        raise IngestError(f"unknown source kind {kind!r}")
    _, items, problems = await asyncio.to_thread(parse_feed, result.body, url=result.url)
    batch.items = items
    batch.problems = problems
    return batch


async def collect_location(resources: Resources, location: str) -> tuple[str, Batch]:
    """(kind, batch) for a URL (feed, page or t.me channel, detected) or a local path."""
    if not is_remote(location) and not is_telegram_url(location):
        items = await asyncio.to_thread(files.load_location, file_path(location))
        return SourceKind.FILE.value, Batch(items=items, final_url=location)
    if is_telegram_url(location):
        url = preview_url(location)
        return SourceKind.TELEGRAM.value, await collect(resources, kind="telegram", url=url)
    result = await fetch(ensure_http(resources), location, settings=resources.settings)
    if looks_like_feed(result.body, result.content_type):
        _, items, problems = await asyncio.to_thread(parse_feed, result.body, url=result.url)
        return SourceKind.RSS.value, Batch(items=items, problems=problems, final_url=result.url)
    item = await asyncio.to_thread(extract_page, result.body, url=result.url)
    return SourceKind.PAGE.value, Batch(items=[item], final_url=result.url)
