"""Eval suites QA runs in CI: `drafter evals run SUITE...` (see evals/README.md).

- `schema`: the suite YAML format (cases, expectations, thresholds), validated.
- `matching`: facts and forbidden phrases found by value or folded text, with spans.
- `expectations`: a case's expectations judged on one draft.
- `cassette`: record/replay of model calls, a `ChatModel` wrapper keyed by the request.
- `runner`: drafts every case through the real pipeline (bounded concurrency) in a
  temporary home, and aggregates pass^k, per-check rates and threshold gates.
- `report`, `baseline`, `junit`, `html`, `console`: the outputs and the command itself.
"""
