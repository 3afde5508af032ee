#!/usr/bin/env bash
# CI scale-out run: drafter as it is deployed for real, on this machine's loopback.
#
#   PostgreSQL (.ci/postgres.sh, a schema of its own, dropped afterwards)
#   + a Chroma server (`chroma run`, the CLI that ships with chromadb)
#   + the fake OpenAI-compatible model (python -m drafter.testing.fake_llm)
#   + two `drafter serve` instances (stateless: each its own empty DRAFTER_HOME)
#   + one `drafter worker`
# then the load test across both instances (async and sync drafts), its figures, and
# everything stopped again. Bounded: every wait has a deadline and the load test runs
# under `timeout`. Exits non-zero if any draft is lost, unfinished, or answered 5xx.
#
#   bash .ci/scale.sh                       # 400 drafts at concurrency 50 (each mode)
#   SCALE_DRAFTS=2000 SCALE_CONCURRENCY=100 bash .ci/scale.sh
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f .venv/bin/activate ] && . .venv/bin/activate

DRAFTS=${SCALE_DRAFTS:-400}
CONCURRENCY=${SCALE_CONCURRENCY:-50}
LATENCY_MS=${SCALE_LATENCY_MS:-50}
POOL=${SCALE_POOL_SIZE:-8}
BUDGET_S=${SCALE_TIMEOUT_S:-1200}

work=$(mktemp -d /tmp/drafter-scale-XXXXXX)
pids=()
schema="drafter_scale_$$_${RANDOM}"
db_url=""

log() { echo "scale.sh: $*" >&2; }
free_port() { python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_http() {  # url, seconds, what
  local deadline=$((SECONDS + $2))
  until python -c "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('$1', timeout=2).status == 200 else 1)" 2>/dev/null; do
    if [ $SECONDS -ge $deadline ]; then log "$3 did not come up at $1 within $2 s"; return 1; fi
    sleep 0.5
  done
}
schema_sql() {  # admin URL, SQL
  python - "$1" "$2" <<'PY'
import sys
from sqlalchemy import create_engine, text
engine = create_engine(sys.argv[1])
with engine.begin() as c:
    c.execute(text(sys.argv[2]))
engine.dispose()
PY
}
cleanup() {
  local rc=$?
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  if [ -n "$db_url" ]; then schema_sql "$db_url" "DROP SCHEMA IF EXISTS \"$schema\" CASCADE" || log "could not drop schema $schema"; fi
  if [ $rc -ne 0 ]; then log "failed; logs in $work/logs"; else rm -rf "$work"; fi
  exit $rc
}
trap cleanup EXIT INT TERM
mkdir -p "$work/logs"

log "PostgreSQL"
db_url=$(bash .ci/postgres.sh)
schema_sql "$db_url" "CREATE SCHEMA \"$schema\""
DATABASE_URL=$(python -c "import sys; from sqlalchemy import make_url; print(make_url(sys.argv[1]).update_query_dict({'options': '-csearch_path=' + sys.argv[2]}).render_as_string(hide_password=False))" "$db_url" "$schema")

log "Chroma server"
chroma_port=$(free_port)
chroma_bin=$(command -v chroma || echo "$(dirname "$(command -v python)")/chroma")
ANONYMIZED_TELEMETRY=False "$chroma_bin" run --path "$work/chroma" --host 127.0.0.1 --port "$chroma_port" >"$work/logs/chroma.log" 2>&1 &
pids+=($!)
wait_http "http://127.0.0.1:$chroma_port/api/v2/heartbeat" 60 "Chroma"

log "fake model (${LATENCY_MS} ms per call)"
fake_port=$(free_port)
python -m drafter.testing.fake_llm --port "$fake_port" --latency-ms "$LATENCY_MS" --jitter-ms $((LATENCY_MS / 5)) >"$work/logs/fake.log" 2>&1 &
pids+=($!)
wait_http "http://127.0.0.1:$fake_port/health" 30 "the fake model"

export DRAFTER_DATABASE_URL="$DATABASE_URL" DRAFTER_CHROMA_URL="http://127.0.0.1:$chroma_port"
export DRAFTER_LLM_MODEL=openai/fake DRAFTER_LLM_API_BASE="http://127.0.0.1:$fake_port/v1" DRAFTER_LLM_API_KEY=sk-local-fake
export DRAFTER_PLANNER=llm DRAFTER_WRITER=llm DRAFTER_TODAY=2026-11-22 DRAFTER_WORKER_POOL_SIZE="$POOL"
export LITELLM_LOCAL_MODEL_COST_MAP=True PYTHONUNBUFFERED=1

log "ingest and a key"
DRAFTER_HOME="$work/admin" python -m drafter.cli ingest --tenant default >"$work/logs/ingest.log" 2>&1
key=$(DRAFTER_HOME="$work/admin" python -m drafter.cli keys create --tenant default --role agent --name scale | tail -1)

urls=()
serve_pids=()
for name in a b; do
  port=$(free_port)
  DRAFTER_HOME="$work/$name" python -m drafter.cli serve --host 127.0.0.1 --port "$port" >"$work/logs/serve-$name.log" 2>&1 &
  pids+=($!); serve_pids+=($!)
  urls+=("http://127.0.0.1:$port")
done
DRAFTER_HOME="$work/w" python -m drafter.cli worker -c "$POOL" >"$work/logs/worker.log" 2>&1 &
pids+=($!); worker_pid=$!
for u in "${urls[@]}"; do wait_http "$u/readyz" 120 "drafter serve"; done
log "two instances (${urls[*]}) and a worker (pid $worker_pid) are up"

args=()
for u in "${urls[@]}"; do args+=(--url "$u"); done
set +e
timeout "$BUDGET_S" python -m benchmarks.bench_load "${args[@]}" --key "$key" --drafts "$DRAFTS" --concurrency "$CONCURRENCY" \
  --mode both --latency-ms "$LATENCY_MS" --json benchmarks/results/scale.json
rc=$?
set -e
echo "resident memory (MiB): $(for p in "${serve_pids[@]}" "$worker_pid"; do ps -o rss= -p "$p" | awk -v p="$p" '{printf "pid %s %.0f; ", p, $1/1024}'; done)"
echo "drafts finished by the separate worker: $(grep -c 'drafted d_' "$work/logs/worker.log" || true)"
echo "database: PostgreSQL (schema $schema); vectors: Chroma server on port $chroma_port"
if [ $rc -eq 124 ]; then log "the load test ran past ${BUDGET_S} s"; fi
exit $rc
