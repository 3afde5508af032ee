"""Integrations (admins) and the deliveries of callbacks to them (everyone may look)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query

from ...delivery.service import DeliveryOut, DeliveryService
from ...services.container import Services
from ...services.drafts import DraftService
from ...webhooks.integrations import (
    IntegrationCreate,
    IntegrationInfo,
    IntegrationService,
    IntegrationUpdate,
    NewIntegration,
)
from ..deps import Caller, get_services, require

router = APIRouter(tags=["integrations"])


@router.post("/v1/integrations", status_code=201, response_model=NewIntegration)
def create_integration(req: IntegrationCreate, services: Services = Depends(get_services), caller: Caller = Depends(require("manage"))) -> NewIntegration:
    # The secrets are in this response only.
    return IntegrationService(services.db).create(req, tenant=caller.tenant, created_by=caller.actor)


@router.get("/v1/integrations", response_model=list[IntegrationInfo])
def list_integrations(services: Services = Depends(get_services), caller: Caller = Depends(require("manage"))) -> list[IntegrationInfo]:
    return IntegrationService(services.db).list(tenant=caller.tenant)


@router.get("/v1/integrations/{integration_id}", response_model=IntegrationInfo)
def get_integration(integration_id: str, services: Services = Depends(get_services), caller: Caller = Depends(require("manage"))) -> IntegrationInfo:
    return IntegrationService(services.db).get(integration_id, tenant=caller.tenant)


@router.patch("/v1/integrations/{integration_id}", response_model=IntegrationInfo)
def update_integration(
    integration_id: str, req: IntegrationUpdate, services: Services = Depends(get_services), caller: Caller = Depends(require("manage")),
) -> IntegrationInfo:
    return IntegrationService(services.db).update(integration_id, req, tenant=caller.tenant)


@router.get("/v1/integrations/{integration_id}/deliveries", response_model=list[DeliveryOut])
def integration_deliveries(
    integration_id: str, state: str | None = Query(default=None, description="pending, sending, delivered or failed"),
    limit: int = Query(default=50, ge=1, le=500), offset: int = Query(default=0, ge=0, le=1_000_000_000),
    services: Services = Depends(get_services), caller: Caller = Depends(require("read")),
) -> list[DeliveryOut]:
    IntegrationService(services.db).get(integration_id, tenant=caller.tenant)  # 404 for another tenant's
    return DeliveryService(services.db).list(tenant=caller.tenant, integration_id=integration_id, state=state, limit=limit, offset=offset)


@router.get("/v1/drafts/{draft_id}/deliveries", response_model=list[DeliveryOut])
def draft_deliveries(draft_id: str, services: Services = Depends(get_services), caller: Caller = Depends(require("read"))) -> list[DeliveryOut]:
    DraftService(services).get(draft_id, tenant=caller.tenant)
    return DeliveryService(services.db).list(tenant=caller.tenant, draft_id=draft_id, limit=500)


@router.post("/v1/deliveries/{delivery_id}/redeliver", response_model=DeliveryOut)
def redeliver(delivery_id: str, services: Services = Depends(get_services), caller: Caller = Depends(require("draft"))) -> DeliveryOut:
    return DeliveryService(services.db).redeliver(delivery_id, tenant=caller.tenant)
