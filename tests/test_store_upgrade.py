"""Opening a database made by an older drafter: indexes added since are created, and
one the stored rows already violate is left out with a warning instead of failing."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from drafter.settings import Settings
from drafter.store.db import Database
from drafter.store.tables import DraftRow


def _indexes(db: Database) -> set[str]:
    return {ix["name"] for ix in sa.inspect(db.engine).get_indexes("drafts")}


def _old_database(tmp_path: Path) -> Settings:
    settings = Settings(home=tmp_path / "home")
    db = Database(settings)
    with db.engine.begin() as c:
        c.execute(sa.text("DROP INDEX uq_draft_parent"))
    db.engine.dispose()
    return settings


def _draft(draft_id: str, parent: str | None) -> DraftRow:
    return DraftRow(id=draft_id, tenant="default", status="superseded", customer_id="C-1", request={}, version=1, parent_id=parent)


def test_an_index_added_since_the_database_was_made_is_created(tmp_path: Path) -> None:
    settings = _old_database(tmp_path)
    assert "uq_draft_parent" in _indexes(Database(settings))


def test_rows_that_violate_a_new_unique_index_leave_it_out_with_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    settings = _old_database(tmp_path)
    engine = sa.create_engine(settings.db_url)
    with Session(engine) as s, s.begin():  # rows an older version could write, before the index
        s.add(_draft("d_parent", None))
        s.flush()
        s.add_all([_draft("d_a", "d_parent"), _draft("d_b", "d_parent")])
    engine.dispose()
    with caplog.at_level(logging.WARNING, logger="drafter.store.db"):
        reopened = Database(settings)
    assert "uq_draft_parent" not in _indexes(reopened)
    assert "uq_draft_parent not created" in caplog.text
    with reopened.engine.connect() as c:
        assert c.execute(sa.text("SELECT count(*) FROM drafts")).scalar() == 3  # nothing lost
