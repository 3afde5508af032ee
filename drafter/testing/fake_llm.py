"""A fake OpenAI-compatible chat-completions server for tests and benchmarks.

    python -m drafter.testing.fake_llm --port 8901 --latency-ms 300
    DRAFTER_LLM_MODEL=openai/fake DRAFTER_LLM_API_BASE=http://127.0.0.1:8901/v1 drafter serve

It answers `POST /v1/chat/completions` (plain and `"stream": true`) after a fixed
latency (plus jitter, plus a delay per streamed token). Structured-output requests
(`response_format` with a JSON schema) get a JSON object that fits the schema; others
get `reply` text. Failures can be injected: with probability `fail_rate` a request gets
one of `fail_modes`: `429` (with Retry-After), `500`, `reset` (connection dropped with
no answer), `timeout` (no answer for `hang_s`), `malformed` (200 with broken JSON) or
`cut` (the stream, or the body, stops midway). `down` answers every request with 503.

Control at run time: `POST /_control {"latency_ms": 50, "down": true, ...}` changes the
settings; `GET /_stats` counts requests by outcome; `GET /health`.

Standard library only: asyncio streams and a small HTTP/1.1 reader with keep-alive, so
it never adds its own latency to a benchmark and has nothing to install.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import random
import re
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from typing import Any

FAIL_MODES = ("429", "500", "reset", "timeout", "malformed", "cut")
DEFAULT_REPLY = (
    "I'm sorry about this. I have looked into your account myself and I have taken care of it.\n\n"
    "I will check on it again tomorrow and write to you with the result within 2 business days."
)


@dataclass
class FakeConfig:
    latency_ms: float = 0.0  # before the answer (or the first streamed token)
    jitter_ms: float = 0.0  # uniform extra latency in [0, jitter_ms]
    token_ms: float = 0.0  # between streamed tokens
    fail_rate: float = 0.0
    fail_modes: list[str] = field(default_factory=lambda: list(FAIL_MODES))
    retry_after_s: int = 1
    hang_s: float = 30.0  # how long a `timeout` failure keeps the client waiting
    down: bool = False
    reply: str = DEFAULT_REPLY
    model: str = "fake-model"


def example_for(schema: Any) -> Any:
    """A small value that fits a JSON schema (objects, enums, strings, numbers, arrays)."""
    if not isinstance(schema, dict):
        return None
    if schema.get("enum"):
        return schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or "properties" in schema:
        return {k: example_for(v) for k, v in (schema.get("properties") or {}).items()}
    if kind == "array":
        return []
    if kind == "boolean":
        return False
    if kind in ("integer", "number"):
        return schema.get("minimum", 0)
    if kind == "string":
        return "ok"
    return None


def default_responder(request: dict[str, Any], config: FakeConfig) -> str:
    rf = request.get("response_format") or {}
    if isinstance(rf, dict) and rf.get("type") == "json_schema":
        schema = (rf.get("json_schema") or {}).get("schema") or {}
        return json.dumps(example_for(schema))
    if isinstance(rf, dict) and rf.get("type") == "json_object":
        return "{}"
    return config.reply


class FakeLLM:
    """The server. `start_in_thread()` for tests; `python -m` for benchmarks."""

    def __init__(
        self, config: FakeConfig | None = None, *, host: str = "127.0.0.1", port: int = 0, seed: int | None = None,
        responder: Callable[[dict[str, Any], FakeConfig], str] | None = None,
    ) -> None:
        self.config = config or FakeConfig()
        self.host, self.port = host, port
        self.rng = random.Random(seed)
        self.responder = responder or default_responder
        self.stats: Counter[str] = Counter()
        self.requests: list[dict[str, Any]] = []  # the last requests' bodies, for assertions
        self._server: asyncio.AbstractServer | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/v1"

    # -- lifecycle

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._connection, self.host, self.port, backlog=512)
        self.port = self._server.sockets[0].getsockname()[1]
        self._loop = asyncio.get_running_loop()

    async def serve_forever(self) -> None:
        await self.start()
        assert self._server is not None
        async with self._server:
            await self._server.serve_forever()

    def start_in_thread(self) -> FakeLLM:
        ready = threading.Event()

        async def main() -> None:
            await self.start()
            ready.set()
            assert self._server is not None
            with contextlib.suppress(asyncio.CancelledError):
                await self._server.serve_forever()

        self._thread = threading.Thread(target=lambda: asyncio.run(main()), name="fake-llm", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("fake LLM did not start")
        return self

    def stop(self) -> None:
        if self._server is not None and self._loop is not None and not self._loop.is_closed():
            server = self._server

            def _close() -> None:
                server.close()
                for task in asyncio.all_tasks():
                    task.cancel()

            with contextlib.suppress(RuntimeError):
                self._loop.call_soon_threadsafe(_close)
        if self._thread is not None:
            self._thread.join(5)

    def update(self, **changes: Any) -> None:
        names = {f.name for f in fields(FakeConfig)}
        for key, value in changes.items():
            if key not in names:
                raise KeyError(f"unknown setting {key!r}; known: {', '.join(sorted(names))}")
            setattr(self.config, key, value)

    # -- HTTP

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, path, _ = ([*lines[0].split(" ", 2), "", ""])[:3]
                headers = {k.strip().lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:] if ln)}
                body = await self._body(reader, headers)
                keep = await self._route(method, path.split("?")[0], headers, body, writer)
                if not keep or headers.get("connection", "").lower() == "close":
                    break
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        except asyncio.CancelledError:  # the server is stopping; end this connection quietly
            pass
        finally:
            with contextlib.suppress(Exception):
                writer.close()

    async def _body(self, reader: asyncio.StreamReader, headers: dict[str, str]) -> bytes:
        if headers.get("transfer-encoding", "").lower() == "chunked":
            out = b""
            while True:
                size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
                chunk = await reader.readexactly(size + 2)
                if size == 0:
                    return out
                out += chunk[:-2]
        n = int(headers.get("content-length", "0") or 0)
        return await reader.readexactly(n) if n else b""

    async def _send(self, writer: asyncio.StreamWriter, status: int, body: bytes, *, headers: dict[str, str] | None = None, length: int | None = None) -> None:
        reason = {200: "OK", 404: "Not Found", 429: "Too Many Requests", 500: "Internal Server Error", 503: "Service Unavailable"}.get(status, "Status")
        hdrs = {"Content-Type": "application/json", "Content-Length": str(len(body) if length is None else length), **(headers or {})}
        head = f"HTTP/1.1 {status} {reason}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in hdrs.items()) + "\r\n"
        writer.write(head.encode("latin-1") + body)
        await writer.drain()

    async def _route(self, method: str, path: str, headers: dict[str, str], body: bytes, writer: asyncio.StreamWriter) -> bool:
        if method == "GET" and path in ("/health", "/v1/health"):
            await self._send(writer, 200, b'{"status":"ok"}')
        elif method == "GET" and path in ("/v1/models", "/models"):
            await self._send(writer, 200, json.dumps({"object": "list", "data": [{"id": self.config.model, "object": "model"}]}).encode())
        elif method == "GET" and path == "/_stats":
            await self._send(writer, 200, json.dumps({"stats": dict(self.stats), "config": asdict(self.config)}).encode())
        elif method == "POST" and path == "/_control":
            try:
                self.update(**json.loads(body or b"{}"))
            except (KeyError, ValueError, TypeError) as exc:
                await self._send(writer, 400, json.dumps({"error": str(exc)}).encode())
            else:
                await self._send(writer, 200, json.dumps(asdict(self.config)).encode())
        elif method == "POST" and path in ("/v1/chat/completions", "/chat/completions"):
            return await self._completion(body, writer)
        else:
            await self._send(writer, 404, b'{"error":{"message":"not found"}}')
        return True

    async def _completion(self, body: bytes, writer: asyncio.StreamWriter) -> bool:
        cfg = self.config
        self.stats["requests"] += 1
        try:
            req = json.loads(body or b"{}")
        except ValueError:
            await self._send(writer, 400, b'{"error":{"message":"body is not JSON","type":"invalid_request_error"}}')
            return True
        self.requests = [*self.requests[-99:], req]
        stream = bool(req.get("stream"))
        mode: str | None = "down" if cfg.down else None
        if mode is None and cfg.fail_rate > 0 and self.rng.random() < cfg.fail_rate and cfg.fail_modes:
            mode = self.rng.choice(cfg.fail_modes)
        delay = (cfg.latency_ms + self.rng.uniform(0, cfg.jitter_ms)) / 1000
        if delay > 0:
            await asyncio.sleep(delay)
        if mode is not None:
            self.stats[f"fail_{mode}"] += 1
            return await self._fail(mode, stream, writer)
        text = self.responder(req, cfg)
        self.stats["streamed" if stream else "ok"] += 1
        if stream:
            await self._stream(req, text, writer)
            return True
        out = _completion(req, text, cfg.model)
        await self._send(writer, 200, json.dumps(out).encode())
        return True

    async def _fail(self, mode: str, stream: bool, writer: asyncio.StreamWriter) -> bool:
        cfg = self.config
        if mode == "down":
            await self._send(writer, 503, b'{"error":{"message":"the fake model is down","type":"service_unavailable"}}')
        elif mode == "429":
            await self._send(writer, 429, b'{"error":{"message":"rate limited","type":"rate_limit_error"}}', headers={"Retry-After": str(cfg.retry_after_s)})
        elif mode == "500":
            await self._send(writer, 500, b'{"error":{"message":"internal error","type":"server_error"}}')
        elif mode == "malformed":
            await self._send(writer, 200, b'{"id": "x", "choices": [{"message": {"content": ')
        elif mode == "timeout":
            await asyncio.sleep(cfg.hang_s)
            return False
        elif mode == "reset":
            writer.transport.abort()
            return False
        elif mode == "cut":
            if stream:
                head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
                piece = _sse(_chunk({"model": cfg.model}, "Partial ", None))
                writer.write(head.encode() + _chunked(piece))
                await writer.drain()
            else:
                await self._send(writer, 200, b'{"id": "chatcmpl-cut", "choices": [', length=4096)
            writer.transport.abort()
            return False
        return True

    async def _stream(self, req: dict[str, Any], text: str, writer: asyncio.StreamWriter) -> None:
        head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n\r\n"
        writer.write(head.encode())
        model = self.config.model
        writer.write(_chunked(_sse(_chunk({"model": model}, None, None, role=True))))
        for piece in re.findall(r"\S+\s*|\s+", text):
            if self.config.token_ms > 0:
                await writer.drain()
                await asyncio.sleep(self.config.token_ms / 1000)
            writer.write(_chunked(_sse(_chunk({"model": model}, piece, None))))
        final = _chunk({"model": model}, None, "stop")
        final["usage"] = _usage(req, text)
        writer.write(_chunked(_sse(final)) + _chunked(b"data: [DONE]\n\n") + b"0\r\n\r\n")
        await writer.drain()


def _usage(req: dict[str, Any], text: str) -> dict[str, int]:
    prompt = sum(len(str(m.get("content", "")).split()) for m in req.get("messages", []) if isinstance(m, dict))
    completion = len(text.split())
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def _completion(req: dict[str, Any], text: str, model: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-" + uuid.uuid4().hex[:24], "object": "chat.completion", "created": int(time.time()), "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": _usage(req, text),
    }


def _chunk(base: dict[str, Any], text: str | None, finish: str | None, *, role: bool = False) -> dict[str, Any]:
    delta: dict[str, Any] = {"role": "assistant"} if role else {}
    if text is not None:
        delta["content"] = text
    return {
        "id": "chatcmpl-stream", "object": "chat.completion.chunk", "created": int(time.time()), "model": base["model"],
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


def _sse(obj: dict[str, Any]) -> bytes:
    return b"data: " + json.dumps(obj).encode() + b"\n\n"


def _chunked(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m drafter.testing.fake_llm", description="A fake OpenAI-compatible chat model server.")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8901)
    ap.add_argument("--latency-ms", type=float, default=0.0, help="delay before each answer (or the first streamed token)")
    ap.add_argument("--jitter-ms", type=float, default=0.0, help="uniform extra delay, 0..N ms")
    ap.add_argument("--token-ms", type=float, default=0.0, help="delay between streamed tokens")
    ap.add_argument("--fail-rate", type=float, default=0.0, help="share of requests that fail (0..1)")
    ap.add_argument("--fail-modes", default=",".join(FAIL_MODES), help=f"comma-separated, from {','.join(FAIL_MODES)}")
    ap.add_argument("--retry-after", type=int, default=1, help="Retry-After seconds on injected 429s")
    ap.add_argument("--hang-s", type=float, default=30.0, help="how long an injected timeout hangs")
    ap.add_argument("--reply", default=DEFAULT_REPLY, help="the text of plain (non-JSON) answers")
    ap.add_argument("--seed", type=int, default=None)
    a = ap.parse_args(argv)
    modes = [m.strip() for m in a.fail_modes.split(",") if m.strip()]
    unknown = sorted(set(modes) - set(FAIL_MODES))
    if unknown:
        ap.error(f"unknown fail modes: {', '.join(unknown)}")
    cfg = FakeConfig(latency_ms=a.latency_ms, jitter_ms=a.jitter_ms, token_ms=a.token_ms, fail_rate=a.fail_rate, fail_modes=modes,
                     retry_after_s=a.retry_after, hang_s=a.hang_s, reply=a.reply)
    server = FakeLLM(cfg, host=a.host, port=a.port, seed=a.seed)

    async def run() -> None:
        await server.start()
        print(f"fake LLM listening on {server.url} (latency {a.latency_ms:g} ms, fail rate {a.fail_rate:g})", flush=True)
        assert server._server is not None
        async with server._server:
            await server._server.serve_forever()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(run())


if __name__ == "__main__":
    main()
