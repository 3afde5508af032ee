"""Record and replay model calls: a `ChatModel` wrapper keyed by the exact request.

The key is the sha256 of the request as the model sees it: model name, messages, JSON
schema, max_tokens and temperature. Anything that changes a prompt (a template, a policy,
the customer data, the plan, the code that assembles them) changes the key, so in
replay mode it shows up as a miss that names the case, the call's purpose and the first
line that differs from what was recorded.

One cassette per suite, next to it: `evals/<suite>.cassette.jsonl`, one call per line,
in a stable order (case, generation, call sequence), so a re-recording diffs cleanly.

    model = CassetteModel("replay", cassette, name="drafter-local/...")
    with call_site("en-renewal", sample=0):
        await model.complete(request)      # the recorded answer, or CassetteMiss
"""

from __future__ import annotations

import contextvars
import difflib
import hashlib
import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from ..errors import DrafterError
from ..llm.base import ChatModel, ChatRequest, ChatResponse

Mode = Literal["live", "record", "replay"]


class CassetteMiss(DrafterError):
    """Replay met a request that was never recorded. Deliberately not a ModelError, so
    no fallback path anywhere can swallow it."""

    code = "cassette_miss"
    status_code = 500


class NoModel(DrafterError):
    code = "model_unavailable"
    status_code = 503


@dataclass
class CallSite:
    """Where a call comes from: the case and generation the runner is drafting."""

    case: str
    sample: int = 0
    seq: int = 0  # calls made so far in this generation
    seen: dict[str, int] = field(default_factory=dict)  # key -> times asked in this generation


_SITE: contextvars.ContextVar[CallSite | None] = contextvars.ContextVar("drafter_eval_call_site", default=None)


@contextmanager
def call_site(case: str, sample: int = 0) -> Iterator[CallSite]:
    site = CallSite(case, sample)
    token = _SITE.set(site)
    try:
        yield site
    finally:
        _SITE.reset(token)


def request_payload(model: str, req: ChatRequest) -> dict[str, Any]:
    return {
        "model": model,
        "messages": req.messages,
        "json_schema": req.json_schema,
        "max_tokens": req.max_tokens,
        "temperature": req.temperature,
    }


