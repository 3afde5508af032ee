"""Live text of a draft being written, for `GET /v1/drafts/{id}/events`.

The model seam (`ChatModel.complete`) returns whole answers. A model that can also
stream implements `complete_streaming(request, on_text)` (the `StreamingChatModel`
protocol below); the worker pool wraps the pipeline's model in a `TokenTap` that, for
the *write* calls of a draft a worker is drafting, uses it and publishes each piece on
the in-process `BUS`. Models without it (today: litellm's and the scripted model)
answer as before, and the events stream sends the finished reply in chunks instead.
The bus is per process: a stream served by another instance than the worker sees
status changes (from the database) and the finished reply, not the live tokens.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any, Protocol, runtime_checkable

from ..llm.base import ChatModel, ChatRequest, ChatResponse

# The draft the current task is drafting (set by the worker around one draft).
current_draft: ContextVar[str | None] = ContextVar("drafter_current_draft", default=None)


@runtime_checkable
class StreamingChatModel(Protocol):
    name: str

    async def complete(self, request: ChatRequest) -> ChatResponse: ...

    async def complete_streaming(self, request: ChatRequest, on_text: Callable[[str], None]) -> ChatResponse:
        """Like `complete`, calling `on_text` with each piece of text as it arrives."""
        ...


class DraftBus:
    """Fan-out of per-draft events to subscribers on any event loop; publish is thread-safe."""

    def __init__(self, max_queued: int = 2000) -> None:
        self._subs: dict[str, list[tuple[asyncio.AbstractEventLoop, asyncio.Queue[dict[str, Any]]]]] = {}
        self._lock = threading.Lock()
        self._max = max_queued

    def subscribe(self, draft_id: str) -> asyncio.Queue[dict[str, Any]]:
        q: asyncio.Queue[dict[str, Any]] = asyncio.Queue(self._max)
        with self._lock:
            self._subs.setdefault(draft_id, []).append((asyncio.get_running_loop(), q))
        return q

    def unsubscribe(self, draft_id: str, q: asyncio.Queue[dict[str, Any]]) -> None:
        with self._lock:
            subs = [x for x in self._subs.get(draft_id, []) if x[1] is not q]
            if subs:
                self._subs[draft_id] = subs
            else:
                self._subs.pop(draft_id, None)

    def publish(self, draft_id: str, event: dict[str, Any]) -> None:
        with self._lock:
            subs = list(self._subs.get(draft_id, ()))
        for loop, q in subs:
            try:
                loop.call_soon_threadsafe(_offer, q, event)
            except RuntimeError:  # that subscriber's loop is closed
                self.unsubscribe(draft_id, q)


def _offer(q: asyncio.Queue[dict[str, Any]], event: dict[str, Any]) -> None:
    if not q.full():  # a slow reader loses live tokens, never the final reply (read from the database)
        q.put_nowait(event)


BUS = DraftBus()


class TokenTap:
    """A ChatModel that streams the write calls of worker drafts to the bus."""

    def __init__(self, inner: ChatModel, bus: DraftBus = BUS) -> None:
        self.inner = inner
        self.bus = bus
        self.name = inner.name

    async def complete(self, request: ChatRequest) -> ChatResponse:
        draft_id = current_draft.get()
        if draft_id is None or request.purpose != "write" or not isinstance(self.inner, StreamingChatModel):
            return await self.inner.complete(request)
        self.bus.publish(draft_id, {"type": "writing"})
        return await self.inner.complete_streaming(request, lambda text: self.bus.publish(draft_id, {"type": "token", "text": text}))


def install_tap(pipeline: Any) -> None:
    """Wrap a pipeline's model once (idempotent); a pipeline without a model is left alone."""
    model = getattr(pipeline, "model", None)
    if model is not None and not isinstance(model, TokenTap):
        pipeline.model = TokenTap(model)
