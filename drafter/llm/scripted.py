"""A scriptable test double for `ChatModel` (like llm's MockModel / pydantic-ai's FunctionModel).

    model = ScriptedModel()
    model.enqueue('{"intent": "refund", ...}')      # answered in order
    model = ScriptedModel(fn=lambda req: "...")      # or computed from the request
    model.history                                    # every ChatRequest seen
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable
from typing import Any

from ..errors import ModelError
from .base import ChatRequest, ChatResponse


class ScriptedModel:
    def __init__(
        self, fn: Callable[[ChatRequest], str | dict[str, Any]] | None = None, name: str = "scripted"
    ) -> None:
        self.name = name
        self._fn = fn
        self._queue: deque[str | dict[str, Any] | Exception] = deque()
        self.history: list[ChatRequest] = []

    def enqueue(self, *answers: str | dict[str, Any] | Exception) -> ScriptedModel:
        self._queue.extend(answers)
        return self

    async def complete(self, request: ChatRequest) -> ChatResponse:
        self.history.append(request)
        if self._queue:
            answer = self._queue.popleft()
        elif self._fn is not None:
            answer = self._fn(request)
        else:
            raise ModelError(f"ScriptedModel has no answer queued for a {request.purpose!r} call")
        if isinstance(answer, Exception):
            raise answer
        text = answer if isinstance(answer, str) else json.dumps(answer, ensure_ascii=False)
        return ChatResponse(
            text=text,
            model=self.name,
            prompt_tokens=sum(len(m["content"].split()) for m in request.messages),
            completion_tokens=len(text.split()),
        )
