"""`GET /v1/drafts/{id}/events` over real HTTP: status changes as they happen, live model
tokens when the writer streams, the finished reply in chunks, resumption by Last-Event-ID."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import sqlalchemy
from test_review_env import make_env
from test_worker_env import PLAN, fast, live_server

from drafter.api.app import create_app
from drafter.api.routes.events import stream_events
from drafter.client import DrafterClient, Event
from drafter.llm.base import ChatRequest, ChatResponse
from drafter.services.container import Services
from drafter.services.drafts import DraftService
from drafter.services.keys import KeyService
from drafter.settings import Settings
from drafter.worker.stream import BUS

BODY = "I'm sorry we renewed your plan without a clear reminder.\n\nI have cancelled the renewal myself and the refund reaches your card within 5 business days."


class StreamingModel:
    """A model that implements the optional streaming method of the model seam."""

    name = "streaming-double"

    async def complete(self, request: ChatRequest) -> ChatResponse:
        await asyncio.sleep(0.8)  # the plan takes a moment: the events stream is connected by then
        return ChatResponse(text=json.dumps(PLAN) if request.purpose == "plan" else BODY, model=self.name)

    async def complete_streaming(self, request: ChatRequest, on_text: Callable[[str], None]) -> ChatResponse:
        for word in BODY.split(" "):
            await asyncio.sleep(0.01)
            on_text(word + " ")
        return ChatResponse(text=BODY, model=self.name, completion_tokens=len(BODY.split()))


def _key(services: Services, tenant: str = "default") -> str:
    return KeyService(services.db).create(tenant=tenant, role="agent", name="Grayson Berger").secret


def test_events_stream_status_and_the_composed_reply(ingested_settings: Settings) -> None:
    services = Services(fast(ingested_settings), use_model=False)
    key, other = _key(services), _key(services, "b")
    with live_server(create_app(services=services)) as url, DrafterClient(url, key) as dc:
        d = dc.create_draft("C-1001", "My plan auto-renewed and charged 144 EUR. Refund it please.", async_=True)
        assert d.status == "queued"
        events = list(dc.events(d.id))
        names = [e.event for e in events]
        assert names[-2:] == ["reply", "done"] and "delta" in names
        statuses = [e.data["status"] for e in events if e.event == "status"]
        assert statuses == ["queued", "drafting", "pending_review"]
        assert [e.data["kind"] for e in events if e.event == "status"] == ["created", "drafting", "drafted"]
        reply = events[-2].data["reply"]
        assert "".join(e.data["text"] for e in events if e.event == "delta") == reply
        assert reply == dc.get_draft(d.id).reply and reply.startswith("Hi Megan,")
        assert events[-1].data == {"status": "pending_review"}

        # Resuming after the `drafting` event replays only what came after it.
        drafting = next(e for e in events if e.event == "status" and e.data["status"] == "drafting")
        resumed = list(dc.events(d.id, last_event_id=drafting.id))
        assert [e.data["status"] for e in resumed if e.event == "status"] == ["pending_review"]

        with httpx.Client(base_url=url) as raw:
            assert raw.get(f"/v1/drafts/{d.id}/events").status_code == 401
            r = raw.get(f"/v1/drafts/{d.id}/events", headers={"Authorization": f"Bearer {other}"})
            assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
            r = raw.get(f"/v1/drafts/{d.id}/events", headers={"Authorization": f"Bearer {key}"})
            assert r.headers["content-type"].startswith("text/event-stream") and r.text.startswith("retry: 2000")


def test_events_stream_live_tokens_from_a_streaming_writer(ingested_settings: Settings) -> None:
    settings = fast(ingested_settings, planner="llm", writer="llm")
    services = Services(settings, model=StreamingModel())  # type: ignore[arg-type]
    key = _key(services)
    with live_server(create_app(services=services)) as url, DrafterClient(url, key) as dc:
        d = dc.create_draft("C-1001", "My plan auto-renewed and charged 144 EUR. Refund it please.", async_=True)
        events: list[Event] = list(dc.events(d.id))
    names = [e.event for e in events]
    assert "writing" in names and names.index("writing") < names.index("token")
    live = "".join(e.data["text"] for e in events if e.event == "token")
    assert live == BODY + " "  # every piece, in order
    final = events[-2].data["reply"]
    assert "I have cancelled the renewal myself" in final
    # Tokens come before the draft is stored; the finished reply after.
    assert names.index("token") < max(i for i, e in enumerate(events) if e.event == "status")


@pytest.mark.parametrize("terminal", ["failed"])
def test_events_of_a_failed_draft_end_with_its_reason(ingested_settings: Settings, terminal: str) -> None:
    from test_worker_env import llm_model

    from drafter.errors import ModelAuthError

    model = llm_model(fail_first=10**6, error=ModelAuthError("the model provider refused the credentials for openai/x"))
    env = make_env(fast(ingested_settings, planner="llm", writer="llm"), model=model)
    assert env.services is not None
    key = _key(env.services)
    with live_server(create_app(services=env.services)) as url, DrafterClient(url, key) as dc:
        d = dc.create_draft("C-1001", "Refund it", async_=True)
        events = list(dc.events(d.id))
    assert events[-1].data == {"status": terminal}
    assert "refused the credentials" in events[-2].data["error"]


# -- races between the stream and a draft finishing, made deterministic


def _drafting(services: Services) -> str:
    drafts = DraftService(services)
    draft_id = drafts.accept({"customer_id": "C-1001", "message": "Refund it"}, tenant="default", actor="api")
    with services.db.session() as s:
        drafts.transition(s, draft_id, "default", "drafting", actor="worker", kind="drafting")
    return draft_id


def _finish(services: Services, draft_id: str) -> None:
    with services.db.session() as s:
        DraftService(services).transition(
            s, draft_id, "default", "pending_review", actor="pipeline", kind="drafted", values={"reply": "Hi Megan, done."},
        )


def _stream(services: Services, draft_id: str, meanwhile: Callable[[], None]) -> list[str]:
    """Every piece of the stream; `meanwhile` runs once the stream is subscribed."""

    async def connected() -> bool:
        return False

    async def read() -> list[str]:
        gen = stream_events(services, draft_id, "default", 0, connected)
        out = [await gen.__anext__()]  # `retry:` is sent after the bus subscription
        meanwhile()
        out += [piece async for piece in gen]
        return out

    return asyncio.run(read())


def test_events_keep_the_event_that_finished_a_draft_committed_between_two_reads(ingested_settings: Settings) -> None:
    services = Services(fast(ingested_settings, events_poll_s=5.0), use_model=False)
    draft_id = _drafting(services)
    finished: list[bool] = []

    def finish_before_the_status_is_read(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        # The draft finishes just before the stream first reads its status: after the
        # stream's read of the events if it made that one first.
        if not finished and statement.lstrip().startswith("SELECT drafts.status"):
            finished.append(True)
            _finish(services, draft_id)

    sqlalchemy.event.listen(services.db.engine, "before_cursor_execute", finish_before_the_status_is_read)
    try:
        pieces = _stream(services, draft_id, lambda: None)
    finally:
        sqlalchemy.event.remove(services.db.engine, "before_cursor_execute", finish_before_the_status_is_read)
    statuses = [json.loads(p.split("data: ", 1)[1])["status"] for p in pieces if p.startswith("id:")]
    assert finished and statuses == ["queued", "drafting", "pending_review"]
    assert pieces[-1].startswith("event: done")


def test_events_send_live_tokens_queued_before_the_draft_finished(ingested_settings: Settings) -> None:
    services = Services(fast(ingested_settings, events_poll_s=5.0), use_model=False)
    draft_id = _drafting(services)

    def write_then_finish() -> None:
        BUS.publish(draft_id, {"type": "writing"})
        for word in ("Hi ", "Megan, ", "done."):
            BUS.publish(draft_id, {"type": "token", "text": word})
        _finish(services, draft_id)

    pieces = _stream(services, draft_id, write_then_finish)
    events = [p.split("event: ", 1)[1].split("\n", 1)[0] for p in pieces if "event: " in p]
    tokens = [json.loads(p.split("data: ", 1)[1])["text"] for p in pieces if "event: token" in p]
    assert tokens == ["Hi ", "Megan, ", "done."]
    assert events.index("writing") < events.index("token") < events.index("reply") and events[-1] == "done"
