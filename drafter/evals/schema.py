"""The suite file format (`evals/*.yaml`), validated with pydantic.

    name: rubric-scenarios            # default: the file name without .yaml
    knowledge: ../knowledge           # relative to the suite file; default: the sample company
    tenant: default
    today: 2026-11-22                 # pins dates, so drafts (and cassettes) are reproducible
    model: {planner: auto, writer: auto, max_revisions: 2}   # llm_model: default DRAFTER_LLM_MODEL
    repeat: 1                         # k generations per case; a case passes only if all k do
    defaults:                         # merged into every case's `expect`
      checks: [greeting, signature, grounded]
      never: ["sorry for the inconvenience"]
    thresholds: {pass_rate: 1.0, checks: {grounded: 1.0, "*": 0.9}}
    cases:
      - id: en-renewal
        customer_id: C-1001           # or `customer: {id?, name, language, events: [...]}`
        channel: email
        language: en
        message: "..."
        expect:
          intent: refund
          passed: true                # no blocking check fails
          checks: [apology, no_upsell] # these checks must pass
          states: ["144 EUR", ["5-10 business days", "5-10 iş günü"]]   # a list = any of
          never: ["Home Max", "re:free (month|year)"]

Unknown keys are errors (a typo in `expect` must not silently pass a case), except on a
case itself, so that cases exported by `drafter evals export` can be pasted in.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from ..errors import InvalidInput
from ..knowledge import CustomerRecord
from ..schemas import CHECK_NAMES, INTENTS

# A fact or a forbidden phrase: one text, or a list of alternatives (any of them counts).
Phrase = str | list[str]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ModelSettings(_Strict):
    """What drafts the replies. None = the environment's setting (DRAFTER_LLM_MODEL...)."""

    llm_model: str | None = None
    planner: Literal["auto", "llm", "rules"] | None = None
    writer: Literal["auto", "llm", "compose"] | None = None
    max_revisions: int | None = Field(default=None, ge=0, le=5)

    def merged(self, over: ModelSettings | None) -> ModelSettings:
        if over is None:
            return self
        return self.model_copy(update={k: v for k, v in over.model_dump().items() if v is not None})


class Expect(_Strict):
    intent: str | None = None
    language: str | None = None
    passed: bool | None = None
    checks: list[str] = Field(default_factory=list)
    # checks a case takes out of the suite's default list (e.g. next_step on praise)
    skip_checks: list[str] = Field(default_factory=list)
    states: list[Phrase] = Field(default_factory=list)
    never: list[Phrase] = Field(default_factory=list)

    @field_validator("intent")
    @classmethod
    def _intent(cls, v: str | None) -> str | None:
        if v is not None and v not in INTENTS:
            raise ValueError(f"unknown intent {v!r}; one of {', '.join(INTENTS)}")
        return v

    @field_validator("checks", "skip_checks")
    @classmethod
    def _checks(cls, v: list[str]) -> list[str]:
        unknown = [c for c in v if c not in CHECK_NAMES]
        if unknown:
            raise ValueError(f"unknown checks {unknown}; the checks are {', '.join(CHECK_NAMES)}")
        return v

    @field_validator("states", "never")
    @classmethod
    def _phrases(cls, v: list[Phrase]) -> list[Phrase]:
        for item in v:
            for text in [item] if isinstance(item, str) else item:
                if not text.strip():
                    raise ValueError("empty phrase")
                if text.startswith("re:"):
                    try:
                        re.compile(text[3:])
                    except re.error as exc:
                        raise ValueError(f"bad regular expression {text!r}: {exc}") from None
        return v

    def merged(self, case: Expect) -> Expect:
        """The suite defaults with a case's own expectations on top (lists add up)."""
        skip = set(case.skip_checks)
        checks = [c for c in dict.fromkeys([*self.checks, *case.checks]) if c not in skip or c in case.checks]
        return Expect(
            intent=case.intent if case.intent is not None else self.intent,
            language=case.language if case.language is not None else self.language,
            passed=case.passed if case.passed is not None else self.passed,
            checks=checks,
            states=[*self.states, *case.states],
            never=[*self.never, *case.never],
        )


