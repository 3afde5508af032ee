"""Helpdesk webhooks: realistic Zendesk and Freshdesk payloads, signatures, replays,
duplicates, events that need no draft, and the integrations API and CLI."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from test_review_env import run_at_once
from test_worker_env import WorkerEnv, fast, worker_env
from typer.testing import CliRunner

from drafter.cli import app as cli_app
from drafter.settings import Settings
from drafter.store.tables import DraftJob, DraftRow
from drafter.webhooks import signing
from drafter.webhooks.adapters import html_to_text, language_code, strip_zendesk_header

ZD_SECRET = "dGhpc19zZWNyZXRfaXNfZnJvbV96ZW5kZXNr"  # what Zendesk shows as the webhook's signing secret

# A trigger-connected Zendesk webhook with the JSON body docs/WEBHOOKS.md recommends,
# as Zendesk renders it: placeholders filled, the comment with its header line.
ZENDESK_TRIGGER = {
    "ticket": {
        "id": "4217",
        "subject": "Charged for a renewal I didn't want",
        "latest_comment": (
            "----------------------------------------------\n\n"
            "Megan Cole, Nov 22, 2026, 09:30\n\n"
            "Hi,\n\nI don't use Northwind Home anymore. You renewed my annual plan and charged my card 144 euros. "
            "Please cancel the auto-renewal and refund it.\n\nThanks,\nMegan"
        ),
        "channel": "Mail",
        "url": "https://northwind.zendesk.com/agent/tickets/4217",
        "status": "Open",
    },
    "requester": {"id": "381200114", "name": "Megan Cole", "email": "Megan.Cole@example.com", "external_id": "", "locale": "en-US"},
}

# An event-subscribed Zendesk webhook (zen:event-type:ticket.comment_added).
ZENDESK_COMMENT_EVENT = {
    "account_id": 22129848,
    "detail": {
        "actor_id": "C-2001", "assignee_id": None, "brand_id": "360001", "created_at": "2026-11-22T08:02:11Z", "custom_status": "1",
        "description": "10 Kasım'dan beri internetim yok.", "external_id": None, "form_id": "360000", "group_id": "360002",
        "id": "4230", "is_public": True, "organization_id": None, "priority": "HIGH", "requester_id": "C-2001", "status": "OPEN",
        "subject": "12 gündür internet yok, teknisyen gelmedi!", "submitter_id": "C-2001", "tags": ["internet"], "type": "INCIDENT",
        "updated_at": "2026-11-22T09:12:07Z", "via": {"channel": "email"},
    },
    "event": {
        "comment": {
            "author": {"id": "C-2001", "is_staff": False, "name": "Ayşe Demir"},
            "body": "13 Kasım'da teknisyen gelecekti, bütün gün evdeydim. Kimse gelmedi ve beni aramadı! İki haftadan fazla internetsiz mi kalacağım?",
            "id": "29810033", "is_public": True,
        }
    },
    "id": "cbe4028c-7239-495d-b020-f22348516046",
    "subject": "zen:ticket:4230",
    "time": "2026-11-22T09:12:07.672717030Z",
    "type": "zen:event-type:ticket.comment_added",
    "zendesk_event_version": "2022-11-06",
}

# A Freshdesk automation rule's "Trigger webhook" with the body docs/WEBHOOKS.md gives.
FRESHDESK = {
    "freshdesk_webhook": {
        "ticket_id": 1093,
        "ticket_subject": "Invoice INV-26-11842",
        "ticket_description": (
            "<div>Hello,</div><div><br></div><div>We cancelled the TV setup visit for 12 November well in advance "
            "(on 3 November, in your app), but this week I received invoice INV-26-11842 for 45.00 EUR for it.</div>"
            "<div>Can the invoice on our account be deleted?</div><div>Thanks<br>Daniel Ortiz</div>"
        ),
        "ticket_latest_public_comment": "",
        "ticket_source": "Email",
        "ticket_status": "Open",
        "ticket_priority": "Medium",
        "ticket_url": "https://northwind.freshdesk.com/helpdesk/tickets/1093",
        "ticket_requester_name": "Daniel Ortiz",
        "ticket_requester_email": "daniel.ortiz@example.com",
        "ticket_requester_language": "en",
        "triggered_event": "{ticket_action:created}",
    }
}


def zd_headers(body: bytes, *, secret: str = ZD_SECRET, at: datetime | None = None) -> dict[str, str]:
    ts = (at or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {**signing.zendesk_headers(secret, body, timestamp=ts), "X-Zendesk-Webhook-Id": "01GK8E6BKWMJZD2T8Y5AXJQMG5"}


def create_integration(we: WorkerEnv, kind: str, **extra: Any) -> dict[str, Any]:
    body = {"kind": kind, "name": f"{kind} test", **extra}
    if kind == "zendesk":
        body.setdefault("signing_secret", ZD_SECRET)
    r = we.env.post("/v1/integrations", "admin", body)
    assert r.status_code == 201, r.text
    out: dict[str, Any] = r.json()
    return out


def post(we: WorkerEnv, integ: dict[str, Any], body: bytes, headers: dict[str, str]) -> Any:
    return we.env.client.post(integ["webhook_path"], content=body, headers=headers)


@pytest.fixture
def we(ingested_settings: Settings):  # type: ignore[no-untyped-def]
    with worker_env(fast(ingested_settings)) as env:
        yield env


def test_zendesk_trigger_webhook_queues_a_draft_that_workers_complete(we: WorkerEnv) -> None:
    integ = create_integration(we, "zendesk")
    body = json.dumps(ZENDESK_TRIGGER).encode()
    r = post(we, integ, body, zd_headers(body))
    assert r.status_code == 202, r.text
    out = r.json()
    assert out["status"] == "queued" and out["duplicate"] is False and out["ticket_id"] == "4217"
    assert out["links"]["events"] == f"/v1/drafts/{out['id']}/events"
    d = we.env.get(f"/v1/drafts/{out['id']}").json()
    assert d["status"] == "queued" and d["customer_id"] == "C-1001" and d["channel"] == "email"  # matched by email, any case
    with we.services.db.session() as s:
        row = s.get(DraftRow, out["id"])
        assert row is not None
        assert row.request["message"].startswith("Hi,\n\nI don't use Northwind Home anymore")  # Zendesk's header line is gone
        assert row.request["subject"] == "Charged for a renewal I didn't want" and row.request["integration_id"] == integ["id"]
        assert s.get(DraftJob, out["id"]) is not None
    we.start_pool()
    done = we.wait_status(out["id"], {"pending_review"})
    assert done["reply"].startswith("Hi Megan,") and done["ticket_id"] == "4217"
    hist = we.env.get(f"/v1/drafts/{out['id']}/history").json()
    assert hist[0]["actor"] == f"integration:{integ['id']}"


def test_zendesk_event_webhook_and_comments_that_need_no_draft(we: WorkerEnv) -> None:
    integ = create_integration(we, "zendesk")
    body = json.dumps(ZENDESK_COMMENT_EVENT).encode()
    r = post(we, integ, body, zd_headers(body))
    assert r.status_code == 202, r.text
    d = we.env.get(f"/v1/drafts/{r.json()['id']}").json()
    assert d["customer_id"] == "C-2001" and d["ticket_id"] == "4230"
    for change, reason in (({"is_staff": True}, "agent"), ({"is_public": False}, "private")):
        ev = json.loads(body)
        comment = ev["event"]["comment"]
        comment["id"] = "29810099"
        if "is_staff" in change:
            comment["author"]["is_staff"] = True
        else:
            comment["is_public"] = False
        raw = json.dumps(ev).encode()
        r = post(we, integ, raw, zd_headers(raw))
        assert r.status_code == 200 and r.json()["status"] == "ignored" and reason in r.json()["reason"]
    status_change = {**ZENDESK_COMMENT_EVENT, "type": "zen:event-type:ticket.status_changed", "event": {"current": "SOLVED", "previous": "OPEN"}}
    raw = json.dumps(status_change).encode()
    assert post(we, integ, raw, zd_headers(raw)).json()["status"] == "ignored"
    assert len(we.statuses()) == 1


def test_freshdesk_webhook_with_drafters_signature(we: WorkerEnv) -> None:
    integ = create_integration(we, "freshdesk")
    assert integ["signing_secret"].startswith("whsec_") and integ["callback_secret"].startswith("cbsec_")
    body = json.dumps(FRESHDESK).encode()
    r = post(we, integ, body, signing.signed_headers(integ["signing_secret"], body))
    assert r.status_code == 202, r.text
    d = we.env.get(f"/v1/drafts/{r.json()['id']}").json()
    assert (d["customer_id"], d["ticket_id"], d["channel"]) == ("C-1002", "1093", "email")
    with we.services.db.session() as s:
        row = s.get(DraftRow, d["id"])
        assert row is not None
        msg = row.request["message"]
    assert "<div>" not in msg and "invoice INV-26-11842 for 45.00 EUR" in msg and row.request["language"] == "en"


def test_wrong_signature_is_401_and_nothing_is_stored(we: WorkerEnv) -> None:
    zd = create_integration(we, "zendesk")
    fd = create_integration(we, "freshdesk")
    body = json.dumps(ZENDESK_TRIGGER).encode()
    cases = [
        (zd, zd_headers(body, secret="not-the-secret-at-all")),
        (zd, {**zd_headers(body), "X-Zendesk-Webhook-Signature": "AAAA"}),
        (zd, {"Content-Type": "application/json"}),
        (fd, signing.signed_headers("whsec_wrong", body)),
        (fd, {signing.DRAFTER_HEADER: "v1=abc"}),
    ]
    for integ, headers in cases:
        r = post(we, integ, body, headers)
        assert r.status_code == 401, (headers, r.text)
        assert r.json()["error"]["code"] == "invalid_signature"
    # A valid signature over a different body is a wrong signature too.
    tampered = body.replace(b"144 euros", b"1440 euros")
    r = post(we, zd, tampered, zd_headers(body))
    assert r.status_code == 401
    assert we.statuses() == {}


def test_stale_or_future_timestamp_is_401_stale_signature(we: WorkerEnv) -> None:
    zd = create_integration(we, "zendesk")
    fd = create_integration(we, "freshdesk")
    body = json.dumps(ZENDESK_TRIGGER).encode()
    old = datetime.now(UTC) - timedelta(minutes=10)
    r = post(we, zd, body, zd_headers(body, at=old))
    assert r.status_code == 401 and r.json()["error"]["code"] == "stale_signature"
    assert "replay" in r.json()["error"]["message"]
    r = post(we, zd, body, zd_headers(body, at=datetime.now(UTC) + timedelta(minutes=10)))
    assert r.status_code == 401 and r.json()["error"]["code"] == "stale_signature"
    fbody = json.dumps(FRESHDESK).encode()
    r = post(we, fd, fbody, signing.signed_headers(fd["signing_secret"], fbody, timestamp=int(time.time()) - 3600))
    assert r.status_code == 401 and r.json()["error"]["code"] == "stale_signature"
    assert we.statuses() == {}


def test_duplicate_delivery_returns_the_same_draft(we: WorkerEnv) -> None:
    integ = create_integration(we, "zendesk")
    body = json.dumps(ZENDESK_TRIGGER).encode()
    first = post(we, integ, body, zd_headers(body))
    # Zendesk retries the delivery later: new timestamp, new signature, same event.
    again = post(we, integ, body, zd_headers(body, at=datetime.now(UTC) + timedelta(seconds=2)))
    assert first.status_code == again.status_code == 202
    assert again.json()["id"] == first.json()["id"] and again.json()["duplicate"] is True
    assert again.headers["idempotent-replayed"] == "true"
    # Two triggers firing for the same comment at the same moment: still one draft.
    event = json.dumps(ZENDESK_COMMENT_EVENT).encode()
    codes = run_at_once(6, lambda i: post(we, integ, event, zd_headers(event)).json()["id"])
    assert len(set(codes)) == 1
    with we.services.db.session() as s:
        assert s.scalar(select(func.count()).select_from(DraftRow)) == 2
    # A new comment on the same ticket is a new draft.
    newer = json.loads(body)
    newer["ticket"]["latest_comment"] = "Any news on my refund?"
    raw = json.dumps(newer).encode()
    assert post(we, integ, raw, zd_headers(raw)).json()["id"] != first.json()["id"]


def test_generic_webhook_unknown_customer_bad_payload_and_disabled_integration(we: WorkerEnv) -> None:
    integ = create_integration(we, "generic", agent_name="Grayson Berger")
    secret = integ["signing_secret"]

    def send(payload: Any) -> Any:
        raw = json.dumps(payload).encode() if not isinstance(payload, bytes) else payload
        return post(we, integ, raw, signing.signed_headers(secret, raw))

    ok = send({"event_id": "evt_1", "ticket_id": "T-9", "customer_id": "C-1005", "message": "Where is my technician?", "language": "en"})
    assert ok.status_code == 202
    d = we.env.get(f"/v1/drafts/{ok.json()['id']}").json()
    assert d["customer_id"] == "C-1005"
    with we.services.db.session() as s:
        row = s.get(DraftRow, d["id"])
        assert row is not None and row.request["agent"] == {"name": "Grayson Berger", "brand": ""}
    r = send({"ticket_id": "T-10", "customer": {"email": "nobody@example.com"}, "message": "Hello?"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "unknown_customer" and "nobody@example.com" in r.json()["error"]["message"]
    assert send({"ticket_id": "T-11", "customer_id": "C-1005"}).json()["error"]["code"] == "invalid_payload"
    assert send(b"not json").json()["error"]["code"] == "invalid_payload"
    # Another tenant's customer is unknown here.
    assert send({"ticket_id": "T-12", "customer_id": "OF-201", "message": "Freeze my membership"}).status_code == 422
    assert we.env.client.request("PATCH", f"/v1/integrations/{integ['id']}", json={"enabled": False}, headers=we.env.h("admin")).status_code == 200
    assert send({"event_id": "evt_2", "customer_id": "C-1005", "message": "again"}).status_code == 404
    assert we.env.client.post("/v1/webhooks/int_doesnotexist", content=b"{}").status_code == 404


def test_webhooks_are_refused_with_429_when_the_queue_is_full_but_duplicates_are_not(ingested_settings: Settings) -> None:
    with worker_env(fast(ingested_settings, max_queue_depth=1)) as we:
        integ = create_integration(we, "zendesk")
        body = json.dumps(ZENDESK_TRIGGER).encode()
        assert post(we, integ, body, zd_headers(body)).status_code == 202
        event = json.dumps(ZENDESK_COMMENT_EVENT).encode()
        full = post(we, integ, event, zd_headers(event))
        assert full.status_code == 429 and int(full.headers["retry-after"]) >= 1
        assert post(we, integ, body, zd_headers(body)).status_code == 202  # the accepted one, delivered again


def test_integrations_api_shows_secrets_once_and_is_admin_only(we: WorkerEnv) -> None:
    assert we.env.post("/v1/integrations", "agent", {"kind": "generic"}).status_code == 403
    assert we.env.post("/v1/integrations", "admin", {"kind": "intercom"}).status_code == 422
    r = we.env.post("/v1/integrations", "admin", {"kind": "zendesk"})
    assert r.status_code == 422 and "signing secret" in r.json()["error"]["message"]
    assert we.env.post("/v1/integrations", "admin", {"kind": "generic", "callback_url": "ftp://x"}).status_code == 422
    created = create_integration(we, "generic", callback_url="https://helpdesk.example.com/drafter")
    listed = we.env.get("/v1/integrations", "admin").json()
    assert [i["id"] for i in listed] == [created["id"]]
    assert all("secret" not in k for i in listed for k in i)
    one = we.env.get(f"/v1/integrations/{created['id']}", "admin").json()
    assert one["callback_url"] == "https://helpdesk.example.com/drafter" and "signing_secret" not in one
    assert we.env.get(f"/v1/integrations/{created['id']}", "b_admin").status_code == 404
    assert we.env.get("/v1/integrations", "b_admin").json() == []


def test_cli_creates_and_lists_integrations(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAFTER_HOME", str(settings.home))
    runner = CliRunner()
    r = runner.invoke(cli_app, ["integrations", "create", "--kind", "freshdesk", "--tenant", "acme", "--name", "Acme FD",
                                "--callback-url", "https://acme.example.com/hook"])
    assert r.exit_code == 0, r.output
    assert "signing secret:   whsec_" in r.output and "/v1/webhooks/int_" in r.output
    integration_id = r.output.split("freshdesk integration ", 1)[1].split()[0]
    listing = runner.invoke(cli_app, ["integrations", "list", "--tenant", "acme"])
    assert listing.exit_code == 0 and integration_id in listing.output and "whsec_" not in listing.output
    bad = runner.invoke(cli_app, ["integrations", "create", "--kind", "zendesk"])
    assert bad.exit_code == 1 and "signing_secret" in bad.output


def test_signing_helpers_and_text_helpers() -> None:
    body = b'{"a": 1}'
    header = signing.sign("s3cret-s3cret-s3cret", body, timestamp=1_800_000_000)
    assert signing.verify("s3cret-s3cret-s3cret", body, header, now=1_800_000_100) == 1_800_000_000
    with pytest.raises(signing.SignatureError) as e:
        signing.verify("s3cret-s3cret-s3cret", body, header, now=1_800_000_000 + 301)
    assert e.value.stale
    # Rotation: either of two signatures is accepted.
    both = header + ",v1=" + "0" * 64
    assert signing.verify("s3cret-s3cret-s3cret", body, both, now=1_800_000_000)
    # Zendesk's documented formula.
    import base64
    import hashlib
    import hmac

    ts = "2026-11-22T09:30:00Z"
    expected = base64.b64encode(hmac.new(b"k" * 20, ts.encode() + body, hashlib.sha256).digest()).decode()
    assert signing.zendesk_signature("k" * 20, body, ts) == expected
    assert language_code("en-US") == "en" and language_code("Türkçe") == "tr" and language_code("klingon") is None
    assert html_to_text("<p>Hi &amp; bye</p><script>alert(1)</script>") == "Hi & bye"
    assert strip_zendesk_header("plain text") == "plain text"
