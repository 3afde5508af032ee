"""Run every benchmark, one after the other, and say which passed.

    python -m benchmarks                 # the short versions (about 10 minutes on 2 cores)
    python -m benchmarks --full          # the issue's sizes (about an hour): 100,000 chunks,
                                         # 2,000 drafts at concurrency 100, 500 faulty drafts
    python -m benchmarks --only overhead,load

Each benchmark runs as its own process (one crashing doesn't stop the others) and
writes its figures to benchmarks/results/*.json; benchmarks/RESULTS.md is written from
them by hand, with the machine and the date.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

QUICK: dict[str, list[str]] = {
    "overhead": ["-m", "benchmarks.bench_overhead", "--quick"],
    "retrieval": ["-m", "benchmarks.bench_retrieval", "--quick"],
    "evaluation": ["-m", "benchmarks.bench_eval", "--repeat", "3"],
    "load": ["-m", "benchmarks.bench_load"],
    "faults": ["-m", "benchmarks.bench_faults"],
    "embedded": ["-m", "benchmarks.bench_embedded"],
    "embedded-draft": ["-m", "benchmarks.bench_embedded_draft", "--drafts", "1"],
}
FULL: dict[str, list[str]] = {
    "overhead": ["-m", "benchmarks.bench_overhead"],
    "retrieval": ["-m", "benchmarks.bench_retrieval"],
    "evaluation": ["-m", "benchmarks.bench_eval"],
    "load": ["-m", "benchmarks.bench_load", "--full"],
    "faults": ["-m", "benchmarks.bench_faults", "--full"],
    "embedded": ["-m", "benchmarks.bench_embedded"],
    "embedded-draft": ["-m", "benchmarks.bench_embedded_draft"],
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n")[0])
    ap.add_argument("--full", action="store_true", help="the issue's sizes (long)")
    ap.add_argument("--only", default="", help=f"comma-separated, from: {', '.join(QUICK)}")
    a = ap.parse_args(argv)
    plan = FULL if a.full else QUICK
    names = [n.strip() for n in a.only.split(",") if n.strip()] or list(plan)
    unknown = [n for n in names if n not in plan]
    if unknown:
        ap.error(f"unknown benchmark(s): {', '.join(unknown)}")
    results = []
    for name in names:
        print(f"\n===== {name}: python {' '.join(plan[name])}", flush=True)
        t0 = time.perf_counter()
        rc = subprocess.run([sys.executable, *plan[name]]).returncode
        results.append((name, rc, time.perf_counter() - t0))
    print("\n===== summary")
    for name, rc, secs in results:
        print(f"  {name:<16} {'ok' if rc == 0 else f'FAILED (exit {rc})':<18} {secs:6.0f} s")
    return 0 if all(rc == 0 for _, rc, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
