"""Serves the console page and its assets from the package (no CDN at run time).

The page itself holds no data, so it needs no key; every API call it makes sends the
key the agent typed in. A strict Content-Security-Policy allows only drafter's own
scripts, styles and API.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import RedirectResponse, Response

from ..errors import NotFound
from . import api

STATIC = Path(__file__).parent / "static"
MEDIA_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
}
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    # Small files that change with releases: always revalidate rather than serve a stale app.
    "Cache-Control": "no-cache",
}

router = APIRouter(tags=["console"])
router.include_router(api.router)


def asset_names() -> frozenset[str]:
    return frozenset(p.name for p in STATIC.iterdir() if p.is_file() and p.suffix in MEDIA_TYPES)


def _file(name: str) -> Response:
    # Only files that exist in static/ are served: the name never becomes a path elsewhere.
    if name not in asset_names():
        raise NotFound(f"no console asset {name!r}")
    path = STATIC / name
    return Response(path.read_bytes(), media_type=MEDIA_TYPES[path.suffix], headers=SECURITY_HEADERS)


@router.api_route("/console", methods=["GET", "HEAD"], include_in_schema=False)
def console_page() -> Response:
    return _file("index.html")


@router.get("/console/", include_in_schema=False)
def console_slash() -> RedirectResponse:
    return RedirectResponse("/console", status_code=308)


@router.api_route("/console/static/{name}", methods=["GET", "HEAD"], include_in_schema=False)
def console_asset(name: str) -> Response:
    return _file(name)
