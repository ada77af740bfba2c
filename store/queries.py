"""Every query the bot makes. Session first, the rest keyword-only; only `save_*`, `add_*`,
`set_*`, `remove_*`, `record_*` and `subscribe`/`unsubscribe` write, and those commit."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import String, cast, func, or_
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import load_only
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from store.models import (
    Article,
    ArticleSource,
    Exchange,
    Person,
    PersonAlias,
    Round,
    Source,
    Statement,
    Subscription,
    utcnow,
)
from store.records import ArticleRecord, FactsRecord, PersonRecord, SaveResult


@dataclass(frozen=True, slots=True)
class Provenance:
    article_id: int
    url: str
    title: str
    published_at: dt.datetime | None
    source_name: str | None


@dataclass(frozen=True, slots=True)
class RoundView:
    round: Round
    source: Provenance
    mentions: int = 1


@dataclass(frozen=True, slots=True)
class StatementView:
    statement: Statement
    source: Provenance


@dataclass(frozen=True, slots=True)
class PersonView:
    person: Person
    aliases: tuple[str, ...]
    statements: int
    latest: StatementView | None


def row_id(row: Article | Person | Statement) -> int:
    """The primary key of a flushed row (for the type checker: it is never None after flush)."""
    if row.id is None:
        raise RuntimeError(f"{type(row).__name__} has no id: flush it first")
    return row.id


def fingerprint(*parts: object) -> str:
    """A stable 32-hex key for a fact, from its identifying parts."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode()).hexdigest()[:32]


# --- articles and their facts -------------------------------------------------------------


async def find_article(
    session: AsyncSession, *, url: str | None = None, content_hash: str | None = None
) -> Article | None:
    conditions = []
    if url is not None:
        conditions.append(col(Article.url) == url)
    if content_hash is not None:
        conditions.append(col(Article.content_hash) == content_hash)
    if not conditions:
        return None
    result = await session.exec(select(Article).where(or_(*conditions)).limit(1))
    return result.first()


async def count_articles(session: AsyncSession) -> int:
    result = await session.exec(select(func.count()).select_from(Article))
    return int(result.one())


async def add_article_source(
    session: AsyncSession, *, article_id: int, url: str, source_id: int | None
) -> bool:
    """Record one more outlet for an already stored article. True when it was new."""
    exists = await session.exec(
        select(ArticleSource.id).where(
            ArticleSource.article_id == article_id, ArticleSource.url == url
        )
    )
    if exists.first() is not None:
        return False
    session.add(ArticleSource(article_id=article_id, url=url, source_id=source_id))
    await session.commit()
    return True


async def _upsert_person(
    session: AsyncSession, record: PersonRecord, *, article_id: int
) -> Person:
    result = await session.exec(select(Person).where(Person.key == record.key))
    person = result.first()
    if person is None:
        by_alias = await session.exec(
            select(Person)
            .join(PersonAlias, col(PersonAlias.person_id) == col(Person.id))
            .where(PersonAlias.key == record.key)
        )
        person = by_alias.first()
    if person is None:
        person = Person(
            name=record.name,
            key=record.key,
            role=record.role,
            side=record.side,
            article_id=article_id,  # where the person was first seen
        )
        session.add(person)
        await session.flush()
    else:
        if record.role and record.role != person.role:
            person.role = record.role
            person.updated_at = utcnow()
        if record.side and not person.side:
            person.side = record.side
        if len(record.name) > len(person.name) and record.key == person.key:
            person.name = record.name
    person_id = row_id(person)
    wanted = {(record.name, record.key), *record.aliases}
    keys = [key for _, key in wanted]
    taken = await session.exec(select(PersonAlias.key).where(col(PersonAlias.key).in_(keys)))
    known = set(taken.all())
    for alias, key in sorted(wanted):
        if key and key not in known:
            session.add(PersonAlias(person_id=person_id, alias=alias, key=key))
            known.add(key)
    return person


