"""Chat with the bot from a terminal through the Bot API emulator (``negobot chat``).

Each input line is sent to the bot as the emulated user; the bot's answers are printed as
plain text prefixed with ``bot> ``. A line ``!N`` presses inline button N of the last
message that had a keyboard. EOF (Ctrl-D, or the end of piped input) ends the chat.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
import threading
from collections.abc import AsyncIterator, Callable

from bot.emulator.models import ChatEvent, EmulatedChat, EmulatedMessage, EmulatedUser
from bot.emulator.server import BotAPIEmulator

__all__ = ["run_terminal_chat", "stdin_lines"]

BOT_PREFIX = "bot> "


def _write_line(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


async def stdin_lines() -> AsyncIterator[str]:
    """Lines of stdin (TTY or pipe), read by a daemon thread so a pending read never blocks
    the event loop or interpreter exit. Ends at EOF."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[str | None] = asyncio.Queue()

    def reader() -> None:
        try:
            for line in sys.stdin:
                loop.call_soon_threadsafe(queue.put_nowait, line.rstrip("\r\n"))
        except (OSError, ValueError):
            pass
        finally:
            with contextlib.suppress(RuntimeError):  # the loop is already closed
                loop.call_soon_threadsafe(queue.put_nowait, None)

    threading.Thread(target=reader, name="negobot-stdin", daemon=True).start()
    while True:
        line = await queue.get()
        if line is None:
            return
        yield line


def _format_message(message: EmulatedMessage, text: str, note: str = "") -> list[str]:
    lines = [f"{BOT_PREFIX}{note}{line}" for line in (text.splitlines() or [""])]
    number = 0
    for row in message.buttons:
        cells = []
        for button in row:
            number += 1
            cells.append(f"[{number}] {button.get('text', '')}")
        lines.append(f"{BOT_PREFIX}  " + "  ".join(cells))
    return lines


async def run_terminal_chat(
    emu: BotAPIEmulator,
    *,
    user: EmulatedUser,
    chat: EmulatedChat,
    input_lines: AsyncIterator[str] | None = None,
    output: Callable[[str], None] | None = None,
    prompt: str = "you> ",
    reply_timeout: float = 15.0,
    settle: float = 0.5,
) -> None:
    """Run a chat loop: send each input line as ``user`` in ``chat``, print the bot's replies.

    After a line is sent, waits up to ``reply_timeout`` seconds for the first reply, then
    keeps printing replies until the bot has been quiet for ``settle`` seconds. With stdin
    on a TTY the prompt is shown before reading; otherwise (piped input, or ``input_lines``
    given) each line is echoed as ``you> line`` so the output reads as a transcript.
    """
    interactive = input_lines is None and output is None and sys.stdin.isatty()
    emit = output or _write_line
    lines = input_lines if input_lines is not None else stdin_lines()
    cursor = emu.event_cursor
    keyboard: EmulatedMessage | None = None

    def show(events: list[ChatEvent]) -> None:
        nonlocal keyboard
        for event in events:
            if event.kind == "delete":
                emit(f"{BOT_PREFIX}(deleted a message)")
                continue
            note = "(edited) " if event.kind == "edit" else ""
            for line in _format_message(event.message, event.text, note):
                emit(line)
            if event.message.buttons:
                keyboard = event.message

    async def drain(first_timeout: float) -> bool:
        nonlocal cursor
        events, cursor = await emu.wait_for_events(chat, cursor, first_timeout)
        if not events:
            return False
        show(events)
        while True:
            events, cursor = await emu.wait_for_events(chat, cursor, settle)
            if not events:
                return True
            show(events)

    try:
        while True:
            await drain(0)  # anything the bot sent on its own meanwhile
            if interactive:
                sys.stdout.write(prompt)
                sys.stdout.flush()
            try:
                line = await anext(lines)
            except StopAsyncIteration:
                break
            if not interactive:
                emit(f"{prompt}{line}")
            text = line.strip()
            if not text:
                continue
            query_id: str | None = None
            if text.startswith("!") and text[1:].isdigit():
                buttons = [b for row in keyboard.buttons for b in row] if keyboard else []
                index = int(text[1:]) - 1
                if keyboard is None or not 0 <= index < len(buttons):
                    emit("(no such button)")
                    continue
                data = buttons[index].get("callback_data")
                if data is None:
                    emit(f"(button {index + 1} opens {buttons[index].get('url', 'something')})")
                    continue
                query_id = await emu.press_button(chat, user, keyboard, str(data))
            else:
                await emu.send_message(chat, user, line)
            replied = await drain(reply_timeout if query_id is None else settle)
            if query_id is not None:
                answer = emu.callback_answer(query_id)
                if answer and answer.get("text"):
                    emit(f"{BOT_PREFIX}(popup) {answer['text']}")
            elif not replied:
                emit(f"(no reply within {reply_timeout:g}s)")
    finally:
        if input_lines is None and hasattr(lines, "aclose"):
            await lines.aclose()
        if interactive:
            sys.stdout.write("\n")
            sys.stdout.flush()
