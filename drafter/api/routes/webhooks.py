"""Incoming helpdesk webhooks. No API key: the integration's HMAC signature
authenticates the request (docs/WEBHOOKS.md)."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse

from ...services.container import Services
from ...webhooks.intake import WebhookIntake
from ...worker.lifespan import wake_workers
from ..deps import get_services

router = APIRouter(tags=["webhooks"])

_BODY = {"content": {"application/json": {"schema": {"type": "object", "description": "the helpdesk's payload (see docs/WEBHOOKS.md)"}}}}


@router.post(
    "/v1/webhooks/{integration_id}", status_code=202, response_model=None, openapi_extra={"requestBody": _BODY},
    responses={
        200: {"description": "a valid event that needs no draft (an agent's comment, a private note): ignored"},
        202: {"description": "queued (or a duplicate of an event already queued): the draft id"},
        401: {"description": "wrong or missing signature (`invalid_signature`), or a stale timestamp (`stale_signature`)"},
        404: {"description": "no such integration, or it is disabled"},
        422: {"description": "unreadable payload (`invalid_payload`) or no matching customer (`unknown_customer`)"},
        429: {"description": "the queue is full; retry after `Retry-After` seconds"},
    },
)
async def receive_webhook(integration_id: str, request: Request, services: Services = Depends(get_services)) -> JSONResponse:
    body = await request.body()
    result = await asyncio.to_thread(WebhookIntake(services).receive, integration_id, request.headers, body)
    if result.status == "queued":
        wake_workers(request)
    headers = {"Idempotent-Replayed": "true"} if result.status == "duplicate" else None
    return JSONResponse(result.body(), status_code=200 if result.status == "ignored" else 202, headers=headers)