async def save_article(
    session: AsyncSession, *, article: ArticleRecord, facts: FactsRecord
) -> SaveResult:
    """Store an article and all its facts in one transaction.

    Idempotent: an article already stored under the same URL or content is not stored again,
    its facts are not duplicated, and the outlet is recorded as one more source of it.
    """
    existing = await find_article(session, url=article.url, content_hash=article.content_hash)
    if existing is not None:
        await add_article_source(
            session, article_id=row_id(existing), url=article.url, source_id=article.source_id
        )
        return SaveResult(article_id=row_id(existing), created=False)

    row = Article(
        url=article.url,
        title=article.title,
        text=article.text,
        published_at=article.published_at,
        content_hash=article.content_hash,
        simhash=article.simhash,
        source_id=article.source_id,
    )
    try:
        session.add(row)
        await session.flush()
        article_id = row_id(row)
        session.add(
            ArticleSource(article_id=article_id, url=article.url, source_id=article.source_id)
        )
        people: dict[str, Person] = {}
        for record in facts.people:
            people[record.key] = await _upsert_person(session, record, article_id=article_id)
        await session.flush()

        seen: set[str] = set()
        for r in facts.rounds:
            # two meetings sought with no place or date yet differ only by their description
            fp = fingerprint(
                "round", r.number, (r.place or "").lower(), r.date, r.status, r.description
            )
            if fp in seen:
                continue
            seen.add(fp)
            session.add(
                Round(
                    number=r.number,
                    place=r.place,
                    date=r.date,
                    status=r.status,
                    description=r.description,
                    confidence=r.confidence,
                    fingerprint=fp,
                    article_id=article_id,
                    span_start=r.span[0],
                    span_end=r.span[1],
                )
            )
        statements: list[Statement] = []
        for s in facts.statements:
            if s.fingerprint in seen:
                continue
            seen.add(s.fingerprint)
            person = people.get(s.speaker_key)
            statement = Statement(
                person_id=person.id if person else None,
                speaker=s.speaker,
                text=s.text,
                topics=list(s.topics),
                direct=s.direct,
                confidence=s.confidence,
                fingerprint=s.fingerprint,
                article_id=article_id,
                span_start=s.span[0],
                span_end=s.span[1],
                said_at=article.published_at,
            )
            session.add(statement)
            statements.append(statement)
        for e in facts.exchanges:
            fp = fingerprint("exchange", e.ukraine_count, e.russia_count, e.date)
            if fp in seen:
                continue
            seen.add(fp)
            session.add(
                Exchange(
                    ukraine_count=e.ukraine_count,
                    russia_count=e.russia_count,
                    date=e.date,
                    description=e.description,
                    confidence=e.confidence,
                    fingerprint=fp,
                    article_id=article_id,
                    span_start=e.span[0],
                    span_end=e.span[1],
                )
            )
        await session.flush()
        await session.commit()
    except IntegrityError:
        # Another worker stored the same article between our check and our insert.
        await session.rollback()
        again = await find_article(session, url=article.url, content_hash=article.content_hash)
        if again is None or again.id is None:
            raise
        return SaveResult(article_id=again.id, created=False)
    return SaveResult(
        article_id=article_id,
        created=True,
        statement_ids=tuple(s.id for s in statements if s.id is not None),
    )


async def _provenance(session: AsyncSession, article_ids: Sequence[int]) -> dict[int, Provenance]:
    if not article_ids:
        return {}
    result = await session.exec(
        select(Article, col(Source.name))
        .options(load_only(Article.id, Article.url, Article.title, Article.published_at))  # type: ignore[arg-type]
        .join(Source, col(Source.id) == col(Article.source_id), isouter=True)
        .where(col(Article.id).in_(set(article_ids)))
    )
    return {
        row_id(a): Provenance(
            article_id=row_id(a),
            url=a.url,
            title=a.title,
            published_at=a.published_at,
            source_name=name,
        )
        for a, name in result.all()
    }


# --- rounds -------------------------------------------------------------------------------


async def next_round(session: AsyncSession, *, today: dt.date) -> RoundView | None:
    """The soonest round dated today or later that is not cancelled, with its best source."""
    result = await session.exec(
        select(Round)
        .where(col(Round.date) >= today, Round.status != "cancelled")
        .order_by(col(Round.date), col(Round.confidence).desc(), col(Round.id).desc())
    )
    rounds = list(result.all())
    if not rounds:
        return None
    first = rounds[0]
    same = [r for r in rounds if r.date == first.date and (r.place or "") == (first.place or "")]
    best = max(same, key=lambda r: (r.number is not None, r.confidence, r.id or 0))
    sources = await _provenance(session, [best.article_id])
    return RoundView(round=best, source=sources[best.article_id], mentions=len(same))


async def last_round(session: AsyncSession, *, before: dt.date) -> RoundView | None:
    """The latest dated round before `before` (what to show when nothing is upcoming)."""
    result = await session.exec(
        select(Round)
        .where(col(Round.date) < before, Round.status != "cancelled")
        .order_by(col(Round.date).desc(), col(Round.confidence).desc(), col(Round.id).desc())
        .limit(1)
    )
    best = result.first()
    if best is None:
        return None
    sources = await _provenance(session, [best.article_id])
    return RoundView(round=best, source=sources[best.article_id])


