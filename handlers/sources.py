"""/sources (admins): each source's health; `/sources add URL [KIND]`, `/sources remove URL`."""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Sequence
from typing import Any

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import CallbackContext

from bot.ingest.errors import IngestError
from bot.ingest.sources import add_source, remove_source
from bot.resources import Resources
from store import queries
from store.models import Source

log = logging.getLogger(__name__)

MAX_MESSAGE = 4096
USAGE = (
    "Usage: /sources — health of every source; /sources add URL [rss|page|telegram]; "
    "/sources remove URL"
)


def esc(text: object) -> str:
    return html.escape(str(text), quote=False)


def ago(moment: dt.datetime | None, now: dt.datetime) -> str:
    if moment is None:
        return "never"
    seconds = int((now - moment).total_seconds())
    if seconds < 0:
        return "in " + ago(now, moment).removesuffix(" ago")
    for size, unit in ((86400, "d"), (3600, "h"), (60, "min")):
        if seconds >= size:
            return f"{seconds // size} {unit} ago"
    return f"{seconds} s ago"


def source_line(source: Source, now: dt.datetime) -> str:
    if not source.enabled:
        mark = "⏸"
    elif source.failures_in_row:
        mark = "❌"
    elif source.last_success_at is None:
        mark = "⏳"
    else:
        mark = "✅"
    line = (
        f"{mark} <b>{esc(source.name)}</b> ({esc(source.kind)}) — last success "
        f"{ago(source.last_success_at, now)}, failures in a row {source.failures_in_row}, "
        f"items seen {source.items_seen}"
    )
    if source.last_error:
        line += (
            f"\n    last error {ago(source.last_error_at, now)}: {esc(source.last_error[:300])}"
        )
    return line


def health_text(sources: Sequence[Source], now: dt.datetime) -> str:
    if not sources:
        return "No sources yet. Add one with /sources add URL"
    failing = sum(1 for s in sources if s.enabled and s.failures_in_row)
    enabled = sum(1 for s in sources if s.enabled)
    head = f"<b>Sources</b>: {enabled} enabled, {failing} failing"
    lines = [head, *(source_line(s, now) for s in sources)]
    text = "\n".join(lines)
    if len(text) <= MAX_MESSAGE:
        return text
    kept: list[str] = [head]
    size = len(head)
    for line in lines[1:]:
        if size + len(line) + 60 > MAX_MESSAGE:
            kept.append(f"… and {len(lines) - len(kept)} more (negobot sources list)")
            break
        kept.append(line)
        size += len(line) + 1
    return "\n".join(kept)


async def sources_reply(resources: Resources, *, args: Sequence[str], is_admin: bool) -> str:
    """The reply to /sources with these arguments (HTML)."""
    if not is_admin:
        return "Only admins can see and change the sources."
    if not args or args[0] == "list":
        async with resources.sessions() as session:
            sources = await queries.list_sources(session)
        return health_text(sources, resources.clock())
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


def _resources(context: CallbackContext[Any, Any, Any, Any]) -> Resources:
    data = context.bot_data
    if isinstance(data, Resources):
        return data
    resources = getattr(data, "resources", None)
    if isinstance(resources, Resources):
        return resources
    raise RuntimeError("bot_data holds no Resources")


async def cmd_sources(update: Update, context: CallbackContext[Any, Any, Any, Any]) -> None:
    message = update.effective_message
    user = update.effective_user
    if message is None:
        return
    resources = _resources(context)
    is_admin = user is not None and user.id in resources.settings.admin_ids
    try:
        text = await sources_reply(resources, args=context.args or [], is_admin=is_admin)
    except Exception:
        log.exception("/sources failed")
        text = "Something went wrong reading the sources; the error is in the log."
    await message.reply_text(text, parse_mode=ParseMode.HTML, disable_web_page_preview=True)
