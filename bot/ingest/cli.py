"""`negobot poll` and `negobot sources list|add|remove|check` (registered by bot/cli.py)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Awaitable, Callable
from typing import Any

from bot.config import Settings
from bot.ingest.errors import IngestError
from bot.resources import Resources, open_resources
from store import queries
from store.models import SourceKind

# Fetching and parsing pull in feedparser, trafilatura and lxml: imported only by the commands
# that use them, so `negobot --help` and `negobot ask` start fast.
KINDS = tuple(k.value for k in SourceKind)

log = logging.getLogger(__name__)

EXIT_OK, EXIT_ALL_FAILED, EXIT_ERROR = 0, 1, 2


def out(line: str = "") -> None:
    sys.stdout.write(line + "\n")


def err(line: str) -> None:
    sys.stderr.write("negobot: " + " ".join(line.split()) + "\n")


def run(settings: Settings, body: Callable[[Resources], Awaitable[int]]) -> int:
    """Open the resources, run `body`, close everything; any error is one line, exit 2."""

    async def main() -> int:
        resources = await open_resources(settings)
        try:
            return await body(resources)
        finally:
            await resources.close()

    try:
        return asyncio.run(main())
    except IngestError as exc:
        err(str(exc))
    except KeyboardInterrupt:
        err("interrupted")
    except Exception as exc:
        log.debug("command failed", exc_info=True)
        err(f"{type(exc).__name__}: {exc}")
    return EXIT_ERROR


def cmd_poll(args: argparse.Namespace, settings: Settings) -> int:
    from bot.ingest.poller import poll_due
    from bot.ingest.sources import sync_sources

    async def body(resources: Resources) -> int:
        await sync_sources(resources)
        report = await poll_due(resources, everything=not args.due)
        for outcome in report.outcomes:
            out(outcome.summary())
        out(report.totals())
        if report.outcomes and not report.succeeded:
            return EXIT_ALL_FAILED
        return EXIT_OK

    return run(settings, body)


def _when(value: Any) -> str:
    return "never" if value is None else value.strftime("%Y-%m-%d %H:%M UTC")


def cmd_sources_list(args: argparse.Namespace, settings: Settings) -> int:
    from bot.ingest.sources import sync_sources

    async def body(resources: Resources) -> int:
        await sync_sources(resources)
        async with resources.sessions() as session:
            sources = await queries.list_sources(session)
        if not sources:
            out("no sources")
        for s in sources:
            state = "on " if s.enabled else "off"
            out(
                f"{state} {s.kind:<8} {s.name} <{s.url}> | last ok {_when(s.last_success_at)}"
                f" | failures in a row {s.failures_in_row} | errors {s.error_count}"
                f" | items {s.items_seen} | next {_when(s.next_check_at)}"
            )
            if s.last_error:
                out(f"      last error ({_when(s.last_error_at)}): {s.last_error}")
        return EXIT_OK

    return run(settings, body)


def cmd_sources_add(args: argparse.Namespace, settings: Settings) -> int:
    from bot.ingest.sources import add_source

    async def body(resources: Resources) -> int:
        source, created = await add_source(
            resources,
            args.url,
            kind=args.kind,
            name=args.name,
            lang=args.lang,
            interval_seconds=args.interval,
        )
        verb = "added" if created else "already present:"
        out(f"{verb} {source.kind} source {source.name} <{source.url}>")
        return EXIT_OK

    return run(settings, body)


def cmd_sources_remove(args: argparse.Namespace, settings: Settings) -> int:
    from bot.ingest.sources import remove_source

    async def body(resources: Resources) -> int:
        if not await remove_source(resources, args.url):
            raise IngestError(f"no source with URL {args.url}")
        out(f"removed (disabled) {args.url}")
        return EXIT_OK

    return run(settings, body)


def cmd_sources_check(args: argparse.Namespace, settings: Settings) -> int:
    from bot.ingest.locations import preview_location

    async def body(resources: Resources) -> int:
        kind, items, problems = await preview_location(resources, args.url)
        out(f"{args.url}: {kind}, {len(items)} items (nothing stored)")
        for item in items:
            when = item.published.strftime("%Y-%m-%d %H:%M") if item.published else "no date"
            note = " (summary only: the page would be fetched)" if item.needs_page else ""
            title = item.title or "(no title)"
            out(f"- {when} | {title} | {item.url} | {len(item.text)} chars{note}")
        for problem in problems:
            out(f"! {problem}")
        return EXIT_OK

    return run(settings, body)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    poll = sub.add_parser("poll", help="one pass over the sources, with a summary per source")
    poll.add_argument("--due", action="store_true", help="only the sources whose check is due")
    poll.set_defaults(func=cmd_poll)

    sources = sub.add_parser("sources", help="list, add, remove or check news sources")
    actions = sources.add_subparsers(dest="sources_command", required=True)
    listing = actions.add_parser("list", help="every source with its health")
    listing.set_defaults(func=cmd_sources_list)
    add = actions.add_parser("add", help="add a feed, page, t.me channel or local path")
    add.add_argument("url")
    add.add_argument("--kind", choices=KINDS, help="default: detected")
    add.add_argument("--name", help="default: the host or channel name")
    add.add_argument("--lang")
    add.add_argument("--interval", type=int, help="seconds between checks")
    add.set_defaults(func=cmd_sources_add)
    remove = actions.add_parser("remove", help="stop polling a source (kept, disabled)")
    remove.add_argument("url")
    remove.set_defaults(func=cmd_sources_remove)
    check = actions.add_parser("check", help="fetch once and show what would be ingested")
    check.add_argument("url")
    check.set_defaults(func=cmd_sources_check)
