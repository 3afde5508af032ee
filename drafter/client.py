"""drafter's reference client, for helpdesk plugins and scripts: typed, sync and async.

    from drafter.client import DrafterClient

    with DrafterClient("https://drafter.example.com", api_key="drf_…") as dc:
        d = dc.create_draft("C-1001", "My plan renewed without asking", async_=True, idempotency_key="zd-4217-1")
        for ev in dc.events(d.id):            # server-sent events: status, token, delta, reply, done
            ...
        d = dc.wait(d.id)                     # or poll until it is drafted
        dc.approve(d.id, text=edited_text, agent="Grayson Berger")

`AsyncDrafterClient` has the same methods, awaitable. Errors raise `DrafterAPIError`
(status, code, message, retry_after). The webhook and callback signing helpers are
re-exported from `drafter.webhooks.signing` (standard library only): `sign`, `verify`,
`zendesk_headers`, `verify_callback`. Only httpx and pydantic are needed.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
from pydantic import BaseModel, ConfigDict

from .webhooks.signing import (
    DRAFTER_HEADER,
    SignatureError,
    sign,
    signed_headers,
    verify,
    zendesk_headers,
    zendesk_signature,
)

__all__ = [
    "AsyncDrafterClient", "Delivery", "Draft", "DrafterAPIError", "DrafterClient", "Event", "SignatureError", "sign",
    "signed_headers", "verify", "verify_callback", "zendesk_headers", "zendesk_signature",
]

UNFINISHED = frozenset({"queued", "drafting"})


class DrafterAPIError(Exception):
    def __init__(self, status: int, code: str, message: str, retry_after: float | None = None) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status, self.code, self.message, self.retry_after = status, code, message, retry_after


class Draft(BaseModel):
    """A draft as the API returns it (unknown fields are kept as attributes too)."""

    model_config = ConfigDict(extra="allow")
    id: str
    status: str
    reply: str = ""
    language: str = ""
    intent: str = ""
    tenant: str = ""
    customer_id: str = ""
    ticket_id: str | None = None
    sources: list[dict[str, Any]] = []
    actions: list[dict[str, Any]] = []
    evaluation: dict[str, Any] | None = None
    error: str | None = None
    version: int = 1
    job: dict[str, Any] | None = None
    decision: dict[str, Any] | None = None
    created_at: str = ""

    @property
    def finished(self) -> bool:
        return self.status not in UNFINISHED


class Delivery(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    draft_id: str
    event: str
    state: str
    attempts: int = 0
    last_status: int | None = None
    last_error: str | None = None


@dataclass
class Event:
    """One server-sent event of `GET /v1/drafts/{id}/events`."""

    event: str
    data: dict[str, Any] = field(default_factory=dict)
    id: str | None = None


def verify_callback(secret: str, body: bytes, headers: Mapping[str, str], *, tolerance_s: float = 300) -> dict[str, Any]:
    """Check a callback from drafter (its `X-Drafter-Signature`) and return the parsed JSON.

    `headers` may be any mapping; the lookup ignores case. Raises SignatureError.
    """
    header = next((v for k, v in headers.items() if k.lower() == DRAFTER_HEADER.lower()), None)
    verify(secret, body, header, tolerance_s=tolerance_s)
    payload: dict[str, Any] = json.loads(body)
    return payload


# ---------------------------------------------------------------- what both clients share


@dataclass(frozen=True)
class _Call:
    method: str
    path: str
    json: Any = None
    params: dict[str, Any] | None = None
    headers: dict[str, str] | None = None
    auth: bool = True


def _draft_body(customer_id: str, message: str, opts: dict[str, Any]) -> dict[str, Any]:
    body: dict[str, Any] = {"customer_id": customer_id, "message": message}
    for key in ("subject", "channel", "ticket_id", "language"):
        if opts.get(key) is not None:
            body[key] = opts[key]
    if opts.get("agent"):
        body["agent"] = {"name": opts["agent"]}
    if opts.get("async_"):
        body["async"] = True
    return body


def _decision(agent: str | None, **fields: Any) -> dict[str, Any]:
    body = {k: v for k, v in fields.items() if v is not None}
    if agent:
        body["agent"] = {"name": agent}
    return body


def _webhook(integration_id: str, payload: Mapping[str, Any] | bytes, secret: str, scheme: str) -> _Call:
    body = payload if isinstance(payload, bytes) else json.dumps(payload, ensure_ascii=False).encode("utf-8")
    headers = zendesk_headers(secret, body) if scheme == "zendesk" else signed_headers(secret, body)
    return _Call("POST", f"/v1/webhooks/{integration_id}", json=body, headers=headers, auth=False)


def _error(resp: httpx.Response) -> DrafterAPIError:
    try:
        err = resp.json().get("error") or {}
    except ValueError:
        err = {}
    ra = resp.headers.get("retry-after")
    return DrafterAPIError(
        resp.status_code, str(err.get("code") or "http_error"), str(err.get("message") or resp.text[:200]),
        float(ra) if ra and ra.replace(".", "", 1).isdigit() else None,
    )


class _SSE:
    """Incremental server-sent-events parser (lines in, events out)."""

    def __init__(self) -> None:
        self.event = "message"
        self.data: list[str] = []
        self.id: str | None = None

    def feed(self, line: str) -> Event | None:
        if not line:
            if not self.data:
                self.event = "message"
                return None
            raw = "\n".join(self.data)
            ev = Event(self.event, json.loads(raw) if raw.startswith(("{", "[")) else {"text": raw}, self.id)
            self.event, self.data = "message", []
            return ev
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if name == "event":
            self.event = value
        elif name == "data":
            self.data.append(value)
        elif name == "id":
            self.id = value
        return None


class _Base:
    def __init__(self, base_url: str, api_key: str | None, max_429_retries: int) -> None:
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.max_429_retries = max_429_retries

    def _headers(self, call: _Call) -> dict[str, str]:
        headers = dict(call.headers or {})
        if call.auth and self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        return headers

    @staticmethod
    def _kwargs(call: _Call, headers: dict[str, str]) -> dict[str, Any]:
        kw: dict[str, Any] = {"headers": headers, "params": call.params}
        if isinstance(call.json, bytes):
            kw["content"] = call.json
        elif call.json is not None:
            kw["json"] = call.json
        return kw


# ---------------------------------------------------------------- the synchronous client


class DrafterClient(_Base):
    def __init__(
        self, base_url: str, api_key: str | None = None, *, timeout: float = 60.0, max_429_retries: int = 0,
        http: httpx.Client | None = None,
    ) -> None:
        super().__init__(base_url, api_key, max_429_retries)
        self.http = http or httpx.Client(base_url=self.base_url, timeout=timeout)

    def __enter__(self) -> DrafterClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.http.close()

    def _call(self, call: _Call) -> Any:
        for attempt in range(self.max_429_retries + 1):
            resp = self.http.request(call.method, call.path, **self._kwargs(call, self._headers(call)))
            if resp.status_code == 429 and attempt < self.max_429_retries:
                time.sleep(_error(resp).retry_after or 1.0)
                continue
            if resp.status_code >= 400:
                raise _error(resp)
            return resp.json()
        raise AssertionError("unreachable")

    def health(self) -> dict[str, Any]:
        out: dict[str, Any] = self._call(_Call("GET", "/healthz", auth=False))
        return out

    def create_draft(
        self, customer_id: str, message: str, *, subject: str | None = None, channel: str | None = None, ticket_id: str | None = None,
        agent: str | None = None, language: str | None = None, async_: bool = False, idempotency_key: str | None = None,
    ) -> Draft:
        """Draft now (201, the finished draft), or with `async_` queue it (202, status `queued`)."""
        opts = {"subject": subject, "channel": channel, "ticket_id": ticket_id, "agent": agent, "language": language, "async_": async_}
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else None
        return Draft.model_validate(self._call(_Call("POST", "/v1/drafts", json=_draft_body(customer_id, message, opts), headers=headers)))

    def get_draft(self, draft_id: str) -> Draft:
        return Draft.model_validate(self._call(_Call("GET", f"/v1/drafts/{draft_id}")))

    def list_drafts(self, *, status: str | None = None, limit: int = 50, offset: int = 0) -> list[Draft]:
        params = {k: v for k, v in {"status": status, "limit": limit, "offset": offset}.items() if v is not None}
        return [Draft.model_validate(d) for d in self._call(_Call("GET", "/v1/drafts", params=params))]

    def wait(self, draft_id: str, *, timeout: float = 300.0, poll_s: float = 0.5) -> Draft:
        """Poll until the draft is no longer queued or drafting."""
        deadline = time.monotonic() + timeout
        while True:
            d = self.get_draft(draft_id)
            if d.finished or time.monotonic() > deadline:
                return d
            time.sleep(poll_s)

    def events(self, draft_id: str, *, last_event_id: str | None = None, timeout: float = 300.0) -> Iterator[Event]:
        """The draft's server-sent events, until `done`."""
        headers = self._headers(_Call("GET", ""))
        if last_event_id:
            headers["Last-Event-ID"] = last_event_id
        parser = _SSE()
        with self.http.stream("GET", f"/v1/drafts/{draft_id}/events", headers=headers, timeout=timeout) as resp:
            if resp.status_code >= 400:
                resp.read()
                raise _error(resp)
            for line in resp.iter_lines():
                ev = parser.feed(line)
                if ev is not None:
                    yield ev
                    if ev.event == "done":
                        return

    def approve(self, draft_id: str, *, text: str | None = None, override_reason: str | None = None, agent: str | None = None) -> Draft:
        body = _decision(agent, text=text, override_reason=override_reason)
        return Draft.model_validate(self._call(_Call("POST", f"/v1/drafts/{draft_id}/approve", json=body)))

    def reject(self, draft_id: str, reason: str, *, agent: str | None = None) -> Draft:
        return Draft.model_validate(self._call(_Call("POST", f"/v1/drafts/{draft_id}/reject", json=_decision(agent, reason=reason))))

    def regenerate(self, draft_id: str, *, instructions: str | None = None, agent: str | None = None) -> Draft:
        body = _decision(agent, instructions=instructions)
        return Draft.model_validate(self._call(_Call("POST", f"/v1/drafts/{draft_id}/regenerate", json=body)))

    def retry(self, draft_id: str) -> Draft:
        return Draft.model_validate(self._call(_Call("POST", f"/v1/drafts/{draft_id}/retry")))

    def history(self, draft_id: str) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = self._call(_Call("GET", f"/v1/drafts/{draft_id}/history"))
        return out

    def deliveries(self, draft_id: str) -> list[Delivery]:
        return [Delivery.model_validate(d) for d in self._call(_Call("GET", f"/v1/drafts/{draft_id}/deliveries"))]

    def send_webhook(self, integration_id: str, payload: Mapping[str, Any] | bytes, *, secret: str, scheme: str = "drafter") -> dict[str, Any]:
        """Sign `payload` (drafter's scheme, or `zendesk`) and post it, as a relay would."""
        out: dict[str, Any] = self._call(_webhook(integration_id, payload, secret, scheme))
        return out


