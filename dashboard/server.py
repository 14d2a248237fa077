"""Planpuls' own web routes, served beside Streamlit's by the ASGI app in app.py.

``streamlit run app.py`` finds ``app = st.App(...)`` in app.py and serves it with
the routes made here, the HTTP API of dashboard/api.py (``/api/v1``) among
them. Add new routes to :func:`routes`; Streamlit keeps ``/_stcore/``, ``/media/``, ``/component/``,
``/static/``, ``/auth/`` and ``/oauth2callback`` for itself.

A Streamlit page cannot set an HttpOnly cookie (it talks to the browser over a
websocket), so the session cookie is set here:

* ``POST /planpuls/session`` trades the one-time ticket the sign-in page hands the
  browser (:func:`dashboard.auth.handoff`) for the session's cookie:
  ``planpuls_session=…; HttpOnly; SameSite=Strict; Path=/`` (``Secure`` over https),
  then sends the browser on to the dashboard.
* ``POST /planpuls/sign-out`` ends the session its cookie names and deletes the cookie.

``POST /planpuls/cli`` runs a command for the command line on this machine while the
server holds the database (dashboard/local_server.py); :func:`lifespan` is what the
server does on start and on a clean exit (there: writes and removes the server file).

This module does not import Streamlit: app.py hands it the shared database.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from dashboard import api, auth, backup, local_server, reminders, server_file, status_page
from dashboard.db import Database

log = logging.getLogger("planpuls.server")

HANDOFF_PATH = "/planpuls/session"
SIGN_OUT_PATH = "/planpuls/sign-out"
#: Largest form body the routes read (a ticket and a path).
_MAX_BODY = 4096


def routes(database: Callable[[], Database], base_url: str = "") -> list[BaseRoute]:
    """Planpuls' routes; ``database`` returns the process's shared database."""
    base = "/" + base_url.strip("/") if base_url.strip("/") else ""

    async def collect_cookie(request: Request) -> Response:
        refused = _foreign(request)
        if refused is not None:
            return refused
        form = await _form(request)
        token = await run_in_threadpool(lambda: auth.collect(database(), form.get("ticket")))
        response = RedirectResponse(_next(form.get("next"), base), status_code=303)
        if token is None:
            log.warning("a sign-in ticket was refused (used, expired or unknown)")
            return response
        response.set_cookie(
            auth.COOKIE,
            token,
            max_age=int(auth.session_hours() * 3600),
            path=base or "/",
            secure=_https(request),
            httponly=True,
            samesite="strict",
        )
        return response

    async def sign_out(request: Request) -> Response:
        refused = _foreign(request)
        if refused is not None:
            return refused
        form = await _form(request)
        cookie = request.cookies.get(auth.COOKIE)
        await run_in_threadpool(lambda: auth.end_session(database(), cookie))
        response = RedirectResponse(_next(form.get("next"), base), status_code=303)
        response.delete_cookie(
            auth.COOKIE,
            path=base or "/",
            secure=_https(request),
            httponly=True,
            samesite="strict",
        )
        return response

    return [
        Route(base + HANDOFF_PATH, collect_cookie, methods=["POST"]),
        Route(base + SIGN_OUT_PATH, sign_out, methods=["POST"]),
        *local_server.routes(database, base),
        *api.routes(database, base),
        *status_page.routes(database, base),  # the public status pages
    ]


def lifespan(database: Callable[[], Database], option: Callable[[str], Any]):
    """What the server does on start and on a clean exit, for ``st.App(lifespan=…)``;
    ``option`` reads Streamlit's options (the address and port it answers on).

    Each part enters the stack on start and leaves it, in reverse, on exit.
    """

    @contextlib.asynccontextmanager
    async def running(_app: object) -> AsyncIterator[None]:
        async with contextlib.AsyncExitStack() as parts:
            # the command line's server file (dashboard/local_server.py)
            await parts.enter_async_context(local_server.announced(database, option))
            backup.start_schedule(database)  # PLANPULS_BACKUP_DIR: copies in a daemon thread
            # PLANPULS_REMIND_DAYS_BEFORE (+ SMTP): reminders before each plan's next meeting;
            # the owners' personal links start with PLANPULS_PUBLIC_URL (unset: this
            # server's own address, warned in the log)
            reminders.start_schedule(database, server_file.url_from(option))
            yield

    return running


def _https(request: Request) -> bool:
    forwarded = request.headers.get("x-forwarded-proto", "").split(",")[0].strip()
    return request.url.scheme == "https" or forwarded == "https"


def _foreign(request: Request) -> Response | None:
    """Refuse a POST another site's page sent (its Origin is not this server)."""
    origin = request.headers.get("origin")
    if origin is None or urlsplit(origin).netloc == request.headers.get("host"):
        return None
    log.warning("refused a cross-site %s from %s", request.url.path, origin)
    return PlainTextResponse("Cross-site request refused.", status_code=403)


async def _form(request: Request) -> dict[str, str]:
    """The first value of each field of a small url-encoded form."""
    body = await request.body()
    if len(body) > _MAX_BODY:
        return {}
    fields = parse_qs(body.decode("utf-8", errors="replace"), max_num_fields=10)
    return {name: values[0] for name, values in fields.items()}


def _next(target: str | None, base: str) -> str:
    """Where to send the browser afterwards: a path on this server, never another site."""
    home = (base or "") + "/"
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return home
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return home
    return target
