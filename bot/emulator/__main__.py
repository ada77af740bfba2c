"""Run the Bot API emulator as a standalone server: ``python -m bot.emulator --port 8081``.

Point a bot at ``http://HOST:PORT/bot`` (PTB ``base_url``) and drive it over HTTP with
``POST /_emulator/send {"chat_id", "user_id", "text"}``, ``POST /_emulator/press
{"chat_id", "user_id", "message_id", "data"}``, ``GET /_emulator/messages?chat_id=`` and
``GET /_emulator/calls``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import sys

from bot.emulator.server import BotAPIEmulator


async def _serve(host: str, port: int) -> None:
    emu = BotAPIEmulator()
    await emu.start(host=host, port=port)
    try:
        sys.stdout.write(f"Bot API emulator: base_url {emu.base_url}\n")
        sys.stdout.flush()
        await asyncio.Event().wait()
    finally:
        await emu.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bot.emulator", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args.host, args.port))


if __name__ == "__main__":
    main()
