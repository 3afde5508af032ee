from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Response

from ...schemas import Draft, DraftRequest
from ...services.container import Services
from ...services.drafts import DraftService
from ..deps import Caller, get_caller, get_services

router = APIRouter(prefix="/v1/drafts", tags=["drafts"])


@router.post("", status_code=201, response_model=Draft)
async def create_draft(req: DraftRequest, response: Response, services: Services = Depends(get_services), caller: Caller = Depends(get_caller)) -> Draft:
    return await DraftService(services).create(req, tenant=caller.tenant, actor=caller.actor)


@router.get("", response_model=list[Draft])
def list_drafts(
    status: str | None = Query(default=None), limit: int = Query(default=50, ge=1, le=500),
    services: Services = Depends(get_services), caller: Caller = Depends(get_caller),
) -> list[Draft]:
    return DraftService(services).list(tenant=caller.tenant, status=status, limit=limit)


@router.get("/{draft_id}", response_model=Draft)
def get_draft(draft_id: str, services: Services = Depends(get_services), caller: Caller = Depends(get_caller)) -> Draft:
    return DraftService(services).get(draft_id, tenant=caller.tenant)


@router.get("/{draft_id}/history")
def draft_history(draft_id: str, services: Services = Depends(get_services), caller: Caller = Depends(get_caller)) -> list[dict[str, Any]]:
    return DraftService(services).history(draft_id, tenant=caller.tenant)
