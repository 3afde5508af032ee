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
