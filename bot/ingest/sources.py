"""Source lists (the built-in TOML and an optional extra file) and adding/removing sources."""

from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass
from pathlib import Path

from bot.ingest.collect import KINDS, normalise_source
from bot.ingest.errors import IngestError
from bot.ingest.security import check_scheme
from bot.resources import Resources
from store import queries
from store.models import Source

log = logging.getLogger(__name__)

DEFAULT_SOURCES = Path(__file__).parent / "data" / "sources.toml"


@dataclass(frozen=True, slots=True)
class SourceSpec:
    name: str
    url: str
    kind: str
    lang: str | None = None
    side: str | None = None
    interval_seconds: int | None = None


def parse_specs(text: str, *, origin: str) -> list[SourceSpec]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise IngestError(f"{origin}: invalid TOML: {exc}") from None
    specs: list[SourceSpec] = []
    for n, raw in enumerate(data.get("source", []), start=1):
        if not isinstance(raw, dict) or not raw.get("url") or not raw.get("name"):
            raise IngestError(f"{origin}: source #{n} needs a name and a url")
        kind = str(raw.get("kind", "rss"))
        if kind not in KINDS:
            raise IngestError(f"{origin}: source #{n} has unknown kind {kind!r}")
        interval = raw.get("interval")
        specs.append(
            SourceSpec(
                name=str(raw["name"]),
                url=str(raw["url"]),
                kind=kind,
                lang=str(raw["lang"]) if raw.get("lang") else None,
                side=str(raw["side"]) if raw.get("side") else None,
                interval_seconds=int(interval) if interval else None,
            )
        )
    return specs


def load_specs(path: Path) -> list[SourceSpec]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise IngestError(f"{path}: cannot read sources file: {exc.strerror or exc}") from None
    return parse_specs(text, origin=str(path))


def default_specs() -> list[SourceSpec]:
    return load_specs(DEFAULT_SOURCES)


async def sync_sources(resources: Resources) -> int:
    """Add the built-in and configured sources that are not in the store yet. Sources an admin
    removed stay removed. Returns how many were added."""
    settings = resources.settings
    specs: list[SourceSpec] = []
    if settings.load_default_sources:
        specs.extend(default_specs())
    if settings.sources_file is not None:
        specs.extend(load_specs(settings.sources_file))
    added = 0
    async with resources.sessions() as session:
        for spec in specs:
            if spec.kind != "file":
                check_scheme(spec.url)
            _, created = await queries.add_source(
                session,
                url=spec.url,
                kind=spec.kind,
                name=spec.name,
                lang=spec.lang,
                interval_seconds=spec.interval_seconds or settings.poll_interval_seconds,
            )
            added += created
    if added:
        log.info("added %d sources from the source lists", added)
    return added


async def add_source(
    resources: Resources,
    url: str,
    *,
    kind: str | None = None,
    name: str | None = None,
    lang: str | None = None,
    interval_seconds: int | None = None,
) -> tuple[Source, bool]:
    """Check and add a source (re-enabling it if it was removed). The flag says it is new.
    Raises IngestError/UnsafeURLError with a one-line reason."""
    kind, url = await normalise_source(resources, url, kind)
    async with resources.sessions() as session:
        existing = await queries.get_source(session, url=url)
        if existing is not None:
            if not existing.enabled:
                await queries.set_source_enabled(session, url=url, enabled=True)
                existing.enabled = True
                return existing, True
            return existing, False
        return await queries.add_source(
            session,
            url=url,
            kind=kind,
            name=name or _default_name(url),
            lang=lang,
            interval_seconds=interval_seconds or resources.settings.poll_interval_seconds,
        )


def _default_name(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme == "file":
        return Path(parts.path).name or url
    host = (parts.hostname or url).removeprefix("www.")
    if host == "t.me":
        return "@" + parts.path.rstrip("/").rsplit("/", 1)[-1]
    return host


async def remove_source(resources: Resources, url: str) -> bool:
    async with resources.sessions() as session:
        if await queries.remove_source(session, url=url.strip()):
            return True
        # People paste t.me/NAME for a channel stored as t.me/s/NAME.
        from bot.ingest.telegram_channel import is_telegram_url, preview_url

        if is_telegram_url(url):
            try:
                return await queries.remove_source(session, url=preview_url(url))
            except IngestError:
                return False
        return False
