"""litellm wiring, with the model's HTTP faked by respx (no network)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx

from drafter import errors
from drafter.llm.base import ChatRequest
from drafter.llm.litellm_backend import LiteLLMModel
from drafter.settings import Settings

BASE = "http://127.0.0.1:9/v1"


def _completion(text: str, model: str = "test-model") -> dict[str, Any]:
    return {
        "id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18},
    }


def _settings(tmp_path: Any, **kw: Any) -> Settings:
    return Settings(home=tmp_path, llm_model="openai/test-model", llm_api_base=BASE, llm_api_key="sk-test", llm_retries=1, llm_timeout_s=5, **kw)


REQ = ChatRequest(messages=[{"role": "user", "content": "hello"}], purpose="test")


@respx.mock
async def test_completion_records_usage_and_latency(tmp_path: Any) -> None:
    route = respx.post(f"{BASE}/chat/completions").mock(return_value=httpx.Response(200, json=_completion("hi there")))
    resp = await LiteLLMModel(_settings(tmp_path)).complete(REQ)
    assert resp.text == "hi there"
    assert (resp.prompt_tokens, resp.completion_tokens) == (11, 7)
    assert resp.latency_ms >= 0
    sent = json.loads(route.calls[0].request.content)
    assert sent["messages"] == [{"role": "user", "content": "hello"}]
    assert route.calls[0].request.headers["authorization"] == "Bearer sk-test"


@respx.mock
async def test_json_schema_is_sent_as_response_format(tmp_path: Any) -> None:
    route = respx.post(f"{BASE}/chat/completions").mock(return_value=httpx.Response(200, json=_completion('{"a": 1}')))
    schema = {"type": "object", "properties": {"a": {"type": "integer"}}}
    await LiteLLMModel(_settings(tmp_path)).complete(ChatRequest(messages=REQ.messages, json_schema=schema, purpose="plan"))
    sent = json.loads(route.calls[0].request.content)
    assert sent["response_format"]["type"] == "json_schema"
    assert sent["response_format"]["json_schema"]["schema"] == schema


@respx.mock
async def test_server_errors_are_retried(tmp_path: Any) -> None:
    route = respx.post(f"{BASE}/chat/completions").mock(
        side_effect=[httpx.Response(500, json={"error": {"message": "boom"}}), httpx.Response(200, json=_completion("ok"))]
    )
    resp = await LiteLLMModel(_settings(tmp_path)).complete(REQ)
    assert resp.text == "ok" and route.call_count == 2


@respx.mock
async def test_fallback_model_answers_when_primary_is_down(tmp_path: Any) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        if body["model"] == "test-model":
            return httpx.Response(503, json={"error": {"message": "down"}})
        return httpx.Response(200, json=_completion("from fallback", model=body["model"]))

    respx.post(f"{BASE}/chat/completions").mock(side_effect=handler)
    model = LiteLLMModel(_settings(tmp_path, llm_fallback_model="openai/backup-model"))
    resp = await model.complete(REQ)
    assert resp.text == "from fallback"


@respx.mock
async def test_auth_failure_maps_to_a_fix_it_error(tmp_path: Any) -> None:
    respx.post(f"{BASE}/chat/completions").mock(return_value=httpx.Response(401, json={"error": {"message": "bad key"}}))
    with pytest.raises(errors.ModelAuthError, match="DRAFTER_LLM_API_KEY"):
        await LiteLLMModel(_settings(tmp_path)).complete(REQ)


@respx.mock
async def test_unavailable_server_maps_to_model_unavailable(tmp_path: Any) -> None:
    respx.post(f"{BASE}/chat/completions").mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(errors.ModelError):
        await LiteLLMModel(_settings(tmp_path)).complete(REQ)


async def test_unmocked_requests_fail_the_test(tmp_path: Any) -> None:
    s = Settings(home=tmp_path, llm_model="openai/test-model", llm_api_base="http://203.0.113.9/v1", llm_api_key="k", llm_retries=0, llm_timeout_s=2)
    with respx.mock(assert_all_mocked=True), pytest.raises(errors.ModelError):
        await LiteLLMModel(s).complete(REQ)


@respx.mock
async def test_streaming_calls_back_with_each_piece(tmp_path: Any) -> None:
    def sse(*pieces: str) -> bytes:
        lines = []
        for p in pieces:
            chunk = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "test-model",
                     "choices": [{"index": 0, "delta": {"content": p}, "finish_reason": None}]}
            lines.append(f"data: {json.dumps(chunk)}\n\n")
        done = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "test-model",
                "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 5, "completion_tokens": 3, "total_tokens": 8}}
        lines.append(f"data: {json.dumps(done)}\n\ndata: [DONE]\n\n")
        return "".join(lines).encode()

    respx.post(f"{BASE}/chat/completions").mock(
        return_value=httpx.Response(200, content=sse("Hel", "lo ", "Megan"), headers={"content-type": "text/event-stream"})
    )
    seen: list[str] = []
    resp = await LiteLLMModel(_settings(tmp_path)).complete_streaming(REQ, seen.append)
    assert seen == ["Hel", "lo ", "Megan"] and resp.text == "Hello Megan"
