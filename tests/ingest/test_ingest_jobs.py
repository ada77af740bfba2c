"""The JobQueue job and the /sources admin command."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

from localweb import LocalServer
from telegram.ext import ApplicationBuilder

from bot.jobs import POLL_JOB_NAME, make_poll_callback, schedule_polling
from bot.resources import Resources
from handlers.commands import Ask
from handlers.sources import cmd_sources
from store import queries


async def test_schedule_polling_registers_one_guarded_job(resources: Resources) -> None:
    application = ApplicationBuilder().token("123:TEST").build()
    job = schedule_polling(application, resources)
    assert job.name == POLL_JOB_NAME
    assert job.job.max_instances == 1 and job.job.coalesce is True
    assert job.job.trigger.interval.total_seconds() == resources.settings.poll_job_seconds


async def test_the_job_polls_and_swallows_errors(
    resources: Resources, server: LocalServer
) -> None:
    async with resources.sessions() as session:
        await queries.add_source(session, url=server.url("/atom"), kind="rss", name="atom")
    callback = make_poll_callback(resources)
    await callback(SimpleNamespace())
    assert resources.last_poll_success is not None
    assert server.state.hits["/atom"] == 1

    def broken_sessions() -> Any:
        raise RuntimeError("database is gone")

    broken = Resources(
        settings=resources.settings,
        engine=resources.engine,
        sessions=broken_sessions,  # type: ignore[arg-type]
    )
    await make_poll_callback(broken)(SimpleNamespace())  # logged, not raised
    assert broken.counters["ingest.job_errors"] == 1


def admin_ask(resources: Resources, *args: str) -> Ask:
    return Ask(command="sources", args=args, now=resources.clock(), user_id=42, is_admin=True)


async def test_sources_command_shows_health_and_manages_sources(
    resources: Resources, server: LocalServer
) -> None:
    async with resources.sessions() as session:
        await queries.add_source(session, url=server.url("/rss/en"), kind="rss", name="Courier")
        await queries.add_source(session, url=server.url("/bad/404"), kind="rss", name="Broken")
    from bot.ingest.poller import poll_due

    await poll_due(resources)
    text = await cmd_sources(resources, admin_ask(resources))
    assert "2 enabled, 1 failing" in text
    assert "✅ <b>Courier</b>" in text and "items seen 2" in text
    assert "❌ <b>Broken</b>" in text and "failures in a row 1" in text and "HTTP 404" in text
    added = await cmd_sources(resources, admin_ask(resources, "add", server.url("/atom")))
    assert added.startswith("Added rss source")
    ftp = await cmd_sources(resources, admin_ask(resources, "add", "ftp://x.example/f", "rss"))
    assert ftp.startswith("Refused:")
    removed = await cmd_sources(resources, admin_ask(resources, "remove", server.url("/atom")))
    assert removed.startswith("Removed")
    assert dt.datetime.now(dt.UTC) >= resources.clock() - dt.timedelta(seconds=5)
