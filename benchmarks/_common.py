"""Helpers shared by the benchmarks: sample tickets, tables, process CPU, result files."""

from __future__ import annotations

import atexit
import json
import os
import platform
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

from drafter.resources import sample_knowledge_dir
from drafter.testing.stack import percentile

ROOT = Path(__file__).resolve().parents[1]
RESULTS_DIR = ROOT / "benchmarks" / "results"


def tickets() -> list[dict[str, str]]:
    """The sample company's 15 tickets (EN/TR/AR): customer id, subject, message."""
    out = []
    for path in sorted((sample_knowledge_dir() / "tickets").glob("*.yaml")):
        t = yaml.safe_load(path.read_text(encoding="utf-8"))
        out.append({"customer_id": str(t["customer_id"]), "message": str(t["message"]).strip(), **({"subject": str(t["subject"])} if t.get("subject") else {})})
    return out


def unique(ticket: dict[str, str], n: int) -> dict[str, Any]:
    """The ticket with a reference number, so that no cache sees the same text twice."""
    return {**ticket, "message": f"{ticket['message']}\n\n(ref {n})"}


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process (and its threads) so far, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def summary(xs: list[float]) -> dict[str, float]:
    return {"n": len(xs), "p50": percentile(xs, 0.5), "p95": percentile(xs, 0.95), "mean": statistics.fmean(xs) if xs else float("nan")}


def machine() -> str:
    mem = "?"
    try:
        kb = int(next(ln for ln in Path("/proc/meminfo").read_text().splitlines() if ln.startswith("MemTotal")).split()[1])
        mem = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return f"{os.cpu_count()} cores, {mem}, Python {platform.python_version()}, load average {load}"


def table(rows: list[tuple[str, ...]], head: tuple[str, ...]) -> str:
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]
    line = "  ".join("-" * w for w in widths)
    fmt = "  ".join(f"{{:<{w}}}" if i == 0 else f"{{:>{w}}}" for i, w in enumerate(widths))
    return "\n".join([fmt.format(*head), line, *(fmt.format(*map(str, r)) for r in rows)])


def save(name: str, figures: dict[str, Any], path: str | None = None) -> Path:
    """Write the figures as JSON (benchmarks/results/NAME.json unless a path is given)."""
    target = Path(path) if path else RESULTS_DIR / f"{name}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    figures = {"benchmark": name, "at": time.strftime("%Y-%m-%d %H:%M:%S"), "machine": machine(), **figures}
    target.write_text(json.dumps(figures, indent=2, ensure_ascii=False, default=str) + "\n")
    return target


_SCRATCH: list[Path] = []
_KEEP = [os.environ.get("DRAFTER_BENCH_KEEP") == "1"]


def scratch(prefix: str) -> Path:
    """A temporary folder, removed when the benchmark exits (kept after a failure, or
    with DRAFTER_BENCH_KEEP=1, for the logs and databases in it)."""
    path = Path(tempfile.mkdtemp(prefix=f"drafter-{prefix}-"))
    _SCRATCH.append(path)
    return path


def keep_scratch() -> None:
    _KEEP[0] = True
    for path in _SCRATCH:
        print(f"kept for inspection: {path} (process logs under home/logs)")


@atexit.register
def _remove_scratch() -> None:
    if not _KEEP[0]:
        for path in _SCRATCH:
            shutil.rmtree(path, ignore_errors=True)
