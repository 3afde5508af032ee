"""None of 500 queued drafts is lost or duplicated while three worker pools (as three
service instances would) race for them; on SQLite, and on PostgreSQL (FOR UPDATE SKIP
LOCKED) when DRAFTER_TEST_POSTGRES_URL is set.

The pipeline is replaced by a stub that returns one real, precomputed outcome: these
tests are about the queue, and the real pipeline's ~0.3 s of CPU per draft would make
500 drafts take minutes on two cores. The subprocess crash test drafts for real.
"""

from __future__ import annotations

import asyncio
import shutil
import statistics
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from conftest import SAMPLE
from sqlalchemy import create_engine, make_url, select, text
from test_review_env import make_env, postgres_url
from test_worker_env import fast

from drafter.ingest import ingest_folder
from drafter.pipeline.drafting import DraftOutcome
from drafter.settings import Settings
from drafter.store.db import Database
from drafter.store.tables import DraftEvent, DraftJob, DraftRow
from drafter.store.vectors import VectorStore
from drafter.worker.pool import WorkerPool

N = 500


class StubPipeline:
    model = None

    def __init__(self, outcome: DraftOutcome) -> None:
        self.outcome = outcome
        self.calls = 0

    async def run(self, **_: Any) -> DraftOutcome:
        self.calls += 1
        await asyncio.sleep(0.002)  # a model call's worth of yielding
        return self.outcome


def _pg_settings(base: Settings, tmp: Path) -> Iterator[Settings]:
    url = postgres_url()
    assert url is not None
    schema = "drafter_scale_" + uuid.uuid4().hex[:10]
    admin = create_engine(url)
    with admin.begin() as c:
        c.execute(text(f'CREATE SCHEMA "{schema}"'))
    pg = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
    home = tmp / "pg-home"
    shutil.copytree(base.home, home)
    settings = base.model_copy(update={"home": home, "database_url": pg})
    db = Database(settings)
    ingest_folder(SAMPLE, "default", db, VectorStore(settings))
    db.engine.dispose()
    try:
        yield settings
    finally:
        with admin.begin() as c:
            c.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def scale_settings(request: pytest.FixtureRequest, ingested_settings: Settings, tmp_path: Path) -> Iterator[Settings]:
    settings = fast(ingested_settings, worker_lease_s=10.0, max_queue_depth=10_000)
    if request.param == "sqlite":
        yield settings
        return
    if postgres_url() is None:
        pytest.skip("set DRAFTER_TEST_POSTGRES_URL (see .ci/postgres.sh)")
    yield from _pg_settings(settings, tmp_path)


def test_500_queued_drafts_none_lost_none_duplicated(scale_settings: Settings) -> None:
    env = make_env(scale_settings)
    services = env.services
    assert services is not None
    # One real draft gives the outcome every stub draft stores.
    real = env.draft()
    assert real["status"] == "pending_review"
    outcome = asyncio.run(services.pipeline.run(tenant="default", customer_id="C-1001", message="My plan renewed; refund it"))
    stub = StubPipeline(outcome)
    services.__dict__["pipeline"] = stub  # the cached_property's slot

    pools = [WorkerPool(services, size=4, name=f"instance-{i}", deliveries=False, grace_s=5) for i in range(3)]
    for p in pools:
        p.start()
    started = time.perf_counter()

    def submit(i: int) -> str:
        r = env.client.post(
            "/v1/drafts", json={"customer_id": "C-1001", "message": f"Ticket {i}: charged twice, refund one", "async": True},
            headers={**env.h(), "Idempotency-Key": f"load-{i}"},
        )
        assert r.status_code == 202, r.text
        draft_id: str = r.json()["id"]
        return draft_id

    with ThreadPoolExecutor(4) as ex:
        ids = list(ex.map(submit, range(N)))
    accepted_s = time.perf_counter() - started
    assert len(set(ids)) == N

    deadline = time.monotonic() + 120
    with services.db.session() as s:
        while s.scalar(select(DraftRow.id).where(DraftRow.id.in_(ids), DraftRow.status != "pending_review").limit(1)) is not None:
            assert time.monotonic() < deadline, "drafts still unfinished after 120 s"
            time.sleep(0.1)
            s.expire_all()
    elapsed = time.perf_counter() - started
    for p in pools:
        p.stop(timeout=20)

    with services.db.session() as s:
        statuses = Counter(s.scalars(select(DraftRow.status).where(DraftRow.id.in_(ids))))
        kinds = Counter(s.execute(select(DraftEvent.draft_id, DraftEvent.kind).where(DraftEvent.draft_id.in_(ids))).tuples())
        jobs = {j.draft_id: j for j in s.scalars(select(DraftJob).where(DraftJob.draft_id.in_(ids)))}
    assert statuses == {"pending_review": N}
    for draft_id in ids:  # claimed once, drafted once, stored once
        assert kinds[(draft_id, "drafting")] == 1 and kinds[(draft_id, "drafted")] == 1, draft_id
        assert jobs[draft_id].state == "done" and jobs[draft_id].attempts == 1
    assert stub.calls == N
    assert sum(p.stats.completed for p in pools) == N and sum(p.stats.lost for p in pools) == 0
    assert all(p.stats.completed > 0 for p in pools)  # the work was shared

    waits = sorted((j.first_claimed_at - j.enqueued_at).total_seconds() for j in jobs.values() if j.first_claimed_at)
    p50, p95 = statistics.median(waits), waits[int(0.95 * (len(waits) - 1))]
    print(
        f"\n{services.db.engine.dialect.name}: {N} drafts accepted in {accepted_s:.1f} s, all drafted in {elapsed:.1f} s "
        f"({N / elapsed:.0f}/s, 3 pools x 4); queue latency accepted->claimed p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms; "
        f"by pool {[p.stats.completed for p in pools]}"
    )
