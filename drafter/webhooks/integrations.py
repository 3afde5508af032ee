"""Integrations: a helpdesk connection of one tenant, with its webhook secret (incoming)
and callback URL and secret (outgoing). Secrets are shown once, at creation."""

from __future__ import annotations

import secrets
import uuid
from datetime import UTC, datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator
from sqlalchemy import select

from ..errors import InvalidInput, NotFound
from ..store.db import Database
from ..store.tables import Integration, utcnow

KINDS: tuple[str, ...] = ("zendesk", "freshdesk", "generic")
SCHEMES = {
    "zendesk": "zendesk: X-Zendesk-Webhook-Signature = base64(HMAC-SHA256(secret, timestamp + body)) + X-Zendesk-Webhook-Signature-Timestamp",
    "freshdesk": "drafter: X-Drafter-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, '<t>.' + body)>",
    "generic": "drafter: X-Drafter-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, '<t>.' + body)>",
}


def _url(v: str | None) -> str | None:
    if v is None or not v.strip():
        return None
    v = v.strip()
    if not v.startswith(("http://", "https://")):
        raise ValueError("callback_url must start with http:// or https://")
    return v


class IntegrationCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: str = Field(description="zendesk, freshdesk or generic")
    name: str = Field(default="", max_length=200)
    callback_url: str | None = Field(default=None, max_length=2000, description="where finished drafts are POSTed (signed)")
    signing_secret: str | None = Field(
        default=None, min_length=16, max_length=200,
        description="Zendesk: the webhook's signing secret, copied from Zendesk. Others: leave out to have one generated",
    )
    agent_name: str | None = Field(default=None, max_length=200, description="who signs the drafts (default: the brand's agent)")

    @field_validator("callback_url")
    @classmethod
    def _check(cls, v: str | None) -> str | None:
        return _url(v)


class IntegrationUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str | None = Field(default=None, max_length=200)
    callback_url: str | None = Field(default=None, max_length=2000, description="empty string removes it")
    signing_secret: str | None = Field(default=None, min_length=16, max_length=200)
    agent_name: str | None = Field(default=None, max_length=200)
    enabled: bool | None = None

    @field_validator("callback_url")
    @classmethod
    def _check(cls, v: str | None) -> str | None:
        return v if v == "" else _url(v)


class IntegrationInfo(BaseModel):
    id: str
    tenant: str
    kind: str
    name: str
    webhook_path: str = Field(description="POST incoming webhooks here (no API key: the signature authenticates)")
    signature: str = Field(description="how incoming webhooks must be signed")
    callback_url: str | None
    agent_name: str | None
    enabled: bool
    created_at: datetime
    created_by: str


class NewIntegration(IntegrationInfo):
    signing_secret: str = Field(description="verifies incoming webhooks; shown only now")
    callback_secret: str = Field(description="signs the callbacks drafter sends; verify them with it; shown only now")


def info(row: Integration) -> IntegrationInfo:
    created = row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=UTC)
    return IntegrationInfo(
        id=row.id, tenant=row.tenant, kind=row.kind, name=row.name, webhook_path=f"/v1/webhooks/{row.id}", signature=SCHEMES[row.kind],
        callback_url=row.callback_url, agent_name=row.agent_name, enabled=row.enabled, created_at=created, created_by=row.created_by,
    )


class IntegrationService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, req: IntegrationCreate, *, tenant: str, created_by: str) -> NewIntegration:
        if req.kind not in KINDS:
            raise InvalidInput(f"invalid kind {req.kind!r}; use one of {', '.join(KINDS)}")
        if req.kind == "zendesk" and not req.signing_secret:
            raise InvalidInput(
                "a zendesk integration needs signing_secret: create the webhook in Zendesk (Admin Center → Apps and integrations → "
                "Webhooks), then copy its signing secret here"
            )
        row = Integration(
            id="int_" + uuid.uuid4().hex[:16], tenant=tenant, kind=req.kind, name=req.name.strip(),
            signing_secret=req.signing_secret or "whsec_" + secrets.token_urlsafe(32), callback_url=req.callback_url,
            callback_secret="cbsec_" + secrets.token_urlsafe(32), agent_name=(req.agent_name or "").strip() or None,
            enabled=True, created_at=utcnow(), created_by=created_by, updated_at=utcnow(),
        )
        with self.db.session() as s:
            s.add(row)
        return NewIntegration(**info(row).model_dump(), signing_secret=row.signing_secret, callback_secret=row.callback_secret)

    def list(self, *, tenant: str | None) -> list[IntegrationInfo]:
        with self.db.session() as s:
            q = select(Integration).order_by(Integration.created_at, Integration.id)
            if tenant is not None:
                q = q.where(Integration.tenant == tenant)
            return [info(r) for r in s.scalars(q)]

    def row(self, integration_id: str, *, tenant: str | None) -> Integration:
        with self.db.session() as s:
            row = s.get(Integration, integration_id)
            if row is None or (tenant is not None and row.tenant != tenant):
                raise NotFound(f"integration {integration_id!r} not found")
            return row

    def get(self, integration_id: str, *, tenant: str) -> IntegrationInfo:
        return info(self.row(integration_id, tenant=tenant))

    def update(self, integration_id: str, req: IntegrationUpdate, *, tenant: str) -> IntegrationInfo:
        with self.db.session() as s:
            row = s.get(Integration, integration_id)
            if row is None or row.tenant != tenant:
                raise NotFound(f"integration {integration_id!r} not found")
            if req.name is not None:
                row.name = req.name.strip()
            if req.callback_url is not None:
                row.callback_url = req.callback_url or None
            if req.signing_secret is not None:
                row.signing_secret = req.signing_secret
            if req.agent_name is not None:
                row.agent_name = req.agent_name.strip() or None
            if req.enabled is not None:
                row.enabled = req.enabled
            row.updated_at = utcnow()
            s.flush()
            return info(row)
