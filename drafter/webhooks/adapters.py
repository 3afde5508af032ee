"""Helpdesk payloads → one normalised ticket event.

Each adapter reads the shape its helpdesk sends (see docs/WEBHOOKS.md for the exact
bodies) and returns a `TicketEvent`, or raises `Ignored` for an event that asks for no
reply (an agent's own comment, a private note, a status change). `event_key` names the
customer message, not the HTTP delivery, so the same message delivered twice — a retry,
or two triggers firing — maps to one draft.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from html import unescape
from typing import Any

from ..errors import InvalidInput
from ..pipeline.sanitize import html_to_text as visible_text


class Ignored(Exception):
    """A valid event that needs no draft; answered 200 so the helpdesk doesn't retry."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class BadPayload(InvalidInput):
    code = "invalid_payload"


@dataclass
class Requester:
    id: str | None = None
    email: str | None = None
    name: str | None = None
    external_id: str | None = None


@dataclass
class TicketEvent:
    source: str
    event_key: str  # unique per customer message within the integration
    ticket_id: str
    message: str
    subject: str | None = None
    requester: Requester = field(default_factory=Requester)
    customer_id: str | None = None  # only the generic shape may name drafter's customer directly
    channel: str | None = None
    language: str | None = None
    agent_name: str | None = None
    url: str | None = None


# ---------------------------------------------------------------- text helpers


def html_to_text(value: str) -> str:
    """Plain text of an HTML body: scripts and styles dropped, blocks as lines."""
    if "<" not in value:
        return _tidy(unescape(value))
    return _tidy(visible_text(value))


