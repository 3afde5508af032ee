"""`GET /v1/drafts/{id}/events`: a draft's progress as server-sent events.

Events, in order:
- `status` (one per audit event, `id:` = the event's id, so `Last-Event-ID` resumes):
  `{status, from, kind, at, …}` — queued, drafting, retry_scheduled, lease_expired, …
- `writing` and `token` `{text}`: live model output of a writing round, when the draft
  is written by a streaming-capable model in this process (a new `writing` starts a new
  round; revisions discard the previous one). Never required: the next two carry the text.
- `delta` `{text}`: the finished reply in chunks, in order (concatenated: the reply).
- `reply` `{id, status, reply, language, passed, error}` and then `done` `{status}`:
  the stream ends once the draft is `pending_review`, `failed` or later.
Comments (`: ping`) keep idle connections open.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from fastapi import APIRouter, Depends, Header, Request
from fastapi.responses import StreamingResponse
from sqlalchemy import select

from ...errors import StoreUnavailable
from ...services.container import Services
from ...services.drafts import DraftService, DraftView, event_dict
from ...store.tables import DraftEvent, DraftRow
from ...worker.stream import BUS
from ..deps import Caller, get_services, require

router = APIRouter(tags=["drafts"])

TERMINAL = frozenset({"pending_review", "failed", "approved", "rejected", "superseded"})
PING_S = 15.0


def sse(event: str, data: dict[str, Any], *, id: int | None = None) -> str:
    head = f"id: {id}\n" if id is not None else ""
    return f"{head}event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def chunks(text: str, words: int = 3) -> list[str]:
    """The text in pieces of a few words; joined, they are the text exactly."""
    tokens = re.findall(r"\s*\S+|\s+$", text)
    return ["".join(tokens[i : i + words]) for i in range(0, len(tokens), words)]


def _status_data(e: dict[str, Any]) -> dict[str, Any]:
    after = dict(e.get("after") or {})
    return {**after, "status": after.get("status"), "from": (e.get("before") or {}).get("status"), "kind": e["kind"], "at": e["at"]}


def _poll(services: Services, draft_id: str, tenant: str, after: int) -> tuple[list[dict[str, Any]], DraftView | None]:
    with services.db.session() as s:
        # Status first: a status change and its event commit together, so events read
        # after a terminal status include the event that made it terminal. Read the
        # other way round, a commit between the two reads would lose that last event.
        status = s.scalar(select(DraftRow.status).where(DraftRow.id == draft_id, DraftRow.tenant == tenant))
        events = [event_dict(e) for e in s.scalars(select(DraftEvent).where(DraftEvent.draft_id == draft_id, DraftEvent.id > after).order_by(DraftEvent.id))]
    view = DraftService(services).get(draft_id, tenant=tenant) if status in TERMINAL else None
    return events, view


def _live(item: dict[str, Any]) -> str | None:
    """A bus item as its server-sent event; None for a change to read from the database."""
    if item.get("type") == "token":
        return sse("token", {"text": item.get("text", "")})
    if item.get("type") == "writing":
        return sse("writing", {})
    return None


def _drain(queue: asyncio.Queue[dict[str, Any]]) -> list[str]:
    pending = []
    while not queue.empty():
        live = _live(queue.get_nowait())
        if live is not None:
            pending.append(live)
    return pending


async def stream_events(
    services: Services, draft_id: str, tenant: str, after: int, disconnected: Callable[[], Awaitable[bool]],
) -> AsyncIterator[str]:
    queue = BUS.subscribe(draft_id)
    poll_s = services.settings.events_poll_s
    pinged = time.monotonic()
    try:
        yield "retry: 2000\n\n"
        while True:
            try:
                events, view = await asyncio.to_thread(_poll, services, draft_id, tenant, after)
            except StoreUnavailable:  # the database is away for a moment: keep the stream, look again
                yield ": database unavailable, retrying\n\n"
                await asyncio.sleep(min(5.0, poll_s * 8))
                continue
            # Live pieces already queued were published before the state just read was
            # committed: send them first, or a draft that finished meanwhile loses its tail.
            for piece in _drain(queue):
                yield piece
            for e in events:
                after = int(e["id"])
                yield sse("status", _status_data(e), id=after)
            if view is not None:
                for piece in chunks(view.reply):
                    yield sse("delta", {"text": piece})
                passed = view.evaluation.passed if view.evaluation is not None else None
                yield sse("reply", {"id": view.id, "status": view.status, "reply": view.reply, "language": view.language, "passed": passed, "error": view.error})
                yield sse("done", {"status": view.status})
                return
            deadline = time.monotonic() + poll_s
            while (left := deadline - time.monotonic()) > 0:
                try:
                    item = await asyncio.wait_for(queue.get(), timeout=left)
                except TimeoutError:
                    break
                live = _live(item)
                if live is None:  # something changed: look at the database now
                    break
                yield live
            if await disconnected():
                return
            if time.monotonic() - pinged > PING_S:
                pinged = time.monotonic()
                yield ": ping\n\n"
    finally:
        BUS.unsubscribe(draft_id, queue)


@router.get(
    "/v1/drafts/{draft_id}/events", response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {}}, "description": "status, token, delta, reply and done events"}},
)
async def draft_events(
    draft_id: str, request: Request, last_event_id: str | None = Header(default=None, max_length=20),
    services: Services = Depends(get_services), caller: Caller = Depends(require("read")),
) -> StreamingResponse:
    await asyncio.to_thread(DraftService(services).get, draft_id, tenant=caller.tenant)  # 404 before the stream starts
    # An event id beyond 64 bits would overflow the database integer: treat it as the newest.
    after = min(int(last_event_id), 2**63 - 1) if last_event_id and last_event_id.isascii() and last_event_id.isdigit() else 0
    return StreamingResponse(
        stream_events(services, draft_id, caller.tenant, after, request.is_disconnected),
        media_type="text/event-stream", headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
