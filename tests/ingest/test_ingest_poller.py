"""A whole pass against the local server: good sources store their articles once, every bad
source ends as a counted, visible error, and the pass finishes on time."""

from __future__ import annotations

import datetime as dt
import random
import time
from typing import Any

from localweb import LocalServer, closed_port
from sqlmodel import col, func, select

from bot.ingest.poller import next_check, poll_due
from bot.resources import Resources
from store import queries
from store.models import Article, ArticleSource, Source

GOOD = {
    "/rss/en": ("rss", "Harbour Courier"),
    "/atom": ("rss", "Residence"),
    "/rss/uk": ("rss", "Вісник Подолу"),
    "/s/test_channel": ("telegram", "Channel"),
    "/syndicated": ("rss", "Wire Partner"),
    "/articles/memorandum-drafted": ("page", "Courier page"),
}
BAD = {
    "/bad/malformed": "malformed feed XML",
    "/bad/html": "not a feed: the server sent an HTML page",
    "/bad/empty": "empty response body",
    "/bad/huge": "body too large",
    "/bad/gzip-bomb": "body too large",
    "/bad/hang": "timed out after 1 s",
    "/bad/loop": "redirect loop",
    "/r/6": "too many redirects",
    "/bad/404": "HTTP 404",
    "/bad/500": "HTTP 500",
    "/bad/only-unlinked": "no usable entries",
}
PARTIAL = {
    "/bad/no-links-or-dates": "entries without a link skipped",
    "/bad/duplicate-guids": "duplicate GUID",
}


async def add_all(resources: Resources, server: LocalServer) -> dict[str, str]:
    urls: dict[str, str] = {}
    async with resources.sessions() as session:
        for path, (kind, name) in GOOD.items():
            await queries.add_source(session, url=server.url(path), kind=kind, name=name)
            urls[path] = server.url(path)
        for path in [*BAD, *PARTIAL]:
            await queries.add_source(session, url=server.url(path), kind="rss", name=path)
            urls[path] = server.url(path)
        refused = f"http://127.0.0.1:{closed_port()}/feed"
        await queries.add_source(session, url=refused, kind="rss", name="refused")
        urls["refused"] = refused
    return urls


async def sources_by_url(resources: Resources) -> dict[str, Source]:
    async with resources.sessions() as session:
        return {s.url: s for s in await queries.list_sources(session)}


async def scalar(resources: Resources, query: Any) -> Any:
    async with resources.sessions() as session:
        return (await session.exec(query)).one()


