"""Starting and stopping the in-service worker pool with the FastAPI application."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request

from .pool import WorkerPool

log = logging.getLogger("drafter.worker")


@asynccontextmanager
async def worker_lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Runs a pool of DRAFTER_WORKER_POOL_SIZE workers while the app serves, unless
    DRAFTER_WORKER_IN_SERVICE=false (then only `drafter worker` processes draft)."""
    services = app.state.services
    settings = services.settings
    pool: WorkerPool | None = None
    if settings.worker_in_service and settings.worker_pool_size > 0:
        pool = WorkerPool(services, size=settings.worker_pool_size, name="serve", grace_s=10.0)
        pool.start()
    app.state.worker_pool = pool
    try:
        yield
    finally:
        app.state.worker_pool = None
        if pool is not None:
            await asyncio.to_thread(pool.stop)


def wake_workers(request: Request) -> None:
    """Tell this process's pool (if any) that work was just queued."""
    pool = getattr(request.app.state, "worker_pool", None)
    if isinstance(pool, WorkerPool):
        pool.wake()
