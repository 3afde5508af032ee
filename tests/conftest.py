"""Shared fixtures. Tests never reach the network: any socket connection to a
non-loopback address fails the test, and model HTTP is faked with respx."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("DISABLE_AIOHTTP_TRANSPORT", "True")

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "knowledge"
TENANT_B = REPO / "tests" / "data" / "knowledge_b"
# The shared labelled set when shared/ sits beside the checkout (CI), else the copy kept
# in tests/data so a bare clone still tests against it.
_SHARED_DEV = REPO.parent / "shared" / "examples" / "dev.jsonl"
DEV = _SHARED_DEV if _SHARED_DEV.exists() else REPO / "tests" / "data" / "dev.jsonl"

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _is_local(address: object) -> bool:
    if isinstance(address, (str, bytes)):  # unix socket
        return True
    if isinstance(address, tuple) and address:
        host = str(address[0])
        return host in {"localhost", "::1"} or host.startswith("127.")
    return False


def _guarded_connect(self: socket.socket, address: object) -> None:
    if not _is_local(address):
        raise RuntimeError(f"test tried to reach the network: {address!r}")
    _real_connect(self, address)  # type: ignore[arg-type]


def _guarded_connect_ex(self: socket.socket, address: object) -> int:
    if not _is_local(address):
        raise RuntimeError(f"test tried to reach the network: {address!r}")
    return _real_connect_ex(self, address)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded_connect_ex)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def settings(home: Path):  # type: ignore[no-untyped-def]
    from drafter.settings import Settings

    return Settings(home=home, today="2026-11-22")


@pytest.fixture(scope="session")
def ingested_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A home with the sample company (tenant `default`) and tenant `b` ingested once."""
    from drafter.ingest import ingest_folder
    from drafter.settings import Settings
    from drafter.store.db import Database
    from drafter.store.vectors import VectorStore

    home = tmp_path_factory.mktemp("ingested")
    s = Settings(home=home)
    db, vs = Database(s), VectorStore(s)
    ingest_folder(SAMPLE, "default", db, vs)
    ingest_folder(TENANT_B, "b", db, vs)
    db.engine.dispose()
    yield home


@pytest.fixture
def ingested_settings(ingested_home: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Settings over a private copy of the ingested home (tests may write drafts)."""
    import shutil

    from drafter.settings import Settings

    home = tmp_path / "home"
    shutil.copytree(ingested_home, home)
    return Settings(home=home, today="2026-11-22")
