"""API keys over HTTP (admins of a tenant). The first key comes from the CLI."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from pydantic import BaseModel, ConfigDict, Field

from ...errors import Forbidden
from ...services.container import Services
from ...services.keys import KeyService
from ..deps import Caller, get_services, require

router = APIRouter(prefix="/v1/keys", tags=["keys"])


class KeyCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    role: str = Field(description="agent, qa or admin")
    name: str = Field(default="", max_length=200, description="a label, usually the agent's name")
    tenant: str | None = Field(default=None, description="must be the caller's own tenant when given")


@router.post("", status_code=201)
def create_key(req: KeyCreate, services: Services = Depends(get_services), caller: Caller = Depends(require("manage"))) -> dict[str, object]:
    if req.tenant is not None and req.tenant != caller.tenant:
        raise Forbidden(f"this key belongs to tenant {caller.tenant!r}; it cannot create keys for tenant {req.tenant!r}")
    new = KeyService(services.db).create(tenant=caller.tenant, role=req.role, name=req.name, created_by=caller.actor)
    # The secret is in this response only; it is stored hashed.
    return {**new.info.public(), "key": new.secret}


@router.get("")
def list_keys(services: Services = Depends(get_services), caller: Caller = Depends(require("manage"))) -> list[dict[str, object]]:
    return [k.public() for k in KeyService(services.db).list(tenant=caller.tenant)]


@router.post("/{key_id}/revoke")
def revoke_key(key_id: str, services: Services = Depends(get_services), caller: Caller = Depends(require("manage"))) -> dict[str, object]:
    return KeyService(services.db).revoke(key_id, tenant=caller.tenant).public()
