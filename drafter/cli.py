"""The `drafter` command line (CONTRACTS.md). Errors: one line on stderr, non-zero exit."""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import typer
import yaml
from rich.console import Console
from rich.panel import Panel
from rich.table import Table

from .errors import DrafterError
from .resources import sample_knowledge_dir
from .schemas import DraftRequest
from .settings import Settings, load_settings

app = typer.Typer(help="drafter: policy-grounded, checked customer-support reply drafts.", no_args_is_help=True, add_completion=False)
evals_app = typer.Typer(help="Evaluate replies (QA).", no_args_is_help=True)
app.add_typer(evals_app, name="evals")
keys_app = typer.Typer(help="API keys, written straight to the database (no server needed).", no_args_is_help=True)
app.add_typer(keys_app, name="keys")
out = Console()
err = Console(stderr=True)

F = TypeVar("F", bound=Callable[..., Any])


def friendly(fn: F) -> F:
    """Turn drafter errors into one line on stderr and exit code 1 (2 for config)."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except DrafterError as exc:
            err.print(f"[red]error:[/red] {exc.message}", highlight=False, soft_wrap=True)
            raise typer.Exit(2 if exc.code == "config_error" else 1) from None

    return wrapper  # type: ignore[return-value]


def _settings() -> Settings:
    return load_settings()


def _services(settings: Settings, use_model: bool = True) -> Any:
    from .services.container import Services

    return Services(settings, use_model=use_model)


@app.command()
@friendly
def ingest(
    paths: list[Path] = typer.Argument(None, help="knowledge folders (default: the sample company in knowledge/)"),
    tenant: str = typer.Option("default", "--tenant", help="tenant the knowledge belongs to"),
) -> None:
    """Load knowledge folders (policies, brand voice, authority, customers) for a tenant. Idempotent."""
    from .ingest import ingest_folder

    services = _services(_settings(), use_model=False)
    for folder in paths or [sample_knowledge_dir()]:
        started = time.perf_counter()
        with out.status(f"ingesting {folder} for tenant {tenant}…"):
            report = ingest_folder(Path(folder), tenant, services.db, services.vectors)
        took = time.perf_counter() - started
        out.print(
            f"[green]ingested[/green] {folder} → tenant [bold]{tenant}[/bold] in {took:.1f}s: "
            f"policies {report.policies}, interactions {report.interactions}, "
            f"customers changed {report.customers_changed} / unchanged {report.customers_unchanged}"
            + ("" if report.changed else " — nothing changed"),
            highlight=False,
        )


@app.command()
@friendly
def draft(
    message: str = typer.Argument(..., help="the customer's message"),
    customer: str = typer.Option(..., "--customer", help="customer id"),
    channel: str | None = typer.Option(None, "--channel"),
    agent: str | None = typer.Option(None, "--agent", help="agent who signs (default: the brand's agent for the language)"),
    tenant: str = typer.Option("default", "--tenant"),
    as_json: bool = typer.Option(False, "--json", help="print the API's draft object"),
) -> None:
    """Draft one reply and print it with its evaluation."""
    from .services.drafts import DraftService

    services = _services(_settings())
    req = DraftRequest(customer_id=customer, message=message, channel=channel, agent={"name": agent} if agent else None)
    d = asyncio.run(DraftService(services).create(req, tenant=tenant, actor="cli"))
    if as_json:
        sys.stdout.write(d.model_dump_json(indent=2) + "\n")
        return
    if not as_json:
        err.print(f"[dim]{services.model_status()}[/dim]", highlight=False)
    print_draft(d)


def print_draft(d: Any, title: str = "") -> None:
    ev = d.evaluation
    verdict = "[green]PASS[/green]" if ev and ev.passed else "[red]NEEDS WORK[/red]"
    out.print(Panel(d.reply, title=title or f"draft {d.id} · {d.language} · {d.intent}", subtitle=verdict, expand=False))
    if d.actions:
        out.print("actions on approval: " + "; ".join(a.description for a in d.actions), highlight=False)
    out.print("sources: " + ", ".join(s.id for s in d.sources[:6]), highlight=False)
    if ev:
        t = Table(show_header=True, header_style="bold", box=None)
        t.add_column("check")
        t.add_column("result")
        t.add_column("why")
        for c in ev.checks:
            mark = "[dim]n/a[/dim]" if not c.applicable else ("[green]pass[/green]" if c.passed else ("[red]FAIL[/red]" if c.severity == "blocking" else "[yellow]warn[/yellow]"))
            t.add_row(c.name, mark, "" if c.passed else (c.explanation + (f' — "{c.evidence}"' if c.evidence else "")))
        out.print(t)
    out.print(f"[dim]model {d.model} · {d.latency_ms} ms · tokens {d.usage.total_tokens} · planner {d.planner} · revisions {d.revisions}[/dim]", highlight=False)


@app.command()
@friendly
def demo(
    tickets: Path = typer.Option(None, "--tickets", help="folder of sample tickets (default: knowledge/tickets)"),
    limit: int = typer.Option(0, "--limit", help="draft only the first N tickets per language (0 = all)"),
) -> None:
    """The main job on the embedded defaults: ingest the sample company, draft its sample tickets."""
    from .ingest import ingest_folder
    from .services.drafts import DraftService

    settings = _settings()
    services = _services(settings)
    folder = sample_knowledge_dir()
    t0 = time.perf_counter()
    report = ingest_folder(folder, settings.default_tenant, services.db, services.vectors)
    out.print(f"[green]ingested[/green] the sample company ({report.policies}) in {time.perf_counter() - t0:.1f}s", highlight=False)
    out.print(f"[dim]{services.model_status()}[/dim]", highlight=False)
    files = sorted((tickets or folder / "tickets").glob("*.yaml"))
    per_lang: dict[str, int] = {}
    passed = total = 0
    for f in files:
        t = yaml.safe_load(f.read_text(encoding="utf-8"))
        lang = str(t.get("language", ""))
        if limit and per_lang.get(lang, 0) >= limit:
            continue
        per_lang[lang] = per_lang.get(lang, 0) + 1
        out.rule(f"{t['id']} · {t.get('channel', '')} · customer {t['customer_id']}")
        out.print(Panel(t["message"].strip(), title="customer wrote", expand=False), highlight=False)
        req = DraftRequest(customer_id=t["customer_id"], message=t["message"], subject=t.get("subject"), channel=t.get("channel"), ticket_id=t["id"])
        d = asyncio.run(DraftService(services).create(req, tenant=settings.default_tenant, actor="demo"))
        print_draft(d)
        total += 1
        passed += bool(d.evaluation and d.evaluation.passed)
    out.rule()
    out.print(f"{passed}/{total} drafts pass every blocking check · total {time.perf_counter() - t0:.1f}s", highlight=False)


@app.command()
@friendly
def serve(
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(8000, "--port"),
    workers: int = typer.Option(
        1, "--workers", min=1, help="processes serving the port (one uses about one core); more than 1 needs a Chroma server (DRAFTER_CHROMA_URL)",
    ),
) -> None:
    """Run the HTTP API."""
    import uvicorn

    from .api.app import create_app

    settings = _settings()
    if workers == 1:
        uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
        return
    from .errors import ConfigError

    if not settings.chroma_url:
        # Embedded Chroma belongs to one process: knowledge ingested through one worker
        # would not be seen by the others' indexes.
        raise ConfigError("--workers above 1 needs a Chroma server: run `chroma run --path DIR` and set DRAFTER_CHROMA_URL")
    # Each process builds its own app (and in-service worker pool) from the environment.
    uvicorn.run("drafter.api.app:create_app", factory=True, host=host, port=port, workers=workers, log_level="info")


@evals_app.command("score")
@friendly
def evals_score(
    file: Path = typer.Argument(..., help="JSONL file, one scoring-input object per line"),
    output: Path | None = typer.Option(None, "--output", help="write the JSON report here"),
    junit: Path | None = typer.Option(None, "--junit", help="write JUnit XML here"),
    no_model: bool = typer.Option(False, "--no-model", help="only the checks that need no embedding model"),
    judge: bool = typer.Option(False, "--judge", help="also ask the configured LLM to judge apology, ownership, next_step, tone and no_upsell (adds findings only)"),
    jobs: int = typer.Option(1, "--jobs", min=0, max=64, help="processes to score with (0: one per core); each loads its own embedding model"),
) -> None:
    """Evaluate ready-made replies (no generation). Exit 1 when input lines were invalid."""
    from .errors import InvalidInput
    from .scoring import junit_xml, score_file

    if not file.is_file():
        raise InvalidInput(f"{file}: no such file")
    services = _services(_settings(), use_model=False)
    if jobs != 1:
        from .evaluation.parallel import ParallelSuite

        with ParallelSuite(jobs, use_model=not no_model, embedding_model=services.settings.embedding_model) as parallel:
            report = score_file(file, parallel)
    else:
        evaluator = services.evaluator
        if no_model:
            from .evaluation.suite import Suite

            evaluator = Suite(embedder=None, use_model=False)
        report = score_file(file, evaluator)
    if judge:
        from .evaluation.judge import Judge
        from .llm import build_model
        from .scoring import read_cases, summarize

        model = build_model(services.settings)
        if model is None:
            raise InvalidInput("--judge needs a model: set DRAFTER_LLM_MODEL, or install the embedded one with pip install 'drafter[local]'")
        cases, _ = read_cases(file)
        report.results = asyncio.run(Judge(model).review_many(cases, report.results))
        report.summary = summarize(report.results, len(report.errors))
    for e in report.errors:
        err.print(f"[yellow]line {e['line']}[/yellow]: {e['error']} — skipped", highlight=False)
    t = Table(title=f"{file.name}: {report.summary.passed}/{report.summary.total} replies pass", header_style="bold")
    for col in ("check", "failed", "passed", "n/a", "not evaluated"):
        t.add_column(col)
    for name, tally in report.summary.by_check.items():
        t.add_row(name, str(tally.failed), str(tally.passed), str(tally.not_applicable), str(tally.not_evaluated))
    out.print(t)
    for r in report.results:
        for c in r.checks:
            if c.applicable and not c.passed:
                out.print(f"[red]✗[/red] {r.id} {c.name}: {c.explanation}" + (f' — "{c.evidence}"' if c.evidence else ""), highlight=False)
    if output:
        output.write_text(report.model_dump_json(indent=2), encoding="utf-8")
    if junit:
        junit.write_text(junit_xml(report), encoding="utf-8")
    if report.errors:
        raise typer.Exit(1)


@evals_app.command("run")
@friendly
def evals_run(
    suites: list[Path] = typer.Argument(..., help="suite files, e.g. evals/*.yaml"),
    model: str | None = typer.Option(None, "--model", help="litellm model for every suite (default: each suite's, else DRAFTER_LLM_MODEL)"),
    junit: Path | None = typer.Option(None, "--junit", help="write JUnit XML here (one testcase per case x expectation)"),
    output: Path | None = typer.Option(None, "--output", help="write the JSON report here (usable as a later --baseline)"),
    html: Path | None = typer.Option(None, "--html", help="write a self-contained HTML report here"),
    record: bool = typer.Option(False, "--record", help="call the model and store every response in <suite>.cassette.jsonl"),
    replay: bool = typer.Option(False, "--replay", help="use only the cassettes (offline, deterministic); a missing response is an error naming the case"),
    baseline: Path | None = typer.Option(None, "--baseline", help="an earlier --output report to compare with, per case and per check"),
    fail_on_regression: bool = typer.Option(False, "--fail-on-regression", help="exit 1 when anything regressed against --baseline"),
    concurrency: int = typer.Option(4, "--concurrency", min=1, max=64, help="drafts generated at once"),
) -> None:
    """Generate drafts for suites' cases, check their expectations; exit 1 when a threshold fails."""
    from .evals.console import RunArgs, run_command

    args = RunArgs(
        suites=suites, model=model, junit=junit, output=output, html=html, record=record, replay=replay,
        baseline=baseline, fail_on_regression=fail_on_regression, concurrency=concurrency,
    )
    code = run_command(args, out, err)
    if code:
        raise typer.Exit(code)