class Case(BaseModel):
    # extra="ignore": `drafter evals export` writes more fields (decision, drafter_reply...)
    model_config = ConfigDict(extra="ignore")

    id: str = Field(min_length=1)
    message: str = Field(min_length=1)
    customer_id: str | None = None
    customer: CustomerRecord | None = None
    channel: str | None = None
    subject: str | None = None
    language: str | None = None
    agent: str | None = None
    instructions: str | None = None
    tags: list[str] = Field(default_factory=list)
    repeat: int | None = Field(default=None, ge=1, le=20)
    model: ModelSettings | None = None
    expect: Expect = Field(default_factory=Expect)

    @model_validator(mode="before")
    @classmethod
    def _inline_customer(cls, data: Any) -> Any:
        # An inline customer without an id gets one from the case, so it can't collide.
        if isinstance(data, dict) and isinstance(data.get("customer"), dict) and "id" not in data["customer"]:
            data = {**data, "customer": {**data["customer"], "id": f"EVAL-{data.get('id', 'case')}"}}
        return data

    @model_validator(mode="after")
    def _who(self) -> Case:
        if (self.customer_id is None) == (self.customer is None):
            raise ValueError("give exactly one of customer_id or customer (an inline customer)")
        if self.customer is not None:
            self.customer_id = self.customer.id
        return self


class Thresholds(_Strict):
    # share of cases that pass every expectation (on all `repeat` generations)
    pass_rate: float = Field(default=1.0, ge=0.0, le=1.0)
    # minimum pass rate per check over all generations where it applies; "*" = any other check
    checks: dict[str, float] = Field(default_factory=dict)

    @field_validator("checks")
    @classmethod
    def _known(cls, v: dict[str, float]) -> dict[str, float]:
        unknown = [c for c in v if c != "*" and c not in CHECK_NAMES]
        if unknown:
            raise ValueError(f"unknown checks {unknown}")
        bad = [c for c, r in v.items() if not 0.0 <= r <= 1.0]
        if bad:
            raise ValueError(f"rates must be between 0 and 1: {bad}")
        return v

    def for_check(self, name: str) -> float | None:
        return self.checks.get(name, self.checks.get("*"))


class SuiteSpec(_Strict):
    name: str = ""
    description: str = ""
    knowledge: str | None = None
    tenant: str = "default"
    today: date | None = None
    model: ModelSettings = Field(default_factory=ModelSettings)
    repeat: int = Field(default=1, ge=1, le=20)
    defaults: Expect = Field(default_factory=Expect)
    thresholds: Thresholds = Field(default_factory=Thresholds)
    cases: list[Case] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> SuiteSpec:
        ids = [c.id for c in self.cases]
        dup = sorted({i for i in ids if ids.count(i) > 1})
        if dup:
            raise ValueError(f"duplicate case ids: {dup}")
        return self


class Suite(BaseModel):
    """A loaded suite: its spec plus where it lives (cassettes sit next to it)."""

    spec: SuiteSpec
    path: Path

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def cassette_path(self) -> Path:
        return self.path.with_name(f"{self.path.name.removesuffix('.yaml').removesuffix('.yml')}.cassette.jsonl")

    def knowledge_dir(self) -> Path:
        from ..resources import sample_knowledge_dir

        if self.spec.knowledge is None:
            return sample_knowledge_dir()
        folder = Path(self.spec.knowledge)
        return folder if folder.is_absolute() else (self.path.parent / folder).resolve()

    def repeat_for(self, case: Case) -> int:
        return case.repeat or self.spec.repeat

    def expect_for(self, case: Case) -> Expect:
        return self.spec.defaults.merged(case.expect)

    def model_for(self, case: Case) -> ModelSettings:
        return self.spec.model.merged(case.model)


def load_suite(path: Path) -> Suite:
    """Read and validate one suite file; errors name the file and the field."""
    if not path.is_file():
        raise InvalidInput(f"{path}: no such suite file")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise InvalidInput(f"{path}: not valid YAML ({exc})") from None
    if not isinstance(data, dict):
        raise InvalidInput(f"{path}: a suite is a mapping with at least `cases:`")
    try:
        spec = SuiteSpec.model_validate(data)
    except ValidationError as exc:
        e = exc.errors()[0]
        loc = _where(data, e["loc"])
        raise InvalidInput(f"{path}: {loc}: {e['msg']}") from None
    if not spec.name:
        spec.name = path.name.removesuffix(".yaml").removesuffix(".yml")
    suite = Suite(spec=spec, path=path.resolve())
    if not suite.knowledge_dir().is_dir():
        raise InvalidInput(f"{path}: knowledge folder {suite.knowledge_dir()} does not exist")
    return suite


def _where(data: dict[str, Any], loc: tuple[int | str, ...]) -> str:
    """A readable location: `cases[3] (id en-renewal).expect.states`."""
    parts: list[str] = []
    node: Any = data
    for key in loc:
        if isinstance(key, int):
            label = f"[{key}]"
            if isinstance(node, list) and key < len(node) and isinstance(node[key], dict) and "id" in node[key]:
                label += f" (id {node[key]['id']})"
            parts.append(label)
            node = node[key] if isinstance(node, list) and key < len(node) else None
        else:
            parts.append(("." if parts else "") + str(key))
            node = node.get(key) if isinstance(node, dict) else None
    return "".join(parts) or "suite"
