"""Plain input records for the store: what the ingest layer hands over to be saved.

They mirror the extractor's facts without importing it, so `store/` depends on nothing above it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    url: str
    text: str
    content_hash: str
    title: str = ""
    published_at: dt.datetime | None = None
    simhash: int | None = None
    source_id: int | None = None


@dataclass(frozen=True, slots=True)
class PersonRecord:
    name: str
    key: str
    role: str | None = None
    side: str | None = None
    aliases: tuple[tuple[str, str], ...] = ()  # (alias, alias key)


@dataclass(frozen=True, slots=True)
class RoundRecord:
    number: int | None
    place: str | None
    date: dt.date | None
    status: str
    span: tuple[int, int]
    confidence: float = 1.0
    description: str = ""


@dataclass(frozen=True, slots=True)
class StatementRecord:
    speaker: str
    speaker_key: str
    text: str
    topics: tuple[str, ...]
    direct: bool
    span: tuple[int, int]
    fingerprint: str
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class ExchangeRecord:
    ukraine_count: int | None
    russia_count: int | None
    date: dt.date | None
    span: tuple[int, int]
    description: str = ""
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class FactsRecord:
    people: tuple[PersonRecord, ...] = ()
    rounds: tuple[RoundRecord, ...] = ()
    statements: tuple[StatementRecord, ...] = ()
    exchanges: tuple[ExchangeRecord, ...] = ()


@dataclass(frozen=True, slots=True)
class SaveResult:
    article_id: int
    created: bool  # False when the article was already stored (same URL or same content)
    statement_ids: tuple[int, ...] = ()
