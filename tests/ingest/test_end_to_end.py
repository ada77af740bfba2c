"""The whole path, with no shortcuts: an admin adds a feed in Telegram, PTB's JobQueue polls it,
the articles are extracted and stored, and a user's question is answered from them."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from localweb import LocalServer, make_settings

from bot.app import build_application, running
from bot.emulator import BotAPIEmulator
from bot.resources import open_resources
from store import queries

TOKEN = "7012345678:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1"
ADMIN = 42


async def eventually(check: Callable[[], object], limit: float = 20.0) -> None:
    async with asyncio.timeout(limit):
        while not await check():  # type: ignore[misc]  # noqa: ASYNC110 - polling the store
            await asyncio.sleep(0.1)


async def test_admin_adds_a_feed_the_scheduler_polls_it_and_users_get_answers(
    tmp_path: Path, server: LocalServer
) -> None:
    settings = make_settings(tmp_path, poll_job_seconds=0.3)
    async with BotAPIEmulator() as emu:
        live = settings.model_copy(update={"telegram_api_url": emu.base_url})
        resources = await open_resources(live, clock=lambda: dt.datetime.now(dt.UTC))
        try:
            app = build_application(live, resources=resources, token=TOKEN, polling_jobs=True)
            async with running(app, poll_timeout=1):
                admin = emu.user(id=ADMIN, first_name="Admin")
                admin_chat = emu.private_chat(admin)
                await emu.send_message(admin_chat, admin, f"/sources add {server.url('/rss/en')}")
                added = await emu.wait_for_message(admin_chat, timeout=10)
                assert added.text.startswith("Added rss source")

                async def stored() -> bool:
                    async with resources.sessions() as session:
                        return await queries.count_articles(session) >= 2

                await eventually(stored)
                assert resources.last_poll_success is not None

                user = emu.user(id=7, first_name="Olena")
                chat = emu.private_chat(user)
                await emu.send_message(chat, user, "/rounds")
                rounds = await emu.wait_for_message(chat, timeout=10)
                assert "First round in Istanbul — 16 May 2025 (held)" in rounds.text

                await emu.send_message(admin_chat, admin, "/sources")
                health = await emu.wait_for_message(admin_chat, timeout=10)
                assert "1 enabled, 0 failing" in health.text
                assert "✅" in health.text
        finally:
            await resources.close()
