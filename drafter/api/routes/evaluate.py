from __future__ import annotations

from fastapi import APIRouter, Depends

from ...schemas import EvalResult, ScoringInput
from ...services.container import Services
from ..deps import get_services

router = APIRouter(prefix="/v1/evaluate", tags=["evaluate"])


@router.post("", response_model=EvalResult)
def evaluate(case: ScoringInput, services: Services = Depends(get_services)) -> EvalResult:
    return services.evaluator.evaluate(case)
