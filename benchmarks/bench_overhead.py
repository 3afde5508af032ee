"""What drafter adds to the model's latency, and what it costs in throughput.

    python -m benchmarks.bench_overhead [--latency-ms 300] [--drafts 30] [--concurrency 50]
        [--throughput-drafts 200] [--workers N] [--quick] [--profile] [--json PATH]

A fake OpenAI-compatible model answers every call after a fixed latency. The same
requests go (a) straight through litellm (`litellm.acompletion`, one process) and
(b) through `POST /v1/drafts` of a real `drafter serve`, with the planner and the writer
forced to the model and every check on. A draft makes several model calls (plan,
write, and a rewrite per revision), so drafter is compared with the *same sequence of
calls*: each ticket is drafted once in-process with a recording model first, and the
direct client replays exactly those requests (messages, schema, max_tokens).

Phases (drafter and direct interleaved, so a noisy neighbour hits both alike):
1. latency, one at a time, plain answers: added = draft − direct sequence (paired);
2. latency, streamed: an async draft (202; the worker streams the write calls) timed
   from acceptance to `drafted` by the server's own audit timestamps, against the
   direct sequence with the write calls streamed;
3. throughput at concurrency C: drafts/s and model calls/s against direct sequences/s
   and calls/s, all from one process each.
The server's CPU per draft (from /proc) is printed too: it does not depend on how busy
the machine is, so it is the figure to compare across runs.

`--profile` instead drafts in-process through the ASGI app under pyinstrument and
prints where the time goes.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

import httpx

from drafter.llm.base import ChatRequest, ChatResponse
from drafter.testing.stack import Proc, Stack, free_port, http_json, wait_until

from ._common import cpu_seconds, machine, save, scratch, summary, table, tickets, unique


class Recorder:
    """A ChatModel that remembers every request it forwards."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.name = inner.name
        self.calls: list[ChatRequest] = []

    async def complete(self, request: ChatRequest) -> ChatResponse:
        self.calls.append(request)
        resp: ChatResponse = await self.inner.complete(request)
        return resp


async def record(stack: Stack, sample: list[dict[str, Any]]) -> list[list[ChatRequest]]:
    """Each ticket drafted once in-process, as the server would; the model calls it made."""
    from drafter.llm.litellm_backend import LiteLLMModel
    from drafter.schemas import DraftRequest
    from drafter.services.container import Services
    from drafter.services.drafts import DraftService
    from drafter.settings import Settings

    settings = Settings(home=stack.home, llm_model="openai/fake", llm_api_base=stack.fake_url, llm_api_key="sk-local-fake",
                        planner="llm", writer="llm", today="2026-11-22", worker_in_service=False, chroma_url=stack.chroma_url)  # type: ignore[arg-type]
    rec = Recorder(LiteLLMModel(settings))
    services = Services(settings, model=rec)
    out = []
    for i, t in enumerate(sample):
        rec.calls = []
        await DraftService(services).create(DraftRequest.model_validate(unique(t, 10_000 + i)), tenant="default", actor="bench")
        out.append(list(rec.calls))
    services.db.engine.dispose()
    return out


def litellm_kwargs(req: ChatRequest, base: str, *, stream: bool) -> dict[str, Any]:
    """The request exactly as drafter's LiteLLMModel sends it."""
    kw: dict[str, Any] = {"model": "openai/fake", "api_base": base, "api_key": "sk-local-fake", "messages": req.messages,
                          "max_tokens": req.max_tokens, "temperature": req.temperature}
    if req.json_schema is not None:
        kw["response_format"] = {"type": "json_schema", "json_schema": {"name": req.purpose, "schema": req.json_schema}}
    if stream and req.purpose == "write":  # drafter streams only the write calls (live tokens)
        kw.update(stream=True, stream_options={"include_usage": True})
    return kw


async def direct_sequence(seq: list[ChatRequest], base: str, *, stream: bool = False) -> float:
    import litellm

    t0 = time.perf_counter()
    for req in seq:
        kw = litellm_kwargs(req, base, stream=stream)
        resp = await litellm.acompletion(**kw)
        if kw.get("stream"):
            async for _chunk in resp:
                pass
    return time.perf_counter() - t0


