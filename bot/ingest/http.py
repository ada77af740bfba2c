"""One shared aiohttp session and a careful GET: limits, timeouts, a streamed body cap,
redirects followed by hand (each hop address-checked and counted), conditional requests."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from urllib.parse import urljoin

import aiohttp

from bot.config import Settings
from bot.ingest.errors import FetchError
from bot.ingest.security import check_url, resolver_for
from bot.resources import Resources

log = logging.getLogger(__name__)

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
CHUNK = 64 * 1024
ACCEPT_FEED = (
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, "
    "text/html;q=0.5, */*;q=0.1"
)
ACCEPT_PAGE = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"


@dataclass(frozen=True, slots=True)
class FetchResult:
    url: str  # the final URL, after redirects
    status: int
    body: bytes
    content_type: str = ""
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    redirects: int = 0

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def make_session(settings: Settings) -> aiohttp.ClientSession:
    """The shared session: total and per-host connection limits, connect/read/total timeouts,
    an honest User-Agent. Close it (Resources.close does)."""
    connector = aiohttp.TCPConnector(
        limit=settings.http_max_connections,
        limit_per_host=settings.http_max_per_host,
        resolver=resolver_for(allow_private=settings.allow_private_sources),
        ttl_dns_cache=300,
    )
    seconds = settings.http_timeout_seconds
    timeout = aiohttp.ClientTimeout(
        total=seconds, sock_connect=min(10.0, seconds), sock_read=seconds
    )
    return aiohttp.ClientSession(
        connector=connector,
        timeout=timeout,
        headers={"User-Agent": settings.user_agent},
        auto_decompress=True,
        max_field_size=16 * 1024,
    )


def ensure_http(resources: Resources) -> aiohttp.ClientSession:
    """The resources' shared session, created on first use."""
    if resources.http is None or resources.http.closed:
        resources.http = make_session(resources.settings)
    return resources.http


async def fetch(
    session: aiohttp.ClientSession,
    url: str,
    *,
    settings: Settings,
    etag: str | None = None,
    last_modified: str | None = None,
    accept: str = ACCEPT_FEED,
) -> FetchResult:
    """GET `url`. Raises FetchError (one-line message) on any failure; a 304 is a result."""
    try:
        async with asyncio.timeout(settings.http_timeout_seconds):
            return await _fetch(
                session,
                url,
                settings=settings,
                etag=etag,
                last_modified=last_modified,
                accept=accept,
            )
    except TimeoutError:
        raise FetchError(
            f"timed out after {settings.http_timeout_seconds:g} s fetching {url}"
        ) from None
    except aiohttp.ClientConnectorError as exc:
        raise FetchError(f"cannot connect to {exc.host}:{exc.port}: {exc.os_error}") from None
    except aiohttp.ClientPayloadError as exc:
        raise FetchError(f"broken response body from {url}: {_first_line(exc)}") from None
    except aiohttp.ClientResponseError as exc:
        raise FetchError(f"bad response from {url}: {exc.status} {exc.message}") from None
    except aiohttp.ClientError as exc:
        raise FetchError(
            f"HTTP error from {url}: {type(exc).__name__} {_first_line(exc)}"
        ) from None
    except OSError as exc:
        raise FetchError(f"network error for {url}: {_first_line(exc)}") from None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


async def _fetch(
    session: aiohttp.ClientSession,
    url: str,
    *,
    settings: Settings,
    etag: str | None,
    last_modified: str | None,
    accept: str,
) -> FetchResult:
    headers = {"Accept": accept, "Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    current = url
    seen = {url}
    redirects = 0
    while True:
        await check_url(current, allow_private=settings.allow_private_sources)
        async with session.get(current, headers=headers, allow_redirects=False) as resp:
            if resp.status in REDIRECT_STATUSES:
                location = resp.headers.get("Location")
                if not location:
                    raise FetchError(f"HTTP {resp.status} without Location from {current}")
                target = urljoin(current, location)
                redirects += 1
                if target in seen:
                    raise FetchError(f"redirect loop at {current} -> {target}")
                if redirects > settings.http_max_redirects:
                    raise FetchError(
                        f"too many redirects (more than {settings.http_max_redirects}) from {url}"
                    )
                seen.add(target)
                current = target
                continue
            if resp.status == 304:
                return FetchResult(
                    url=current,
                    status=304,
                    body=b"",
                    etag=resp.headers.get("ETag") or etag,
                    last_modified=resp.headers.get("Last-Modified") or last_modified,
                    redirects=redirects,
                )
            if not 200 <= resp.status < 300:
                reason = resp.reason or ""
                raise FetchError(f"HTTP {resp.status} {reason} from {current}".replace("  ", " "))
            body = await read_capped(resp, settings.http_max_body_bytes)
            return FetchResult(
                url=current,
                status=resp.status,
                body=body,
                content_type=resp.content_type or "",
                charset=resp.charset,
                etag=resp.headers.get("ETag"),
                last_modified=resp.headers.get("Last-Modified"),
                redirects=redirects,
            )


async def read_capped(resp: aiohttp.ClientResponse, cap: int) -> bytes:
    """Read the (decompressed) body while streaming, stopping as soon as it exceeds `cap`."""
    declared = resp.content_length
    if declared is not None and declared > cap:
        raise FetchError(f"body too large: {declared} bytes declared, limit {cap} ({resp.url})")
    parts: list[bytes] = []
    size = 0
    async for chunk in resp.content.iter_chunked(CHUNK):
        size += len(chunk)
        if size > cap:
            resp.close()
            raise FetchError(f"body too large: over {cap} bytes (decompressed) from {resp.url}")
        parts.append(chunk)
    return b"".join(parts)
