"""Configuration from the environment (CONTRACTS.md) behind one `get_settings()`.

Tests build their own `Settings(...)` and hand it to the app/services; nothing reads
the environment but `get_settings()`.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from .errors import ConfigError

EMBEDDED_MODEL = "drafter-local/qwen2.5-coder-1.5b"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DRAFTER_", extra="ignore", toml_file="drafter.toml")

    home: Path = Path(".drafter")
    llm_model: str = EMBEDDED_MODEL
    llm_api_base: str | None = None
    llm_api_key: str | None = Field(default=None, repr=False)
    llm_fallback_model: str | None = None
    llm_timeout_s: float = Field(default=120.0, gt=0)
    llm_retries: int = Field(default=2, ge=0, le=10)
    database_url: str | None = None
    chroma_url: str | None = None
    embedding_model: Literal["use-m3", "e5-small"] = "use-m3"
    # How the reply plan is made: "auto" uses the LLM for hosted models and the rules
    # planner for the embedded model (measured better, see README); "llm" / "rules" force one.
    planner: Literal["auto", "llm", "rules"] = "auto"
    # How the reply is written from the plan: "auto" = LLM for hosted models, localised
    # composition for the embedded one.
    writer: Literal["auto", "llm", "compose"] = "auto"
    max_revisions: int = Field(default=2, ge=0, le=5)
    retrieval_k: int = Field(default=4, ge=1, le=20)
    default_tenant: str = "default"
    max_body_bytes: int = Field(default=1_000_000, gt=0)
    # Pin "today" (ISO date) for reproducible drafts in tests and eval suites.
    today: date | None = None

    # Asynchronous drafting (helpdesk issue): queue, workers, webhooks, callbacks.
    # A bounded pool of workers runs inside `drafter serve`; `drafter worker` runs more.
    worker_in_service: bool = True
    worker_pool_size: int = Field(default=2, ge=0, le=64)
    # A claimed draft is held for this long and the lease renewed every third of it; a
    # worker that dies loses its drafts to another worker after at most this long.
    worker_lease_s: float = Field(default=60.0, ge=1.0)
    worker_poll_s: float = Field(default=0.5, gt=0)  # idle polling for work queued by other processes
    worker_draft_timeout_s: float = Field(default=900.0, gt=0)  # one attempt at one draft, at most
    # Model-provider outages: a draft is tried this many times in all, waiting
    # base·2^(n-1) seconds (at most max) between tries, then fails with the reason.
    worker_max_attempts: int = Field(default=6, ge=1, le=100)
    worker_retry_base_s: float = Field(default=5.0, ge=0)
    worker_retry_max_s: float = Field(default=300.0, ge=0)
    # Backpressure: more unfinished drafts than this in the queue -> 429 with Retry-After.
    max_queue_depth: int = Field(default=1000, ge=1)
    # Webhooks: signatures older (or newer) than this are refused as replays.
    webhook_tolerance_s: int = Field(default=300, ge=1)
    # Callbacks to integrations: attempts in all, backoff base·2^(n-1) capped at max, per-try timeout.
    callback_max_attempts: int = Field(default=8, ge=1, le=100)
    callback_retry_base_s: float = Field(default=2.0, ge=0)
    callback_retry_max_s: float = Field(default=600.0, ge=0)
    callback_timeout_s: float = Field(default=10.0, gt=0)
    # How often the events stream (SSE) looks for status changes made by other processes.
    events_poll_s: float = Field(default=0.25, gt=0)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Environment wins over drafter.toml (in the working directory), which mirrors it.
        return (init_settings, env_settings, TomlConfigSettingsSource(settings_cls))

    @field_validator("chroma_url", "llm_api_base")
    @classmethod
    def _url(cls, v: str | None) -> str | None:
        if v in (None, ""):
            return None
        assert v is not None
        if not v.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return v.rstrip("/")

    @field_validator("llm_model")
    @classmethod
    def _model(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("must not be empty")
        return v.strip()

    @property
    def uses_embedded_model(self) -> bool:
        return self.llm_model.startswith("drafter-local/")

    @property
    def db_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.home / 'drafter.db').resolve()}"

    def today_date(self) -> date:
        return self.today or date.today()

    @property
    def chroma_path(self) -> Path:
        return self.home / "chroma"


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment (+ overrides), with a one-line fix-it error."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        err = exc.errors()[0]
        field = str(err["loc"][0]) if err["loc"] else "?"
        raise ConfigError(
            f"invalid DRAFTER_{field.upper()}: {err['msg']} — fix or unset the environment variable"
        ) from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()
