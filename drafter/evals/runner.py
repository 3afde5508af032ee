"""Generate a suite's drafts (bounded concurrency), judge them, aggregate.

Each suite runs in a fresh temporary DRAFTER_HOME: its knowledge folder (plus any inline
customers) is ingested there, so a run never touches the user's database or vector
store and never depends on what was ingested before. The model itself (the embedded
weights, a hosted model's credentials) comes from the user's settings.

Every model call goes through a `CassetteModel`, which records, replays or passes it
through; cases that need no model (rules planner + composed reply) make no call at all.
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import yaml

from ..errors import DrafterError
from ..evaluation.base import Evaluator
from ..llm import build_model
from ..llm.base import ChatModel
from ..pipeline.drafting import DraftOutcome, DraftPipeline
from ..services.container import Services
from ..settings import Settings, load_settings
from ..store.db import Database
from ..store.vectors import VectorStore
from . import expectations
from .cassette import Cassette, CassetteModel, Mode, call_site
from .report import (
    CaseResult,
    CassetteStats,
    RunReport,
    SampleResult,
    SuiteResult,
    check_rates,
    threshold_failures,
)
from .schema import Case, Expect, ModelSettings, Suite

OnSample = Callable[[Suite, Case, SampleResult], None]


@dataclass
class RunOptions:
    mode: Mode = "live"
    model: str | None = None  # --model: overrides every suite's llm_model
    concurrency: int = 4
    # How the real model is built from settings (tests pass a scripted one); None = build_model.
    model_factory: Callable[[Settings], ChatModel | None] | None = None


class SuiteRun:
    """One suite, in its own temporary home."""

    def __init__(self, suite: Suite, opts: RunOptions, base: Settings, evaluator: Evaluator, on_sample: OnSample | None = None) -> None:
        self.suite = suite
        self.opts = opts
        self.base = base
        self.evaluator = evaluator
        self.on_sample = on_sample
        self.cassette = Cassette.load(suite.cassette_path) if opts.mode != "live" else None
        self._models: dict[str, CassetteModel] = {}
        self._pipelines: dict[str, DraftPipeline] = {}

    def model_name(self, ms: ModelSettings) -> str:
        return self.opts.model or ms.llm_model or self.base.llm_model

    def _model(self, name: str) -> CassetteModel:
        if name not in self._models:
            # The real model lives in the user's home (the embedded weights are joined there once).
            real = self.base.model_copy(update={"llm_model": name})

            def factory() -> ChatModel | None:
                return (self.opts.model_factory or build_model)(real)

            self._models[name] = CassetteModel(self.opts.mode, self.cassette, name=name, inner=factory)
        return self._models[name]

    def _pipeline(self, settings: Settings, ms: ModelSettings, db: Database, vectors: VectorStore) -> DraftPipeline:
        name = self.model_name(ms)
        key = f"{name}|{ms.planner}|{ms.writer}|{ms.max_revisions}"
        if key not in self._pipelines:
            update: dict[str, object] = {"llm_model": name}
            for field in ("planner", "writer", "max_revisions"):
                value = getattr(ms, field)
                if value is not None:
                    update[field] = value
            self._pipelines[key] = DraftPipeline(settings.model_copy(update=update), db, vectors, self._model(name), self.evaluator)
        return self._pipelines[key]

    async def run(self) -> SuiteResult:
        started = time.perf_counter()
        spec = self.suite.spec
        with tempfile.TemporaryDirectory(prefix="drafter-evals-") as tmp:
            settings = self.base.model_copy(update={
                "home": Path(tmp) / "home", "database_url": None, "chroma_url": None,
                "today": spec.today or self.base.today,
            })  # fmt: skip
            services = Services(settings, use_model=False)
            _ingest(self.suite, Path(tmp), services)
            sem = asyncio.Semaphore(max(1, self.opts.concurrency))
            jobs = [
                self._sample(case, i, sem, self._pipeline(settings, self.suite.model_for(case), services.db, services.vectors))
                for case in spec.cases
                for i in range(self.suite.repeat_for(case))
            ]
            samples = await asyncio.gather(*jobs)
            services.db.engine.dispose()
        by_case: dict[str, list[SampleResult]] = {}
        for case_id, sample in samples:
            by_case.setdefault(case_id, []).append(sample)
        cases = [self._case(case, sorted(by_case[case.id], key=lambda s: s.sample)) for case in spec.cases]
        result = SuiteResult(
            name=self.suite.name, path=str(self.suite.path), description=spec.description, mode=self.opts.mode,
            model=self.model_name(spec.model), today=str(settings.today) if settings.today else None, repeat=spec.repeat,
            cases=cases, thresholds=spec.thresholds, model_calls=sum(m.calls for m in self._models.values()),
        )  # fmt: skip
        result.check_rates = check_rates(cases, spec.thresholds)
        result.threshold_failures = threshold_failures(result)
        if self.cassette is not None:
            if self.opts.mode == "record":
                self.cassette.save(keep={c.id for c in cases if c.error})
            result.cassette = CassetteStats(
                file=self.cassette.path.name, hits=self.cassette.hits, misses=self.cassette.misses, recorded=len(self.cassette.recorded)
            )
        result.duration_s = round(time.perf_counter() - started, 2)
        return result

    async def _sample(self, case: Case, i: int, sem: asyncio.Semaphore, pipeline: DraftPipeline) -> tuple[str, SampleResult]:
        expect = self.suite.expect_for(case)
        message = f"{case.subject}\n\n{case.message}" if case.subject else case.message
        async with sem:
            t0 = time.perf_counter()
            with call_site(case.id, i):
                try:
                    outcome = await pipeline.run(
                        tenant=self.suite.spec.tenant, customer_id=str(case.customer_id), message=message,
                        agent_name=case.agent, language=case.language, instructions=case.instructions,
                    )  # fmt: skip
                except DrafterError as exc:
                    sample = _failed(i, exc.message, t0)
                except Exception as exc:  # a broken case must not stop the others
                    sample = _failed(i, f"unexpected {type(exc).__name__}: {exc}", t0)
                else:
                    sample = _judged(i, outcome, expect)
        if self.on_sample is not None:
            self.on_sample(self.suite, case, sample)
        return case.id, sample

    def _case(self, case: Case, samples: list[SampleResult]) -> CaseResult:
        return CaseResult(
            id=case.id, passed=all(s.passed for s in samples), customer_id=str(case.customer_id), language=case.language,
            message=case.message, tags=case.tags, expectations=expectations.names(self.suite.expect_for(case)), samples=samples,
        )  # fmt: skip


def _failed(i: int, error: str, t0: float) -> SampleResult:
    return SampleResult(
        sample=i, passed=False, error=error, expectations=expectations.errored(error), latency_ms=int((time.perf_counter() - t0) * 1000),
    )  # fmt: skip


def _judged(i: int, o: DraftOutcome, expect: Expect) -> SampleResult:
    results = expectations.judge(expect, reply=o.reply, intent=o.intent, language=o.language, evaluation=o.evaluation)
    return SampleResult(
        sample=i, passed=all(r.passed for r in results), reply=o.reply, language=o.language, intent=o.intent,
        topic=o.plan.topic, planner=o.planner, writer=o.writer, model=o.model, actions=[a.description for a in o.actions],
        sources=[s.id for s in o.sources], revisions=o.revisions, expectations=results, evaluation=o.evaluation,
        latency_ms=o.latency_ms, usage=o.usage,
    )  # fmt: skip


def _ingest(suite: Suite, tmp: Path, services: Services) -> None:
    """The suite's knowledge, plus inline customers, into the temporary home."""
    from ..ingest import ingest_folder

    folder = suite.knowledge_dir()
    inline = [c.customer for c in suite.spec.cases if c.customer is not None]
    if inline:
        # A copy with the inline customers added, so they are ingested like any other.
        copy = tmp / "knowledge"
        shutil.copytree(folder, copy)
        (copy / "customers").mkdir(exist_ok=True)
        for record in inline:
            path = copy / "customers" / f"{record.id}.yaml"
            path.write_text(yaml.safe_dump(record.model_dump(mode="json", exclude_none=True), allow_unicode=True), encoding="utf-8")
        folder = copy
    ingest_folder(folder, suite.spec.tenant, services.db, services.vectors)


async def run_suites(suites: list[Suite], opts: RunOptions, *, base: Settings | None = None, on_sample: OnSample | None = None) -> RunReport:
    """Run suites one after another (each one's cases concurrently)."""
    base = base or load_settings()
    from ..embeddings import get_embedder
    from ..evaluation.suite import Suite as EvalSuite

    evaluator = EvalSuite(embedder=get_embedder(base.embedding_model))
    report = RunReport(started_at=datetime.now(UTC).isoformat(timespec="seconds"), mode=opts.mode)
    t0 = time.perf_counter()
    for suite in suites:
        report.suites.append(await SuiteRun(suite, opts, base, evaluator, on_sample).run())
    report.duration_s = round(time.perf_counter() - t0, 2)
    return report
