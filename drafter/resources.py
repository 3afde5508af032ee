"""Find the data folders (prompts/, the sample knowledge/) in a checkout or an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    # Installed wheel: hatch copies the top-level folders into drafter/_data/.
    installed = _PKG / "_data" / name
    if installed.is_dir():
        return installed
    checkout = _PKG.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"drafter's {name}/ folder is missing from the installation")


def prompts_dir() -> Path:
    return data_dir("prompts")


def sample_knowledge_dir() -> Path:
    return data_dir("knowledge")
