"""Scheduled jobs (PTB JobQueue on APScheduler): the source poller."""

from __future__ import annotations

import logging
from typing import Any

from telegram.ext import Application, CallbackContext, Job

from bot.ingest.poller import poll_due
from bot.ingest.sources import sync_sources
from bot.resources import Resources

log = logging.getLogger(__name__)

POLL_JOB_NAME = "poll-sources"
FIRST_POLL_SECONDS = 5.0


def make_poll_callback(resources: Resources) -> Any:
    """The job callback: sync the source lists once, then poll what is due. It logs and
    swallows every exception, so the scheduler never sees one."""
    state = {"synced": False}

    async def poll_sources_job(context: CallbackContext[Any, Any, Any, Any]) -> None:
        try:
            if not state["synced"]:
                await sync_sources(resources)
                state["synced"] = True
            report = await poll_due(resources)
            if report.outcomes:
                log.info("poll pass: %s", report.totals())
        except Exception:
            resources.count("ingest.job_errors")
            log.exception("the polling job failed; it runs again at the next interval")

    return poll_sources_job


def schedule_polling(
    application: Application[Any, Any, Any, Any, Any, Any], resources: Resources
) -> Job[Any]:
    """Run the due sources every `poll_job_seconds` (each source keeps its own jittered,
    backed-off next check); never two passes at once, missed runs coalesced."""
    queue = application.job_queue
    if queue is None:
        raise RuntimeError("PTB's JobQueue is missing: install python-telegram-bot[job-queue]")
    for old in queue.get_jobs_by_name(POLL_JOB_NAME):
        old.schedule_removal()
    seconds = resources.settings.poll_job_seconds
    return queue.run_repeating(
        make_poll_callback(resources),
        interval=seconds,
        first=min(FIRST_POLL_SECONDS, seconds),
        name=POLL_JOB_NAME,
        job_kwargs={
            "max_instances": 1,
            "coalesce": True,
            "misfire_grace_time": max(1, round(seconds)),
        },
    )
