from __future__ import annotations

from fastapi import APIRouter, Depends, Query

from ...errors import InvalidInput
from ...schemas import EvalResult, ScoringInput
from ...services.container import Services
from ..deps import get_services

router = APIRouter(prefix="/v1/evaluate", tags=["evaluate"])


@router.post("", response_model=EvalResult)
async def evaluate(
    case: ScoringInput,
    judge: bool = Query(default=False, description="also ask the configured LLM judge (adds findings only)"),
    services: Services = Depends(get_services),
) -> EvalResult:
    result = services.evaluator.evaluate(case)
    if judge:
        if services.model is None:
            raise InvalidInput("judge=true needs a model: set DRAFTER_LLM_MODEL or install the embedded model (drafter[local])")
        result = await services.judge.review(case, result)
    return result
