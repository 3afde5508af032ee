"""A tenant's knowledge: what is loaded (read), and ingesting a new version (admins).

Ingest takes the knowledge folder as a zip archive in the request body, so an admin
never names a path on the server; the archive is unpacked into a temporary folder with
limits on size and file count.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from dataclasses import asdict
from pathlib import Path, PurePosixPath
from typing import Any

from fastapi import APIRouter, Depends, Request
from sqlalchemy import func, select
from starlette.concurrency import run_in_threadpool

from ...errors import InvalidInput, KnowledgeError, NotFound
from ...ingest import IngestReport, ingest_folder
from ...services.container import Services
from ...store.tables import Customer, TenantConfig
from ..deps import Caller, get_services, require

router = APIRouter(prefix="/v1/knowledge", tags=["knowledge"])

MAX_UNPACKED_BYTES = 50_000_000
MAX_FILES = 5_000


@router.get("")
def knowledge_summary(services: Services = Depends(get_services), caller: Caller = Depends(require("read"))) -> dict[str, Any]:
    with services.db.session() as s:
        rows = {r.key: r.data for r in s.scalars(select(TenantConfig).where(TenantConfig.tenant == caller.tenant))}
        customers = s.scalar(select(func.count()).select_from(Customer).where(Customer.tenant == caller.tenant)) or 0
    if "brand" not in rows:
        raise NotFound(f"tenant {caller.tenant!r} has no knowledge yet; an admin can POST a zipped knowledge folder to /v1/knowledge/ingest")
    brand = rows["brand"]
    sections = (rows.get("policy_index") or {}).get("sections", [])
    return {
        "tenant": caller.tenant,
        "brand": {k: brand.get(k) for k in ("name", "agent_name", "languages", "currency")},
        "policies": [{"id": x.get("id"), "title": x.get("title"), "policy_title": x.get("policy_title")} for x in sections],
        "topics": [t.get("id") for t in (rows.get("topics") or {}).get("topics", [])],
        "customers": customers,
    }


@router.post("/ingest", openapi_extra={"requestBody": {"content": {"application/zip": {"schema": {"type": "string", "format": "binary"}}}, "required": True}})
async def ingest(request: Request, services: Services = Depends(get_services), caller: Caller = Depends(require("manage"))) -> dict[str, Any]:
    body = await request.body()
    if not body:
        raise InvalidInput("send the knowledge folder as a zip archive in the request body (Content-Type: application/zip)")
    # Unpacking and embedding are CPU work: off the event loop.
    report = await run_in_threadpool(_ingest_archive, body, caller.tenant, services)
    out = asdict(report)
    out["folder"] = "(uploaded archive)"
    out["changed"] = report.changed
    return out


def _ingest_archive(body: bytes, tenant: str, services: Services) -> IngestReport:
    with tempfile.TemporaryDirectory(prefix="drafter-kb-") as tmp:
        folder = _unpack(body, Path(tmp))
        try:
            return ingest_folder(folder, tenant, services.db, services.vectors)
        except KnowledgeError as exc:
            # Name files as they are in the archive, not by the server's temporary path.
            raise KnowledgeError(exc.message.replace(str(folder) + "/", "").replace(str(folder), "archive")) from None


def _unpack(body: bytes, dest: Path) -> Path:
    try:
        archive = zipfile.ZipFile(io.BytesIO(body))
    except zipfile.BadZipFile:
        raise InvalidInput("the request body is not a zip archive of a knowledge folder") from None
    infos = archive.infolist()
    if len(infos) > MAX_FILES or sum(i.file_size for i in infos) > MAX_UNPACKED_BYTES:
        raise InvalidInput(f"the archive is too large (at most {MAX_FILES} files and {MAX_UNPACKED_BYTES // 1_000_000} MB unpacked)")
    for info in infos:
        name = PurePosixPath(info.filename)
        if name.is_absolute() or ".." in name.parts:
            raise InvalidInput(f"unsafe path in the archive: {info.filename!r}")
        if info.is_dir():
            continue
        target = dest.joinpath(*name.parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(archive.read(info))
    # A folder zipped with its own name inside: use that folder.
    if not (dest / "brand.yaml").exists():
        subdirs = [p for p in dest.iterdir() if p.is_dir()]
        if len(subdirs) == 1 and (subdirs[0] / "brand.yaml").exists():
            return subdirs[0]
    return dest
