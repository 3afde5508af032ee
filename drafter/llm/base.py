"""The one model seam: a protocol with one async method.

Everything that talks to a language model (planner, writer, judge) goes through
`ChatModel.complete`; only `litellm_backend` knows how the call is made.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass(frozen=True)
class ChatRequest:
    messages: list[dict[str, str]]
    # A JSON schema the answer must follow (structured output), or None for free text.
    json_schema: dict[str, Any] | None = None
    max_tokens: int = 700
    temperature: float = 0.2
    # What the call is for ("plan", "write", "judge"); used in logs, cassettes and tests.
    purpose: str = "chat"


@dataclass
class ChatResponse:
    text: str
    model: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float | None = None
    latency_ms: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


class ChatModel(Protocol):
    name: str

    async def complete(self, request: ChatRequest) -> ChatResponse: ...