async def draft_sync(c: httpx.AsyncClient, body: dict[str, Any]) -> tuple[float, int]:
    t0 = time.perf_counter()
    r = await c.post("/v1/drafts", json=body)
    took = time.perf_counter() - t0
    if r.status_code != 201:
        raise RuntimeError(f"draft failed: {r.status_code} {r.text[:300]}")
    return took, int(r.json()["usage"]["calls"])


async def draft_async(c: httpx.AsyncClient, body: dict[str, Any]) -> tuple[float, int]:
    """Accepted → drafted, by the server's audit timestamps (no polling granularity)."""
    from datetime import datetime

    r = await c.post("/v1/drafts", json={**body, "async": True})
    if r.status_code != 202:
        raise RuntimeError(f"async draft refused: {r.status_code} {r.text[:300]}")
    draft_id = r.json()["id"]
    while True:
        d = (await c.get(f"/v1/drafts/{draft_id}")).json()
        if d["status"] not in ("queued", "drafting"):
            break
        await asyncio.sleep(0.2)  # the timing comes from the audit trail; polling only costs the server CPU
    if d["status"] != "pending_review":
        raise RuntimeError(f"async draft ended {d['status']}: {d.get('error')}")
    events = {e["kind"]: e["at"] for e in (await c.get(f"/v1/drafts/{draft_id}/history")).json()}
    took = (datetime.fromisoformat(events["drafted"]) - datetime.fromisoformat(events["created"])).total_seconds()
    return took, int(d["usage"]["calls"])


def tree_cpu_seconds(pid: int) -> float:
    """CPU of a process and all its descendants (`drafter serve --workers N` forks N)."""
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        try:
            total += cpu_seconds(p)
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return total


async def latency_phase(c: httpx.AsyncClient, sample: list[dict[str, Any]], seqs: list[list[ChatRequest]], base: str, n: int,
                        *, stream: bool, pid: int) -> dict[str, Any]:
    drafter, direct, added, per_call, calls = [], [], [], [], []
    cpu = 0.0
    for i in range(n):
        k = i % len(sample)
        c0 = tree_cpu_seconds(pid)
        took, ncalls = await (draft_async if stream else draft_sync)(c, unique(sample[k], i))
        cpu += tree_cpu_seconds(pid) - c0
        seq_s = await direct_sequence(seqs[k], base, stream=stream)
        drafter.append(took * 1000)
        direct.append(seq_s * 1000)
        added.append((took - seq_s) * 1000)
        per_call.append((took - seq_s) * 1000 / max(1, ncalls))
        calls.append(ncalls)
    return {"drafter_ms": summary(drafter), "direct_ms": summary(direct), "added_ms": summary(added), "added_per_call_ms": summary(per_call),
            "calls_per_draft": sum(calls) / len(calls), "server_cpu_ms_per_draft": cpu * 1000 / n}


def serve(st: Stack, workers: int) -> Proc:
    """`drafter serve`, with `--workers N` when N > 1 (then on the stack's Chroma server)."""
    if workers == 1:
        return st.serve()
    port = free_port()
    proc = st._spawn(f"serve-{port}", [sys.executable, "-m", "drafter.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
                                       "--workers", str(workers)], st.base_env())
    proc.port, proc.url = port, f"http://127.0.0.1:{port}"
    wait_until(lambda: proc.alive() and http_json("GET", proc.url + "/readyz", timeout=3)[0] == 200, 180, "drafter serve --workers")
    return proc


