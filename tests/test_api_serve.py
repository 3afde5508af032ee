"""The whole review flow against a real `drafter serve` process over HTTP, with keys
bootstrapped by the `drafter keys` CLI, on a real SQLite file."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from test_review_env import (
    ANGRY_RENEWAL,
    KEYS,
    Env,
    flow_concurrent_approvals,
    flow_full_review,
    flow_state_conflicts,
    flow_tenant_isolation,
)

from drafter.settings import Settings

pytestmark = pytest.mark.slow


def _cli(env: dict[str, str], *args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "drafter.cli", *args], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture
def served(ingested_settings: Settings, tmp_path: Path) -> Iterator[tuple[Env, dict[str, str]]]:
    env = {
        **os.environ, "DRAFTER_HOME": str(ingested_settings.home), "DRAFTER_TODAY": "2026-11-22",
        "LITELLM_LOCAL_MODEL_COST_MAP": "True", "PYTHONUNBUFFERED": "1",
    }
    env.pop("DRAFTER_DATABASE_URL", None)
    admin = _cli(env, "keys", "create", "--tenant", "default", "--role", "admin", "--name", "Admin").strip().splitlines()[-1]
    b_admin = _cli(env, "keys", "create", "--tenant", "b", "--role", "admin").strip().splitlines()[-1]
    port = _free_port()
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "drafter.cli", "serve", "--port", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT)
    client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120)
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                if client.get("/healthz").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None, (tmp_path / "serve.log").read_text()
            assert time.monotonic() < deadline, "drafter serve did not start"
            time.sleep(0.3)
        e = Env(client, None)
        e.keys["admin"], e.keys["b_admin"] = admin, b_admin
        for who, (tenant, role, name) in KEYS.items():
            if who in e.keys:
                continue
            r = client.post("/v1/keys", json={"role": role, "name": name}, headers=e.h("b_admin" if tenant == "b" else "admin"))
            assert r.status_code == 201, r.text
            e.keys[who], e.key_ids[who] = r.json()["key"], r.json()["id"]
        yield e, env
    finally:
        client.close()
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def test_review_flow_against_drafter_serve(served: tuple[Env, dict[str, str]], tmp_path: Path) -> None:
    e, env = served
    flow_full_review(e)
    flow_state_conflicts(e)
    flow_tenant_isolation(e)
    flow_concurrent_approvals(e, n=10)

    # A key revoked with the CLI is refused by the running server on the next request.
    assert e.get("/v1/drafts", "agent2").status_code == 200
    _cli(env, "keys", "revoke", e.key_ids["agent2"])
    r = e.get("/v1/drafts", "agent2")
    assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized"

    # What the agents rejected today comes back out as eval cases.
    out = tmp_path / "export" / "today.jsonl"
    _cli(env, "evals", "export", "--since", time.strftime("%Y-%m-%d", time.gmtime()), "--output", str(out))
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert any(x["decision"] == "rejected" and x["author"] == "drafter" for x in lines)
    assert (tmp_path / "export" / "today.cases.yaml").exists()

    # The server's log has requests and statuses, never keys, messages or replies.
    log = (tmp_path / "serve.log").read_text(encoding="utf-8")
    assert "POST /v1/drafts" in log
    for needle in (*e.keys.values(), ANGRY_RENEWAL[:30], "Megan", "144.00 EUR"):
        assert needle not in log, needle
