"""`negobot run` with a token, as a real process, against the emulator: polling and webhook."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import aiohttp
import pytest

from bot.emulator import BotAPIEmulator

TOKEN = "7012345678:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1"
SECRET = "webhook-secret-123"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
async def emu() -> AsyncIterator[BotAPIEmulator]:
    async with BotAPIEmulator() as emulator:
        yield emulator


async def start_bot(emu: BotAPIEmulator, tmp_path: Path, **env: str) -> asyncio.subprocess.Process:
    environment = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "NEGOBOT_TELEGRAM_API_URL": emu.base_url,
        "NEGOBOT_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'live.db'}",
        "NEGOBOT_HEALTH_PORT": "0",
        "NEGOBOT_LOG_LEVEL": "DEBUG",
        **env,
    }
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        cwd=tmp_path,
        env=environment,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def stop_bot(process: asyncio.subprocess.Process) -> str:
    if process.returncode is None:
        process.send_signal(signal.SIGINT)
    out, err = await asyncio.wait_for(process.communicate(), timeout=30)
    assert process.returncode == 0, err.decode()
    logs = (out + err).decode()
    assert TOKEN not in logs
    assert "Traceback" not in logs, logs[logs.find("Traceback") - 300 :][:2500]
    return logs


async def wait_until(predicate: Callable[[], object], limit: float = 30.0) -> None:
    """Wait for a state another process causes (nothing here to await on but polling)."""
    async with asyncio.timeout(limit):
        while not predicate():  # noqa: ASYNC110
            await asyncio.sleep(0.05)


async def test_run_with_token_serves_by_long_polling(emu: BotAPIEmulator, tmp_path: Path) -> None:
    process = await start_bot(emu, tmp_path)
    try:
        user = emu.user(id=5, first_name="Mykola")
        chat = emu.private_chat(user)
        await emu.send_message(chat, user, "/help")
        reply = await emu.wait_for_message(chat, timeout=30)
        assert "/next_round" in reply.text
        assert emu.commands is not None
    finally:
        logs = await stop_bot(process)
    assert "negobot ready" in logs


async def test_run_with_webhook_url_serves_the_webhook(
    emu: BotAPIEmulator, tmp_path: Path
) -> None:
    port = free_port()
    process = await start_bot(
        emu,
        tmp_path,
        # The public URL is HTTPS (a TLS proxy in front); the bot itself listens on plain HTTP.
        NEGOBOT_WEBHOOK_URL=f"https://127.0.0.1:{port}",
        NEGOBOT_WEBHOOK_LISTEN="127.0.0.1",
        NEGOBOT_WEBHOOK_PORT=str(port),
        NEGOBOT_WEBHOOK_SECRET=SECRET,
        NEGOBOT_LOG_LEVEL="INFO",  # PTB logs the refused request below with a trace at DEBUG
    )
    try:
        await wait_until(lambda: emu.webhook.get("url") or process.returncode is not None)
        assert emu.webhook["url"] == f"https://127.0.0.1:{port}/telegram"
        user = emu.user(id=6, first_name="Iryna")
        chat = emu.private_chat(user)
        update = {
            "update_id": 1,
            "message": {
                "message_id": 1,
                "date": 1748600000,
                "chat": {"id": chat.id, "type": "private", "first_name": "Iryna"},
                "from": {"id": user.id, "is_bot": False, "first_name": "Iryna"},
                "text": "/rounds",
                "entities": [{"type": "bot_command", "offset": 0, "length": 7}],
            },
        }
        url = f"http://127.0.0.1:{port}/telegram"
        async with aiohttp.ClientSession() as http:
            async with http.post(url, json=update) as wrong:
                assert wrong.status == 403  # no secret header: refused
            headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
            async with http.post(url, json=update, headers=headers) as right:
                assert right.status == 200
        reply = await emu.wait_for_message(chat, timeout=30)
        assert "No rounds have been reported yet." in reply.text
    finally:
        await stop_bot(process)
