"""drafter.evals building blocks: the suite format, fact matching, cassettes, baselines."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from drafter.errors import InvalidInput
from drafter.evals.baseline import compare
from drafter.evals.cassette import Cassette, CassetteMiss, CassetteModel, call_site, request_key
from drafter.evals.matching import find
from drafter.evals.report import (
    CaseResult,
    CheckRate,
    ExpectationResult,
    RunReport,
    SampleResult,
    SuiteResult,
)
from drafter.evals.schema import load_suite
from drafter.llm.base import ChatRequest
from drafter.llm.scripted import ScriptedModel
from drafter.schemas import CheckResult, EvalResult

# ---------------------------------------------------------------- suite format


def _suite(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "s.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_suite_defaults_merge_and_inline_customer_gets_an_id(tmp_path: Path) -> None:
    s = load_suite(_suite(tmp_path, """
today: 2026-11-22
defaults: {checks: [greeting, grounded], never: ["sorry for the inconvenience"], passed: true}
cases:
  - id: a
    customer_id: C-1001
    message: hi
    expect: {checks: [apology], skip_checks: [greeting], never: ["Home Max"], passed: false}
  - id: b
    customer: {name: Tom Baker, language: en}
    message: hi
"""))
    assert s.name == "s" and s.cassette_path.name == "s.cassette.jsonl"
    a, b = s.spec.cases
    ea = s.expect_for(a)
    assert ea.checks == ["grounded", "apology"] and ea.passed is False
    assert ea.never == ["sorry for the inconvenience", "Home Max"]
    assert b.customer_id == "EVAL-b" and s.expect_for(b).checks == ["greeting", "grounded"]
    assert s.knowledge_dir().name == "knowledge"


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ("cases: [{id: a, customer_id: C-1, message: hi, expect: {checks: [gretting]}}]", "cases[0] (id a).expect.checks"),
        ("cases: [{id: a, customer_id: C-1, message: hi, expect: {sates: [x]}}]", "sates"),
        ("cases: [{id: a, message: hi}]", "customer_id or customer"),
        ("cases: [{id: a, customer_id: C-1, message: hi}, {id: a, customer_id: C-2, message: yo}]", "duplicate case ids"),
        ("cases: [{id: a, customer_id: C-1, message: hi, expect: {intent: refunds}}]", "unknown intent"),
        ("cases: [{id: a, customer_id: C-1, message: hi, expect: {never: ['re:(']}}]", "bad regular expression"),
        ("thresholds: {checks: {grounded: 2}}\ncases: [{id: a, customer_id: C-1, message: hi}]", "between 0 and 1"),
        ("knowledge: nowhere\ncases: [{id: a, customer_id: C-1, message: hi}]", "does not exist"),
        ("cases: [oops", "not valid YAML"),
    ],
)
def test_suite_errors_name_the_file_and_the_field(tmp_path: Path, body: str, needle: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        load_suite(_suite(tmp_path, body))
    assert "s.yaml" in exc.value.message and needle in exc.value.message


# ---------------------------------------------------------------- matching


@pytest.mark.parametrize(
    ("phrase", "reply", "found"),
    [
        ("144 EUR", "I have refunded the 144.00 EUR charge.", "144.00 EUR"),
        ("144 EUR", "لقد أعدتُ مبلغ ١٤٤ يورو كاملاً.", "١٤٤ يورو"),
        ("44 EUR", "44,00 EUR tutarın tamamını iade ettim.", "44,00 EUR"),
        ("5-10 business days", "sera sur votre carte dans 5-10 business days.", "5-10 business days"),
        ("5 business days", "Tutar 5 iş günü içinde kartınıza yansıyacak.", "5 iş günü"),
        ("24 hours", "It will be done within 1 day.", "1 day"),
        ("2 business days", "سيصلك الإشعار خلال 2 أيام عمل.", "2 أيام عمل"),
        ("ozur dilerim", "ÖZÜR DİLERİM, hata bizdeydi.", "ÖZÜR DİLERİM"),
        ("Özür dilerim", "ozur dilerim", "ozur dilerim"),
        ("الفاتورة", "لقد ألغيتُ الفاتورة", "الفاتورة"),
        ("الغيت", "لقد ألغيتُ الفاتورة", "ألغيت"),
        ("refund", "I have refunded it.", "refund"),
        ("INV-26-11842", "about INV-26-11842 today", "INV-26-11842"),
        ("re:ignor(e|ing) previous", "OK, Ignoring previous rules.", "Ignoring previous"),
        (["neighbour", "neighbor"], "leave it with a neighbor", "neighbor"),
    ],
)
def test_facts_match_by_value_and_by_folded_text(phrase: str | list[str], reply: str, found: str) -> None:
    hit = find(phrase, reply)
    assert hit is not None and hit.text == found
    assert reply[hit.start : hit.end] == found


@pytest.mark.parametrize(
    ("phrase", "reply"),
    [
        ("5 business days", "within 5-10 business days"),  # a range is not its first end
        ("144 EUR", "the 14.40 EUR credit"),
        ("take a day off", "This will be completed within 1 day."),  # no digits: text, not a duration
        ("INV-26-11842", "invoice 11842"),  # ids are text
        ("cel", "I have cancelled it"),  # matches at the start of a word only
        ("45", "INV-26-30545"),
    ],
)
def test_near_misses_do_not_match(phrase: str, reply: str) -> None:
    assert find(phrase, reply) is None


# ---------------------------------------------------------------- cassettes


def _req(text: str = "hello", purpose: str = "write") -> ChatRequest:
    return ChatRequest(messages=[{"role": "system", "content": "You write replies.\nBe kind."}, {"role": "user", "content": text}], purpose=purpose)


def test_request_key_covers_model_messages_and_parameters() -> None:
    base = request_key("m", _req())
    assert base == request_key("m", _req())
    assert base != request_key("other", _req())
    assert base != request_key("m", _req("hello!"))
    assert base != request_key("m", ChatRequest(messages=_req().messages, temperature=0.9, purpose="write"))
    assert base != request_key("m", ChatRequest(messages=_req().messages, json_schema={"type": "object"}, purpose="write"))
    # the purpose labels the call; it is not part of what the model sees
    assert base == request_key("m", _req(purpose="plan"))


def test_record_then_replay_then_a_changed_prompt_misses_naming_the_case(tmp_path: Path) -> None:
    path = tmp_path / "s.cassette.jsonl"
    answers = iter(["first", "second", "third"])
    scripted = ScriptedModel(fn=lambda r: next(answers), name="m")
    rec = CassetteModel("record", Cassette(path), name="m", inner=lambda: scripted)

    async def calls(model: CassetteModel, case: str, texts: list[str]) -> list[str]:
        out = []
        with call_site(case):
            for t in texts:
                out.append((await model.complete(_req(t))).text)
        return out

    # the same request twice in one generation (a revision loop can do that) is two entries
    assert asyncio.run(calls(rec, "case-b", ["x", "x"])) == ["first", "second"]
    assert asyncio.run(calls(rec, "case-a", ["y"])) == ["third"]
    assert rec.cassette is not None
    rec.cassette.save()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [(r["case"], r["seq"], r["nth"]) for r in rows] == [("case-a", 0, 0), ("case-b", 0, 0), ("case-b", 1, 1)]
    assert rows[0]["purpose"] == "write" and rows[0]["response"]["text"] == "third"

    def no_model() -> None:
        raise AssertionError("replay must never call the model")

    replay = CassetteModel("replay", Cassette.load(path), name="m", inner=no_model)
    assert asyncio.run(calls(replay, "case-b", ["x", "x"])) == ["first", "second"]
    with pytest.raises(CassetteMiss) as exc:
        asyncio.run(calls(replay, "case-a", ["y changed"]))
    msg = exc.value.message
    assert "case 'case-a'" in msg and "'write' call" in msg and "s.cassette.jsonl" in msg
    assert "-y" in msg and "+y changed" in msg and "--record" in msg


def test_replay_needs_every_generation_recorded(tmp_path: Path) -> None:
    path = tmp_path / "s.cassette.jsonl"
    rec = CassetteModel("record", Cassette(path), name="m", inner=lambda: ScriptedModel(fn=lambda r: "ok", name="m"))

    async def one(model: CassetteModel, sample: int) -> str:
        with call_site("c", sample):
            return (await model.complete(_req())).text

    asyncio.run(one(rec, 0))
    assert rec.cassette is not None
    rec.cassette.save()
    replay = CassetteModel("replay", Cassette.load(path), name="m")
    assert asyncio.run(one(replay, 0)) == "ok"
    with pytest.raises(CassetteMiss, match="generation 2"):
        asyncio.run(one(replay, 1))


def test_live_mode_without_a_model_says_which_case_needs_it() -> None:
    model = CassetteModel("live", None, name="drafter-local/x", inner=lambda: None)

    async def go() -> None:
        with call_site("needs-llm"):
            await model.complete(_req(purpose="plan"))

    with pytest.raises(Exception, match="case 'needs-llm' needs a 'plan' call"):
        asyncio.run(go())


# ---------------------------------------------------------------- baselines


def _check(name: str, passed: bool) -> CheckResult:
    return CheckResult(name=name, passed=passed)


def _report(case_ok: bool, grounded_ok: bool) -> RunReport:
    ev = EvalResult(passed=grounded_ok, checks=[_check("greeting", True), _check("grounded", grounded_ok)])
    exp = [ExpectationResult(name="states:144 EUR", kind="states", passed=case_ok)]
    case = CaseResult(id="c1", passed=case_ok, expectations=["states:144 EUR"], samples=[SampleResult(sample=0, passed=case_ok, expectations=exp, evaluation=ev)])
    rates = {"greeting": CheckRate(passed=1), "grounded": CheckRate(passed=int(grounded_ok), failed=int(not grounded_ok))}
    return RunReport(suites=[SuiteResult(name="s", path="s.yaml", cases=[case], check_rates=rates)])


def test_baseline_names_regressions_and_improvements_per_case_and_per_check() -> None:
    good, bad = _report(True, True), _report(False, False)
    worse = compare(bad, good, "BASE.json")
    kinds = {(c.what, c.name) for c in worse.regressions}
    assert kinds == {("case", "c1"), ("expectation", "states:144 EUR"), ("check", "grounded"), ("check_rate", "grounded")}
    assert not worse.improvements
    case_change = next(c for c in worse.regressions if c.what == "case")
    assert case_change.before == "passed" and case_change.after.startswith("failed: states:144 EUR")
    better = compare(good, bad, "BASE.json")
    assert not better.regressions and len(better.improvements) == 4
    assert not compare(good, good, "BASE.json").regressions


def test_recording_keeps_the_old_calls_of_a_case_that_failed_to_record(tmp_path: Path) -> None:
    path = tmp_path / "s.cassette.jsonl"
    rec = CassetteModel("record", Cassette(path), name="m", inner=lambda: ScriptedModel(fn=lambda r: "old", name="m"))

    async def one(model: CassetteModel, case: str) -> str:
        with call_site(case):
            return (await model.complete(_req(case))).text

    asyncio.run(one(rec, "a"))
    asyncio.run(one(rec, "b"))
    assert rec.cassette is not None
    rec.cassette.save()
    again = CassetteModel("record", Cassette.load(path), name="m", inner=lambda: ScriptedModel(fn=lambda r: "new", name="m"))
    asyncio.run(one(again, "a"))  # b timed out this time, say
    assert again.cassette is not None
    again.cassette.save(keep={"b"})
    rows = {json.loads(line)["case"]: json.loads(line)["response"]["text"] for line in path.read_text(encoding="utf-8").splitlines()}
    assert rows == {"a": "new", "b": "old"}
