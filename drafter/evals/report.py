"""The run report (`--output REPORT.json`): what every case generated and how it scored,
per-check pass rates, thresholds, and (with --baseline) what changed. Also the input of
--baseline, the JUnit writer and the HTML report."""

from __future__ import annotations

import json
from typing import Literal

from pydantic import BaseModel, Field

from ..schemas import CHECK_NAMES, EvalResult, Usage
from .schema import Thresholds

REPORT_FORMAT = "drafter.evals.report/1"

ExpectationKind = Literal["intent", "language", "passed", "check", "states", "never", "error"]


class ExpectationResult(BaseModel):
    name: str  # "intent", "check:grounded", "states:144 EUR", "never:Daniel Ortiz"...
    kind: ExpectationKind
    passed: bool
    message: str = ""
    evidence: str = ""
    span: tuple[int, int] | None = None
    suggestion: str = ""


class SampleResult(BaseModel):
    sample: int
    passed: bool
    reply: str = ""
    language: str = ""
    intent: str = ""
    topic: str | None = None
    planner: str = ""
    writer: str = ""
    model: str = ""
    actions: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    revisions: int = 0
    expectations: list[ExpectationResult] = Field(default_factory=list)
    evaluation: EvalResult | None = None
    error: str | None = None
    latency_ms: int = 0
    usage: Usage = Field(default_factory=Usage)


class CaseResult(BaseModel):
    id: str
    passed: bool  # pass^k: every generation met every expectation
    customer_id: str = ""
    language: str | None = None
    message: str = ""
    tags: list[str] = Field(default_factory=list)
    expectations: list[str] = Field(default_factory=list)  # the names, in order
    samples: list[SampleResult] = Field(default_factory=list)

    @property
    def error(self) -> str | None:
        return next((s.error for s in self.samples if s.error), None)

    def failed_expectations(self) -> list[str]:
        """Expectations that failed in at least one generation (errors included)."""
        failed = {e.name for s in self.samples for e in s.expectations if not e.passed}
        return [n for n in [*self.expectations, "error"] if n in failed]


class CheckRate(BaseModel):
    passed: int = 0
    failed: int = 0
    not_applicable: int = 0
    not_evaluated: int = 0
    threshold: float | None = None

    @property
    def rate(self) -> float | None:
        n = self.passed + self.failed
        return self.passed / n if n else None


class CassetteStats(BaseModel):
    file: str = ""
    hits: int = 0
    misses: int = 0
    recorded: int = 0


class SuiteResult(BaseModel):
    name: str
    path: str
    description: str = ""
    mode: str = "live"
    model: str = ""
    today: str | None = None
    repeat: int = 1
    duration_s: float = 0.0
    cases: list[CaseResult] = Field(default_factory=list)
    thresholds: Thresholds = Field(default_factory=Thresholds)
    check_rates: dict[str, CheckRate] = Field(default_factory=dict)
    threshold_failures: list[str] = Field(default_factory=list)
    cassette: CassetteStats = Field(default_factory=CassetteStats)
    model_calls: int = 0

    @property
    def pass_rate(self) -> float:
        return sum(c.passed for c in self.cases) / len(self.cases) if self.cases else 0.0

    @property
    def errors(self) -> int:
        return sum(1 for c in self.cases if c.error)

    @property
    def passed(self) -> bool:
        return not self.threshold_failures and not self.errors


class Change(BaseModel):
    suite: str
    case: str | None = None  # None for a suite-wide check rate
    what: Literal["case", "expectation", "check", "check_rate"]
    name: str
    before: str
    after: str


class BaselineDiff(BaseModel):
    baseline: str
    regressions: list[Change] = Field(default_factory=list)
    improvements: list[Change] = Field(default_factory=list)
    new_cases: list[str] = Field(default_factory=list)
    missing_cases: list[str] = Field(default_factory=list)


class RunReport(BaseModel):
    format: str = REPORT_FORMAT
    started_at: str = ""
    duration_s: float = 0.0
    mode: str = "live"
    suites: list[SuiteResult] = Field(default_factory=list)
    baseline: BaselineDiff | None = None

    @property
    def passed(self) -> bool:
        return all(s.passed for s in self.suites)

    def json_text(self) -> str:
        """The report as JSON, with the computed verdicts and rates written out so it
        reads without drafter. Per expectation and per check, fields at their default
        (no evidence, no span...) are left out: that halves a committed baseline."""
        data = {"passed": self.passed, **self.model_dump(mode="json")}
        for s, raw in zip(self.suites, data["suites"], strict=True):
            raw["pass_rate"] = round(s.pass_rate, 4)
            raw["passed"] = s.passed
            for name, rate in s.check_rates.items():
                raw["check_rates"][name]["rate"] = None if rate.rate is None else round(rate.rate, 4)
            for case, raw_case in zip(s.cases, raw["cases"], strict=True):
                for smp, raw_smp in zip(case.samples, raw_case["samples"], strict=True):
                    raw_smp["expectations"] = [e.model_dump(mode="json", exclude_defaults=True) for e in smp.expectations]
                    if smp.evaluation is not None:
                        raw_smp["evaluation"]["checks"] = [c.model_dump(mode="json", exclude_defaults=True) for c in smp.evaluation.checks]
        return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def check_rates(cases: list[CaseResult], thresholds: Thresholds) -> dict[str, CheckRate]:
    """Per check, over every generation: passed / failed where it applied and ran."""
    rates = {name: CheckRate(threshold=thresholds.for_check(name)) for name in CHECK_NAMES}
    for case in cases:
        for s in case.samples:
            if s.evaluation is None:
                continue
            for c in s.evaluation.checks:
                r = rates.setdefault(c.name, CheckRate(threshold=thresholds.for_check(c.name)))
                if not c.evaluated:
                    r.not_evaluated += 1
                elif not c.applicable:
                    r.not_applicable += 1
                elif c.passed:
                    r.passed += 1
                else:
                    r.failed += 1
    return rates


def threshold_failures(suite: SuiteResult) -> list[str]:
    out: list[str] = []
    t = suite.thresholds
    if suite.cases and suite.pass_rate + 1e-9 < t.pass_rate:
        out.append(f"pass rate {suite.pass_rate:.0%} is below the threshold {t.pass_rate:.0%}")
    for name, r in suite.check_rates.items():
        if r.threshold is not None and r.rate is not None and r.rate + 1e-9 < r.threshold:
            out.append(f"check {name} passes {r.rate:.0%} ({r.passed}/{r.passed + r.failed}), below the threshold {r.threshold:.0%}")
    return out
