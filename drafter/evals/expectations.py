"""A case's expectations, judged on one generated draft.

Each expectation becomes one named result (and one JUnit testcase):
`intent`, `language`, `passed` (no blocking check failed), `check:<name>`,
`states:<fact>` and `never:<phrase>`.
"""

from __future__ import annotations

from ..schemas import EvalResult
from .matching import find, is_by_value, label
from .report import ExpectationResult
from .schema import Expect


def names(expect: Expect) -> list[str]:
    """The expectation names a case will report, known before anything is generated."""
    out: list[str] = []
    if expect.intent is not None:
        out.append("intent")
    if expect.language is not None:
        out.append("language")
    if expect.passed is not None:
        out.append("passed")
    out += [f"check:{c}" for c in expect.checks]
    out += [f"states:{label(p)}" for p in expect.states]
    out += [f"never:{label(p)}" for p in expect.never]
    return out


def judge(expect: Expect, *, reply: str, intent: str, language: str, evaluation: EvalResult) -> list[ExpectationResult]:
    out: list[ExpectationResult] = []
    if expect.intent is not None:
        ok = intent == expect.intent
        out.append(ExpectationResult(name="intent", kind="intent", passed=ok, message="" if ok else f"intent {intent!r}, expected {expect.intent!r}"))
    if expect.language is not None:
        ok = language == expect.language
        out.append(ExpectationResult(name="language", kind="language", passed=ok, message="" if ok else f"replied in {language!r}, expected {expect.language!r}"))
    if expect.passed is not None:
        ok = evaluation.passed == expect.passed
        msg = "" if ok else (
            f"blocking checks failed: {', '.join(evaluation.blocking_failures)}" if expect.passed
            else "expected the evaluation to fail, but every blocking check passed"
        )  # fmt: skip
        out.append(ExpectationResult(name="passed", kind="passed", passed=ok, message=msg))
    for name in expect.checks:
        out.append(_check(name, evaluation))
    for phrase in expect.states:
        found = find(phrase, reply)
        how = " (as a value)" if any(is_by_value(p) for p in ([phrase] if isinstance(phrase, str) else phrase)) else ""
        out.append(
            ExpectationResult(
                name=f"states:{label(phrase)}", kind="states", passed=found is not None,
                message="" if found is not None else f"the reply does not state {label(phrase)!r}{how}",
                evidence=found.text if found else "", span=(found.start, found.end) if found else None,
            )
        )  # fmt: skip
    for phrase in expect.never:
        found = find(phrase, reply)
        out.append(
            ExpectationResult(
                name=f"never:{label(phrase)}", kind="never", passed=found is None,
                message="" if found is None else _never_message(found.text, found.phrase),
                evidence=found.text if found else "", span=(found.start, found.end) if found else None,
            )
        )  # fmt: skip
    return out


def _never_message(said: str, phrase: str) -> str:
    if said.casefold() == phrase.casefold():
        return f"the reply says {said!r}, which it must never say"
    return f"the reply says {said!r}, which it must never say ({phrase!r})"


def _check(name: str, evaluation: EvalResult) -> ExpectationResult:
    try:
        c = evaluation.check(name)
    except KeyError:
        return ExpectationResult(name=f"check:{name}", kind="check", passed=False, message=f"the evaluation has no check {name!r}")
    if not c.evaluated:
        return ExpectationResult(name=f"check:{name}", kind="check", passed=False, message=f"{name} was not evaluated: {c.explanation}")
    return ExpectationResult(
        name=f"check:{name}", kind="check", passed=c.passed,
        message="" if c.passed else f"[{c.severity}{', judge' if c.by == 'judge' else ''}] {c.explanation}",
        evidence="" if c.passed else c.evidence, span=None if c.passed else c.span,
        suggestion="" if c.passed else c.suggestion,
    )  # fmt: skip


def errored(error: str) -> list[ExpectationResult]:
    """A generation that failed to produce a draft fails every expectation, with the reason."""
    return [ExpectationResult(name="error", kind="error", passed=False, message=error)]
