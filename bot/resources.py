"""The shared resources of a running bot, kept in PTB's `bot_data` (typed via ContextTypes)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.config import Settings
from store.db import make_engine, make_session_factory, upgrade

if TYPE_CHECKING:
    import aiohttp


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class Resources:
    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    clock: Callable[[], dt.datetime] = utc_now
    http: aiohttp.ClientSession | None = None
    counters: dict[str, int] = field(default_factory=dict)
    started_at: dt.datetime = field(default_factory=utc_now)
    polling_enabled: bool = False
    last_poll_success: dt.datetime | None = None

    def count(self, name: str, n: int = 1) -> None:
        self.counters[name] = self.counters.get(name, 0) + n

    async def close(self) -> None:
        if self.http is not None and not self.http.closed:
            await self.http.close()
        await self.engine.dispose()


class BotData:
    """PTB's `bot_data` (see ContextTypes): PTB creates it empty, `post_init` attaches the
    resources and `post_shutdown` detaches them."""

    def __init__(self) -> None:
        self._resources: Resources | None = None

    @property
    def resources(self) -> Resources:
        if self._resources is None:
            raise RuntimeError("resources are opened in post_init; the application is not running")
        return self._resources

    @property
    def is_open(self) -> bool:
        return self._resources is not None

    def attach(self, resources: Resources) -> None:
        self._resources = resources

    def detach(self) -> Resources | None:
        resources, self._resources = self._resources, None
        return resources


async def open_resources(
    settings: Settings, *, clock: Callable[[], dt.datetime] = utc_now, migrate: bool = True
) -> Resources:
    """Open the database (running migrations) and return the resources; close them with close()."""
    engine = make_engine(settings.database_url)
    if migrate:
        await upgrade(engine)
    return Resources(
        settings=settings, engine=engine, sessions=make_session_factory(engine), clock=clock
    )
