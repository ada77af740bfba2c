"""One pass over the due sources: each with its own time budget, a bounded number at once,
so a slow or broken source never holds up the others. Health is written back per source."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.ingest.collect import collect
from bot.ingest.errors import IngestError
from bot.ingest.http import ensure_http
from bot.ingest.saving import IngestFn, StoreStats, store_items
from bot.resources import Resources
from store import queries
from store.models import Source

log = logging.getLogger(__name__)

JITTER = 0.1  # ±10 % on every interval


@dataclass(slots=True)
class SourceOutcome:
    source_id: int
    name: str
    url: str
    ok: bool
    not_modified: bool = False
    items: int = 0
    stats: StoreStats = field(default_factory=StoreStats)
    error: str | None = None
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        if not self.ok:
            return f"FAIL {self.name}: {self.error} ({self.seconds:.1f} s)"
        if self.not_modified:
            return f"ok   {self.name}: not modified ({self.seconds:.1f} s)"
        s = self.stats
        line = (
            f"ok   {self.name}: {self.items} items, {s.new} new, {s.duplicates} duplicate, "
            f"{s.known} known, {s.failed} failed ({self.seconds:.1f} s)"
        )
        return line + (f" [{'; '.join(self.problems)}]" if self.problems else "")


@dataclass(slots=True)
class PassReport:
    outcomes: list[SourceOutcome] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        return sum(not o.ok for o in self.outcomes)

    @property
    def succeeded(self) -> int:
        return sum(o.ok for o in self.outcomes)

    @property
    def new(self) -> int:
        return sum(o.stats.new for o in self.outcomes)

    @property
    def not_modified(self) -> int:
        return sum(o.not_modified for o in self.outcomes)

    def totals(self) -> str:
        return (
            f"{len(self.outcomes)} sources: {self.succeeded} ok ({self.not_modified} unchanged), "
            f"{self.failed} failed; {self.new} new articles, "
            f"{sum(o.stats.duplicates for o in self.outcomes)} duplicates in {self.seconds:.1f} s"
        )


def next_check(
    now: dt.datetime,
    *,
    interval: int,
    failures: int,
    max_backoff: int,
    rng: random.Random | None = None,
) -> dt.datetime:
    """now + interval (doubled per failure in a row, capped), with ±10 % jitter."""
    base = min(interval * 2 ** min(failures, 30), max(max_backoff, interval))
    factor = 1 + (rng or random).uniform(-JITTER, JITTER)
    return now + dt.timedelta(seconds=base * factor)


def one_line(text: str, limit: int = 500) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


async def poll_source(
    resources: Resources, source: Source, *, ingest: IngestFn | None = None
) -> SourceOutcome:
    """Check one source and record its health. Never raises (except cancellation)."""
    if source.id is None:
        raise ValueError("the source is not stored")
    settings = resources.settings
    started = time.perf_counter()
    outcome = SourceOutcome(source_id=source.id, name=source.name, url=source.url, ok=False)
    etag, last_modified = None, None
    try:
        async with asyncio.timeout(settings.source_timeout_seconds):
            batch = await collect(
                resources,
                kind=source.kind,
                url=source.url,
                etag=source.etag,
                last_modified=source.last_modified,
            )
            etag, last_modified = batch.etag, batch.last_modified
            outcome.not_modified = batch.not_modified
            outcome.items = len(batch.items)
            outcome.problems.extend(batch.problems)
            if batch.items:
                outcome.stats = await store_items(
                    resources, batch.items, source_id=source.id, ingest=ingest
                )
                outcome.problems.extend(outcome.stats.problems)
        outcome.ok = True
    except IngestError as exc:
        outcome.error = str(exc)
    except TimeoutError:
        outcome.error = f"source took longer than {settings.source_timeout_seconds:g} s"
    except Exception as exc:
        log.exception("polling %s failed", source.url)
        outcome.error = f"internal error: {type(exc).__name__}: {exc}"
    outcome.seconds = time.perf_counter() - started
    now = resources.clock()
    try:
        async with resources.sessions() as session:
            if outcome.ok:
                problem = "; ".join(outcome.problems) if outcome.problems else None
                await queries.record_source_success(
                    session,
                    source_id=source.id,
                    now=now,
                    next_check_at=next_check(
                        now,
                        interval=source.interval_seconds,
                        failures=0,
                        max_backoff=settings.max_backoff_seconds,
                    ),
                    new_items=outcome.stats.fresh,
                    etag=etag,
                    last_modified=last_modified,
                    problem=one_line(problem) if problem else None,
                )
            else:
                await queries.record_source_failure(
                    session,
                    source_id=source.id,
                    now=now,
                    error=one_line(outcome.error or "unknown error"),
                    next_check_at=next_check(
                        now,
                        interval=source.interval_seconds,
                        failures=source.failures_in_row + 1,
                        max_backoff=settings.max_backoff_seconds,
                    ),
                )
    except Exception:
        log.exception("recording the health of %s failed", source.url)
    resources.count("ingest.sources_ok" if outcome.ok else "ingest.sources_failed")
    if outcome.ok:
        resources.count("ingest.articles_new", outcome.stats.new)
        log.info("%s", outcome.summary())
    else:
        log.warning("%s", outcome.summary())
    return outcome


async def poll_sources(
    resources: Resources, sources: Sequence[Source], *, ingest: IngestFn | None = None
) -> PassReport:
    """Poll `sources` with at most `poll_concurrency` at once."""
    started = time.perf_counter()
    ensure_http(resources)
    limit = asyncio.Semaphore(resources.settings.poll_concurrency)

    async def guarded(source: Source) -> SourceOutcome:
        async with limit:
            return await poll_source(resources, source, ingest=ingest)

    outcomes = await asyncio.gather(*(guarded(s) for s in sources))
    report = PassReport(outcomes=list(outcomes), seconds=time.perf_counter() - started)
    if not outcomes or report.succeeded:
        finished = resources.clock()
        resources.last_poll_success = finished  # what /healthz reports
    return report


async def poll_due(
    resources: Resources, *, everything: bool = False, ingest: IngestFn | None = None
) -> PassReport:
    """One pass over the sources that are due (or every enabled one)."""
    async with resources.sessions() as session:
        if everything:
            sources = await queries.enabled_sources(session)
        else:
            sources = await queries.due_sources(session, now=resources.clock())
    return await poll_sources(resources, sources, ingest=ingest)
