"""Benchmark: one poll pass over 500 feeds served locally, 80 % answering 304.

    .venv/bin/python bench/poll.py [--feeds 500] [--runs 5] [--per-host N]

A feed server runs in a separate process (so its CPU is not counted). Sources are stored in a
temporary SQLite database (private addresses allowed). A first pass learns every ETag and
stores the entries (facts extraction replaced by a plain store call: this measures the
fetching side). Then each measured pass polls every source: 4 in 5 feeds answer 304 to the
conditional GET; the others changed (new ETag, same entries, all already stored).
Reported: wall time and CPU time (time.process_time) of the pass, and CPU per unchanged feed
from a pass where every feed answers 304. Median of the runs.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aiohttp import web

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Bench feed {n}</title><link>http://bench.test/{n}</link><description>bench</description>
{items}</channel></rss>"""
ITEM = """<item><title>Report {n}-{i}: delegations discuss the memorandum</title>
<link>http://bench.test/{n}/story-{i}</link><guid>bench-{n}-{i}</guid>
<pubDate>Mon, 02 Jun 2025 1{i}:00:00 +0000</pubDate>
<content:encoded><![CDATA[<p>Report {n}-{i}. Feed {n} carries story {i} about round {i}
of the talks; the delegation of outlet {n} says the memorandum number {n}{i} is still being
discussed, with the exchange of prisoners number {i}{n} and a ceasefire of {n} days on the
table.</p>]]></content:encoded>
</item>"""


def check(ok: bool, message: str) -> None:
    if not ok:
        raise SystemExit(f"bench: {message}")


def serve(changed_every: int) -> None:
    """The feed server (run in its own process); prints its port."""
    counter = {"gen": 0, "all_unchanged": False}

    async def feed(request: web.Request) -> web.Response:
        n = int(request.match_info["n"])
        changed = n % changed_every == 0 and not counter["all_unchanged"]
        etag = f'"feed-{n}-{counter["gen"] if changed else 0}"'
        if changed:
            counter["gen"] += 1
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        items = "".join(ITEM.format(n=n, i=i) for i in range(3))
        return web.Response(
            text=FEED.format(n=n, items=items),
            content_type="application/rss+xml",
            headers={"ETag": etag},
        )

    async def mode(request: web.Request) -> web.Response:
        counter["all_unchanged"] = request.match_info["m"] == "unchanged"
        return web.Response(text="ok")

    async def main() -> None:
        app = web.Application()
        app.router.add_get("/feed/{n}", feed)
        app.router.add_get("/mode/{m}", mode)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
        await site.start()
        print(runner.addresses[0][1], flush=True)
        await asyncio.Event().wait()

    asyncio.run(main())


async def bench(base: str, feeds: int, runs: int, per_host: int | None) -> dict[str, Any]:
    import aiohttp

    from bot.config import Settings
    from bot.ingest.pipeline import content_hash
    from bot.ingest.poller import poll_due
    from bot.resources import open_resources
    from store import queries
    from store.records import ArticleRecord, FactsRecord, SaveResult

    async def store_only(sessions: Any, **kw: Any) -> tuple[SaveResult, object]:
        record = ArticleRecord(
            url=kw["url"],
            text=kw["text"],
            content_hash=content_hash(kw["text"]),
            title=kw["title"],
            published_at=kw["published"],
            simhash=kw["simhash"],
            source_id=kw["source_id"],
        )
        async with sessions() as session:
            return await queries.save_article(session, article=record, facts=FactsRecord()), None

    with tempfile.TemporaryDirectory() as tmp:
        overrides: dict[str, Any] = {}
        if per_host is not None:
            overrides["http_max_per_host"] = per_host
        settings = Settings(
            _env_file=None,  # type: ignore[call-arg]
            database_url=f"sqlite+aiosqlite:///{tmp}/bench.db",
            allow_private_sources=True,
            load_default_sources=False,
            **overrides,
        )
        resources = await open_resources(settings)
        try:
            async with resources.sessions() as session:
                for n in range(feeds):
                    await queries.add_source(
                        session, url=f"{base}/feed/{n}", kind="rss", name=f"feed {n}"
                    )
            async with aiohttp.ClientSession() as control:
                await (await control.get(f"{base}/mode/mixed")).release()
            t0 = time.perf_counter()
            first = await poll_due(resources, everything=True, ingest=store_only)
            first_wall = time.perf_counter() - t0
            check(first.failed == 0, f"first pass failures: {first.failed}")
            walls, cpus, unchanged = [], [], []
            for _ in range(runs):
                c0, t0 = time.process_time(), time.perf_counter()
                report = await poll_due(resources, everything=True, ingest=store_only)
                walls.append(time.perf_counter() - t0)
                cpus.append(time.process_time() - c0)
                unchanged.append(report.not_modified)
                check(report.failed == 0, f"{report.failed} sources failed")
                check(report.new == 0, f"{report.new} new articles in a no-news pass")
            async with aiohttp.ClientSession() as control:
                await (await control.get(f"{base}/mode/unchanged")).release()
            await poll_due(resources, everything=True, ingest=store_only)  # learn new ETags
            only_304 = []
            for _ in range(runs):
                c0 = time.process_time()
                report = await poll_due(resources, everything=True, ingest=store_only)
                only_304.append((time.process_time() - c0) / max(report.not_modified, 1))
                check(report.not_modified == feeds, "not every feed answered 304")
        finally:
            await resources.close()
    return {
        "first_wall": first_wall,
        "wall": statistics.median(walls),
        "cpu": statistics.median(cpus),
        "unchanged": statistics.median(unchanged),
        "cpu_per_304": statistics.median(only_304),
        "per_host": settings.http_max_per_host,
        "max_conn": settings.http_max_connections,
        "concurrency": settings.poll_concurrency,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--per-host", type=int, default=None, help="default: the setting")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(changed_every=5)
        return 0
    server = subprocess.Popen(  # noqa: S603 - our own interpreter and script
        [sys.executable, __file__, "--serve"], stdout=subprocess.PIPE, text=True
    )
    try:
        port = int(server.stdout.readline()) if server.stdout else 0
        r = asyncio.run(bench(f"http://127.0.0.1:{port}", args.feeds, args.runs, args.per_host))
    finally:
        server.terminate()
        server.wait(10)
    print(f"feeds: {args.feeds}, changed: 1 in 5, runs: {args.runs} (median)")
    print(
        f"limits: {r['max_conn']} connections, {r['per_host']} per host, "
        f"{r['concurrency']} sources at once"
    )
    print(f"{'measure':<42}{'value':>12}")
    print(f"{'first pass (learn ETags, store entries)':<42}{r['first_wall']:>10.2f} s")
    print(f"{'measured pass: wall time':<42}{r['wall']:>10.2f} s")
    print(f"{'measured pass: CPU time':<42}{r['cpu']:>10.2f} s")
    print(f"{'measured pass: feeds answering 304':<42}{r['unchanged']:>12.0f}")
    print(f"{'CPU per unchanged feed (all-304 pass)':<42}{r['cpu_per_304'] * 1000:>9.2f} ms")
    print("under 10 s:", "yes" if r["wall"] < 10 else "NO")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
