"""Address checks: a source may only point at public http(s) hosts (unless allowed in tests)."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from typing import Any
from urllib.parse import urlsplit

from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver

from bot.ingest.errors import UnsafeURLError

ALLOWED_SCHEMES = frozenset({"http", "https"})
PRIVATE_HINT = "set NEGOBOT_ALLOW_PRIVATE_SOURCES=1 to allow it"

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def is_public_address(address: IPAddress) -> bool:
    """False for loopback, private, link-local, multicast, reserved and unspecified addresses."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if isinstance(address, ipaddress.IPv6Address) and address.is_site_local:
        return False
    return not (
        address.is_loopback
        or address.is_private
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
    )


def _kind(address: IPAddress) -> str:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    for attr in ("loopback", "unspecified", "link_local", "multicast", "private", "reserved"):
        if getattr(address, f"is_{attr}", False):
            return attr.replace("_", "-")
    return "non-public"


def check_scheme(url: str) -> str:
    """Return the host of an http(s) URL, or raise UnsafeURLError."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        shown = parts.scheme or "none"
        raise UnsafeURLError(f"refused {url}: scheme {shown!r} (only http and https)")
    if not parts.hostname:
        raise UnsafeURLError(f"refused {url}: no host")
    return parts.hostname


async def resolve(host: str, port: int | None = None) -> list[IPAddress]:
    """All addresses of `host`, resolved through the event loop."""
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port or 0, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise UnsafeURLError(f"cannot resolve host {host}: {exc.strerror or exc}") from None
    out: list[IPAddress] = []
    for *_, sockaddr in infos:
        out.append(ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0]))
    return out


async def check_url(url: str, *, allow_private: bool) -> None:
    """Refuse non-http(s) URLs and, unless allowed, hosts with any non-public address."""
    host = check_scheme(url)
    if allow_private:
        return
    for address in await resolve(host, urlsplit(url).port):
        if not is_public_address(address):
            raise UnsafeURLError(
                f"refused {url}: {host} resolves to {_kind(address)} address {address}; "
                f"{PRIVATE_HINT}"
            )


class PublicOnlyResolver(AbstractResolver):
    """An aiohttp resolver that drops non-public addresses (closes the DNS-rebinding gap
    between `check_url` and the connection)."""

    def __init__(self) -> None:
        self._inner = DefaultResolver()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        results = await self._inner.resolve(host, port, family)
        allowed = [r for r in results if is_public_address(ipaddress.ip_address(r["host"]))]
        if not allowed:
            raise OSError(f"{host} resolves only to non-public addresses; {PRIVATE_HINT}")
        return allowed

    async def close(self) -> None:
        await self._inner.close()


def resolver_for(*, allow_private: bool) -> Any:
    """The resolver the shared session uses (None: aiohttp's default)."""
    return None if allow_private else PublicOnlyResolver()
