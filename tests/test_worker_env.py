"""Shared set-up for the worker, webhook, delivery and client tests (no tests here).

`worker_env` builds the app over real stores with keys (test_review_env.make_env) plus
a WorkerPool on the same services; `live_server` runs an app on a real port (uvicorn in a
thread) for tests that need real HTTP (SSE, the reference client); `Receiver` is a tiny
threaded HTTP server that answers callbacks with a script of statuses.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import uvicorn
from fastapi import FastAPI
from sqlalchemy import select
from test_review_env import Env, make_env

from drafter.llm.base import ChatRequest
from drafter.llm.scripted import ScriptedModel
from drafter.services.container import Services
from drafter.settings import Settings
from drafter.store.tables import DraftEvent, DraftJob, DraftRow
from drafter.worker.pool import WorkerPool

PLAN = {"intent": "refund", "apology_owed": True, "action_ids": [], "manager_exception": False}
BODY = "I'm sorry we charged you without a clear reminder.\n\nI have looked into it myself and I will write to you within 2 business days."


def fast(settings: Settings, **changes: Any) -> Settings:
    """Settings for tests: short leases and retries, no revision rounds."""
    base: dict[str, Any] = {
        "worker_lease_s": 2.0, "worker_poll_s": 0.05, "worker_retry_base_s": 0.05, "worker_retry_max_s": 0.2,
        "callback_retry_base_s": 0.05, "callback_retry_max_s": 0.2, "callback_timeout_s": 2.0, "max_revisions": 0,
        "events_poll_s": 0.05,
    }
    return settings.model_copy(update={**base, **changes})


def llm_model(fail_first: int = 0, error: Exception | None = None) -> ScriptedModel:
    """A model for planner=llm, writer=llm: a plan for plan calls, a body for write calls;
    the first `fail_first` calls raise `error`."""
    calls = {"n": 0}

    def answer(req: ChatRequest) -> str | dict[str, Any]:
        calls["n"] += 1
        if calls["n"] <= fail_first and error is not None:
            raise error
        return PLAN if req.purpose == "plan" else BODY

    m = ScriptedModel(fn=answer, name="scripted-llm")
    m.calls = calls  # type: ignore[attr-defined]
    return m


@dataclass
class WorkerEnv:
    env: Env
    services: Services
    pools: list[WorkerPool] = field(default_factory=list)

    def start_pool(self, size: int = 2, name: str = "test") -> WorkerPool:
        pool = WorkerPool(self.services, size=size, name=name, grace_s=2.0)
        pool.start()
        self.pools.append(pool)
        self.env.client.app.state.worker_pool = pool  # type: ignore[attr-defined]
        return pool

    def stop(self) -> None:
        for p in self.pools:
            p.stop(timeout=15)
        self.pools.clear()

    def submit(self, who: str = "agent", *, idem: str | None = None, **body: Any) -> Any:
        payload = {"customer_id": "C-1001", "message": "My plan auto-renewed and charged 144 EUR. Refund it please.", "async": True, **body}
        headers = {**self.env.h(who), **({"Idempotency-Key": idem} if idem else {})}
        return self.env.client.post("/v1/drafts", json=payload, headers=headers)

    def wait_status(self, draft_id: str, statuses: set[str], timeout: float = 60.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            d: dict[str, Any] = self.env.get(f"/v1/drafts/{draft_id}").json()
            if d["status"] in statuses:
                return d
            if time.monotonic() > deadline:
                raise AssertionError(f"draft {draft_id} still {d['status']} after {timeout} s: {d.get('job')}")
            time.sleep(0.05)

    def job(self, draft_id: str) -> DraftJob:
        with self.services.db.session() as s:
            job = s.get(DraftJob, draft_id)
            assert job is not None
            return job

    def kinds(self, draft_id: str) -> list[str]:
        with self.services.db.session() as s:
            return list(s.scalars(select(DraftEvent.kind).where(DraftEvent.draft_id == draft_id).order_by(DraftEvent.id)))

    def statuses(self) -> dict[str, str]:
        with self.services.db.session() as s:
            return dict(s.execute(select(DraftRow.id, DraftRow.status)).tuples().all())


@contextlib.contextmanager
def worker_env(settings: Settings, *, model: ScriptedModel | None = None) -> Iterator[WorkerEnv]:
    env = make_env(settings, model=model)
    assert env.services is not None
    we = WorkerEnv(env, env.services)
    try:
        yield we
    finally:
        we.stop()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextlib.contextmanager
def live_server(app: FastAPI) -> Iterator[str]:
    """Serve `app` (lifespan included) on 127.0.0.1; yields the base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(20)


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class Receiver:
    """A callback receiver on 127.0.0.1 that answers the n-th request with script[n]:
    an HTTP status, or "drop" (close the connection without answering); after the
    script it answers `then`."""

    def __init__(self, script: list[int | str], then: int = 200) -> None:
        self.script, self.then = list(script), then
        self.received: list[Received] = []
        self.lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                with outer.lock:
                    outer.received.append(Received(self.path, {k.lower(): v for k, v in self.headers.items()}, body))
                    action = outer.script.pop(0) if outer.script else outer.then
                if action == "drop":
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                assert isinstance(action, int)
                self.send_response(action)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Receiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def wait_for(self, n: int, timeout: float = 30.0) -> list[Received]:
        deadline = time.monotonic() + timeout
        while len(self.received) < n:
            if time.monotonic() > deadline:
                raise AssertionError(f"{len(self.received)} of {n} callbacks arrived")
            time.sleep(0.02)
        return self.received


def wait_until(cond: Callable[[], bool], timeout: float = 30.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)