async def test_one_pass_over_good_and_bad_sources(
    resources: Resources, server: LocalServer
) -> None:
    urls = await add_all(resources, server)
    started = time.perf_counter()
    report = await poll_due(resources)
    elapsed = time.perf_counter() - started
    assert elapsed < 8, f"a broken source held up the pass: {elapsed:.1f} s"
    assert len(report.outcomes) == len(urls)
    assert resources.last_poll_success is not None

    sources = await sources_by_url(resources)
    now = resources.clock()
    for path in GOOD:
        s = sources[urls[path]]
        assert s.failures_in_row == 0 and s.last_error is None, (path, s.last_error)
        assert s.last_success_at is not None and s.items_seen > 0, path
    for path, message in BAD.items():
        s = sources[urls[path]]
        assert s.failures_in_row == 1 and s.error_count == 1, path
        assert s.last_error is not None and message in s.last_error, (path, s.last_error)
        assert "\n" not in s.last_error
        assert s.next_check_at is not None
        assert s.next_check_at > now + dt.timedelta(seconds=600 * 2 * 0.85), path  # backed off
    refused = sources[urls["refused"]]
    assert refused.failures_in_row == 1 and "cannot connect" in (refused.last_error or "")
    for path, message in PARTIAL.items():
        s = sources[urls[path]]
        assert s.failures_in_row == 0 and s.error_count == 1, path  # counted, not backed off
        assert message in (s.last_error or ""), (path, s.last_error)
        assert s.items_seen == 1

    # The summary-only entry was completed from its article page.
    memo = await scalar(
        resources, select(Article).where(col(Article.url).endswith("/articles/memorandum-drafted"))
    )
    assert "there are no deadlines" in memo.text
    assert memo.title == "Kremlin says memorandum on peace terms is being drafted"
    # The syndicated copy is stored once, with both outlets recorded.
    copies = await scalar(
        resources,
        select(func.count()).select_from(Article).where(col(Article.text).contains("Dolmabahce")),
    )
    assert copies == 1
    outlets = await scalar(
        resources,
        select(func.count())
        .select_from(ArticleSource)
        .join(Article, col(Article.id) == col(ArticleSource.article_id))
        .where(col(Article.text).contains("Dolmabahce")),
    )
    assert outlets == 2
    # Telegram posts are articles with their t.me links.
    post = await scalar(
        resources, select(Article).where(Article.url == "https://t.me/test_channel/4101")
    )
    assert post.published_at == dt.datetime(2025, 5, 16, 18, 22, 5, tzinfo=dt.UTC)

    # Second pass: unchanged feeds cost one 304; nothing is fetched or stored twice.
    articles_before = await scalar(resources, select(func.count()).select_from(Article))
    page_hits = server.state.hits["/articles/memorandum-drafted"]
    second = await poll_due(resources, everything=True)
    by_url = {o.url: o for o in second.outcomes}
    for path in ("/rss/en", "/atom", "/rss/uk", "/syndicated"):
        assert by_url[urls[path]].not_modified, path
    assert by_url[urls["/s/test_channel"]].stats.known == 2
    assert await scalar(resources, select(func.count()).select_from(Article)) == articles_before
    assert server.state.hits["/articles/memorandum-drafted"] == page_hits + 1  # the page source
    sources = await sources_by_url(resources)
    assert sources[urls["/bad/404"]].failures_in_row == 2
    assert sources[urls["/bad/404"]].error_count == 2


async def test_only_due_sources_are_polled(resources: Resources, server: LocalServer) -> None:
    async with resources.sessions() as session:
        await queries.add_source(session, url=server.url("/rss/en"), kind="rss", name="en")
        await queries.add_source(session, url=server.url("/atom"), kind="rss", name="atom")
    first = await poll_due(resources)
    assert len(first.outcomes) == 2
    assert (await poll_due(resources)).outcomes == []  # both checked, next check later
    later = resources.clock() + dt.timedelta(hours=1)
    async with resources.sessions() as session:
        due = await queries.due_sources(session, now=later)
    assert len(due) == 2


async def test_a_crashing_extractor_fails_one_item_not_the_source(
    resources: Resources, server: LocalServer
) -> None:
    async with resources.sessions() as session:
        await queries.add_source(session, url=server.url("/atom"), kind="rss", name="atom")

    async def broken(sessions: Any, **kwargs: Any) -> Any:
        raise RuntimeError("extractor exploded")

    report = await poll_due(resources, ingest=broken)
    outcome = report.outcomes[0]
    assert outcome.ok and outcome.stats.failed == 2 and outcome.stats.new == 0
    assert await scalar(resources, select(func.count()).select_from(Article)) == 0
    source = (await sources_by_url(resources))[server.url("/atom")]
    assert "extractor exploded" in (source.last_error or "")


def test_backoff_doubles_and_is_capped() -> None:
    now = dt.datetime(2025, 6, 1, tzinfo=dt.UTC)
    rng = random.Random(1)
    delays = [
        (
            next_check(now, interval=600, failures=f, max_backoff=6 * 3600, rng=rng) - now
        ).total_seconds()
        for f in range(8)
    ]
    for failures, delay in enumerate(delays):
        expected = min(600 * 2**failures, 6 * 3600)
        assert expected * 0.9 <= delay <= expected * 1.1
    assert len({round(d) for d in delays[:3]}) == 3