async def throughput_phase(c: httpx.AsyncClient, sample: list[dict[str, Any]], seqs: list[list[ChatRequest]], base: str,
                           total: int, concurrency: int, pid: int, fake_pid: int, chroma_pid: int | None = None) -> dict[str, Any]:
    async def run(job: Any) -> tuple[float, int]:
        counter = iter(range(total))
        calls = 0

        async def one_client() -> None:
            nonlocal calls
            for i in counter:
                made = await job(i)
                calls += made

        t0 = time.perf_counter()
        await asyncio.gather(*(one_client() for _ in range(concurrency)))
        return time.perf_counter() - t0, calls

    async def via_drafter(i: int) -> int:
        return (await draft_sync(c, unique(sample[i % len(sample)], 100_000 + i)))[1]

    async def via_litellm(i: int) -> int:
        seq = seqs[i % len(seqs)]
        await direct_sequence(seq, base)
        return len(seq)

    # CPU of each process over each run (cores busy = CPU s / wall s): which one is the bottleneck.
    me, f0 = time.process_time(), cpu_seconds(fake_pid)
    d_wall, d_calls = await run(via_litellm)
    d_client, d_fake = time.process_time() - me, cpu_seconds(fake_pid) - f0
    c0, me, f0 = tree_cpu_seconds(pid), time.process_time(), cpu_seconds(fake_pid)
    k0 = tree_cpu_seconds(chroma_pid) if chroma_pid else 0.0
    x_wall, x_calls = await run(via_drafter)
    cpu = tree_cpu_seconds(pid) - c0
    x_client, x_fake = time.process_time() - me, cpu_seconds(fake_pid) - f0
    x_chroma = {"chroma_server": (tree_cpu_seconds(chroma_pid) - k0) / x_wall} if chroma_pid else {}
    return {
        "concurrency": concurrency, "drafts": total,
        "direct_sequences_per_s": total / d_wall, "direct_calls_per_s": d_calls / d_wall,
        "drafter_drafts_per_s": total / x_wall, "drafter_calls_per_s": x_calls / x_wall,
        "ratio_calls": (x_calls / x_wall) / (d_calls / d_wall), "server_cpu_ms_per_draft": cpu * 1000 / total,
        "cores_busy": {
            "direct": {"client": d_client / d_wall, "fake_model": d_fake / d_wall},
            "drafter": {"server": cpu / x_wall, "client": x_client / x_wall, "fake_model": x_fake / x_wall, **x_chroma},
        },
        "direct_client_cpu_ms_per_call": d_client * 1000 / d_calls, "server_cpu_ms_per_call": cpu * 1000 / x_calls,
    }


async def measure(a: argparse.Namespace) -> dict[str, Any]:
    import drafter.llm.litellm_backend  # noqa: F401  (the same litellm settings as drafter: httpx transport, quiet)

    home = scratch("overhead") / "home"
    sample = tickets()
    with Stack(home) as st:
        st.start_fake(latency_ms=a.latency_ms)
        if a.workers > 1:
            st.start_chroma()
        st.ingest()
        key = st.create_key("agent")
        seqs = await record(st, sample)
        srv = serve(st, a.workers)
        st.warm(srv, key)
        base = st.fake_url
        limits = httpx.Limits(max_connections=a.concurrency + 10, max_keepalive_connections=a.concurrency + 10)
        async with httpx.AsyncClient(base_url=srv.url, headers={"Authorization": f"Bearer {key}"}, timeout=600, limits=limits) as c:
            for t in sample[:3]:  # warm both paths (imports, connection pools, caches of static texts)
                await draft_sync(c, unique(t, -1))
                await direct_sequence(seqs[0], base)
            if a.workers > 1:  # every process: which one takes a connection is the kernel's choice
                for r in range(3):
                    await asyncio.gather(*(draft_sync(c, unique(t, -10 - r)) for t in sample[: 4 * a.workers]))
            plain = await latency_phase(c, sample, seqs, base, a.drafts, stream=False, pid=srv.pid)
            streamed = await latency_phase(c, sample, seqs, base, a.drafts, stream=True, pid=srv.pid)
            fake = next(p for p in st.procs if p.name.startswith("fake-llm"))
            chroma = next((p.pid for p in st.procs if p.name.startswith("chroma")), None)
            thr = await throughput_phase(c, sample, seqs, base, a.throughput_drafts, a.concurrency, srv.pid, fake.pid, chroma)
    return {"latency_ms_model": a.latency_ms, "serve_workers": a.workers, "chroma": "server" if a.workers > 1 else "embedded", "plain": plain, "streamed": streamed, "throughput": thr}


