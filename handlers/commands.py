"""Command replies. Shape: parse args -> one query -> one format call -> the reply text.

Each `cmd_*` takes the shared resources and an `Ask` (the parsed command) and returns Telegram
HTML; `bot.app` sends it and `negobot ask` prints it, so both run exactly this code.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot.extract import name_key
from bot.resources import Resources
from handlers import formatting
from handlers.formatting import esc
from store import queries

MAX_NAME = 80
TOPICS = tuple(formatting.TOPIC_LABELS)


@dataclass(frozen=True, slots=True)
class Ask:
    command: str
    args: tuple[str, ...]
    now: dt.datetime
    chat_id: int | None = None
    user_id: int | None = None
    is_admin: bool = False

    @property
    def text(self) -> str:
        return " ".join(self.args).strip()


def parse_command(line: str, *, now: dt.datetime, **kwargs: object) -> Ask | None:
    """'/who@negobot Kellogg' -> Ask(command='who', args=('Kellogg',)). None if not a command."""
    parts = line.strip().split()
    if not parts or not parts[0].startswith("/") or len(parts[0]) < 2:
        return None
    command = parts[0][1:].split("@", 1)[0].lower()
    return Ask(command=command, args=tuple(parts[1:]), now=now, **kwargs)  # type: ignore[arg-type]


def _tz(resources: Resources) -> ZoneInfo:
    return ZoneInfo(resources.settings.timezone)


async def cmd_next_round(resources: Resources, ask: Ask) -> str:
    tz = _tz(resources)
    today = ask.now.astimezone(tz).date()
    async with resources.sessions() as session:
        view = await queries.next_round(session, today=today)
        last = None if view else await queries.last_round(session, before=today)
    return formatting.format_next_round(view, today=today, tz=tz, last=last)


async def cmd_rounds(resources: Resources, ask: Ask) -> str:
    async with resources.sessions() as session:
        views = await queries.list_rounds(session, limit=15)
    return formatting.format_rounds(views, tz=_tz(resources))


def _name(ask: Ask) -> str | None:
    """The NAME argument, or None when it is missing or too long to be a name."""
    name = ask.text
    return name if name and len(name) <= MAX_NAME else None


async def cmd_who(resources: Resources, ask: Ask) -> str:
    if (name := _name(ask)) is None:
        return "Usage: /who NAME — for example /who Kellogg"
    async with resources.sessions() as session:
        person = await queries.find_person(session, key=name_key(name), text=name)
        view = None if person is None else await queries.person_profile(session, person=person)
    if view is None:
        return formatting.format_not_found("person", name)
    return formatting.format_person(view, tz=_tz(resources))


async def cmd_said(resources: Resources, ask: Ask) -> str:
    if (name := _name(ask)) is None:
        return "Usage: /said NAME — for example /said Lavrov"
    async with resources.sessions() as session:
        person = await queries.find_person(session, key=name_key(name), text=name)
        if person is None or person.id is None:
            return formatting.format_not_found("person", name)
        views = await queries.statements_by(session, person_id=person.id, limit=5)
    return formatting.format_statements(f"{person.name} said", views, tz=_tz(resources))


async def cmd_memorandum(resources: Resources, ask: Ask) -> str:
    async with resources.sessions() as session:
        views = await queries.statements_on_topic(session, topic="memorandum", limit=5)
    return formatting.format_statements("On the memorandum", views, tz=_tz(resources))


async def cmd_topic(resources: Resources, ask: Ask) -> str:
    topic = ask.text.lower().replace(" ", "_").replace("-", "_")
    if topic not in TOPICS:
        return "Usage: /topic TOPIC — one of: " + esc(", ".join(TOPICS))
    async with resources.sessions() as session:
        views = await queries.statements_on_topic(session, topic=topic, limit=5)
    title = f"On {formatting.TOPIC_LABELS[topic]}"
    return formatting.format_statements(title, views, tz=_tz(resources))
