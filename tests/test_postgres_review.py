"""The review flows of test_review_flow.py, unchanged, against PostgreSQL.

Runs when DRAFTER_TEST_POSTGRES_URL (or a postgresql DRAFTER_DATABASE_URL) is set;
`.ci/postgres.sh` installs and starts a local server and prints such a URL. Each run
works in its own schema, dropped afterwards, so the database can be shared.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SAMPLE, TENANT_B
from sqlalchemy import create_engine, make_url, text
from test_review_env import (
    CALM_QUESTION,
    Env,
    flow_concurrent_approvals,
    flow_full_review,
    flow_state_conflicts,
    flow_tenant_isolation,
    make_env,
    postgres_url,
    run_at_once,
)

from drafter.ingest import ingest_folder
from drafter.settings import Settings
from drafter.store.db import Database
from drafter.store.vectors import VectorStore

URL = postgres_url()
pytestmark = [pytest.mark.postgres, pytest.mark.skipif(URL is None, reason="set DRAFTER_TEST_POSTGRES_URL (see .ci/postgres.sh)")]


@pytest.fixture(scope="module")
def pg_settings(ingested_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    assert URL is not None
    schema = "drafter_test_" + uuid.uuid4().hex[:10]
    admin = create_engine(URL)
    with admin.begin() as c:
        c.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(URL).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
    home = tmp_path_factory.mktemp("pg") / "home"
    shutil.copytree(ingested_home, home)  # the vector store is already there; SQL goes to PostgreSQL
    settings = Settings(home=home, database_url=url, today="2026-11-22")
    db = Database(settings)
    ingest_folder(SAMPLE, "default", db, VectorStore(settings))
    ingest_folder(TENANT_B, "b", db, VectorStore(settings))
    db.engine.dispose()
    try:
        yield settings
    finally:
        with admin.begin() as c:
            c.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def env(pg_settings: Settings) -> Iterator[Env]:
    e = make_env(pg_settings)
    yield e
    assert e.services is not None
    e.services.db.engine.dispose()


def test_runs_on_postgresql(env: Env) -> None:
    assert env.services is not None
    assert env.services.db.engine.dialect.name == "postgresql"
    with env.services.db.session() as s:
        assert s.execute(text("SELECT current_schema()")).scalar_one().startswith("drafter_test_")


def test_full_review_on_postgresql(env: Env) -> None:
    flow_full_review(env)


def test_state_conflicts_on_postgresql(env: Env) -> None:
    flow_state_conflicts(env)


def test_tenant_isolation_on_postgresql(env: Env) -> None:
    flow_tenant_isolation(env)


def test_concurrent_approvals_on_postgresql(env: Env) -> None:
    flow_concurrent_approvals(env, n=12)


def test_concurrent_regenerations_on_postgresql(env: Env) -> None:
    d = env.draft(message=CALM_QUESTION)
    codes = run_at_once(6, lambda i: int(env.post(f"/v1/drafts/{d['id']}/regenerate").status_code))
    assert sorted(codes) == [201] + [409] * 5, codes
    assert len(env.get(f"/v1/drafts/{d['id']}/versions").json()) == 2


def test_stats_on_postgresql(env: Env) -> None:
    d = env.draft()
    env.post(f"/v1/drafts/{d['id']}/approve", json={"text": d["reply"] + "\n\nP.S. Have a lovely weekend."})
    s = env.get("/v1/stats", "qa").json()
    assert s["totals"]["approved"] >= 1 and s["totals"]["median_edit_distance"] is not None
    assert s["by_day"] and s["by_agent"]