async def list_rounds(session: AsyncSession, *, limit: int = 20) -> list[RoundView]:
    """Distinct rounds (by number, place and date), newest first, each with its latest source."""
    result = await session.exec(select(Round).order_by(col(Round.id).desc()))
    groups: dict[tuple[int | None, str, dt.date | None], list[Round]] = {}
    for r in result.all():
        groups.setdefault((r.number, (r.place or "").lower(), r.date), []).append(r)
    views = []
    chosen = []
    for members in groups.values():
        best = max(members, key=lambda r: (r.confidence, r.id or 0))
        chosen.append((best, len(members)))
    chosen.sort(key=lambda item: (item[0].date or dt.date.min, item[0].number or 0), reverse=True)
    chosen = chosen[:limit]
    sources = await _provenance(session, [r.article_id for r, _ in chosen])
    for r, n in chosen:
        views.append(RoundView(round=r, source=sources[r.article_id], mentions=n))
    return views


# --- people and statements ----------------------------------------------------------------


async def find_person(session: AsyncSession, *, key: str, text: str) -> Person | None:
    """By exact alias key first, then by a name containing the text (shortest name wins)."""
    result = await session.exec(
        select(Person)
        .join(PersonAlias, col(PersonAlias.person_id) == col(Person.id))
        .where(PersonAlias.key == key)
        .limit(1)
    )
    person = result.first()
    if person is not None:
        return person
    text = text.strip()
    if len(text) < 3:
        return None
    like = f"%{text.lower()}%"
    result = await session.exec(
        select(Person)
        .where(or_(func.lower(Person.name).like(like), func.lower(PersonAlias.alias).like(like)))
        .join(PersonAlias, col(PersonAlias.person_id) == col(Person.id), isouter=True)
        .order_by(func.length(Person.name))
        .limit(1)
    )
    return result.first()


async def person_profile(session: AsyncSession, *, person: Person) -> PersonView:
    person_id = row_id(person)
    aliases = await session.exec(
        select(PersonAlias.alias).where(PersonAlias.person_id == person_id)
    )
    count = await session.exec(
        select(func.count()).select_from(Statement).where(Statement.person_id == person.id)
    )
    latest = await statements_by(session, person_id=person_id, limit=1)
    return PersonView(
        person=person,
        aliases=tuple(sorted(set(aliases.all()) - {person.name})),
        statements=int(count.one()),
        latest=latest[0] if latest else None,
    )


async def _statement_views(
    session: AsyncSession, statements: Sequence[Statement]
) -> list[StatementView]:
    sources = await _provenance(session, [s.article_id for s in statements])
    return [StatementView(statement=s, source=sources[s.article_id]) for s in statements]


async def statements_by(
    session: AsyncSession, *, person_id: int, limit: int = 5
) -> list[StatementView]:
    """A person's latest statements, one per fingerprint (one quote from five outlets: once)."""
    result = await session.exec(
        select(Statement)
        .where(Statement.person_id == person_id)
        .order_by(*_NEWEST_FIRST)
        .limit(limit * 4)
    )
    return await _statement_views(session, _unique(result.all(), limit))


async def statements_on_topic(
    session: AsyncSession, *, topic: str, limit: int = 5, min_confidence: float = 0.0
) -> list[StatementView]:
    """Latest statements tagged with `topic`, one per fingerprint."""
    result = await session.exec(
        select(Statement)
        .where(
            cast(Statement.topics, String).like(f'%"{topic}"%'),
            col(Statement.confidence) >= min_confidence,
        )
        .order_by(*_NEWEST_FIRST)
        .limit(limit * 4)
    )
    return await _statement_views(session, _unique(result.all(), limit))


# Newest article first; within one article, in the order the text tells it.
_NEWEST_FIRST = (
    col(Statement.said_at).desc().nulls_last(),
    col(Statement.article_id).desc(),
    col(Statement.span_start),
)


def _unique(statements: Sequence[Statement], limit: int) -> list[Statement]:
    out: list[Statement] = []
    seen: set[str] = set()
    for s in statements:
        if s.fingerprint not in seen:
            seen.add(s.fingerprint)
            out.append(s)
        if len(out) == limit:
            break
    return out


# --- subscriptions ------------------------------------------------------------------------


async def get_subscription(session: AsyncSession, *, chat_id: int) -> Subscription | None:
    result = await session.exec(select(Subscription).where(Subscription.chat_id == chat_id))
    return result.first()


async def subscribe(
    session: AsyncSession,
    *,
    chat_id: int,
    topics: Sequence[str] = (),
    people: Sequence[str] = (),
) -> Subscription:
    """Turn alerts on for a chat and add topics/people to what it follows."""
    sub = await get_subscription(session, chat_id=chat_id)
    if sub is None:
        sub = Subscription(chat_id=chat_id)
        session.add(sub)
    sub.active = True
    sub.topics = sorted(set(sub.topics) | set(topics))
    sub.people = sorted(set(sub.people) | set(people))
    await session.commit()
    return sub


async def unsubscribe(session: AsyncSession, *, chat_id: int) -> bool:
    sub = await get_subscription(session, chat_id=chat_id)
    if sub is None or not sub.active:
        return False
    sub.active = False
    await session.commit()
    return True


