"""Fixtures for the ingest tests: local servers, settings for tests, resources."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from localweb import LocalServer, ServerState, make_settings, start_server, stop_server

from bot.config import Settings


@pytest.fixture
async def server() -> AsyncIterator[LocalServer]:
    state = ServerState()
    runner, base = await start_server(state)
    try:
        yield LocalServer(base=base, state=state)
    finally:
        await stop_server(runner, state)


@pytest.fixture
def thread_server() -> Iterator[LocalServer]:
    """The same server on its own loop in a thread (for synchronous CLI tests)."""
    loop = asyncio.new_event_loop()
    state = ServerState()
    ready = threading.Event()
    holder: dict[str, Any] = {}

    def serve() -> None:
        asyncio.set_event_loop(loop)
        holder["runner"], holder["base"] = loop.run_until_complete(start_server(state))
        ready.set()
        loop.run_forever()
        loop.run_until_complete(stop_server(holder["runner"], state))

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    assert ready.wait(10)
    try:
        yield LocalServer(base=holder["base"], state=state)
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Overrides the root fixture (short timeouts, private sources); the root `resources`
    fixture then opens these."""
    return make_settings(tmp_path)
