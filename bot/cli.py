"""`negobot` command line. Every error is one line on stderr and exit code 2, never a traceback."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bot.config import Settings, SettingsError, load_settings
from bot.logging import configure_logging

if TYPE_CHECKING:
    from bot.extract import Extraction

log = logging.getLogger(__name__)

EXIT_USAGE = 2


class CliError(Exception):
    """A user-facing failure: printed as one line, exit code 2."""


Handler = Callable[[argparse.Namespace, Settings], int]


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


# --- commands -----------------------------------------------------------------------------


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.runner import run_demo, run_live

    if settings.token is None or args.demo:
        print(
            "No bot token: running the bot on the local Bot API emulator with a terminal chat. "
            "To go live: TELEGRAM_BOT_TOKEN=<token from @BotFather> negobot run",
            file=sys.stderr,
        )
        return asyncio.run(run_demo(settings))
    run_live(settings)
    return 0


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    from bot.runner import run_demo

    return asyncio.run(run_demo(settings))


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from bot.runner import ingest_locations

    return asyncio.run(ingest_locations(settings, args.locations))


def cmd_extract(args: argparse.Namespace, settings: Settings) -> int:
    from bot.extract import extract
    from bot.ingest.errors import IngestError
    from bot.ingest.files import read_text_file

    try:
        text = read_text_file(args.file)
    except IngestError as exc:
        raise CliError(str(exc)) from None
    extraction = extract(text, published=args.published, source=str(args.file))
    if args.json:
        print(json.dumps(extraction.to_json(), ensure_ascii=False, indent=2))
    else:
        print(summarize(extraction))
    return 0


def summarize(extraction: Extraction) -> str:
    """A human-readable digest of `negobot extract` (without --json)."""
    lines = [f"published: {extraction.published or 'unknown'}"]
    for r in extraction.rounds:
        number = f"round {r.number}" if r.number else "meeting"
        lines.append(f"{number}: {r.place or '?'}, {r.date or 'date unknown'} ({r.status})")
    for p in extraction.people:
        lines.append(f"person: {p.name} — {p.role or 'no role given'} ({p.side or '?'})")
    for s in extraction.statements:
        kind = "quote" if s.direct else "reported"
        lines.append(f"{s.speaker} [{kind}; {', '.join(s.topics)}]: {s.text[:160]}")
    lines.append(f"memorandum statement: {'yes' if extraction.memorandum_statement else 'no'}")
    return "\n".join(lines)


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from bot.extract.evaluate import evaluate, format_report

    for path in (args.gold, args.texts):
        if not path.exists():
            raise CliError(f"{path}: no such file or folder")
    report = evaluate(args.gold, args.texts)
    print(format_report(report, verbose=args.verbose))
    return 0


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from bot.runner import ask

    now = None
    if args.today is not None:
        now = dt.datetime.combine(args.today, dt.time(12), tzinfo=dt.UTC)
    print(asyncio.run(ask(settings, args.line, now=now)))
    return 0


def cmd_db(args: argparse.Namespace, settings: Settings) -> int:
    from store.db import current_revision, make_engine, upgrade

    async def go() -> str | None:
        engine = make_engine(settings.database_url)
        try:
            if args.action == "upgrade":
                await upgrade(engine)
            return await current_revision(engine)
        finally:
            await engine.dispose()

    print(f"database at revision {asyncio.run(go())}")
    return 0


# --- parser -------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="negobot",
        description="negobot: follows the Ukraine-Russia peace negotiations on Telegram.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, func: Handler, help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        p.set_defaults(func=func)
        return p

    p = add(
        "run", cmd_run, "Run the bot (long polling, or webhook when NEGOBOT_WEBHOOK_URL is set)."
    )
    p.add_argument(
        "--demo",
        action="store_true",
        help="Use the local emulator and terminal chat even with a token.",
    )
    add("chat", cmd_chat, "Chat in the terminal with the real bot running on the local emulator.")
    p = add(
        "ingest",
        cmd_ingest,
        "Ingest files, folders or URLs (feed or article page) into the store.",
    )
    p.add_argument("locations", nargs="+", metavar="PATH|URL")
    p = add("extract", cmd_extract, "Extract negotiation facts from a text file.")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--published", type=_date, metavar="YYYY-MM-DD", help="Publication date.")
    p.add_argument("--json", action="store_true", help="Print the facts as JSON.")
    p = add("eval", cmd_eval, "Score extraction against gold lines: precision, recall, F1.")
    p.add_argument("gold", type=Path, metavar="GOLD.jsonl")
    p.add_argument("texts", type=Path, metavar="TEXTS_DIR")
    p.add_argument("--verbose", "-v", action="store_true", help="List every mismatch.")
    p = add(
        "ask", cmd_ask, 'Print the reply the bot would send to a command, e.g. "/who Kellogg".'
    )
    p.add_argument("line", metavar='"/COMMAND ARGS"')
    p.add_argument("--today", type=_date, metavar="YYYY-MM-DD", help="Answer as of this date.")
    p = add(
        "db", cmd_db, "Database schema: upgrade to the latest migration, or show the current one."
    )
    p.add_argument("action", choices=["upgrade", "current"])

    try:
        from bot.ingest.cli import register
    except ImportError:  # pragma: no cover - only while the ingest package is incomplete
        pass
    else:
        register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # PTB 22 warns on every RetryAfter unless it reports durations as timedeltas: opt in.
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"negobot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    secrets = (settings.token.get_secret_value(),) if settings.token else ()
    quiet = args.command in ("chat", "ask", "extract", "eval") or (
        args.command == "run" and (settings.token is None or args.demo)
    )
    level = settings.log_level or ("WARNING" if quiet else "INFO")
    configure_logging(level, settings.log_format, secrets=secrets)
    func: Handler = args.func
    try:
        return func(args, settings)
    except CliError as exc:
        print(f"negobot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        log.debug("unexpected error", exc_info=True)
        print(f"negobot: {type(exc).__name__}: {_one_line(exc, secrets)}", file=sys.stderr)
        return 1


def _one_line(exc: BaseException, secrets: tuple[str, ...]) -> str:
    from bot.logging import redact

    return redact(str(exc).splitlines()[0] if str(exc) else "", secrets)
