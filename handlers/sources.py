"""/sources (admins): each source's health; `/sources add URL [KIND]`, `/sources remove URL`."""

from __future__ import annotations

from bot.ingest.errors import IngestError
from bot.ingest.sources import add_source, remove_source
from bot.resources import Resources
from handlers.commands import Ask
from handlers.formatting import esc, format_sources
from store import queries

USAGE = (
    "Usage: /sources — health of every source; /sources add URL [rss|page|telegram]; "
    "/sources remove URL"
)


async def cmd_sources(resources: Resources, ask: Ask) -> str:
    """The reply to /sources (the COMMANDS table lets only admins in)."""
    args = ask.args
    if not args or args[0] == "list":
        async with resources.sessions() as session:
            sources = await queries.list_sources(session)
        return format_sources(sources, now=ask.now)
    action, rest = args[0].lower(), list(args[1:])
    try:
        if action == "add" and rest:
            kind = rest[1] if len(rest) > 1 else None
            source, created = await add_source(resources, rest[0], kind=kind)
            verb = "Added" if created else "Already there:"
            return f"{verb} {esc(source.kind)} source <b>{esc(source.name)}</b> {esc(source.url)}"
        if action == "remove" and rest:
            if await remove_source(resources, rest[0]):
                return f"Removed {esc(rest[0])} (kept, disabled)."
            return f"No source with URL {esc(rest[0])}."
    except IngestError as exc:
        return f"Refused: {esc(exc)}"
    return esc(USAGE)
