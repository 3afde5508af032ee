from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import DEV, TENANT_B
from typer.testing import CliRunner

from drafter.cli import app

runner = CliRunner()


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.setenv("DRAFTER_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("DRAFTER_TODAY", "2026-11-22")
    monkeypatch.setenv("DRAFTER_LLM_MODEL", "drafter-local/qwen2.5-coder-1.5b")
    return {}


def test_ingest_is_idempotent_and_draft_prints_json(env: dict[str, str]) -> None:
    first = runner.invoke(app, ["ingest", str(TENANT_B), "--tenant", "gym"])
    assert first.exit_code == 0, first.output
    again = runner.invoke(app, ["ingest", str(TENANT_B), "--tenant", "gym"])
    assert again.exit_code == 0 and "nothing changed" in again.output
    res = runner.invoke(app, ["draft", "--customer", "OF-201", "--tenant", "gym", "--json", "Can I freeze my membership next month?"])
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout[res.stdout.index("{") :])
    assert d["status"] == "pending_review" and d["reply"] and d["evaluation"]["checks"]
    assert {"id", "status", "reply", "language", "intent", "sources", "actions", "evaluation", "model", "usage", "latency_ms", "created_at"} <= set(d)


def test_unknown_customer_is_one_line_and_nonzero(env: dict[str, str]) -> None:
    runner.invoke(app, ["ingest", str(TENANT_B), "--tenant", "gym"])
    res = runner.invoke(app, ["draft", "--customer", "nobody", "--tenant", "gym", "hello"])
    assert res.exit_code == 1
    assert "nobody" in res.output and "Traceback" not in res.output
    assert len(res.output.strip().splitlines()) <= 3


def test_bad_config_exits_2_with_a_fix(env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAFTER_CHROMA_URL", "not-a-url")
    res = runner.invoke(app, ["ingest", str(TENANT_B)])
    assert res.exit_code == 2
    assert "DRAFTER_CHROMA_URL" in res.output and "Traceback" not in res.output


def test_ingest_of_a_broken_folder_names_the_file(env: dict[str, str], tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "brand.yaml").write_text("name: [oops\n", encoding="utf-8")
    res = runner.invoke(app, ["ingest", str(bad)])
    assert res.exit_code == 1 and "brand.yaml" in res.output


def test_evals_score_reports_invalid_lines_and_writes_reports(env: dict[str, str], tmp_path: Path) -> None:
    lines = DEV.read_text(encoding="utf-8").splitlines()[:3]
    data = tmp_path / "in.jsonl"
    data.write_bytes(("\n".join([lines[0], "{not json", '{"id": "x"}', lines[1], '"a string"']) + "\n").encode() + b"\xff\xfe\n" + (lines[2] + "\n").encode())
    out, junit = tmp_path / "report.json", tmp_path / "junit.xml"
    res = runner.invoke(app, ["evals", "score", str(data), "--output", str(out), "--junit", str(junit)])
    assert res.exit_code == 1, res.output
    for n in (2, 3, 5, 6):
        assert f"line {n}" in res.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["summary"]["total"] == 3 and report["summary"]["invalid_lines"] == 4
    assert [r["id"] for r in report["results"]] == [json.loads(x)["id"] for x in lines[:3]]
    assert all(len(r["checks"]) == 12 for r in report["results"])
    xml = junit.read_text(encoding="utf-8")
    assert xml.startswith("<testsuites>") and "testcase" in xml


def test_evals_score_on_a_missing_file(env: dict[str, str], tmp_path: Path) -> None:
    res = runner.invoke(app, ["evals", "score", str(tmp_path / "nope.jsonl")])
    assert res.exit_code == 1 and "no such file" in res.output


def test_serve_with_several_workers_needs_a_chroma_server(env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DRAFTER_CHROMA_URL", raising=False)
    res = runner.invoke(app, ["serve", "--workers", "2", "--port", "1"])
    assert res.exit_code == 2
    assert "DRAFTER_CHROMA_URL" in res.output and "chroma run" in res.output and "Traceback" not in res.output


def test_evals_score_with_two_processes_matches_one(env: dict[str, str], tmp_path: Path) -> None:
    # enough distinct ids for the work to be split (MIN_PER_JOB per process), plus one
    # invalid line that must still be reported by number
    lines = [ln for ln in DEV.read_text(encoding="utf-8").splitlines() if ln.strip()]
    rows = []
    for k in range(12):
        for ln in lines:
            case = json.loads(ln)
            case["id"] = f"{case['id']}-{k}"
            rows.append(json.dumps(case, ensure_ascii=False))
    rows.insert(100, "{broken")
    data = tmp_path / "many.jsonl"
    data.write_text("\n".join(rows) + "\n", encoding="utf-8")
    reports = []
    for jobs in ("1", "2"):
        out = tmp_path / f"report{jobs}.json"
        res = runner.invoke(app, ["evals", "score", str(data), "--no-model", "--jobs", jobs, "--output", str(out)])
        assert res.exit_code == 1 and "line 101" in res.output, res.output
        reports.append(json.loads(out.read_text(encoding="utf-8")))
    one, two = reports
    assert one["summary"]["total"] == len(rows) - 1 and one["summary"]["invalid_lines"] == 1
    assert one == two  # same results, same order
