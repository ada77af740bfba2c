"""The tables. Every fact row points back to the article (and character span) it came from."""

from __future__ import annotations

import datetime as dt
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from store.types import UTCDateTime


def utcnow() -> datetime:
    return datetime.now(UTC)


def _created() -> Any:
    return Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


def _when() -> Any:
    return Field(default=None, sa_type=UTCDateTime, nullable=True)


class SourceKind(StrEnum):
    RSS = "rss"
    PAGE = "page"
    TELEGRAM = "telegram"
    FILE = "file"


class RoundStatus(StrEnum):
    PROPOSED = "proposed"
    SCHEDULED = "scheduled"
    HELD = "held"
    CANCELLED = "cancelled"


class DeliveryState(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"
    SKIPPED = "skipped"


class Source(SQLModel, table=True):
    """A place news comes from, with its polling health."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    kind: str = Field(max_length=20)
    url: str = Field(max_length=2000, unique=True)
    lang: str | None = Field(default=None, max_length=10)
    enabled: bool = True
    interval_seconds: int = 600
    etag: str | None = Field(default=None, max_length=500)
    last_modified: str | None = Field(default=None, max_length=200)
    last_success_at: datetime | None = _when()
    last_error: str | None = Field(default=None, sa_type=Text)
    last_error_at: datetime | None = _when()
    failures_in_row: int = 0
    error_count: int = 0
    items_seen: int = 0
    next_check_at: datetime | None = _when()
    created_at: datetime = _created()


class Article(SQLModel, table=True):
    """One story, stored once however many outlets carried it."""

    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(max_length=2000, unique=True)
    title: str = Field(default="", sa_type=Text)
    text: str = Field(sa_type=Text)
    published_at: datetime | None = _when()
    fetched_at: datetime = _created()
    content_hash: str = Field(max_length=64, unique=True)
    simhash: int | None = Field(default=None, sa_type=BigInteger, index=True)
    source_id: int | None = Field(default=None, foreign_key="source.id", index=True)


class ArticleSource(SQLModel, table=True):
    """Every outlet that carried an article (syndicated copies point to the one stored article)."""

    __tablename__ = "article_source"
    __table_args__ = (UniqueConstraint("article_id", "url"),)

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    source_id: int | None = Field(default=None, foreign_key="source.id")
    url: str = Field(max_length=2000)
    seen_at: datetime = _created()


class Person(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    key: str = Field(max_length=200, unique=True)
    role: str | None = Field(default=None, max_length=300)
    side: str | None = Field(default=None, max_length=20)
    article_id: int | None = Field(default=None, foreign_key="article.id")
    created_at: datetime = _created()
    updated_at: datetime = _created()


class PersonAlias(SQLModel, table=True):
    """A name a person is known by, keyed by its normalised transliteration."""

    __tablename__ = "person_alias"

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    alias: str = Field(max_length=200)
    key: str = Field(max_length=200, unique=True)


class Round(SQLModel, table=True):
    """A negotiation round or meeting as one article reports it."""

    __table_args__ = (UniqueConstraint("article_id", "fingerprint"),)

    id: int | None = Field(default=None, primary_key=True)
    number: int | None = None
    place: str | None = Field(default=None, max_length=200)
    date: dt.date | None = Field(default=None, index=True)
    status: str = Field(default=RoundStatus.SCHEDULED, max_length=20)
    description: str = Field(default="", sa_type=Text)
    confidence: float = 1.0
    fingerprint: str = Field(max_length=64)
    article_id: int = Field(foreign_key="article.id", index=True)
    span_start: int = 0
    span_end: int = 0
    created_at: datetime = _created()


class Statement(SQLModel, table=True):
    """Who said what, on which topics, directly or reported."""

    __table_args__ = (
        UniqueConstraint("article_id", "fingerprint"),
        Index("ix_statement_fingerprint", "fingerprint"),
    )

    id: int | None = Field(default=None, primary_key=True)
    person_id: int | None = Field(default=None, foreign_key="person.id", index=True)
    speaker: str = Field(max_length=200)
    text: str = Field(sa_type=Text)
    topics: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    direct: bool = False
    confidence: float = 1.0
    fingerprint: str = Field(max_length=64)
    article_id: int = Field(foreign_key="article.id", index=True)
    span_start: int = 0
    span_end: int = 0
    said_at: datetime | None = _when()
    created_at: datetime = _created()


class Exchange(SQLModel, table=True):
    """A prisoner exchange ("1000 for 1000")."""

    __table_args__ = (UniqueConstraint("article_id", "fingerprint"),)

    id: int | None = Field(default=None, primary_key=True)
    ukraine_count: int | None = None
    russia_count: int | None = None
    date: dt.date | None = None
    description: str = Field(default="", sa_type=Text)
    confidence: float = 1.0
    fingerprint: str = Field(max_length=64)
    article_id: int = Field(foreign_key="article.id", index=True)
    span_start: int = 0
    span_end: int = 0


class Subscription(SQLModel, table=True):
    """A chat that wants alerts, and what it follows."""

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(sa_type=BigInteger, unique=True)
    topics: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    people: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    active: bool = True
    language: str = Field(default="en", max_length=10)
    timezone: str = Field(default="Europe/Kyiv", max_length=64)
    created_at: datetime = _created()


class Delivery(SQLModel, table=True):
    """One alert for one chat. The unique key is what makes alerts once-only across crashes."""

    __table_args__ = (UniqueConstraint("chat_id", "alert_key"),)

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(sa_type=BigInteger, index=True)
    alert_key: str = Field(max_length=64)
    statement_id: int | None = Field(default=None, foreign_key="statement.id")
    state: str = Field(default=DeliveryState.PENDING, max_length=20, index=True)
    attempts: int = 0
    last_error: str | None = Field(default=None, sa_type=Text)
    not_before: datetime | None = _when()
    created_at: datetime = _created()
    sent_at: datetime | None = _when()
