"""Sending callbacks: claim due deliveries, POST the signed draft, record the outcome,
and back off exponentially on failure until the last attempt marks it failed.

A delivery is claimed like a draft (conditional UPDATE to `sending` with a token and a
short lease), so several processes can send without sending one delivery twice at once;
a sender that dies mid-request leaves a `sending` row whose lease runs out, and the next
sender retries it. Receivers should still de-duplicate on `X-Drafter-Delivery` (the
same id on every attempt): a timeout can hide a callback that did arrive.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx
from sqlalchemy import or_, select, update
from sqlalchemy.engine import CursorResult

from .. import __version__
from ..services.container import Services
from ..services.drafts import DraftService
from ..store.tables import Delivery, Integration, utcnow
from ..webhooks.signing import DRAFTER_HEADER, sign
from ..worker.lease import new_token
from ..worker.queue import backoff_s

log = logging.getLogger("drafter.delivery")
LOG_KEEP = 20  # attempts kept in a delivery's log


@dataclass(frozen=True)
class Claim:
    id: str
    token: str
    attempt: int


@dataclass(frozen=True)
class Prepared:
    url: str
    body: bytes
    headers: dict[str, str]


class Deliverer:
    def __init__(self, services: Services, *, concurrency: int = 8) -> None:
        self.s = services
        self.settings = services.settings
        self.concurrency = concurrency
        self.sent = 0
        self.failed_attempts = 0

    # -- database side (blocking; called through asyncio.to_thread)

    def claim(self, limit: int) -> list[Claim]:
        now = utcnow()
        due = or_(
            (Delivery.state == "pending") & (Delivery.next_attempt_at <= now),
            (Delivery.state == "sending") & (Delivery.lease_until < now),  # its sender died mid-request
        )
        with self.s.db.session() as s:
            ids = list(s.scalars(select(Delivery.id).where(due).order_by(Delivery.next_attempt_at).limit(limit)))
        claims: list[Claim] = []
        hold = timedelta(seconds=self.settings.callback_timeout_s * 2 + 30)
        for delivery_id in ids:
            token = new_token()
            with self.s.db.session() as s:
                res = s.execute(
                    update(Delivery).where(Delivery.id == delivery_id, due)
                    .values(state="sending", token=token, lease_until=now + hold, attempts=Delivery.attempts + 1, updated_at=now)
                    .execution_options(synchronize_session=False)
                )
                if isinstance(res, CursorResult) and res.rowcount == 1:
                    d = s.get(Delivery, delivery_id, populate_existing=True)
                    assert d is not None
                    claims.append(Claim(delivery_id, token, d.attempts))
        return claims

    def prepare(self, c: Claim) -> Prepared | None:
        with self.s.db.session() as s:
            d = s.get(Delivery, c.id)
            integ = s.get(Integration, d.integration_id) if d is not None else None
            if d is None or integ is None:
                return None
            url, secret, event, draft_id, tenant, integration_id = integ.callback_url, integ.callback_secret, d.event, d.draft_id, d.tenant, integ.id
        if not url:
            self.record(c, status=None, error="the integration has no callback_url any more", ms=0, final=True)
            return None
        draft = DraftService(self.s).get(draft_id, tenant=tenant)
        payload: dict[str, Any] = {
            "id": c.id, "event": event, "attempt": c.attempt, "sent_at": utcnow().isoformat(), "integration_id": integration_id,
            "ticket_id": draft.ticket_id, "draft": draft.model_dump(mode="json"),
        }
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        headers = {
            "Content-Type": "application/json", "User-Agent": f"drafter/{__version__}", DRAFTER_HEADER: sign(secret, body),
            "X-Drafter-Event": event, "X-Drafter-Delivery": c.id,
        }
        return Prepared(url, body, headers)

    def record(self, c: Claim, *, status: int | None, error: str | None, ms: int, retry_after: float | None = None, final: bool = False) -> str:
        now = utcnow()
        ok = status is not None and 200 <= status < 300
        with self.s.db.session() as s:
            d = s.get(Delivery, c.id)
            if d is None or d.token != c.token:
                return "lost"
            entry = {"at": now.isoformat(), "attempt": c.attempt, "status": status, "error": error, "ms": ms}
            d.log = [*(d.log or [])[-(LOG_KEEP - 1):], entry]
            d.last_status, d.last_error, d.token, d.lease_until, d.updated_at = status, error, None, None, now
            if ok:
                d.state, d.delivered_at, d.last_error = "delivered", now, None
            elif final or c.attempt >= d.max_attempts:
                d.state = "failed"
                d.last_error = f"gave up after {c.attempt} attempt{'s' if c.attempt != 1 else ''}: {error or f'HTTP {status}'}"
            else:
                wait = backoff_s(c.attempt, self.settings.callback_retry_base_s, self.settings.callback_retry_max_s)
                if retry_after is not None:
                    wait = max(wait, min(retry_after, self.settings.callback_retry_max_s))
                d.state, d.next_attempt_at = "pending", now + timedelta(seconds=wait)
            return d.state

    # -- the network side

    async def send_one(self, client: httpx.AsyncClient, c: Claim) -> str:
        try:
            prepared = await asyncio.to_thread(self.prepare, c)
        except Exception as exc:  # the database may be down; the claim's lease will run out and it is retried
            log.warning("delivery %s: could not prepare: %s", c.id, type(exc).__name__)
            return "error"
        if prepared is None:
            return "skipped"
        started = time.perf_counter()
        status: int | None = None
        error: str | None = None
        retry_after: float | None = None
        try:
            resp = await client.post(prepared.url, content=prepared.body, headers=prepared.headers)
            status = resp.status_code
            if not 200 <= status < 300:
                error = f"HTTP {status}"
                ra = resp.headers.get("retry-after", "")
                retry_after = float(ra) if ra.strip().isdigit() else None
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__}: {str(exc)[:200]}" if str(exc) else type(exc).__name__
        ms = int((time.perf_counter() - started) * 1000)
        if error:
            self.failed_attempts += 1
        else:
            self.sent += 1
        try:
            state = await asyncio.to_thread(self.record, c, status=status, error=error, ms=ms, retry_after=retry_after)
        except Exception as exc:
            log.warning("delivery %s: could not record the attempt: %s", c.id, type(exc).__name__)
            return "error"
        log.info("delivery %s attempt %d -> %s (%s)", c.id, c.attempt, state, error or status)
        return state

    async def run(self, stop: asyncio.Event, wake: asyncio.Event | None = None, *, poll_s: float = 1.0) -> None:
        async with httpx.AsyncClient(timeout=self.settings.callback_timeout_s, follow_redirects=False) as client:
            while not stop.is_set():
                try:
                    claims = await asyncio.to_thread(self.claim, self.concurrency)
                except Exception as exc:
                    log.warning("could not claim deliveries: %s", type(exc).__name__)
                    claims = []
                if claims:
                    await asyncio.gather(*(self.send_one(client, c) for c in claims))
                    continue
                waiters = [asyncio.ensure_future(stop.wait())] + ([asyncio.ensure_future(wake.wait())] if wake is not None else [])
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait(waiters, timeout=poll_s, return_when=asyncio.FIRST_COMPLETED)
                for w in waiters:
                    w.cancel()
                if wake is not None:
                    wake.clear()
