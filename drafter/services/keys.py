"""API keys: `drf_` + 256 random bits, shown once, stored as SHA-256, bound to one tenant
and one role, revocable.

A fast hash is enough: the secret is random and long, so there is nothing to brute
force, and a lookup by hash costs one indexed query per request (revocation takes
effect on the next request).
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from ..errors import InvalidInput, NotFound, Unauthorized
from ..store.db import Database
from ..store.tables import ApiKey, utcnow

ROLES: tuple[str, ...] = ("agent", "qa", "admin")
KEY_PREFIX = "drf_"
_TENANT_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")


@dataclass(frozen=True)
class KeyInfo:
    id: str
    tenant: str
    role: str
    name: str
    prefix: str
    created_at: datetime
    created_by: str
    revoked_at: datetime | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None

    def public(self) -> dict[str, object]:
        return {
            "id": self.id, "tenant": self.tenant, "role": self.role, "name": self.name, "prefix": self.prefix,
            "created_at": self.created_at.isoformat(), "created_by": self.created_by,
            "revoked_at": self.revoked_at.isoformat() if self.revoked_at else None, "active": self.active,
        }


@dataclass(frozen=True)
class NewKey:
    info: KeyInfo
    secret: str  # shown once, never stored


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _info(k: ApiKey) -> KeyInfo:
    return KeyInfo(k.id, k.tenant, k.role, k.name, k.prefix, k.created_at, k.created_by, k.revoked_at)


def check_tenant(tenant: str) -> str:
    if not _TENANT_RE.match(tenant):
        raise InvalidInput(f"invalid tenant {tenant!r}: use letters, digits, '_', '.', '-' (up to 100)")
    return tenant


def check_role(role: str) -> str:
    if role not in ROLES:
        raise InvalidInput(f"invalid role {role!r}; use one of {', '.join(ROLES)}")
    return role


class KeyService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, *, tenant: str, role: str, name: str = "", created_by: str = "cli") -> NewKey:
        check_tenant(tenant)
        check_role(role)
        secret = KEY_PREFIX + secrets.token_urlsafe(32)
        row = ApiKey(
            id="k_" + secrets.token_hex(6), tenant=tenant, role=role, name=name.strip()[:200], secret_hash=hash_secret(secret),
            prefix=secret[:10], created_by=created_by, created_at=utcnow(),
        )
        with self.db.session() as s:
            s.add(row)
        return NewKey(_info(row), secret)

    def authenticate(self, secret: str) -> KeyInfo:
        if not secret.startswith(KEY_PREFIX):
            raise Unauthorized("malformed API key: expected 'Authorization: Bearer drf_…'")
        with self.db.session() as s:
            row = s.scalars(select(ApiKey).where(ApiKey.secret_hash == hash_secret(secret))).first()
            if row is None:
                raise Unauthorized("unknown API key; create one with: drafter keys create --tenant T --role agent|qa|admin")
            if row.revoked_at is not None:
                raise Unauthorized(f"API key {row.id} was revoked on {row.revoked_at:%Y-%m-%d}; ask an admin for a new one")
            return _info(row)

    def revoke(self, key_id: str, *, tenant: str | None = None) -> KeyInfo:
        """Revoke a key (idempotent). `tenant` limits it to one tenant's keys (the API)."""
        with self.db.session() as s:
            row = s.get(ApiKey, key_id)
            if row is None or (tenant is not None and row.tenant != tenant):
                raise NotFound(f"API key {key_id!r} not found")
            if row.revoked_at is None:
                row.revoked_at = utcnow()
            return _info(row)

    def list(self, *, tenant: str | None = None, include_revoked: bool = True) -> list[KeyInfo]:
        q = select(ApiKey).order_by(ApiKey.tenant, ApiKey.created_at)
        if tenant is not None:
            q = q.where(ApiKey.tenant == tenant)
        if not include_revoked:
            q = q.where(ApiKey.revoked_at.is_(None))
        with self.db.session() as s:
            return [_info(k) for k in s.scalars(q)]
