"""Plain data objects used by the Bot API emulator (users, chats, messages, recorded calls)."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

__all__ = ["ChatEvent", "EmulatedChat", "EmulatedMessage", "EmulatedUser", "Fault", "RecordedCall"]


@dataclass(frozen=True)
class EmulatedUser:
    """A Telegram user (or bot) as the emulator shows it in updates."""

    id: int
    first_name: str
    username: str | None = None
    last_name: str | None = None
    language_code: str | None = "en"
    is_bot: bool = False

    def to_api(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "is_bot": self.is_bot,
            "first_name": self.first_name,
        }
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        if self.language_code and not self.is_bot:
            data["language_code"] = self.language_code
        return data


@dataclass(frozen=True)
class EmulatedChat:
    """A chat: ``type`` is ``private``, ``group``, ``supergroup`` or ``channel``."""

    id: int
    type: str
    title: str | None = None
    username: str | None = None
    first_name: str | None = None
    last_name: str | None = None

    def to_api(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "type": self.type}
        for key in ("title", "username", "first_name", "last_name"):
            value = getattr(self, key)
            if value:
                data[key] = value
        return data


@dataclass
class EmulatedMessage:
    """A message in the emulator: sent by the bot (``from_user.is_bot``) or by an emulated user.

    ``text`` is the plain text as a Telegram client shows it (HTML tags stripped, entities
    unescaped); ``raw_text`` is the ``text`` parameter as sent (the raw HTML when
    ``parse_mode`` is HTML).
    """

    message_id: int
    chat: EmulatedChat
    from_user: EmulatedUser
    date: int
    text: str
    raw_text: str
    bot_id: int | None
    parse_mode: str | None = None
    entities: list[dict[str, Any]] = field(default_factory=list)
    reply_markup: dict[str, Any] | None = None
    link_preview_options: dict[str, Any] | None = None
    reply_to: EmulatedMessage | None = None
    params: dict[str, Any] = field(default_factory=dict)
    edit_date: int | None = None
    edits: list[str] = field(default_factory=list)
    deleted: bool = False
    update_id: int | None = None
    seq: int = 0

    @property
    def chat_id(self) -> int:
        return self.chat.id

    @property
    def html(self) -> str | None:
        """The raw HTML text if the message was sent with ``parse_mode=HTML``."""
        if (self.parse_mode or "").lower() == "html":
            return self.raw_text
        return None

    @property
    def buttons(self) -> list[list[dict[str, Any]]]:
        """Rows of inline keyboard buttons (empty if there is no inline keyboard)."""
        if not self.reply_markup:
            return []
        rows = self.reply_markup.get("inline_keyboard") or []
        return [list(row) for row in rows]

    @property
    def callback_data(self) -> list[str]:
        """All ``callback_data`` values of the inline keyboard, row by row."""
        return [b["callback_data"] for row in self.buttons for b in row if "callback_data" in b]

    def to_api(self, *, with_reply: bool = True) -> dict[str, Any]:
        """The Bot API ``Message`` object."""
        data: dict[str, Any] = {
            "message_id": self.message_id,
            "from": self.from_user.to_api(),
            "chat": self.chat.to_api(),
            "date": self.date,
            "text": self.text,
        }
        if self.entities:
            data["entities"] = copy.deepcopy(self.entities)
        if self.edit_date is not None:
            data["edit_date"] = self.edit_date
        if self.reply_markup and "inline_keyboard" in self.reply_markup:
            data["reply_markup"] = copy.deepcopy(self.reply_markup)
        if self.link_preview_options:
            data["link_preview_options"] = copy.deepcopy(self.link_preview_options)
        if with_reply and self.reply_to is not None:
            data["reply_to_message"] = self.reply_to.to_api(with_reply=False)
        return data


@dataclass
class Fault:
    """An injected failure (or delay) for a Bot API method; ``method="*"`` matches any method."""

    method: str
    status: int | None
    description: str
    retry_after: int | None = None
    times: int | None = 1  # None: until cleared
    chat_id: int | str | None = None
    delay: float = 0.0
    hits: int = 0

    def matches(self, method: str, chat_id: int | str | None) -> bool:
        if self.times is not None and self.times <= 0:
            return False
        if self.method != "*" and self.method.lower() != method.lower():
            return False
        return self.chat_id is None or str(self.chat_id) == str(chat_id)


@dataclass
class RecordedCall:
    """One Bot API request received by the emulator (``getUpdates`` is not recorded)."""

    method: str
    params: dict[str, Any]
    time: float
    bot_id: int | None
    status: int = 0
    result: Any = None
    description: str | None = None
    fault: Fault | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200


@dataclass(frozen=True)
class ChatEvent:
    """Something the bot did in a chat: ``kind`` is ``message``, ``edit`` or ``delete``."""

    kind: str
    message: EmulatedMessage
    text: str