def request_key(model: str, req: ChatRequest) -> str:
    raw = json.dumps(request_payload(model, req), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


@dataclass
class Entry:
    case: str
    sample: int
    seq: int
    nth: int  # the nth time this key was asked in this generation (the revision loop can repeat one)
    purpose: str
    key: str
    response: dict[str, Any]
    request: dict[str, Any]

    def to_json(self) -> str:
        # response before request: the line starts with what a reviewer wants to read
        return json.dumps(
            {"case": self.case, "sample": self.sample, "seq": self.seq, "nth": self.nth, "purpose": self.purpose,
             "key": self.key, "response": self.response, "request": self.request},
            ensure_ascii=False, sort_keys=False,
        )  # fmt: skip


class Cassette:
    """The recorded calls of one suite."""

    def __init__(self, path: Path, entries: list[Entry] | None = None) -> None:
        self.path = path
        self.entries: list[Entry] = list(entries or [])
        self.recorded: list[Entry] = []
        self.hits = 0
        self.misses = 0

    @classmethod
    def load(cls, path: Path) -> Cassette:
        entries: list[Entry] = []
        if path.is_file():
            for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                if not line.strip():
                    continue
                try:
                    entries.append(Entry(**json.loads(line)))
                except (ValueError, TypeError) as exc:
                    raise DrafterError(f"{path}:{lineno}: not a cassette entry ({exc}); re-record with --record") from None
        return cls(path, entries)

    def lookup(self, key: str, site: CallSite, nth: int) -> Entry | None:
        """The recorded answer to this exact request in this generation. Another case's
        recording of the identical request will do (a renamed case still replays), but
        another generation's will not: `repeat: 3` needs three recorded generations."""
        same = [e for e in self.entries if e.key == key and e.sample == site.sample and e.nth == nth]
        return next((e for e in same if e.case == site.case), same[0] if same else None)

    def nearest(self, site: CallSite, purpose: str, seq: int) -> Entry | None:
        """What was recorded for this case at this point (to explain a miss)."""
        mine = [e for e in self.entries if e.case == site.case and e.purpose == purpose]
        mine.sort(key=lambda e: (e.sample != site.sample, abs(e.seq - seq)))
        return mine[0] if mine else None

    def save(self, keep: set[str] | None = None) -> None:
        """Write what this run recorded, and only that: stale calls disappear. Cases in
        `keep` (those that failed to record, e.g. on a model timeout) keep their old calls,
        so one flaky call does not wipe a case's recording."""
        kept = [e for e in self.entries if keep and e.case in keep]
        fresh = [e for e in self.recorded if not keep or e.case not in keep]
        rows = sorted(kept + fresh, key=lambda e: (e.case, e.sample, e.seq))
        if not rows:
            self.path.unlink(missing_ok=True)
            return
        self.path.write_text("".join(e.to_json() + "\n" for e in rows), encoding="utf-8")


class CassetteModel:
    """A ChatModel that records, replays or just passes calls through.

    `inner` is a factory, called at the first call that needs the real model, so a suite
    whose drafts need no model (rules planner + composed reply) runs without one.
    """

    def __init__(
        self, mode: Mode, cassette: Cassette | None, *, name: str, inner: Callable[[], ChatModel | None] | None = None,
    ) -> None:
        if mode != "live" and cassette is None:
            raise ValueError(f"{mode} needs a cassette")
        self.mode = mode
        self.cassette = cassette
        self.name = name
        self._factory = inner
        self._inner: ChatModel | None = None
        self.calls = 0

    def _model(self, site: CallSite, purpose: str) -> ChatModel:
        if self._inner is None:
            self._inner = self._factory() if self._factory is not None else None
            if self._inner is None:
                raise NoModel(
                    f"case {site.case!r} needs a {purpose!r} call to {self.name} but that model is not available: "
                    "install the embedded one with pip install 'drafter[local]', set DRAFTER_LLM_MODEL, or use --replay"
                )
        return self._inner

    async def complete(self, request: ChatRequest) -> ChatResponse:
        site = _SITE.get() or CallSite("?")
        key = request_key(self.name, request)
        nth = site.seen.get(key, 0)
        site.seen[key] = nth + 1
        seq = site.seq
        site.seq += 1
        self.calls += 1
        if self.mode == "replay":
            assert self.cassette is not None
            hit = self.cassette.lookup(key, site, nth)
            if hit is None:
                self.cassette.misses += 1
                raise CassetteMiss(self._miss_message(site, request, seq))
            self.cassette.hits += 1
            return ChatResponse(
                text=str(hit.response.get("text", "")), model=self.name,
                prompt_tokens=int(hit.response.get("prompt_tokens", 0)),
                completion_tokens=int(hit.response.get("completion_tokens", 0)),
                extra={"cassette": "hit"},
            )  # fmt: skip
        started = time.perf_counter()
        resp = await self._model(site, request.purpose).complete(request)
        if self.mode == "record":
            assert self.cassette is not None
            self.cassette.recorded.append(
                Entry(
                    case=site.case, sample=site.sample, seq=seq, nth=nth, purpose=request.purpose, key=key,
                    response={"text": resp.text, "prompt_tokens": resp.prompt_tokens, "completion_tokens": resp.completion_tokens,
                              "latency_ms": resp.latency_ms or int((time.perf_counter() - started) * 1000)},
                    request=request_payload(self.name, request),
                )
            )  # fmt: skip
        return resp

    def _miss_message(self, site: CallSite, request: ChatRequest, seq: int) -> str:
        assert self.cassette is not None
        head = (
            f"cassette miss in case {site.case!r}"
            + (f" (generation {site.sample + 1})" if site.sample else "")
            + f": the {request.purpose!r} call to {self.name} was not recorded in {self.cassette.path.name}"
        )
        near = self.cassette.nearest(site, request.purpose, seq)
        if near is None:
            why = "; nothing was recorded for this case and purpose"
        else:
            why = "; the request changed since recording" + _first_difference(near.request, request_payload(self.name, request))
        suite = self.cassette.path.with_name(self.cassette.path.name.replace(".cassette.jsonl", ".yaml"))
        return head + why + f". Re-record: drafter evals run {_shown(suite)} --record"


def _first_difference(old: dict[str, Any], new: dict[str, Any]) -> str:
    for field_name in ("model", "json_schema", "max_tokens", "temperature"):
        if old.get(field_name) != new.get(field_name):
            return f" ({field_name}: recorded {_short(old.get(field_name))}, now {_short(new.get(field_name))})"
    old_msgs, new_msgs = old.get("messages") or [], new.get("messages") or []
    if len(old_msgs) != len(new_msgs):
        return f" (recorded {len(old_msgs)} messages, now {len(new_msgs)})"
    for i, (a, b) in enumerate(zip(old_msgs, new_msgs, strict=True)):
        if a == b:
            continue
        a_lines, b_lines = str(a.get("content", "")).splitlines(), str(b.get("content", "")).splitlines()
        diff = [d for d in difflib.unified_diff(a_lines, b_lines, lineterm="", n=0) if d[:1] in "+-" and d[:3] not in ("+++", "---")]
        shown = "; ".join(_short(d, 120) for d in diff[:4])
        return f" (in the {a.get('role', '?')} message {i + 1}: {shown})"
    return ""


def _shown(path: Path) -> str:
    """The path as the user would type it: relative to the working directory when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _short(value: Any, limit: int = 60) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"
