"""The console's page and assets (served by drafter, nothing from a CDN) and the two
endpoints it adds: /v1/me and a draft's scoring input (for checking edits as approval
will)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_review_env import ANGRY_RENEWAL, Env, make_env

from drafter.console.routes import STATIC, asset_names
from drafter.settings import Settings

REDIRECT = "For anything about your bill, please contact our billing department directly."


@pytest.fixture
def env(ingested_settings: Settings) -> Env:
    return make_env(ingested_settings)


def test_page_is_served_with_a_strict_policy_and_no_key(env: Env) -> None:
    r = env.client.get("/console")
    assert r.status_code == 200
    assert r.headers["content-type"] == "text/html; charset=utf-8"
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "connect-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert '<meta charset="utf-8">' in r.text and '<html lang="en"' in r.text
    assert env.client.get("/console/", follow_redirects=False).headers["location"] == "/console"
    assert env.client.head("/console").status_code == 200


def test_every_asset_is_local_and_served(env: Env) -> None:
    names = asset_names()
    assert {"index.html", "app.js", "console.css"} <= names
    referenced: set[str] = set()
    for name in names:
        text = (STATIC / name).read_text(encoding="utf-8")
        # No CDN, no web font, no analytics: the only URL is the SVG namespace.
        assert not [u for u in re.findall(r"https?://[^\s\"')]+", text) if u != "http://www.w3.org/2000/svg"], name
        referenced |= set(re.findall(r"/console/static/([\w.-]+)", text))
        referenced |= set(re.findall(r"from \"\./([\w.-]+)\"", text))
    assert referenced <= names, referenced - names
    for name in referenced:
        r = env.client.get(f"/console/static/{name}")
        assert r.status_code == 200, name
        assert r.headers["content-type"].startswith({"js": "text/javascript", "css": "text/css"}[name.rsplit(".", 1)[1]])


@pytest.mark.parametrize("name", ["nope.js", "..%2Fapi.py", "%2e%2e%2f__init__.py", "routes.py"])
def test_only_known_assets_are_served(env: Env, name: str) -> None:
    r = env.client.get(f"/console/static/{name}")
    assert r.status_code == 404
    assert r.json()["error"]["code"] == "not_found"


def test_js_writes_text_not_markup() -> None:
    # Customer messages and replies reach the page only through textContent.
    for path in Path(STATIC).glob("*.js"):
        code = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if not line.lstrip().startswith("//"))
        assert "innerHTML" not in code and "insertAdjacentHTML" not in code and "eval(" not in code, path.name


def test_me_names_the_key_never_the_secret(env: Env) -> None:
    me = env.get("/v1/me").json()
    assert me == {"tenant": "default", "role": "agent", "key_id": env.key_ids["agent"], "name": "Grayson Berger"}
    assert env.get("/v1/me", "b_agent").json()["tenant"] == "b"
    assert env.client.get("/v1/me").status_code == 401


def test_scoring_input_checks_an_edit_as_approval_does(env: Env) -> None:
    d = env.draft(message=ANGRY_RENEWAL, subject="Refund please", channel="email")
    r = env.get(f"/v1/drafts/{d['id']}/scoring-input")
    assert r.status_code == 200
    case = r.json()
    assert case["draft"] == d["reply"] and case["language"] == "en" and case["intent"] == d["intent"]
    assert case["customer"]["name"] == "Megan Cole" and case["agent"]["name"] and case["agent"]["brand"]
    assert case["subject"] == "Refund please" and case["body"] == ANGRY_RENEWAL and case["channel"] == "email"
    assert case["message"] == f"Refund please\n\n{ANGRY_RENEWAL}"
    assert {s["id"] for s in case["sources"]} == {s["id"] for s in d["sources"]}

    # As drafted, the browser's check agrees with the stored evaluation...
    same = env.post("/v1/evaluate", json=case).json()
    assert same["blocking_failures"] == d["evaluation"]["blocking_failures"]
    # ...and an edit that sends the customer elsewhere fails here exactly as approval refuses it.
    greeting_end = d["reply"].index("\n\n") + 2
    edited = d["reply"][:greeting_end] + REDIRECT + "\n\n" + d["reply"][greeting_end:]
    checked = env.post("/v1/evaluate", json={**case, "draft": edited}).json()
    assert checked["blocking_failures"] == ["no_redirect"]
    flagged = next(c for c in checked["checks"] if c["name"] == "no_redirect")
    a, b = flagged["span"]
    assert edited[a:b].lower() == "please contact our billing"
    refused = env.post(f"/v1/drafts/{d['id']}/approve", json={"text": edited})
    assert refused.status_code == 422 and refused.json()["error"]["code"] == "override_required"
    assert "no_redirect" in refused.json()["error"]["message"]


def test_scoring_input_is_tenant_scoped(env: Env) -> None:
    d = env.draft()
    assert env.get(f"/v1/drafts/{d['id']}/scoring-input", "b_agent").status_code == 404
    assert env.get("/v1/drafts/d_nope/scoring-input").status_code == 404
    assert env.get(f"/v1/drafts/{d['id']}/scoring-input", "qa").status_code == 200  # QA may read and evaluate
    assert env.client.get(f"/v1/drafts/{d['id']}/scoring-input").status_code == 401
