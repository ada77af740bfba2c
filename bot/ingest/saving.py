"""Items → stored articles: skip known URLs, fetch full pages for summaries, drop
near-duplicates onto the stored original (recording the outlet), extract + store the rest."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import weakref
from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.ingest.dedup import canonical_url, simhash, to_signed
from bot.ingest.errors import IngestError
from bot.ingest.http import ACCEPT_PAGE, ensure_http, fetch
from bot.ingest.items import Item
from bot.ingest.pages import extract_page
from bot.resources import Resources
from store import queries
from store.records import SaveResult

log = logging.getLogger(__name__)


class IngestFn(Protocol):
    """The pipeline's `ingest_text`: extract facts and store article + facts in one go."""

    async def __call__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        *,
        url: str,
        text: str,
        title: str,
        published: dt.datetime | None,
        source_id: int | None,
        simhash: int | None,
    ) -> tuple[SaveResult, object]: ...


def default_ingest() -> IngestFn:
    """The real pipeline, imported late (it pulls in the extractor)."""
    from bot.ingest.pipeline import ingest_text

    return ingest_text


_LOCKS: weakref.WeakKeyDictionary[object, asyncio.Lock] = weakref.WeakKeyDictionary()


def _store_lock(resources: Resources) -> asyncio.Lock:
    """One lock per store: the near-duplicate check and the insert that follows it must not
    interleave with another source's, or two outlets' copies of a story would both be stored.
    Fetching stays concurrent; only this short step (extraction + one transaction) is serial."""
    lock = _LOCKS.get(resources.sessions)
    if lock is None:
        lock = _LOCKS[resources.sessions] = asyncio.Lock()
    return lock


@dataclass(slots=True)
class StoreStats:
    new: int = 0  # stored as new articles (with their facts)
    duplicates: int = 0  # same or near-same text already stored: outlet recorded
    known: int = 0  # URL already stored: nothing to do
    failed: int = 0
    article_ids: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def fresh(self) -> int:
        """Items this pass had not seen before."""
        return self.new + self.duplicates + self.failed


async def _full_text(resources: Resources, item: Item) -> Item:
    """The item with its article page's text, or unchanged if the page cannot be read."""
    result = await fetch(
        ensure_http(resources), item.url, settings=resources.settings, accept=ACCEPT_PAGE
    )
    page = await asyncio.to_thread(extract_page, result.body, url=result.url)
    if len(page.text) <= len(item.text):
        return item
    return Item(
        url=item.url,
        title=item.title or page.title,
        text=page.text,
        published=item.published or page.published,
    )


async def store_items(
    resources: Resources,
    items: list[Item],
    *,
    source_id: int | None,
    ingest: IngestFn | None = None,
    page_budget: int | None = None,
) -> StoreStats:
    """Store each new item once. Never raises for one bad item: it is counted and noted."""
    ingest = ingest or default_ingest()
    settings = resources.settings
    budget = settings.max_pages_per_source if page_budget is None else page_budget
    stats = StoreStats()
    canon = [canonical_url(i.url) for i in items]
    async with resources.sessions() as session:
        known = await queries.known_urls(session, urls=canon)
    page_failures = 0
    for url, item in zip(canon, items, strict=True):
        if url in known:
            stats.known += 1
            continue
        known.add(url)
        if item.needs_page and budget > 0:
            budget -= 1
            try:
                item = await _full_text(resources, item)
            except IngestError as exc:
                page_failures += 1
                log.info("page %s: %s (keeping the feed summary)", url, exc)
        text = item.text.strip() or item.title.strip()
        if not text:
            stats.failed += 1
            continue
        signed = to_signed(simhash(text))
        try:
            async with _store_lock(resources):
                async with resources.sessions() as session:
                    original = await queries.find_near_duplicate(
                        session, simhash=signed, max_distance=settings.near_duplicate_distance
                    )
                    if original is not None:
                        await queries.add_article_source(
                            session, article_id=original, url=url, source_id=source_id
                        )
                if original is not None:
                    stats.duplicates += 1
                    continue
                result, _ = await ingest(
                    resources.sessions,
                    url=url,
                    text=text,
                    title=item.title,
                    published=item.published,
                    source_id=source_id,
                    simhash=signed,
                )
        except Exception as exc:  # one bad article must not stop the others
            log.exception("storing %s failed", url)
            stats.failed += 1
            stats.problems.append(f"storing {url} failed: {type(exc).__name__}: {exc}")
            continue
        if result.created:
            stats.new += 1
            stats.article_ids.append(result.article_id)
        else:
            stats.duplicates += 1
    if page_failures:
        stats.problems.append(f"{page_failures} article pages unreadable (feed summary kept)")
    return stats
