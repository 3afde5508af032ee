"""Load against real `drafter serve` processes (the short CI versions of
benchmarks/bench_load.py; `python -m benchmarks.bench_load --full` is the 2,000-draft run).

- one instance on SQLite: a burst of async drafts and a batch of sync ones;
- backpressure: a tiny queue answers 429 with Retry-After; the client waits and sends
  the same request again (same Idempotency-Key); every request ends up accepted, once;
- scale-out: two instances and a `drafter worker` on one PostgreSQL and one Chroma
  server, requests spread over both instances.
Every answer must be 2xx (or a retried 429), and every accepted draft must be found
finished afterwards.
"""

from __future__ import annotations

import asyncio
import shutil
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import SAMPLE

from drafter.testing.load import LoadResult, run_load
from drafter.testing.pgtemp import TempPostgres, available
from drafter.testing.stack import Stack

pytestmark = pytest.mark.slow

TICKETS = [
    ("C-1001", "My plan auto-renewed and you charged 144 EUR without asking. Refund it."),
    ("C-1002", "We cancelled the TV setup visit in advance but got invoice INV-26-11842 for 45 EUR. Delete it."),
    ("C-2001", "10 Kasım'dan beri internetim yok, teknisyen gelmedi. Ne zaman düzelecek?"),
    ("C-3001", "من أمس ما عندنا نت ولا تلفزيون. متى بترجع الخدمة؟"),
    ("C-1005", "Third time writing: I pay for Fibre 500 and get 40 Mbit every evening. Fix it or I cancel."),
]


def body(i: int) -> dict[str, Any]:
    customer, message = TICKETS[i % len(TICKETS)]
    return {"customer_id": customer, "message": f"{message} (ref {i})"}


def _check(*runs: LoadResult) -> None:
    lines = [ln for r in runs for ln in r.lines()]
    assert all(r.ok for r in runs), "\n".join(lines)


def test_one_instance_takes_a_burst(tmp_path: Path) -> None:
    with Stack(tmp_path / "home", env={"DRAFTER_WORKER_POOL_SIZE": "8"}) as st:
        st.start_fake(latency_ms=20)
        st.ingest(folder=SAMPLE)
        key = st.create_key()
        srv = st.serve()
        st.warm(srv, key)
        burst = asyncio.run(run_load([srv.url], key, body, drafts=120, concurrency=30, mode="async", finish_timeout_s=300))
        sync = asyncio.run(run_load([srv.url], key, lambda i: body(1000 + i), drafts=40, concurrency=20, mode="sync", finish_timeout_s=300))
        _check(burst, sync)
        assert burst.statuses == {"pending_review": 120} and sync.statuses == {"pending_review": 40}
        assert len(set(burst.ids + sync.ids)) == 160
        answered = st.fake_stats()
        assert answered.get("ok", 0) + answered.get("streamed", 0) >= 160 * 2  # a plan and a write per draft, at least
        assert answered.get("streamed", 0) > 0, "workers stream the write calls (live tokens)"


def test_backpressure_answers_429_and_loses_nothing(tmp_path: Path) -> None:
    env = {"DRAFTER_WORKER_POOL_SIZE": "2", "DRAFTER_MAX_QUEUE_DEPTH": "5"}
    with Stack(tmp_path / "home", env=env) as st:
        st.start_fake(latency_ms=50)
        st.ingest(folder=SAMPLE)
        key = st.create_key()
        srv = st.serve()
        st.warm(srv, key)
        run = asyncio.run(run_load([srv.url], key, body, drafts=40, concurrency=20, mode="async", max_retry_after_s=1.0, finish_timeout_s=300))
        _check(run)
        assert run.throttled > 0, "a queue of 5 with 20 clients must push back"
        assert run.statuses == {"pending_review": 40} and len(set(run.ids)) == 40


@pytest.mark.postgres
def test_two_instances_and_a_worker_on_postgresql_and_a_chroma_server(tmp_path: Path) -> None:
    ok, why = available()
    if not ok:
        pytest.skip(why)
    if shutil.which("chroma") is None and not (Path(__import__("sys").executable).parent / "chroma").exists():
        pytest.skip("the chroma CLI (from chromadb) is not installed")
    env = {"DRAFTER_WORKER_POOL_SIZE": "4", "DRAFTER_WORKER_LEASE_S": "10"}
    with TempPostgres() as pg, Stack(tmp_path / "home", database_url=pg.url, env=env) as st:
        st.start_chroma()
        st.start_fake(latency_ms=20)
        st.ingest(folder=SAMPLE)
        key = st.create_key()
        a, b = st.serve(), st.serve()
        worker = st.worker(concurrency=4)
        for srv in (a, b):
            st.warm(srv, key)
        # on a busy machine the worker process can start after the instances have drained
        # the queue: wait until its pool runs, so the assertion below tests sharing, not timing
        deadline = time.monotonic() + 120
        while "worker pool" not in worker.log.read_text(errors="replace") and time.monotonic() < deadline:
            assert worker.alive(), worker.tail()
            time.sleep(0.2)
        run = asyncio.run(run_load([a.url, b.url], key, body, drafts=120, concurrency=24, mode="async", finish_timeout_s=300))
        sync = asyncio.run(run_load([a.url, b.url], key, lambda i: body(500 + i), drafts=30, concurrency=10, mode="sync", finish_timeout_s=300))
        _check(run, sync)
        assert worker.alive(), worker.tail()
        logs = worker.log.read_text(errors="replace")
        assert "drafted d_" in logs, "the separate worker process took part of the work"
