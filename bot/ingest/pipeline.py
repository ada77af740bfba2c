"""From text to stored facts: extract, map facts to store records, save in one transaction."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import re
import unicodedata

from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.extract import extract, name_key
from bot.extract.facts import Extraction
from store import queries
from store.records import (
    ArticleRecord,
    ExchangeRecord,
    FactsRecord,
    PersonRecord,
    RoundRecord,
    SaveResult,
    StatementRecord,
)

_WORD = re.compile(r"\w+", re.UNICODE)
FINGERPRINT_WORDS = 12


def content_hash(text: str) -> str:
    """Hash of the text with case, punctuation and white space folded away."""
    folded = " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).lower()))
    return hashlib.sha256(folded.encode()).hexdigest()


def statement_fingerprint(speaker_key: str, text: str) -> str:
    """The identity of a quote across outlets: speaker plus its first words, folded."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text).lower())[:FINGERPRINT_WORDS]
    return queries.fingerprint("statement", speaker_key, " ".join(words))


def to_records(extraction: Extraction) -> FactsRecord:
    people = tuple(
        PersonRecord(
            name=p.name,
            key=p.key,
            role=p.role,
            side=p.side,
            aliases=tuple((a, name_key(a)) for a in p.aliases if name_key(a)),
        )
        for p in extraction.people
    )
    rounds = tuple(
        RoundRecord(
            number=r.number,
            place=r.place,
            date=r.date,
            status=r.status,
            span=(r.span.start, r.span.end),
            confidence=r.confidence,
            description=r.description,
        )
        for r in extraction.rounds
    )
    statements = tuple(
        StatementRecord(
            speaker=s.speaker,
            speaker_key=s.speaker_key,
            text=s.text,
            topics=s.topics,
            direct=s.direct,
            span=(s.span.start, s.span.end),
            fingerprint=statement_fingerprint(s.speaker_key, s.text),
            confidence=s.confidence,
        )
        for s in extraction.statements
    )
    exchanges = tuple(
        ExchangeRecord(
            ukraine_count=e.ukraine_count,
            russia_count=e.russia_count,
            date=e.date,
            span=(e.span.start, e.span.end),
            description=e.description,
            confidence=e.confidence,
        )
        for e in extraction.exchanges
    )
    return FactsRecord(people=people, rounds=rounds, statements=statements, exchanges=exchanges)


def published_datetime(day: dt.date | None) -> dt.datetime | None:
    return None if day is None else dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC)


async def ingest_text(
    sessions: async_sessionmaker[AsyncSession],
    *,
    url: str,
    text: str,
    title: str = "",
    published: dt.datetime | dt.date | None = None,
    source_id: int | None = None,
    simhash: int | None = None,
) -> tuple[SaveResult, Extraction]:
    """Extract facts from `text` (in a worker thread: it is CPU work) and store article + facts."""
    day = published.date() if isinstance(published, dt.datetime) else published
    extraction = await asyncio.to_thread(extract, text, published=day, source=url)
    published_at = (
        published
        if isinstance(published, dt.datetime)
        else published_datetime(extraction.published)
    )
    record = ArticleRecord(
        url=url,
        text=text,
        content_hash=content_hash(text),
        title=title or extraction.title,
        published_at=published_at,
        simhash=simhash,
        source_id=source_id,
    )
    async with sessions() as session:
        result = await queries.save_article(session, article=record, facts=to_records(extraction))
    return result, extraction
