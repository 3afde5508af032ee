"""The lease keeper tells a lease that was really lost from one whose draft just finished.

Found by the 2,000-draft load test: "N of 8 leases were lost" warnings while every job
had one attempt and no draft was taken over. A draft that finishes between a renewal's
UPDATE and the pool discarding its lease has no token any more (finishing clears it);
that is not a lost lease, and an operator must not be told it is.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from drafter.settings import Settings
from drafter.store.db import Database
from drafter.store.tables import DraftJob, DraftRow, utcnow
from drafter.worker.lease import LeaseKeeper, new_token


def _job(db: Database, draft_id: str, token: str) -> None:
    now = utcnow()
    with db.session() as s:
        s.add(DraftRow(id=draft_id, tenant="default", status="drafting", customer_id="C-1001", request={"customer_id": "C-1001", "message": "x"}))
        s.flush()
        s.add(DraftJob(draft_id=draft_id, tenant="default", state="leased", attempts=1, max_attempts=3, available_at=now,
                       lease_until=now + timedelta(seconds=30), owner="me", token=token, enqueued_at=now, claimed_at=now))


def test_finished_drafts_are_not_reported_as_lost(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from drafter.worker.lease import Lease

    db = Database(Settings(home=tmp_path / "home"))  # type: ignore[arg-type]
    keeper = LeaseKeeper(db, lease_s=30)
    leases = {}
    for name in ("running", "finished", "taken"):
        token = new_token()
        _job(db, f"d_{name}", token)
        leases[name] = Lease(f"d_{name}", "default", token, "me", 1, 3)
        keeper.add(leases[name])
    with db.session() as s:
        leases["finished"].finish(s, "done")  # finished; the pool has not discarded the lease yet
    caplog.set_level(logging.WARNING, logger="drafter.worker")
    assert keeper.renew() == 2
    assert not [r for r in caplog.records if "were lost" in r.getMessage()]

    with db.session() as s:  # expired and re-claimed by another worker: a new token
        s.execute(update(DraftJob).where(DraftJob.draft_id == "d_taken").values(token=new_token(), owner="other"))
    assert keeper.renew() == 1
    lost = [r.getMessage() for r in caplog.records if "were lost" in r.getMessage()]
    assert lost == ["1 of 3 leases were lost (expired and taken over); their results will be discarded"]
    db.engine.dispose()
