"""Prompt templates are data: `prompts/<name>.v<N>.md`, versioned, with declared variables.

File format:

    ---
    name: plan
    version: 1
    variables: [message, policies]
    ---
    ## system
    ...text with {{message}}...
    ## user
    ...

Rendering checks both ways: a declared variable not supplied is an error, and so is a
placeholder that is not declared (caught when the file is loaded).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .errors import PromptError
from .resources import prompts_dir

_VAR = re.compile(r"\{\{\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\}\}")
_FILE = re.compile(r"^(?P<name>[a-z_]+)\.v(?P<version>\d+)\.md$")


@dataclass(frozen=True)
class Prompt:
    name: str
    version: int
    variables: tuple[str, ...]
    parts: tuple[tuple[str, str], ...]  # (role, template)

    @property
    def id(self) -> str:
        return f"{self.name}.v{self.version}"

    def render(self, **values: object) -> list[dict[str, str]]:
        missing = [v for v in self.variables if v not in values]
        if missing:
            raise PromptError(f"prompt {self.id} needs variables {missing}")
        extra = [k for k in values if k not in self.variables]
        if extra:
            raise PromptError(f"prompt {self.id} does not declare variables {extra}")
        return [
            {"role": role, "content": _VAR.sub(lambda m: str(values[m.group(1)]), tpl).strip()}
            for role, tpl in self.parts
        ]


def parse_prompt(path: Path) -> Prompt:
    m = _FILE.match(path.name)
    if not m:
        raise PromptError(f"{path.name}: prompt files are named <name>.v<N>.md")
    raw = path.read_text(encoding="utf-8")
    if not raw.startswith("---"):
        raise PromptError(f"{path.name}: missing the front matter (name, version, variables)")
    end = raw.find("\n---", 3)
    meta = yaml.safe_load(raw[3:end]) or {}
    body = raw[end + 4 :]
    variables = tuple(meta.get("variables") or ())
    parts: list[tuple[str, str]] = []
    for chunk in re.split(r"^## (system|user|assistant)\s*$", body, flags=re.M)[1:]:
        if chunk in {"system", "user", "assistant"}:
            parts.append((chunk, ""))
        else:
            parts[-1] = (parts[-1][0], chunk)
    if not parts:
        raise PromptError(f"{path.name}: no '## system' / '## user' sections")
    used = {v for _, t in parts for v in _VAR.findall(t)}
    if used - set(variables):
        raise PromptError(f"{path.name}: placeholders {sorted(used - set(variables))} are not declared in variables")
    if set(variables) - used:
        raise PromptError(f"{path.name}: declared variables {sorted(set(variables) - used)} are never used")
    if meta.get("name") != m["name"] or int(meta.get("version", -1)) != int(m["version"]):
        raise PromptError(f"{path.name}: front matter name/version disagree with the file name")
    return Prompt(m["name"], int(m["version"]), variables, tuple(parts))


@lru_cache(maxsize=32)
def load_prompt(name: str, version: int | None = None, folder: Path | None = None) -> Prompt:
    """The given version of a prompt, or its latest."""
    folder = folder or prompts_dir()
    found = sorted(
        (int(m["version"]), p) for p in folder.glob(f"{name}.v*.md") if (m := _FILE.match(p.name)) and m["name"] == name
    )
    if version is not None:
        found = [f for f in found if f[0] == version]
    if not found:
        raise PromptError(f"no prompt {name!r}{f' v{version}' if version else ''} in {folder}")
    return parse_prompt(found[-1][1])


def all_prompts(folder: Path | None = None) -> list[Prompt]:
    folder = folder or prompts_dir()
    return [parse_prompt(p) for p in sorted(folder.glob("*.v*.md"))]
