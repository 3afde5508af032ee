"""HMAC signatures, both ways, with the standard library only (the reference client and
plugins import this module without the rest of drafter).

Two schemes:

- **Zendesk** (incoming): `X-Zendesk-Webhook-Signature = base64(HMAC-SHA256(secret,
  timestamp + body))` with `X-Zendesk-Webhook-Signature-Timestamp` (ISO 8601, e.g.
  `2026-11-22T09:30:00Z`), as Zendesk documents it.
- **drafter** (incoming Freshdesk and generic webhooks, and every outgoing callback):
  `X-Drafter-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>." + body)>`.
  The timestamp is inside the signed text, so it can't be changed without breaking the
  signature; several `v1=` entries may be sent while a secret is being rotated.

Both refuse a timestamp further than `tolerance_s` from now (a replayed request).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from datetime import UTC, datetime

DRAFTER_HEADER = "X-Drafter-Signature"
ZENDESK_SIGNATURE = "X-Zendesk-Webhook-Signature"
ZENDESK_TIMESTAMP = "X-Zendesk-Webhook-Signature-Timestamp"


class SignatureError(Exception):
    """The request is not authentic. `stale` tells a replayed (too old or too new)
    timestamp apart from a missing or wrong signature."""

    def __init__(self, message: str, *, stale: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.stale = stale


def _hmac(secret: str, message: bytes) -> bytes:
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).digest()


def _check_age(ts: float, now: float, tolerance_s: float) -> None:
    age = now - ts
    if abs(age) > tolerance_s:
        when = f"{age:.0f} s old" if age > 0 else f"{-age:.0f} s in the future"
        raise SignatureError(f"signature timestamp is {when}; at most {tolerance_s:.0f} s is accepted (replay protection)", stale=True)


# ---------------------------------------------------------------- drafter's scheme


def sign(secret: str, body: bytes, *, timestamp: int | None = None) -> str:
    """The `X-Drafter-Signature` header value for `body`."""
    t = int(time.time()) if timestamp is None else int(timestamp)
    mac = _hmac(secret, f"{t}.".encode() + body).hex()
    return f"t={t},v1={mac}"


def signed_headers(secret: str, body: bytes, *, timestamp: int | None = None) -> dict[str, str]:
    return {DRAFTER_HEADER: sign(secret, body, timestamp=timestamp), "Content-Type": "application/json"}


def verify(secret: str, body: bytes, header: str | None, *, tolerance_s: float = 300, now: float | None = None) -> int:
    """Check an `X-Drafter-Signature` header; returns its timestamp or raises SignatureError."""
    if not header:
        raise SignatureError(f"missing {DRAFTER_HEADER} header")
    t: int | None = None
    macs: list[str] = []
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        if key == "t" and value.isdigit():
            t = int(value)
        elif key == "v1" and value:
            macs.append(value.lower())
    if t is None or not macs:
        raise SignatureError(f"malformed {DRAFTER_HEADER} header: expected t=<unix seconds>,v1=<hex hmac>")
    expected = _hmac(secret, f"{t}.".encode() + body).hex()
    if not any(hmac.compare_digest(expected, m) for m in macs):
        raise SignatureError("signature does not match the body and the integration's secret")
    # Authentic first, then fresh: a forged request learns nothing about the clock.
    _check_age(t, time.time() if now is None else now, tolerance_s)
    return t


# ---------------------------------------------------------------- Zendesk's scheme


def zendesk_signature(secret: str, body: bytes, timestamp: str) -> str:
    """base64(HMAC-SHA256(secret, timestamp + body)), as Zendesk signs webhooks."""
    return base64.b64encode(_hmac(secret, timestamp.encode("utf-8") + body)).decode("ascii")


def zendesk_headers(secret: str, body: bytes, *, timestamp: str | None = None) -> dict[str, str]:
    ts = timestamp or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {ZENDESK_SIGNATURE: zendesk_signature(secret, body, ts), ZENDESK_TIMESTAMP: ts, "Content-Type": "application/json"}


def _parse_time(value: str) -> float:
    v = value.strip()
    if v.isdigit():  # some relays send unix seconds
        return float(v)
    try:
        parsed = datetime.fromisoformat(v.replace("Z", "+00:00"))
    except ValueError:
        raise SignatureError(f"unreadable {ZENDESK_TIMESTAMP}: expected ISO 8601 like 2026-11-22T09:30:00Z") from None
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).timestamp()


def verify_zendesk(
    secret: str, body: bytes, signature: str | None, timestamp: str | None, *, tolerance_s: float = 300, now: float | None = None,
) -> float:
    """Check Zendesk's two headers; returns the timestamp (unix) or raises SignatureError."""
    if not signature or not timestamp:
        raise SignatureError(f"missing {ZENDESK_SIGNATURE} or {ZENDESK_TIMESTAMP} header")
    expected = zendesk_signature(secret, body, timestamp)
    if not hmac.compare_digest(expected.encode(), signature.strip().encode()):
        raise SignatureError("Zendesk signature does not match the body, the timestamp and the integration's signing secret")
    ts = _parse_time(timestamp)
    _check_age(ts, time.time() if now is None else now, tolerance_s)
    return ts
