"""The real PTB Application against the Bot API emulator over HTTP: tests act as users."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest

from bot.app import NegobotApp, build_application, menu_commands, running
from bot.config import Settings
from bot.emulator import BotAPIEmulator
from bot.emulator.models import EmulatedChat, EmulatedUser
from bot.ingest.pipeline import ingest_text
from bot.resources import Resources, open_resources
from tests.conftest import require_seed

TOKEN = "7012345678:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1"
NOW = dt.datetime(2025, 5, 31, 9, 0, tzinfo=dt.UTC)


@dataclass
class Harness:
    emu: BotAPIEmulator
    app: NegobotApp
    resources: Resources
    user: EmulatedUser
    chat: EmulatedChat

    async def ask(
        self, text: str, chat: EmulatedChat | None = None, user: EmulatedUser | None = None
    ) -> str:
        target = chat or self.chat
        await self.emu.send_message(target, user or self.user, text)
        reply = await self.emu.wait_for_message(target, timeout=10)
        return reply.text


@pytest.fixture
async def harness(settings: Settings) -> AsyncIterator[Harness]:
    async with BotAPIEmulator() as emu:
        live = settings.model_copy(update={"telegram_api_url": emu.base_url})
        resources = await open_resources(live, clock=lambda: NOW)
        try:
            app = build_application(live, resources=resources, token=TOKEN)
            async with running(app, poll_timeout=1):
                user = emu.user(id=7, first_name="Olena", username="olena")
                yield Harness(emu, app, resources, user, emu.private_chat(user))
        finally:
            await resources.close()


async def seed(h: Harness) -> None:
    await ingest_text(
        h.resources.sessions,
        url="https://unn.example/istanbul-second-round",
        text=require_seed().read_text(encoding="utf-8"),
        title="Preparation for the second round in Istanbul",
    )


async def test_start_help_and_menu(harness: Harness) -> None:
    start = await harness.ask("/start")
    assert "Ukraine–Russia peace negotiations" in start
    assert "/next_round" in start
    help_ = await harness.ask("/help")
    for command in ("/next_round", "/rounds", "/who NAME", "/said NAME", "/memorandum"):
        assert command in help_
    registered = harness.emu.commands
    assert registered is not None
    assert [c["command"] for c in registered] == [c.command for c in menu_commands()]


async def test_who_after_ingesting_the_seed(harness: Harness) -> None:
    await seed(harness)
    reply = await harness.ask("/who Umerov")
    assert "Rustem Umerov" in reply
    assert "Minister of Defense" in reply
    assert "Side: Ukraine" in reply
    kellogg = await harness.ask("/who Kellogg")
    assert "Keith Kellogg" in kellogg
    assert "Side: USA" in kellogg


async def test_next_round_names_place_date_and_source(harness: Harness) -> None:
    await seed(harness)
    reply = await harness.ask("/next_round")
    assert "Second round in Istanbul" in reply
    assert "2 June 2025" in reply
    assert "Source:" in reply and "Preparation for the second round" in reply
    sent = harness.emu.messages_to(harness.chat)[-1]
    assert 'href="https://unn.example/istanbul-second-round"' in sent.raw_text


async def test_memorandum_and_said(harness: Harness) -> None:
    await seed(harness)
    memo = await harness.ask("/memorandum")
    assert "On the memorandum" in memo
    assert "Umerov" in memo
    said = await harness.ask("/said Sybiha")
    assert "Sybiha said" in said
    assert "memorandum" in said


async def test_bad_input_gets_clear_answers(harness: Harness) -> None:
    assert "Usage: /who NAME" in await harness.ask("/who")
    assert "Usage: /who NAME" in await harness.ask("/who " + "x" * 200)
    assert "I know no person called “Nobody Atall”" in await harness.ask("/who Nobody Atall")
    unknown = await harness.ask("/frobnicate now")
    assert "I don't know /frobnicate" in unknown and "/next_round" in unknown
    assert "Usage: /topic TOPIC" in await harness.ask("/topic weather")
    assert "Send a command" in await harness.ask("hello there")
    assert "“<b>bold</b>”" in await harness.ask("/who <b>bold</b>")  # shown literally
    assert "&lt;b&gt;bold&lt;/b&gt;" in harness.emu.messages_to(harness.chat)[-1].raw_text


async def test_group_chat_with_bot_mention_and_several_users(harness: Harness) -> None:
    await seed(harness)
    group = harness.emu.group_chat(id=-1001234567890, title="Analysts")
    other = harness.emu.user(id=8, first_name="Taras")
    name = harness.app.bot.username
    first = await harness.ask(f"/who@{name} Lavrov", chat=group)
    second = await harness.ask("/rounds", chat=group, user=other)
    assert "Lavrov" in first
    assert "Istanbul" in second
    assert not await _silent_on_plain_text(harness, group)


async def _silent_on_plain_text(h: Harness, group: EmulatedChat) -> bool:
    await h.emu.send_message(group, h.user, "just chatting")
    try:
        await h.emu.wait_for_message(group, timeout=1.0)
    except TimeoutError:
        return False
    return True


async def test_a_failing_send_is_logged_and_the_bot_keeps_answering(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    harness.emu.fail_server("sendMessage", status=502, times=2)  # the reply and the apology
    await harness.emu.send_message(harness.chat, harness.user, "/help")
    with caplog.at_level(logging.WARNING):
        reply = await harness.ask("/rounds")
    assert "No rounds have been reported yet." in reply
    assert harness.resources.counters.get("errors", 0) >= 1
    assert TOKEN not in caplog.text


async def test_blocked_user_is_not_an_error_storm(harness: Harness) -> None:
    blocked = harness.emu.user(id=9, first_name="Gone")
    chat = harness.emu.private_chat(blocked)
    harness.emu.block_user(chat)
    await harness.emu.send_message(chat, blocked, "/help")
    assert "/next_round" in await harness.ask("/help")
    assert harness.emu.messages_to(chat) == []


async def test_sources_is_for_admins_only(harness: Harness) -> None:
    refused = await harness.ask("/sources")
    assert refused == "This command is for the bot's admins only."
    assert "/sources" not in await harness.ask("/help")
    admin = harness.emu.user(id=42, first_name="Admin")
    chat = harness.emu.private_chat(admin)
    assert "No sources yet" in await harness.ask("/sources", chat=chat, user=admin)
    assert "/sources" in await harness.ask("/help", chat=chat, user=admin)
    refused_add = await harness.ask("/sources add http://127.0.0.1:1/feed", chat=chat, user=admin)
    assert refused_add.startswith("Added") or refused_add.startswith("Refused")
