#!/usr/bin/env bash
# A local PostgreSQL for the review suite's database tests (Debian/Ubuntu packages).
#
# Installs PostgreSQL if it is missing, starts the cluster, creates the role and the
# database (idempotent), and prints the SQLAlchemy URL on stdout -- nothing else goes
# to stdout, so callers can do: DRAFTER_TEST_POSTGRES_URL=$(bash .ci/postgres.sh)
# Exports nothing. Needs root (or passwordless sudo) the first time, for apt-get.
set -euo pipefail

PGUSER_NAME=${DRAFTER_PG_USER:-drafter}
PGPASS=${DRAFTER_PG_PASSWORD:-drafter}
PGDB=${DRAFTER_PG_DB:-drafter_test}

log() { echo "postgres.sh: $*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -n -u postgres "$@"; fi; }

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  log "installing PostgreSQL from the distribution's packages"
  as_root apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >&2
fi

# The newest installed version's first cluster (create one if the package made none).
version=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v' | grep -q .; then
  log "creating cluster $version/main"
  as_root pg_createcluster "$version" main >&2
fi
read -r ver cluster port status _ < <(pg_lsclusters -h | awk -v v="$version" '$1 == v' | head -1)
if [ "$status" != "online" ]; then
  log "starting cluster $ver/$cluster on port $port"
  as_root pg_ctlcluster "$ver" "$cluster" start >&2
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 1
done
pg_isready -q -h 127.0.0.1 -p "$port" || { log "PostgreSQL did not become ready on port $port"; exit 1; }

psql_admin() { as_postgres psql -p "$port" -v ON_ERROR_STOP=1 -qAt "$@"; }
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$PGUSER_NAME'")" != 1 ]; then
  log "creating role $PGUSER_NAME"
  psql_admin -c "CREATE ROLE \"$PGUSER_NAME\" LOGIN PASSWORD '$PGPASS'" >&2
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$PGDB'")" != 1 ]; then
  log "creating database $PGDB"
  psql_admin -c "CREATE DATABASE \"$PGDB\" OWNER \"$PGUSER_NAME\"" >&2
fi

echo "postgresql+psycopg://$PGUSER_NAME:$PGPASS@127.0.0.1:$port/$PGDB"
