"""API keys, roles and tenants: 401 for missing, malformed, unknown or revoked keys; 403
for the wrong role or tenant; keys stored hashed; the CLI bootstraps keys."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from conftest import TENANT_B
from sqlalchemy import select
from test_review_env import Env, make_env
from typer.testing import CliRunner

from drafter.cli import app as cli_app
from drafter.services.keys import KeyService, hash_secret
from drafter.settings import Settings
from drafter.store.db import Database
from drafter.store.tables import ApiKey

# Webhooks authenticate by the integration's HMAC signature instead of a key.
OPEN_PATHS = {"/healthz", "/readyz", "/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc", "/v1/webhooks/{integration_id}"}


@pytest.fixture
def env(ingested_settings: Settings) -> Env:
    return make_env(ingested_settings)


def _route_calls(env: Env) -> list[tuple[str, str]]:
    calls = []
    for path, ops in env.client.app.openapi()["paths"].items():  # type: ignore[attr-defined]
        if path in OPEN_PATHS:
            continue
        for method in ops:
            calls.append((method.upper(), path.replace("{draft_id}", "d_x").replace("{customer_id}", "C-1001").replace("{key_id}", "k_x")))
    return calls


def test_every_route_but_health_needs_a_key(env: Env) -> None:
    calls = _route_calls(env)
    assert len(calls) >= 15
    for method, path in calls:
        r = env.client.request(method, path, json={})
        assert r.status_code == 401, (method, path, r.status_code)
        assert r.json()["error"]["code"] == "unauthorized"
    assert env.client.get("/healthz").status_code == 200
    assert env.client.get("/readyz").status_code == 200


@pytest.mark.parametrize(
    ("header", "fragment"),
    [
        (None, "missing API key"),
        ("Basic dXNlcjpwdw==", "malformed"),
        ("Bearer", "malformed"),
        ("Bearer not-a-drafter-key", "malformed"),
        ("Bearer drf_" + "x" * 43, "unknown API key"),
    ],
)
def test_missing_malformed_and_unknown_keys_are_401(env: Env, header: str | None, fragment: str) -> None:
    r = env.client.get("/v1/drafts", headers={"Authorization": header} if header else {})
    assert r.status_code == 401
    assert fragment in r.json()["error"]["message"]


def test_revoked_key_is_refused_at_once(env: Env) -> None:
    assert env.get("/v1/drafts").status_code == 200
    r = env.post(f"/v1/keys/{env.key_ids['agent']}/revoke", "admin")
    assert r.status_code == 200 and r.json()["active"] is False
    r = env.get("/v1/drafts")
    assert r.status_code == 401 and "revoked" in r.json()["error"]["message"]
    assert env.get("/v1/drafts", "agent2").status_code == 200  # other keys unaffected


@pytest.mark.parametrize(
    ("who", "method", "path", "body", "status"),
    [
        ("qa", "POST", "/v1/drafts", {"customer_id": "C-1001", "message": "hi"}, 403),
        ("qa", "POST", "/v1/drafts/{d}/approve", {}, 403),
        ("qa", "POST", "/v1/drafts/{d}/reject", {"reason": "x"}, 403),
        ("qa", "POST", "/v1/drafts/{d}/regenerate", {}, 403),
        ("qa", "GET", "/v1/drafts/{d}", None, 200),
        ("qa", "GET", "/v1/stats", None, 200),
        ("qa", "POST", "/v1/evaluate", {"draft": "Hi Megan, thanks."}, 200),
        ("qa", "GET", "/v1/keys", None, 403),
        ("agent", "GET", "/v1/keys", None, 403),
        ("agent", "POST", "/v1/keys", {"role": "admin"}, 403),
        ("agent", "POST", "/v1/knowledge/ingest", None, 403),
        ("agent", "GET", "/v1/knowledge", None, 200),
        ("agent", "GET", "/v1/customers/C-1001", None, 200),
        ("agent", "POST", "/v1/evaluate", {"draft": "Hi Megan, thanks."}, 200),
        ("admin", "GET", "/v1/keys", None, 200),
        ("admin", "POST", "/v1/drafts/{d}/reject", {"reason": "admin can decide too"}, 200),
    ],
)
def test_roles(env: Env, who: str, method: str, path: str, body: object, status: int) -> None:
    d = env.draft()
    r = env.client.request(method, path.replace("{d}", d["id"]), json=body, headers=env.h(who))
    assert r.status_code == status, r.text
    if status == 403:
        assert r.json()["error"]["code"] == "forbidden" and "allowed roles" in r.json()["error"]["message"]


def test_keys_are_shown_once_and_stored_hashed(env: Env) -> None:
    r = env.post("/v1/keys", "admin", {"role": "qa", "name": "Second QA"})
    assert r.status_code == 201
    created = r.json()
    secret = created["key"]
    assert secret.startswith("drf_") and len(secret) > 40 and created["tenant"] == "default"
    listed = env.get("/v1/keys", "admin").json()
    assert created["id"] in {k["id"] for k in listed}
    assert all("key" not in k and "secret_hash" not in k for k in listed)
    assert all(k["tenant"] == "default" for k in listed)
    assert env.services is not None
    with env.services.db.session() as s:
        rows = list(s.scalars(select(ApiKey)))
    assert all(secret not in (r.secret_hash, r.prefix, r.name) for r in rows)
    assert hash_secret(secret) in {r.secret_hash for r in rows}
    assert env.client.get("/v1/drafts", headers={"Authorization": f"Bearer {secret}"}).status_code == 200


def test_admin_cannot_touch_another_tenants_keys(env: Env) -> None:
    r = env.post("/v1/keys", "admin", {"role": "admin", "tenant": "b"})
    assert r.status_code == 403 and "tenant" in r.json()["error"]["message"]
    assert env.post(f"/v1/keys/{env.key_ids['b_agent']}/revoke", "admin").status_code == 404
    assert env.get("/v1/drafts", "b_agent").status_code == 200
    assert env.post("/v1/keys", "admin", {"role": "owner"}).status_code == 422


def test_tenant_query_parameter_for_another_tenant_is_403(env: Env) -> None:
    assert env.get("/v1/drafts?tenant=default").status_code == 200
    r = env.get("/v1/drafts?tenant=b")
    assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"


def _zip(folder: Path, *, extra: dict[str, bytes] | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for p in sorted(folder.rglob("*")):
            if p.is_file():
                z.write(p, p.relative_to(folder).as_posix())
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return buf.getvalue()


def test_admin_ingests_knowledge_for_its_own_tenant_only(env: Env) -> None:
    assert env.services is not None
    keys = KeyService(env.services.db)
    admin_c = keys.create(tenant="c", role="admin").secret
    agent_c = keys.create(tenant="c", role="agent").secret
    h_admin, h_agent = {"Authorization": f"Bearer {admin_c}"}, {"Authorization": f"Bearer {agent_c}"}
    assert env.client.get("/v1/knowledge", headers=h_agent).status_code == 404  # nothing yet
    body = _zip(TENANT_B)
    r = env.client.post("/v1/knowledge/ingest", content=body, headers={**h_agent, "Content-Type": "application/zip"})
    assert r.status_code == 403
    r = env.client.post("/v1/knowledge/ingest", content=body, headers={**h_admin, "Content-Type": "application/zip"})
    assert r.status_code == 200, r.text
    assert r.json()["tenant"] == "c" and r.json()["changed"] is True
    again = env.client.post("/v1/knowledge/ingest", content=body, headers={**h_admin, "Content-Type": "application/zip"})
    assert again.json()["changed"] is False  # idempotent
    kb = env.client.get("/v1/knowledge", headers=h_agent).json()
    assert kb["brand"]["name"] == "Orbit Fitness" and kb["customers"] == 3
    assert {p["id"].split("#")[0] for p in kb["policies"]} == {"policy/cancellation", "policy/membership-freeze"}
    d = env.client.post("/v1/drafts", json={"customer_id": "OF-201", "message": "Can I freeze my membership?"}, headers=h_agent)
    assert d.status_code == 201 and d.json()["tenant"] == "c"
    # The default tenant's knowledge is unchanged.
    assert env.get("/v1/knowledge").json()["brand"]["name"] == "Northwind Connect"
    bad = env.client.post("/v1/knowledge/ingest", content=b"not a zip", headers=h_admin)
    assert bad.status_code == 422
    evil = env.client.post("/v1/knowledge/ingest", content=_zip(TENANT_B, extra={"../escape.yaml": b"x: 1"}), headers=h_admin)
    assert evil.status_code == 422 and "unsafe path" in evil.json()["error"]["message"]


def test_cli_creates_lists_and_revokes_keys(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAFTER_HOME", str(settings.home))
    runner = CliRunner()
    r = runner.invoke(cli_app, ["keys", "create", "--tenant", "acme", "--role", "agent", "--name", "Ada"])
    assert r.exit_code == 0, r.output
    secret = r.output.strip().splitlines()[-1]
    assert secret.startswith("drf_") and " " not in secret
    db = Database(settings)
    info = KeyService(db).authenticate(secret)
    assert (info.tenant, info.role, info.name) == ("acme", "agent", "Ada")
    listing = runner.invoke(cli_app, ["keys", "list", "--tenant", "acme"])
    assert info.id in listing.output and secret not in listing.output
    assert runner.invoke(cli_app, ["keys", "revoke", info.id]).exit_code == 0
    with pytest.raises(Exception, match="revoked"):
        KeyService(db).authenticate(secret)
    bad = runner.invoke(cli_app, ["keys", "create", "--tenant", "acme", "--role", "root"])
    assert bad.exit_code == 1 and "invalid role" in bad.output
    assert runner.invoke(cli_app, ["keys", "revoke", "k_missing"]).exit_code == 1
