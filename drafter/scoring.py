"""`drafter evals score`: evaluate ready-made replies from JSONL (no generation).

Invalid lines are reported by line number and skipped — never a crash, never silently
dropped. Output in the CONTRACTS scoring format, plus JUnit XML for CI.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from pydantic import ValidationError

from .evaluation.base import Evaluator
from .schemas import (
    CHECK_NAMES,
    CheckTally,
    EvalResult,
    ScoringInput,
    ScoringReport,
    ScoringSummary,
)


def read_cases(path: Path) -> tuple[list[ScoringInput], list[dict[str, Any]]]:
    cases: list[ScoringInput] = []
    errors: list[dict[str, Any]] = []
    with path.open("rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                errors.append({"line": lineno, "error": "not valid UTF-8"})
                continue
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append({"line": lineno, "error": f"not valid JSON ({exc.msg} at column {exc.colno})"})
                continue
            if not isinstance(data, dict):
                errors.append({"line": lineno, "error": "not a JSON object"})
                continue
            try:
                case = ScoringInput.model_validate(data)
            except ValidationError as exc:
                e = exc.errors()[0]
                loc = ".".join(str(x) for x in e["loc"]) or "line"
                errors.append({"line": lineno, "id": data.get("id"), "error": f"{loc}: {e['msg']}"})
                continue
            if not case.id:
                case.id = f"line-{lineno}"
            cases.append(case)
    return cases, errors


def summarize(results: Iterable[EvalResult], invalid_lines: int = 0) -> ScoringSummary:
    """Totals for a report: replies passed, and per check failed/passed/n.a./not evaluated."""
    results = list(results)
    by_check = {name: CheckTally() for name in CHECK_NAMES}
    for r in results:
        for c in r.checks:
            t = by_check.setdefault(c.name, CheckTally())
            if not c.evaluated:
                t.not_evaluated += 1
            elif not c.applicable:
                t.not_applicable += 1
            elif c.passed:
                t.passed += 1
            else:
                t.failed += 1
    return ScoringSummary(total=len(results), passed=sum(r.passed for r in results), by_check=by_check, invalid_lines=invalid_lines)


def score_file(path: Path, evaluator: Evaluator) -> ScoringReport:
    cases, errors = read_cases(path)
    results = evaluator.evaluate_many(cases) if cases else []
    for case, res in zip(cases, results, strict=True):
        res.id = case.id
    return ScoringReport(results=results, summary=summarize(results, len(errors)), errors=errors)


def junit_xml(report: ScoringReport, suite_name: str = "drafter.score") -> str:
    """One testcase per reply x check; a failing check is a <failure> with its evidence."""
    cases = [(r, c) for r in report.results for c in r.checks]
    failures = sum(1 for _, c in cases if c.applicable and not c.passed)
    suite = ET.Element("testsuite", name=suite_name, tests=str(len(cases) + len(report.errors)), failures=str(failures), errors=str(len(report.errors)))
    for r, c in cases:
        tc = ET.SubElement(suite, "testcase", classname=f"{suite_name}.{r.id}", name=c.name)
        if not c.evaluated or not c.applicable:
            ET.SubElement(tc, "skipped", message=c.explanation or "not applicable")
        elif not c.passed:
            f = ET.SubElement(tc, "failure", message=f"[{c.severity}] {c.explanation}", type=c.name)
            f.text = f"evidence: {c.evidence}\nsuggestion: {c.suggestion}"
    for e in report.errors:
        tc = ET.SubElement(suite, "testcase", classname=f"{suite_name}.input", name=f"line {e['line']}")
        ET.SubElement(tc, "error", message=str(e["error"]))
    return ET.tostring(ET.Element("testsuites"), encoding="unicode").replace("<testsuites />", "<testsuites>" + ET.tostring(suite, encoding="unicode") + "</testsuites>")
