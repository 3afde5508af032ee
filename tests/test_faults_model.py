"""A flaky model provider, against a real `drafter serve` (the short CI version of
`python -m benchmarks.bench_faults --only model`).

The fake model fails 30% of its requests, spread over 429 with Retry-After, 500,
connection reset, read timeout, malformed JSON and a stream cut midway. Every draft must
end completed (litellm's retries, the fallback model, the worker's retries) or failed
with its reason; the API never answers 500; no draft goes missing.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from conftest import SAMPLE
from test_scale_load import body

from drafter.testing.faults import FAULT_ENV, model_faults
from drafter.testing.stack import Stack

pytestmark = pytest.mark.slow


def test_every_draft_completes_or_fails_with_a_reason(tmp_path: Path) -> None:
    with Stack(tmp_path / "home", env=FAULT_ENV) as st:
        st.start_fake(latency_ms=20, hang_s=5.0, seed=11)
        st.ingest(folder=SAMPLE)
        key = st.create_key()
        srv = st.serve()
        st.warm(srv, key)
        st.control_fake(fail_rate=0.3)
        rep = asyncio.run(model_faults([srv.url], key, body, st.fake_stats, async_drafts=40, sync_drafts=15, concurrency=15, timeout_s=300))
        log = srv.log.read_text(errors="replace")
    lines = "\n".join(rep.lines())
    assert rep.ok, lines
    modes = {k for k, v in rep.injected.items() if k.startswith("fail_") and v}
    assert len(modes) >= 4, f"too few kinds of failure were injected: {lines}"
    assert rep.async_run.internal_errors == rep.sync_run.internal_errors == 0
    assert " 500 " not in log and "unexpected error" not in log, "the server answered 500 or hit an unmapped error"
    for reason in list(rep.async_run.failed_reasons) + list(rep.sync_run.failed_reasons):
        assert "model" in reason, f"unclear failure reason: {reason}"
