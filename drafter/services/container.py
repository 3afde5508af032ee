"""Builds the long-lived parts (database, vector store, model, evaluator) once, lazily."""

from __future__ import annotations

from functools import cached_property

from ..evaluation.base import Evaluator
from ..evaluation.judge import Judge
from ..llm import ChatModel, build_model, local_model_status
from ..pipeline.drafting import DraftPipeline
from ..settings import Settings
from ..store.db import Database
from ..store.vectors import VectorStore
from ..worker.lease import LeaseKeeper


class Services:
    def __init__(self, settings: Settings, *, model: ChatModel | None = None, use_model: bool = True) -> None:
        self.settings = settings
        self._model_override = model
        self._use_model = use_model

    @cached_property
    def db(self) -> Database:
        return Database(self.settings)

    @cached_property
    def vectors(self) -> VectorStore:
        return VectorStore(self.settings)

    @cached_property
    def model(self) -> ChatModel | None:
        if self._model_override is not None:
            return self._model_override
        if not self._use_model:
            return None
        return build_model(self.settings)

    @cached_property
    def evaluator(self) -> Evaluator:
        from ..embeddings import get_embedder
        from ..evaluation.suite import Suite

        return Suite(embedder=get_embedder(self.settings.embedding_model))

    @cached_property
    def judge(self) -> Judge:
        from ..evaluation.judge import Judge

        assert self.model is not None
        return Judge(self.model)

    @cached_property
    def inline_leases(self) -> LeaseKeeper:
        """One renewal thread for every draft this process drafts inline (requests, CLI).

        A thread per draft cost the event loop a thread start (and the wait for it) per
        request: 5% of a busy server's main thread (benchmarks/RESULTS.md). Idle, the
        thread wakes every third of a lease and touches nothing.
        """
        return LeaseKeeper(self.db, self.settings.worker_lease_s, self.settings.worker_draft_timeout_s).start()

    @cached_property
    def pipeline(self) -> DraftPipeline:
        return DraftPipeline(self.settings, self.db, self.vectors, self.model, self.evaluator)

    def model_status(self) -> str:
        """A human sentence on which model drafts, for the CLI and /healthz."""
        if self._model_override is not None:
            return f"model: {self._model_override.name}"
        if self.settings.uses_embedded_model:
            ok, why = local_model_status()
            if not ok:
                return f"embedded model not installed ({why}); drafting with the rules planner and shipped phrasing"
            return f"embedded model {self.settings.llm_model}: {self.pipeline.describe()}"
        return f"model {self.settings.llm_model} via litellm"
