from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from ...services.container import Services
from ..deps import get_services

router = APIRouter(tags=["health"])


@router.get("/healthz")
def healthz(services: Services = Depends(get_services)) -> dict[str, Any]:
    return {"status": "ok", "model": services.settings.llm_model}


@router.get("/readyz", response_model=None)
def readyz(services: Services = Depends(get_services)) -> JSONResponse:
    checks = {"database": services.db.ping(), "vector_store": services.vectors.ping()}
    ok = all(checks.values())
    return JSONResponse({"status": "ready" if ok else "unready", "checks": checks}, status_code=200 if ok else 503)
