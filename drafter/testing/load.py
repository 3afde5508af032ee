"""A load generator for `POST /v1/drafts`, against one or several drafter instances.

Two modes:
- `async`: every request is `"async": true`. A 202 is an accepted draft; a 429 is
  backpressure, and the client waits `Retry-After` and sends the same request again
  (with the same Idempotency-Key, so a retry can never make a second draft). At the end
  every accepted draft is read back: it must exist and be finished (`pending_review`,
  or `failed` with a reason), and its queue times give accepted → finished.
- `sync`: every request drafts inside the request; the answer's latency is the figure.
  When the model fails for good the answer is 503 with a `model_*` error that names the
  draft it kept as `failed`; that draft is read back like the others.

Requests go round-robin over the instances. A 5xx, a connection error or a draft that
cannot be read back is counted; the caller decides what is acceptable (the tests and
the benchmark accept none).
"""

from __future__ import annotations

import asyncio
import itertools
import re
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import httpx

from .stack import percentile

FINISHED = frozenset({"pending_review", "failed", "approved", "rejected", "superseded"})


@dataclass
class LoadResult:
    mode: str
    requested: int
    concurrency: int
    instances: int
    accepted: int = 0  # 201 (sync) or 202 (async), after any 429 retries
    throttled: int = 0  # 429 answers (each one retried)
    server_errors: int = 0  # 5xx answers
    internal_errors: int = 0  # 500 answers: never acceptable
    model_failed: int = 0  # sync: 503 model_* answers (the draft was kept as failed)
    error_codes: Counter[str] = field(default_factory=Counter)  # error.code of every non-2xx answer
    read_errors: int = 0  # 5xx while reading the drafts back (retried)
    unavailable: int = 0  # 503 store_unavailable answers that were retried (retry_unavailable)
    transport_errors: int = 0  # connection refused / reset / timed out, 4 times in a row (given up)
    transport_retried: int = 0  # such errors after which the request was sent again
    transport_kinds: Counter[str] = field(default_factory=Counter)
    other: Counter[int] = field(default_factory=Counter)  # any other status
    statuses: Counter[str] = field(default_factory=Counter)  # final draft statuses
    missing: int = 0  # accepted but not found afterwards (lost)
    unfinished: int = 0  # accepted but still queued or drafting at the deadline
    failed_reasons: Counter[str] = field(default_factory=Counter)
    request_ms: list[float] = field(default_factory=list)  # answer latency of accepted requests
    finish_ms: list[float] = field(default_factory=list)  # async: accepted -> finished (server clock)
    submit_s: float = 0.0  # first request -> last answer
    total_s: float = 0.0  # first request -> every draft finished
    calls: int = 0  # model calls made by the finished drafts
    ids: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """A healthy run: every request accepted, no 5xx, every draft found and finished."""
        return self.ok_under_faults and self.server_errors == 0 and self.accepted == self.requested

    @property
    def ok_under_faults(self) -> bool:
        """A run against a failing model: no 500, the only 5xx are 503s naming a failed draft,
        and every draft is found and finished (completed, or failed with its reason)."""
        return (self.internal_errors == 0 and self.transport_errors == 0 and self.missing == 0 and self.unfinished == 0
                and self.server_errors == self.model_failed and self.accepted + self.model_failed == self.requested
                and all(r != "no reason given" for r in self.failed_reasons))

    def figures(self) -> dict[str, Any]:
        def pct(xs: list[float]) -> dict[str, float]:
            return {"p50": round(percentile(xs, 0.5), 1), "p95": round(percentile(xs, 0.95), 1), "max": round(max(xs), 1) if xs else float("nan")}

        return {
            "mode": self.mode, "requested": self.requested, "concurrency": self.concurrency, "instances": self.instances,
            "accepted": self.accepted, "throttled_429": self.throttled, "server_errors_5xx": self.server_errors,
            "internal_errors_500": self.internal_errors, "model_failed_503": self.model_failed,
            "store_unavailable_503_retried": self.unavailable, "read_errors_5xx": self.read_errors, "error_codes": dict(self.error_codes),
            "transport_errors": self.transport_errors, "transport_retried": self.transport_retried, "transport_kinds": dict(self.transport_kinds), "other_statuses": dict(self.other), "final_statuses": dict(self.statuses),
            "missing": self.missing, "unfinished": self.unfinished, "failed_reasons": dict(self.failed_reasons.most_common(8)),
            "request_ms": pct(self.request_ms), "accepted_to_finished_ms": pct(self.finish_ms),
            "submit_s": round(self.submit_s, 2), "total_s": round(self.total_s, 2),
            "drafts_per_s": round(self.accepted / self.total_s, 2) if self.total_s else None,
            "model_calls_per_draft": round(self.calls / max(1, sum(self.statuses.values())), 2), "ok": self.ok,
        }

    def lines(self) -> list[str]:
        f = self.figures()
        out = [
            f"{self.mode}: {self.requested} drafts at concurrency {self.concurrency} over {self.instances} instance(s): "
            f"{self.accepted} accepted, {self.throttled} answered 429 (retried), {self.server_errors} 5xx ({self.internal_errors} of them 500), "
            f"{self.transport_errors} transport errors ({self.transport_retried} retried: {dict(self.transport_kinds)})"
            + (f", error codes {dict(self.error_codes)}" if self.error_codes else ""),
            f"  request latency p50 {f['request_ms']['p50']:.0f} ms, p95 {f['request_ms']['p95']:.0f} ms, max {f['request_ms']['max']:.0f} ms",
        ]
        if self.mode == "async":
            out.append(f"  accepted -> finished p50 {f['accepted_to_finished_ms']['p50']:.0f} ms, p95 {f['accepted_to_finished_ms']['p95']:.0f} ms")
        out.append(f"  all finished in {self.total_s:.1f} s ({f['drafts_per_s']} drafts/s); final statuses {dict(self.statuses)}; "
                   f"missing {self.missing}, unfinished {self.unfinished}")
        if self.failed_reasons:
            out.append(f"  failed because: {dict(self.failed_reasons.most_common(4))}")
        return out


