"""The only module that imports litellm.

`LiteLLMModel` sends every call through a litellm Router (retries, timeout, a fallback
model) and maps litellm's exceptions to drafter's. The embedded local model is
registered as a litellm custom provider (`drafter-local/...`), so it is called exactly
like a hosted one.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

# litellm downloads a price list at import time unless told to use its bundled copy.
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("LITELLM_TELEMETRY", "False")

import litellm
from litellm import Router
from litellm.llms.custom_llm import CustomLLM
from litellm.types.utils import GenericStreamingChunk, ModelResponse

from .. import errors
from ..settings import Settings
from .base import ChatRequest, ChatResponse

# httpx instead of aiohttp: one transport for sync and async, visible to respx in tests.
litellm.disable_aiohttp_transport = True
litellm.suppress_debug_info = True
litellm.telemetry = False
# litellm logs provider chatter (and, at debug level, whole prompts) on its own loggers:
# keep customer text out of the logs.
for _name in ("LiteLLM", "LiteLLM Router", "LiteLLM Proxy", "litellm"):
    logging.getLogger(_name).setLevel(logging.ERROR)

LOCAL_PROVIDER = "drafter-local"


class _LocalProvider(CustomLLM):  # type: ignore[misc]
    """litellm adapter around drafter.llm.embedded (llama.cpp, in process)."""

    def __init__(self, home: Path) -> None:
        super().__init__()
        self._home = home

    def _model(self) -> Any:
        from . import embedded

        ok, why = embedded.available()
        if not ok:
            raise errors.ModelUnavailable(why)
        return embedded.get_local_model(self._home)

    def _response(self, model: str, out: Any) -> ModelResponse:
        resp = ModelResponse(model=model)
        resp.choices[0].message.content = out.text
        resp.choices[0].finish_reason = out.finish_reason
        resp.usage = litellm.Usage(
            prompt_tokens=out.prompt_tokens,
            completion_tokens=out.completion_tokens,
            total_tokens=out.prompt_tokens + out.completion_tokens,
        )
        return resp

    def _kwargs(self, optional_params: dict[str, Any]) -> dict[str, Any]:
        schema = None
        rf = optional_params.get("response_format")
        if isinstance(rf, dict) and rf.get("type") == "json_schema":
            schema = rf.get("json_schema", {}).get("schema")
        return {
            "json_schema": schema,
            "max_tokens": int(optional_params.get("max_tokens") or 700),
            "temperature": float(optional_params.get("temperature", 0.2)),
            "seed": optional_params.get("seed"),
        }

    def completion(self, model: str, messages: list[Any], *args: Any, **kwargs: Any) -> ModelResponse:
        out = self._model().chat(messages, **self._kwargs(kwargs.get("optional_params") or {}))
        return self._response(model, out)

    async def acompletion(self, model: str, messages: list[Any], *args: Any, **kwargs: Any) -> ModelResponse:
        return await asyncio.to_thread(self.completion, model, messages, *args, **kwargs)

    def streaming(self, model: str, messages: list[Any], *args: Any, **kwargs: Any) -> Iterator[GenericStreamingChunk]:
        params = self._kwargs(kwargs.get("optional_params") or {})
        params.pop("json_schema", None)
        for i, piece in enumerate(self._model().stream(messages, **params)):
            yield {
                "text": piece,
                "is_finished": False,
                "finish_reason": "",
                "usage": None,
                "index": i,
                "tool_use": None,
            }
        yield {"text": "", "is_finished": True, "finish_reason": "stop", "usage": None, "index": 0, "tool_use": None}

    async def astreaming(self, model: str, messages: list[Any], *args: Any, **kwargs: Any) -> AsyncIterator[GenericStreamingChunk]:
        for chunk in await asyncio.to_thread(lambda: list(self.streaming(model, messages, *args, **kwargs))):
            yield chunk


def _register_local_provider(home: Path) -> None:
    litellm.custom_provider_map = [
        item for item in litellm.custom_provider_map if item.get("provider") != LOCAL_PROVIDER
    ] + [{"provider": LOCAL_PROVIDER, "custom_handler": _LocalProvider(home)}]
    litellm.utils.custom_llm_setup()


def _deployment(name: str, model: str, settings: Settings) -> dict[str, Any]:
    params: dict[str, Any] = {"model": model, "timeout": settings.llm_timeout_s}
    if not model.startswith(LOCAL_PROVIDER + "/"):
        if settings.llm_api_base:
            params["api_base"] = settings.llm_api_base
        if settings.llm_api_key:
            params["api_key"] = settings.llm_api_key
    return {"model_name": name, "litellm_params": params}


def _map_error(exc: Exception, model: str) -> errors.DrafterError:
    if isinstance(exc, errors.DrafterError):
        return exc
    text = str(exc).split("\n")[0][:300]
    if isinstance(exc, litellm.exceptions.Timeout):
        return errors.ModelTimeout(f"the model {model} did not answer in time ({text}); raise DRAFTER_LLM_TIMEOUT_S or check the server")
    if isinstance(exc, litellm.exceptions.AuthenticationError):
        return errors.ModelAuthError(f"the model provider refused the credentials for {model}: set DRAFTER_LLM_API_KEY (or the provider's own key variable)")
    if isinstance(exc, litellm.exceptions.NotFoundError):
        return errors.ModelUnavailable(f"the model {model} was not found at the provider: check DRAFTER_LLM_MODEL")
    if isinstance(exc, litellm.exceptions.BadRequestError):
        return errors.ModelBadResponse(f"the model provider rejected the request for {model}: {text}")
    if isinstance(
        exc,
        litellm.exceptions.RateLimitError
        | litellm.exceptions.ServiceUnavailableError
        | litellm.exceptions.APIConnectionError
        | litellm.exceptions.InternalServerError,
    ):
        return errors.ModelUnavailable(f"the model {model} is unavailable after retries: {text}")
    return errors.ModelError(f"the model call to {model} failed: {type(exc).__name__}: {text}")


def _cost(resp: Any) -> float | None:
    """The call's price in USD, or None for a model litellm has no price for.

    litellm prices every response already (`_hidden_params["response_cost"]`); pricing it
    again cost about 1.5 ms of CPU per call, and an exception for an unpriced model.
    """
    hidden = getattr(resp, "_hidden_params", None)
    if isinstance(hidden, dict) and "response_cost" in hidden:
        known = hidden["response_cost"]
        return float(known) if isinstance(known, int | float) else None
    try:
        return float(litellm.completion_cost(completion_response=resp))
    except Exception:
        return None


class LiteLLMModel:
    """ChatModel over litellm's Router: retries, timeout and an optional fallback model."""

    def __init__(self, settings: Settings) -> None:
        self.name = settings.llm_model
        self._settings = settings
        models = [settings.llm_model] + ([settings.llm_fallback_model] if settings.llm_fallback_model else [])
        if any(m.startswith(LOCAL_PROVIDER + "/") for m in models):
            _register_local_provider(settings.home)
        model_list = [_deployment("primary", settings.llm_model, settings)]
        fallbacks: list[dict[str, list[str]]] = []
        if settings.llm_fallback_model:
            model_list.append(_deployment("fallback", settings.llm_fallback_model, settings))
            fallbacks = [{"primary": ["fallback"]}]
        self._router = Router(
            model_list=model_list,
            num_retries=settings.llm_retries,
            timeout=settings.llm_timeout_s,
            fallbacks=fallbacks,
            retry_after=0,
        )

    async def complete(self, request: ChatRequest) -> ChatResponse:
        kwargs: dict[str, Any] = {"max_tokens": request.max_tokens, "temperature": request.temperature}
        if request.json_schema is not None:
            kwargs["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": request.purpose, "schema": request.json_schema},
            }
        started = time.perf_counter()
        try:
            resp = await self._router.acompletion(model="primary", messages=request.messages, **kwargs)
        except Exception as exc:
            raise _map_error(exc, self.name) from exc
        latency_ms = int((time.perf_counter() - started) * 1000)
        text = resp.choices[0].message.content or ""
        usage = getattr(resp, "usage", None)
        return ChatResponse(
            text=text,
            model=str(getattr(resp, "model", None) or self.name),
            prompt_tokens=int(getattr(usage, "prompt_tokens", 0) or 0),
            completion_tokens=int(getattr(usage, "completion_tokens", 0) or 0),
            cost_usd=_cost(resp),
            latency_ms=latency_ms,
        )

    async def complete_streaming(self, request: ChatRequest, on_text: Callable[[str], None]) -> ChatResponse:
        """Like `complete`, calling `on_text` with each piece of text as it arrives."""
        kwargs: dict[str, Any] = {
            "max_tokens": request.max_tokens,
            "temperature": request.temperature,
            "stream": True,
            "stream_options": {"include_usage": True},
        }
        started = time.perf_counter()
        pieces: list[str] = []
        prompt_tokens = completion_tokens = 0
        model = self.name
        try:
            stream = await self._router.acompletion(model="primary", messages=request.messages, **kwargs)
            async for chunk in stream:
                model = str(getattr(chunk, "model", None) or model)
                if chunk.choices:
                    delta = chunk.choices[0].delta.content or ""
                    if delta:
                        pieces.append(delta)
                        on_text(delta)
                usage = getattr(chunk, "usage", None)
                if usage:
                    prompt_tokens = int(getattr(usage, "prompt_tokens", 0) or 0)
                    completion_tokens = int(getattr(usage, "completion_tokens", 0) or 0)
        except Exception as exc:
            raise _map_error(exc, self.name) from exc
        return ChatResponse(
            text="".join(pieces),
            model=model,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            latency_ms=int((time.perf_counter() - started) * 1000),
        )
