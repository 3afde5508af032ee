"""Insights over time for the console and QA: review outcomes, check failure rates and
recurring complaints, week by week (see drafter/services/insights.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from fastapi import APIRouter, Depends, Query

from ...errors import InvalidInput
from ...services.container import Services
from ...services.insights import MAX_WEEKS, insights
from ..deps import Caller, get_services, require

router = APIRouter(prefix="/v1/insights", tags=["insights"])


@router.get("")
def get_insights(
    weeks: int = Query(default=12, ge=1, le=MAX_WEEKS, description="how many whole ISO weeks, ending with the week of `until`"),
    until: date | None = Query(default=None, description="a day in the last week (default: today)"),
    services: Services = Depends(get_services), caller: Caller = Depends(require("read")),
) -> dict[str, Any]:
    # Drafts carry wall-clock stamps, customer history business dates (DRAFTER_TODAY may pin
    # them): end at the later "today" so neither is cut off.
    if until is not None and not date(1970, 1, 1) <= until <= date(9999, 1, 1):  # date arithmetic near year 1 or 9999 overflows
        raise InvalidInput(f"until {until} is out of range: use a date between 1970-01-01 and 9999-01-01")
    end = until or max(datetime.now(UTC).date(), services.settings.today_date())
    return insights(services.db, caller.tenant, until=end, weeks=weeks)
