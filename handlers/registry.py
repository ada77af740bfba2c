"""The one COMMANDS table: it drives add_handler, set_my_commands, /help and `negobot ask`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.resources import Resources
from handlers import commands
from handlers.commands import Ask
from handlers.formatting import esc
from handlers.sources import cmd_sources

Reply = Callable[[Resources, Ask], Awaitable[str]]


@dataclass(frozen=True, slots=True)
class Command:
    name: str
    reply: Reply
    description: str
    usage: str = ""
    admin: bool = False
    menu: bool = True  # shown in Telegram's command menu (setMyCommands)


def help_text(*, admin: bool = False) -> str:
    lines = ["<b>Commands</b>"]
    for c in COMMANDS:
        if c.admin and not admin:
            continue
        usage = f" {c.usage}" if c.usage else ""
        lines.append(f"/{c.name}{usage} — {c.description}")
    lines.append("")
    lines.append("Example: /who Kellogg")
    return "\n".join(lines)


async def cmd_help(resources: Resources, ask: Ask) -> str:
    return help_text(admin=ask.is_admin)


async def cmd_start(resources: Resources, ask: Ask) -> str:
    return (
        "<b>negobot</b> follows the Ukraine–Russia peace negotiations: it reads the news, "
        "keeps the facts (rounds, people, statements) with their sources, and answers quick "
        "questions.\n\n" + help_text(admin=ask.is_admin)
    )


def unknown_command_text(name: str) -> str:
    shown = ", ".join(f"/{c.name}" for c in COMMANDS if c.menu and not c.admin)
    return f"I don't know /{esc(name)}. Try {shown}."


COMMANDS: tuple[Command, ...] = (
    Command("start", cmd_start, "What this bot does", menu=False),
    Command("help", cmd_help, "All commands"),
    Command("next_round", commands.cmd_next_round, "The next negotiation round: where and when"),
    Command("rounds", commands.cmd_rounds, "Rounds and meetings reported so far"),
    Command("who", commands.cmd_who, "Who is this person: role, side, latest words", "NAME"),
    Command("said", commands.cmd_said, "Latest statements of a person", "NAME"),
    Command("memorandum", commands.cmd_memorandum, "Latest statements on the memorandum"),
    Command("topic", commands.cmd_topic, "Latest statements on a topic", "TOPIC"),
    Command(
        "sources",
        cmd_sources,
        "Health of the news sources; add or remove one",
        "[add URL [KIND] | remove URL]",
        admin=True,
    ),
)

BY_NAME: dict[str, Command] = {c.name: c for c in COMMANDS}