def report(f: dict[str, Any]) -> str:
    rows = []
    for name in ("plain", "streamed"):
        x = f[name]
        rows.append((
            f"{name} (calls/draft {x['calls_per_draft']:.1f})",
            f"{x['direct_ms']['p50']:.0f} / {x['direct_ms']['p95']:.0f}", f"{x['drafter_ms']['p50']:.0f} / {x['drafter_ms']['p95']:.0f}",
            f"{x['added_ms']['p50']:.0f} / {x['added_ms']['p95']:.0f}", f"{x['added_per_call_ms']['p50']:.1f} / {x['added_per_call_ms']['p95']:.1f}",
            f"{x['drafter_ms']['p50'] / x['direct_ms']['p50']:.2f}", f"{x['server_cpu_ms_per_draft']:.0f}",
        ))
    serving = f"drafter serve --workers {f['serve_workers']} (Chroma server)" if f.get("serve_workers", 1) > 1 else "one drafter serve process"
    out = [f"model latency {f['latency_ms_model']:g} ms per call; {serving}; {machine()}",
           table(rows, ("one at a time", "direct p50/p95 ms", "drafter p50/p95 ms", "added p50/p95 ms", "added/call p50/p95", "ratio p50", "server CPU ms/draft"))]
    t = f["throughput"]
    out.append("")
    out.append(table([
        ("direct litellm", f"{t['direct_sequences_per_s']:.1f}", f"{t['direct_calls_per_s']:.1f}", "1.00", ""),
        ("POST /v1/drafts", f"{t['drafter_drafts_per_s']:.1f}", f"{t['drafter_calls_per_s']:.1f}", f"{t['ratio_calls']:.2f}", f"{t['server_cpu_ms_per_draft']:.0f}"),
    ], (f"concurrency {t['concurrency']}, {t['drafts']} drafts", "drafts (sequences)/s", "model calls/s", "ratio", "server CPU ms/draft")))
    busy = t.get("cores_busy")
    if busy:
        out.append("cores busy during the runs: direct " + ", ".join(f"{k} {v:.2f}" for k, v in busy["direct"].items())
                   + "; drafter " + ", ".join(f"{k} {v:.2f}" for k, v in busy["drafter"].items()))
    return "\n".join(out)


async def profile(a: argparse.Namespace) -> None:
    """Drafts in-process through the ASGI app under pyinstrument."""
    from pyinstrument import Profiler

    from drafter.api.app import create_app
    from drafter.settings import Settings

    home = scratch("profile") / "home"
    sample = tickets()
    with Stack(home) as st:
        st.start_fake(latency_ms=a.latency_ms)
        st.ingest()
        key = st.create_key("agent")
        settings = Settings(home=home, llm_model="openai/fake", llm_api_base=st.fake_url, llm_api_key="sk-local-fake", planner="llm",
                            writer="llm", today="2026-11-22", worker_in_service=False)  # type: ignore[arg-type]
        app = create_app(settings)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://drafter", headers={"Authorization": f"Bearer {key}"}, timeout=120) as c:
            for t in sample[:3]:
                await draft_sync(c, unique(t, -1))
            prof = Profiler(interval=0.001, async_mode="enabled")
            prof.start()
            t0, cpu0 = time.perf_counter(), time.process_time()
            for i in range(a.drafts):
                await draft_sync(c, unique(sample[i % len(sample)], i))
            wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
            prof.stop()
    print(f"{a.drafts} drafts in-process: {wall / a.drafts * 1000:.0f} ms wall, {cpu / a.drafts * 1000:.0f} ms CPU per draft "
          f"(model latency {a.latency_ms:g} ms per call)")
    print(prof.output_text(unicode=False, color=False, show_all=False))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.bench_overhead", description=__doc__.split("\n")[0])
    ap.add_argument("--latency-ms", type=float, default=300.0, help="the fake model's latency per call")
    ap.add_argument("--drafts", type=int, default=30, help="drafts per latency phase")
    ap.add_argument("--concurrency", type=int, default=50)
    ap.add_argument("--throughput-drafts", type=int, default=200)
    ap.add_argument("--workers", type=int, default=1, help="`drafter serve --workers N` (N > 1 runs a Chroma server too)")
    ap.add_argument("--quick", action="store_true", help="a short run: 8 drafts per phase, 60 at concurrency 20")
    ap.add_argument("--profile", action="store_true", help="profile in-process drafts with pyinstrument instead")
    ap.add_argument("--json", default=None, help="write the figures here (default benchmarks/results/overhead.json)")
    a = ap.parse_args(argv)
    if a.quick:
        a.drafts, a.throughput_drafts, a.concurrency = 8, 60, 20
    if a.profile:
        asyncio.run(profile(a))
        return 0
    figures = asyncio.run(measure(a))
    print(report(figures))
    print(f"figures: {save('overhead', figures, a.json)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
