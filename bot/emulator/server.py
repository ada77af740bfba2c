"""An in-process Telegram Bot API emulator (aiohttp server) for tests and ``negobot chat``.

python-telegram-bot talks to it like to api.telegram.org: build the bot with
``ApplicationBuilder().token(token).base_url(emu.base_url)``; PTB appends the token to the
base URL, so requests arrive as ``POST {base_url}{token}/{method}``. PTB (HTTPXRequest)
sends the parameters as an ``application/x-www-form-urlencoded`` form (multipart when
uploading files) where strings are sent as is and every other value is JSON-encoded; the
emulator also accepts JSON bodies and query strings.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import re
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Self

from aiohttp import web

from bot.emulator.html import HtmlParseError, parse_html, utf16_len
from bot.emulator.models import (
    ChatEvent,
    EmulatedChat,
    EmulatedMessage,
    EmulatedUser,
    Fault,
    RecordedCall,
)

__all__ = ["ApiError", "BotAPIEmulator"]

_LOGGER = logging.getLogger(__name__)

TOKEN_RE = re.compile(r"^([0-9]{1,20}):([A-Za-z0-9_-]{30,50})$")
MAX_TEXT_LENGTH = 4096
DEFAULT_ALLOWED_UPDATES = frozenset(
    {
        "message",
        "edited_message",
        "channel_post",
        "edited_channel_post",
        "business_connection",
        "business_message",
        "edited_business_message",
        "deleted_business_messages",
        "inline_query",
        "chosen_inline_result",
        "callback_query",
        "shipping_query",
        "pre_checkout_query",
        "purchased_paid_media",
        "poll",
        "poll_answer",
        "my_chat_member",
        "chat_join_request",
        "chat_boost",
        "removed_chat_boost",
    }
)
_COMMAND_RE = re.compile(r"(?<!\S)/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![A-Za-z0-9_@])")
_BOT_COMMAND_RE = re.compile(r"^[a-z0-9_]{1,32}$")
_CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
# Parameters that are strings in the Bot API: PTB sends strings without JSON encoding, so
# they must not be JSON-decoded (the text "123" must stay a string).
_STRING_PARAMS = frozenset(
    {
        "text",
        "parse_mode",
        "callback_query_id",
        "url",
        "ip_address",
        "secret_token",
        "action",
        "language_code",
        "inline_message_id",
        "business_connection_id",
        "caption",
        "description",
        "short_description",
        "name",
        "data",
        "user_id_str",
    }
)
_STATUS_DESCRIPTIONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    409: "Conflict",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}
_ALWAYS_TRUE_METHODS = frozenset(
    {
        "close",
        "logout",
        "setmydescription",
        "setmyshortdescription",
        "setmyname",
        "setchatmenubutton",
        "setmydefaultadministratorrights",
    }
)


class ApiError(Exception):
    """A Bot API error answer: ``{"ok": false, "error_code": status, "description": ...}``."""

    def __init__(
        self, status: int, description: str, parameters: dict[str, Any] | None = None
    ) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters

    def to_api(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.parameters:
            data["parameters"] = self.parameters
        return data


@dataclass
class _BotState:
    bot_id: int | None
    user: EmulatedUser
    token: str | None = None
    updates: list[dict[str, Any]] = field(default_factory=list)
    allowed_updates: frozenset[str] = DEFAULT_ALLOWED_UPDATES
    commands: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    last_commands: list[dict[str, Any]] | None = None
    webhook: dict[str, Any] = field(default_factory=dict)
    poll_generation: int = 0
    last_poll: float | None = None


def _chat_key(chat: EmulatedChat | int | str) -> int | str:
    if isinstance(chat, EmulatedChat):
        return chat.id
    if isinstance(chat, str):
        with contextlib.suppress(ValueError):
            return int(chat)
    return chat


def _decode_value(key: str, value: str) -> Any:
    if key in _STRING_PARAMS:
        return value
    if key == "chat_id":
        try:
            return int(value)
        except ValueError:
            return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _as_int(params: dict[str, Any], key: str, default: int | None = None) -> int | None:
    value = params.get(key, default)
    if value is None:
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ApiError(400, f"Bad Request: invalid {key} specified") from None


def _as_bool(params: dict[str, Any], key: str) -> bool:
    value = params.get(key, False)
    if isinstance(value, str):
        return value.lower() in ("true", "1")
    return bool(value)


class BotAPIEmulator:
    """A fake Telegram Bot API server with a Python API to act as users and inject faults.

    Start it with ``await emu.start()`` (or ``async with BotAPIEmulator() as emu``), point
    PTB at ``emu.base_url`` and drive it with :meth:`send_message` / :meth:`press_button`;
    observe the bot with :attr:`sent`, :meth:`messages_to` and :meth:`wait_for_message`.
    Several bots (tokens) may use one emulator; the Python API acts on the default bot (the
    first one that connected, or ``token`` given here) unless ``bot=`` is passed.
    """

    def __init__(
        self,
        *,
        token: str | None = None,
        bot_username: str = "negobot_test_bot",
        bot_first_name: str = "Negobot",
        first_update_id: int = 1,
    ) -> None:
        self._bot_username = bot_username
        self._bot_first_name = bot_first_name
        self._bots: dict[int, _BotState] = {}
        self._unbound: _BotState | None = None
        self._default: _BotState | None = None
        self._revoked: set[int] = set()
        self._update_ids = itertools.count(first_update_id)
        self._seq = itertools.count(1)
        self._user_ids = itertools.count(1001)
        self._group_ids = itertools.count(1001)
        self._callback_ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._chats: dict[int, EmulatedChat] = {}
        self._users: dict[int, EmulatedUser] = {}
        self._messages: list[EmulatedMessage] = []
        self._consumed: set[int] = set()
        self._events: list[ChatEvent] = []
        self._faults: list[Fault] = []
        self._callback_queries: dict[str, dict[str, Any]] = {}
        self._callback_answers: dict[str, dict[str, Any]] = {}
        self._cond = asyncio.Condition()
        self._stopping = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._host = "127.0.0.1"
        self._port = 0
        self.sent: list[RecordedCall] = []
        self.faults_hit: list[RecordedCall] = []
        self.get_updates_calls = 0
        if token is not None:
            self._state_for_token(token)

    # ------------------------------------------------------------------ lifecycle

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        """Start serving on ``host:port`` (``port=0`` picks a free port)."""
        if self._runner is not None:
            raise RuntimeError("emulator already started")
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_api)
        app.router.add_route("*", "/file/bot{token}/{path:.*}", self._handle_file)
        app.router.add_post("/_emulator/send", self._handle_ctl_send)
        app.router.add_post("/_emulator/press", self._handle_ctl_press)
        app.router.add_get("/_emulator/messages", self._handle_ctl_messages)
        app.router.add_get("/_emulator/calls", self._handle_ctl_calls)
        self._stopping.clear()
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        await site.start()
        self._runner = runner
        address = runner.addresses[0]
        self._host = host
        self._port = int(address[1])
        _LOGGER.info("Bot API emulator listening on %s:%s", host, self._port)

    async def stop(self) -> None:
        """Wake every pending long poll or delay and shut the server down."""
        runner, self._runner = self._runner, None
        if runner is None:
            return
        self._stopping.set()
        async with self._cond:
            self._cond.notify_all()
        await runner.cleanup()
        _LOGGER.info("Bot API emulator stopped")

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def port(self) -> int:
        return self._port

    @property
    def url(self) -> str:
        """Root URL of the server, e.g. ``http://127.0.0.1:PORT``."""
        return f"http://{self._host}:{self._port}"

    @property
    def base_url(self) -> str:
        """PTB ``base_url``: PTB appends the token, giving ``.../bot<token>/<method>``."""
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self.url}/file/bot"

    # ------------------------------------------------------------------ bots

    def add_bot(
        self, token: str, *, username: str | None = None, first_name: str | None = None
    ) -> EmulatedUser:
        """Register a bot token explicitly (optional: unknown valid tokens are auto-added)."""
        return self._state_for_token(token, username=username, first_name=first_name).user

    def revoke_token(self, token: str) -> None:
        """Make every further request with this token fail with 401 Unauthorized."""
        m = TOKEN_RE.match(token)
        if m:
            self._revoked.add(int(m.group(1)))

    def bot_user(self, bot: int | str | None = None) -> EmulatedUser:
        """The ``User`` that ``getMe`` returns for a bot."""
        return self._state(bot).user

    def _new_bot_user(
        self, bot_id: int | None, username: str | None, first_name: str | None
    ) -> EmulatedUser:
        if username is None:
            taken = {s.user.username for s in self._bots.values()}
            if self._unbound is not None:
                taken.add(self._unbound.user.username)
            username = self._bot_username
            if username in taken:
                username = f"negobot_{bot_id}_bot"
        return EmulatedUser(
            id=bot_id or 0,
            first_name=first_name or self._bot_first_name,
            username=username,
            is_bot=True,
            language_code=None,
        )

    def _state_for_token(
        self, token: str, *, username: str | None = None, first_name: str | None = None
    ) -> _BotState:
        m = TOKEN_RE.match(token)
        if m is None:
            raise ValueError("malformed bot token")
        bot_id = int(m.group(1))
        state = self._bots.get(bot_id)
        if state is not None:
            return state
        if self._unbound is not None:
            state, self._unbound = self._unbound, None
            state.bot_id = bot_id
            state.user = EmulatedUser(
                id=bot_id,
                first_name=first_name or state.user.first_name,
                username=username or state.user.username,
                is_bot=True,
                language_code=None,
            )
        else:
            state = _BotState(bot_id=bot_id, user=self._new_bot_user(bot_id, username, first_name))
        state.token = token
        self._bots[bot_id] = state
        if self._default is None:
            self._default = state
        return state

    def _state(self, bot: int | str | None = None) -> _BotState:
        if bot is None:
            if self._default is not None:
                return self._default
            if self._unbound is None:
                self._unbound = _BotState(bot_id=None, user=self._new_bot_user(None, None, None))
            return self._unbound
        if isinstance(bot, str):
            return self._state_for_token(bot)
        state = self._bots.get(bot)
        if state is None:
            raise KeyError(f"unknown bot id {bot}")
        return state

    # ------------------------------------------------------------------ users and chats

    def user(
        self,
        id: int | None = None,
        first_name: str = "Test",
        username: str | None = None,
        *,
        last_name: str | None = None,
        language_code: str | None = "en",
    ) -> EmulatedUser:
        """Create (or replace) an emulated user; ids are allocated from 1001 when omitted."""
        uid = id if id is not None else next(self._user_ids)
        user = EmulatedUser(
            id=uid,
            first_name=first_name,
            username=username,
            last_name=last_name,
            language_code=language_code,
        )
        self._users[uid] = user
        return user

    def private_chat(self, user: EmulatedUser) -> EmulatedChat:
        """The private chat between ``user`` and the bot (its id is the user id)."""
        chat = EmulatedChat(
            id=user.id,
            type="private",
            username=user.username,
            first_name=user.first_name,
            last_name=user.last_name,
        )
        self._chats[chat.id] = chat
        return chat

    def group_chat(
        self,
        id: int | None = None,
        title: str = "Test group",
        *,
        type: str | None = None,
        username: str | None = None,
    ) -> EmulatedChat:
        """A group; ids like ``-100...`` are supergroups, other negative ids basic groups."""
        cid = id if id is not None else -(1_000_000_000_000 + next(self._group_ids))
        if cid >= 0:
            raise ValueError("group chat ids are negative")
        kind = type or ("supergroup" if str(cid).startswith("-100") else "group")
        chat = EmulatedChat(id=cid, type=kind, title=title, username=username)
        self._chats[cid] = chat
        return chat

    def chat(self, chat_id: int) -> EmulatedChat:
        """A known chat by id (chats the bot writes to are created on the fly)."""
        return self._chat_for_id(chat_id)

    def _chat_for_id(self, chat_id: int | str) -> EmulatedChat:
        if isinstance(chat_id, str):
            name = chat_id.removeprefix("@").lower()
            for known in self._chats.values():
                if known.username and known.username.lower() == name:
                    return known
            raise ApiError(400, "Bad Request: chat not found")
        chat = self._chats.get(chat_id)
        if chat is None:
            if chat_id > 0:
                user = self._users.get(chat_id)
                chat = EmulatedChat(
                    id=chat_id,
                    type="private",
                    first_name=user.first_name if user else f"User {chat_id}",
                    username=user.username if user else None,
                )
            else:
                kind = "supergroup" if str(chat_id).startswith("-100") else "group"
                chat = EmulatedChat(id=chat_id, type=kind, title=f"Chat {chat_id}")
            self._chats[chat_id] = chat
        return chat

    def _next_message_id(self, chat_id: int) -> int:
        counter = self._message_ids.setdefault(chat_id, itertools.count(1))
        return next(counter)

    # ------------------------------------------------------------------ acting as users

    async def send_message(
        self,
        chat: EmulatedChat | int,
        user: EmulatedUser,
        text: str,
        *,
        reply_to: EmulatedMessage | None = None,
        bot: int | str | None = None,
    ) -> EmulatedMessage:
        """Queue a ``message`` update as if ``user`` wrote ``text`` in ``chat``.

        Commands (``/start``, ``/cmd@botname``) get ``bot_command`` entities like in
        Telegram. Returns the message; its ``update_id`` is set.
        """
        state = self._state(bot)
        chat_obj = chat if isinstance(chat, EmulatedChat) else self._chat_for_id(chat)
        self._chats.setdefault(chat_obj.id, chat_obj)
        self._users.setdefault(user.id, user)
        entities = [
            {
                "type": "bot_command",
                "offset": utf16_len(text[: m.start()]),
                "length": utf16_len(m.group(0)),
            }
            for m in _COMMAND_RE.finditer(text)
        ]
        message = EmulatedMessage(
            message_id=self._next_message_id(chat_obj.id),
            chat=chat_obj,
            from_user=user,
            date=int(time.time()),
            text=text,
            raw_text=text,
            bot_id=state.bot_id,
            entities=entities,
            reply_to=reply_to,
            seq=next(self._seq),
        )
        self._messages.append(message)
        message.update_id = await self._queue_update(state, "message", message.to_api())
        return message

    async def press_button(
        self,
        chat: EmulatedChat | int,
        user: EmulatedUser,
        message: EmulatedMessage | int,
        data: str,
        *,
        bot: int | str | None = None,
        strict: bool = True,
    ) -> str:
        """Queue a ``callback_query`` update for an inline button; returns the query id.

        With ``strict`` the message must carry a button with this ``callback_data``.
        """
        state = self._state(bot)
        chat_id = _chat_key(chat)
        if isinstance(message, int):
            found = self._find_message(state, int(chat_id), message)
            if found is None:
                raise LookupError(f"no message {message} in chat {chat_id}")
            message = found
        if strict and data not in message.callback_data:
            raise ValueError(f"message {message.message_id} has no button with data {data!r}")
        query_id = f"{message.chat.id}-{next(self._callback_ids)}"
        query = {
            "id": query_id,
            "from": user.to_api(),
            "message": message.to_api(),
            "chat_instance": str(abs(message.chat.id) * 7919 % 10**12),
            "data": data,
        }
        self._callback_queries[query_id] = query
        await self._queue_update(state, "callback_query", query)
        return query_id

    async def queue_update(
        self, kind: str, payload: dict[str, Any], *, bot: int | str | None = None
    ) -> int:
        """Queue an arbitrary update (``{"update_id": n, kind: payload}``); returns its id."""
        return await self._queue_update(self._state(bot), kind, payload)

    async def _queue_update(self, state: _BotState, kind: str, payload: dict[str, Any]) -> int:
        update_id = next(self._update_ids)
        state.updates.append({"update_id": update_id, kind: payload})
        async with self._cond:
            self._cond.notify_all()
        return update_id

    def callback_answer(self, query_id: str) -> dict[str, Any] | None:
        """The ``answerCallbackQuery`` parameters for a pressed button, if answered."""
        return self._callback_answers.get(query_id)

    # ------------------------------------------------------------------ observing

    @property
    def calls(self) -> list[RecordedCall]:
        return self.sent

    def calls_to(self, method: str) -> list[RecordedCall]:
        """Recorded calls of one Bot API method (case-insensitive)."""
        return [c for c in self.sent if c.method.lower() == method.lower()]

    def messages_to(
        self, chat: EmulatedChat | int | str, *, bot: int | str | None = None
    ) -> list[EmulatedMessage]:
        """Messages the bot(s) sent to a chat, in order (``bot=None``: from any bot)."""
        key = _chat_key(chat)
        bot_id = self._state(bot).bot_id if bot is not None else None
        return [
            m
            for m in self._messages
            if m.from_user.is_bot and m.chat.id == key and (bot_id is None or m.bot_id == bot_id)
        ]

    @property
    def messages(self) -> list[EmulatedMessage]:
        """Every message (user and bot) in order."""
        return list(self._messages)

    async def wait_for_message(
        self,
        chat: EmulatedChat | int,
        timeout: float = 5.0,  # noqa: ASYNC109 - the documented test API
        predicate: Callable[[EmulatedMessage], bool] | None = None,
    ) -> EmulatedMessage:
        """The oldest bot message to ``chat`` not yet returned by this method (and matching
        ``predicate``); waits up to ``timeout`` seconds for it, else raises TimeoutError."""
        key = _chat_key(chat)

        def find() -> EmulatedMessage | None:
            for m in self._messages:
                if (
                    m.from_user.is_bot
                    and m.chat.id == key
                    and m.seq not in self._consumed
                    and (predicate is None or predicate(m))
                ):
                    return m
            return None

        try:
            async with asyncio.timeout(timeout), self._cond:
                found = await self._cond.wait_for(find)
        except TimeoutError:
            texts = [m.text[:80] for m in self.messages_to(key)]
            raise TimeoutError(
                f"no new bot message to chat {key} within {timeout}s (all sent: {texts!r})"
            ) from None
        assert found is not None  # noqa: S101 - wait_for returns a truthy predicate value
        self._consumed.add(found.seq)
        return found

    def mark_read(self, chat: EmulatedChat | int | None = None) -> None:
        """Make :meth:`wait_for_message` ignore the messages already sent (to one chat)."""
        key = None if chat is None else _chat_key(chat)
        for m in self._messages:
            if m.from_user.is_bot and (key is None or m.chat.id == key):
                self._consumed.add(m.seq)

    @property
    def event_cursor(self) -> int:
        """Position in the log of bot actions (messages, edits, deletions)."""
        return len(self._events)

    async def wait_for_events(
        self,
        chat: EmulatedChat | int,
        since: int,
        timeout: float,  # noqa: ASYNC109
    ) -> tuple[list[ChatEvent], int]:
        """Bot actions in ``chat`` logged at or after ``since``; waits up to ``timeout`` for
        the first one. Returns ``(events, new_cursor)``; events is empty on timeout."""
        key = _chat_key(chat)

        def pending() -> list[ChatEvent]:
            return [e for e in self._events[since:] if e.message.chat.id == key]

        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout), self._cond:
                await self._cond.wait_for(lambda: bool(pending()) or self._stopping.is_set())
        return pending(), len(self._events)

    @property
    def commands(self) -> list[dict[str, Any]] | None:
        """The command list of the last ``setMyCommands`` call (default bot)."""
        return self._state().last_commands

    def commands_for(
        self, scope: dict[str, Any] | None = None, language_code: str = ""
    ) -> list[dict[str, Any]]:
        return self._state().commands.get(self._commands_key(scope, language_code), [])

    @property
    def webhook(self) -> dict[str, Any]:
        """The webhook set with ``setWebhook`` (empty dict when none)."""
        return dict(self._state().webhook)

    def pending_updates(self, bot: int | str | None = None) -> list[dict[str, Any]]:
        """Updates queued and not yet confirmed by the bot (through ``offset``)."""
        return list(self._state(bot).updates)

    # ------------------------------------------------------------------ faults

    def fail(
        self,
        method: str,
        *,
        status: int = 429,
        retry_after: int = 3,
        times: int | None = 1,
        chat_id: EmulatedChat | int | str | None = None,
        description: str | None = None,
    ) -> Fault:
        """Answer the next ``times`` calls of ``method`` (``"*"``: any) with an error.

        ``times=None`` fails until :meth:`clear_faults`. With ``chat_id`` only calls for that
        chat fail. 429 answers carry ``parameters.retry_after``.
        """
        if description is None:
            phrase = _STATUS_DESCRIPTIONS.get(status, "Error")
            description = (
                f"Too Many Requests: retry after {retry_after}" if status == 429 else phrase
            )
        fault = Fault(
            method=method,
            status=status,
            description=description,
            retry_after=retry_after if status == 429 else None,
            times=times,
            chat_id=None if chat_id is None else _chat_key(chat_id),
        )
        self._faults.append(fault)
        return fault

    def fail_flood(self, method: str, retry_after: int = 3, times: int | None = 1) -> Fault:
        """429 Too Many Requests with ``parameters.retry_after`` (PTB raises RetryAfter)."""
        return self.fail(method, status=429, retry_after=retry_after, times=times)

    def fail_server(self, method: str, status: int = 502, times: int | None = 1) -> Fault:
        """A 5xx answer (502 Bad Gateway by default; PTB raises NetworkError)."""
        return self.fail(method, status=status, times=times)

    def block_user(self, chat: EmulatedChat | int) -> Fault:
        """Every call for this chat gets 403 Forbidden: bot was blocked by the user."""
        return self.fail(
            "*",
            status=403,
            times=None,
            chat_id=chat,
            description="Forbidden: bot was blocked by the user",
        )

    def chat_not_found(self, chat: EmulatedChat | int) -> Fault:
        """Every call for this chat gets 400 Bad Request: chat not found."""
        return self.fail(
            "*", status=400, times=None, chat_id=chat, description="Bad Request: chat not found"
        )

    def slow(self, method: str, seconds: float, times: int | None = 1) -> Fault:
        """Delay the answer to the next ``times`` calls of ``method`` by ``seconds``."""
        fault = Fault(method=method, status=None, description="", times=times, delay=seconds)
        self._faults.append(fault)
        return fault

    def clear_faults(self, chat: EmulatedChat | int | None = None) -> None:
        """Remove every fault (or those bound to one chat, e.g. to unblock a user)."""
        if chat is None:
            self._faults.clear()
        else:
            key = str(_chat_key(chat))
            self._faults = [f for f in self._faults if str(f.chat_id) != key]

    def unblock_user(self, chat: EmulatedChat | int) -> None:
        self.clear_faults(chat)

    # ------------------------------------------------------------------ HTTP: Bot API

    async def _read_params(self, request: web.Request) -> dict[str, Any]:
        params: dict[str, Any] = {k: _decode_value(k, v) for k, v in request.query.items()}
        if request.method not in ("POST", "PUT") or not request.can_read_body:
            return params
        ctype = request.content_type
        if ctype == "application/json":
            try:
                body = await request.json()
            except ValueError:
                raise ApiError(400, "Bad Request: can't parse JSON object") from None
            if not isinstance(body, dict):
                raise ApiError(400, "Bad Request: JSON object expected")
            params.update(body)
        elif ctype in ("application/x-www-form-urlencoded", "multipart/form-data"):
            form = await request.post()
            for key, value in form.items():
                if isinstance(value, str):
                    params[key] = _decode_value(key, value)
                elif isinstance(value, bytes | bytearray):
                    params[key] = _decode_value(key, value.decode("utf-8", "replace"))
                else:  # an uploaded file
                    params[key] = {"filename": value.filename, "content_type": value.content_type}
        return params

    async def _handle_api(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        method = request.match_info["method"]
        m = TOKEN_RE.match(token)
        if m is None or int(m.group(1)) in self._revoked:
            _LOGGER.info("Emulator: rejected a request to %s: bad token", method)
            return web.json_response(ApiError(401, "Unauthorized").to_api(), status=401)
        state = self._state_for_token(token)
        try:
            params = await self._read_params(request)
        except ApiError as exc:
            return web.json_response(exc.to_api(), status=exc.status)
        lower = method.lower()
        if lower == "getupdates":
            return await self._answer_get_updates(state, method, params)
        call = RecordedCall(method=method, params=params, time=time.time(), bot_id=state.bot_id)
        self.sent.append(call)
        try:
            result = await self._dispatch(state, method, params, call)
        except ApiError as exc:
            call.status = exc.status
            call.description = exc.description
            _LOGGER.debug("Emulator: %s -> %s %s", method, exc.status, exc.description)
            return web.json_response(exc.to_api(), status=exc.status)
        call.status = 200
        call.result = result
        return web.json_response({"ok": True, "result": result})

    async def _answer_get_updates(
        self, state: _BotState, method: str, params: dict[str, Any]
    ) -> web.Response:
        self.get_updates_calls += 1
        try:
            await self._apply_faults(state, method, params, None)
            result = await self._get_updates(state, params)
        except ApiError as exc:
            return web.json_response(exc.to_api(), status=exc.status)
        return web.json_response({"ok": True, "result": result})

    async def _sleep(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(seconds):
                await self._stopping.wait()

    async def _apply_faults(
        self,
        state: _BotState,
        method: str,
        params: dict[str, Any],
        call: RecordedCall | None,
    ) -> None:
        chat_id = params.get("chat_id")
        for fault in list(self._faults):
            if not fault.matches(method, chat_id):
                continue
            if fault.times is not None:
                fault.times -= 1
            fault.hits += 1
            if call is not None:
                call.fault = fault
                self.faults_hit.append(call)
            if fault.delay:
                await self._sleep(fault.delay)
            if fault.status is not None:
                parameters = {"retry_after": fault.retry_after} if fault.retry_after else None
                raise ApiError(fault.status, fault.description, parameters)

    async def _dispatch(
        self, state: _BotState, method: str, params: dict[str, Any], call: RecordedCall
    ) -> Any:
        await self._apply_faults(state, method, params, call)
        lower = method.lower()
        handler = self._handlers().get(lower)
        if handler is not None:
            return await handler(state, params)
        if lower in _ALWAYS_TRUE_METHODS:
            return True
        _LOGGER.warning("Emulator: unsupported Bot API method %s", method)
        raise ApiError(404, "Not Found")

    def _handlers(
        self,
    ) -> dict[str, Callable[[_BotState, dict[str, Any]], Awaitable[Any]]]:
        return {
            "getme": self._m_get_me,
            "sendmessage": self._m_send_message,
            "editmessagetext": self._m_edit_message_text,
            "editmessagereplymarkup": self._m_edit_message_reply_markup,
            "deletemessage": self._m_delete_message,
            "answercallbackquery": self._m_answer_callback_query,
            "setmycommands": self._m_set_my_commands,
            "getmycommands": self._m_get_my_commands,
            "deletemycommands": self._m_delete_my_commands,
            "setwebhook": self._m_set_webhook,
            "deletewebhook": self._m_delete_webhook,
            "getwebhookinfo": self._m_get_webhook_info,
            "sendchataction": self._m_send_chat_action,
            "getchat": self._m_get_chat,
        }

    # ------------------------------------------------------------------ methods

    async def _m_get_me(self, state: _BotState, params: dict[str, Any]) -> Any:
        data = state.user.to_api()
        data.update(
            can_join_groups=True,
            can_read_all_group_messages=False,
            supports_inline_queries=False,
            can_connect_to_business=False,
            has_main_web_app=False,
        )
        return data

    def _deliverable(self, state: _BotState) -> bool:
        return any(set(u) & state.allowed_updates for u in state.updates)

    async def _get_updates(self, state: _BotState, params: dict[str, Any]) -> Any:
        if state.webhook.get("url"):
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = _as_int(params, "offset")
        limit = max(1, min(100, _as_int(params, "limit", 100) or 100))
        timeout = max(0, _as_int(params, "timeout", 0) or 0)
        allowed = params.get("allowed_updates")
        if isinstance(allowed, list):
            state.allowed_updates = (
                frozenset(str(a) for a in allowed) if allowed else DEFAULT_ALLOWED_UPDATES
            )
        if offset is not None and offset > 0:
            state.updates = [u for u in state.updates if u["update_id"] >= offset]
        elif offset is not None and offset < 0:
            state.updates = state.updates[offset:]
        state.last_poll = time.time()
        async with self._cond:
            state.poll_generation += 1
            generation = state.poll_generation
            self._cond.notify_all()  # an older long poll of this bot ends with 409 Conflict
            if timeout and not self._deliverable(state):
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(timeout):
                        await self._cond.wait_for(
                            lambda: (
                                self._stopping.is_set()
                                or state.poll_generation != generation
                                or self._deliverable(state)
                            )
                        )
        if state.poll_generation != generation:
            raise ApiError(
                409,
                "Conflict: terminated by other getUpdates request; "
                "make sure that only one bot instance is running",
            )
        # updates of types the bot did not ask for are dropped, like Telegram does
        state.updates = [u for u in state.updates if set(u) & state.allowed_updates]
        return state.updates[:limit]

    def _resolve_chat(self, params: dict[str, Any]) -> EmulatedChat:
        chat_id = params.get("chat_id")
        if chat_id is None or chat_id == "":
            raise ApiError(400, "Bad Request: chat_id is empty")
        return self._chat_for_id(chat_id)

    def _render_text(self, params: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
        raw = params.get("text")
        if raw is None:
            raise ApiError(400, "Bad Request: message text is empty")
        raw = str(raw)
        parse_mode = params.get("parse_mode")
        entities = params.get("entities")
        if parse_mode and entities:
            parse_mode = None  # Telegram ignores parse_mode when entities are given
        mode = (parse_mode or "").lower()
        if mode == "html":
            try:
                text, found = parse_html(raw)
            except HtmlParseError as exc:
                raise ApiError(400, f"Bad Request: can't parse entities: {exc}") from None
        elif mode in ("", "markdown", "markdownv2"):
            text, found = raw, (list(entities) if isinstance(entities, list) else [])
        else:
            raise ApiError(400, "Bad Request: unsupported parse_mode")
        if not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_len(text) > MAX_TEXT_LENGTH:
            raise ApiError(400, "Bad Request: message is too long")
        return text, found

    @staticmethod
    def _check_markup(markup: Any) -> dict[str, Any] | None:
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
        rows = markup.get("inline_keyboard")
        if rows is None:
            return markup
        if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
            raise ApiError(400, 'Bad Request: field "inline_keyboard" must be an Array')
        for row in rows:
            for button in row:
                if not isinstance(button, dict) or not button.get("text"):
                    raise ApiError(400, "Bad Request: BUTTON_TEXT_INVALID")
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode()) <= 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
                if data is None and not set(button) - {"text"}:
                    raise ApiError(
                        400,
                        "Bad Request: can't parse inline keyboard button: "
                        "Text buttons are unallowed in the inline keyboard",
                    )
        return markup

    def _find_message(
        self, state: _BotState, chat_id: int, message_id: int
    ) -> EmulatedMessage | None:
        for m in reversed(self._messages):
            if (
                m.chat.id == chat_id
                and m.message_id == message_id
                and not m.deleted
                and m.bot_id in (state.bot_id, None)
            ):
                return m
        return None

    def _log_event(self, kind: str, message: EmulatedMessage) -> None:
        self._events.append(ChatEvent(kind=kind, message=message, text=message.text))

    async def _notify(self) -> None:
        async with self._cond:
            self._cond.notify_all()

    async def _m_send_message(self, state: _BotState, params: dict[str, Any]) -> Any:
        chat = self._resolve_chat(params)
        text, entities = self._render_text(params)
        markup = self._check_markup(params.get("reply_markup"))
        reply_to: EmulatedMessage | None = None
        reply = params.get("reply_parameters")
        reply_id = reply.get("message_id") if isinstance(reply, dict) else None
        if reply_id is None and params.get("reply_to_message_id") is not None:
            reply_id = params["reply_to_message_id"]
            reply = {"allow_sending_without_reply": params.get("allow_sending_without_reply")}
        if reply_id is not None:
            reply_to = self._find_message(state, chat.id, int(reply_id))
            allow = isinstance(reply, dict) and _as_bool(reply, "allow_sending_without_reply")
            if reply_to is None and not allow:
                raise ApiError(400, "Bad Request: message to be replied not found")
        preview = params.get("link_preview_options")
        message = EmulatedMessage(
            message_id=self._next_message_id(chat.id),
            chat=chat,
            from_user=state.user,
            date=int(time.time()),
            text=text,
            raw_text=str(params["text"]),
            bot_id=state.bot_id,
            parse_mode=params.get("parse_mode"),
            entities=entities,
            reply_markup=markup,
            link_preview_options=preview if isinstance(preview, dict) else None,
            reply_to=reply_to,
            params=params,
            seq=next(self._seq),
        )
        self._messages.append(message)
        self._log_event("message", message)
        await self._notify()
        return message.to_api()

    def _message_to_edit(self, state: _BotState, params: dict[str, Any]) -> EmulatedMessage:
        if params.get("inline_message_id"):
            raise ApiError(400, "Bad Request: inline messages are not emulated")
        chat = self._resolve_chat(params)
        message_id = _as_int(params, "message_id")
        if message_id is None:
            raise ApiError(400, "Bad Request: message identifier is not specified")
        message = self._find_message(state, chat.id, message_id)
        if message is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        if not message.from_user.is_bot or message.bot_id != state.bot_id:
            raise ApiError(400, "Bad Request: message can't be edited")
        return message

    async def _m_edit_message_text(self, state: _BotState, params: dict[str, Any]) -> Any:
        message = self._message_to_edit(state, params)
        text, entities = self._render_text(params)
        markup = self._check_markup(params.get("reply_markup"))
        if (
            text == message.text
            and entities == message.entities
            and markup == message.reply_markup
        ):
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and "
                "reply markup are exactly the same as a current content and reply markup "
                "of the message",
            )
        message.edits.append(message.raw_text)
        message.text = text
        message.raw_text = str(params["text"])
        message.parse_mode = params.get("parse_mode")
        message.entities = entities
        message.reply_markup = markup
        message.edit_date = int(time.time())
        self._log_event("edit", message)
        await self._notify()
        return message.to_api()

    async def _m_edit_message_reply_markup(self, state: _BotState, params: dict[str, Any]) -> Any:
        message = self._message_to_edit(state, params)
        markup = self._check_markup(params.get("reply_markup"))
        if markup == message.reply_markup:
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and "
                "reply markup are exactly the same as a current content and reply markup "
                "of the message",
            )
        message.reply_markup = markup
        message.edit_date = int(time.time())
        self._log_event("edit", message)
        await self._notify()
        return message.to_api()

    async def _m_delete_message(self, state: _BotState, params: dict[str, Any]) -> Any:
        chat = self._resolve_chat(params)
        message_id = _as_int(params, "message_id")
        message = self._find_message(state, chat.id, message_id or 0)
        if message is None:
            raise ApiError(400, "Bad Request: message to delete not found")
        message.deleted = True
        self._log_event("delete", message)
        await self._notify()
        return True

    async def _m_answer_callback_query(self, state: _BotState, params: dict[str, Any]) -> Any:
        query_id = str(params.get("callback_query_id", ""))
        if query_id not in self._callback_queries or query_id in self._callback_answers:
            raise ApiError(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is "
                "invalid",
            )
        self._callback_answers[query_id] = params
        await self._notify()
        return True

    @staticmethod
    def _commands_key(scope: Any, language_code: Any) -> str:
        if not isinstance(scope, dict) or scope.get("type") == "default":
            scope = {"type": "default"}
        return json.dumps([scope, language_code or ""], sort_keys=True)

    async def _m_set_my_commands(self, state: _BotState, params: dict[str, Any]) -> Any:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise ApiError(400, "Bad Request: commands must be an array of at most 100 items")
        cleaned: list[dict[str, Any]] = []
        for item in commands:
            if not isinstance(item, dict):
                raise ApiError(400, "Bad Request: can't parse BotCommand")
            command = str(item.get("command", "")).removeprefix("/")
            description = str(item.get("description", ""))
            if not _BOT_COMMAND_RE.match(command):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(description) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
            cleaned.append({"command": command, "description": description})
        key = self._commands_key(params.get("scope"), params.get("language_code"))
        state.commands[key] = cleaned
        state.last_commands = cleaned
        return True

    async def _m_get_my_commands(self, state: _BotState, params: dict[str, Any]) -> Any:
        key = self._commands_key(params.get("scope"), params.get("language_code"))
        return state.commands.get(key, [])

    async def _m_delete_my_commands(self, state: _BotState, params: dict[str, Any]) -> Any:
        key = self._commands_key(params.get("scope"), params.get("language_code"))
        state.commands.pop(key, None)
        return True

    async def _m_set_webhook(self, state: _BotState, params: dict[str, Any]) -> Any:
        url = str(params.get("url") or "")
        if url and not url.startswith("https://"):
            raise ApiError(400, "Bad Request: bad webhook: An HTTPS URL must be provided")
        if _as_bool(params, "drop_pending_updates"):
            state.updates.clear()
        state.webhook = {k: v for k, v in params.items() if k != "certificate"} if url else {}
        if url:
            state.poll_generation += 1  # a pending long poll ends with 409 Conflict
            await self._notify()
        return True

    async def _m_delete_webhook(self, state: _BotState, params: dict[str, Any]) -> Any:
        if _as_bool(params, "drop_pending_updates"):
            state.updates.clear()
        state.webhook = {}
        return True

    async def _m_get_webhook_info(self, state: _BotState, params: dict[str, Any]) -> Any:
        info: dict[str, Any] = {
            "url": state.webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(state.updates),
        }
        if state.webhook.get("max_connections") is not None:
            info["max_connections"] = state.webhook["max_connections"]
        if state.webhook.get("allowed_updates") is not None:
            info["allowed_updates"] = state.webhook["allowed_updates"]
        return info

    async def _m_send_chat_action(self, state: _BotState, params: dict[str, Any]) -> Any:
        self._resolve_chat(params)
        if params.get("action") not in _CHAT_ACTIONS:
            raise ApiError(400, "Bad Request: wrong parameter action in request")
        return True

    async def _m_get_chat(self, state: _BotState, params: dict[str, Any]) -> Any:
        chat = self._resolve_chat(params)
        data = chat.to_api()
        data["accent_color_id"] = 0
        data["max_reaction_count"] = 11
        return data

    # ------------------------------------------------------------------ HTTP: control API

    async def _handle_file(self, request: web.Request) -> web.Response:
        return web.json_response(ApiError(404, "Not Found").to_api(), status=404)

    @staticmethod
    async def _ctl_body(request: web.Request) -> dict[str, Any]:
        try:
            body = await request.json()
        except ValueError:
            raise web.HTTPBadRequest(text="JSON body expected") from None
        if not isinstance(body, dict):
            raise web.HTTPBadRequest(text="JSON object expected")
        return body

    def _ctl_user_chat(self, body: dict[str, Any]) -> tuple[EmulatedUser, EmulatedChat]:
        try:
            user_id = int(body["user_id"])
            chat_id = int(body.get("chat_id", user_id))
        except (KeyError, TypeError, ValueError):
            raise web.HTTPBadRequest(text="user_id (and chat_id) must be integers") from None
        user = self._users.get(user_id) or self.user(
            user_id, str(body.get("first_name") or "User"), body.get("username")
        )
        chat: EmulatedChat
        if chat_id == user_id:
            chat = self._chats.get(chat_id) or self.private_chat(user)
        else:
            chat = self._chat_for_id(chat_id)
        return user, chat

    async def _handle_ctl_send(self, request: web.Request) -> web.Response:
        body = await self._ctl_body(request)
        user, chat = self._ctl_user_chat(body)
        message = await self.send_message(chat, user, str(body.get("text", "")))
        return web.json_response({"update_id": message.update_id, "message": message.to_api()})

    async def _handle_ctl_press(self, request: web.Request) -> web.Response:
        body = await self._ctl_body(request)
        user, chat = self._ctl_user_chat(body)
        try:
            query_id = await self.press_button(
                chat, user, int(body["message_id"]), str(body["data"])
            )
        except (KeyError, LookupError, ValueError) as exc:
            raise web.HTTPBadRequest(text=str(exc)) from None
        return web.json_response({"callback_query_id": query_id})

    async def _handle_ctl_messages(self, request: web.Request) -> web.Response:
        chat_id = request.query.get("chat_id")
        messages: Iterable[EmulatedMessage] = self._messages
        if chat_id is not None:
            try:
                key = int(chat_id)
            except ValueError:
                raise web.HTTPBadRequest(text="chat_id must be an integer") from None
            messages = [m for m in self._messages if m.chat.id == key]
        return web.json_response(
            [
                dict(
                    m.to_api(), raw_text=m.raw_text, deleted=m.deleted, from_bot=m.from_user.is_bot
                )
                for m in messages
            ]
        )

    async def _handle_ctl_calls(self, request: web.Request) -> web.Response:
        return web.json_response(
            [
                {
                    "method": c.method,
                    "params": c.params,
                    "time": c.time,
                    "status": c.status,
                    "description": c.description,
                }
                for c in self.sent
            ]
        )
