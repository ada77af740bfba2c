"""`negobot ingest PATH|URL`: local files and folders, feeds and pages by URL."""

from __future__ import annotations

from pathlib import Path

import pytest
from localweb import FIXTURES, LocalServer
from sqlmodel import func, select

from bot.ingest.errors import IngestError
from bot.ingest.locations import ingest_location
from bot.resources import Resources
from store.models import Article

TEXT = (
    "Kyiv, 30 May 2025. Ukrainian Defence Minister Rustem Umerov said the delegation would "
    "travel to Istanbul for the second round of talks on 2 June, once it had received the "
    "Russian memorandum."
)


async def count(resources: Resources) -> int:
    async with resources.sessions() as session:
        return int((await session.exec(select(func.count()).select_from(Article))).one())


async def test_a_text_file_then_again(resources: Resources, tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(TEXT, encoding="utf-8")
    first = await ingest_location(resources, str(path))
    assert (first.kind, first.items, first.new) == ("file", 1, 1)
    again = await ingest_location(resources, str(path))
    assert again.new == 0 and again.known == 1
    assert await count(resources) == 1


async def test_a_folder(resources: Resources, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "page.html").write_bytes((FIXTURES / "article.html").read_bytes())
    (tmp_path / "ignored.bin").write_bytes(b"\x00\x01")
    outcome = await ingest_location(resources, str(tmp_path))
    assert outcome.items == 2 and outcome.new == 2


async def test_missing_and_binary_files_write_nothing(
    resources: Resources, tmp_path: Path
) -> None:
    with pytest.raises(IngestError, match="no such file or folder"):
        await ingest_location(resources, str(tmp_path / "missing.txt"))
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "z-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(IngestError, match="binary file") as info:
        await ingest_location(resources, str(tmp_path))
    assert "\n" not in str(info.value)
    assert await count(resources) == 0  # the good file was not stored either


async def test_urls_detect_feed_and_page(resources: Resources, server: LocalServer) -> None:
    feed = await ingest_location(resources, server.url("/atom"))
    assert feed.kind == "rss" and feed.new == 2
    page = await ingest_location(resources, server.url("/articles/memorandum-drafted"))
    assert page.kind == "page" and page.new == 1
    with pytest.raises(IngestError, match="HTTP 404"):
        await ingest_location(resources, server.url("/bad/404"))


async def test_private_url_refused_without_the_setting(tmp_path: Path) -> None:
    from localweb import make_settings

    from bot.resources import open_resources

    res = await open_resources(make_settings(tmp_path, allow_private_sources=False))
    try:
        with pytest.raises(IngestError, match="NEGOBOT_ALLOW_PRIVATE_SOURCES"):
            await ingest_location(res, "http://127.0.0.1:9/feed")
    finally:
        await res.close()