_KEPT = re.compile(r"failed draft (d_[0-9a-f]+)")


def _error_code(r: httpx.Response) -> str:
    try:
        return str(r.json()["error"]["code"])
    except (ValueError, KeyError, TypeError):
        return f"http_{r.status_code}_not_json"


def _ts(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


async def run_load(
    urls: list[str], key: str, bodies: Callable[[int], dict[str, Any]], *, drafts: int, concurrency: int, mode: str = "async",
    finish_timeout_s: float = 600.0, request_timeout_s: float = 600.0, max_retry_after_s: float = 5.0,
    pace_per_s: float | None = None, retry_unavailable: bool = False,
) -> LoadResult:
    """Send `drafts` requests (`bodies(i)` is the i-th body) and check every accepted draft.

    `pace_per_s` spreads the requests out (steady arrivals instead of a burst);
    `retry_unavailable` sends a request again after a 503 `store_unavailable` (the
    database is away), as a helpdesk would retry a webhook.
    """
    if mode not in ("async", "sync"):
        raise ValueError("mode is async or sync")
    res = LoadResult(mode, drafts, concurrency, len(urls))
    run_tag = uuid.uuid4().hex[:8]
    limits = httpx.Limits(max_connections=concurrency + 20, max_keepalive_connections=concurrency + 20)
    headers = {"Authorization": f"Bearer {key}"}
    clients = [httpx.AsyncClient(base_url=u, headers=headers, timeout=request_timeout_s, limits=limits) for u in urls]
    counter = iter(range(drafts))
    spread = itertools.cycle(range(len(clients)))
    t0 = time.perf_counter()

    async def one(i: int) -> None:
        if pace_per_s:
            await asyncio.sleep(max(0.0, t0 + i / pace_per_s - time.perf_counter()))
        c = clients[next(spread)]
        body = dict(bodies(i))
        if mode == "async":
            body["async"] = True
        idem = {"Idempotency-Key": f"load-{run_tag}-{i}"}
        broken = 0
        while True:
            started = time.perf_counter()
            try:
                r = await c.post("/v1/drafts", json=body, headers=idem)
            except httpx.TransportError as exc:
                # A kept-alive connection the server closed as it was reused, a reset: the
                # Idempotency-Key makes sending it again safe (it can't make a second draft).
                res.transport_kinds[type(exc).__name__] += 1
                broken += 1
                if broken > 3:
                    res.transport_errors += 1
                    return
                res.transport_retried += 1
                await asyncio.sleep(0.5 * broken)
                continue
            took = (time.perf_counter() - started) * 1000
            if r.status_code == 429:
                res.throttled += 1
                await asyncio.sleep(min(max_retry_after_s, float(r.headers.get("retry-after", "1") or 1)))
                continue
            if r.status_code not in (201, 202):
                code = _error_code(r)
                res.error_codes[code] += 1
                if retry_unavailable and r.status_code == 503 and code == "store_unavailable":
                    res.unavailable += 1
                    await asyncio.sleep(1.0)
                    continue
                if r.status_code >= 500:
                    res.server_errors += 1
                    res.internal_errors += r.status_code == 500
                    kept = _KEPT.search(r.text) if r.status_code == 503 and code.startswith("model_") else None
                    if kept:
                        res.model_failed += 1
                        res.ids.append(kept.group(1))
                        return
                res.other[r.status_code] += 1
                return
            res.accepted += 1
            res.request_ms.append(took)
            res.ids.append(str(r.json()["id"]))
            return

    async def worker() -> None:
        for i in counter:
            await one(i)

    try:
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        res.submit_s = time.perf_counter() - t0
        await _check(res, clients, t0, finish_timeout_s)
    finally:
        for c in clients:
            await c.aclose()
    return res


async def _check(res: LoadResult, clients: list[httpx.AsyncClient], t0: float, timeout_s: float) -> None:
    """Read every accepted draft back until all are finished (or the deadline passes)."""
    pending = list(res.ids)
    views: dict[str, dict[str, Any]] = {}
    deadline = time.monotonic() + timeout_s
    sem = asyncio.Semaphore(16)
    spread = itertools.cycle(clients)

    async def read(draft_id: str) -> None:
        async with sem:
            c = next(spread)
            for _ in range(5):  # a read may meet a restarting instance; try another
                try:
                    r = await c.get(f"/v1/drafts/{draft_id}")
                except httpx.TransportError:
                    c = next(spread)
                    await asyncio.sleep(0.5)
                    continue
                if r.status_code == 200:
                    views[draft_id] = r.json()
                elif r.status_code == 404:
                    views[draft_id] = {"status": "missing"}
                elif r.status_code >= 500:
                    res.read_errors += 1
                    res.internal_errors += r.status_code == 500
                    await asyncio.sleep(0.5)
                    continue
                return

    # Cheap first: wait until the tenant has nothing queued or drafting, then read each draft.
    while time.monotonic() < deadline and await _busy(clients[0]):
        await asyncio.sleep(1.0)
    while pending:
        await asyncio.gather(*(read(i) for i in pending))
        pending = [i for i in pending if views.get(i, {}).get("status") not in FINISHED | {"missing"}]
        if not pending or time.monotonic() > deadline:
            break
        await asyncio.sleep(1.0 if len(pending) > 50 else 0.3)
    res.total_s = time.perf_counter() - t0
    for draft_id in res.ids:
        v = views.get(draft_id, {})
        status = str(v.get("status", "unread"))
        if status == "missing":
            res.missing += 1
            continue
        if status not in FINISHED:
            res.unfinished += 1
        res.statuses[status] += 1
        if status == "failed":
            res.failed_reasons[str(v.get("error") or "no reason given")[:120]] += 1
        res.calls += int((v.get("usage") or {}).get("calls") or 0)
        job = v.get("job") or {}
        queued, finished = _ts(job.get("queued_at")), _ts(job.get("finished_at"))
        if res.mode == "async" and queued and finished:
            res.finish_ms.append((finished - queued).total_seconds() * 1000)


async def _busy(c: httpx.AsyncClient) -> bool:
    """Whether the tenant still has drafts queued (waiting or between attempts) or drafting."""
    for status in ("queued", "drafting"):
        try:
            r = await c.get("/v1/drafts", params={"status": status, "limit": 1})
        except httpx.TransportError:
            return True
        if r.status_code != 200 or r.json():
            return True
    return False
