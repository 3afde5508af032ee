"""Asynchronous drafting: stored before the 202, claimed once, retried on model outages
with the attempts stored, failed with a clear reason, never lost; backpressure; leases."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from sqlalchemy import update
from test_worker_env import WorkerEnv, fast, llm_model, worker_env

from drafter.errors import ModelAuthError, ModelUnavailable
from drafter.settings import Settings
from drafter.store.tables import DraftJob, DraftRow, utcnow
from drafter.worker.lease import LeaseLost
from drafter.worker.queue import JobQueue, backoff_s


@pytest.fixture
def we(ingested_settings: Settings):  # type: ignore[no-untyped-def]
    with worker_env(fast(ingested_settings)) as env:
        yield env


def test_async_draft_is_stored_and_queued_before_the_202(we: WorkerEnv) -> None:
    r = we.submit()
    assert r.status_code == 202, r.text
    d = r.json()
    assert d["status"] == "queued" and r.headers["location"] == f"/v1/drafts/{d['id']}"
    # No worker runs yet: what the 202 promised is in the database.
    job = we.job(d["id"])
    assert (job.state, job.attempts) == ("ready", 0)
    got = we.env.get(f"/v1/drafts/{d['id']}").json()
    assert got["status"] == "queued" and got["job"]["state"] == "ready" and got["job"]["attempts"] == 0
    assert we.kinds(d["id"]) == ["created"]

    we.start_pool()
    done = we.wait_status(d["id"], {"pending_review"})
    assert done["reply"].startswith("Hi Megan,") and done["evaluation"] is not None
    assert done["job"]["state"] == "done" and done["job"]["attempts"] == 1
    assert we.kinds(d["id"]) == ["created", "drafting", "drafted"]
    hist = we.env.get(f"/v1/drafts/{d['id']}/history").json()
    assert hist[1]["actor"].startswith("worker:") and hist[1]["after"]["attempt"] == 1


def test_idempotency_key_covers_async_requests(we: WorkerEnv) -> None:
    first = we.submit(idem="ticket-4217-1")
    again = we.submit(idem="ticket-4217-1")
    assert first.status_code == again.status_code == 202
    assert again.json()["id"] == first.json()["id"] and again.headers.get("idempotent-replayed") == "true"
    assert "idempotent-replayed" not in first.headers
    assert len(we.statuses()) == 1
    # A synchronous request with the same key gets the same draft too.
    sync = we.env.client.post("/v1/drafts", json={"customer_id": "C-1001", "message": "x"}, headers={**we.env.h(), "Idempotency-Key": "ticket-4217-1"})
    assert sync.json()["id"] == first.json()["id"]


def test_full_queue_answers_429_with_retry_after(ingested_settings: Settings) -> None:
    with worker_env(fast(ingested_settings, max_queue_depth=3)) as we:
        accepted = [we.submit(idem=f"k{i}") for i in range(3)]
        assert all(r.status_code == 202 for r in accepted)
        r = we.submit(idem="k3")
        assert r.status_code == 429
        assert r.json()["error"]["code"] == "overloaded" and "queue is full" in r.json()["error"]["message"]
        assert int(r.headers["retry-after"]) >= 1
        # A retry of an accepted request still gets its draft, full queue or not.
        assert we.submit(idem="k0").status_code == 202
        assert len(we.statuses()) == 3
        we.start_pool(size=3)
        for a in accepted:
            we.wait_status(a.json()["id"], {"pending_review"})
        assert we.submit(idem="k3").status_code == 202  # room again


def test_model_outage_is_retried_with_backoff_then_completes(ingested_settings: Settings) -> None:
    model = llm_model(fail_first=2, error=ModelUnavailable("the model openai/x is unavailable after retries: 503"))
    with worker_env(fast(ingested_settings, planner="llm", writer="llm"), model=model) as we:
        d = we.submit().json()
        we.start_pool(size=1)
        done = we.wait_status(d["id"], {"pending_review", "failed"})
        assert done["status"] == "pending_review", done["error"]
        assert done["job"]["attempts"] == 3 and done["error"] is None
        assert we.kinds(d["id"]) == ["created", "drafting", "retry_scheduled", "drafting", "retry_scheduled", "drafting", "drafted"]
        hist = we.env.get(f"/v1/drafts/{d['id']}/history").json()
        retry = hist[2]["after"]
        assert retry["status"] == "queued" and retry["attempt"] == 1 and "unavailable" in retry["error"] and retry["next_attempt_at"]


def test_lasting_outage_fails_with_a_clear_reason_and_keeps_the_request(ingested_settings: Settings) -> None:
    model = llm_model(fail_first=10**6, error=ModelUnavailable("the model openai/x is unavailable after retries: connection refused"))
    with worker_env(fast(ingested_settings, planner="llm", writer="llm", worker_max_attempts=3), model=model) as we:
        d = we.submit().json()
        we.start_pool(size=1)
        # While waiting between attempts the draft shows why.
        waiting = we.wait_status(d["id"], {"queued", "failed"})
        failed = we.wait_status(d["id"], {"failed"})
        assert "attempt" in (waiting["error"] or failed["error"] or "")
        assert failed["error"].startswith("gave up after 3 attempts; last error: the model openai/x is unavailable")
        assert "/retry" in failed["error"]
        assert failed["job"]["state"] == "failed" and failed["job"]["attempts"] == 3
        assert we.kinds(d["id"]).count("drafting") == 3
        # Nothing is dropped: the request is kept and a manual retry drafts it.
        model.calls["n"] = -(10**7)  # type: ignore[attr-defined]
        model._fn = lambda req: {"intent": "refund", "apology_owed": True, "action_ids": [], "manager_exception": False} if req.purpose == "plan" else "I have refunded it myself today."
        r = we.env.post(f"/v1/drafts/{d['id']}/retry")
        assert r.status_code == 200 and r.json()["status"] == "pending_review"


def test_a_permanent_error_fails_at_once(ingested_settings: Settings) -> None:
    model = llm_model(fail_first=10**6, error=ModelAuthError("the model provider refused the credentials for openai/x: set DRAFTER_LLM_API_KEY"))
    with worker_env(fast(ingested_settings, planner="llm", writer="llm"), model=model) as we:
        d = we.submit().json()
        we.start_pool(size=1)
        failed = we.wait_status(d["id"], {"failed"})
        assert failed["job"]["attempts"] == 1 and "DRAFTER_LLM_API_KEY" in failed["error"]


def test_expired_lease_is_reclaimed_and_the_first_worker_is_fenced_off(we: WorkerEnv) -> None:
    d = we.submit().json()
    q = JobQueue(we.services)
    [a] = q.claim("worker-a", 1)
    assert a.attempt == 1 and we.statuses()[d["id"]] == "drafting"
    assert q.claim("worker-b", 1) == []  # held
    with we.services.db.session() as s:
        s.execute(update(DraftJob).where(DraftJob.draft_id == d["id"]).values(lease_until=utcnow() - timedelta(seconds=1)))
    assert q.reap() == 1
    assert we.statuses()[d["id"]] == "queued" and we.kinds(d["id"])[-1] == "lease_expired"
    [b] = q.claim("worker-b", 1)
    assert b.attempt == 2 and b.token != a.token
    # Worker A wakes up and tries to store its result: refused, nothing written.
    with pytest.raises(LeaseLost), we.services.db.session() as s:
        a.finish(s, "done")
    assert we.job(d["id"]).token == b.token


def test_a_draft_that_kills_every_worker_is_failed_not_retried_forever(ingested_settings: Settings) -> None:
    with worker_env(fast(ingested_settings, worker_max_attempts=2)) as we:
        d = we.submit().json()
        q = JobQueue(we.services)
        for _ in range(2):
            assert len(q.claim("doomed", 1)) == 1
            with we.services.db.session() as s:
                s.execute(update(DraftJob).where(DraftJob.draft_id == d["id"]).values(lease_until=utcnow() - timedelta(seconds=1)))
            q.reap()
        got = we.env.get(f"/v1/drafts/{d['id']}").json()
        assert got["status"] == "failed" and "stopped (lease expired) on attempt 2 of 2" in got["error"]


def test_orphaned_queued_draft_joins_the_queue(we: WorkerEnv) -> None:
    """A process that died between storing a draft and taking it leaves no job row."""
    from drafter.services.drafts import DraftService

    draft_id = DraftService(we.services).accept({"customer_id": "C-1001", "message": "Where is my refund?"}, tenant="default", actor="test")
    with we.services.db.session() as s:
        s.execute(update(DraftRow).where(DraftRow.id == draft_id).values(updated_at=utcnow() - timedelta(seconds=30)))
    assert JobQueue(we.services).reap() == 1
    we.start_pool(size=1)
    assert we.wait_status(draft_id, {"pending_review"})["job"]["attempts"] == 1


def test_synchronous_drafts_hold_a_lease_too(we: WorkerEnv) -> None:
    d = we.env.draft()
    job = we.job(d["id"])
    assert (job.state, job.attempts, job.token) == ("done", 1, None)
    assert d["job"]["state"] == "done"


def test_stopping_a_pool_gives_unfinished_drafts_back_at_once(ingested_settings: Settings) -> None:
    import asyncio

    from drafter.llm.base import ChatRequest, ChatResponse

    class Slow:
        name = "slow"

        async def complete(self, request: ChatRequest) -> ChatResponse:
            await asyncio.sleep(30)
            return ChatResponse(text="{}", model="slow")

    with worker_env(fast(ingested_settings, planner="llm", writer="llm", worker_lease_s=60), model=Slow()) as we:  # type: ignore[arg-type]
        d = we.submit().json()
        pool = we.start_pool(size=1)
        pool.grace_s = 0.2
        we.wait_status(d["id"], {"drafting"})
        t = time.monotonic()
        we.stop()
        assert time.monotonic() - t < 10
        got = we.env.get(f"/v1/drafts/{d['id']}").json()
        assert got["status"] == "queued" and got["job"]["state"] == "ready"
        assert got["job"]["attempts"] == 0  # a shutdown is not the draft's fault
        assert we.kinds(d["id"])[-1] == "released"


def test_backoff_grows_exponentially_with_jitter_and_a_cap() -> None:
    for attempt, expected in ((1, 5.0), (2, 10.0), (3, 20.0), (4, 40.0)):
        assert 0.8 * expected <= backoff_s(attempt, 5.0, 300.0) <= 1.2 * expected
    assert backoff_s(20, 5.0, 300.0) <= 360.0


def test_a_pool_waits_for_a_database_that_is_down_at_start(settings: Settings) -> None:
    from drafter.services.container import Services
    from drafter.worker.pool import WorkerPool

    down = settings.model_copy(update={"database_url": "postgresql+psycopg://drafter:x@127.0.0.1:1/none?connect_timeout=1"})
    pool = WorkerPool(Services(down, use_model=False), size=1, grace_s=0.1)  # building it touches nothing
    pool.start()
    time.sleep(0.5)
    assert pool._thread is not None and pool._thread.is_alive()  # waiting, not crashed
    pool.stop(timeout=10)
    assert not pool._thread.is_alive()
