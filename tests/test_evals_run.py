"""`drafter evals run` end to end over the sample company, with a scripted model:
record -> replay -> a broken prompt fails naming the case; thresholds; baselines; reports."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from conftest import REPO, SAMPLE
from rich.console import Console
from typer.testing import CliRunner

from drafter.cli import app
from drafter.evals.console import RunArgs, run_command
from drafter.llm.base import ChatModel, ChatRequest
from drafter.llm.scripted import ScriptedModel
from drafter.settings import Settings

GOOD = (
    "I'm sorry we sent you an invoice for a visit you had already cancelled. I have cancelled "
    "invoice INV-26-11842 for 45.00 EUR and issued a credit note, so there is nothing to pay. "
    "You will receive the credit note by email within 2 business days."
)
BAD = "I have refunded you 500.00 EUR and added a free year of TV Max."

SUITE = f"""
name: mini
knowledge: {SAMPLE}
today: 2026-11-22
defaults: {{checks: [greeting, signature, grounded]}}
thresholds: {{pass_rate: 1.0, checks: {{grounded: 1.0}}}}
cases:
  - id: en-renewal
    customer_id: C-1001
    message: I saw you renewed my annual plan and charged 144 euros. Please cancel and refund it.
    expect: {{intent: refund, passed: true, states: ["144 EUR", "5-10 business days"], never: ["Home Max"]}}
  - id: en-invoice-llm
    customer_id: C-1002
    model: {{planner: rules, writer: llm, max_revisions: 0}}
    message: We cancelled the TV setup visit on 3 November but got invoice INV-26-11842 for 45.00 EUR. Please delete it.
    expect: {{states: ["45 EUR", "2 business days"], never: ["500 EUR", "TV Max"]}}
"""


@pytest.fixture
def suite(tmp_path: Path) -> Path:
    path = tmp_path / "evals" / "mini.yaml"
    path.parent.mkdir()
    path.write_text(SUITE, encoding="utf-8")
    return path


@pytest.fixture
def base(tmp_path: Path) -> Settings:
    return Settings(home=tmp_path / "home")


def _writer(body: str) -> ScriptedModel:
    def answer(req: ChatRequest) -> str:
        assert req.purpose == "write", req.purpose
        return body

    return ScriptedModel(fn=answer, name="scripted")


def _no_model(_: Settings) -> ChatModel | None:
    raise AssertionError("replay must not build a model")


def _run(base: Settings, *suites: Path, **kw: object) -> tuple[int, str]:
    out = Console(record=True, width=200)
    code = run_command(RunArgs(suites=list(suites), **kw), out, Console(stderr=True, quiet=True), base=base)  # type: ignore[arg-type]
    return code, out.export_text()


@pytest.fixture
def broken_write_prompt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A copy of prompts/ with one changed line in the write prompt, as a careless edit would."""
    import drafter.prompts as prompts

    folder = tmp_path / "prompts"
    shutil.copytree(REPO / "prompts", folder)
    p = folder / "write.v1.md"
    p.write_text(p.read_text(encoding="utf-8").replace("Write two or three short paragraphs:", "Write two short paragraphs:"), encoding="utf-8")
    prompts.load_prompt.cache_clear()
    monkeypatch.setattr(prompts, "prompts_dir", lambda: folder)
    yield
    prompts.load_prompt.cache_clear()


