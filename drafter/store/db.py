"""Engine and sessions. SQLite by default (WAL, one file in DRAFTER_HOME); PostgreSQL via URL."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DataError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from ..errors import InvalidInput, StoreUnavailable
from ..settings import Settings
from .tables import Base

log = logging.getLogger(__name__)


class Database:
    def __init__(self, settings: Settings) -> None:
        url = settings.db_url
        # A server database can drop connections (restart, failover); a SQLite file cannot,
        # and the ping would cost a query per session there.
        kwargs: dict[str, Any] = {"pool_pre_ping": not url.startswith("sqlite")}
        if url.startswith("sqlite"):
            settings.home.mkdir(parents=True, exist_ok=True)
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
        try:
            self.engine: Engine = create_engine(url, **kwargs)
        except Exception as exc:
            raise StoreUnavailable(
                f"cannot use DRAFTER_DATABASE_URL ({type(exc).__name__}: {exc}); "
                "use e.g. sqlite:///path.db or postgresql+psycopg://user:pw@host/db"
            ) from exc
        if url.startswith("sqlite"):
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        try:
            Base.metadata.create_all(self.engine)
        except SQLAlchemyError as exc:
            raise StoreUnavailable(f"cannot open the database: {exc.__class__.__name__}; check DRAFTER_DATABASE_URL") from exc
        _add_missing_indexes(self.engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        s = self._sessions()
        try:
            yield s
            s.commit()
        except DataError as exc:
            # The value, not the database: a NUL byte in a string on PostgreSQL, a number out of
            # range. A 503 would send clients retrying (and read as an outage); it is bad input.
            s.rollback()
            raise InvalidInput(f"the request holds a value the database cannot store ({type(exc.orig).__name__})") from exc
        except SQLAlchemyError as exc:
            s.rollback()
            raise StoreUnavailable(f"database error: {exc.__class__.__name__}") from exc
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    def ping(self) -> bool:
        try:
            with self.engine.connect() as c:
                c.execute(text("SELECT 1"))
            return True
        except SQLAlchemyError:
            return False


def _add_missing_indexes(engine: Engine) -> None:
    """Indexes added after a database was created (`create_all` skips existing tables).

    One that the stored rows already violate (two versions of one parent, written before
    the unique index existed) is left out with a warning: the service still starts.
    """
    existing = inspect(engine)
    for table in Base.metadata.sorted_tables:
        have = {ix["name"] for ix in existing.get_indexes(table.name)}
        for index in table.indexes:
            if index.name in have:
                continue
            try:
                index.create(engine)
            except SQLAlchemyError as exc:
                log.warning("index %s not created (%s): the stored rows conflict with it", index.name, type(exc).__name__)


def _sqlite_pragmas(conn: Any, _record: Any) -> None:
    cur = conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()
