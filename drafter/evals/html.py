"""A self-contained HTML report: inline CSS, no scripts, no external assets.

Per suite: the verdict and its gates, a pass-rate bar per check (with the threshold
marked) and per kind of expectation, a table of cases, and every failing generation with
the customer's message and the reply, the evidence of each failure highlighted in place
and numbered against the list of what went wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from .report import (
    BaselineDiff,
    CaseResult,
    ExpectationResult,
    RunReport,
    SampleResult,
    SuiteResult,
)

_CSS = """
:root{--ok:#2e7d32;--bad:#c62828;--warn:#ef8f00;--ink:#1d232a;--mute:#5f6b76;--line:#dfe3e8}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",sans-serif;color:var(--ink);margin:0;background:#f6f7f9}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:20px;margin:0}h3{font-size:15px;margin:22px 0 8px;text-transform:uppercase;letter-spacing:.04em;color:var(--mute)}
.meta{color:var(--mute);margin:4px 0 0}
section.suite,section.baseline{background:#fff;border:1px solid var(--line);border-radius:10px;padding:20px 22px;margin:18px 0}
.badge{display:inline-block;font-size:12px;font-weight:700;padding:2px 9px;border-radius:99px;color:#fff;vertical-align:middle;margin-left:8px}
.badge.pass{background:var(--ok)}.badge.fail{background:var(--bad)}.badge.err{background:var(--warn)}
.gates li{color:var(--bad)}
.bars{display:grid;grid-template-columns:minmax(110px,max-content) 1fr 190px;gap:6px 12px;align-items:center}
.bar{position:relative;height:14px;background:#eceff3;border-radius:7px;overflow:visible}
.fill{height:100%;border-radius:7px;background:var(--ok)}.fill.low{background:var(--bad)}.fill.mid{background:var(--warn)}
.thr{position:absolute;top:-3px;bottom:-3px;border-left:2px dashed var(--ink)}
.num{font-variant-numeric:tabular-nums;color:var(--mute);font-size:13px}
table{border-collapse:collapse;width:100%;font-size:14px}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{color:var(--mute);font-weight:600}
.ok{color:var(--ok);font-weight:600}.no{color:var(--bad);font-weight:600}.er{color:var(--warn);font-weight:600}
article.case{border:1px solid var(--line);border-left:4px solid var(--bad);border-radius:8px;padding:12px 16px;margin:12px 0;background:#fffdfd}
article.case h4{margin:0 0 8px;font-size:15px}
.label{font-size:12px;color:var(--mute);text-transform:uppercase;letter-spacing:.04em;margin-top:8px}
.msg,.reply{white-space:pre-wrap;unicode-bidi:plaintext;border-radius:6px;padding:10px 12px;margin:4px 0}
.msg{background:#f1f3f6}.reply{background:#fff;border:1px solid var(--line)}
mark{background:#ffd7d7;border-bottom:2px solid var(--bad);padding:0 1px;border-radius:2px}
mark.also{background:#fff0cc;border-bottom-color:var(--warn)}
mark sup{font-size:10px;font-weight:700;color:var(--bad);margin-left:1px}
ol.why{margin:6px 0 0;padding-left:22px}ol.why li{margin:3px 0}
.ev{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:13px;background:#f1f3f6;padding:0 4px;border-radius:3px}
.sugg{color:var(--mute)}
pre.err{white-space:pre-wrap;background:#fff6e5;border:1px solid #f3d19c;padding:10px;border-radius:6px}
details{margin:4px 0}summary{cursor:pointer;color:var(--mute)}
"""


def html_report(report: RunReport, title: str = "drafter evals") -> str:
    verdict = _badge(report.passed)
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width,initial-scale=1'>",
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body><main>",
        f"<h1>{escape(title)} {verdict}</h1>",
        f"<p class='meta'>{escape(report.started_at)} · mode {escape(report.mode)} · {len(report.suites)} suites · "
        f"{sum(len(s.cases) for s in report.suites)} cases · {report.duration_s:.1f} s</p>",
    ]
    if report.baseline is not None:
        parts.append(_baseline(report.baseline))
    parts += [_suite(s) for s in report.suites]
    parts.append("</main></body></html>\n")
    return "".join(parts)


def _badge(passed: bool, text: str | None = None) -> str:
    return f"<span class='badge {'pass' if passed else 'fail'}'>{escape(text or ('PASS' if passed else 'FAIL'))}</span>"


def _bar(name: str, passed: int, total: int, threshold: float | None) -> str:
    rate = passed / total if total else None
    width = 0.0 if rate is None else rate * 100
    low = rate is not None and threshold is not None and rate + 1e-9 < threshold
    cls = "low" if low else ("mid" if rate is not None and rate < 1 else "")
    thr = f"<span class='thr' style='left:{threshold * 100:.1f}%' title='threshold {threshold:.0%}'></span>" if threshold is not None else ""
    label = "n/a" if rate is None else f"{passed}/{total} · {rate:.0%}"
    if threshold is not None:
        label += f" (min {threshold:.0%})"
    return (
        f"<div>{escape(name)}</div><div class='bar'><div class='fill {cls}' style='width:{width:.1f}%'></div>{thr}</div>"
        f"<div class='num'>{escape(label)}</div>"
    )


def _suite(s: SuiteResult) -> str:
    errors = s.errors
    badge = _badge(s.passed) + (f"<span class='badge err'>{errors} ERROR{'S' if errors > 1 else ''}</span>" if errors else "")
    meta = [
        f"model {s.model}", f"mode {s.mode}", f"today {s.today}" if s.today else "", f"repeat {s.repeat}" if s.repeat > 1 else "",
        f"{len(s.cases)} cases", f"pass rate {s.pass_rate:.0%} (min {s.thresholds.pass_rate:.0%})", f"{s.duration_s:.1f} s",
        f"cassette {s.cassette.file}: {s.cassette.hits} hits, {s.cassette.misses} misses, {s.cassette.recorded} recorded" if s.cassette.file else "",
    ]  # fmt: skip
    out = [f"<section class='suite' id='{_id(s.name)}'><h2>{escape(s.name)} {badge}</h2>"]
    if s.description:
        out.append(f"<p>{escape(s.description)}</p>")
    out.append(f"<p class='meta'>{escape(' · '.join(m for m in meta if m))}</p>")
    if s.threshold_failures:
        out.append("<ul class='gates'>" + "".join(f"<li>{escape(f)}</li>" for f in s.threshold_failures) + "</ul>")
    out.append("<h3>Checks — pass rate over every generation where the check applies</h3><div class='bars'>")
    for name, r in s.check_rates.items():
        out.append(_bar(name, r.passed, r.passed + r.failed, r.threshold))
    out.append("</div><h3>Expectations</h3><div class='bars'>")
    for kind, (ok, n) in _expectation_rates(s).items():
        out.append(_bar(kind, ok, n, None))
    out.append("</div><h3>Cases</h3>" + _case_table(s))
    failing = [(c, smp) for c in s.cases for smp in c.samples if not smp.passed]
    if failing:
        out.append(f"<h3>Failing generations ({len(failing)})</h3>")
        out += [_failing(s, c, smp) for c, smp in failing]
    passing = [(c, smp) for c in s.cases for smp in c.samples if smp.passed]
    if passing:
        out.append(f"<h3>Passing generations ({len(passing)})</h3>")
        for c, smp in passing:
            out.append(
                f"<details><summary>{escape(c.id)}{_gen(c, smp)} · {escape(smp.language)} · {escape(smp.intent)}</summary>"
                f"<div class='reply' dir='auto'>{escape(smp.reply)}</div></details>"
            )
    out.append("</section>")
    return "".join(out)


def _expectation_rates(s: SuiteResult) -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    for c in s.cases:
        for smp in c.samples:
            for e in smp.expectations:
                ok, n = out.get(e.kind, (0, 0))
                out[e.kind] = (ok + e.passed, n + 1)
    return dict(sorted(out.items()))


def _case_table(s: SuiteResult) -> str:
    rows = ["<table><tr><th>case</th><th>language</th><th>intent</th><th>result</th><th>failed</th></tr>"]
    for c in s.cases:
        first = c.samples[0] if c.samples else None
        if c.error:
            verdict = "<span class='er'>error</span>"
        elif c.passed:
            verdict = "<span class='ok'>pass</span>"
        else:
            verdict = "<span class='no'>fail</span>"
        if len(c.samples) > 1:
            verdict += f" <span class='num'>{sum(x.passed for x in c.samples)}/{len(c.samples)} generations</span>"
        link = f"<a href='#{_id(s.name, c.id, next((x.sample for x in c.samples if not x.passed), 0))}'>" if not c.passed else ""
        rows.append(
            f"<tr><td>{link}{escape(c.id)}{'</a>' if link else ''}</td><td>{escape(first.language if first else '')}</td>"
            f"<td>{escape(first.intent if first else '')}</td><td>{verdict}</td>"
            f"<td>{escape(', '.join(c.failed_expectations()))}</td></tr>"
        )
    rows.append("</table>")
    return "".join(rows)


def _gen(c: CaseResult, smp: SampleResult) -> str:
    return f" — generation {smp.sample + 1}/{len(c.samples)}" if len(c.samples) > 1 else ""


def _failing(s: SuiteResult, c: CaseResult, smp: SampleResult) -> str:
    out = [f"<article class='case' id='{_id(s.name, c.id, smp.sample)}'><h4>{escape(c.id)}{_gen(c, smp)}"]
    if smp.intent:
        out.append(f" <span class='num'>· {escape(smp.language)} · {escape(smp.intent)} · {escape(smp.planner)}/{escape(smp.writer)} · {escape(smp.model)}</span>")
    out.append(f"</h4><div class='label'>customer {escape(c.customer_id)} wrote</div><div class='msg' dir='auto'>{escape(c.message.strip())}</div>")
    if smp.error:
        out.append(f"<div class='label'>no draft</div><pre class='err'>{escape(smp.error)}</pre></article>")
        return "".join(out)
    failed = [e for e in smp.expectations if not e.passed]
    marks = [(e, _span(e, smp.reply), "") for e in failed]
    expected_checks = {e.name.removeprefix("check:") for e in smp.expectations if e.kind == "check"}
    also = [
        ExpectationResult(name=f"check:{c2.name}", kind="check", passed=False, message=f"[{c2.severity}] {c2.explanation}",
                          evidence=c2.evidence, span=c2.span, suggestion=c2.suggestion)
        for c2 in (smp.evaluation.checks if smp.evaluation else []) if not c2.passed and c2.name not in expected_checks
    ]  # fmt: skip
    marks += [(e, _span(e, smp.reply), "also") for e in also]
    out.append(f"<div class='label'>reply</div><div class='reply' dir='auto'>{_highlight(smp.reply, marks)}</div>")
    if smp.actions:
        out.append(f"<div class='label'>actions on approval</div><div class='num'>{escape('; '.join(smp.actions))}</div>")
    out.append("<div class='label'>what went wrong</div><ol class='why'>")
    for e, _, cls in marks:
        ev = f" <span class='ev'>{escape(e.evidence)}</span>" if e.evidence else ""
        sugg = f"<br><span class='sugg'>→ {escape(e.suggestion)}</span>" if e.suggestion else ""
        tag = " <span class='num'>(not an expectation of this case)</span>" if cls else ""
        out.append(f"<li><b>{escape(e.name)}</b>{tag}: {escape(e.message)}{ev}{sugg}</li>")
    out.append("</ol></article>")
    return "".join(out)


def _span(e: ExpectationResult, reply: str) -> tuple[int, int] | None:
    if e.span is not None and 0 <= e.span[0] < e.span[1] <= len(reply):
        return e.span
    if e.evidence:
        at = reply.find(e.evidence)
        if at >= 0:
            return at, at + len(e.evidence)
    return None


@dataclass
class _Mark:
    start: int
    end: int
    nums: list[int]
    names: list[str]
    also: bool


def _highlight(reply: str, marks: list[tuple[ExpectationResult, tuple[int, int] | None, str]]) -> str:
    """The reply with each evidence span marked and numbered (overlapping spans merge)."""
    merged: list[_Mark] = []
    spans = sorted((span, n, cls, e.name) for n, (e, span, cls) in enumerate(marks, start=1) if span is not None)
    for (start, end), n, cls, name in spans:
        if merged and start < merged[-1].end:
            last = merged[-1]
            last.end = max(last.end, end)
            last.nums.append(n)
            last.names.append(name)
            last.also = last.also and bool(cls)
        else:
            merged.append(_Mark(start, end, [n], [name], bool(cls)))
    out: list[str] = []
    pos = 0
    for m in merged:
        out.append(escape(reply[pos : m.start]))
        title = escape("; ".join(m.names))
        nums = ",".join(str(n) for n in m.nums)
        out.append(f"<mark class='{'also' if m.also else ''}' title='{title}'>{escape(reply[m.start : m.end])}<sup>{nums}</sup></mark>")
        pos = m.end
    out.append(escape(reply[pos:]))
    return "".join(out)


def _baseline(d: BaselineDiff) -> str:
    ok = not d.regressions
    out = [f"<section class='baseline'><h2>Compared with {escape(d.baseline)} {_badge(ok, 'NO REGRESSIONS' if ok else f'{len(d.regressions)} REGRESSIONS')}</h2>"]
    for title, changes, cls in (("Regressions", d.regressions, "no"), ("Improvements", d.improvements, "ok")):
        if not changes:
            continue
        out.append(f"<h3>{title}</h3><table><tr><th>suite</th><th>case</th><th>what</th><th>before</th><th>now</th></tr>")
        for ch in changes:
            out.append(
                f"<tr><td>{escape(ch.suite)}</td><td>{escape(ch.case or '—')}</td><td>{escape(ch.what)} {escape(ch.name if ch.what != 'case' else '')}</td>"
                f"<td>{escape(ch.before)}</td><td class='{cls}'>{escape(ch.after)}</td></tr>"
            )
        out.append("</table>")
    if d.new_cases:
        out.append(f"<p class='meta'>new cases: {escape(', '.join(d.new_cases))}</p>")
    if d.missing_cases:
        out.append(f"<p class='meta'>cases no longer in the suites: {escape(', '.join(d.missing_cases))}</p>")
    out.append("</section>")
    return "".join(out)


def _id(*parts: object) -> str:
    return "-".join("".join(ch if ch.isalnum() else "_" for ch in str(p)) for p in parts)
