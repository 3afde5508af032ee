"""Per-check agreement with labelled replies, per language.

    python evals/calibration/measure.py FILE.jsonl [FILE.jsonl ...] [--mode model|rules|nomodel] [--errors]

Each line is a scoring-input object with `expect_fail` (the checks that must fail; all
others must pass). For every check and language it prints recall (bad replies
flagged), specificity (good replies passed), precision and balanced accuracy (the
mean of recall and specificity). A check that never fires scores 0.5; a "not
evaluated" result counts as not flagged. Where a set holds no bad (or no good)
replies for a check, balanced accuracy is shown as "-" and left out of the means.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from drafter.evaluation.probes import ProbeSet
from drafter.evaluation.suite import Suite, get_evaluator
from drafter.schemas import CHECK_NAMES, EvalResult, ScoringInput


@dataclass
class Counts:
    tp: int = 0
    fn: int = 0
    tn: int = 0
    fp: int = 0

    def add(self, bad: bool, flagged: bool) -> None:
        if bad and flagged:
            self.tp += 1
        elif bad:
            self.fn += 1
        elif flagged:
            self.fp += 1
        else:
            self.tn += 1

    @property
    def recall(self) -> float | None:
        n = self.tp + self.fn
        return self.tp / n if n else None

    @property
    def specificity(self) -> float | None:
        n = self.tn + self.fp
        return self.tn / n if n else None

    @property
    def precision(self) -> float | None:
        n = self.tp + self.fp
        return self.tp / n if n else None

    @property
    def balanced(self) -> float | None:
        r, s = self.recall, self.specificity
        if r is None or s is None:
            return None
        return (r + s) / 2


def load(paths: list[str]) -> tuple[list[ScoringInput], list[set[str]]]:
    cases: list[ScoringInput] = []
    labels: list[set[str]] = []
    for path in paths:
        for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                cases.append(ScoringInput.model_validate(data))
            except Exception as exc:  # report and skip, like `drafter evals score`
                print(f"{path}:{n}: skipped: {exc}", file=sys.stderr)
                continue
            labels.append(set(data.get("expect_fail", [])))
    return cases, labels


def tally(
    cases: list[ScoringInput], labels: list[set[str]], results: list[EvalResult]
) -> dict[tuple[str, str], Counts]:
    table: dict[tuple[str, str], Counts] = defaultdict(Counts)
    for case, label, res in zip(cases, labels, results, strict=True):
        for c in res.checks:
            flagged = not c.passed
            table[(c.name, case.language)].add(c.name in label, flagged)
            table[(c.name, "all")].add(c.name in label, flagged)
    return table


def _f(x: float | None) -> str:
    return "   -" if x is None else f"{x:4.2f}"


def report(table: dict[tuple[str, str], Counts], checks: list[str]) -> str:
    langs = [*sorted({lang for _, lang in table if lang != "all"}), "all"]
    out = [f"{'check':<12} {'lang':<4} {'bad':>4} {'good':>4}  recall spec  prec   BA"]
    means: dict[str, list[float]] = defaultdict(list)
    for name in checks:
        for lang in langs:
            c = table.get((name, lang))
            if c is None:
                continue
            out.append(
                f"{name:<12} {lang:<4} {c.tp + c.fn:>4} {c.tn + c.fp:>4}  {_f(c.recall)}   "
                f"{_f(c.specificity)}  {_f(c.precision)}  {_f(c.balanced)}"
            )
            if c.balanced is not None:
                means[lang].append(c.balanced)
    out.append("")
    for lang in langs:
        vals = means[lang]
        if vals:
            out.append(
                f"mean balanced accuracy [{lang}]: {sum(vals) / len(vals):.3f} over {len(vals)} checks"
            )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--mode", choices=["model", "rules", "nomodel"], default="model")
    ap.add_argument("--errors", action="store_true", help="list every disagreement")
    ap.add_argument(
        "--probes",
        help="model mode with these probe weights (a train_probes.py output; 'none' for none)",
    )
    args = ap.parse_args(argv)
    cases, labels = load(args.files)
    suite = {
        "model": get_evaluator,
        "rules": lambda: Suite(None),
        "nomodel": lambda: Suite(use_model=False),
    }[args.mode]()
    if args.probes:
        suite = Suite(get_evaluator().embedder, use_probes=False)
        if args.probes != "none":
            try:
                suite.probes = ProbeSet.from_json(json.loads(Path(args.probes).read_text("utf-8")))
            except (OSError, ValueError, KeyError, TypeError) as exc:
                ap.error(f"--probes {args.probes}: not a train_probes.py output ({exc})")
    results = suite.evaluate_many(cases)
    print(report(tally(cases, labels, results), list(CHECK_NAMES)))
    if args.errors:
        print("\ndisagreements:")
        for case, label, res in zip(cases, labels, results, strict=True):
            for c in res.checks:
                if (not c.passed) != (c.name in label):
                    want = "fail" if c.name in label else "pass"
                    print(
                        f"  {case.id} [{case.language}/{case.intent}] {c.name}: want {want} | {c.explanation} | {c.evidence[:80]!r}"
                    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
