"""An unknown address opens the dashboard's start page instead of Streamlit's dialog.

Streamlit 1.67 answers an address that names no page (``/kanal``, a link from an old
mail) with the app's HTML; its frontend then shows "Page not found … Running the
app's main page" in English, with no locale and no option to change or turn off the
dialog. This ASGI middleware (``st.App(middleware=…)``) sends a browser that asks for
such a page to the start page (``302``, the query string kept), so the dialog never
appears. Only a browser's page request (GET or HEAD that accepts HTML) of a single
path segment is redirected; every page of ``pages/`` (``url_path`` equals the file
name), Streamlit's own paths, Planpuls' own routes and any file name (with a dot)
pass through untouched. The start page's own file name (``/oversikt``, which a reader
types or bookmarks) is no page in Streamlit's eyes (the start page lives at ``/``), so
it goes to ``/`` as well, with its query string.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from starlette.responses import RedirectResponse
from starlette.routing import BaseRoute

from dashboard.settings import ROOT

#: First path segments Streamlit serves itself (assets, API, media, sign-on).
STREAMLIT_PATHS = frozenset(
    {"_stcore", "static", "media", "component", "app", "auth", "oauth2callback", "-"}
)
_SEGMENT = re.compile(r"^[A-Za-z0-9_\-]+$")
#: The start page's file (the first page of ``ui.frame.PAGES``); Streamlit serves it at ``/``.
START_PAGE = "oversikt"


def page_names() -> frozenset[str]:
    """The pages' URL paths: the file names in pages/ but the start page's, and ``""``."""
    return frozenset({"", *(p.stem for p in (ROOT / "pages").glob("*.py"))} - {START_PAGE})


def first_segments(routes: Iterable[BaseRoute], base: str = "") -> frozenset[str]:
    """The first path segment of each of Planpuls' own routes (they are never pages)."""
    base = "/" + base.strip("/") if base.strip("/") else ""
    out = set()
    for route in routes:
        path = getattr(route, "path", "")
        if base and path.startswith(base):
            path = path[len(base) :]
        out.add(path.strip("/").split("/", 1)[0])
    return frozenset(out)


def redirect_target(
    method: str,
    path: str,
    query: str,
    accept: str,
    known: frozenset[str],
    base: str = "",
) -> str | None:
    """Where a request for an unknown page goes (the start page), or None to pass it on."""
    if method not in ("GET", "HEAD") or "text/html" not in accept:
        return None
    if base:
        if not path.startswith(base):
            return None
        path = path[len(base) :]
    segment = path.strip("/")
    if not segment or "/" in segment or not _SEGMENT.match(segment) or segment in known:
        return None
    return (base or "") + "/" + (f"?{query}" if query else "")


class UnknownPageRedirect:
    """ASGI middleware: a browser asking for a page that does not exist gets the start page."""

    def __init__(self, app, reserved: Iterable[str] = (), base_url: str = "") -> None:
        self.app = app
        self.base = "/" + base_url.strip("/") if base_url.strip("/") else ""
        self.known = page_names() | STREAMLIT_PATHS | frozenset(reserved)

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http":
            headers = dict(scope.get("headers") or [])
            target = redirect_target(
                scope["method"],
                scope["path"],
                scope.get("query_string", b"").decode("latin-1"),
                headers.get(b"accept", b"").decode("latin-1"),
                self.known,
                self.base,
            )
            if target is not None:
                await RedirectResponse(target, status_code=302)(scope, receive, send)
                return
        await self.app(scope, receive, send)
