"""Sweep the exemplar-similarity thresholds on labelled files and print the best.

    python evals/calibration/tune.py FILE.jsonl [...] [--checks ownership,apology]

For each judgement check it tries a grid of (minimum similarity, minimum margin) and
reports the case-level balanced accuracy (rules + similarity) over all the files, so
thresholds can be chosen in the open. It changes nothing: copy the chosen values into
drafter/evaluation/similarity.py THRESHOLDS. Prefer the highest minimum similarity
among equal scores: the held-out data will be less like the exemplars than these are.
"""

from __future__ import annotations

import argparse
import itertools

from measure import load, tally  # type: ignore[import-not-found]

from drafter.evaluation import similarity
from drafter.evaluation.suite import get_evaluator


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--checks", default=",".join(similarity.THRESHOLDS))
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    cases, labels = load(args.files)
    suite = get_evaluator()
    suite.evaluate_many(cases)  # warm the embedding cache
    original = dict(similarity.THRESHOLDS)
    sims = [0.60, 0.64, 0.68, 0.72, 0.76, 0.80, 0.85, 1.01]
    margins = [0.0, 0.04, 0.08, 0.12]
    for name in args.checks.split(","):
        rows = []
        for s, m in itertools.product(sims, margins):
            similarity.THRESHOLDS[name] = (s, m)
            c = tally(cases, labels, suite.evaluate_many(cases))[(name, "all")]
            rows.append((c.balanced or 0.0, s, m, c.recall, c.specificity))
        similarity.THRESHOLDS[name] = original[name]
        rules_only = next(r[0] for r in rows if r[1] == 1.01)
        # the loosest setting that still scores as well as the rules alone: where the
        # exemplars stop costing accuracy on this data
        safe = [r for r in rows if r[0] >= rules_only - 1e-9]
        loosest = min(safe, key=lambda r: (r[1], r[2]))
        best = max(rows, key=lambda r: (r[0], r[1], r[2]))
        print(
            f"{name:<12} current={original[name]} rules-only BA={rules_only:.3f}; "
            f"best BA={best[0]:.3f} at sim>={best[1]} margin>={best[2]}; "
            f"loosest as good as rules: sim>={loosest[1]} margin>={loosest[2]}"
        )
        if args.verbose:
            for r in sorted(rows, key=lambda r: (r[1], r[2])):
                print(
                    f"    sim>={r[1]:.2f} margin>={r[2]:.2f}: BA {r[0]:.3f} recall {r[3]} spec {r[4]}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
