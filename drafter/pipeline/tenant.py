"""A tenant's ingested knowledge (brand, authority, topics, policy index) read back from SQL."""

from __future__ import annotations

from dataclasses import dataclass

from ..embeddings import Embedder
from ..errors import NotFound
from ..knowledge import Authority, Brand, PolicySection, Topic
from ..store.db import Database
from ..store.tables import TenantConfig
from .analyse import TopicIndex

_TOPIC_CACHE: dict[tuple[str, str, str], TopicIndex] = {}


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
        rows = {r.key: r for r in s.query(TenantConfig).filter(TenantConfig.tenant == tenant)}
    if "brand" not in rows:
        raise NotFound(f"tenant {tenant!r} has no knowledge yet; run: drafter ingest PATH --tenant {tenant}")
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
