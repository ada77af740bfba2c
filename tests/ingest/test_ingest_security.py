"""Only public http(s) hosts, unless NEGOBOT_ALLOW_PRIVATE_SOURCES=1; redirects re-checked."""

from __future__ import annotations

import pytest
from localweb import LocalServer

from bot.config import Settings
from bot.ingest import http as http_module
from bot.ingest.errors import UnsafeURLError
from bot.ingest.http import fetch, make_session
from bot.ingest.security import check_url


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("http://127.0.0.1:8080/feed", "loopback"),
        ("http://localhost/feed", "loopback"),
        ("http://[::1]/feed", "loopback"),
        ("http://10.1.2.3/feed", "private"),
        ("http://192.168.0.10/feed", "private"),
        ("http://169.254.169.254/latest/meta-data", "link-local"),
        ("http://224.0.0.1/feed", "multicast"),
        ("http://0.0.0.0/feed", "unspecified"),
        ("http://[::ffff:127.0.0.1]/feed", "loopback"),
    ],
)
async def test_non_public_addresses_are_refused(url: str, kind: str) -> None:
    with pytest.raises(UnsafeURLError) as info:
        await check_url(url, allow_private=False)
    message = str(info.value)
    assert kind in message
    assert "NEGOBOT_ALLOW_PRIVATE_SOURCES=1" in message


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.com/feed", "gopher://x/", "javascript:alert(1)"]
)
async def test_only_http_and_https(url: str) -> None:
    with pytest.raises(UnsafeURLError, match="only http and https"):
        await check_url(url, allow_private=True)


async def test_public_literal_passes_and_private_allowed_when_set() -> None:
    await check_url("https://93.184.216.34/feed", allow_private=False)
    await check_url("http://127.0.0.1/feed", allow_private=True)


async def test_every_redirect_hop_is_checked(
    server: LocalServer, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked: list[str] = []
    real = http_module.check_url

    async def strict(url: str, *, allow_private: bool) -> None:
        checked.append(url)
        if "/r/0" in url:  # pretend the last hop points inside the network
            raise UnsafeURLError(f"refused {url}: private address")
        await real(url, allow_private=allow_private)

    monkeypatch.setattr(http_module, "check_url", strict)
    async with make_session(settings) as session:
        with pytest.raises(UnsafeURLError, match="refused"):
            await fetch(session, server.url("/r/2"), settings=settings)
    assert [u.rsplit("/", 2)[-2:] for u in checked] == [["r", "2"], ["r", "1"], ["r", "0"]]
    assert server.state.hits["/r/0"] == 0  # refused before connecting
