"""A whole drafter deployment as local processes, for benchmarks and the longer tests.

    with Stack(home) as st:
        st.start_fake(latency_ms=300)             # python -m drafter.testing.fake_llm
        st.ingest()                               # drafter ingest (the sample company)
        key = st.create_key("agent")              # drafter keys create
        a = st.serve()                            # drafter serve on a free loopback port
        w = st.worker(concurrency=4)              # drafter worker
        ...                                       # talk HTTP to a.url with the key
    # every process this stack started is stopped (SIGTERM, then SIGKILL)

Every process is a real subprocess on 127.0.0.1 with its own log file under
`home/logs/`, configured only through DRAFTER_* variables, as an operator would run
it. The model is the fake OpenAI-compatible server, so nothing leaves the machine.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def http_json(method: str, url: str, body: Any = None, *, headers: dict[str, str] | None = None, timeout: float = 10.0) -> tuple[int, Any]:
    """A small blocking JSON request (standard library): (status, parsed body or text)."""
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            raw = resp.read()
            status = int(resp.status)
    except urllib.error.HTTPError as exc:
        raw = exc.read()
        status = exc.code
    try:
        return status, json.loads(raw) if raw else None
    except ValueError:
        return status, raw.decode("utf-8", "replace")


def wait_until(check: Any, timeout: float, what: str, interval: float = 0.2) -> None:
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except Exception as exc:
            last = exc
        time.sleep(interval)
    raise TimeoutError(f"{what} not ready after {timeout:.0f} s" + (f" ({type(last).__name__}: {last})" if last else ""))


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..1); NaN for no values."""
    xs = sorted(values)
    if not xs:
        return float("nan")
    return xs[min(len(xs) - 1, max(0, round(q * (len(xs) - 1))))]


@dataclass
class Proc:
    name: str
    popen: subprocess.Popen[bytes]
    log: Path
    url: str = ""
    port: int = 0

    @property
    def pid(self) -> int:
        return self.popen.pid

    def alive(self) -> bool:
        return self.popen.poll() is None

    def tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


