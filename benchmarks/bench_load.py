"""Load: many draft requests against `drafter serve`, with a fake model.

    python -m benchmarks.bench_load                 # short: 300 drafts at concurrency 50
    python -m benchmarks.bench_load --full          # the issue's run: 2,000 at concurrency 100
    python -m benchmarks.bench_load --mode sync     # drafts inside the request (default: both)
    python -m benchmarks.bench_load --url http://127.0.0.1:8001 --url http://127.0.0.1:8002 --key drf_…
                                                    # an already running deployment (.ci/scale.sh)

Without --url it starts everything itself on a scratch home: the fake model, the sample
company, `--instances` × `drafter serve` (each with an in-service pool of
`--pool-size`) and `--workers` × `drafter worker`. Async requests that meet
backpressure (429) wait Retry-After and are sent again with the same Idempotency-Key.

Passes when: every request is accepted, no answer is a 5xx, and every accepted draft is
read back finished. Exit status 1 otherwise.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from drafter.testing.load import LoadResult, run_load
from drafter.testing.stack import Stack

from ._common import cpu_seconds, keep_scratch, machine, rss_mib, save, scratch, tickets, unique


def bodies() -> Any:
    sample = tickets()
    return lambda i: unique(sample[i % len(sample)], i)


def run(a: argparse.Namespace) -> dict[str, Any]:
    modes = ["async", "sync"] if a.mode == "both" else [a.mode]
    results: list[LoadResult] = []
    extra: dict[str, Any] = {}
    if a.url:
        for mode in modes:
            results.append(asyncio.run(run_load(a.url, a.key, bodies(), drafts=a.drafts, concurrency=a.concurrency, mode=mode,
                                                finish_timeout_s=a.timeout)))
    else:
        home = scratch("load") / "home"
        env = {"DRAFTER_WORKER_POOL_SIZE": str(a.pool_size), "DRAFTER_MAX_QUEUE_DEPTH": str(a.max_queue_depth)}
        with Stack(home, database_url=a.database_url, env=env) as st:
            st.start_fake(latency_ms=a.latency_ms, jitter_ms=a.latency_ms / 5)
            st.ingest()
            key = st.create_key("agent")
            servers = [st.serve() for _ in range(a.instances)]
            for s in servers:
                st.warm(s, key)
            workers = [st.worker(concurrency=a.pool_size) for _ in range(a.workers)]
            cpu0 = {p.pid: cpu_seconds(p.pid) for p in servers + workers}
            for mode in modes:
                results.append(asyncio.run(run_load([s.url for s in servers], key, bodies(), drafts=a.drafts, concurrency=a.concurrency,
                                                    mode=mode, finish_timeout_s=a.timeout)))
            drafts = sum(r.accepted for r in results)
            extra = {
                "server_cpu_ms_per_draft": round(sum(cpu_seconds(p.pid) - cpu0[p.pid] for p in servers + workers) * 1000 / max(1, drafts), 1),
                "rss_mib": {p.name: round(rss_mib(p.pid)) for p in servers + workers},
                "fake_model": st.fake_stats(), "database": "postgresql" if a.database_url else "sqlite",
            }
    return {"latency_ms_model": a.latency_ms, "pool_size": a.pool_size, "workers": a.workers, "results": [r.figures() for r in results],
            "ok": all(r.ok for r in results), "lines": [ln for r in results for ln in r.lines()], **extra}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.bench_load", description=__doc__.split("\n")[0])
    ap.add_argument("--drafts", type=int, default=300)
    ap.add_argument("--concurrency", type=int, default=50)
    ap.add_argument("--full", action="store_true", help="2,000 drafts at concurrency 100")
    ap.add_argument("--mode", choices=["async", "sync", "both"], default="both")
    ap.add_argument("--latency-ms", type=float, default=50.0, help="the fake model's latency per call")
    ap.add_argument("--instances", type=int, default=1, help="drafter serve processes (requests round-robin)")
    ap.add_argument("--workers", type=int, default=0, help="extra `drafter worker` processes")
    ap.add_argument("--pool-size", type=int, default=8, help="DRAFTER_WORKER_POOL_SIZE (and -c of each worker)")
    ap.add_argument("--max-queue-depth", type=int, default=1000)
    ap.add_argument("--database-url", default=None, help="PostgreSQL URL (default: SQLite in the scratch home)")
    ap.add_argument("--url", action="append", default=[], help="a running instance (repeat for several); needs --key")
    ap.add_argument("--key", default=None, help="an agent key of the running deployment")
    ap.add_argument("--timeout", type=float, default=1800.0, help="seconds to wait for every draft to finish")
    ap.add_argument("--json", default=None)
    a = ap.parse_args(argv)
    if a.full:
        a.drafts, a.concurrency = 2000, 100
    if a.url and not a.key:
        ap.error("--url needs --key")
    f = run(a)
    print(f"load test, fake model {a.latency_ms:g} ms per call; {machine()}")
    print("\n".join(f["lines"]))
    if "server_cpu_ms_per_draft" in f:
        print(f"server CPU per draft {f['server_cpu_ms_per_draft']} ms; resident memory (MiB) {f['rss_mib']}")
    print(f"figures: {save('load' + ('_full' if a.full else ''), f, a.json)}")
    print("PASS" if f["ok"] else "FAIL: see above (5xx, transport errors, lost or unfinished drafts)")
    if not f["ok"]:
        keep_scratch()
    return 0 if f["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
