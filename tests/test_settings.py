from __future__ import annotations

from pathlib import Path

import pytest

from drafter.errors import ConfigError
from drafter.settings import EMBEDDED_MODEL, load_settings


def test_defaults_need_no_network_or_key(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    for k in ("DRAFTER_LLM_MODEL", "DRAFTER_DATABASE_URL", "DRAFTER_CHROMA_URL", "DRAFTER_HOME"):
        monkeypatch.delenv(k, raising=False)
    s = load_settings()
    assert s.llm_model == EMBEDDED_MODEL and s.uses_embedded_model
    assert s.db_url.startswith("sqlite:///") and s.chroma_url is None


def test_env_vars_of_the_contract(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DRAFTER_HOME", str(tmp_path / "h"))
    monkeypatch.setenv("DRAFTER_LLM_MODEL", "openai/gpt-4o-mini")
    monkeypatch.setenv("DRAFTER_LLM_API_BASE", "http://127.0.0.1:8080/v1/")
    monkeypatch.setenv("DRAFTER_LLM_API_KEY", "sk-secret")
    monkeypatch.setenv("DRAFTER_DATABASE_URL", "sqlite:///x.db")
    monkeypatch.setenv("DRAFTER_CHROMA_URL", "http://127.0.0.1:8001")
    s = load_settings()
    assert s.home == tmp_path / "h" and not s.uses_embedded_model
    assert s.llm_api_base == "http://127.0.0.1:8080/v1"
    assert s.db_url == "sqlite:///x.db" and s.chroma_url == "http://127.0.0.1:8001"
    assert "sk-secret" not in repr(s)


@pytest.mark.parametrize(
    ("var", "value", "fragment"),
    [
        ("DRAFTER_CHROMA_URL", "localhost:8000", "DRAFTER_CHROMA_URL"),
        ("DRAFTER_LLM_TIMEOUT_S", "soon", "DRAFTER_LLM_TIMEOUT_S"),
        ("DRAFTER_EMBEDDING_MODEL", "word2vec", "DRAFTER_EMBEDDING_MODEL"),
        ("DRAFTER_LLM_MODEL", "  ", "DRAFTER_LLM_MODEL"),
    ],
)
def test_wrong_value_is_one_line_that_names_the_variable(monkeypatch: pytest.MonkeyPatch, var: str, value: str, fragment: str) -> None:
    monkeypatch.setenv(var, value)
    with pytest.raises(ConfigError) as info:
        load_settings()
    msg = info.value.message
    assert fragment in msg and "\n" not in msg and "fix" in msg


def test_drafter_toml_mirrors_env_and_env_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafter.toml").write_text('llm_model = "openai/from-toml"\nretrieval_k = 7\n', encoding="utf-8")
    monkeypatch.delenv("DRAFTER_LLM_MODEL", raising=False)
    s = load_settings()
    assert s.llm_model == "openai/from-toml" and s.retrieval_k == 7
    monkeypatch.setenv("DRAFTER_LLM_MODEL", "openai/from-env")
    assert load_settings().llm_model == "openai/from-env"
