"""A real `drafter worker` process is SIGKILLed in the middle of a draft (the fake
OpenAI-compatible model makes every call slow), restarted, and every draft completes:
the dead worker's leases expire and the new process takes its drafts over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select
from test_review_env import make_env
from test_worker_env import wait_until

from drafter.settings import Settings
from drafter.store.tables import DraftEvent, DraftJob, DraftRow
from drafter.testing.fake_llm import FakeConfig, FakeLLM

pytestmark = pytest.mark.slow
LEASE_S = 3.0


def _worker(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "drafter.cli", "worker", "--concurrency", "2"], env=env, stdout=log.open("ab"), stderr=subprocess.STDOUT,
    )


def test_sigkilled_worker_loses_nothing_after_restart(ingested_settings: Settings, tmp_path: Path) -> None:
    fake = FakeLLM(FakeConfig(latency_ms=1500)).start_in_thread()
    env = {
        **os.environ, "DRAFTER_HOME": str(ingested_settings.home), "DRAFTER_TODAY": "2026-11-22", "PYTHONUNBUFFERED": "1",
        "DRAFTER_LLM_MODEL": "openai/fake", "DRAFTER_LLM_API_BASE": fake.url, "DRAFTER_LLM_API_KEY": "sk-test",
        "DRAFTER_PLANNER": "llm", "DRAFTER_WRITER": "llm", "DRAFTER_MAX_REVISIONS": "0", "DRAFTER_LLM_RETRIES": "0",
        "DRAFTER_WORKER_LEASE_S": str(LEASE_S), "DRAFTER_WORKER_POLL_S": "0.2", "LITELLM_LOCAL_MODEL_COST_MAP": "True",
    }
    env.pop("DRAFTER_DATABASE_URL", None)
    api = make_env(ingested_settings)
    assert api.services is not None
    db = api.services.db
    ids = []
    for i in range(4):
        r = api.client.post(
            "/v1/drafts", json={"customer_id": "C-1001", "message": f"My plan renewed without asking ({i}). Refund it.", "async": True},
            headers=api.h(),
        )
        assert r.status_code == 202
        ids.append(r.json()["id"])
    log = tmp_path / "worker.log"
    first = _worker(env, log)
    try:
        def mid_draft() -> bool:
            with db.session() as s:
                leased = list(s.scalars(select(DraftJob.draft_id).where(DraftJob.state == "leased")))
            return len(leased) == 2 and fake.stats["requests"] >= 2  # both slots are waiting on the model

        wait_until(mid_draft, timeout=90, what="the worker to be in the middle of a draft")
        with db.session() as s:
            held = list(s.scalars(select(DraftJob.draft_id).where(DraftJob.state == "leased")))
        first.send_signal(signal.SIGKILL)
        killed_at = time.monotonic()
        first.wait(10)
    finally:
        if first.poll() is None:
            first.kill()
    with db.session() as s:  # the dead worker's drafts are still its own, until the lease says otherwise
        assert {s.get(DraftRow, d).status for d in held} == {"drafting"}  # type: ignore[union-attr]

    second = _worker(env, log)
    try:
        def reclaimed() -> bool:
            with db.session() as s:
                return all(s.get(DraftJob, d).attempts >= 2 for d in held)  # type: ignore[union-attr]

        def all_done() -> bool:
            with db.session() as s:
                return all(s.get(DraftRow, d).status == "pending_review" for d in ids)  # type: ignore[union-attr]

        wait_until(reclaimed, timeout=120, what="the new worker to take over")
        reclaimed_s = time.monotonic() - killed_at
        wait_until(all_done, timeout=120, what="every draft to complete")
        done_s = time.monotonic() - killed_at
    finally:
        second.send_signal(signal.SIGTERM)
        try:
            second.wait(30)
        except subprocess.TimeoutExpired:
            second.kill()
        fake.stop()
    assert second.returncode == 0, log.read_text()[-3000:]

    with db.session() as s:
        kinds = Counter(s.execute(select(DraftEvent.draft_id, DraftEvent.kind).where(DraftEvent.draft_id.in_(ids))).tuples())
        for d in ids:
            assert kinds[(d, "drafted")] == 1, d  # stored exactly once
            if d in held:
                assert kinds[(d, "lease_expired")] == 1 and kinds[(d, "drafting")] == 2
    for d in ids:
        got = api.get(f"/v1/drafts/{d}").json()
        assert got["status"] == "pending_review" and got["reply"] and got["model"] == "openai/fake"
    print(
        f"\nSIGKILL with {len(held)} drafts in flight (lease {LEASE_S:g} s): new worker took them over {reclaimed_s:.1f} s "
        f"after the kill (incl. its start-up), all {len(ids)} drafts done {done_s:.1f} s after the kill"
    )
