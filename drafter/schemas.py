"""The JSON shapes of CONTRACTS.md (scoring input/output, drafts) as pydantic models.

Contract fields are never renamed or removed here; new fields are additions.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Intent = Literal[
    "cancel",
    "refund",
    "billing_dispute",
    "complaint",
    "service_outage",
    "reschedule",
    "question",
    "praise",
]
INTENTS: tuple[str, ...] = (
    "cancel",
    "refund",
    "billing_dispute",
    "complaint",
    "service_outage",
    "reschedule",
    "question",
    "praise",
)
# Intents where the company is at fault, so a plain apology is owed (RUBRIC R3).
AT_FAULT_INTENTS: frozenset[str] = frozenset({"complaint", "billing_dispute", "service_outage"})

Severity = Literal["blocking", "advisory"]

CHECK_NAMES: tuple[str, ...] = (
    "greeting",
    "signature",
    "apology",
    "ownership",
    "no_redirect",
    "next_step",
    "grounded",
    "no_upsell",
    "follow_up",
    "language",
    "clean_text",
    "tone",
)


class _Lenient(BaseModel):
    # Unknown extra fields are ignored (CONTRACTS.md).
    model_config = ConfigDict(extra="ignore")


class Person(_Lenient):
    name: str = ""


class Agent(_Lenient):
    name: str = ""
    brand: str = ""


class Source(_Lenient):
    id: str
    text: str
    title: str = ""


class ScoringInput(_Lenient):
    """One reply to evaluate, with what it may rely on."""

    id: str = ""
    language: str = "en"
    intent: Intent | None = None
    customer: Person = Field(default_factory=Person)
    agent: Agent = Field(default_factory=Agent)
    message: str = ""
    sources: list[Source] = Field(default_factory=list)
    draft: str


class CheckResult(BaseModel):
    name: str
    passed: bool
    applicable: bool = True
    severity: Severity = "blocking"
    evidence: str = ""
    explanation: str = ""
    suggestion: str = ""
    # Extensions (not in the contract's minimum):
    # character offsets of `evidence` in the reply, when it is a span of the reply
    span: tuple[int, int] | None = None
    # False when the check could not run for this language ("not evaluated"); then
    # passed=True and applicable=False, so it never counts as a pass or a failure.
    evaluated: bool = True
    # who found it: deterministic rules, or the optional LLM judge
    by: Literal["rules", "judge"] = "rules"
    # e.g. every unsupported commitment for `grounded`
    details: list[dict[str, Any]] = Field(default_factory=list)


class EvalResult(BaseModel):
    id: str = ""
    passed: bool
    checks: list[CheckResult]
    # Extensions
    blocking_failures: list[str] = Field(default_factory=list)
    advisory_failures: list[str] = Field(default_factory=list)

    def check(self, name: str) -> CheckResult:
        for c in self.checks:
            if c.name == name:
                return c
        raise KeyError(name)


class CheckTally(BaseModel):
    failed: int = 0
    passed: int = 0
    not_applicable: int = 0
    not_evaluated: int = 0


class ScoringSummary(BaseModel):
    total: int
    passed: int
    by_check: dict[str, CheckTally]
    invalid_lines: int = 0


class ScoringReport(BaseModel):
    results: list[EvalResult]
    summary: ScoringSummary
    errors: list[dict[str, Any]] = Field(default_factory=list)


# ---------------------------------------------------------------- drafts (HTTP API)

DraftStatus = Literal["queued", "drafting", "pending_review", "approved", "rejected", "failed", "superseded"]


class DraftRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    customer_id: str = Field(min_length=1, max_length=200)
    message: str = Field(min_length=1, max_length=50_000)
    channel: str | None = Field(default=None, max_length=50)
    subject: str | None = Field(default=None, max_length=1_000)
    ticket_id: str | None = Field(default=None, max_length=200)
    agent: Agent | None = None
    language: str | None = Field(default=None, max_length=10)
    async_: bool = Field(default=False, alias="async")


class Usage(BaseModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    cost_usd: float | None = None
    calls: int = 0


class DraftAction(BaseModel):
    kind: str
    description: str
    amount: float | None = None
    currency: str | None = None
    source_id: str | None = None


class SourceRef(BaseModel):
    id: str
    title: str = ""
    text: str = ""


class Draft(BaseModel):
    id: str
    status: DraftStatus
    reply: str = ""
    language: str = ""
    intent: str = ""
    sources: list[SourceRef] = Field(default_factory=list)
    actions: list[DraftAction] = Field(default_factory=list)
    evaluation: EvalResult | None = None
    model: str = ""
    usage: Usage = Field(default_factory=Usage)
    latency_ms: int = 0
    created_at: datetime
    # Extensions
    tenant: str = "default"
    customer_id: str = ""
    ticket_id: str | None = None
    channel: str | None = None
    sentiment: float | None = None
    urgency: float | None = None
    plan: dict[str, Any] | None = None
    prompt_version: str = ""
    planner: str = ""
    revisions: int = 0
    error: str | None = None
    notes: list[str] = Field(default_factory=list)
