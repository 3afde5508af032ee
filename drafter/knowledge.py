"""The knowledge folder as typed objects (docs/KNOWLEDGE_FORMAT.md), parsed and validated.

Parsing is separate from storing so that a broken folder is reported file by file before
anything is written.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import KnowledgeError


class _M(BaseModel):
    model_config = ConfigDict(extra="allow")


class Brand(_M):
    name: str
    agent_name: str
    agents: list[str] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=lambda: ["en"])
    tone: list[str] | str = Field(default_factory=list)
    sign_off: dict[str, str] = Field(default_factory=dict)
    currency: str = "EUR"


class Timeline(_M):
    min: float | None = None
    max: float | None = None
    unit: str = "business_days"
    what: str = ""


class AuthorityAction(_M):
    id: str
    kind: str
    topics: list[str] = Field(default_factory=list)
    description: str = ""
    amount_from: str = "none"
    fixed_amount: float | None = None
    max_amount: float | None = None
    window_days: int | None = None
    timeline: Timeline | None = None
    policy: str = ""
    manager_exception: bool = False


class Authority(_M):
    currency: str = "EUR"
    actions: list[AuthorityAction] = Field(default_factory=list)


class Topic(_M):
    id: str
    intent: str = "question"
    title: str = ""
    examples: dict[str, list[str]] = Field(default_factory=dict)


class Event(_M):
    date: str
    type: str
    channel: str | None = None
    text: str = ""
    amount: float | None = None
    currency: str | None = None
    topic: str | None = None

    @field_validator("date", mode="before")
    @classmethod
    def _date(cls, v: Any) -> str:
        return v.isoformat() if isinstance(v, date) else str(v)


class CustomerRecord(_M):
    id: str
    name: str
    language: str = "en"
    email: str | None = None
    plan: str | None = None
    contracts: list[Any] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)

    @field_validator("id", mode="before")
    @classmethod
    def _id(cls, v: Any) -> str:
        return str(v)


class PolicySection(BaseModel):
    id: str  # policy/<stem>#<section>
    policy_title: str
    title: str
    text: str
    language: str = "en"


class Knowledge(BaseModel):
    brand: Brand
    authority: Authority
    topics: list[Topic]
    policies: list[PolicySection]
    customers: list[CustomerRecord]


_HEADING_ID = re.compile(r"\s*\{#([\w\-]+)\}\s*$")


def slugify(text: str) -> str:
    s = re.sub(r"[^\w\s-]", "", text.lower(), flags=re.UNICODE)
    return re.sub(r"[\s_]+", "-", s).strip("-") or "section"


def parse_policy(path: Path) -> list[PolicySection]:
    raw = path.read_text(encoding="utf-8")
    meta: dict[str, Any] = {}
    if raw.startswith("---"):
        end = raw.find("\n---", 3)
        if end != -1:
            meta = yaml.safe_load(raw[3:end]) or {}
            raw = raw[end + 4 :]
    stem = str(meta.get("id") or path.stem)
    title = str(meta.get("title") or "")
    language = str(meta.get("language") or "en")
    sections: list[PolicySection] = []
    current: tuple[str, str] | None = None
    lines: list[str] = []
    intro: list[str] = []

    def flush() -> None:
        if current is not None:
            body = "\n".join(lines).strip()
            if body:
                sections.append(PolicySection(id=f"policy/{stem}#{current[0]}", policy_title=title or stem, title=current[1], text=body, language=language))

    for line in raw.splitlines():
        if line.startswith("# ") and not title:
            title = line[2:].strip()
            continue
        if line.startswith("## "):
            flush()
            heading = line[3:].strip()
            m = _HEADING_ID.search(heading)
            sid = m.group(1) if m else slugify(heading)
            heading = _HEADING_ID.sub("", heading).strip()
            current, lines = (sid, heading), []
            continue
        (lines if current is not None else intro).append(line)
    flush()
    body = "\n".join(intro).strip()
    if body:  # a policy without sections, or an introduction before the first section
        sections.insert(0, PolicySection(id=f"policy/{stem}#overview", policy_title=title or stem, title=title or stem, text=body, language=language))
    ids = [s.id for s in sections]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise KnowledgeError(f"{path}: duplicate section ids {sorted(dup)}; give sections distinct {{#id}}s")
    return sections


def _load_data(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
        return json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (yaml.YAMLError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise KnowledgeError(f"{path}: not valid {'JSON' if path.suffix == '.json' else 'YAML'} ({first})") from None


def _model(cls: type[BaseModel], data: Any, path: Path) -> Any:
    try:
        return cls.model_validate(data if data is not None else {})
    except ValidationError as exc:
        e = exc.errors()[0]
        loc = ".".join(str(x) for x in e["loc"])
        raise KnowledgeError(f"{path}: {loc or 'file'}: {e['msg']}") from None


def load_knowledge(folder: Path) -> Knowledge:
    if not folder.is_dir():
        raise KnowledgeError(f"{folder}: not a folder; pass the path of a knowledge folder (see docs/KNOWLEDGE_FORMAT.md)")
    brand_path = folder / "brand.yaml"
    if not brand_path.exists():
        raise KnowledgeError(f"{folder}: brand.yaml is missing (name, agent_name, languages, tone)")
    brand = _model(Brand, _load_data(brand_path), brand_path)
    auth_path = folder / "authority.yaml"
    authority = _model(Authority, _load_data(auth_path), auth_path) if auth_path.exists() else Authority()
    topics_path = folder / "topics.yaml"
    topics: list[Topic] = []
    if topics_path.exists():
        raw = _load_data(topics_path) or {}
        topics = [_model(Topic, t, topics_path) for t in raw.get("topics", [])]
    policies: list[PolicySection] = []
    for p in sorted((folder / "policies").glob("*.md")):
        policies.extend(parse_policy(p))
    customers: list[CustomerRecord] = []
    seen: set[str] = set()
    cdir = folder / "customers"
    for p in sorted([*cdir.glob("*.yaml"), *cdir.glob("*.yml"), *cdir.glob("*.json")]):
        c = _model(CustomerRecord, _load_data(p), p)
        if c.id in seen:
            raise KnowledgeError(f"{p}: customer id {c.id!r} appears twice")
        seen.add(c.id)
        customers.append(c)
    known = {s.id for s in policies}
    for a in authority.actions:
        if a.policy and a.policy not in known:
            raise KnowledgeError(f"{auth_path}: action {a.id!r} cites {a.policy!r}, which is not a policy section")
    return Knowledge(brand=brand, authority=authority, topics=topics, policies=policies, customers=customers)
