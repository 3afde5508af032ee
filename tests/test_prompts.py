from __future__ import annotations

from pathlib import Path

import pytest

from drafter.errors import PromptError
from drafter.pipeline.compose import load_phrases, phrase_languages
from drafter.prompts import all_prompts, load_prompt, parse_prompt


def test_every_prompt_renders_with_its_declared_variables() -> None:
    prompts = all_prompts()
    assert {p.name for p in prompts} >= {"plan", "write"}
    for p in prompts:
        messages = p.render(**{v: f"<{v}>" for v in p.variables})
        assert messages and all(m["content"] for m in messages)
        assert "{{" not in "".join(m["content"] for m in messages)


def test_missing_or_unknown_variable_is_an_error() -> None:
    p = load_prompt("plan")
    values = {v: "x" for v in p.variables}
    values.pop("message")
    with pytest.raises(PromptError, match="message"):
        p.render(**values)
    with pytest.raises(PromptError, match="does not declare"):
        p.render(**{v: "x" for v in p.variables}, surprise="y")


def test_undeclared_placeholder_is_caught_at_load(tmp_path: Path) -> None:
    f = tmp_path / "bad.v1.md"
    f.write_text("---\nname: bad\nversion: 1\nvariables: [a]\n---\n## user\n{{a}} {{b}}\n", encoding="utf-8")
    with pytest.raises(PromptError, match="not declared"):
        parse_prompt(f)


def test_phrase_files_cover_the_same_keys_in_every_language() -> None:
    langs = phrase_languages()
    assert {"en", "tr", "ar"} <= set(langs)
    reference = load_phrases("en")
    assert reference is not None

    def keys(d: object, prefix: str = "") -> set[str]:
        if isinstance(d, dict):
            return set().union(*(keys(v, f"{prefix}{k}.") for k, v in d.items()))
        return {prefix}

    for lang in langs:
        ph = load_phrases(lang)
        assert ph is not None
        assert keys(ph) == keys(reference), lang
        assert len(ph["months"]) == 12
