"""The learned probes: loading, scoring, how a finding is reported, and training."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
import pytest

from drafter.evaluation.probes import PROBE_DIR, ProbeSet, load_probes
from drafter.evaluation.suite import Suite
from drafter.schemas import Agent, Person, ScoringInput

ROOT = Path(__file__).resolve().parents[1]
TARGET = "The depot sorts out collections, and that side sits with them."


def _train_module():  # type: ignore[no-untyped-def]
    path = ROOT / "evals" / "calibration" / "train_probes.py"
    spec = importlib.util.spec_from_file_location("train_probes", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_probes"] = module
    spec.loader.exec_module(module)
    return module


class AxisEmbedder:
    """Deterministic vectors: TARGET on axis 0, every other text on axis 1."""

    name = "axis-test"
    dim = 4

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def embed(self, texts: list[str], *, kind: str = "passage") -> np.ndarray:
        self.calls.append(list(texts))
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            out[i, 0 if t == TARGET else 1] = 1.0
        return out


def _probes(check: str = "ownership", weight: float = 10.0, threshold: float = 0.98) -> ProbeSet:
    w = np.zeros((1, 4), dtype=np.float32)
    w[0, 0] = weight
    return ProbeSet("axis-test", (check,), w, np.array([-5.0], dtype=np.float32), {check: threshold})


def _case() -> ScoringInput:
    return ScoringInput(
        id="p1",
        language="en",
        intent="complaint",
        customer=Person(name="Dana Reyes"),
        agent=Agent(name="Sam Patel", brand="Northway"),
        message="My parcel was never collected on Tuesday as booked.",
        sources=[],
        draft=(
            "Hi Dana,\n\nI'm sorry the collection was missed on Tuesday. "
            f"{TARGET} I've booked a new collection for Thursday between 9:00 and 12:00.\n\n"
            "Is there anything else I can help with?\n\nBest wishes,\nSam Patel\nNorthway"
        ),
    )


def test_shipped_probes_load_for_the_default_embedder() -> None:
    probes = load_probes("use-m3")
    assert probes is not None
    assert set(probes.checks) == {"apology", "ownership", "no_redirect", "next_step", "no_upsell", "tone"}
    assert probes.weights.shape == (6, 512)
    assert all(0.9 < t < 1.0 for t in probes.thresholds.values())
    assert load_probes("no-such-embedder") is None


def test_shipped_probes_were_trained_on_every_labelled_set() -> None:
    """Adding a labelled set means retraining (evals/calibration/train_probes.py)."""
    meta = json.loads((PROBE_DIR / "use-m3.json").read_text(encoding="utf-8"))
    expected = [str(p.relative_to(ROOT)) for p in _train_module().default_files() if p.is_relative_to(ROOT)]
    assert [p for p in meta["trained_on"] if not p.startswith("..")] == expected


def test_a_probe_finding_fails_the_check_and_says_whose_it_is() -> None:
    suite = Suite(AxisEmbedder(), use_probes=False)
    assert suite.evaluate(_case()).check("ownership").passed  # the rules alone pass it
    suite.probes = _probes()
    result = suite.evaluate(_case()).check("ownership")
    assert not result.passed
    assert result.evidence == TARGET
    assert "learned probe, p=0.99" in result.explanation
    assert result.details[0]["kind"] == "learned"


def test_a_probe_under_its_threshold_adds_nothing() -> None:
    suite = Suite(AxisEmbedder(), use_probes=False)
    suite.probes = _probes(threshold=0.999)
    assert suite.evaluate(_case()).check("ownership").passed


def test_a_probe_for_one_check_leaves_the_others_alone() -> None:
    suite = Suite(AxisEmbedder(), use_probes=False)
    suite.probes = _probes(check="no_upsell")
    result = suite.evaluate(_case())
    assert result.check("ownership").passed
    assert result.check("no_upsell").passed or "learned probe" in result.check("no_upsell").explanation


def test_probes_need_their_own_embedder_and_a_model() -> None:
    assert Suite(AxisEmbedder()).probes is None  # none trained for this embedder
    assert Suite(None).probes is None
    assert Suite(use_model=False).probes is None


def test_probabilities_are_a_logistic_of_the_dot_product() -> None:
    probes = _probes()
    p = probes.probabilities(np.array([[1, 0, 0, 0], [0, 1, 0, 0]], dtype=np.float32))
    assert p[0, 0] == pytest.approx(1 / (1 + np.exp(-5)))
    assert p[1, 0] == pytest.approx(1 / (1 + np.exp(5)))


def test_fit_logistic_separates_and_leaves_the_bias_unshrunk() -> None:
    fit = _train_module().fit_logistic
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 5))
    y = (x[:, 0] + 3.0 > 2.5).astype(float)  # mostly positive: the bias carries the prior
    w, b = fit(x, y, c=3.0)
    pred = (x @ w + b) > 0
    assert (pred == (y == 1)).mean() > 0.97
    assert abs(w[0]) > 5 * max(abs(w[1:]))
    with pytest.raises(ValueError, match="both classes"):
        fit(x, np.ones(400))


def test_measure_rejects_a_probe_file_it_cannot_read(capsys: pytest.CaptureFixture[str]) -> None:
    sys.path.insert(0, str(ROOT / "evals" / "calibration"))
    from measure import main

    with pytest.raises(SystemExit) as exc:
        main([str(ROOT / "tests" / "data" / "train" / "val.jsonl"), "--probes", "/nonexistent.json"])
    assert exc.value.code == 2
    assert "--probes /nonexistent.json: not a train_probes.py output" in capsys.readouterr().err


class TargetEmbedder(AxisEmbedder):
    """AxisEmbedder with the sentence on axis 0 chosen per test."""

    def __init__(self, target: str) -> None:
        super().__init__()
        self.target = target

    def embed(self, texts: list[str], *, kind: str = "passage") -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            out[i, 0 if t == self.target else 1] = 1.0
        return out


def _with(sentence: str, check: str, intent: str = "complaint") -> bool:
    """Whether `check` passes a reply holding `sentence`, which the probe scores 0.99."""
    case = _case().model_copy(update={"intent": intent, "draft": _case().draft.replace(TARGET, sentence)})
    suite = Suite(TargetEmbedder(sentence), use_probes=False)
    suite.probes = _probes(check=check)
    return suite.evaluate(case).check(check).passed


def test_a_probe_reads_no_stance_into_a_few_words() -> None:
    assert _with("Sure, all sorted now.", "tone")
    assert not _with("Sure, that is all sorted out for you now.", "tone")


def test_the_tone_probe_yields_to_an_opening_apology() -> None:
    assert _with("I'm sorry both chargers were out when you needed them most.", "tone")
    assert not _with("Both chargers were out when you needed them most, as it happens.", "tone")


def test_the_upsell_probe_yields_to_the_agent_acting() -> None:
    done = "I've also added four complimentary tickets to your account for next month."
    assert _with(done, "no_upsell")
    # ... but not in a cancellation, where "I've cancelled it, but before you go" is the pitch
    noted = "I've also noted the new Premium plan on your account for you."
    assert _with(noted, "no_upsell")
    assert not _with(noted, "no_upsell", intent="cancel")


def test_the_next_step_probe_yields_to_a_redirect_the_rules_report() -> None:
    redirect = "The bank can tell you best when it will arrive, so please give them a call about it."
    assert _with(redirect, "next_step")
    assert not _with("Someone will sort out the refund for you in due time, one way or another.", "next_step")
