"""The database goes away in the middle of a run and comes back (the short CI version
of `python -m benchmarks.bench_faults --only database`).

drafter runs on a private PostgreSQL (initdb into a scratch folder: a shared server is
never stopped). Async drafts arrive at a steady pace; the server is stopped and started
again. `/readyz` must answer 503 while it is away and 200 after; requests meanwhile get
503 `store_unavailable` (never 500) and are sent again by the client; every accepted
draft must finish, none lost, none duplicated; the service itself keeps running.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from conftest import SAMPLE
from test_scale_load import body

from drafter.testing.faults import FAULT_ENV, database_outage
from drafter.testing.pgtemp import TempPostgres, available
from drafter.testing.stack import Stack

pytestmark = [pytest.mark.slow, pytest.mark.postgres]


def test_readyz_goes_unready_then_recovers_and_nothing_is_lost(tmp_path: Path) -> None:
    ok, why = available()
    if not ok:
        pytest.skip(why)
    env = {**FAULT_ENV, "DRAFTER_WORKER_LEASE_S": "4"}
    with TempPostgres() as pg, Stack(tmp_path / "home", database_url=pg.url, env=env) as st:
        st.start_fake(latency_ms=30)
        st.ingest(folder=SAMPLE)
        key = st.create_key()
        srv = st.serve()
        rep = asyncio.run(database_outage([srv.url], key, body, pg, drafts=36, pace_per_s=4.0, stop_after_s=3.0, outage_s=5.0, timeout_s=240))
        alive = srv.alive()
        log = srv.log.read_text(errors="replace")
    lines = "\n".join(rep.lines())
    assert rep.ok, lines
    assert alive, "drafter serve died during the outage"
    assert rep.readyz_bodies[0] == {"status": "unready", "checks": {"database": False, "vector_store": True}}
    assert rep.run.unavailable > 0, "no request met the outage"
    assert rep.run.error_codes.keys() <= {"store_unavailable"}, lines
    assert " 500 " not in log and "unexpected error" not in log
