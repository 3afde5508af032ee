from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Depends, Query

from ...services.container import Services
from ...services.stats import review_stats
from ..deps import Caller, get_services, require

router = APIRouter(prefix="/v1/stats", tags=["stats"])


@router.get("")
def stats(
    since: date | None = Query(default=None, description="first day (UTC), default: `days` before `until`"),
    until: date | None = Query(default=None, description="last day (UTC), default: today"),
    days: int = Query(default=30, ge=1, le=3660),
    services: Services = Depends(get_services), caller: Caller = Depends(require("read")),
) -> dict[str, Any]:
    return review_stats(services.db, caller.tenant, since=since, until=until, days=days)
