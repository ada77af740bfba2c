"""The terminal chat loop over the Bot API emulator, with a real PTB Application."""

import asyncio
import sys
import textwrap
from collections.abc import AsyncIterator, Iterable
from pathlib import Path

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.emulator import BotAPIEmulator, run_terminal_chat

TOKEN = "123456:" + "A" * 35
ROOT = Path(__file__).resolve().parents[2]


async def _start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_text(
        "Hello <b>there</b> &amp; welcome", parse_mode="HTML"
    )
    await update.effective_message.reply_text(
        "Pick one:",
        reply_markup=InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton("A", callback_data="a"),
                    InlineKeyboardButton("B", callback_data="b"),
                ]
            ]
        ),
    )


async def _text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_text(f"you said: {update.effective_message.text}\nbye")


async def _button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.callback_query is not None
    await update.callback_query.answer(f"picked {update.callback_query.data}")


async def _lines(items: Iterable[str]) -> AsyncIterator[str]:
    for item in items:
        yield item


async def test_terminal_chat_prints_bot_replies(emulator: BotAPIEmulator) -> None:
    app = ApplicationBuilder().token(TOKEN).base_url(emulator.base_url).build()
    app.add_handler(CommandHandler("start", _start))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, _text))
    app.add_handler(CallbackQueryHandler(_button))
    await app.initialize()
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=1)
    try:
        user = emulator.user(first_name="Tester")
        printed: list[str] = []
        await run_terminal_chat(
            emulator,
            user=user,
            chat=emulator.private_chat(user),
            input_lines=_lines(["/start", "", "hello <there>", "!2", "!9"]),
            output=printed.append,
            reply_timeout=5,
            settle=0.2,
        )
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
    assert printed == [
        "you> /start",
        "bot> Hello there & welcome",
        "bot> Pick one:",
        "bot>   [1] A  [2] B",
        "you> ",
        "you> hello <there>",
        "bot> you said: hello <there>",
        "bot> bye",
        "you> !2",
        "bot> (popup) picked b",
        "you> !9",
        "(no such button)",
    ]


SCRIPT = textwrap.dedent(
    """
    import asyncio
    from telegram.ext import ApplicationBuilder, CommandHandler
    from bot.emulator import BotAPIEmulator, run_terminal_chat

    async def echo(update, context):
        await update.effective_message.reply_text("echo: <i>" + " ".join(context.args) + "</i>",
                                                  parse_mode="HTML")

    async def main():
        async with BotAPIEmulator() as emu:
            app = ApplicationBuilder().token("1:" + "x" * 35).base_url(emu.base_url).build()
            app.add_handler(CommandHandler("echo", echo))
            async with app:
                await app.start()
                await app.updater.start_polling(poll_interval=0, timeout=1)
                user = emu.user(first_name="Pipe")
                await run_terminal_chat(emu, user=user, chat=emu.private_chat(user),
                                        reply_timeout=5, settle=0.2)
                await app.updater.stop()
                await app.stop()

    asyncio.run(main())
    """
)


async def test_terminal_chat_reads_piped_stdin() -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        SCRIPT,
        cwd=ROOT,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(
        process.communicate(b"/echo a &amp; b\n/echo second\n"), timeout=60
    )
    assert process.returncode == 0, stderr.decode()
    assert stdout.decode().splitlines() == [
        "you> /echo a &amp; b",
        "bot> echo: a & b",
        "you> /echo second",
        "bot> echo: second",
    ]
