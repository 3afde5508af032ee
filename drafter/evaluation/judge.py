"""The optional LLM judge for the judgement checks (apology, ownership, next_step, tone,
no_upsell).

Deterministic checks stay the default (and what CI uses). The judge can only ADD
findings: a check the rules passed may be failed by the judge (marked `by="judge"`),
never the other way round. Verdicts are cached by a hash of (model, prompt, case) and
calls are concurrency-limited.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from typing import Any

from pydantic import BaseModel, ValidationError

from ..llm.base import ChatModel, ChatRequest
from ..prompts import load_prompt
from ..schemas import EvalResult, ScoringInput

JUDGED_CHECKS = ("apology", "ownership", "next_step", "tone", "no_upsell")

JUDGE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "verdicts": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "check": {"type": "string", "enum": list(JUDGED_CHECKS)},
                    "fails": {"type": "boolean"},
                    "evidence": {"type": "string"},
                    "reason": {"type": "string"},
                },
                "required": ["check", "fails", "evidence", "reason"],
            },
        }
    },
    "required": ["verdicts"],
}


class Verdict(BaseModel):
    check: str
    fails: bool
    evidence: str = ""
    reason: str = ""


class _Verdicts(BaseModel):
    verdicts: list[Verdict]


class Judge:
    def __init__(self, model: ChatModel, *, concurrency: int = 4) -> None:
        self.model = model
        self._sem = asyncio.Semaphore(concurrency)
        self._cache: dict[str, list[Verdict]] = {}
        self.calls = 0

    def _key(self, case: ScoringInput, checks: list[str]) -> str:
        prompt = load_prompt("judge")
        raw = json.dumps([self.model.name, prompt.id, case.language, case.intent, case.message, case.draft, checks], ensure_ascii=False)
        return hashlib.sha256(raw.encode()).hexdigest()

    async def verdicts(self, case: ScoringInput, checks: list[str]) -> list[Verdict]:
        key = self._key(case, checks)
        if key in self._cache:
            return self._cache[key]
        messages = load_prompt("judge").render(
            language=case.language, intent=case.intent or "unknown", message=case.message, reply=case.draft, checks=", ".join(checks)
        )
        async with self._sem:
            self.calls += 1
            resp = await self.model.complete(ChatRequest(messages=messages, json_schema=JUDGE_SCHEMA, max_tokens=400, temperature=0.0, purpose="judge"))
        try:
            start, end = resp.text.find("{"), resp.text.rfind("}")
            parsed = _Verdicts.model_validate(json.loads(resp.text[start : end + 1]))
            result = [v for v in parsed.verdicts if v.check in checks]
        except (ValidationError, ValueError):
            result = []  # an unreadable verdict adds nothing
        self._cache[key] = result
        return result

    async def review(self, case: ScoringInput, result: EvalResult) -> EvalResult:
        """Add the judge's findings to a deterministic result (never removes one)."""
        todo = [c.name for c in result.checks if c.name in JUDGED_CHECKS and c.passed and c.applicable]
        if not todo:
            return result
        out = result.model_copy(deep=True)
        for v in await self.verdicts(case, todo):
            if not v.fails:
                continue
            c = out.check(v.check)
            evidence = v.evidence if v.evidence and v.evidence in case.draft else ""
            start = case.draft.find(evidence) if evidence else -1
            c.passed, c.by = False, "judge"
            c.evidence = evidence
            c.span = (start, start + len(evidence)) if start >= 0 else None
            c.explanation = f"judge: {v.reason}".strip()
            c.suggestion = c.suggestion or "Rewrite the flagged passage; see the judge's reason."
        out.blocking_failures = [c.name for c in out.checks if not c.passed and c.applicable and c.severity == "blocking"]
        out.advisory_failures = [c.name for c in out.checks if not c.passed and c.applicable and c.severity == "advisory"]
        out.passed = not out.blocking_failures
        return out

    async def review_many(self, cases: list[ScoringInput], results: list[EvalResult]) -> list[EvalResult]:
        return list(await asyncio.gather(*(self.review(c, r) for c, r in zip(cases, results, strict=True))))
