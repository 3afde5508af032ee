"""The FastAPI application factory."""

from __future__ import annotations

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.responses import Response

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


class BodyLimit(BaseHTTPMiddleware):
    """Refuse oversized bodies with 413 before reading them (Content-Length) or while reading."""

    def __init__(self, app: object, max_bytes: int) -> None:
        super().__init__(app)  # type: ignore[arg-type]
        self.max_bytes = max_bytes

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        length = request.headers.get("content-length")
        too_big = JSONResponse(error_body("payload_too_large", f"request body is over {self.max_bytes} bytes"), status_code=413)
        if length is not None and length.isdigit() and int(length) > self.max_bytes:
            return too_big
        if request.method in {"POST", "PUT", "PATCH"}:
            body = await request.body()
            if len(body) > self.max_bytes:
                return too_big
        return await call_next(request)


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
