"""Model access. `build_model()` is the only place that picks an implementation."""

from __future__ import annotations

from ..settings import Settings
from .base import ChatModel, ChatRequest, ChatResponse

__all__ = ["ChatModel", "ChatRequest", "ChatResponse", "build_model", "local_model_status"]


def local_model_status() -> tuple[bool, str]:
    """Whether the embedded model's extra is installed (cheap: loads nothing)."""
    from .embedded import available

    return available()


def build_model(settings: Settings) -> ChatModel | None:
    """The configured model, or None when the embedded default is not installed.

    None means: draft on the rules planner + localised composition, and say so.
    """
    if settings.uses_embedded_model and not local_model_status()[0]:
        return None
    from .litellm_backend import LiteLLMModel

    return LiteLLMModel(settings)
