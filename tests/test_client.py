"""The reference client (drafter.client), sync and async, against a real server on
127.0.0.1: drafting now and later, waiting, events, decisions, errors, webhooks."""

from __future__ import annotations

import asyncio
import json

import pytest
from test_webhooks import ZD_SECRET, ZENDESK_TRIGGER
from test_worker_env import fast, live_server

from drafter.api.app import create_app
from drafter.client import (
    AsyncDrafterClient,
    DrafterAPIError,
    DrafterClient,
    SignatureError,
    sign,
    verify_callback,
)
from drafter.services.container import Services
from drafter.services.keys import KeyService
from drafter.settings import Settings
from drafter.webhooks.integrations import IntegrationCreate, IntegrationService

MSG = "My plan auto-renewed and charged 144 EUR without asking. Refund it please."


def _keys(services: Services) -> tuple[str, str]:
    ks = KeyService(services.db)
    return ks.create(tenant="default", role="agent", name="Grayson Berger").secret, ks.create(tenant="default", role="qa").secret


def test_sync_client_drafts_now_and_later_and_decides(ingested_settings: Settings) -> None:
    services = Services(fast(ingested_settings), use_model=False)
    agent, qa = _keys(services)
    with live_server(create_app(services=services)) as url, DrafterClient(url, agent) as dc:
        assert dc.health()["status"] == "ok"
        now = dc.create_draft("C-1001", MSG, channel="email", ticket_id="T-1")
        assert now.status == "pending_review" and now.finished and now.reply.startswith("Hi Megan,") and now.job is not None

        later = dc.create_draft("C-1002", "Please delete invoice INV-26-11842.", async_=True, idempotency_key="zd-1093-1")
        assert later.status == "queued" and not later.finished
        again = dc.create_draft("C-1002", "Please delete invoice INV-26-11842.", async_=True, idempotency_key="zd-1093-1")
        assert again.id == later.id
        done = dc.wait(later.id, timeout=60, poll_s=0.1)
        assert done.status == "pending_review" and done.customer_id == "C-1002"
        assert {d.id for d in dc.list_drafts(status="pending_review")} >= {now.id, later.id}

        approved = dc.approve(now.id, agent="Elif Yıldız", override_reason="checked by phone")
        assert approved.status == "approved" and approved.decision is not None and approved.decision["agent"] == "Elif Yıldız"
        with pytest.raises(DrafterAPIError) as e:
            dc.reject(now.id, "too late")
        assert e.value.status == 409 and e.value.code == "conflict" and "approved already" in e.value.message
        assert [h["kind"] for h in dc.history(now.id)][-1] == "approved"
        assert dc.regenerate(later.id, instructions="shorter").version == 2
        with pytest.raises(DrafterAPIError) as e:
            DrafterClient(url, qa).create_draft("C-1001", MSG)
        assert e.value.status == 403
        with pytest.raises(DrafterAPIError) as e:
            dc.get_draft("d_missing")
        assert e.value.status == 404 and e.value.code == "not_found"


def test_client_sees_429_with_retry_after(ingested_settings: Settings) -> None:
    services = Services(fast(ingested_settings, max_queue_depth=1, worker_in_service=False), use_model=False)
    agent, _ = _keys(services)
    with live_server(create_app(services=services)) as url, DrafterClient(url, agent) as dc:
        dc.create_draft("C-1001", MSG, async_=True)
        with pytest.raises(DrafterAPIError) as e:
            dc.create_draft("C-1001", MSG + " (2)", async_=True)
        assert e.value.status == 429 and e.value.code == "overloaded" and e.value.retry_after is not None and e.value.retry_after >= 1


def test_async_client_and_webhook_signing(ingested_settings: Settings) -> None:
    services = Services(fast(ingested_settings), use_model=False)
    agent, _ = _keys(services)
    zd = IntegrationService(services.db).create(IntegrationCreate(kind="zendesk", signing_secret=ZD_SECRET), tenant="default", created_by="test")
    generic = IntegrationService(services.db).create(IntegrationCreate(kind="generic"), tenant="default", created_by="test")

    async def flow(url: str) -> None:
        async with AsyncDrafterClient(url, agent) as dc:
            d = await dc.create_draft("C-1001", MSG, async_=True)
            kinds = [e.event async for e in dc.events(d.id)]
            assert kinds[0] == "status" and kinds[-1] == "done"
            assert (await dc.get_draft(d.id)).status == "pending_review"
            # A relay posting Zendesk's payload with Zendesk's signature, and a generic one.
            out = await dc.send_webhook(zd.id, ZENDESK_TRIGGER, secret=ZD_SECRET, scheme="zendesk")
            assert out["status"] == "queued"
            assert (await dc.send_webhook(zd.id, ZENDESK_TRIGGER, secret=ZD_SECRET, scheme="zendesk"))["id"] == out["id"]
            g = await dc.send_webhook(generic.id, {"ticket_id": "T-7", "customer_id": "C-1005", "message": "Where is my technician?"}, secret=generic.signing_secret)
            assert (await dc.wait(g["id"], timeout=60, poll_s=0.1)).status == "pending_review"
            assert await dc.deliveries(g["id"]) == []  # no callback URL configured
            with pytest.raises(DrafterAPIError) as e:
                await dc.send_webhook(generic.id, {"message": "x", "customer_id": "C-1005"}, secret="whsec_wrong")
            assert e.value.status == 401 and e.value.code == "invalid_signature"

    with live_server(create_app(services=services)) as url:
        asyncio.run(flow(url))


def test_verify_callback_helper() -> None:
    body = json.dumps({"event": "draft.ready", "draft": {"id": "d_1"}}).encode()
    headers = {"x-drafter-signature": sign("cbsec_" + "a" * 40, body), "Content-Type": "application/json"}
    assert verify_callback("cbsec_" + "a" * 40, body, headers)["draft"]["id"] == "d_1"
    with pytest.raises(SignatureError):
        verify_callback("cbsec_other-secret-value", body, headers)
    with pytest.raises(SignatureError):
        verify_callback("cbsec_" + "a" * 40, body + b" ", headers)