# ---------------------------------------------------------------- keys and review exports (review issue)


@keys_app.command("create")
@friendly
def keys_create(
    role: str = typer.Option(..., "--role", help="agent, qa or admin"),
    tenant: str = typer.Option("default", "--tenant", help="the tenant the key acts for"),
    name: str = typer.Option("", "--name", help="a label, usually the agent's name"),
) -> None:
    """Create an API key. It is printed once, alone on the last line; only its hash is stored."""
    from .services.keys import KeyService
    from .store.db import Database

    new = KeyService(Database(_settings())).create(tenant=tenant, role=role, name=name, created_by="cli")
    out.print(f"created {new.info.role} key {new.info.id} for tenant {new.info.tenant}; store it now, it is not shown again:", highlight=False)
    sys.stdout.flush()
    print(new.secret)


@keys_app.command("list")
@friendly
def keys_list(tenant: str | None = typer.Option(None, "--tenant", help="only this tenant's keys")) -> None:
    """List API keys (ids and prefixes; secrets are never stored)."""
    from .services.keys import KeyService
    from .store.db import Database

    t = Table(header_style="bold")
    t.add_column("id", no_wrap=True, min_width=14)
    for col in ("tenant", "role", "name", "prefix", "created", "revoked"):
        t.add_column(col)
    for k in KeyService(Database(_settings())).list(tenant=tenant):
        t.add_row(k.id, k.tenant, k.role, k.name, k.prefix, f"{k.created_at:%Y-%m-%d}", f"{k.revoked_at:%Y-%m-%d}" if k.revoked_at else "")
    out.print(t)


