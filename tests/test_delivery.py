"""Callbacks: the finished draft is POSTed, signed, to the integration's callback URL — a
real HTTP server on 127.0.0.1 that fails the first attempts — with retries and backoff;
after the last attempt the delivery is marked failed and shown in the API, and the draft
stays available."""

from __future__ import annotations

import json
from typing import Any

from test_webhooks import ZENDESK_TRIGGER, zd_headers
from test_worker_env import Receiver, WorkerEnv, fast, llm_model, wait_until, worker_env

from drafter.client import verify_callback
from drafter.errors import ModelAuthError
from drafter.settings import Settings
from drafter.webhooks import signing


def _integration(we: WorkerEnv, kind: str, url: str) -> dict[str, Any]:
    body: dict[str, Any] = {"kind": kind, "callback_url": url}
    if kind == "zendesk":
        body["signing_secret"] = "dGhpc19zZWNyZXRfaXNfZnJvbV96ZW5kZXNr"
    r = we.env.post("/v1/integrations", "admin", body)
    assert r.status_code == 201, r.text
    out: dict[str, Any] = r.json()
    return out


def _send_zendesk(we: WorkerEnv, integ: dict[str, Any]) -> str:
    raw = json.dumps(ZENDESK_TRIGGER).encode()
    r = we.env.client.post(integ["webhook_path"], content=raw, headers=zd_headers(raw))
    assert r.status_code == 202, r.text
    draft_id: str = r.json()["id"]
    return draft_id


def test_callback_is_retried_until_the_receiver_accepts_it(ingested_settings: Settings) -> None:
    with Receiver([500, "drop"]) as rx, worker_env(fast(ingested_settings)) as we:
        integ = _integration(we, "zendesk", rx.url)
        draft_id = _send_zendesk(we, integ)
        we.start_pool()
        we.wait_status(draft_id, {"pending_review"})
        got = rx.wait_for(3)
        wait_until(lambda: we.env.get(f"/v1/drafts/{draft_id}/deliveries").json()[0]["state"] == "delivered", what="delivered")

        deliveries = we.env.get(f"/v1/drafts/{draft_id}/deliveries").json()
        assert len(deliveries) == 1
        d = deliveries[0]
        assert d["event"] == "draft.ready" and d["attempts"] == 3 and d["last_status"] == 200 and d["last_error"] is None
        assert [a["status"] for a in d["log"]] == [500, None, 200]
        assert d["log"][0]["error"] == "HTTP 500" and d["log"][1]["error"]  # the dropped connection, named
        # Every attempt is signed with the callback secret and carries the same delivery id.
        assert {r.headers["x-drafter-delivery"] for r in got} == {d["id"]}
        for r in got:
            payload = verify_callback(integ["callback_secret"], r.body, r.headers)
            assert payload["event"] == "draft.ready" and payload["draft"]["id"] == draft_id and payload["ticket_id"] == "4217"
            assert payload["draft"]["reply"].startswith("Hi Megan,") and payload["integration_id"] == integ["id"]
        assert [r.json()["attempt"] for r in got] == [1, 2, 3]
        assert we.env.get(f"/v1/integrations/{integ['id']}/deliveries?state=delivered").json()[0]["id"] == d["id"]

        # The agent decides in the helpdesk; the plugin approves through the API like any client.
        r = we.env.post(f"/v1/drafts/{draft_id}/approve", json={"agent": {"name": "Grayson Berger"}, "override_reason": "checked"})
        assert r.status_code == 200 and r.json()["decision"]["agent"] == "Grayson Berger"


def test_a_callback_that_never_succeeds_is_marked_failed_and_can_be_redelivered(ingested_settings: Settings) -> None:
    with Receiver([], then=503) as rx, worker_env(fast(ingested_settings, callback_max_attempts=3)) as we:
        integ = _integration(we, "generic", rx.url)
        raw = json.dumps({"event_id": "e1", "ticket_id": "T-1", "customer_id": "C-1002", "message": "Please delete invoice INV-26-11842."}).encode()
        r = we.env.client.post(integ["webhook_path"], content=raw, headers=signing.signed_headers(integ["signing_secret"], raw))
        draft_id = r.json()["id"]
        we.start_pool()
        wait_until(lambda: (we.env.get(f"/v1/drafts/{draft_id}/deliveries").json() or [{}])[0].get("state") == "failed", what="failed delivery")
        d = we.env.get(f"/v1/drafts/{draft_id}/deliveries").json()[0]
        assert d["attempts"] == 3 and d["last_status"] == 503 and d["last_error"] == "gave up after 3 attempts: HTTP 503"
        assert len(rx.received) == 3
        failed = we.env.get(f"/v1/integrations/{integ['id']}/deliveries?state=failed").json()
        assert [x["id"] for x in failed] == [d["id"]]
        # The draft itself is untouched and available.
        assert we.env.get(f"/v1/drafts/{draft_id}").json()["status"] == "pending_review"

        rx.then = 204  # the helpdesk is back
        assert we.env.post(f"/v1/deliveries/{d['id']}/redeliver", "qa").status_code == 403
        r = we.env.post(f"/v1/deliveries/{d['id']}/redeliver")
        assert r.status_code == 200 and r.json()["state"] == "pending" and r.json()["attempts"] == 0
        assert we.env.post(f"/v1/deliveries/{d['id']}/redeliver").status_code == 409
        pool = we.pools[0]
        pool.wake()
        wait_until(lambda: we.env.get(f"/v1/drafts/{draft_id}/deliveries").json()[0]["state"] == "delivered", what="redelivered")
        assert we.env.post(f"/v1/deliveries/{d['id']}/redeliver", "b_agent").status_code == 404


def test_a_failed_draft_is_called_back_too(ingested_settings: Settings) -> None:
    model = llm_model(fail_first=10**6, error=ModelAuthError("the model provider refused the credentials for openai/x"))
    with Receiver([]) as rx, worker_env(fast(ingested_settings, planner="llm", writer="llm"), model=model) as we:
        integ = _integration(we, "zendesk", rx.url)
        draft_id = _send_zendesk(we, integ)
        we.start_pool()
        we.wait_status(draft_id, {"failed"})
        [got] = rx.wait_for(1)
        payload = verify_callback(integ["callback_secret"], got.body, got.headers)
        assert payload["event"] == "draft.failed" and "refused the credentials" in payload["draft"]["error"]


def test_regenerating_a_helpdesk_draft_calls_back_with_the_new_version(ingested_settings: Settings) -> None:
    with Receiver([]) as rx, worker_env(fast(ingested_settings)) as we:
        integ = _integration(we, "zendesk", rx.url)
        draft_id = _send_zendesk(we, integ)
        we.start_pool()
        we.wait_status(draft_id, {"pending_review"})
        rx.wait_for(1)
        r = we.env.post(f"/v1/drafts/{draft_id}/regenerate", json={"instructions": "shorter"})
        assert r.status_code == 201
        new_id = r.json()["id"]
        got = rx.wait_for(2)
        assert [g.json()["draft"]["id"] for g in got] == [draft_id, new_id]
        assert got[1].json()["draft"]["version"] == 2