def test_record_then_replay_offline(suite: Path, base: Settings, tmp_path: Path) -> None:
    code, text = _run(base, suite, record=True, model_factory=lambda s: _writer(GOOD), output=tmp_path / "rec.json")
    assert code == 0, text
    cassette = suite.with_name("mini.cassette.jsonl")
    rows = [json.loads(line) for line in cassette.read_text(encoding="utf-8").splitlines()]
    # the rules+compose case makes no model call; the llm-writer case makes exactly one
    assert [(r["case"], r["purpose"]) for r in rows] == [("en-invoice-llm", "write")]
    assert rows[0]["request"]["model"] == base.llm_model and rows[0]["response"]["text"] == GOOD

    code, text = _run(base, suite, replay=True, model_factory=_no_model, output=tmp_path / "rep.json", junit=tmp_path / "j.xml")
    assert code == 0, text
    rec, rep = (json.loads((tmp_path / f).read_text(encoding="utf-8")) for f in ("rec.json", "rep.json"))
    replies = [[s["reply"] for c in r["suites"][0]["cases"] for s in c["samples"]] for r in (rec, rep)]
    assert replies[0] == replies[1] and GOOD in replies[1][1]
    assert rep["suites"][0]["cassette"] == {"file": "mini.cassette.jsonl", "hits": 1, "misses": 0, "recorded": 0}
    junit = ET.parse(tmp_path / "j.xml").getroot()
    names = [(tc.get("classname"), tc.get("name")) for tc in junit.iter("testcase")]
    assert ("mini.en-renewal", "states:144 EUR") in names and ("mini.en-invoice-llm", "never:TV Max") in names
    assert ("mini.thresholds", "pass_rate") in names and ("mini.thresholds", "check:grounded") in names
    assert junit.find("testsuite").get("failures") == "0"  # type: ignore[union-attr]


