"""Telegram Bot API emulator: a local aiohttp server PTB can talk to, for tests and
``negobot chat``."""

from bot.emulator.html import HtmlParseError, html_to_plain, parse_html
from bot.emulator.models import (
    ChatEvent,
    EmulatedChat,
    EmulatedMessage,
    EmulatedUser,
    Fault,
    RecordedCall,
)
from bot.emulator.server import ApiError, BotAPIEmulator
from bot.emulator.terminal import run_terminal_chat

__all__ = [
    "ApiError",
    "BotAPIEmulator",
    "ChatEvent",
    "EmulatedChat",
    "EmulatedMessage",
    "EmulatedUser",
    "Fault",
    "HtmlParseError",
    "RecordedCall",
    "html_to_plain",
    "parse_html",
    "run_terminal_chat",
]
