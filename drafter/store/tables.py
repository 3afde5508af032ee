"""SQL tables. Every row carries its tenant; queries always filter on it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}  # noqa: RUF012 - SQLAlchemy reads it from the class


class TenantConfig(Base):
    """brand, authority and topics of a tenant's knowledge folder (JSON)."""

    __tablename__ = "tenant_config"
    tenant: Mapped[str] = mapped_column(String(100), primary_key=True)
    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    content_hash: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Customer(Base):
    __tablename__ = "customers"
    tenant: Mapped[str] = mapped_column(String(100), primary_key=True)
    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    language: Mapped[str] = mapped_column(String(10))
    email: Mapped[str | None] = mapped_column(String(300), nullable=True)
    plan: Mapped[str | None] = mapped_column(String(200), nullable=True)
    profile: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # contracts, tenure, address...
    content_hash: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class CustomerEvent(Base):
    __tablename__ = "customer_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tenant: Mapped[str] = mapped_column(String(100))
    customer_id: Mapped[str] = mapped_column(String(200))
    seq: Mapped[int] = mapped_column(Integer)
    date: Mapped[str] = mapped_column(String(40))
    type: Mapped[str] = mapped_column(String(50))
    channel: Mapped[str | None] = mapped_column(String(50), nullable=True)
    text: Mapped[str] = mapped_column(Text, default="")
    amount: Mapped[float | None] = mapped_column(Float, nullable=True)
    currency: Mapped[str | None] = mapped_column(String(10), nullable=True)
    topic: Mapped[str | None] = mapped_column(String(100), nullable=True)
    __table_args__ = (Index("ix_events_customer", "tenant", "customer_id"),)


class DraftRow(Base):
    __tablename__ = "drafts"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    tenant: Mapped[str] = mapped_column(String(100), index=True)
    status: Mapped[str] = mapped_column(String(20), index=True)
    customer_id: Mapped[str] = mapped_column(String(200))
    ticket_id: Mapped[str | None] = mapped_column(String(200), nullable=True)
    channel: Mapped[str | None] = mapped_column(String(50), nullable=True)
    request: Mapped[dict[str, Any]] = mapped_column(JSON)  # the accepted request, as sent
    language: Mapped[str] = mapped_column(String(10), default="")
    intent: Mapped[str] = mapped_column(String(30), default="")
    reply: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # sources, actions, evaluation, plan, usage
    model: Mapped[str] = mapped_column(String(200), default="")
    prompt_version: Mapped[str] = mapped_column(String(100), default="")
    latency_ms: Mapped[int] = mapped_column(Integer, default=0)
    priority: Mapped[float] = mapped_column(Float, default=0.0)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    parent_id: Mapped[str | None] = mapped_column(String(40), ForeignKey("drafts.id"), nullable=True)
    idempotency_key: Mapped[str | None] = mapped_column(String(200), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    __table_args__ = (
        UniqueConstraint("tenant", "idempotency_key", name="uq_draft_idempotency"),
        # Versions form a chain: a draft is regenerated at most once, so two concurrent
        # regenerations of one draft can't both create a "version 2".
        Index("uq_draft_parent", "parent_id", unique=True),
        Index("ix_drafts_queue", "tenant", "status", "priority", "created_at"),
    )


class DraftEvent(Base):
    """Append-only audit trail of a draft: every transition and decision."""

    __tablename__ = "draft_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    draft_id: Mapped[str] = mapped_column(String(40), ForeignKey("drafts.id"), index=True)
    tenant: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(50))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)


