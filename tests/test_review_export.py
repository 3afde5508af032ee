"""Learning from agents: rejected and heavily edited drafts export as eval cases."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from test_review_env import CALM_QUESTION, Env, make_env
from typer.testing import CliRunner

from drafter.cli import app as cli_app
from drafter.schemas import ScoringInput
from drafter.scoring import score_file
from drafter.settings import Settings


@pytest.fixture
def env(ingested_settings: Settings) -> Env:
    return make_env(ingested_settings)


def _decide(env: Env) -> dict[str, str]:
    ids = {}
    light = env.draft()
    env.post(f"/v1/drafts/{light['id']}/approve", json={"text": light["reply"].replace("Thank you", "Thanks")})
    heavy = env.draft()
    rewritten = "Hi Megan,\n\nI'm sorry for the surprise renewal. I've refunded the 144.00 EUR in full today; it reaches your card within 5-10 business days, and I've cancelled the plan.\n\nIs there anything else I can do for you?\n\nBest regards,\nGrayson Berger\nNorthwind Connect"
    r = env.post(f"/v1/drafts/{heavy['id']}/approve", json={"text": rewritten})
    assert r.status_code == 200, r.text
    assert r.json()["decision"]["edit_ratio"] >= 0.2
    rejected = env.draft(message=CALM_QUESTION)
    env.post(f"/v1/drafts/{rejected['id']}/reject", json={"reason": "answers a question the customer did not ask"})
    ids.update(light=light["id"], heavy=heavy["id"], rejected=rejected["id"], rewritten=rewritten)
    return ids


def test_export_writes_scoring_jsonl_and_suite_cases(env: Env, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert env.services is not None
    ids = _decide(env)
    monkeypatch.setenv("DRAFTER_HOME", str(env.services.settings.home))
    today = datetime.now(UTC).date().isoformat()
    out = tmp_path / "agents.jsonl"
    r = CliRunner().invoke(cli_app, ["evals", "export", "--since", today, "--output", str(out)])
    assert r.exit_code == 0, r.output
    assert "2 cases" in r.output and "1 rejected, 1 heavily edited" in r.output
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    by_draft = {x["draft_id"]: x for x in lines}
    assert set(by_draft) == {ids["heavy"], ids["rejected"]}  # the light edit is not a lesson

    human = by_draft[ids["heavy"]]
    ScoringInput.model_validate(human)  # the contract's scoring input
    assert human["draft"] == ids["rewritten"] and human["author"] == "agent" and human["human_version"] is True
    assert human["original_draft"] != human["draft"] and human["expect_fail"] == []
    assert human["customer"] == {"name": "Megan Cole"} and human["agent"]["brand"] == "Northwind Connect"
    assert human["sources"] and human["intent"] and human["message"]

    rej = by_draft[ids["rejected"]]
    assert rej["author"] == "drafter" and rej["human_version"] is False and rej["needs_label"] is True
    assert rej["reason"] == "answers a question the customer did not ask"

    cases = yaml.safe_load((tmp_path / "agents.cases.yaml").read_text(encoding="utf-8"))["cases"]
    assert {c["decision"] for c in cases} == {"approved", "rejected"}
    heavy_case = next(c for c in cases if c["decision"] == "approved")
    assert heavy_case["reference_reply"] == ids["rewritten"] and heavy_case["customer_id"] == "C-1001" and heavy_case["tenant"] == "default"
    assert heavy_case["message"] and heavy_case["drafter_reply"]

    # QA can score the export straight away.
    report = score_file(out, env.services.evaluator)
    assert report.summary.total == 2 and not report.errors


def test_export_to_stdout_and_filters(env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    assert env.services is not None
    _decide(env)
    monkeypatch.setenv("DRAFTER_HOME", str(env.services.settings.home))
    runner = CliRunner()
    r = runner.invoke(cli_app, ["evals", "export", "--since", "2020-01-01", "--min-edit", "0"])
    assert r.exit_code == 0
    assert sum(1 for x in r.stdout.splitlines() if x.startswith("{")) == 3  # every edit counts at 0
    assert runner.invoke(cli_app, ["evals", "export", "--since", "2999-01-01"]).stdout.strip() == ""
    assert runner.invoke(cli_app, ["evals", "export", "--since", "2020-01-01", "--tenant", "b"]).stdout.strip() == ""
    bad = runner.invoke(cli_app, ["evals", "export", "--since", "yesterday"])
    assert bad.exit_code == 1 and "dates like" in bad.output
