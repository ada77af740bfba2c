"""/healthz for the container HEALTHCHECK: alive, and when the last successful poll was."""

from __future__ import annotations

import datetime as dt

from aiohttp import web

from bot.resources import Resources

STALE_AFTER = dt.timedelta(hours=1)


def health_report(resources: Resources) -> tuple[bool, dict[str, object]]:
    now = resources.clock()
    last = resources.last_poll_success
    polling = resources.polling_enabled
    healthy = not polling or last is None or now - last < STALE_AFTER
    if polling and last is None and now - resources.started_at > STALE_AFTER:
        healthy = False
    return healthy, {
        "status": "ok" if healthy else "stale",
        "polling": polling,
        "last_successful_poll": last.isoformat() if last else None,
        "started_at": resources.started_at.isoformat(),
        "errors": resources.counters.get("errors", 0),
    }


async def start_health_server(resources: Resources, *, host: str, port: int) -> web.AppRunner:
    async def healthz(_request: web.Request) -> web.Response:
        healthy, report = health_report(resources)
        return web.json_response(report, status=200 if healthy else 503)

    app = web.Application()
    app.router.add_get("/healthz", healthz)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    return runner
