from __future__ import annotations

from drafter.evaluation.judge import Judge
from drafter.llm.scripted import ScriptedModel
from drafter.schemas import CheckResult, EvalResult, ScoringInput

CASE = ScoringInput(id="j1", language="en", intent="complaint", message="You broke my router!", draft="Hi Sam,\n\nThe courier damaged it, not us. I have ordered a new one.\n\nAnything else?\n\nBest,\nAna")


def _result() -> EvalResult:
    checks = [
        CheckResult(name="ownership", passed=True),
        CheckResult(name="tone", passed=True, severity="advisory"),
        CheckResult(name="apology", passed=False, evidence="", explanation="no apology"),
    ]
    return EvalResult(passed=False, checks=checks, blocking_failures=["apology"])


async def test_judge_adds_findings_marked_as_its_own() -> None:
    model = ScriptedModel().enqueue(
        {"verdicts": [
            {"check": "ownership", "fails": True, "evidence": "The courier damaged it, not us.", "reason": "blames the courier"},
            {"check": "tone", "fails": False, "evidence": "", "reason": "fine"},
        ]}
    )
    out = await Judge(model).review(CASE, _result())
    own = out.check("ownership")
    assert not own.passed and own.by == "judge" and own.evidence == "The courier damaged it, not us."
    assert own.span is not None and CASE.draft[own.span[0] : own.span[1]] == own.evidence
    assert out.check("tone").passed
    assert set(out.blocking_failures) == {"apology", "ownership"}
    assert model.history[0].json_schema is not None and model.history[0].purpose == "judge"


async def test_judge_never_removes_a_rules_finding_and_caches() -> None:
    verdict = {"verdicts": [{"check": "apology", "fails": False, "evidence": "", "reason": "ok"}, {"check": "ownership", "fails": False, "evidence": "", "reason": "ok"}]}
    model = ScriptedModel(fn=lambda r: verdict)
    judge = Judge(model)
    out = await judge.review(CASE, _result())
    assert not out.check("apology").passed and out.check("apology").by == "rules"
    await judge.review(CASE, _result())
    assert judge.calls == 1


async def test_unreadable_verdict_adds_nothing() -> None:
    out = await Judge(ScriptedModel().enqueue("I think it is fine")).review(CASE, _result())
    assert out.check("ownership").passed
