"""JSON endpoints the console needs beyond the review API: who the key is, and the
scoring input of a stored draft (the customer's message and what the suite checks the
reply against), so an edit is checked in the browser exactly as approval will check it."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends

from ..api.deps import Caller, get_services, require
from ..services.container import Services
from ..services.drafts import DraftService
from ..services.review import scoring_input

router = APIRouter(prefix="/v1", tags=["console"])


@router.get("/me")
def whoami(caller: Caller = Depends(require("read"))) -> dict[str, Any]:
    """The key's tenant, role and name (never the secret)."""
    return {"tenant": caller.tenant, "role": caller.role, "key_id": caller.key_id, "name": caller.name}


@router.get("/drafts/{draft_id}/scoring-input")
def draft_scoring_input(
    draft_id: str, services: Services = Depends(get_services), caller: Caller = Depends(require("read")),
) -> dict[str, Any]:
    """The draft's reply as the suite's input. POST it to /v1/evaluate with an edited
    `draft` to check an edit before approving. `subject`, `body` and `channel` are the
    ticket as received (`message` joins subject and body, as the suite reads it)."""
    with services.db.session() as s:
        row = DraftService(services).row(s, draft_id, caller.tenant)  # another tenant's draft: 404
        case = scoring_input(row, row.reply)
        req = row.request or {}
        return {
            **case.model_dump(mode="json"),
            "subject": req.get("subject"), "body": str(req.get("message", "")), "channel": row.channel,
        }
