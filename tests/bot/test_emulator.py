"""The Bot API emulator driven by a real python-telegram-bot Application / Bot."""

import asyncio
import contextlib
import datetime as dtm
import time
from collections.abc import AsyncIterator, Sequence

import aiohttp
import pytest
from telegram import Bot, BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, Conflict, Forbidden, InvalidToken, NetworkError, RetryAfter
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
)

from bot.emulator import BotAPIEmulator

TOKEN = "123456:" + "A" * 35
OTHER_TOKEN = "654321:" + "B" * 35

AnyApp = Application  # type: ignore[type-arg]


async def _start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_text(
        "Hello <b>there</b> &amp; welcome", parse_mode="HTML"
    )


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    assert update.effective_user is not None
    words = " ".join(context.args or []) or "(nothing)"
    await update.effective_message.reply_text(f"{update.effective_user.first_name}: {words}")


async def _menu(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Yes", callback_data="yes"),
                InlineKeyboardButton("No", callback_data="no"),
            ]
        ]
    )
    await update.effective_message.reply_text("Subscribe?", reply_markup=keyboard)


async def _on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer(f"got {query.data}")
    await query.edit_message_text(f"You chose <i>{query.data}</i>", parse_mode="HTML")


@contextlib.asynccontextmanager
async def running_app(
    emulator: BotAPIEmulator,
    handlers: Sequence[BaseHandler],
    token: str = TOKEN,  # type: ignore[type-arg]
) -> AsyncIterator[AnyApp]:
    app = ApplicationBuilder().token(token).base_url(emulator.base_url).build()
    for handler in handlers:
        app.add_handler(handler)
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


@pytest.fixture
async def echo_app(emulator: BotAPIEmulator) -> AsyncIterator[AnyApp]:
    handlers = [
        CommandHandler("start", _start),
        CommandHandler("echo", _echo),
        CommandHandler("menu", _menu),
        CallbackQueryHandler(_on_button),
    ]
    async with running_app(emulator, handlers) as app:
        yield app


@pytest.fixture
async def bot(emulator: BotAPIEmulator) -> AsyncIterator[Bot]:
    """A bare PTB Bot (no polling) talking to the emulator."""
    async with Bot(TOKEN, base_url=emulator.base_url) as the_bot:
        yield the_bot


# ---------------------------------------------------------------------- conversations


async def test_start_command_gets_a_reply(emulator: BotAPIEmulator, echo_app: AnyApp) -> None:
    alice = emulator.user(first_name="Alice", username="alice")
    chat = emulator.private_chat(alice)
    sent = await emulator.send_message(chat, alice, "/start")
    assert sent.update_id is not None
    assert sent.entities == [{"type": "bot_command", "offset": 0, "length": 6}]
    reply = await emulator.wait_for_message(chat, timeout=5)
    assert reply.text == "Hello there & welcome"
    assert reply.html == "Hello <b>there</b> &amp; welcome"
    assert reply.entities == [{"type": "bold", "offset": 6, "length": 5}]
    assert reply.from_user.is_bot
    assert reply.from_user.username == "negobot_test_bot"
    assert reply.date == pytest.approx(time.time(), abs=5)
    assert [m.text for m in emulator.messages_to(chat)] == ["Hello there & welcome"]
    call = emulator.calls_to("sendMessage")[0]
    assert call.params["chat_id"] == alice.id
    assert call.params["parse_mode"] == "HTML"
    assert call.ok


async def test_group_chat_with_several_users(emulator: BotAPIEmulator, echo_app: AnyApp) -> None:
    alice = emulator.user(first_name="Alice")
    bob = emulator.user(first_name="Bob")
    group = emulator.group_chat(-1001234567890, "Negotiations")
    assert group.type == "supergroup"
    await emulator.send_message(group, alice, "/echo@negobot_test_bot peace talks")
    await emulator.send_message(group, bob, "/echo ceasefire")
    await emulator.send_message(group, bob, "/echo@some_other_bot ignored")
    await emulator.send_message(emulator.private_chat(bob), bob, "/echo in private")
    first = await emulator.wait_for_message(group)
    second = await emulator.wait_for_message(group)
    private = await emulator.wait_for_message(bob.id)
    assert (first.text, second.text) == ("Alice: peace talks", "Bob: ceasefire")
    assert first.chat.id == second.chat.id == group.id
    assert private.text == "Bob: in private"
    assert first.message_id < second.message_id
    with pytest.raises(TimeoutError):  # the command for another bot got no answer
        await emulator.wait_for_message(group, timeout=0.3)


