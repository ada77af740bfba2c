"""Store queries on a real SQLite file and on the real PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker
from sqlmodel.ext.asyncio.session import AsyncSession

from store import queries
from store.db import current_revision, upgrade
from store.records import (
    ArticleRecord,
    ExchangeRecord,
    FactsRecord,
    PersonRecord,
    RoundRecord,
    StatementRecord,
)

Sessions = async_sessionmaker[AsyncSession]
PUBLISHED = dt.datetime(2025, 5, 30, 9, 0, tzinfo=dt.UTC)

KELLOGG = PersonRecord(
    name="Keith Kellogg",
    key="keith kellogg",
    role="Special Representative of the US President for Ukraine",
    side="USA",
    aliases=(("Kellogg", "kellogg"),),
)
UMEROV = PersonRecord(
    name="Rustem Umerov",
    key="rustem umerov",
    role="Minister of Defense of Ukraine",
    side="Ukraine",
    aliases=(("Umerov", "umerov"), ("Umierov", "umerov")),
)


def facts(*, quote: str = "We are waiting for their memorandum") -> FactsRecord:
    return FactsRecord(
        people=(KELLOGG, UMEROV),
        rounds=(
            RoundRecord(2, "Istanbul", dt.date(2025, 6, 2), "scheduled", (10, 40)),
            RoundRecord(1, "Istanbul", dt.date(2025, 5, 16), "held", (50, 90)),
        ),
        statements=(
            StatementRecord(
                speaker="Rustem Umerov",
                speaker_key="rustem umerov",
                text=quote,
                topics=("memorandum",),
                direct=True,
                span=(100, 140),
                fingerprint=queries.fingerprint("statement", "rustem umerov", quote),
            ),
            StatementRecord(
                speaker="Keith Kellogg",
                speaker_key="keith kellogg",
                text="The main goal of the negotiations is a ceasefire",
                topics=("ceasefire",),
                direct=False,
                span=(150, 200),
                fingerprint="kellogg-ceasefire",
            ),
        ),
        exchanges=(ExchangeRecord(1000, 1000, None, (210, 230)),),
    )


def article(url: str = "https://example.org/a", text: str = "body", **kw: object) -> ArticleRecord:
    return ArticleRecord(
        url=url,
        text=text,
        content_hash=kw.pop("content_hash", f"hash-{url}"),  # type: ignore[arg-type]
        title="Istanbul talks",
        published_at=PUBLISHED,
        **kw,  # type: ignore[arg-type]
    )


async def test_migrations_are_idempotent(engine: AsyncEngine) -> None:
    await upgrade(engine)
    assert await current_revision(engine) is not None


async def test_save_article_stores_facts_with_provenance(sessions: Sessions) -> None:
    async with sessions() as session:
        result = await queries.save_article(session, article=article(), facts=facts())
        assert result.created
        assert len(result.statement_ids) == 2
    async with sessions() as session:
        view = await queries.next_round(session, today=dt.date(2025, 5, 30))
    assert view is not None
    assert (view.round.number, view.round.place, view.round.date) == (
        2,
        "Istanbul",
        dt.date(2025, 6, 2),
    )
    assert view.source.url == "https://example.org/a"
    assert view.source.published_at == PUBLISHED
    assert (view.round.span_start, view.round.span_end) == (10, 40)


async def test_saving_twice_changes_nothing_but_records_the_outlet(sessions: Sessions) -> None:
    async with sessions() as session:
        first = await queries.save_article(session, article=article(), facts=facts())
        again = await queries.save_article(session, article=article(), facts=facts())
        copy = await queries.save_article(
            session,
            article=article("https://mirror.example/a", content_hash="hash-https://example.org/a"),
            facts=facts(),
        )
    assert not again.created
    assert not copy.created
    assert copy.article_id == first.article_id
    async with sessions() as session:
        assert await queries.count_articles(session) == 1
        rounds = await queries.list_rounds(session)
        memo = await queries.statements_on_topic(session, topic="memorandum")
    assert len(rounds) == 2
    assert len(memo) == 1


async def test_same_quote_from_two_outlets_is_listed_once(sessions: Sessions) -> None:
    async with sessions() as session:
        await queries.save_article(session, article=article("https://a.example/1"), facts=facts())
        await queries.save_article(session, article=article("https://b.example/2"), facts=facts())
        person = await queries.find_person(session, key="umerov", text="Umerov")
        assert person is not None and person.id is not None
        said = await queries.statements_by(session, person_id=person.id)
        rounds = await queries.list_rounds(session)
    assert [s.statement.text for s in said] == ["We are waiting for their memorandum"]
    assert [r.mentions for r in rounds] == [2, 2]


async def test_find_person_by_alias_surname_and_partial_name(sessions: Sessions) -> None:
    async with sessions() as session:
        await queries.save_article(session, article=article(), facts=facts())
        by_alias = await queries.find_person(session, key="kellogg", text="Kellogg")
        by_part = await queries.find_person(session, key="kel", text="Kellog")
        missing = await queries.find_person(session, key="zakharova", text="Zakharova")
        assert by_alias is not None and by_part is not None
        profile = await queries.person_profile(session, person=by_alias)
    assert by_alias.name == by_part.name == "Keith Kellogg"
    assert missing is None
    assert profile.statements == 1
    assert profile.aliases == ("Kellogg",)
    assert profile.latest is not None
    assert by_alias.article_id is not None  # provenance: where the person was first seen


async def test_next_round_skips_past_and_cancelled_rounds(sessions: Sessions) -> None:
    cancelled = FactsRecord(
        rounds=(RoundRecord(3, "Geneva", dt.date(2025, 6, 1), "cancelled", (0, 5)),)
    )
    async with sessions() as session:
        await queries.save_article(session, article=article(), facts=facts())
        await queries.save_article(
            session, article=article("https://c.example/x"), facts=cancelled
        )
        upcoming = await queries.next_round(session, today=dt.date(2025, 5, 31))
        nothing = await queries.next_round(session, today=dt.date(2025, 6, 3))
        last = await queries.last_round(session, before=dt.date(2025, 6, 3))
    assert upcoming is not None and upcoming.round.place == "Istanbul"
    assert nothing is None
    assert last is not None and last.round.date == dt.date(2025, 6, 2)


async def test_subscriptions(sessions: Sessions) -> None:
    async with sessions() as session:
        sub = await queries.subscribe(session, chat_id=-1001234567890, topics=["memorandum"])
        sub = await queries.subscribe(session, chat_id=-1001234567890, people=["lavrov"])
        assert (sub.topics, sub.people, sub.active) == (["memorandum"], ["lavrov"], True)
        assert await queries.unsubscribe(session, chat_id=-1001234567890)
        assert not await queries.unsubscribe(session, chat_id=-1001234567890)


async def test_naive_datetimes_are_refused(sessions: Sessions) -> None:
    naive = ArticleRecord(
        url="u",
        text="t",
        content_hash="h",
        published_at=dt.datetime(2025, 5, 30),  # noqa: DTZ001
    )
    async with sessions() as session:
        with pytest.raises(Exception, match="naive datetime"):
            await queries.save_article(session, article=naive, facts=FactsRecord())


async def test_two_meetings_sought_without_place_or_date_are_both_kept(
    sessions: Sessions,
) -> None:
    from sqlmodel import select

    from store.models import Round

    sought = (
        RoundRecord(None, None, None, "proposed", (0, 10), description="leaders' meeting"),
        RoundRecord(
            None, None, None, "proposed", (20, 30), description="trilateral leaders' meeting"
        ),
    )
    async with sessions() as session:
        result = await queries.save_article(
            session, article=article(), facts=FactsRecord(rounds=sought)
        )
        assert result.created
    async with sessions() as session:
        rows = (await session.exec(select(Round))).all()
    assert sorted(r.description for r in rows) == [
        "leaders' meeting",
        "trilateral leaders' meeting",
    ]
