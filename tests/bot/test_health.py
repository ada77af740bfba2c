"""/healthz reports liveness and the last successful poll, over real HTTP."""

from __future__ import annotations

import datetime as dt

import aiohttp

from bot.health import start_health_server
from bot.resources import Resources


async def get(runner_port: int) -> tuple[int, dict[str, object]]:
    async with (
        aiohttp.ClientSession() as http,
        http.get(f"http://127.0.0.1:{runner_port}/healthz") as response,
    ):
        return response.status, await response.json()


async def test_healthz_reports_the_last_successful_poll(resources: Resources) -> None:
    now = dt.datetime(2025, 6, 1, 12, 0, tzinfo=dt.UTC)
    resources.clock = lambda: now
    resources.started_at = now - dt.timedelta(minutes=5)
    runner = await start_health_server(resources, host="127.0.0.1", port=0)
    try:
        port = runner.addresses[0][1]
        status, body = await get(port)
        assert (status, body["status"], body["last_successful_poll"]) == (200, "ok", None)

        resources.polling_enabled = True
        resources.last_poll_success = now - dt.timedelta(minutes=2)
        status, body = await get(port)
        assert status == 200
        assert body["last_successful_poll"] == "2025-06-01T11:58:00+00:00"

        resources.last_poll_success = now - dt.timedelta(hours=3)
        status, body = await get(port)
        assert (status, body["status"]) == (503, "stale")
    finally:
        await runner.cleanup()
