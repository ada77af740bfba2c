"""Running the bot: live on Telegram, as a demo on the local emulator, and one-shot CLI jobs."""

from __future__ import annotations

import datetime as dt
import logging
import sys
from collections.abc import AsyncIterator, Sequence
from importlib import resources as package_files

from telegram import Update

from bot.app import build_application, running
from bot.config import Settings
from bot.resources import Resources, open_resources, utc_now
from handlers.commands import parse_command
from handlers.formatting import html_to_plain
from handlers.registry import BY_NAME, unknown_command_text

log = logging.getLogger(__name__)

# The emulator accepts any well-formed token; this one never reaches Telegram.
DEMO_TOKEN = "123456789:DEMO-emulator-token-not-a-real-secret"  # noqa: S105
SAMPLE_URL = "negobot:sample/istanbul-second-round"
DEMO_USER_ID = 1001


def sample_article() -> str:
    return (package_files.files("bot") / "data" / "sample_article.txt").read_text("utf-8")


async def ensure_sample(resources: Resources) -> bool:
    """Store the bundled sample article when the store has no article yet. True if stored."""
    from bot.ingest.pipeline import ingest_text
    from store.queries import count_articles

    async with resources.sessions() as session:
        if await count_articles(session) > 0:
            return False
    result, _ = await ingest_text(
        resources.sessions, url=SAMPLE_URL, text=sample_article(), title="Sample article"
    )
    return result.created


def run_live(settings: Settings) -> None:
    """Serve Telegram until interrupted: webhook when configured, else long polling."""
    app = build_application(settings)
    if settings.webhook_url:
        secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
        app.run_webhook(
            listen=settings.webhook_listen,
            port=settings.webhook_port,
            url_path="telegram",
            webhook_url=settings.webhook_url.rstrip("/") + "/telegram",
            secret_token=secret,
            allowed_updates=Update.ALL_TYPES,
        )
    else:
        app.run_polling(allowed_updates=Update.ALL_TYPES)


async def _iterate(lines: Sequence[str]) -> AsyncIterator[str]:
    for line in lines:
        yield line


async def run_demo(settings: Settings, *, lines: Sequence[str] | None = None) -> int:
    """The real Application against the in-process Bot API emulator, with a terminal chat."""
    from bot.emulator import BotAPIEmulator
    from bot.emulator.terminal import run_terminal_chat

    async with BotAPIEmulator() as emu:
        # The person at the terminal owns this local bot: they get the admin commands too.
        demo = settings.model_copy(
            update={
                "telegram_api_url": emu.base_url,
                "health_port": 0,
                "admin_ids": settings.admin_ids | {DEMO_USER_ID},
            }
        )
        resources = await open_resources(demo)
        try:
            if await ensure_sample(resources):
                print(
                    "Stored the bundled sample article; try /next_round or /who Kellogg.",
                    file=sys.stderr,
                )
            app = build_application(
                demo, resources=resources, token=DEMO_TOKEN, polling_jobs=False
            )
            async with running(app, poll_timeout=1):
                user = emu.user(id=DEMO_USER_ID, first_name="You", username="you")
                chat = emu.private_chat(user)
                await run_terminal_chat(
                    emu,
                    user=user,
                    chat=chat,
                    input_lines=None if lines is None else _iterate(lines),
                )
        finally:
            await resources.close()
    return 0


async def ask(settings: Settings, line: str, *, now: dt.datetime | None = None) -> str:
    """The reply the bot would send to `line`, as plain text, from the same handler code."""
    ask_ = parse_command(line, now=now or utc_now(), is_admin=False)
    if ask_ is None:
        return "Send a command, for example /next_round or /who Kellogg. /help lists them all."
    command = BY_NAME.get(ask_.command)
    if command is None:
        return html_to_plain(unknown_command_text(ask_.command))
    if command.admin:
        return "This command is for the bot's admins only."
    resources = await open_resources(settings)
    try:
        return html_to_plain(await command.reply(resources, ask_))
    finally:
        await resources.close()


async def ingest_locations(settings: Settings, locations: Sequence[str]) -> int:
    from bot.ingest.locations import IngestError, ingest_location

    resources = await open_resources(settings)
    failures = 0
    try:
        for location in locations:
            try:
                outcome = await ingest_location(resources, location)
            except IngestError as exc:
                print(f"negobot: {exc}", file=sys.stderr)
                failures += 1
                continue
            print(outcome.summary())
    finally:
        await resources.close()
    return 2 if failures else 0
