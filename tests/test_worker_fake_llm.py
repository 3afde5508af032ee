"""The fake OpenAI-compatible model server (drafter.testing.fake_llm) that the crash test
and issue 8's benchmarks use: answers, streaming, latency, failure injection, control."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import httpx
import pytest

from drafter.testing.fake_llm import FakeConfig, FakeLLM, example_for

CHAT = {"model": "fake", "messages": [{"role": "user", "content": "hello there"}]}


@pytest.fixture
def fake() -> Iterator[FakeLLM]:
    server = FakeLLM(FakeConfig(), seed=7).start_in_thread()
    try:
        yield server
    finally:
        server.stop()


def test_answers_plain_structured_and_streamed(fake: FakeLLM) -> None:
    with httpx.Client(base_url=fake.url, timeout=10) as c:
        r = c.post("/chat/completions", json=CHAT)
        body = r.json()
        assert r.status_code == 200 and body["object"] == "chat.completion"
        assert body["choices"][0]["message"]["content"] == fake.config.reply and body["usage"]["prompt_tokens"] == 2
        schema = {"type": "object", "properties": {"intent": {"type": "string", "enum": ["refund", "cancel"]}, "ok": {"type": "boolean"}}}
        r = c.post("/chat/completions", json={**CHAT, "response_format": {"type": "json_schema", "json_schema": {"name": "plan", "schema": schema}}})
        assert json.loads(r.json()["choices"][0]["message"]["content"]) == {"intent": "refund", "ok": False}
        with c.stream("POST", "/chat/completions", json={**CHAT, "stream": True}) as s:
            lines = [ln for ln in s.iter_lines() if ln.startswith("data: ")]
        assert lines[-1] == "data: [DONE]"
        text = "".join(json.loads(ln[6:])["choices"][0]["delta"].get("content") or "" for ln in lines[:-1])
        assert text == fake.config.reply
    assert example_for({"type": ["null", "integer"], "minimum": 3}) == 3


def test_latency_control_and_stats(fake: FakeLLM) -> None:
    with httpx.Client(timeout=10) as c:
        base = fake.url.removesuffix("/v1")
        assert c.post(base + "/_control", json={"latency_ms": 200}).status_code == 200
        t = time.perf_counter()
        c.post(fake.url + "/chat/completions", json=CHAT)
        assert time.perf_counter() - t >= 0.2
        assert c.post(base + "/_control", json={"nope": 1}).status_code == 400
        c.post(base + "/_control", json={"latency_ms": 0, "down": True})
        assert c.post(fake.url + "/chat/completions", json=CHAT).status_code == 503
        stats = c.get(base + "/_stats").json()["stats"]
    assert stats["requests"] == 2 and stats["ok"] == 1 and stats["fail_down"] == 1


@pytest.mark.parametrize("mode", ["429", "500", "malformed", "reset", "cut", "timeout"])
def test_failure_injection(fake: FakeLLM, mode: str) -> None:
    fake.update(fail_rate=1.0, fail_modes=[mode], hang_s=0.5, retry_after_s=3)
    with httpx.Client(base_url=fake.url, timeout=0.3 if mode == "timeout" else 5) as c:
        if mode in ("reset", "cut", "timeout"):
            with pytest.raises(httpx.HTTPError):
                r = c.post("/chat/completions", json=CHAT)
                r.json()
            return
        r = c.post("/chat/completions", json=CHAT)
    if mode == "429":
        assert r.status_code == 429 and r.headers["retry-after"] == "3"
    elif mode == "500":
        assert r.status_code == 500
    else:
        with pytest.raises(ValueError):
            r.json()


def test_cut_stream_stops_midway(fake: FakeLLM) -> None:
    fake.update(fail_rate=1.0, fail_modes=["cut"])
    got: list[str] = []
    with httpx.Client(base_url=fake.url, timeout=5) as c, pytest.raises(httpx.HTTPError), c.stream("POST", "/chat/completions", json={**CHAT, "stream": True}) as s:
        for line in s.iter_lines():
            got.append(line)
    assert any("Partial" in ln for ln in got) and "data: [DONE]" not in got
