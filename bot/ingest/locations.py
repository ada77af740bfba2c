"""`negobot ingest PATH|URL`: one local file/folder or one URL (feed, page or channel)."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.ingest.collect import collect_location, is_remote
from bot.ingest.dedup import canonical_url
from bot.ingest.errors import IngestError
from bot.ingest.items import Item
from bot.ingest.saving import IngestFn, store_items
from bot.ingest.security import check_url
from bot.ingest.telegram_channel import is_telegram_url
from bot.resources import Resources
from store import queries

__all__ = ["IngestError", "IngestOutcome", "ingest_location", "preview_location"]


@dataclass(slots=True)
class IngestOutcome:
    location: str
    kind: str
    items: int = 0
    new: int = 0
    duplicates: int = 0
    known: int = 0
    failed: int = 0
    article_ids: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        line = (
            f"{self.location} ({self.kind}): {self.items} items, {self.new} new, "
            f"{self.duplicates} duplicate, {self.known} already stored, {self.failed} failed"
        )
        return line + (f" [{'; '.join(self.problems)}]" if self.problems else "")


async def preview_location(
    resources: Resources, location: str
) -> tuple[str, list[Item], list[str]]:
    """(kind, items, problems) — what ingesting `location` would read; nothing is stored."""
    location = location.strip()
    if not location:
        raise IngestError("empty location")
    if is_remote(location) and not is_telegram_url(location):
        await check_url(location, allow_private=resources.settings.allow_private_sources)
    kind, batch = await collect_location(resources, location)
    return kind, batch.items, batch.problems


async def ingest_location(
    resources: Resources, location: str, *, ingest: IngestFn | None = None
) -> IngestOutcome:
    """Read a local file/folder or an http(s) URL and store what is new. Every file is read
    and checked before anything is written; a missing or binary file raises IngestError."""
    kind, items, problems = await preview_location(resources, location)
    source_id = None
    if is_remote(location):
        async with resources.sessions() as session:
            source = await queries.get_source(session, url=canonical_url(location))
            source = source or await queries.get_source(session, url=location)
            source_id = source.id if source is not None else None
    stats = await store_items(resources, items, source_id=source_id, ingest=ingest)
    return IngestOutcome(
        location=location,
        kind=kind,
        items=len(items),
        new=stats.new,
        duplicates=stats.duplicates,
        known=stats.known,
        failed=stats.failed,
        article_ids=stats.article_ids,
        problems=problems + stats.problems,
    )