# --- sources ------------------------------------------------------------------------------


async def list_sources(session: AsyncSession) -> list[Source]:
    result = await session.exec(select(Source).order_by(col(Source.id)))
    return list(result.all())


async def get_source(session: AsyncSession, *, url: str) -> Source | None:
    result = await session.exec(select(Source).where(Source.url == url))
    return result.first()


async def add_source(
    session: AsyncSession,
    *,
    url: str,
    kind: str,
    name: str,
    lang: str | None = None,
    interval_seconds: int = 600,
) -> tuple[Source, bool]:
    """Add a source (or return the one with that URL). The flag says whether it is new."""
    existing = await get_source(session, url=url)
    if existing is not None:
        return existing, False
    source = Source(url=url, kind=kind, name=name, lang=lang, interval_seconds=interval_seconds)
    session.add(source)
    await session.commit()
    return source, True


async def remove_source(session: AsyncSession, *, url: str) -> bool:
    source = await get_source(session, url=url)
    if source is None:
        return False
    source.enabled = False
    await session.commit()
    return True


# --- source polling (ingest) --------------------------------------------------------------


async def due_sources(
    session: AsyncSession, *, now: dt.datetime, limit: int | None = None
) -> list[Source]:
    """Enabled sources whose next check is due (never checked first, then the most overdue)."""
    query = (
        select(Source)
        .where(
            col(Source.enabled).is_(True),
            or_(col(Source.next_check_at).is_(None), col(Source.next_check_at) <= now),
        )
        .order_by(col(Source.next_check_at).asc().nulls_first(), col(Source.id))
    )
    if limit is not None:
        query = query.limit(limit)
    result = await session.exec(query)
    return list(result.all())


async def enabled_sources(session: AsyncSession) -> list[Source]:
    result = await session.exec(
        select(Source).where(col(Source.enabled).is_(True)).order_by(col(Source.id))
    )
    return list(result.all())


async def record_source_success(
    session: AsyncSession,
    *,
    source_id: int,
    now: dt.datetime,
    next_check_at: dt.datetime,
    new_items: int = 0,
    etag: str | None = None,
    last_modified: str | None = None,
    problem: str | None = None,
) -> Source | None:
    """A fetch that worked (a 304 included): reset the failure run, keep the validators.
    A `problem` (entries without links, duplicate GUIDs…) is shown and counted as an error
    without backing off."""
    source = await session.get(Source, source_id)
    if source is None:
        return None
    source.last_success_at = now
    source.failures_in_row = 0
    source.next_check_at = next_check_at
    source.items_seen += new_items
    if etag is not None:
        source.etag = etag[:500]
    if last_modified is not None:
        source.last_modified = last_modified[:200]
    if problem:
        source.last_error = problem
        source.last_error_at = now
        source.error_count += 1
    await session.commit()
    return source


async def record_source_failure(
    session: AsyncSession,
    *,
    source_id: int,
    now: dt.datetime,
    error: str,
    next_check_at: dt.datetime,
) -> Source | None:
    """A failed check: count it, keep the message, schedule the retry (backed off)."""
    source = await session.get(Source, source_id)
    if source is None:
        return None
    source.last_error = error
    source.last_error_at = now
    source.error_count += 1
    source.failures_in_row += 1
    source.next_check_at = next_check_at
    await session.commit()
    return source


async def set_source_enabled(session: AsyncSession, *, url: str, enabled: bool) -> bool:
    source = await get_source(session, url=url)
    if source is None:
        return False
    source.enabled = enabled
    if enabled:
        source.next_check_at = None
    await session.commit()
    return True


async def find_near_duplicate(
    session: AsyncSession, *, simhash: int, max_distance: int, window: int = 5000
) -> int | None:
    """The id of a recent article whose simhash (signed 64-bit) is within `max_distance` bits."""
    mask = (1 << 64) - 1
    result = await session.exec(
        select(Article.id, Article.simhash)
        .where(col(Article.simhash).is_not(None))
        .order_by(col(Article.id).desc())
        .limit(window)
    )
    best: tuple[int, int] | None = None
    for article_id, other in result.all():
        if article_id is None or other is None:
            continue
        distance = ((simhash & mask) ^ (other & mask)).bit_count()
        if distance <= max_distance and (best is None or distance < best[1]):
            best = (article_id, distance)
    return None if best is None else best[0]


async def known_urls(session: AsyncSession, *, urls: Sequence[str]) -> set[str]:
    """Which of `urls` are already stored, as an article or as one more outlet of one."""
    wanted = list(dict.fromkeys(urls))
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        articles = await session.exec(select(Article.url).where(col(Article.url).in_(chunk)))
        found.update(articles.all())
        outlets = await session.exec(
            select(ArticleSource.url).where(col(ArticleSource.url).in_(chunk))
        )
        found.update(outlets.all())
    return found
