"""A local aiohttp server that imitates the real web, good and bad, on 127.0.0.1."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import zlib
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from aiohttp import web

from bot.config import Settings

FIXTURES = Path(__file__).parent / "fixtures"
HUGE_BYTES = 20 * 1024 * 1024
BOMB_BYTES = 64 * 1024 * 1024

MALFORMED = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Broken desk</title>
<item><title>Talks resume <b>in Istanbul</title><link>http://x.invalid/1</link>
<item><title>Second & unescaped</title></channel>"""

NO_LINKS_OR_DATES = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Sloppy desk</title><link>http://sloppy.invalid/</link>
<item><title>An entry with neither link nor guid</title>
  <description>Delegations will meet again, an official said, without giving a date or a place for the third round of talks.</description></item>
<item><title>Umerov names the members of the delegation</title><link>{{BASE}}/sloppy/delegation</link>
  <description>Defence minister Rustem Umerov named the members of the Ukrainian delegation for the next round of talks with Russia in Istanbul, including officials of the foreign ministry and intelligence.</description></item>
</channel></rss>"""

ONLY_UNLINKED = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Linkless</title>
<item><title>First entry without a link</title><description>Text one about the talks.</description></item>
<item><title>Second entry without a link</title><description>Text two about the talks.</description></item>
</channel></rss>"""

DUPLICATE_GUIDS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Echo desk</title>
<item><title>Peskov: no date yet for the next round</title><link>{{BASE}}/echo/1</link><guid>echo-1</guid>
<pubDate>Tue, 27 May 2025 10:00:00 +0000</pubDate>
<description>Kremlin spokesman Dmitry Peskov said on Tuesday that no date had been set for the next round of talks with Ukraine and that the memorandum was still being written by the Russian side.</description></item>
<item><title>Peskov: no date yet for the next round (updated)</title><link>{{BASE}}/echo/1-updated</link><guid>echo-1</guid>
<pubDate>Tue, 27 May 2025 10:05:00 +0000</pubDate>
<description>Updated copy carrying the same GUID as the first entry.</description></item>
</channel></rss>"""

HTML_PAGE = b"""<!DOCTYPE html><html><head><title>Site maintenance</title></head>
<body><h1>We'll be back soon</h1><p>The site is down for maintenance.</p></body></html>"""


