"""The evaluator interface and the check registry.

A check is a small pure function `EvalContext -> CheckResult`, registered by name with
its rubric line and severity (like inspect_ai's scorers). The suite runs every
registered check on a case; nothing else needs to know which checks exist.

Severity (stated in the README): a *blocking* failure means the draft must not go out
as written (approval then needs an override reason, and the pipeline revises it);
an *advisory* failure is a quality note the agent may accept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Protocol

from ..schemas import CheckResult, EvalResult, ScoringInput, Severity
from ..text import Sentence, normalize, split_sentences

if TYPE_CHECKING:
    from ..embeddings import Embedder
    from .probes import ProbeSet


@dataclass
class EvalContext:
    """Everything a check may look at, computed once per case and shared by all checks."""

    case: ScoringInput
    embedder: Embedder | None = None
    extras: dict[str, object] = field(default_factory=dict)
    # the learned probes for the embedder (probes.py); None runs rules and exemplars only
    probes: ProbeSet | None = None

    @property
    def reply(self) -> str:
        return self.case.draft

    @property
    def language(self) -> str:
        return (self.case.language or "en").lower()

    @cached_property
    def reply_norm(self) -> str:
        return normalize(self.case.draft, self.language)

    @cached_property
    def sentences(self) -> list[Sentence]:
        return split_sentences(self.case.draft)


CheckFn = Callable[[EvalContext], CheckResult]


@dataclass(frozen=True)
class CheckSpec:
    name: str
    rubric: str
    severity: Severity
    fn: CheckFn
    needs_model: bool = False  # uses embeddings (not one of the "no model" checks)


REGISTRY: dict[str, CheckSpec] = {}


def check(
    name: str, *, rubric: str, severity: Severity, needs_model: bool = False
) -> Callable[[CheckFn], CheckFn]:
    """Register a check function under a contract name."""

    def deco(fn: CheckFn) -> CheckFn:
        REGISTRY[name] = CheckSpec(name, rubric, severity, fn, needs_model)
        return fn

    return deco


class Evaluator(Protocol):
    """What the pipeline, the API and the CLI call; the suite is one implementation."""

    def evaluate(self, case: ScoringInput) -> EvalResult: ...

    def evaluate_many(self, cases: list[ScoringInput]) -> list[EvalResult]: ...
