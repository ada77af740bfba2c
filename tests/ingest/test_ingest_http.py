"""The fetcher against a real local server: every bad answer becomes a one-line FetchError."""

from __future__ import annotations

import time

import pytest
from localweb import LocalServer, closed_port

from bot.config import Settings
from bot.ingest.errors import FetchError
from bot.ingest.http import fetch, make_session


async def test_conditional_get_costs_one_304(server: LocalServer, settings: Settings) -> None:
    async with make_session(settings) as session:
        first = await fetch(session, server.url("/rss/en"), settings=settings)
        assert first.status == 200 and first.etag == '"en-v1"'
        assert first.last_modified
        second = await fetch(
            session,
            server.url("/rss/en"),
            settings=settings,
            etag=first.etag,
            last_modified=first.last_modified,
        )
    assert second.not_modified and second.body == b""
    assert server.state.hits["/rss/en"] == 2
    assert all(ua == settings.user_agent for ua in server.state.user_agents)
    assert "negobot" in settings.user_agent


async def test_redirects_are_followed_and_counted(server: LocalServer, settings: Settings) -> None:
    async with make_session(settings) as session:
        result = await fetch(session, server.url("/r/5"), settings=settings)
    assert result.status == 200 and result.redirects == 5
    assert result.url.endswith("/r/0")


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/r/6", "too many redirects (more than 5)"),
        ("/bad/loop", "redirect loop"),
        ("/bad/ping", "redirect loop"),
        ("/bad/404", "HTTP 404"),
        ("/bad/500", "HTTP 500"),
        ("/bad/huge", "body too large"),
        ("/bad/gzip-bomb", "body too large"),
        ("/bad/hang", "timed out after 1 s"),
    ],
)
async def test_bad_answers(
    server: LocalServer, settings: Settings, path: str, message: str
) -> None:
    started = time.perf_counter()
    async with make_session(settings) as session:
        with pytest.raises(FetchError) as info:
            await fetch(session, server.url(path), settings=settings)
    assert message in str(info.value)
    assert "\n" not in str(info.value)
    assert time.perf_counter() - started < 5


async def test_body_cap_counts_decompressed_bytes(server: LocalServer, settings: Settings) -> None:
    async with make_session(settings) as session:
        with pytest.raises(FetchError, match="decompressed"):
            await fetch(session, server.url("/bad/gzip-bomb"), settings=settings)


async def test_connection_refused(settings: Settings) -> None:
    async with make_session(settings) as session:
        with pytest.raises(FetchError, match="cannot connect"):
            await fetch(session, f"http://127.0.0.1:{closed_port()}/feed", settings=settings)
