from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Depends, Query

from ...errors import InvalidInput
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
    for day in (since, until):
        if day is not None and not date(1970, 1, 1) <= day <= date(9999, 1, 1):  # date arithmetic near year 1 or 9999 overflows
            raise InvalidInput(f"{day} is out of range: use a date between 1970-01-01 and 9999-01-01")
    return review_stats(services.db, caller.tenant, since=since, until=until, days=days)