def _tidy(text: str) -> str:
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in text.replace("\r\n", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# "----------------------------------------------\n\nMegan Cole, Nov 22, 2026, 09:30\n\n<text>"
_ZD_HEADER = re.compile(r"^\s*-{10,}\s*\n+\s*[^\n]{1,120}?,\s+\w{3,9}\.? \d{1,2}, \d{4}(?:,? (?:at )?\d{1,2}:\d{2}(?:\s?[AP]M)?)?\s*\n+")


def strip_zendesk_header(text: str) -> str:
    """Zendesk renders {{ticket.latest_public_comment}} with a rule and an author/date line."""
    return _ZD_HEADER.sub("", text, count=1)


LANGUAGE_NAMES = {
    "english": "en", "turkish": "tr", "türkçe": "tr", "arabic": "ar", "العربية": "ar", "german": "de", "deutsch": "de",
    "french": "fr", "français": "fr", "spanish": "es", "español": "es", "italian": "it", "dutch": "nl", "portuguese": "pt",
}


def language_code(value: object) -> str | None:
    """ISO 639-1 from 'en-US', 'tr', 'English', 'Türkçe'; None when unknown."""
    if not isinstance(value, str) or not value.strip():
        return None
    v = value.strip().lower()
    if v in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[v]
    code = re.split(r"[-_]", v)[0]
    return code if re.fullmatch(r"[a-z]{2}", code) else None


_CHANNELS = {
    "email": "email", "mail": "email", "e-mail": "email", "outbound email": "email", "1": "email", "10": "email",
    "web": "web", "web form": "web", "web_form": "web", "portal": "web", "2": "web", "feedback widget": "web", "9": "web",
    "chat": "chat", "messaging": "chat", "native_messaging": "chat", "7": "chat", "whatsapp": "chat",
    "voice": "phone", "phone": "phone", "phone call (incoming)": "phone", "3": "phone",
    "twitter": "social", "facebook": "social", "instagram": "social", "social": "social",
    "api": "api", "web_service": "api", "mobile_sdk": "api",
}


def channel_name(value: object) -> str | None:
    if value is None or value == "":
        return None
    v = str(value).strip().lower()
    return _CHANNELS.get(v, v[:50] or None)


def _s(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def content_key(ticket_id: str, message: str) -> str:
    return "m" + hashlib.sha256(f"{ticket_id}\n{message}".encode()).hexdigest()[:24]


def _map(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _obj(value: object, what: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise BadPayload(f"{what} must be a JSON object")
    return value


# ---------------------------------------------------------------- Zendesk


def parse_zendesk(payload: Mapping[str, Any], headers: Mapping[str, str]) -> TicketEvent:
    kind = str(payload.get("type") or "")
    if kind.startswith("zen:event-type:"):
        return _zendesk_event(payload, kind)
    ticket = _obj(payload.get("ticket"), "ticket")
    req = payload.get("requester") or ticket.get("requester") or {}
    req = _obj(req, "requester")
    ticket_id = _s(ticket.get("id"))
    if not ticket_id:
        raise BadPayload("ticket.id is missing")
    text = _s(ticket.get("latest_comment")) or _s(ticket.get("latest_public_comment")) or _s(ticket.get("description")) or ""
    message = html_to_text(strip_zendesk_header(text))
    if not message:
        raise Ignored("the ticket has no customer text to reply to")
    event_id = _s(payload.get("event_id")) or _s(ticket.get("comment_id"))
    return TicketEvent(
        source="zendesk", event_key=f"zendesk:{ticket_id}:{event_id or content_key(ticket_id, message)}", ticket_id=ticket_id,
        message=message, subject=_s(ticket.get("subject")) or _s(ticket.get("title")),
        requester=Requester(id=_s(req.get("id")), email=_s(req.get("email")), name=_s(req.get("name")), external_id=_s(req.get("external_id"))),
        channel=channel_name(ticket.get("channel") or ticket.get("via")), language=language_code(req.get("locale") or req.get("language")),
        url=_s(ticket.get("url")),
    )


def _zendesk_event(payload: Mapping[str, Any], kind: str) -> TicketEvent:
    """Zendesk's event-subscribed webhooks (zen:event-type:ticket.created / ticket.comment_added)."""
    detail = _obj(payload.get("detail"), "detail")
    ticket_id = _s(detail.get("id")) or _s(str(payload.get("subject", "")).rpartition(":")[2])
    if not ticket_id:
        raise BadPayload("detail.id is missing")

    def made(key: str, message: str) -> TicketEvent:
        return TicketEvent(
            source="zendesk", event_key=key, ticket_id=ticket_id, message=message, subject=_s(detail.get("subject")),
            requester=Requester(id=_s(detail.get("requester_id"))), channel=channel_name(_map(detail.get("via")).get("channel")),
        )

    if kind == "zen:event-type:ticket.created":
        message = html_to_text(str(detail.get("description") or ""))
        if not message:
            raise Ignored("the new ticket has no description to reply to")
        return made(f"zendesk:{ticket_id}:created", message)
    if kind == "zen:event-type:ticket.comment_added":
        event = _obj(payload.get("event"), "event")
        comment = _obj(event.get("comment"), "event.comment")
        author = _map(comment.get("author"))
        if comment.get("is_public") is False:
            raise Ignored("private comment (internal note)")
        if author.get("is_staff") is True:
            raise Ignored("comment written by an agent")
        message = html_to_text(str(comment.get("body") or ""))
        if not message:
            raise Ignored("empty comment")
        comment_id = _s(comment.get("id")) or content_key(ticket_id, message)
        return made(f"zendesk:{ticket_id}:comment:{comment_id}", message)
    raise Ignored(f"event type {kind} does not ask for a reply")


# ---------------------------------------------------------------- Freshdesk


def parse_freshdesk(payload: Mapping[str, Any], headers: Mapping[str, str]) -> TicketEvent:
    data = _obj(payload.get("freshdesk_webhook", payload), "freshdesk_webhook")
    ticket_id = _s(data.get("ticket_id"))
    if not ticket_id:
        raise BadPayload("freshdesk_webhook.ticket_id is missing")
    if str(data.get("ticket_latest_comment_private") or "").lower() == "true":
        raise Ignored("private note")
    text = _s(data.get("ticket_latest_public_comment")) or _s(data.get("ticket_description_text")) or _s(data.get("ticket_description")) or ""
    message = html_to_text(text)
    if not message:
        raise Ignored("the ticket has no customer text to reply to")
    event_id = _s(data.get("event_id"))
    return TicketEvent(
        source="freshdesk", event_key=f"freshdesk:{ticket_id}:{event_id or content_key(ticket_id, message)}", ticket_id=ticket_id,
        message=message, subject=_s(data.get("ticket_subject")),
        requester=Requester(
            id=_s(data.get("ticket_requester_id")), email=_s(data.get("ticket_requester_email") or data.get("ticket_contact_email")),
            name=_s(data.get("ticket_requester_name") or data.get("ticket_contact_name")),
            external_id=_s(data.get("ticket_requester_unique_external_id") or data.get("ticket_requester_external_id")),
        ),
        channel=channel_name(data.get("ticket_source")), language=language_code(data.get("ticket_requester_language")),
        url=_s(data.get("ticket_url")),
    )


# ---------------------------------------------------------------- generic JSON


def parse_generic(payload: Mapping[str, Any], headers: Mapping[str, str]) -> TicketEvent:
    message = _s(payload.get("message"))
    if not message:
        raise BadPayload("message is missing")
    message = html_to_text(message)
    ticket_id = _s(payload.get("ticket_id")) or ""
    cust = _map(payload.get("customer"))
    agent = _map(payload.get("agent"))
    event_id = _s(payload.get("event_id"))
    return TicketEvent(
        source="generic", event_key=f"generic:{ticket_id}:{event_id or content_key(ticket_id, message)}", ticket_id=ticket_id,
        message=message, subject=_s(payload.get("subject")), customer_id=_s(payload.get("customer_id")) or _s(cust.get("id")),
        requester=Requester(email=_s(cust.get("email")), name=_s(cust.get("name")), external_id=_s(cust.get("external_id"))),
        channel=channel_name(payload.get("channel")), language=language_code(payload.get("language")),
        agent_name=_s(agent.get("name")), url=_s(payload.get("url")),
    )


PARSERS: dict[str, Callable[[Mapping[str, Any], Mapping[str, str]], TicketEvent]] = {
    "zendesk": parse_zendesk,
    "freshdesk": parse_freshdesk,
    "generic": parse_generic,
}