# ---------------------------------------------------------------- the asynchronous client


class AsyncDrafterClient(_Base):
    def __init__(
        self, base_url: str, api_key: str | None = None, *, timeout: float = 60.0, max_429_retries: int = 0,
        http: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(base_url, api_key, max_429_retries)
        self.http = http or httpx.AsyncClient(base_url=self.base_url, timeout=timeout)

    async def __aenter__(self) -> AsyncDrafterClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self.http.aclose()

    async def _call(self, call: _Call) -> Any:
        for attempt in range(self.max_429_retries + 1):
            resp = await self.http.request(call.method, call.path, **self._kwargs(call, self._headers(call)))
            if resp.status_code == 429 and attempt < self.max_429_retries:
                await asyncio.sleep(_error(resp).retry_after or 1.0)
                continue
            if resp.status_code >= 400:
                raise _error(resp)
            return resp.json()
        raise AssertionError("unreachable")

    async def health(self) -> dict[str, Any]:
        out: dict[str, Any] = await self._call(_Call("GET", "/healthz", auth=False))
        return out

    async def create_draft(
        self, customer_id: str, message: str, *, subject: str | None = None, channel: str | None = None, ticket_id: str | None = None,
        agent: str | None = None, language: str | None = None, async_: bool = False, idempotency_key: str | None = None,
    ) -> Draft:
        opts = {"subject": subject, "channel": channel, "ticket_id": ticket_id, "agent": agent, "language": language, "async_": async_}
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else None
        return Draft.model_validate(await self._call(_Call("POST", "/v1/drafts", json=_draft_body(customer_id, message, opts), headers=headers)))

    async def get_draft(self, draft_id: str) -> Draft:
        return Draft.model_validate(await self._call(_Call("GET", f"/v1/drafts/{draft_id}")))

    async def list_drafts(self, *, status: str | None = None, limit: int = 50, offset: int = 0) -> list[Draft]:
        params = {k: v for k, v in {"status": status, "limit": limit, "offset": offset}.items() if v is not None}
        return [Draft.model_validate(d) for d in await self._call(_Call("GET", "/v1/drafts", params=params))]

    async def wait(self, draft_id: str, *, timeout: float = 300.0, poll_s: float = 0.5) -> Draft:
        deadline = time.monotonic() + timeout
        while True:
            d = await self.get_draft(draft_id)
            if d.finished or time.monotonic() > deadline:
                return d
            await asyncio.sleep(poll_s)

    async def events(self, draft_id: str, *, last_event_id: str | None = None, timeout: float = 300.0) -> AsyncIterator[Event]:
        headers = self._headers(_Call("GET", ""))
        if last_event_id:
            headers["Last-Event-ID"] = last_event_id
        parser = _SSE()
        async with self.http.stream("GET", f"/v1/drafts/{draft_id}/events", headers=headers, timeout=timeout) as resp:
            if resp.status_code >= 400:
                await resp.aread()
                raise _error(resp)
            async for line in resp.aiter_lines():
                ev = parser.feed(line)
                if ev is not None:
                    yield ev
                    if ev.event == "done":
                        return

    async def approve(self, draft_id: str, *, text: str | None = None, override_reason: str | None = None, agent: str | None = None) -> Draft:
        body = _decision(agent, text=text, override_reason=override_reason)
        return Draft.model_validate(await self._call(_Call("POST", f"/v1/drafts/{draft_id}/approve", json=body)))

    async def reject(self, draft_id: str, reason: str, *, agent: str | None = None) -> Draft:
        return Draft.model_validate(await self._call(_Call("POST", f"/v1/drafts/{draft_id}/reject", json=_decision(agent, reason=reason))))

    async def regenerate(self, draft_id: str, *, instructions: str | None = None, agent: str | None = None) -> Draft:
        body = _decision(agent, instructions=instructions)
        return Draft.model_validate(await self._call(_Call("POST", f"/v1/drafts/{draft_id}/regenerate", json=body)))

    async def retry(self, draft_id: str) -> Draft:
        return Draft.model_validate(await self._call(_Call("POST", f"/v1/drafts/{draft_id}/retry")))

    async def history(self, draft_id: str) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = await self._call(_Call("GET", f"/v1/drafts/{draft_id}/history"))
        return out

    async def deliveries(self, draft_id: str) -> list[Delivery]:
        return [Delivery.model_validate(d) for d in await self._call(_Call("GET", f"/v1/drafts/{draft_id}/deliveries"))]

    async def send_webhook(self, integration_id: str, payload: Mapping[str, Any] | bytes, *, secret: str, scheme: str = "drafter") -> dict[str, Any]:
        out: dict[str, Any] = await self._call(_webhook(integration_id, payload, secret, scheme))
        return out