class ApiKey(Base):
    """An API key, stored as the SHA-256 of the secret (the secret is shown once)."""

    __tablename__ = "api_keys"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)  # public id, e.g. k_3f9a0c1d2e4b
    tenant: Mapped[str] = mapped_column(String(100), index=True)
    role: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200), default="")  # a label, usually the agent's name
    secret_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(20))  # first characters, to recognise a key in lists
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class Decision(Base):
    """An agent's decision on one draft version: approved (with the final text) or rejected.

    One per draft (unique draft_id): a second decision can't be stored even if two
    requests raced past the status check.
    """

    __tablename__ = "decisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    draft_id: Mapped[str] = mapped_column(String(40), ForeignKey("drafts.id"), unique=True)
    tenant: Mapped[str] = mapped_column(String(100), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # approved | rejected
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    key_id: Mapped[str | None] = mapped_column(String(40), nullable=True)
    agent: Mapped[str] = mapped_column(String(200), default="")
    final_text: Mapped[str | None] = mapped_column(Text, nullable=True)
    edited: Mapped[bool] = mapped_column(Boolean, default=False)
    diff: Mapped[str] = mapped_column(Text, default="")
    edit_distance: Mapped[int] = mapped_column(Integer, default=0)
    edit_ratio: Mapped[float] = mapped_column(Float, default=0.0)
    evaluation: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)  # of the final text
    blocking_failures: Mapped[list[Any]] = mapped_column(JSON, default=list)
    override_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)  # why it was rejected


# ---------------------------------------------------------------- asynchronous drafting (helpdesk issue)


class DraftJob(Base):
    """The queue entry and lease of one draft (the draft's own row holds its status).

    `ready` jobs wait for `available_at`; a worker claims one by a conditional UPDATE to
    `leased` with a fresh `token` and a `lease_until` it keeps extending while it works.
    Everything a worker writes afterwards is conditional on that token, so a worker whose
    lease expired (and whose job was re-claimed) can never store a result.
    """

    __tablename__ = "draft_jobs"
    draft_id: Mapped[str] = mapped_column(String(40), ForeignKey("drafts.id"), primary_key=True)
    tenant: Mapped[str] = mapped_column(String(100))
    state: Mapped[str] = mapped_column(String(20))  # ready | leased | done | failed | cancelled
    attempts: Mapped[int] = mapped_column(Integer, default=0)  # claims so far, this one included
    max_attempts: Mapped[int] = mapped_column(Integer, default=5)
    available_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    lease_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    owner: Mapped[str | None] = mapped_column(String(200), nullable=True)  # host:pid/slot, for people
    token: Mapped[str | None] = mapped_column(String(40), nullable=True)  # the fence, for code
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    enqueued_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    first_claimed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True, index=True)
    __table_args__ = (Index("ix_jobs_due", "state", "available_at"), Index("ix_jobs_lease", "state", "lease_until"))


class Integration(Base):
    """A helpdesk (or any system) that sends tickets by webhook and gets drafts back.

    Both secrets are kept as given: HMAC needs the secret itself on both ends, like the
    helpdesk keeps it. They are shown once when created and never returned or logged after.
    """

    __tablename__ = "integrations"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)  # int_…
    tenant: Mapped[str] = mapped_column(String(100), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # zendesk | freshdesk | generic
    name: Mapped[str] = mapped_column(String(200), default="")
    signing_secret: Mapped[str] = mapped_column(String(200))  # verifies incoming webhooks
    callback_url: Mapped[str | None] = mapped_column(String(2000), nullable=True)
    callback_secret: Mapped[str] = mapped_column(String(200))  # signs outgoing callbacks
    agent_name: Mapped[str | None] = mapped_column(String(200), nullable=True)  # who signs drafts, if not the brand's agent
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Delivery(Base):
    """One callback to an integration (a finished or failed draft), with its retries."""

    __tablename__ = "deliveries"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)  # dl_…
    tenant: Mapped[str] = mapped_column(String(100), index=True)
    integration_id: Mapped[str] = mapped_column(String(40), ForeignKey("integrations.id"), index=True)
    draft_id: Mapped[str] = mapped_column(String(40), ForeignKey("drafts.id"), index=True)
    event: Mapped[str] = mapped_column(String(40))  # draft.ready | draft.failed
    state: Mapped[str] = mapped_column(String(20))  # pending | sending | delivered | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    max_attempts: Mapped[int] = mapped_column(Integer, default=8)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    lease_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    token: Mapped[str | None] = mapped_column(String(40), nullable=True)
    url: Mapped[str | None] = mapped_column(String(2000), nullable=True)  # where the last attempt went
    last_status: Mapped[int | None] = mapped_column(Integer, nullable=True)  # HTTP status of the last attempt
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    log: Mapped[list[Any]] = mapped_column(JSON, default=list)  # the last attempts: at, status, error, ms
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    __table_args__ = (Index("ix_deliveries_due", "state", "next_attempt_at"),)
