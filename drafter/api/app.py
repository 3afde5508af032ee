"""The FastAPI application factory."""

from __future__ import annotations

from fastapi import Depends, FastAPI
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..console import router as console_router
from ..services.container import Services
from ..settings import Settings, get_settings
from ..worker.lifespan import worker_lifespan
from .deps import require
from .errors import error_body, install_error_handlers
from .routes import (
    customers,
    drafts,
    evaluate,
    events,
    health,
    insights,
    integrations,
    keys,
    knowledge,
    stats,
    webhooks,
)


class BodyLimit:
    """Refuse oversized bodies with 413 before reading them (Content-Length) or while reading.

    A plain ASGI middleware: Starlette's BaseHTTPMiddleware runs every request through an
    extra task and response stream, which cost a measurable share of a draft's CPU.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length", b"")
        if length.isdigit() and int(length) > self.max_bytes:
            await self._too_big(scope, receive, send)
            return
        if scope.get("method") not in {"POST", "PUT", "PATCH"}:
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:  # counted while read: a chunked upload has no Content-Length
            message = await receive()
            if message["type"] != "http.request":
                await self.app(scope, _replay([], message, receive), send)
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._too_big(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        await self.app(scope, _replay(chunks, None, receive), send)

    async def _too_big(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = error_body("payload_too_large", f"request body is over {self.max_bytes} bytes")
        await JSONResponse(body, status_code=413)(scope, receive, send)


def _replay(chunks: list[bytes], pending: Message | None, receive: Receive) -> Receive:
    """A receive that hands the app the body already read, then the live channel."""
    first: list[Message] = [{"type": "http.request", "body": b"".join(chunks), "more_body": False}] if pending is None else [pending]

    async def replay() -> Message:
        if first:
            return first.pop()
        return await receive()

    return replay


def create_app(settings: Settings | None = None, services: Services | None = None) -> FastAPI:
    settings = settings or (services.settings if services else get_settings())
    # The lifespan runs the in-service worker pool (asynchronous drafts, callbacks).
    app = FastAPI(title="drafter", version=__version__, description="Policy-grounded, checked support reply drafts.", lifespan=worker_lifespan)
    app.state.services = services or Services(settings)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    install_error_handlers(app)
    app.include_router(health.router)  # /healthz and /readyz: the only routes without a key
    app.include_router(drafts.router)
    # The evaluate route predates keys; the key check is attached here for it.
    app.include_router(evaluate.router, dependencies=[Depends(require("evaluate"))])
    app.include_router(customers.router)
    app.include_router(knowledge.router)
    app.include_router(keys.router)
    app.include_router(stats.router)
    app.include_router(insights.router)
    app.include_router(console_router)  # /console (the page needs no key; its API calls do)
    app.include_router(events.router)
    app.include_router(integrations.router)
    app.include_router(webhooks.router)  # no key: the integration's signature authenticates
    return app
