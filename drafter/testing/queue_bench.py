"""Measures the queue: throughput of queued drafts, queue latency (accepted → claimed)
and recovery after a worker is SIGKILLed, with real `drafter worker` processes, the
real pipeline and the fake OpenAI-compatible model (drafter.testing.fake_llm).

    python -m drafter.testing.queue_bench [--drafts 200] [--workers 2] [--concurrency 4]
        [--latency-ms 0] [--lease-s 10] [--database-url postgresql+psycopg://…]

Three phases, on a fresh home with the sample company ingested:
1. burst: N drafts queued at once; drafts per second from first claim to last draft;
2. steady: drafts arriving one by one at half that rate; accepted → claimed p50/p95;
3. crash: the fake model slowed to 2 s per call, one worker SIGKILLed while drafting;
   seconds from the kill until another (already running) worker has re-claimed and
   finished the draft. Expect about lease + reaper interval (lease/4) + one draft.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from ..ingest import ingest_folder
from ..resources import sample_knowledge_dir
from ..services.container import Services
from ..services.drafts import DraftService
from ..settings import Settings
from ..store.tables import DraftJob, DraftRow
from .fake_llm import FakeConfig, FakeLLM

MESSAGES = [
    ("C-1001", "My plan auto-renewed and you charged 144 EUR without asking. Refund it."),
    ("C-1002", "We cancelled the TV setup visit in advance but got invoice INV-26-11842 for 45 EUR. Delete it."),
    ("C-2001", "10 Kasım'dan beri internetim yok, teknisyen gelmedi. Ne zaman düzelecek?"),
    ("C-3001", "من أمس ما عندنا نت ولا تلفزيون. متى بترجع الخدمة؟"),
]


def _pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * (len(xs) - 1) + 0.5))] if xs else float("nan")


def _queue(ds: DraftService, n: int, tag: str) -> list[str]:
    ids = []
    for i in range(n):
        cust, msg = MESSAGES[i % len(MESSAGES)]
        ids.append(ds.accept({"customer_id": cust, "message": f"{msg} ({tag} {i})"}, tenant="default", actor="bench", enqueue=True))
    return ids


def _wait_done(services: Services, ids: list[str], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        with services.db.session() as s:
            left = s.scalar(select(func.count()).select_from(DraftRow).where(DraftRow.id.in_(ids), DraftRow.status.in_(("queued", "drafting")))) or 0
        if not left:
            return
        if time.monotonic() > deadline:
            raise SystemExit(f"{left} drafts unfinished after {timeout:.0f} s")
        time.sleep(0.1)


def _jobs(services: Services, ids: list[str]) -> list[DraftJob]:
    with services.db.session() as s:
        return list(s.scalars(select(DraftJob).where(DraftJob.draft_id.in_(ids))))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m drafter.testing.queue_bench")
    ap.add_argument("--drafts", type=int, default=200)
    ap.add_argument("--workers", type=int, default=2, help="`drafter worker` processes")
    ap.add_argument("--concurrency", type=int, default=4, help="drafts at a time per worker")
    ap.add_argument("--latency-ms", type=float, default=0.0, help="the fake model's latency per call")
    ap.add_argument("--lease-s", type=float, default=10.0)
    ap.add_argument("--steady-s", type=float, default=20.0, help="length of the steady-arrival phase")
    ap.add_argument("--database-url", default=None)
    a = ap.parse_args(argv)

    home = Path(tempfile.mkdtemp(prefix="drafter-bench-")) / "home"
    fake = FakeLLM(FakeConfig(latency_ms=a.latency_ms)).start_in_thread()
    env = {
        **os.environ, "DRAFTER_HOME": str(home), "DRAFTER_LLM_MODEL": "openai/fake", "DRAFTER_LLM_API_BASE": fake.url,
        "DRAFTER_LLM_API_KEY": "sk-bench", "DRAFTER_PLANNER": "llm", "DRAFTER_WRITER": "llm", "DRAFTER_MAX_REVISIONS": "0",
        "DRAFTER_LLM_RETRIES": "0", "DRAFTER_WORKER_LEASE_S": str(a.lease_s), "DRAFTER_TODAY": "2026-11-22",
        "LITELLM_LOCAL_MODEL_COST_MAP": "True", "PYTHONUNBUFFERED": "1",
    }
    if a.database_url:
        env["DRAFTER_DATABASE_URL"] = a.database_url
    settings = Settings(home=home, database_url=a.database_url, worker_lease_s=a.lease_s)
    services = Services(settings, use_model=False)
    ingest_folder(sample_knowledge_dir(), "default", services.db, services.vectors)
    ds = DraftService(services)
    log = (home / "workers.log").open("ab")
    workers = [
        subprocess.Popen([sys.executable, "-m", "drafter.cli", "worker", "-c", str(a.concurrency)], env=env, stdout=log, stderr=subprocess.STDOUT)
        for _ in range(a.workers)
    ]
    try:
        warm = _queue(ds, a.workers * a.concurrency, "warm-up")  # loads every worker's models
        _wait_done(services, warm, 300)

        ids = _queue(ds, a.drafts, "burst")
        _wait_done(services, ids, 1800)
        jobs = _jobs(services, ids)
        first = min(j.first_claimed_at for j in jobs if j.first_claimed_at)
        last = max(j.finished_at for j in jobs if j.finished_at)
        rate = len(jobs) / max((last - first).total_seconds(), 1e-6)
        print(f"burst: {a.drafts} drafts, {a.workers} workers x {a.concurrency}, model latency {a.latency_ms:g} ms: {rate:.1f} drafts/s")

        gap = 2.0 / rate
        steady: list[str] = []
        end = time.monotonic() + a.steady_s
        while time.monotonic() < end:
            steady += _queue(ds, 1, "steady")
            time.sleep(gap)
        _wait_done(services, steady, 600)
        waits = [(j.first_claimed_at - j.enqueued_at).total_seconds() * 1000 for j in _jobs(services, steady) if j.first_claimed_at]
        print(f"steady: {len(steady)} drafts at {1 / gap:.1f}/s: accepted -> claimed p50 {statistics.median(waits):.0f} ms, "
              f"p95 {_pct(waits, 0.95):.0f} ms (workers poll every {settings.worker_poll_s:g} s; an in-service pool is woken at once)")

        if a.workers >= 2:
            fake.update(latency_ms=2000)
            [victim_draft] = _queue(ds, 1, "crash")
            deadline = time.monotonic() + 60
            owner = None
            while owner is None and time.monotonic() < deadline:
                with services.db.session() as s:
                    owner = s.scalar(select(DraftJob.owner).where(DraftJob.draft_id == victim_draft, DraftJob.state == "leased"))
                time.sleep(0.05)
            pid = int(str(owner).split(":")[1].split("/")[0])
            victim = next(w for w in workers if w.pid == pid)
            time.sleep(0.5)  # in the middle of the model call
            victim.send_signal(signal.SIGKILL)
            killed = time.monotonic()
            reclaimed = None
            while True:
                with services.db.session() as s:
                    job = s.get(DraftJob, victim_draft)
                    assert job is not None
                    if reclaimed is None and job.attempts >= 2:
                        reclaimed = time.monotonic() - killed
                    if job.state == "done":
                        break
                time.sleep(0.05)
            print(f"crash: SIGKILL mid-draft, lease {a.lease_s:g} s: re-claimed by a running worker after {reclaimed:.1f} s, "
                  f"completed {time.monotonic() - killed:.1f} s after the kill (model 2 s per call)")
    finally:
        for w in workers:
            if w.poll() is None:
                w.send_signal(signal.SIGTERM)
        for w in workers:
            try:
                w.wait(30)
            except subprocess.TimeoutExpired:
                w.kill()
        fake.stop()
        print(f"(home {home}; worker log {home / 'workers.log'})")


if __name__ == "__main__":
    main()
