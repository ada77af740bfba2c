"""The Bot API emulator driven by a real python-telegram-bot Application."""

from collections.abc import AsyncIterator

import pytest
from telegram import Update
from telegram.ext import Application, ApplicationBuilder, CommandHandler, ContextTypes

from bot.emulator import BotAPIEmulator

TOKEN = "123456:" + "A" * 35


async def _start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_text(
        "Hello <b>there</b> &amp; welcome", parse_mode="HTML"
    )


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_text(" ".join(context.args or []) or "(nothing)")


@pytest.fixture
async def echo_app(emulator: BotAPIEmulator) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    app = ApplicationBuilder().token(TOKEN).base_url(emulator.base_url).build()
    app.add_handler(CommandHandler("start", _start))
    app.add_handler(CommandHandler("echo", _echo))
    await app.initialize()
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=1)
    try:
        yield app
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()


async def test_start_command_gets_a_reply(emulator: BotAPIEmulator, echo_app: Application) -> None:  # type: ignore[type-arg]
    alice = emulator.user(first_name="Alice", username="alice")
    chat = emulator.private_chat(alice)
    await emulator.send_message(chat, alice, "/start")
    reply = await emulator.wait_for_message(chat, timeout=5)
    assert reply.text == "Hello there & welcome"
    assert reply.html == "Hello <b>there</b> &amp; welcome"
    assert reply.from_user.is_bot
    assert reply.from_user.username == "negobot_test_bot"
