"""Asynchronous drafting: the job queue in the database, leases, the worker pool that
runs inside `drafter serve` and as `drafter worker`, and live draft events.

Modules: `jobs` and `lease` (light, used by services.drafts), `queue` (claim, retry,
fail, reap, backpressure), `pool` (the workers), `stream` (live text for SSE), `main`
(the `drafter worker` process).
"""
