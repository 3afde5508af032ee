"""Request-scoped dependencies: the services and the caller's identity.

Every route but /healthz and /readyz depends on `require(permission)`: it reads
`Authorization: Bearer drf_…`, finds the key (401 if missing, unknown or revoked),
checks the key's role (403) and binds the request to the key's tenant. A `tenant`
query parameter naming another tenant is refused with 403; resources of another
tenant (a draft, a customer, a key) read as 404, so their existence is not leaked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from fastapi import Request

from ..errors import Forbidden, Unauthorized
from ..services.container import Services
from ..services.drafts import Actor
from ..services.keys import KeyService

# What each role may do. Admin can do everything within its tenant.
PERMISSIONS: dict[str, frozenset[str]] = {
    "read": frozenset({"agent", "qa", "admin"}),  # drafts, history, customers, knowledge, stats
    "evaluate": frozenset({"agent", "qa", "admin"}),  # POST /v1/evaluate (agents re-check edits)
    "draft": frozenset({"agent", "admin"}),  # create, regenerate, retry
    "decide": frozenset({"agent", "admin"}),  # approve, reject
    "manage": frozenset({"admin"}),  # keys, knowledge
}
_WHAT = {
    "read": "read drafts",
    "evaluate": "evaluate replies",
    "draft": "create, regenerate or retry drafts",
    "decide": "approve or reject drafts",
    "manage": "manage keys and knowledge",
}


@dataclass(frozen=True)
class Caller:
    tenant: str
    role: str
    actor: str
    key_id: str | None = None
    name: str = ""

    def as_actor(self) -> Actor:
        return Actor(self.key_id or self.actor, self.name)


def get_services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


def get_caller(request: Request) -> Caller:
    """The authenticated caller (any role)."""
    header = request.headers.get("authorization", "")
    scheme, _, secret = header.partition(" ")
    if not header:
        raise Unauthorized("missing API key: send 'Authorization: Bearer drf_…' (create one with: drafter keys create)")
    if scheme.lower() != "bearer" or not secret.strip():
        raise Unauthorized("malformed Authorization header: expected 'Bearer drf_…'")
    key = KeyService(get_services(request).db).authenticate(secret.strip())
    asked = request.query_params.get("tenant")
    if asked is not None and asked != key.tenant:
        raise Forbidden(f"this key belongs to tenant {key.tenant!r}; it cannot act for tenant {asked!r}")
    caller = Caller(tenant=key.tenant, role=key.role, actor=str(Actor(key.id, key.name)), key_id=key.id, name=key.name)
    request.state.caller = caller
    return caller


def require(permission: str) -> Callable[[Request], Caller]:
    """A dependency that authenticates and checks the role for `permission`."""
    allowed = PERMISSIONS[permission]

    def dependency(request: Request) -> Caller:
        caller = get_caller(request)
        if caller.role not in allowed:
            roles = ", ".join(r for r in ("agent", "qa", "admin") if r in allowed)
            raise Forbidden(f"a {caller.role} key cannot {_WHAT[permission]} (allowed roles: {roles})")
        return caller

    dependency.__name__ = f"require_{permission}"
    return dependency
