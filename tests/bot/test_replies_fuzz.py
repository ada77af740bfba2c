"""Any argument to any command gets a reply Telegram accepts: valid HTML, under 4096 characters."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.config import Settings
from bot.emulator.html import parse_html
from bot.ingest.pipeline import ingest_text
from bot.resources import Resources, open_resources
from bot.runner import sample_article
from handlers.commands import parse_command
from handlers.formatting import MAX_MESSAGE, split_message
from handlers.registry import BY_NAME
from tests.conftest import require_seed

NOW = dt.datetime(2025, 5, 31, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def loop_and_resources(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[asyncio.AbstractEventLoop, Resources]]:
    """One store with the seed and the sample in it, shared by every generated example."""
    path: Path = tmp_path_factory.mktemp("fuzz") / "fuzz.db"
    settings = Settings(_env_file=None, database_url=f"sqlite+aiosqlite:///{path}")  # type: ignore[call-arg]
    loop = asyncio.new_event_loop()
    resources = loop.run_until_complete(open_resources(settings, clock=lambda: NOW))
    for url, text in (
        ("https://example.org/seed", require_seed().read_text(encoding="utf-8")),
        ("negobot:sample", sample_article()),
    ):
        loop.run_until_complete(ingest_text(resources.sessions, url=url, text=text))
    yield loop, resources
    loop.run_until_complete(resources.close())
    loop.close()


words = st.one_of(
    st.sampled_from(["Kellogg", "Umerov", "Lavrov", "memorandum", "ceasefire", "<b>", "&", "'"]),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=30),
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
# /sources add would reach out to the network; its replies are tested against a local server.
@given(
    command=st.sampled_from(sorted(set(BY_NAME) - {"sources"})), args=st.lists(words, max_size=6)
)
def test_every_reply_is_valid_telegram_html(
    loop_and_resources: tuple[asyncio.AbstractEventLoop, Resources],
    command: str,
    args: list[str],
) -> None:
    loop, resources = loop_and_resources
    ask = parse_command(" ".join([f"/{command}", *args]), now=NOW, is_admin=True)
    assert ask is not None
    text = loop.run_until_complete(BY_NAME[ask.command].reply(resources, ask))
    chunks = split_message(text)
    assert chunks, f"/{command} gave an empty reply"
    for chunk in chunks:
        assert len(chunk) <= MAX_MESSAGE
        parse_html(chunk)  # raises on anything Telegram would refuse