@dataclass
class Stack:
    """Processes of one deployment sharing one DRAFTER_HOME (or database / Chroma URLs)."""

    home: Path
    database_url: str | None = None
    chroma_url: str | None = None
    env: dict[str, str] = field(default_factory=dict)  # extra DRAFTER_* for serve and worker
    procs: list[Proc] = field(default_factory=list)
    fake_url: str = ""

    def __post_init__(self) -> None:
        self.home = Path(self.home)
        (self.home / "logs").mkdir(parents=True, exist_ok=True)

    # -- environment

    def base_env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("DRAFTER_")}
        env.update({
            "DRAFTER_HOME": str(self.home), "DRAFTER_TODAY": "2026-11-22", "PYTHONUNBUFFERED": "1",
            "LITELLM_LOCAL_MODEL_COST_MAP": "True", "LITELLM_TELEMETRY": "False",
        })
        if self.fake_url:
            env.update({
                "DRAFTER_LLM_MODEL": "openai/fake", "DRAFTER_LLM_API_BASE": self.fake_url, "DRAFTER_LLM_API_KEY": "sk-local-fake",
                "DRAFTER_PLANNER": "llm", "DRAFTER_WRITER": "llm",
            })
        if self.database_url:
            env["DRAFTER_DATABASE_URL"] = self.database_url
        if self.chroma_url:
            env["DRAFTER_CHROMA_URL"] = self.chroma_url
        env.update(self.env)
        env.update(extra)
        return env

    def _spawn(self, name: str, args: list[str], env: dict[str, str]) -> Proc:
        log = self.home / "logs" / f"{name}.log"
        with log.open("ab") as fh:
            popen = subprocess.Popen(args, env=env, stdout=fh, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
        proc = Proc(name, popen, log)
        self.procs.append(proc)
        return proc

    def _cli(self, *args: str, env: dict[str, str] | None = None, timeout: float = 300) -> str:
        res = subprocess.run([sys.executable, "-m", "drafter.cli", *args], env=env or self.base_env(), capture_output=True, text=True, timeout=timeout)
        if res.returncode != 0:
            raise RuntimeError(f"drafter {' '.join(args)} failed ({res.returncode}): {res.stderr.strip()[-800:] or res.stdout.strip()[-800:]}")
        return res.stdout

    # -- the pieces

    def start_fake(self, *, latency_ms: float = 0.0, jitter_ms: float = 0.0, token_ms: float = 0.0, fail_rate: float = 0.0,
                   fail_modes: str | None = None, hang_s: float = 30.0, retry_after_s: int = 1, seed: int | None = 7,
                   reply: str | None = None) -> str:
        port = free_port()
        args = [sys.executable, "-m", "drafter.testing.fake_llm", "--port", str(port), "--latency-ms", str(latency_ms),
                "--jitter-ms", str(jitter_ms), "--token-ms", str(token_ms), "--fail-rate", str(fail_rate), "--hang-s", str(hang_s),
                "--retry-after", str(retry_after_s)]
        if fail_modes:
            args += ["--fail-modes", fail_modes]
        if seed is not None:
            args += ["--seed", str(seed)]
        if reply is not None:
            args += ["--reply", reply]
        proc = self._spawn(f"fake-llm-{port}", args, self.base_env())
        proc.port, proc.url = port, f"http://127.0.0.1:{port}"
        wait_until(lambda: http_json("GET", proc.url + "/health", timeout=2)[0] == 200, 30, "the fake model")
        self.fake_url = proc.url + "/v1"
        return self.fake_url

    def control_fake(self, **changes: Any) -> dict[str, Any]:
        status, body = http_json("POST", self.fake_url.removesuffix("/v1") + "/_control", changes)
        if status != 200:
            raise RuntimeError(f"fake model control refused: {body}")
        return dict(body)

    def fake_stats(self) -> dict[str, int]:
        _, body = http_json("GET", self.fake_url.removesuffix("/v1") + "/_stats")
        return dict(body["stats"])

    def start_chroma(self, path: Path | None = None) -> str:
        """A Chroma server (`chroma run`, the CLI that ships with chromadb) for every instance."""
        import shutil as _shutil

        exe = _shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
        port = free_port()
        folder = path or self.home / "chroma-server"
        folder.mkdir(parents=True, exist_ok=True)
        env = {**self.base_env(), "ANONYMIZED_TELEMETRY": "False", "CHROMA_TELEMETRY": "False"}
        proc = self._spawn(f"chroma-{port}", [exe, "run", "--path", str(folder), "--host", "127.0.0.1", "--port", str(port)], env)
        proc.port, proc.url = port, f"http://127.0.0.1:{port}"
        wait_until(lambda: http_json("GET", proc.url + "/api/v2/heartbeat", timeout=2)[0] == 200, 60, "the Chroma server")
        self.chroma_url = proc.url
        return proc.url

    def ingest(self, tenant: str = "default", folder: Path | None = None) -> None:
        self._cli("ingest", *([str(folder)] if folder else []), "--tenant", tenant)

    def create_key(self, role: str = "agent", tenant: str = "default", name: str = "bench") -> str:
        return self._cli("keys", "create", "--tenant", tenant, "--role", role, "--name", name).strip().splitlines()[-1].strip()

    def serve(self, *, port: int | None = None, ready_timeout: float = 120.0, **env: str) -> Proc:
        port = port or free_port()
        proc = self._spawn(f"serve-{port}", [sys.executable, "-m", "drafter.cli", "serve", "--host", "127.0.0.1", "--port", str(port)], self.base_env(**env))
        proc.port, proc.url = port, f"http://127.0.0.1:{port}"

        def up() -> bool:
            if not proc.alive():
                raise RuntimeError(f"drafter serve exited ({proc.popen.returncode}):\n{proc.tail()}")
            return http_json("GET", proc.url + "/readyz", timeout=3)[0] == 200

        wait_until(up, ready_timeout, f"drafter serve on port {port}")
        return proc

    def worker(self, *, concurrency: int = 2, **env: str) -> Proc:
        return self._spawn(f"worker-{len(self.procs)}", [sys.executable, "-m", "drafter.cli", "worker", "-c", str(concurrency)], self.base_env(**env))

    def warm(self, proc: Proc, key: str, customer_id: str = "C-1001") -> None:
        """One synchronous draft, so the instance has loaded its models before measuring."""
        status, body = http_json("POST", proc.url + "/v1/drafts", {"customer_id": customer_id, "message": "Warm-up: please check my last invoice."},
                                 headers={"Authorization": f"Bearer {key}"}, timeout=300)
        if status >= 500:
            raise RuntimeError(f"warm-up draft failed: {status} {body}")

    # -- stopping

    def stop(self, proc: Proc, *, timeout: float = 30.0, sig: int = signal.SIGTERM) -> None:
        if proc.alive():
            with contextlib.suppress(ProcessLookupError):
                proc.popen.send_signal(sig)
            try:
                proc.popen.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.popen.kill()
                proc.popen.wait(10)

    def stop_all(self) -> None:
        # Servers and workers first (they may be finishing drafts), then the model and Chroma.
        for proc in sorted(self.procs, key=lambda p: p.name.startswith(("fake-llm", "chroma"))):
            self.stop(proc)

    def __enter__(self) -> Stack:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop_all()