async def test_wait_for_message_with_predicate(emulator: BotAPIEmulator, echo_app: AnyApp) -> None:
    alice = emulator.user(first_name="Alice")
    chat = emulator.private_chat(alice)
    for word in ("one", "two", "three"):
        await emulator.send_message(chat, alice, f"/echo {word}")
    third = await emulator.wait_for_message(chat, predicate=lambda m: m.text.endswith("three"))
    first = await emulator.wait_for_message(chat)
    assert (third.text, first.text) == ("Alice: three", "Alice: one")


async def test_inline_button_press_answer_and_edit(
    emulator: BotAPIEmulator, echo_app: AnyApp
) -> None:
    alice = emulator.user(first_name="Alice")
    chat = emulator.private_chat(alice)
    await emulator.send_message(chat, alice, "/menu")
    menu = await emulator.wait_for_message(chat)
    assert menu.callback_data == ["yes", "no"]
    with pytest.raises(ValueError, match="no button"):
        await emulator.press_button(chat, alice, menu, "maybe")
    cursor = emulator.event_cursor
    query_id = await emulator.press_button(chat, alice, menu, "yes")
    events, _ = await emulator.wait_for_events(chat, cursor, timeout=5)
    assert [e.kind for e in events] == ["edit"]
    assert menu.text == "You chose yes"
    assert menu.edits == ["Subscribe?"]
    assert menu.reply_markup is None  # editMessageText without reply_markup drops the keyboard
    assert emulator.callback_answer(query_id) == {"callback_query_id": query_id, "text": "got yes"}


# ---------------------------------------------------------------------- errors as PTB sees them


