"""Compare a run with an earlier report (`--baseline REPORT.json`).

Per case: a case that passed and now fails is a regression (and the reverse an
improvement), and so is each expectation that flipped. Per check: a check that passed
on every generation of a case and now fails on one is a regression for that case, and a
suite-wide check pass rate that dropped is one for the suite. Cases present on only one
side are listed, not judged.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from ..errors import InvalidInput
from .report import REPORT_FORMAT, BaselineDiff, CaseResult, Change, RunReport, SuiteResult


def load_report(path: Path) -> RunReport:
    if not path.is_file():
        raise InvalidInput(f"--baseline {path}: no such file")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"--baseline {path}: not a JSON report ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != REPORT_FORMAT:
        raise InvalidInput(f"--baseline {path}: not a drafter evals report (format {REPORT_FORMAT}); write one with --output")
    try:
        return RunReport.model_validate(data)
    except ValidationError as exc:
        raise InvalidInput(f"--baseline {path}: unreadable report ({exc.errors()[0]['msg']})") from None


def compare(now: RunReport, before: RunReport, baseline_name: str) -> BaselineDiff:
    diff = BaselineDiff(baseline=baseline_name)
    old_suites = {s.name: s for s in before.suites}
    for suite in now.suites:
        old = old_suites.get(suite.name)
        if old is None:
            diff.new_cases += [f"{suite.name}/{c.id}" for c in suite.cases]
            continue
        _suite(suite, old, diff)
    return diff


def _suite(now: SuiteResult, before: SuiteResult, diff: BaselineDiff) -> None:
    old_cases = {c.id: c for c in before.cases}
    new_ids = {c.id for c in now.cases}
    diff.missing_cases += [f"{now.name}/{c.id}" for c in before.cases if c.id not in new_ids]
    for case in now.cases:
        old = old_cases.get(case.id)
        if old is None:
            diff.new_cases.append(f"{now.name}/{case.id}")
            continue
        _case(now.name, case, old, diff)
    for name, rate in now.check_rates.items():
        prev = before.check_rates.get(name)
        if prev is None or rate.rate is None or prev.rate is None or abs(rate.rate - prev.rate) < 1e-9:
            continue
        change = Change(suite=now.name, what="check_rate", name=name, before=_rate(prev.passed, prev.failed), after=_rate(rate.passed, rate.failed))
        (diff.regressions if rate.rate < prev.rate else diff.improvements).append(change)


def _case(suite: str, now: CaseResult, before: CaseResult, diff: BaselineDiff) -> None:
    if now.passed != before.passed:
        change = Change(suite=suite, case=now.id, what="case", name=now.id, before=_verdict(before), after=_verdict(now))
        (diff.improvements if now.passed else diff.regressions).append(change)
    old_exp, new_exp = _expectations(before), _expectations(now)
    for name in new_exp.keys() & old_exp.keys():
        if new_exp[name] != old_exp[name]:
            change = Change(suite=suite, case=now.id, what="expectation", name=name, before=_ok(old_exp[name]), after=_ok(new_exp[name]))
            (diff.improvements if new_exp[name] else diff.regressions).append(change)
    old_chk, new_chk = _checks(before), _checks(now)
    for name in sorted(new_chk.keys() & old_chk.keys()):
        if new_chk[name] != old_chk[name]:
            change = Change(suite=suite, case=now.id, what="check", name=name, before=_ok(old_chk[name]), after=_ok(new_chk[name]))
            (diff.improvements if new_chk[name] else diff.regressions).append(change)


def _expectations(case: CaseResult) -> dict[str, bool]:
    """Each expectation: did it hold on every generation? (errors count as failures)."""
    out = {name: True for name in case.expectations}
    for s in case.samples:
        if s.error:
            return dict.fromkeys(out, False)
        for e in s.expectations:
            out[e.name] = out.get(e.name, True) and e.passed
    return out


def _checks(case: CaseResult) -> dict[str, bool]:
    """Each check that ran: did it pass on every generation?"""
    out: dict[str, bool] = {}
    for s in case.samples:
        if s.evaluation is None:
            continue
        for c in s.evaluation.checks:
            if c.evaluated:
                out[c.name] = out.get(c.name, True) and c.passed
    return out


def _verdict(case: CaseResult) -> str:
    if case.passed:
        return "passed"
    return "error" if case.error else "failed: " + ", ".join(case.failed_expectations())


def _ok(passed: bool) -> str:
    return "passed" if passed else "failed"


def _rate(passed: int, failed: int) -> str:
    n = passed + failed
    return f"{passed}/{n} ({passed / n:.0%})" if n else "n/a"