@keys_app.command("revoke")
@friendly
def keys_revoke(key_id: str = typer.Argument(..., help="the key's id (k_…), as `drafter keys list` shows it")) -> None:
    """Revoke an API key; requests with it get 401 from then on."""
    from .services.keys import KeyService
    from .store.db import Database

    k = KeyService(Database(_settings())).revoke(key_id)
    out.print(f"revoked {k.role} key {k.id} of tenant {k.tenant}", highlight=False)


@evals_app.command("export")
@friendly
def evals_export(
    since: str = typer.Option(..., "--since", help="first day of decisions to export (YYYY-MM-DD)"),
    until: str | None = typer.Option(None, "--until", help="last day (YYYY-MM-DD), default: today"),
    tenant: str = typer.Option("default", "--tenant"),
    min_edit: float = typer.Option(0.2, "--min-edit", min=0.0, max=1.0, help="edit ratio from which an approval counts as heavily edited"),
    output: Path | None = typer.Option(None, "--output", help="write scoring JSONL here and suite cases to <stem>.cases.yaml beside it (default: JSONL on stdout)"),
) -> None:
    """Export rejected and heavily edited drafts as eval cases (scoring JSONL + suite cases YAML)."""
    from datetime import date

    from .errors import InvalidInput
    from .services.export import export_cases, to_jsonl, to_yaml
    from .store.db import Database

    try:
        first, last = date.fromisoformat(since), date.fromisoformat(until) if until else None
    except ValueError:
        raise InvalidInput("--since/--until must be dates like 2026-11-01") from None
    cases = export_cases(Database(_settings()), tenant, since=first, until=last, min_edit_ratio=min_edit)
    rejected = sum(1 for c in cases if c.scoring["decision"] == "rejected")
    summary = f"{len(cases)} cases from tenant {tenant} since {first}: {rejected} rejected, {len(cases) - rejected} heavily edited (edit ratio ≥ {min_edit:g})"
    if output is None:
        sys.stdout.write(to_jsonl(cases))
        err.print(summary, highlight=False)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    suite = output.with_name(output.name.removesuffix(".jsonl") + ".cases.yaml")
    output.write_text(to_jsonl(cases), encoding="utf-8")
    suite.write_text(to_yaml(cases), encoding="utf-8")
    out.print(f"{summary}\nscoring JSONL: {output}\nsuite cases:   {suite}", highlight=False)