@cache
def gzip_bomb() -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = bytes(1024 * 1024)
    parts = [compressor.compress(chunk) for _ in range(BOMB_BYTES // len(chunk))]
    parts.append(compressor.flush())
    return b"".join(parts)


@dataclass
class ServerState:
    hits: Counter[str] = field(default_factory=Counter)
    user_agents: list[str] = field(default_factory=list)
    stop: asyncio.Event | None = None
    etags: dict[str, str] = field(default_factory=dict)


def fixture_bytes(name: str, base: str) -> bytes:
    return (FIXTURES / name).read_bytes().replace(b"{{BASE}}", base.encode())


def build_app(state: ServerState) -> web.Application:
    def base(request: web.Request) -> str:
        return f"http://{request.host}"

    def feed(name: str, ctype: str, etag: str) -> Any:
        async def handler(request: web.Request) -> web.StreamResponse:
            state.hits[request.path] += 1
            state.user_agents.append(request.headers.get("User-Agent", ""))
            current = state.etags.get(request.path, etag)
            if request.headers.get("If-None-Match") == current:
                return web.Response(status=304, headers={"ETag": current})
            return web.Response(
                body=fixture_bytes(name, base(request)),
                content_type=ctype,
                charset="utf-8",
                headers={"ETag": current, "Last-Modified": "Fri, 16 May 2025 15:10:00 GMT"},
            )

        return handler

    def page(name: str) -> Any:
        async def handler(request: web.Request) -> web.StreamResponse:
            state.hits[request.path] += 1
            return web.Response(
                body=fixture_bytes(name, base(request)), content_type="text/html", charset="utf-8"
            )

        return handler

    def raw(body: bytes, ctype: str = "application/rss+xml", status: int = 200) -> Any:
        async def handler(request: web.Request) -> web.StreamResponse:
            state.hits[request.path] += 1
            return web.Response(
                body=body.replace(b"{{BASE}}", base(request).encode()),
                content_type=ctype,
                status=status,
            )

        return handler

    async def huge(request: web.Request) -> web.StreamResponse:
        state.hits[request.path] += 1
        resp = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
        await resp.prepare(request)
        chunk = b"<!-- padding -->" * 4096
        sent = 0
        try:
            while sent < HUGE_BYTES:
                await resp.write(chunk)
                sent += len(chunk)
        except (ConnectionError, RuntimeError):
            return resp
        await resp.write_eof()
        return resp

    async def bomb(request: web.Request) -> web.StreamResponse:
        state.hits[request.path] += 1
        return web.Response(
            body=gzip_bomb(),
            headers={"Content-Type": "application/rss+xml", "Content-Encoding": "gzip"},
        )

    async def hang(request: web.Request) -> web.StreamResponse:
        state.hits[request.path] += 1
        resp = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
        await resp.prepare(request)
        await resp.write(b'<?xml version="1.0"?><rss version="2.0"><channel><title>Slow')
        assert state.stop is not None
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(state.stop.wait(), timeout=30)
        return resp

    def redirect(target: str, status: int = 302) -> Any:
        async def handler(request: web.Request) -> web.StreamResponse:
            state.hits[request.path] += 1
            return web.Response(status=status, headers={"Location": target})

        return handler

    async def chain(request: web.Request) -> web.StreamResponse:
        n = int(request.match_info["n"])
        state.hits[request.path] += 1
        if n > 0:
            return web.Response(status=301, headers={"Location": f"/r/{n - 1}"})
        return web.Response(
            body=fixture_bytes("rss_en.xml", base(request)), content_type="application/rss+xml"
        )

    app = web.Application()
    app.router.add_get("/rss/en", feed("rss_en.xml", "application/rss+xml", '"en-v1"'))
    app.router.add_get("/rss/uk", feed("rss_uk.xml", "application/rss+xml", '"uk-v1"'))
    app.router.add_get("/atom", feed("atom.xml", "application/atom+xml", '"atom-v1"'))
    app.router.add_get("/syndicated", feed("syndicated.xml", "application/rss+xml", '"syn-v1"'))
    app.router.add_get("/articles/memorandum-drafted", page("article.html"))
    app.router.add_get("/uk/news/drugyi-raund-stambul", page("article_uk_1.html"))
    app.router.add_get("/uk/news/sybiha-prypynennia-vohniu", page("article_uk_2.html"))
    app.router.add_get("/s/test_channel", page("telegram.html"))
    app.router.add_get("/bad/malformed", raw(MALFORMED))
    app.router.add_get("/bad/html", raw(HTML_PAGE, "text/html"))
    app.router.add_get("/bad/empty", raw(b""))
    app.router.add_get("/bad/huge", huge)
    app.router.add_get("/bad/gzip-bomb", bomb)
    app.router.add_get("/bad/hang", hang)
    app.router.add_get("/bad/loop", redirect("/bad/loop"))
    app.router.add_get("/bad/ping", redirect("/bad/pong"))
    app.router.add_get("/bad/pong", redirect("/bad/ping"))
    app.router.add_get("/bad/404", raw(b"not here", "text/plain", 404))
    app.router.add_get("/bad/500", raw(b"oops", "text/plain", 500))
    app.router.add_get("/bad/no-links-or-dates", raw(NO_LINKS_OR_DATES))
    app.router.add_get("/bad/only-unlinked", raw(ONLY_UNLINKED))
    app.router.add_get("/bad/duplicate-guids", raw(DUPLICATE_GUIDS))
    app.router.add_get("/r/{n}", chain)
    return app


@dataclass
class LocalServer:
    base: str
    state: ServerState

    def url(self, path: str) -> str:
        return self.base + path


async def start_server(state: ServerState) -> tuple[web.AppRunner, str]:
    state.stop = asyncio.Event()
    runner = web.AppRunner(build_app(state), shutdown_timeout=0.5)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    return runner, f"http://{host}:{port}"


async def stop_server(runner: web.AppRunner, state: ServerState) -> None:
    if state.stop is not None:
        state.stop.set()
    await runner.cleanup()


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def make_settings(tmp_path: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "database_url": f"sqlite+aiosqlite:///{tmp_path}/t.db",
        "allow_private_sources": True,
        "load_default_sources": False,
        "http_timeout_seconds": 1.0,
        "source_timeout_seconds": 8.0,
        "poll_interval_seconds": 600,
        "admin_ids": frozenset({42}),
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]