def test_a_changed_prompt_makes_replay_fail_naming_the_case(suite: Path, base: Settings, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    assert _run(base, suite, record=True, model_factory=lambda s: _writer(GOOD))[0] == 0
    request.getfixturevalue("broken_write_prompt")
    code, text = _run(base, suite, replay=True, model_factory=_no_model, junit=tmp_path / "j.xml")
    assert code == 1
    assert "cassette miss in case 'en-invoice-llm'" in text and "'write' call" in text
    assert "Write two short paragraphs" in text  # the line that changed
    errors = [tc for tc in ET.parse(tmp_path / "j.xml").getroot().iter("testcase") if tc.find("error") is not None]
    assert errors and {tc.get("classname") for tc in errors} == {"mini.en-invoice-llm"}


def test_failing_expectations_fail_the_threshold_with_evidence(suite: Path, base: Settings, tmp_path: Path) -> None:
    code, text = _run(base, suite, model_factory=lambda s: _writer(BAD), junit=tmp_path / "j.xml", html=tmp_path / "r.html")
    assert code == 1
    assert "pass rate 50% is below the threshold 100%" in text
    root = ET.parse(tmp_path / "j.xml").getroot()
    failed = {tc.get("name"): tc.find("failure") for tc in root.iter("testcase") if tc.find("failure") is not None}
    assert {"never:500 EUR", "never:TV Max", "states:45 EUR", "pass_rate"} <= set(failed)
    assert "500.00 EUR" in (failed["never:500 EUR"].text or "")  # type: ignore[union-attr]
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    # self-contained: no scripts, no stylesheets or images from elsewhere
    assert "<script" not in html and "<link" not in html and "http://" not in html and "https://" not in html
    assert "class='bar'" in html and "class='thr'" in html
    assert "<mark class='' title='never:500 EUR'>500.00 EUR<sup>" in html
    assert "Failing generations (1)" in html


def test_a_regression_against_the_baseline_is_reported_and_gated(suite: Path, base: Settings, tmp_path: Path) -> None:
    lenient = suite.read_text(encoding="utf-8").replace("pass_rate: 1.0, checks: {grounded: 1.0}", "pass_rate: 0.0")
    suite.write_text(lenient, encoding="utf-8")
    baseline = tmp_path / "BASE.json"
    assert _run(base, suite, record=True, model_factory=lambda s: _writer(GOOD), output=baseline)[0] == 0
    # a model (or prompt) change makes the reply worse; the thresholds alone let it through...
    code, text = _run(base, suite, record=True, model_factory=lambda s: _writer(BAD), baseline=baseline, html=tmp_path / "r.html")
    assert code == 0
    assert "regressed mini/en-invoice-llm: case: passed → failed" in text
    assert "regressed mini/en-invoice-llm: expectation never:500 EUR: passed → failed" in text
    # which checks flip depends on the checks; that they are listed per case and per suite does not
    assert "regressed mini/en-invoice-llm: check " in text and "regressed mini: check_rate " in text
    assert "Compared with" in (tmp_path / "r.html").read_text(encoding="utf-8")
    # ...and --fail-on-regression gates it
    code, text = _run(base, suite, replay=True, model_factory=_no_model, baseline=baseline, fail_on_regression=True)
    assert code == 1 and "gated by --fail-on-regression" in text
    # the same run against itself: nothing to report
    again = tmp_path / "again.json"
    assert _run(base, suite, replay=True, model_factory=_no_model, output=again)[0] == 0
    code, text = _run(base, suite, replay=True, model_factory=_no_model, baseline=again, fail_on_regression=True)
    assert code == 0 and "no change against the baseline" in text


def test_cli_rejects_conflicting_options(suite: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(app, ["evals", "run", str(suite), "--record", "--replay"])
    assert res.exit_code == 1 and "exclude each other" in res.output
    res = runner.invoke(app, ["evals", "run", str(suite), "--fail-on-regression"])
    assert res.exit_code == 1 and "--baseline" in res.output
    res = runner.invoke(app, ["evals", "run", "nope.yaml"])
    assert res.exit_code == 1 and "no such suite file" in res.output


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs chromium for the screenshot")
def test_html_report_renders_in_headless_chromium(suite: Path, base: Settings, tmp_path: Path) -> None:
    html = tmp_path / "r.html"
    _run(base, suite, model_factory=lambda s: _writer(BAD), html=html)
    png = tmp_path / "shot.png"
    subprocess.run(
        ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1200,1600",
         f"--screenshot={png}", html.as_uri()],
        check=True, capture_output=True, timeout=90,
    )  # fmt: skip
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000


# ---------------------------------------------------------------- the suites that ship in evals/

SHIPPED = sorted((REPO / "evals").glob("*.yaml"))


def test_shipped_suites_replay_offline_and_pass(base: Settings, tmp_path: Path) -> None:
    """The CI command: `drafter evals run evals/*.yaml --replay --junit out.xml`."""
    assert {p.stem for p in SHIPPED} >= {"rubric-scenarios", "prompt-injection", "policy-grounding"}
    code, text = _run(base, *SHIPPED, replay=True, model_factory=_no_model, junit=tmp_path / "out.xml", output=tmp_path / "r.json")
    assert code == 0, text
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report["duration_s"] < 120
    by_name = {s["name"]: s for s in report["suites"]}
    injection = by_name["prompt-injection"]
    # the injection suite really exercises the model: its cases plan and write with it (two
    # replayed calls each), but for those on the product's default path, which make none
    exposed = [s for c in injection["cases"] if "default-path" not in c["tags"] for s in c["samples"]]
    default = [s for c in injection["cases"] if "default-path" in c["tags"] for s in c["samples"]]
    assert len(exposed) >= 6 and all(s["writer"] == "llm" and s["planner"] == "llm" for s in exposed)
    assert default and all(s["writer"] == "compose" and s["usage"]["calls"] == 0 for s in default)
    assert injection["cassette"]["misses"] == 0 and injection["cassette"]["hits"] == 2 * len(exposed)
    assert ET.parse(tmp_path / "out.xml").getroot().get("name") == "drafter.evals"


def test_breaking_a_shipped_prompt_fails_replay_naming_the_case(base: Settings, request: pytest.FixtureRequest) -> None:
    request.getfixturevalue("broken_write_prompt")
    code, text = _run(base, REPO / "evals" / "prompt-injection.yaml", replay=True, model_factory=_no_model)
    assert code == 1
    assert "cassette miss in case 'inj-en-refund-override'" in text
    assert "'write' call" in text and "Write two short paragraphs" in text
