"""Request-scoped dependencies: the services and the caller's identity.

`Caller` is where API keys, roles and tenants plug in (review issue); until keys exist
every caller acts for the configured default tenant.
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from ..services.container import Services


@dataclass(frozen=True)
class Caller:
    tenant: str
    role: str
    actor: str


def get_services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


def get_caller(request: Request) -> Caller:
    services: Services = request.app.state.services
    return Caller(tenant=services.settings.default_tenant, role="admin", actor="anonymous")
