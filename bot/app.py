"""The PTB Application: handlers from the COMMANDS table, resources opened in post_init."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.constants import ChatType, ParseMode
from telegram.error import Forbidden, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackContext,
    CommandHandler,
    ContextTypes,
    Defaults,
    ExtBot,
    MessageHandler,
    filters,
)

from bot.config import Settings
from bot.resources import BotData, Resources, open_resources
from handlers.commands import Ask
from handlers.formatting import split_message
from handlers.registry import COMMANDS, Command, unknown_command_text

log = logging.getLogger(__name__)

Context = CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]
NegobotApp = Application[ExtBot[None], Context, dict[Any, Any], dict[Any, Any], BotData, Any]

FAILURE_REPLY = "Sorry, something went wrong on my side. The error was logged; please try again."


def file_url(api_url: str) -> str:
    """Bot API file base next to the method base: http://host/bot -> http://host/file/bot."""
    head, sep, tail = api_url.rstrip("/").rpartition("/")
    return f"{head}/file/{tail}" if sep else api_url


def make_callback(command: Command) -> Any:
    async def callback(update: Update, context: Context) -> None:
        message = update.effective_message
        if message is None:
            return
        resources = context.bot_data.resources
        user_id = update.effective_user.id if update.effective_user else None
        is_admin = user_id is not None and user_id in resources.settings.admin_ids
        if command.admin and not is_admin:
            await message.reply_text("This command is for the bot's admins only.")
            return
        ask = Ask(
            command=command.name,
            args=tuple(context.args or ()),
            now=resources.clock(),
            chat_id=update.effective_chat.id if update.effective_chat else None,
            user_id=user_id,
            is_admin=is_admin,
        )
        resources.count(f"command.{command.name}")
        text = await command.reply(resources, ask)
        for chunk in split_message(text):
            await message.reply_text(chunk)

    callback.__name__ = f"on_{command.name}"
    return callback


async def on_unknown_command(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None or not message.text:
        return
    name = message.text.split()[0][1:].split("@", 1)[0]
    await message.reply_text(unknown_command_text(name))


async def on_text(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None or update.effective_chat is None:
        return
    if update.effective_chat.type == ChatType.PRIVATE:
        await message.reply_text(
            "Send a command, for example /next_round or /who Kellogg. /help lists them all."
        )


async def on_error(update: object, context: Context) -> None:
    """The one error handler: log with the traceback, count, and tell the user briefly."""
    error = context.error
    if context.bot_data.is_open:
        context.bot_data.resources.count("errors")
    if isinstance(error, Forbidden):
        log.warning("Telegram refused a message: %s", error)
        return
    log.error("Error while handling an update: %s", error, exc_info=error)
    if isinstance(update, Update) and update.effective_message is not None:
        try:
            await update.effective_message.reply_text(FAILURE_REPLY)
        except TelegramError:
            log.warning("Could not tell the user about the error", exc_info=True)


def menu_commands() -> list[BotCommand]:
    return [BotCommand(c.name, c.description) for c in COMMANDS if c.menu and not c.admin]


@asynccontextmanager
async def running(app: NegobotApp, *, poll_timeout: int = 10) -> AsyncIterator[NegobotApp]:
    """Run the application with long polling inside an existing event loop.

    The same order of steps as PTB's `run_polling` (initialize, post_init, polling, start; then
    the reverse with post_stop and post_shutdown), for the emulator chat and the tests.
    """
    if app.updater is None:
        raise RuntimeError("the application was built without an updater")
    await app.initialize()
    try:
        if app.post_init is not None:
            await app.post_init(app)
        await app.updater.start_polling(poll_interval=0, timeout=poll_timeout)
        await app.start()
        try:
            yield app
        finally:
            if app.updater.running:
                await app.updater.stop()
            if app.running:
                await app.stop()
            if app.post_stop is not None:
                await app.post_stop(app)
    finally:
        await app.shutdown()
        if app.post_shutdown is not None:
            await app.post_shutdown(app)


def build_application(
    settings: Settings,
    *,
    resources: Resources | None = None,
    token: str | None = None,
    polling_jobs: bool | None = None,
) -> NegobotApp:
    """The bot. `resources` given -> the caller owns (and closes) them; else opened in post_init.

    `polling_jobs` schedules source polling (default: when a real Telegram token is used).
    """
    secret = token or (settings.token.get_secret_value() if settings.token else None)
    if not secret:
        raise ValueError("a bot token is needed to build the application")
    owns_resources = resources is None
    schedule = not settings.is_emulated if polling_jobs is None else polling_jobs
    health_runner: list[Any] = []

    async def post_init(app: NegobotApp) -> None:
        res = resources or await open_resources(settings)
        app.bot_data.attach(res)
        await app.bot.set_my_commands(menu_commands())
        if schedule:
            from bot.jobs import schedule_polling

            res.polling_enabled = True
            schedule_polling(app, res)
        if owns_resources and settings.health_port:
            from bot.health import start_health_server

            health_runner.append(
                await start_health_server(res, host="0.0.0.0", port=settings.health_port)  # noqa: S104
            )
        log.info("negobot ready (%d commands)", len(COMMANDS))

    async def post_shutdown(app: NegobotApp) -> None:
        for runner in health_runner:
            await runner.cleanup()
        detached = app.bot_data.detach()
        if owns_resources and detached is not None:
            await detached.close()

    builder = (
        ApplicationBuilder()
        .token(secret)
        .base_url(settings.telegram_api_url)
        .base_file_url(file_url(settings.telegram_api_url))
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        )
        .context_types(ContextTypes(bot_data=BotData))
        .rate_limiter(AIORateLimiter(max_retries=2))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    app: NegobotApp = builder.build()  # type: ignore[assignment]
    for command in COMMANDS:
        app.add_handler(CommandHandler(command.name, make_callback(command)))
    app.add_handler(MessageHandler(filters.COMMAND, on_unknown_command))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, on_text))
    app.add_error_handler(on_error)
    return app
