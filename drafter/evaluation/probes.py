"""Learned probes: one linear classifier per judgement check, over sentence embeddings.

Rules name the wordings someone has seen; exemplar similarity reaches their close
paraphrases. Neither reaches a deflection phrased in words nobody listed. A probe is a
logistic regression on the multilingual sentence vector, trained on the labelled
replies (evals/calibration/train_probes.py): the sentences the rules flag in replies
labelled bad for a check are its positives, every sentence of replies labelled good
its negatives. It learns what those sentences share in the embedding space (stance,
not topic, since both sides talk about refunds and couriers), so it generalises to
sentences no rule matched. Measured on sets held out of training, it is what lifts
ownership, no_upsell, no_redirect and tone on replies written by people who never saw
the rules (README, "Measured").

A probe only adds findings, and only on a sentence the suite embeds anyway (a
`candidates` sentence), at a probability high enough that it rarely fires on a good
reply; the check's own exemptions (an offer the customer asked for, a redirect the
customer asked for) still apply to it. Each finding says it is the probe's, with the
probability. Weights are tied to the embedder that made the training vectors:
probes/<embedder>.json; with another embedder there is no probe, and the suite runs
on rules and exemplars as before.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from ..text import Sentence

if TYPE_CHECKING:
    from .base import EvalContext

PROBE_DIR = Path(__file__).parent / "probes"


@dataclass(frozen=True)
class ProbeSet:
    """The probes of one embedder: a weight row and a bias per check, one threshold each."""

    embedder: str
    checks: tuple[str, ...]
    weights: npt.NDArray[np.float32]  # (len(checks), dim)
    bias: npt.NDArray[np.float32]  # (len(checks),)
    thresholds: dict[str, float]

    def probabilities(self, vectors: npt.NDArray[np.float32]) -> npt.NDArray[np.float64]:
        """(n sentences, len(checks)) probabilities that each sentence fails each check."""
        logits = vectors.astype(np.float64) @ self.weights.T.astype(np.float64) + self.bias
        out: npt.NDArray[np.float64] = 1.0 / (1.0 + np.exp(-logits))
        return out

    @classmethod
    def from_json(cls, data: dict[str, object]) -> ProbeSet:
        probes = data["probes"]
        assert isinstance(probes, dict)
        checks = tuple(sorted(probes))
        weights = np.array([probes[c]["weights"] for c in checks], dtype=np.float32)
        bias = np.array([probes[c]["bias"] for c in checks], dtype=np.float32)
        thresholds = {c: float(probes[c]["threshold"]) for c in checks}
        return cls(str(data["embedder"]), checks, weights, bias, thresholds)


@lru_cache(maxsize=4)
def load_probes(embedder: str) -> ProbeSet | None:
    """The shipped probes for an embedder, or None where none were trained for it."""
    path = PROBE_DIR / f"{embedder}.json"
    if not path.is_file():
        return None
    return ProbeSet.from_json(json.loads(path.read_text(encoding="utf-8")))


MIN_WORDS = 5


def probe_score(ctx: EvalContext, check: str, sentence: Sentence) -> float | None:
    """The probe's probability that `sentence` fails `check`, when it is over the
    check's threshold; None when it is not, or where no probe runs."""
    scores = _scores(ctx)
    if scores is None:
        return None
    probes, table = scores
    row = table.get(sentence.start)
    # a few words ("Tabii, hemen hallettim.", "Oh no, poor Leo.") give the vector too
    # little stance to read; rules judge short sentences alone
    if row is None or check not in probes.thresholds or len(sentence.text.split()) < MIN_WORDS:
        return None
    p = float(row[probes.checks.index(check)])
    return p if p >= probes.thresholds[check] else None


def _scores(ctx: EvalContext) -> tuple[ProbeSet, dict[int, npt.NDArray[np.float64]]] | None:
    """Every candidate sentence's probabilities, computed once per case."""
    probes = ctx.probes
    if probes is None or ctx.embedder is None:
        return None
    cached = ctx.extras.get("_probe_scores")
    if isinstance(cached, dict):
        return probes, cached
    from .similarity import candidates, vectors_for

    sentences = candidates(ctx)
    vectors = vectors_for(ctx, sentences)
    have = [s for s in sentences if s.text in vectors]
    table: dict[int, npt.NDArray[np.float64]] = {}
    if have:
        probs = probes.probabilities(np.stack([vectors[s.text] for s in have]))
        table = {s.start: probs[i] for i, s in enumerate(have)}
    ctx.extras["_probe_scores"] = table
    return probes, table
