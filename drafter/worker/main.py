"""`drafter worker`: a process that only drafts (and sends callbacks), sharing the
database with any number of `drafter serve` instances and other workers.

SIGTERM or SIGINT stops it gracefully: no new claims, running drafts get a grace period,
what is left is handed back to the queue at once (not after its lease runs out).
SIGKILL loses nothing either: its leases expire and another worker takes the drafts.
"""

from __future__ import annotations

import asyncio
import logging
import signal

from ..services.container import Services
from ..settings import Settings
from .pool import WorkerPool

log = logging.getLogger("drafter.worker")


def run_worker(settings: Settings, *, concurrency: int | None = None, deliveries: bool = True, grace_s: float = 30.0) -> WorkerPool:
    size = concurrency if concurrency is not None else max(1, settings.worker_pool_size)
    pool = WorkerPool(Services(settings), size=size, name="worker", deliveries=deliveries, grace_s=grace_s)

    async def main() -> None:
        loop = asyncio.get_running_loop()
        task = asyncio.create_task(pool.run())
        await asyncio.sleep(0)  # let run() create its events before a signal can arrive
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, pool.request_stop)
        await task

    asyncio.run(main())
    log.info("worker stopped: %s", pool.stats)
    return pool
