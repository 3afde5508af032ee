"""`drafter evals run`: the progress bar, the summary tables, the files, the exit code."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..errors import InvalidInput
from ..llm.base import ChatModel
from ..settings import Settings, load_settings
from .baseline import compare, load_report
from .cassette import Mode
from .html import html_report
from .junit import junit_xml
from .report import BaselineDiff, RunReport, SampleResult, SuiteResult
from .runner import RunOptions, run_suites
from .schema import Case, Suite, load_suite


@dataclass
class RunArgs:
    suites: list[Path]
    model: str | None = None
    junit: Path | None = None
    output: Path | None = None
    html: Path | None = None
    record: bool = False
    replay: bool = False
    baseline: Path | None = None
    fail_on_regression: bool = False
    concurrency: int = 4
    # Test seam: how the real model is built (default: drafter.llm.build_model).
    model_factory: Callable[[Settings], ChatModel | None] | None = None


def run_command(args: RunArgs, out: Console, err: Console, base: Settings | None = None) -> int:
    """Run, report, write files; the exit code (0 = every gate passed)."""
    if args.record and args.replay:
        raise InvalidInput("--record and --replay exclude each other")
    if args.fail_on_regression and args.baseline is None:
        raise InvalidInput("--fail-on-regression needs --baseline REPORT.json")
    if not args.suites:
        raise InvalidInput("name at least one suite file, e.g. drafter evals run evals/*.yaml")
    suites = [load_suite(p) for p in args.suites]
    names = [s.name for s in suites]
    if len(set(names)) != len(names):
        raise InvalidInput(f"two suites share a name: {sorted({n for n in names if names.count(n) > 1})}")
    baseline = load_report(args.baseline) if args.baseline else None
    mode: Mode = "record" if args.record else ("replay" if args.replay else "live")
    opts = RunOptions(mode=mode, model=args.model, concurrency=args.concurrency, model_factory=args.model_factory)

    base = base or load_settings()
    for s in suites:
        if s.spec.today is None and base.today is None and mode != "replay":
            err.print(f"[yellow]warning:[/yellow] suite {s.name} sets no `today`: its drafts depend on the date, so a cassette recorded today misses tomorrow", highlight=False)
    total = sum(s.repeat_for(c) for s in suites for c in s.spec.cases)
    if err.is_terminal:
        with Progress(
            TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            TextColumn("{task.fields[last]}"), console=err, transient=True,
        ) as progress:  # fmt: skip
            task = progress.add_task(f"evals ({mode})", total=total, last="")

            def on_sample(suite: Suite, case: Case, sample: SampleResult) -> None:
                progress.update(task, advance=1, last=f"{_mark(sample)} {suite.name}/{case.id}")

            report = asyncio.run(run_suites(suites, opts, base=base, on_sample=on_sample))
    else:
        # CI logs: one line per generation as it finishes, instead of a redrawn bar
        done = 0

        def on_line(suite: Suite, case: Case, sample: SampleResult) -> None:
            nonlocal done
            done += 1
            gen = f" #{sample.sample + 1}" if suite.repeat_for(case) > 1 else ""
            err.print(f"[{done}/{total}] {_mark(sample)} {suite.name}/{case.id}{gen} ({sample.latency_ms / 1000:.1f}s)", highlight=False)

        report = asyncio.run(run_suites(suites, opts, base=base, on_sample=on_line))

    if baseline is not None and args.baseline is not None:
        report.baseline = compare(report, baseline, str(args.baseline))
    for suite in report.suites:
        print_suite(out, suite)
    if report.baseline is not None:
        print_baseline(out, report.baseline)
    _write(report, args, out)
    regressions = bool(report.baseline and report.baseline.regressions)
    failed = not report.passed or (args.fail_on_regression and regressions)
    cases = [c for s in report.suites for c in s.cases]
    verdict = "[red]FAIL[/red]" if failed else "[green]PASS[/green]"
    out.print(
        f"evals {verdict}: {len(report.suites)} suites, {sum(c.passed for c in cases)}/{len(cases)} cases pass, "
        f"{sum(1 for c in cases if c.error)} errors, {report.duration_s:.1f}s ({mode})"
        + (f", {len(report.baseline.regressions)} regressions" if report.baseline else "")
        + (" — gated by --fail-on-regression" if args.fail_on_regression and regressions else ""),
        highlight=False,
    )
    return 1 if failed else 0


def _mark(sample: SampleResult) -> str:
    return "[green]✓[/green]" if sample.passed else ("[yellow]![/yellow]" if sample.error else "[red]✗[/red]")


def print_suite(out: Console, s: SuiteResult) -> None:
    verdict = "[green]PASS[/green]" if s.passed else "[red]FAIL[/red]"
    t = Table(
        title=f"{s.name}: {sum(c.passed for c in s.cases)}/{len(s.cases)} cases pass ({s.pass_rate:.0%}, min {s.thresholds.pass_rate:.0%}) {verdict}",
        header_style="bold", title_justify="left",
    )  # fmt: skip
    t.add_column("case", no_wrap=True)
    for col in ("lang", "intent", "result"):
        t.add_column(col, no_wrap=True)
    t.add_column("failed expectations", overflow="fold")
    for c in s.cases:
        first = c.samples[0] if c.samples else None
        if c.error:
            result = "[yellow]error[/yellow]"
        else:
            result = "[green]pass[/green]" if c.passed else "[red]FAIL[/red]"
        if len(c.samples) > 1:
            result += f" {sum(x.passed for x in c.samples)}/{len(c.samples)}"
        t.add_row(c.id, first.language if first else "", first.intent if first else "", result, ", ".join(c.failed_expectations()))
    out.print(t)
    checks = Table(header_style="bold", box=None, title_justify="left")
    for col in ("check", "pass rate", "", "min"):
        checks.add_column(col)
    for name, r in s.check_rates.items():
        rate = r.rate
        low = rate is not None and r.threshold is not None and rate + 1e-9 < r.threshold
        bar = "" if rate is None else ("█" * round(rate * 20)).ljust(20, "░")
        shown = "n/a" if rate is None else f"{rate:.0%} ({r.passed}/{r.passed + r.failed})"
        checks.add_row(name, f"[red]{shown}[/red]" if low else shown, bar, "" if r.threshold is None else f"{r.threshold:.0%}")
    out.print(checks)
    for c in s.cases:
        for smp in c.samples:
            if smp.error:
                out.print(f"[yellow]![/yellow] {s.name}/{c.id}: {smp.error}", highlight=False, soft_wrap=True)
    for f in s.threshold_failures:
        out.print(f"[red]✗ threshold[/red] {s.name}: {f}", highlight=False)
    extra = f" · cassette {s.cassette.file}: {s.cassette.hits} hits, {s.cassette.misses} misses, {s.cassette.recorded} recorded" if s.cassette.file else ""
    out.print(f"[dim]{s.name}: model {s.model} · {s.model_calls} model calls · {s.duration_s:.1f}s{extra}[/dim]", highlight=False)


def print_baseline(out: Console, d: BaselineDiff) -> None:
    out.rule(f"compared with {d.baseline}")
    if not d.regressions and not d.improvements:
        out.print("no change against the baseline", highlight=False)
    for title, changes, colour in (("regressed", d.regressions, "red"), ("improved", d.improvements, "green")):
        for ch in changes:
            where = f"{ch.suite}/{ch.case}" if ch.case else ch.suite
            what = ch.what if ch.what == "case" else f"{ch.what} {ch.name}"
            out.print(f"[{colour}]{title}[/{colour}] {where}: {what}: {ch.before} → {ch.after}", highlight=False, soft_wrap=True)
    if d.new_cases:
        out.print(f"new cases: {', '.join(d.new_cases)}", highlight=False)
    if d.missing_cases:
        out.print(f"cases no longer in the suites: {', '.join(d.missing_cases)}", highlight=False)


def _write(report: RunReport, args: RunArgs, out: Console) -> None:
    writers: list[tuple[Path | None, Callable[[], str]]] = [
        (args.output, report.json_text), (args.junit, lambda: junit_xml(report)), (args.html, lambda: html_report(report)),
    ]  # fmt: skip
    for path, render in writers:
        if path is None:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(), encoding="utf-8")
        out.print(f"[dim]wrote {path}[/dim]", highlight=False)
