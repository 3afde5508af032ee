"""Fault scenarios against a running deployment (drafter.testing.stack).

1. `model_faults`: the fake model fails a share of its requests in every way it knows
   (429 with Retry-After, 500, connection reset, read timeout, malformed JSON, a stream
   cut midway). Async and sync drafts are sent; each must end completed (litellm's
   retries, the fallback model, the worker's retries) or failed with its reason; the
   API must never answer 500 and no draft may go missing.
2. `database_outage`: the database (a private PostgreSQL) is stopped in the middle of a
   steady stream of async drafts and started again. `/readyz` must report unready, then
   ready; requests meanwhile get 503 `store_unavailable` (and are retried by the
   client, as a helpdesk retries a webhook); every accepted draft must finish.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from .load import LoadResult, run_load
from .pgtemp import TempPostgres

# Settings that make a fault run finish in seconds rather than minutes: short model
# timeout (the fake's `timeout` failure hangs longer than it), quick worker retries.
FAULT_ENV = {
    "DRAFTER_LLM_TIMEOUT_S": "2", "DRAFTER_LLM_RETRIES": "2", "DRAFTER_LLM_FALLBACK_MODEL": "openai/fake-fallback",
    "DRAFTER_WORKER_RETRY_BASE_S": "0.5", "DRAFTER_WORKER_RETRY_MAX_S": "4", "DRAFTER_WORKER_MAX_ATTEMPTS": "6",
    "DRAFTER_WORKER_POOL_SIZE": "8",
}


@dataclass
class ModelFaultReport:
    async_run: LoadResult
    sync_run: LoadResult
    injected: dict[str, int]

    @property
    def ok(self) -> bool:
        return self.async_run.ok_under_faults and self.sync_run.ok_under_faults

    def lines(self) -> list[str]:
        fails = {k.removeprefix("fail_"): v for k, v in self.injected.items() if k.startswith("fail_")}
        total = self.injected.get("requests", 0)
        share = sum(fails.values()) / total if total else 0.0
        return [f"model calls: {total}, failed on purpose: {sum(fails.values())} ({share:.0%}) {fails}",
                *self.async_run.lines(), *self.sync_run.lines()]


async def model_faults(urls: list[str], key: str, bodies: Callable[[int], dict[str, Any]], fake_stats: Callable[[], dict[str, int]], *,
                       async_drafts: int, sync_drafts: int, concurrency: int, timeout_s: float = 900.0) -> ModelFaultReport:
    before = fake_stats()
    a = await run_load(urls, key, bodies, drafts=async_drafts, concurrency=concurrency, mode="async", finish_timeout_s=timeout_s)
    s = await run_load(urls, key, lambda i: bodies(async_drafts + i), drafts=sync_drafts, concurrency=concurrency, mode="sync",
                       finish_timeout_s=timeout_s)
    after = fake_stats()
    return ModelFaultReport(a, s, {k: after.get(k, 0) - before.get(k, 0) for k in after})


@dataclass
class OutageReport:
    run: LoadResult
    outage_s: float
    unready_after_s: float | None = None  # database stopped -> /readyz answered 503
    ready_after_s: float | None = None  # database started -> /readyz answered 200
    readyz: Counter[int] = field(default_factory=Counter)
    readyz_bodies: list[dict[str, Any]] = field(default_factory=list)
    drafts_in_db: int | None = None

    @property
    def ok(self) -> bool:
        return (self.run.ok and self.unready_after_s is not None and self.ready_after_s is not None
                and self.readyz.get(500, 0) == 0 and self.drafts_in_db == self.run.accepted)

    def lines(self) -> list[str]:
        return [
            f"database stopped for {self.outage_s:.0f} s: /readyz unready after {_s(self.unready_after_s)}, ready again "
            f"{_s(self.ready_after_s)} after the restart; /readyz answers {dict(self.readyz)}",
            f"requests refused with 503 store_unavailable during the outage (and retried): {self.run.unavailable}; "
            f"drafts in the database {self.drafts_in_db} for {self.run.accepted} accepted requests (no duplicates, none lost)",
            *self.run.lines(),
        ]


def _s(x: float | None) -> str:
    return "never" if x is None else f"{x:.1f} s"


async def _watch_ready(url: str, want: int, since: float, timeout_s: float, seen: Counter[int], bodies: list[dict[str, Any]]) -> float | None:
    async with httpx.AsyncClient(timeout=5) as c:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            try:
                r = await c.get(url + "/readyz")
                seen[r.status_code] += 1
                if r.status_code == want:
                    bodies.append(r.json())
                    return time.monotonic() - since
            except httpx.TransportError:
                seen[0] += 1
            await asyncio.sleep(0.2)
    return None


async def database_outage(urls: list[str], key: str, bodies: Callable[[int], dict[str, Any]], pg: TempPostgres, *, drafts: int,
                          pace_per_s: float, stop_after_s: float, outage_s: float, timeout_s: float = 600.0) -> OutageReport:
    baseline = await count_drafts(urls[0], key)
    seen: Counter[int] = Counter()
    seen_bodies: list[dict[str, Any]] = []
    report = OutageReport(run=LoadResult("async", drafts, 1, len(urls)), outage_s=outage_s, readyz=seen, readyz_bodies=seen_bodies)

    async def chaos() -> None:
        await asyncio.sleep(stop_after_s)
        stopped = time.monotonic()
        await asyncio.to_thread(pg.stop)
        report.unready_after_s = await _watch_ready(urls[0], 503, stopped, outage_s + 30, seen, seen_bodies)
        await asyncio.sleep(max(0.0, outage_s - (time.monotonic() - stopped)))
        await asyncio.to_thread(pg.start)
        report.ready_after_s = await _watch_ready(urls[0], 200, time.monotonic(), 60, seen, seen_bodies)

    load = run_load(urls, key, bodies, drafts=drafts, concurrency=max(4, int(pace_per_s)), mode="async", pace_per_s=pace_per_s,
                    retry_unavailable=True, finish_timeout_s=timeout_s)
    report.run, _ = await asyncio.gather(load, chaos())
    report.drafts_in_db = await count_drafts(urls[0], key) - baseline
    return report


async def count_drafts(url: str, key: str) -> int:
    """How many drafts the key's tenant has, by paging through the list."""
    n, offset = 0, 0
    async with httpx.AsyncClient(base_url=url, headers={"Authorization": f"Bearer {key}"}, timeout=30) as c:
        while True:
            r = await c.get("/v1/drafts", params={"limit": 500, "offset": offset})
            r.raise_for_status()
            page = r.json()
            n += len(page)
            if len(page) < 500:
                return n
            offset += 500
