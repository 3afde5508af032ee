from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, Body, Depends, Header, Query, Request, Response

from ...schemas import DraftRequest
from ...services.container import Services
from ...services.drafts import DraftService, DraftView
from ...services.review import ApproveRequest, RegenerateRequest, RejectRequest, ReviewService
from ...worker.lifespan import wake_workers
from ...worker.submit import submit
from ..deps import Caller, get_services, require

router = APIRouter(prefix="/v1/drafts", tags=["drafts"])


@router.post(
    "", status_code=201, response_model=DraftView,
    responses={202: {"model": DraftView, "description": '`"async": true`: stored and queued; poll it or stream its events'},
               429: {"description": "async: the queue is full; retry after `Retry-After` seconds"}},
)
async def create_draft(
    req: DraftRequest, request: Request, response: Response, services: Services = Depends(get_services),
    caller: Caller = Depends(require("draft")), idempotency_key: str | None = Header(default=None, max_length=200),
) -> DraftView:
    if req.async_:
        # Stored and queued (one transaction) before the 202 is sent.
        view, replayed = await asyncio.to_thread(submit, services, req, tenant=caller.tenant, actor=caller.as_actor(), idempotency_key=idempotency_key)
        response.status_code = 202
        response.headers["Location"] = f"/v1/drafts/{view.id}"
        if replayed:
            response.headers["Idempotent-Replayed"] = "true"
        else:
            wake_workers(request)
        return view
    return await DraftService(services).create(req, tenant=caller.tenant, actor=caller.as_actor(), idempotency_key=idempotency_key)


@router.get("", response_model=list[DraftView])
def list_drafts(
    status: str | None = Query(default=None, description="pending_review lists angriest and most urgent first, then oldest"),
    language: str | None = Query(default=None, max_length=10), intent: str | None = Query(default=None, max_length=30),
    customer_id: str | None = Query(default=None, max_length=200),
    limit: int = Query(default=50, ge=1, le=500), offset: int = Query(default=0, ge=0, le=1_000_000_000),
    services: Services = Depends(get_services), caller: Caller = Depends(require("read")),
) -> list[DraftView]:
    return DraftService(services).list(
        tenant=caller.tenant, status=status, language=language, intent=intent, customer_id=customer_id, limit=limit, offset=offset,
    )


@router.get("/{draft_id}", response_model=DraftView)
def get_draft(draft_id: str, services: Services = Depends(get_services), caller: Caller = Depends(require("read"))) -> DraftView:
    return DraftService(services).get(draft_id, tenant=caller.tenant)


@router.get("/{draft_id}/history")
def draft_history(draft_id: str, services: Services = Depends(get_services), caller: Caller = Depends(require("read"))) -> list[dict[str, Any]]:
    return DraftService(services).history(draft_id, tenant=caller.tenant)


@router.get("/{draft_id}/versions", response_model=list[DraftView])
def draft_versions(draft_id: str, services: Services = Depends(get_services), caller: Caller = Depends(require("read"))) -> list[DraftView]:
    return DraftService(services).versions(draft_id, tenant=caller.tenant)


@router.post("/{draft_id}/approve", response_model=DraftView)
def approve(
    draft_id: str, req: ApproveRequest | None = Body(default=None),
    services: Services = Depends(get_services), caller: Caller = Depends(require("decide")),
) -> DraftView:
    return ReviewService(services).approve(draft_id, req or ApproveRequest(), tenant=caller.tenant, actor=caller.as_actor())


@router.post("/{draft_id}/reject", response_model=DraftView)
def reject(
    draft_id: str, req: RejectRequest, services: Services = Depends(get_services), caller: Caller = Depends(require("decide")),
) -> DraftView:
    return ReviewService(services).reject(draft_id, req, tenant=caller.tenant, actor=caller.as_actor())


@router.post("/{draft_id}/regenerate", status_code=201, response_model=DraftView)
async def regenerate(
    draft_id: str, req: RegenerateRequest | None = Body(default=None),
    services: Services = Depends(get_services), caller: Caller = Depends(require("draft")),
) -> DraftView:
    return await ReviewService(services).regenerate(draft_id, req or RegenerateRequest(), tenant=caller.tenant, actor=caller.as_actor())


@router.post("/{draft_id}/retry", response_model=DraftView)
async def retry(draft_id: str, services: Services = Depends(get_services), caller: Caller = Depends(require("draft"))) -> DraftView:
    return await DraftService(services).retry(draft_id, tenant=caller.tenant, actor=caller.as_actor())
