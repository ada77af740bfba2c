"""Fixtures for the bot tests: a started Telegram Bot API emulator."""

from collections.abc import AsyncIterator

import pytest

from bot.emulator import BotAPIEmulator


@pytest.fixture
async def emulator() -> AsyncIterator[BotAPIEmulator]:
    """A started Bot API emulator on a free local port; point PTB at ``emulator.base_url``."""
    async with BotAPIEmulator() as emu:
        yield emu
