"""An incoming webhook, from raw bytes to a queued draft.

Order matters: the signature is checked on the raw body before anything is parsed; a
duplicate is recognised before the queue is asked for room (a helpdesk retrying an
accepted event must get its draft id back even when the queue is full); the draft and
its queue entry are written in one transaction before the 202 goes out.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from sqlalchemy import func, select

from ..errors import Conflict, InvalidInput, NotFound, Unauthorized
from ..schemas import Agent, DraftRequest
from ..services.container import Services
from ..services.drafts import DraftService
from ..store.tables import Customer, DraftRow, Integration
from ..worker.queue import JobQueue
from . import signing
from .adapters import PARSERS, BadPayload, Ignored, TicketEvent

log = logging.getLogger("drafter.webhooks")


class UnknownCustomer(InvalidInput):
    code = "unknown_customer"


@dataclass
class IntakeResult:
    status: str  # queued | duplicate | ignored
    integration_id: str
    draft_id: str | None = None
    draft_status: str | None = None
    ticket_id: str | None = None
    reason: str | None = None

    def body(self) -> dict[str, Any]:
        out: dict[str, Any] = {"status": self.status, "integration_id": self.integration_id}
        if self.draft_id:
            out |= {
                "id": self.draft_id, "draft_status": self.draft_status, "ticket_id": self.ticket_id, "duplicate": self.status == "duplicate",
                "links": {"draft": f"/v1/drafts/{self.draft_id}", "events": f"/v1/drafts/{self.draft_id}/events"},
            }
        if self.reason:
            out["reason"] = self.reason
        return out


def idempotency_key(integration_id: str, event_key: str) -> str:
    key = f"wh:{integration_id}:{event_key}"
    # The column holds 200 characters; long helpdesk ids are hashed, not cut (cutting could collide).
    return key if len(key) <= 200 else f"wh:{integration_id}:h{hashlib.sha256(event_key.encode()).hexdigest()}"


class WebhookIntake:
    def __init__(self, services: Services) -> None:
        self.s = services
        self.drafts = DraftService(services)

    def receive(self, integration_id: str, headers: Mapping[str, str], body: bytes) -> IntakeResult:
        integ = self._integration(integration_id)
        self._verify(integ, headers, body)
        try:
            payload = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise BadPayload("the body is not JSON (UTF-8)") from None
        if not isinstance(payload, Mapping):
            raise BadPayload("the body must be a JSON object")
        try:
            event = PARSERS[integ.kind](payload, headers)
        except Ignored as why:
            return IntakeResult(status="ignored", integration_id=integ.id, reason=why.reason)
        key = idempotency_key(integ.id, event.event_key)
        existing = self._existing(integ.tenant, key)
        if existing is not None:
            return IntakeResult("duplicate", integ.id, existing.id, existing.status, existing.ticket_id)
        customer_id = self._customer(integ.tenant, event)
        JobQueue(self.s).check_capacity()
        request = self._request(integ, event, customer_id)
        try:
            draft_id = self.drafts.accept(request, tenant=integ.tenant, actor=f"integration:{integ.id}", idempotency_key=key, enqueue=True)
        except Conflict:
            # The same event arrived twice at once; the other request created the draft.
            existing = self._existing(integ.tenant, key)
            if existing is None:
                raise
            return IntakeResult("duplicate", integ.id, existing.id, existing.status, existing.ticket_id)
        return IntakeResult("queued", integ.id, draft_id, "queued", event.ticket_id)

    def _integration(self, integration_id: str) -> Integration:
        with self.s.db.session() as s:
            integ = s.get(Integration, integration_id)
            if integ is None or not integ.enabled:
                raise NotFound(f"integration {integration_id!r} not found or disabled")
            return integ

    def _verify(self, integ: Integration, headers: Mapping[str, str], body: bytes) -> None:
        tolerance = self.s.settings.webhook_tolerance_s
        try:
            if integ.kind == "zendesk":
                signing.verify_zendesk(
                    integ.signing_secret, body, headers.get(signing.ZENDESK_SIGNATURE), headers.get(signing.ZENDESK_TIMESTAMP), tolerance_s=tolerance,
                )
            else:
                signing.verify(integ.signing_secret, body, headers.get(signing.DRAFTER_HEADER), tolerance_s=tolerance)
        except signing.SignatureError as exc:
            log.warning("webhook for %s refused: %s", integ.id, "stale timestamp" if exc.stale else "bad signature")
            raise Unauthorized(exc.message, code="stale_signature" if exc.stale else "invalid_signature") from None

    def _existing(self, tenant: str, key: str) -> DraftRow | None:
        with self.s.db.session() as s:
            return s.scalars(select(DraftRow).where(DraftRow.tenant == tenant, DraftRow.idempotency_key == key)).first()

    def _customer(self, tenant: str, event: TicketEvent) -> str:
        """drafter's customer for the requester: the id the payload names, else the
        requester's external id, email (case-insensitive) or helpdesk id."""
        r = event.requester
        with self.s.db.session() as s:
            for cid in (event.customer_id, r.external_id, r.id):
                if cid and s.get(Customer, (tenant, cid)) is not None:
                    return cid
            if r.email:
                found = s.scalars(
                    select(Customer.id).where(Customer.tenant == tenant, func.lower(Customer.email) == r.email.lower()).limit(1)
                ).first()
                if found:
                    return str(found)
        tried = ", ".join(f"{k} {v!r}" for k, v in (("customer_id", event.customer_id), ("external_id", r.external_id), ("email", r.email), ("requester id", r.id)) if v)
        raise UnknownCustomer(f"no customer matches the requester ({tried or 'no id or email in the payload'}); ingest the customer or send its id")

    def _request(self, integ: Integration, event: TicketEvent, customer_id: str) -> dict[str, Any]:
        agent = event.agent_name or integ.agent_name
        try:
            req = DraftRequest(
                customer_id=customer_id, message=event.message[:50_000], subject=(event.subject or None) and event.subject[:1_000],
                channel=event.channel, ticket_id=(event.ticket_id or None) and event.ticket_id[:200], language=event.language,
                agent=Agent(name=agent) if agent else None,
            )
        except ValidationError as exc:
            raise BadPayload(f"the payload maps to an invalid draft request: {exc.errors()[0].get('msg', 'invalid')}") from None
        out = req.model_dump(mode="json", exclude={"async_"})
        out["integration_id"] = integ.id
        out["source"] = {"kind": integ.kind, "event": event.event_key, "url": event.url}
        return out