# ---------------------------------------------------------------- workers and integrations (helpdesk issue)

integrations_app = typer.Typer(help="Helpdesk integrations: webhooks in, drafts out (written straight to the database).", no_args_is_help=True)
app.add_typer(integrations_app, name="integrations")


@app.command()
@friendly
def worker(
    concurrency: int = typer.Option(0, "--concurrency", "-c", min=0, help="drafts at a time (default: DRAFTER_WORKER_POOL_SIZE)"),
    no_callbacks: bool = typer.Option(False, "--no-callbacks", help="only draft; leave callbacks to other processes"),
) -> None:
    """Draft queued drafts (and send callbacks) until SIGTERM/SIGINT; run as many as you like."""
    import logging

    from .worker.main import run_worker

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = _settings()
    err.print(f"[dim]drafter worker: {concurrency or settings.worker_pool_size} at a time, lease {settings.worker_lease_s:g} s[/dim]", highlight=False)
    pool = run_worker(settings, concurrency=concurrency or None, deliveries=not no_callbacks)
    st = pool.stats
    err.print(f"stopped: {st.completed} drafted, {st.retried} retried, {st.failed} failed, {st.lost} taken over", highlight=False)


@integrations_app.command("create")
@friendly
def integrations_create(
    kind: str = typer.Option(..., "--kind", help="zendesk, freshdesk or generic"),
    tenant: str = typer.Option("default", "--tenant"),
    name: str = typer.Option("", "--name"),
    callback_url: str | None = typer.Option(None, "--callback-url", help="where finished drafts are POSTed (signed)"),
    signing_secret: str | None = typer.Option(None, "--signing-secret", help="zendesk: the webhook's signing secret from Zendesk"),
    agent: str | None = typer.Option(None, "--agent", help="who signs the drafts (default: the brand's agent)"),
) -> None:
    """Create an integration; prints its webhook path and secrets (shown once)."""
    from pydantic import ValidationError

    from .errors import InvalidInput
    from .store.db import Database
    from .webhooks.integrations import IntegrationCreate, IntegrationService

    try:
        req = IntegrationCreate(kind=kind, name=name, callback_url=callback_url, signing_secret=signing_secret, agent_name=agent)
    except ValidationError as exc:
        e = exc.errors()[0]
        raise InvalidInput(f"{'.'.join(str(x) for x in e['loc'])}: {e['msg']}") from None
    new = IntegrationService(Database(_settings())).create(req, tenant=tenant, created_by="cli")
    out.print(f"created {new.kind} integration {new.id} for tenant {new.tenant}", highlight=False)
    out.print(f"webhook URL:      <drafter base URL>{new.webhook_path}", highlight=False)
    out.print(f"signature:        {new.signature}", highlight=False)
    out.print(f"signing secret:   {new.signing_secret}", highlight=False)
    out.print(f"callback secret:  {new.callback_secret}  (verify callbacks with it)", highlight=False)
    out.print("the secrets are not shown again", highlight=False)


@integrations_app.command("list")
@friendly
def integrations_list(tenant: str | None = typer.Option(None, "--tenant", help="only this tenant's")) -> None:
    """List integrations (never their secrets)."""
    from .store.db import Database
    from .webhooks.integrations import IntegrationService

    t = Table(header_style="bold")
    t.add_column("id", no_wrap=True, min_width=20)
    for col in ("tenant", "kind", "name", "webhook path", "callback URL", "enabled"):
        t.add_column(col, overflow="fold")
    for i in IntegrationService(Database(_settings())).list(tenant=tenant):
        t.add_row(i.id, i.tenant, i.kind, i.name, i.webhook_path, i.callback_url or "", "yes" if i.enabled else "no")
    out.print(t)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
