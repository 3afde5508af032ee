"""JUnit XML for CI: one <testsuite> per suite, one <testcase> per case x expectation.

A failing expectation is a <failure> whose message says what went wrong and on which
generation; a case that produced no draft (a cassette miss, a model error) is an
<error> on each of its expectations; threshold gates are testcases of their own
(`<suite>.thresholds`), so a failed gate shows in the CI's test view.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from .report import CaseResult, ExpectationResult, RunReport, SuiteResult


def junit_xml(report: RunReport) -> str:
    root = ET.Element("testsuites", name="drafter.evals", time=f"{report.duration_s:.2f}")
    for suite in report.suites:
        root.append(_suite(suite))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _suite(suite: SuiteResult) -> ET.Element:
    el = ET.Element("testsuite", name=suite.name, file=suite.path, time=f"{suite.duration_s:.2f}")
    tests = failures = errors = 0
    for case in suite.cases:
        per = max(1, len(case.samples))
        # a case without expectations still reports whether a draft was produced
        for name in case.expectations or ["generated"]:
            tc = ET.SubElement(el, "testcase", classname=f"{suite.name}.{case.id}", name=name, time=f"{_case_time(case) / per:.3f}")
            tests += 1
            if case.error:
                e = ET.SubElement(tc, "error", message=case.error, type="generation")
                e.text = case.message
                errors += 1
                continue
            failed = _failures(case, name)
            if failed:
                f = ET.SubElement(tc, "failure", message=failed[0][1].message or f"{name} failed", type=failed[0][1].kind)
                f.text = "\n\n".join(_detail(case, i, r) for i, r in failed)
                failures += 1
    for gate in _gates(suite):
        name, failure = gate
        tc = ET.SubElement(el, "testcase", classname=f"{suite.name}.thresholds", name=name)
        tests += 1
        if failure:
            ET.SubElement(tc, "failure", message=failure, type="threshold")
            failures += 1
    el.set("tests", str(tests))
    el.set("failures", str(failures))
    el.set("errors", str(errors))
    return el


def _case_time(case: CaseResult) -> float:
    return sum(s.latency_ms for s in case.samples) / 1000


def _failures(case: CaseResult, name: str) -> list[tuple[int, ExpectationResult]]:
    return [(s.sample, e) for s in case.samples for e in s.expectations if e.name == name and not e.passed]


def _detail(case: CaseResult, sample: int, r: ExpectationResult) -> str:
    s = case.samples[sample] if sample < len(case.samples) else None
    lines = [f"generation {sample + 1} of {len(case.samples)}: {r.message}"]
    if r.evidence:
        lines.append(f"evidence: {r.evidence}")
    if r.suggestion:
        lines.append(f"suggestion: {r.suggestion}")
    if s is not None and s.reply:
        lines.append("reply:\n" + s.reply)
    return "\n".join(lines)


def _gates(suite: SuiteResult) -> list[tuple[str, str]]:
    """(name, failure message or "") for the pass-rate gate and each per-check gate."""
    out = [("pass_rate", next((f for f in suite.threshold_failures if f.startswith("pass rate")), ""))]
    for name, rate in suite.check_rates.items():
        if rate.threshold is not None:
            out.append((f"check:{name}", next((f for f in suite.threshold_failures if f.startswith(f"check {name} ")), "")))
    return out
