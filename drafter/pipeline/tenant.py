"""A tenant's ingested knowledge (brand, authority, topics, policy index) read back from SQL."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from ..embeddings import Embedder
from ..errors import NotFound
from ..knowledge import Authority, Brand, PolicySection, Topic
from ..store.db import Database
from ..store.tables import TenantConfig
from .analyse import TopicIndex

_TOPIC_CACHE: dict[tuple[str, str, str], TopicIndex] = {}
# Parsed knowledge by (tenant, embedder), with the content hashes it was parsed from.
# Ingest rewrites a row's hash with its data, so a draft reads only the hashes and
# parses again when one changed: parsing and validating the whole policy index on
# every draft was 6% of a busy server's CPU (benchmarks/RESULTS.md).
_KB_CACHE: dict[tuple[str, str], tuple[tuple[tuple[str, str], ...], TenantKnowledge]] = {}
_KB_LOCK = threading.Lock()


@dataclass
class TenantKnowledge:
    tenant: str
    brand: Brand
    authority: Authority
    topics: list[Topic]
    sections: dict[str, PolicySection]
    topic_index: TopicIndex


def load_tenant(db: Database, tenant: str, embedder: Embedder) -> TenantKnowledge:
    with db.session() as s:
        hashes = _hashes(s.execute(select(TenantConfig.key, TenantConfig.content_hash).where(TenantConfig.tenant == tenant)).tuples())
        with _KB_LOCK:
            cached = _KB_CACHE.get((tenant, embedder.name))
        if cached is not None and cached[0] == hashes:
            return cached[1]
        rows = {r.key: r for r in s.query(TenantConfig).filter(TenantConfig.tenant == tenant)}
    if "brand" not in rows:
        raise NotFound(f"tenant {tenant!r} has no knowledge yet; run: drafter ingest PATH --tenant {tenant}")
    kb = _parse(tenant, rows, embedder)
    with _KB_LOCK:
        _KB_CACHE[(tenant, embedder.name)] = (_hashes((k, r.content_hash) for k, r in rows.items()), kb)
    return kb


def _hashes(pairs: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((str(k), str(h)) for k, h in pairs))


def _parse(tenant: str, rows: dict[str, TenantConfig], embedder: Embedder) -> TenantKnowledge:
    topics = [Topic.model_validate(t) for t in rows["topics"].data.get("topics", [])] if "topics" in rows else []
    key = (tenant, rows["topics"].content_hash if "topics" in rows else "", embedder.name)
    index = _TOPIC_CACHE.get(key)
    if index is None:
        index = _TOPIC_CACHE[key] = TopicIndex(topics, embedder)
    sections = [PolicySection.model_validate(x) for x in rows["policy_index"].data.get("sections", [])] if "policy_index" in rows else []
    return TenantKnowledge(
        tenant=tenant,
        brand=Brand.model_validate(rows["brand"].data),
        authority=Authority.model_validate(rows["authority"].data) if "authority" in rows else Authority(),
        topics=topics,
        sections={x.id: x for x in sections},
        topic_index=index,
    )
