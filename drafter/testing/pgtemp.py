"""A throwaway PostgreSQL server in a temporary folder, which a test may stop and start.

The fault tests take the database away in the middle of a run. They must not do that
to a shared server (other test runs use it), so they get their own: `initdb` into a
scratch folder, `pg_ctl start` on a free loopback port, and `pg_ctl stop`/`start` on
demand. It needs the PostgreSQL server binaries (Debian: the `postgresql` package) and,
when run as root, the `postgres` system user to own the data (the server refuses to run
as root).

    with TempPostgres() as pg:
        url = pg.url             # postgresql+psycopg://drafter@127.0.0.1:PORT/drafter
        pg.stop(); pg.start()
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

from .stack import free_port


def server_bin() -> Path | None:
    """The newest installed PostgreSQL server's bin folder, or None."""
    root = Path("/usr/lib/postgresql")
    versions = sorted((p for p in root.glob("*/bin") if (p / "initdb").exists()), key=lambda p: [int(x) for x in p.parent.name.split(".") if x.isdigit()])
    if versions:
        return versions[-1]
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def available() -> tuple[bool, str]:
    if server_bin() is None:
        return False, "PostgreSQL server binaries (initdb, pg_ctl) are not installed"
    if os.geteuid() == 0:
        try:
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            return False, "running as root, but there is no postgres user to run the server as"
    return True, ""


class TempPostgres:
    def __init__(self, *, port: int | None = None, db: str = "drafter", user: str = "drafter") -> None:
        ok, why = available()
        if not ok:
            raise RuntimeError(why)
        self.bin = server_bin()
        self.port = port or free_port()
        self.db, self.user = db, user
        self.root = Path(tempfile.mkdtemp(prefix="drafter-pg-"))
        self.data = self.root / "data"
        self.sock = self.root / "sock"
        self.log = self.root / "postgres.log"
        self._as_postgres = os.geteuid() == 0
        if self._as_postgres:
            shutil.chown(self.root, "postgres", "postgres")
        self.sock.mkdir()
        if self._as_postgres:
            shutil.chown(self.sock, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8")
        conf = self.data / "postgresql.conf"
        with conf.open("a") as fh:
            # A test server: no fsync, small, loopback only.
            fh.write(f"\nport = {self.port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '{self.sock}'\n"
                     "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 200\nshared_buffers = 64MB\n")
        self.start()
        self._psql(f'CREATE ROLE "{user}" LOGIN')
        self._psql(f'CREATE DATABASE "{db}" OWNER "{user}"')

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{self.db}"

    def _cmd(self, tool: str, *args: str) -> list[str]:
        assert self.bin is not None
        cmd = [str(self.bin / tool), *args]
        return ["runuser", "-u", "postgres", "--", *cmd] if self._as_postgres else cmd

    def _run(self, tool: str, *args: str, timeout: float = 120) -> None:
        res = subprocess.run(self._cmd(tool, *args), capture_output=True, text=True, timeout=timeout)
        if res.returncode != 0:
            raise RuntimeError(f"{tool} failed ({res.returncode}): {(res.stderr or res.stdout).strip()[-600:]}")

    def _psql(self, sql: str) -> None:
        self._run("psql", "-h", str(self.sock), "-p", str(self.port), "-U", "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-qc", sql)

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60", "start")

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (`fast`: disconnect clients, roll back their transactions)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop")

    def running(self) -> bool:
        res = subprocess.run(self._cmd("pg_ctl", "-D", str(self.data), "status"), capture_output=True, text=True)
        return res.returncode == 0

    def close(self) -> None:
        with contextlib.suppress(Exception):
            if self.running():
                self.stop("immediate")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and self.data.exists():
            with contextlib.suppress(OSError):
                shutil.rmtree(self.root)
                break
            time.sleep(0.2)

    def __enter__(self) -> TempPostgres:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()
