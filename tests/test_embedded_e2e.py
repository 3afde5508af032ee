"""The real embedded model, end to end through litellm and the pipeline (slow; marked)."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest

from drafter.llm import local_model_status
from drafter.services.container import Services
from drafter.settings import Settings

pytestmark = pytest.mark.embedded


@pytest.mark.skipif(not local_model_status()[0], reason=local_model_status()[1] or "embedded model not installed")
def test_embedded_model_plans_a_draft_end_to_end(ingested_settings: Settings) -> None:
    # Reuse a joined model file between runs (joining 1.1 GB takes a few seconds).
    cache = Path(__file__).resolve().parents[1] / ".pytest_cache" / "d" / "drafter-embedded" / "models"
    if cache.is_dir():
        shutil.copytree(cache, ingested_settings.home / "models", dirs_exist_ok=True)
    s = ingested_settings.model_copy(update={"planner": "llm", "writer": "compose"})
    services = Services(s)
    o = asyncio.run(services.pipeline.run(tenant="default", customer_id="C-1001", message="My annual plan renewed and charged 144 EUR. I don't use it, please cancel and refund."))
    assert o.planner == "llm" and o.usage.calls == 1 and o.usage.completion_tokens > 0
    assert o.reply.startswith("Hi Megan,")
    assert o.evaluation.check("grounded").passed