async def test_html_parse_errors_become_bad_request(emulator: BotAPIEmulator, bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities: can't find end tag"):
        await bot.send_message(42, "<b>unclosed", parse_mode="HTML")
    with pytest.raises(BadRequest, match=r'(?i)unsupported start tag "div"'):
        await bot.send_message(42, "<div>x</div>", parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"(?i)unmatched end tag"):
        await bot.send_message(42, "<b><i>x</b></i>", parse_mode="HTML")
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(42, "x" * 4097)
    with pytest.raises(BadRequest, match="Message text is empty"):
        await bot.send_message(42, "<b> </b>", parse_mode="HTML")
    message = await bot.send_message(42, "x" * 4096)
    assert len(message.text or "") == 4096
    assert [c.status for c in emulator.calls_to("sendMessage")] == [400] * 5 + [200]
    assert emulator.messages_to(42)[0].text == "x" * 4096


async def test_flood_control_raises_retry_after(
    emulator: BotAPIEmulator, bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # PTB 22 warns about int retry_after unless PTB_TIMEDELTA opts in to timedeltas
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    emulator.fail_flood("sendMessage", retry_after=7, times=1)
    with pytest.raises(RetryAfter) as excinfo:
        await bot.send_message(42, "hello")
    assert excinfo.value.retry_after == dtm.timedelta(seconds=7)
    assert (await bot.send_message(42, "hello")).text == "hello"  # only the first call failed
    failed = emulator.faults_hit[0]
    assert (failed.method, failed.status) == ("sendMessage", 429)


async def test_blocked_user_raises_forbidden(emulator: BotAPIEmulator, bot: Bot) -> None:
    emulator.block_user(42)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(42, "hello")
    with pytest.raises(Forbidden):
        await bot.send_chat_action(42, "typing")
    assert (await bot.send_message(43, "other chat")).chat.id == 43
    emulator.unblock_user(42)
    assert (await bot.send_message(42, "back")).text == "back"


async def test_chat_not_found_and_bad_gateway(emulator: BotAPIEmulator, bot: Bot) -> None:
    emulator.chat_not_found(-100777)
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(-100777, "hello")
    emulator.fail_server("sendMessage", status=502)
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await bot.send_message(42, "hello")
    assert (await bot.send_message(42, "hello")).text == "hello"


async def test_slow_answer(emulator: BotAPIEmulator, bot: Bot) -> None:
    emulator.slow("sendMessage", 0.4)
    started = time.monotonic()
    await bot.send_message(42, "slow")
    assert time.monotonic() - started >= 0.4
    started = time.monotonic()
    await bot.send_message(42, "fast")
    assert time.monotonic() - started < 0.4


async def test_bad_token_and_unknown_method(emulator: BotAPIEmulator) -> None:
    async with aiohttp.ClientSession() as session:
        async with session.post(f"{emulator.base_url}{TOKEN}/frobnicate") as response:
            assert response.status == 404
            assert await response.json() == {
                "ok": False,
                "error_code": 404,
                "description": "Not Found",
            }
        async with session.post(f"{emulator.base_url}not-a-token/getMe") as response:
            assert response.status == 401
            assert (await response.json())["description"] == "Unauthorized"
    with pytest.raises(InvalidToken):
        async with Bot("42:short", base_url=emulator.base_url):
            pass


async def test_several_bots_have_their_own_identity(emulator: BotAPIEmulator) -> None:
    async with (
        Bot(TOKEN, base_url=emulator.base_url) as first,
        Bot(OTHER_TOKEN, base_url=emulator.base_url) as second,
    ):
        assert (first.id, first.username) == (123456, "negobot_test_bot")
        assert second.id == 654321
        assert second.username != first.username
        assert first.bot.is_bot
        await second.send_message(42, "from the second bot")
        assert emulator.messages_to(42)[0].from_user.id == 654321


# ---------------------------------------------------------------------- getUpdates


async def test_get_updates_offset_semantics(emulator: BotAPIEmulator, bot: Bot) -> None:
    alice = emulator.user(first_name="Alice")
    chat = emulator.private_chat(alice)
    ids = [(await emulator.send_message(chat, alice, f"m{i}")).update_id for i in range(4)]
    assert ids == sorted(ids)
    assert [u.update_id for u in await bot.get_updates()] == ids
    assert [u.update_id for u in await bot.get_updates()] == ids  # nothing confirmed yet
    assert [u.update_id for u in await bot.get_updates(limit=1)] == ids[:1]
    updates = await bot.get_updates(offset=ids[2])  # confirms ids[0] and ids[1]
    assert [u.message.text for u in updates if u.message] == ["m2", "m3"]
    assert [u.update_id for u in await bot.get_updates()] == ids[2:]
    assert [u.update_id for u in await bot.get_updates(offset=-1)] == ids[3:]
    assert await bot.get_updates(offset=ids[3] + 1) == ()
    assert emulator.pending_updates() == []
    later = await emulator.send_message(chat, alice, "later")
    assert later.update_id is not None
    assert later.update_id > ids[-1]


async def test_allowed_updates_filter(emulator: BotAPIEmulator, bot: Bot) -> None:
    alice = emulator.user(first_name="Alice")
    chat = emulator.private_chat(alice)
    menu = await bot.send_message(
        chat.id,
        "menu",
        reply_markup=InlineKeyboardMarkup.from_button(
            InlineKeyboardButton("ok", callback_data="ok")
        ),
    )
    await emulator.send_message(chat, alice, "text")
    await emulator.press_button(chat, alice, menu.message_id, "ok")
    updates = await bot.get_updates(allowed_updates=["callback_query"])
    assert [u.callback_query.data for u in updates if u.callback_query] == ["ok"]
    assert len(updates) == 1


async def test_long_poll_returns_promptly_when_an_update_arrives(
    emulator: BotAPIEmulator, bot: Bot
) -> None:
    alice = emulator.user(first_name="Alice")
    chat = emulator.private_chat(alice)
    started = time.monotonic()
    poll = asyncio.create_task(bot.get_updates(timeout=10))
    await asyncio.sleep(0.2)
    assert not poll.done()
    await emulator.send_message(chat, alice, "wake up")
    updates = await asyncio.wait_for(poll, 2)
    assert time.monotonic() - started < 2
    assert [u.message.text for u in updates if u.message] == ["wake up"]
    started = time.monotonic()
    assert await bot.get_updates(offset=updates[-1].update_id + 1, timeout=1) == ()
    assert time.monotonic() - started >= 0.9  # an empty long poll waits for its timeout


# ---------------------------------------------------------------------- other methods


async def test_commands_and_webhook_state(emulator: BotAPIEmulator, bot: Bot) -> None:
    await bot.set_my_commands([BotCommand("start", "Start"), BotCommand("latest", "News")])
    assert emulator.commands == [
        {"command": "start", "description": "Start"},
        {"command": "latest", "description": "News"},
    ]
    assert [c.command for c in await bot.get_my_commands()] == ["start", "latest"]
    with pytest.raises(BadRequest, match="Bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Bad Command", "x")])
    await bot.delete_my_commands()
    assert await bot.get_my_commands() == ()

    await bot.set_webhook("https://example.org/hook", secret_token="s3cret")
    assert emulator.webhook["url"] == "https://example.org/hook"
    assert (await bot.get_webhook_info()).url == "https://example.org/hook"
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates()
    await bot.delete_webhook()
    assert emulator.webhook == {}
    assert await bot.get_updates() == ()
    assert await bot.send_chat_action(42, "typing")
    with pytest.raises(BadRequest):
        await bot.send_chat_action(42, "dancing")


