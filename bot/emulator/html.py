"""Telegram-style HTML parsing for the Bot API emulator.

Telegram accepts only a small set of tags in ``parse_mode=HTML`` and rejects anything else
with ``400 Bad Request: can't parse entities: ...``. This module mimics that: it turns the
HTML into plain text plus a list of ``MessageEntity`` dicts (offsets in UTF-16 code units,
as in the Bot API) or raises :class:`HtmlParseError` with a Telegram-like description.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

__all__ = ["HtmlParseError", "html_to_plain", "parse_html", "utf16_len"]

_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ENTITY_RE = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
_TAG_NAME_RE = re.compile(r"[^\s/]*")
_ATTR_RE = re.compile(r"""\s*([a-zA-Z_-]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?""")

# tag name -> entity type ("" = decided from attributes)
_SIMPLE_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "a": "text_link",
    "span": "spoiler",
    "tg-emoji": "custom_emoji",
}


class HtmlParseError(ValueError):
    """The text is not valid Telegram HTML; ``str(exc)`` is the Telegram-style reason."""


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units (the unit of Bot API entity offsets)."""
    return len(text.encode("utf-16-le")) // 2


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


@dataclass
class _Open:
    name: str
    entity: dict[str, Any] | None
    start: int  # UTF-16 offset in the plain text
    attrs: dict[str, str] = field(default_factory=dict)


def _decode_entity(match: re.Match[str]) -> str | None:
    body = match.group(1)
    if body.startswith(("#x", "#X")):
        code = int(body[2:], 16)
    elif body.startswith("#"):
        code = int(body[1:])
    else:
        return _NAMED_ENTITIES.get(body.lower())
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return None
    return chr(code)


def _parse_attrs(raw: str) -> dict[str, str]:
    attrs: dict[str, str] = {}
    pos = 0
    while pos < len(raw):
        if raw[pos:].strip() in ("", "/"):
            break
        m = _ATTR_RE.match(raw, pos)
        if m is None or m.end() == pos:
            break
        value = next((g for g in m.groups()[1:] if g is not None), "")
        attrs[m.group(1).lower()] = _ENTITY_RE.sub(
            lambda e: _decode_entity(e) or e.group(0), value
        )
        pos = m.end()
    return attrs


def _entity_for(name: str, attrs: dict[str, str], text: str, index: int) -> dict[str, Any]:
    kind = _SIMPLE_TAGS.get(name)
    if kind is None:
        raise HtmlParseError(
            f'Unsupported start tag "{name}" at byte offset {_byte_offset(text, index)}'
        )
    entity: dict[str, Any] = {"type": kind}
    if name == "span":
        if attrs.get("class") != "tg-spoiler":
            raise HtmlParseError(
                f'Tag "span" must have class "tg-spoiler" at byte offset '
                f"{_byte_offset(text, index)}"
            )
    elif name == "a":
        href = attrs.get("href", "")
        if href.startswith("tg://user?id="):
            entity = {"type": "text_mention", "user": {"id": int(href[13:] or 0)}}
        else:
            entity["url"] = href
    elif name == "tg-emoji":
        if "emoji-id" not in attrs:
            raise HtmlParseError(
                f'Custom emoji entity must contain a tag "emoji-id" at byte offset '
                f"{_byte_offset(text, index)}"
            )
        entity["custom_emoji_id"] = attrs["emoji-id"]
    elif name == "blockquote" and "expandable" in attrs:
        entity["type"] = "expandable_blockquote"
    return entity


def parse_html(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Parse Telegram HTML into ``(plain_text, entities)``.

    Raises:
        HtmlParseError: on an unsupported or unbalanced tag, like the real Bot API.
    """
    out: list[str] = []
    out_len = 0  # UTF-16 length of the text produced so far
    stack: list[_Open] = []
    entities: list[dict[str, Any]] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "&":
            m = _ENTITY_RE.match(text, i)
            decoded = _decode_entity(m) if m else None
            if m is not None and decoded is not None:
                out.append(decoded)
                out_len += utf16_len(decoded)
                i = m.end()
                continue
            out.append(ch)
            out_len += 1
            i += 1
            continue
        if ch != "<":
            j = i
            while j < n and text[j] not in "<&":
                j += 1
            chunk = text[i:j]
            out.append(chunk)
            out_len += utf16_len(chunk)
            i = j
            continue
        close = text.find(">", i)
        if close == -1:
            raise HtmlParseError(f"Unclosed start tag at byte offset {_byte_offset(text, i)}")
        inner = text[i + 1 : close]
        if inner.startswith("/"):
            name = inner[1:].strip().lower()
            if not stack:
                raise HtmlParseError(f"Unexpected end tag at byte offset {_byte_offset(text, i)}")
            top = stack.pop()
            if name != top.name:
                raise HtmlParseError(
                    f"Unmatched end tag at byte offset {_byte_offset(text, i)}, "
                    f'expected "</{top.name}>", found "</{name}>"'
                )
            if top.entity is not None and out_len > top.start:
                entities.append(dict(top.entity, offset=top.start, length=out_len - top.start))
            i = close + 1
            continue
        m = _TAG_NAME_RE.match(inner)  # like tdlib: the name runs up to a space or ">"
        name = m.group(0).lower() if m else ""
        attrs = _parse_attrs(inner[m.end() :] if m else "")
        entity: dict[str, Any] | None = _entity_for(name, attrs, text, i)
        if stack and stack[-1].name in ("pre", "code"):
            parent = stack[-1]
            if parent.name == "pre" and name == "code" and parent.entity is not None:
                # <pre><code class="language-x"> is a single pre entity with a language
                language = attrs.get("class", "").removeprefix("language-")
                if language:
                    parent.entity["language"] = language
                entity = None
            else:
                entity = None  # Telegram ignores formatting inside code blocks
        stack.append(_Open(name=name, entity=entity, start=out_len, attrs=attrs))
        i = close + 1
    if stack:
        raise HtmlParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1].name}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def html_to_plain(text: str) -> str:
    """Best-effort plain text for display: valid HTML is parsed, invalid HTML is returned as is."""
    try:
        return parse_html(text)[0]
    except HtmlParseError:
        return text
