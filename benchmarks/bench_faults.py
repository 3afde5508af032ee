"""Faults: a flaky model provider, and the database going away mid-run.

    python -m benchmarks.bench_faults              # short: 80 async + 30 sync drafts; a 6 s outage
    python -m benchmarks.bench_faults --full       # 500 async + 100 sync drafts; a 15 s outage
    python -m benchmarks.bench_faults --only model # or: --only database

1. Model faults: the fake model fails `--fail-rate` (30%) of its requests, spread over
   429 (Retry-After), 500, connection reset, read timeout, malformed JSON and a stream
   cut midway. drafter runs with a 2 s model timeout, litellm's 2 retries, a fallback
   model and the worker's retries (0.5 s backoff, 6 attempts). Every draft must end
   completed or failed with its reason; no answer may be 500; none may go missing.
2. Database outage: drafter on a private PostgreSQL (initdb into a scratch folder, so a
   shared server is never touched). Async drafts arrive at a steady pace; the server is
   stopped (`pg_ctl stop -m fast`) and started again. `/readyz` must turn unready and
   ready again; every accepted draft must finish; none lost, none duplicated.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from drafter.testing.faults import FAULT_ENV, database_outage, model_faults
from drafter.testing.pgtemp import TempPostgres, available
from drafter.testing.stack import Stack

from ._common import keep_scratch, machine, save, scratch, tickets, unique


def bodies() -> Any:
    sample = tickets()
    return lambda i: unique(sample[i % len(sample)], i)


def run_model(a: argparse.Namespace) -> dict[str, Any]:
    with Stack(scratch("faults") / "home", env=FAULT_ENV) as st:
        st.start_fake(latency_ms=a.latency_ms, fail_rate=a.fail_rate, hang_s=5.0, retry_after_s=1)
        st.ingest()
        key = st.create_key("agent")
        st.control_fake(fail_rate=0.0)
        srv = st.serve()
        st.warm(srv, key)
        st.control_fake(fail_rate=a.fail_rate)
        rep = asyncio.run(model_faults([srv.url], key, bodies(), st.fake_stats, async_drafts=a.async_drafts, sync_drafts=a.sync_drafts,
                                       concurrency=a.concurrency))
    return {"ok": rep.ok, "lines": rep.lines(), "injected": rep.injected, "async": rep.async_run.figures(), "sync": rep.sync_run.figures()}


def run_database(a: argparse.Namespace) -> dict[str, Any]:
    ok, why = available()
    if not ok:
        return {"ok": None, "lines": [f"database outage: skipped ({why})"]}
    env = {**FAULT_ENV, "DRAFTER_WORKER_LEASE_S": "5"}  # a draft caught mid-store is taken over 5 s after its lease lapses
    with TempPostgres() as pg, Stack(scratch("outage") / "home", database_url=pg.url, env=env) as st:
        st.start_fake(latency_ms=a.latency_ms)
        st.ingest()
        key = st.create_key("agent")
        srv = st.serve()
        rep = asyncio.run(database_outage([srv.url], key, bodies(), pg, drafts=a.outage_drafts, pace_per_s=a.pace,
                                          stop_after_s=a.outage_drafts / a.pace / 3, outage_s=a.outage_s))
        alive = srv.alive()
    lines = rep.lines() + ([] if alive else ["drafter serve died during the outage"])
    return {"ok": rep.ok and alive, "lines": lines, "unready_after_s": rep.unready_after_s, "ready_after_s": rep.ready_after_s,
            "readyz": dict(rep.readyz), "readyz_unready_body": rep.readyz_bodies[0] if rep.readyz_bodies else None,
            "drafts_in_db": rep.drafts_in_db, "run": rep.run.figures()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.bench_faults", description=__doc__.split("\n")[0])
    ap.add_argument("--full", action="store_true", help="500 async + 100 sync drafts; a 15 s database outage")
    ap.add_argument("--only", choices=["model", "database"], default=None)
    ap.add_argument("--fail-rate", type=float, default=0.3)
    ap.add_argument("--latency-ms", type=float, default=50.0)
    ap.add_argument("--async-drafts", type=int, default=80)
    ap.add_argument("--sync-drafts", type=int, default=30)
    ap.add_argument("--concurrency", type=int, default=20)
    ap.add_argument("--outage-drafts", type=int, default=60)
    ap.add_argument("--pace", type=float, default=5.0, help="async drafts per second during the outage run")
    ap.add_argument("--outage-s", type=float, default=6.0)
    ap.add_argument("--json", default=None)
    a = ap.parse_args(argv)
    if a.full:
        a.async_drafts, a.sync_drafts, a.concurrency, a.outage_drafts, a.outage_s = 500, 100, 50, 150, 15.0
    figures: dict[str, Any] = {"fail_rate": a.fail_rate, "latency_ms_model": a.latency_ms, "settings": FAULT_ENV}
    if a.only in (None, "model"):
        figures["model"] = run_model(a)
    if a.only in (None, "database"):
        figures["database"] = run_database(a)
    print(f"fault runs; {machine()}")
    for part in ("model", "database"):
        if part in figures:
            verdict = {True: "PASS", False: "FAIL", None: "SKIPPED"}[figures[part]["ok"]]
            print(f"== {part}: {verdict}")
            print("\n".join(figures[part]["lines"]))
    print(f"figures: {save('faults' + ('_full' if a.full else ''), figures, a.json)}")
    failed = any(figures[p]["ok"] is False for p in ("model", "database") if p in figures)
    if failed:
        keep_scratch()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