async def test_send_message_options_are_echoed(emulator: BotAPIEmulator, bot: Bot) -> None:
    first = await bot.send_message(42, "first")
    second = await bot.send_message(
        42,
        '<a href="https://example.org/x?a=1&amp;b=2">link</a> 🇺🇦 <code>x</code>',
        parse_mode="HTML",
        link_preview_options={"is_disabled": True},
        reply_parameters={"message_id": first.message_id},
    )
    assert second.text == "link 🇺🇦 x"
    assert second.reply_to_message is not None
    assert second.reply_to_message.message_id == first.message_id
    assert second.link_preview_options is not None
    assert second.link_preview_options.is_disabled
    link, code = second.entities
    assert (link.type, link.url, link.offset, link.length) == (
        "text_link",
        "https://example.org/x?a=1&b=2",
        0,
        4,
    )
    assert (code.type, code.offset, code.length) == ("code", 10, 1)  # the flag is 4 UTF-16 units
    edited = await bot.edit_message_text("first, edited", 42, first.message_id)
    assert isinstance(edited, type(first))
    assert edited.edit_date is not None
    with pytest.raises(BadRequest, match="not modified"):
        await bot.edit_message_text("first, edited", 42, first.message_id)
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("x", 42, 9999)
    assert await bot.delete_message(42, first.message_id)
    assert await bot.close()


async def test_control_api(emulator: BotAPIEmulator, echo_app: AnyApp) -> None:
    async with aiohttp.ClientSession() as session:
        async with session.post(
            f"{emulator.url}/_emulator/send",
            json={"chat_id": 77, "user_id": 77, "text": "/echo over http", "first_name": "Zed"},
        ) as response:
            assert response.status == 200
            assert (await response.json())["message"]["text"] == "/echo over http"
        await emulator.wait_for_message(77)
        async with session.get(f"{emulator.url}/_emulator/messages?chat_id=77") as response:
            messages = await response.json()
    assert [(m["from_bot"], m["text"]) for m in messages] == [
        (False, "/echo over http"),
        (True, "Zed: over http"),
    ]


async def test_string_parameters_are_not_json_decoded(emulator: BotAPIEmulator, bot: Bot) -> None:
    for text in ("123", "[1, 2]", "true", '{"a": 1}', "null"):
        assert (await bot.send_message(42, text)).text == text
    assert emulator.calls_to("sendMessage")[0].params == {"chat_id": 42, "text": "123"}


async def test_second_long_poll_terminates_the_first(emulator: BotAPIEmulator, bot: Bot) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=10))
    await asyncio.sleep(0.2)
    async with Bot(TOKEN, base_url=emulator.base_url) as second_instance:
        assert await second_instance.get_updates(timeout=0) == ()
    with pytest.raises(Conflict, match="terminated by other getUpdates request"):
        await asyncio.wait_for(first, 2)


async def test_stop_ends_pending_long_polls_quickly() -> None:
    emu = BotAPIEmulator()
    await emu.start()
    async with aiohttp.ClientSession() as session:
        poll = asyncio.create_task(
            session.post(f"{emu.base_url}{TOKEN}/getUpdates", data={"timeout": "30"})
        )
        await asyncio.sleep(0.2)
        started = time.monotonic()
        await emu.stop()
        response = await asyncio.wait_for(poll, 2)
        assert await response.json() == {"ok": True, "result": []}
        response.release()
    assert time.monotonic() - started < 2
