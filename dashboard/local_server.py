"""The running dashboard runs command-line commands for the command line on the same machine.

DuckDB lets one process open the database file, and while the dashboard runs that
process is the dashboard's. So that ``python -m dashboard import …`` (and ``batches``,
``undo``, ``users``, ``plans``, ``meetings``, ``report``, ``tokens``, ``init``,
``demo``) still work then, the server

* writes, once it holds the database, the **server file** ``<database>.server.json``
  beside it (:func:`announced`): the address it answers on, its process id and a
  random **local admin credential**, mode 0600 (only the account that runs the
  dashboard, and root, can read it), written atomically; and removes it on a clean
  exit;
* answers ``POST /planpuls/cli`` (:func:`routes`): with that credential as a bearer
  token, from this machine (loopback, or the server's own address; never through a
  proxy), it runs the command in its own process against its own database and
  answers its exit code, standard output and error, and the files it wrote.

The command line (dashboard/cli/remote.py) finds the server file from the database
path, and sends the command there when the server answers; otherwise it opens the
file itself as before. A stale server file (the process gone, or nothing answering)
is passed over.

The request body is one line of JSON (:class:`Request` fields) followed by the
bytes of the input files, one after the other; the answer is one line of JSON (exit
code, stdout, stderr, the output files' sizes) followed by the output files' bytes.
So files of any size stream through without being held in memory or encoded.

Output is captured per command: ``sys.stdout``, ``sys.stderr`` and ``sys.stdin`` are
replaced, once, by :class:`_PerContext` streams that write to the command's own
buffers in the thread that runs it and to the real streams everywhere else (the
server runs many threads at once; ``contextlib.redirect_stdout`` would catch all of
them).

This module does not import Streamlit: app.py hands it the shared database and
Streamlit's options. The server file itself is dashboard/server_file.py.
"""

from __future__ import annotations

import contextlib
import hmac
import io
import ipaddress
import json
import logging
import os
import secrets
import shutil
import sys
import tempfile
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request as HttpRequest
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import BaseRoute, Route

from dashboard import settings
from dashboard.db import Database, DatabaseError
from dashboard.server_file import (
    CLI_PATH,
    FORWARDED,
    MAX_HEAD,
    SUFFIX,
    Announcement,
    read_server_file,
    server_file,
    url_from,
    write_server_file,
)

log = logging.getLogger("planpuls.local")

# (the server file's names, for the server and its tests)
__all__ = [
    "CLI_PATH",
    "FORWARDED",
    "MAX_HEAD",
    "SUFFIX",
    "Announcement",
    "announced",
    "captured",
    "execute",
    "read_server_file",
    "routes",
    "server_file",
    "url_from",
    "write_server_file",
]

_CHUNK = 1024 * 1024


@contextlib.asynccontextmanager
async def announced(
    database: Callable[[], Database], option: Callable[[str], Any]
) -> AsyncIterator[Announcement | None]:
    """While the server runs: it holds the database, and its server file says so.

    Opens the database first (so that the file, once there, means the server holds
    it), then writes the file; removes it on the way out, if it is still this one.
    """
    try:
        db = await run_in_threadpool(database)
    except DatabaseError as exc:  # busy, or too new: the pages say so; nothing to announce
        log.warning("the command line cannot reach this server: %s", exc)
        yield None
        return
    path = server_file(db.path)
    announcement = Announcement(
        url_from(option), os.getpid(), secrets.token_urlsafe(32), str(Path(db.path).resolve())
    )
    if db.path != ":memory:" and db.dialect == "duckdb":  # PostgreSQL: the CLI opens it
        try:
            write_server_file(path, announcement)
        except OSError as exc:  # a folder it may not write: the dashboard runs all the same
            log.warning("no server file %s (%s): commands cannot reach this server", path, exc)
        else:
            log.info("the command line reaches this server through %s", path)
    _ACTIVE[announcement.token] = announcement
    try:
        yield announcement
    finally:
        _ACTIVE.pop(announcement.token, None)
        with contextlib.suppress(OSError, ValueError):
            if json.loads(path.read_text(encoding="utf-8")).get("token") == announcement.token:
                path.unlink()


#: The credentials of the server files this process has written (one per server).
_ACTIVE: dict[str, Announcement] = {}


# Output per command -----------------------------------------------------------------

#: The current command's streams (stdout, stderr, stdin) in this thread, if any.
_STREAMS: ContextVar[dict[str, Any] | None] = ContextVar("planpuls_streams", default=None)
_INSTALL = threading.Lock()


class _PerContext:
    """Stands in for sys.stdout/stderr/stdin: the running command's own stream in the
    thread that runs it, the stream it replaced everywhere else."""

    def __init__(self, name: str, fallback: Any) -> None:
        self._name, self._fallback = name, fallback

    def _target(self) -> Any:
        streams = _STREAMS.get()
        return self._fallback if streams is None else streams[self._name]

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self._target(), attribute)

    def __iter__(self) -> Iterator[str]:
        return iter(self._target())


def _install() -> None:
    """Put the per-command streams in place (once; again if something replaced them)."""
    with _INSTALL:
        for name in ("stdout", "stderr", "stdin"):
            current = getattr(sys, name)
            if not isinstance(current, _PerContext):
                setattr(sys, name, _PerContext(name, current))


@contextlib.contextmanager
def captured(stdin: str) -> Iterator[tuple[io.StringIO, io.StringIO]]:
    """This thread's standard output and error go to the buffers yielded; standard
    input reads ``stdin`` (never a terminal)."""
    _install()
    out, err = io.StringIO(), io.StringIO()
    token = _STREAMS.set({"stdout": out, "stderr": err, "stdin": io.StringIO(stdin)})
    try:
        yield out, err
    finally:
        _STREAMS.reset(token)


# Running one command ----------------------------------------------------------------


@dataclass
class Outcome:
    """What a command did: its exit code, what it printed, the files it wrote."""

    code: int
    stdout: str
    stderr: str
    files: list[Path]


def execute(
    db: Database,
    head: dict[str, Any],
    inputs: list[Path],
    outputs: list[Path],
) -> Outcome:
    """Run the command ``head`` describes against ``db``, as the command line would.

    ``inputs`` are the temporary copies of the input files (in the order the head
    lists them), ``outputs`` where each output file is to be written. The paths the
    person gave are put back into what the command prints, in place of these.
    """
    from dashboard.cli import errors, parser
    from dashboard.cli.common import SERVED, Served

    code = errors.EXIT_UNEXPECTED
    with (
        captured(str(head.get("stdin") or "")) as (out, err),
        settings.overridden(dict(head.get("settings") or {})),
    ):
        served = SERVED.set(Served(db, str(head.get("actor") or "cli")))
        try:
            code = _run(parser, errors, list(head["argv"]), head, inputs, outputs)
        finally:
            SERVED.reset(served)
    swaps = _swaps(db, head, inputs, outputs)
    return Outcome(code, _put_back(out.getvalue(), swaps), _put_back(err.getvalue(), swaps), [])


def _run(parser, errors, argv, head, inputs, outputs) -> int:
    command_line = parser.build_parser()
    try:
        args = command_line.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    command = parser.COMMANDS.get(args.command or "")
    if command is None or command.remote is None:
        t = errors.translator(args)
        errors.say_error(t, t("local.not_here", command=args.command or ""))
        return errors.EXIT_USAGE
    files = [
        (given["dest"], path, declared)
        for kind, paths, declared in (
            ("inputs", inputs, command.remote.inputs),
            ("outputs", outputs, command.remote.outputs),
        )
        for given, path in zip(head.get(kind, []), paths, strict=True)
    ]
    for dest, path, declared in files:
        if dest not in declared:  # only the files the family's table names
            errors.say_error(
                errors.translator(args), f"{dest!r} is not a file argument of {args.command}"
            )
            return errors.EXIT_USAGE
        setattr(args, dest, path)
    return errors.run(command.run, args, log=errors.ERROR_LOG)


def _swaps(db: Database, head: dict, inputs: list[Path], outputs: list[Path]) -> list[tuple]:
    """(server's text, the person's text) pairs, longest first."""
    pairs = []
    given_paths = head.get("inputs", []) + head.get("outputs", [])
    for given, path in zip(given_paths, inputs + outputs, strict=True):
        pairs.append((str(path), given["given"]))
        pairs.append((str(path.parent), str(Path(given["given"]).parent)))
    if head.get("db"):
        pairs.append((str(db.path), str(head["db"])))
    return sorted({p for p in pairs if p[0] != p[1]}, key=lambda p: -len(p[0]))


def _put_back(text: str, swaps: list[tuple[str, str]]) -> str:
    for server_text, given in swaps:
        text = text.replace(server_text, given)
    return text


# The route ------------------------------------------------------------------------


def routes(database: Callable[[], Database], base: str = "") -> list[BaseRoute]:
    """``POST /planpuls/cli``: run a command for the command line (see the module)."""

    async def run_command(request: HttpRequest) -> Response:
        refused = _refuse(request)
        if refused is not None:
            return refused
        folder = Path(tempfile.mkdtemp(prefix="planpuls-cli-"))
        try:
            head, inputs, outputs = await _receive(request, folder)
        except _BadRequest as exc:
            shutil.rmtree(folder, ignore_errors=True)
            return _error(400, "bad_request", str(exc))
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        try:
            outcome = await run_in_threadpool(lambda: execute(database(), head, inputs, outputs))
        except DatabaseError as exc:  # the server does not hold it after all
            shutil.rmtree(folder, ignore_errors=True)
            return _error(503, "no_database", str(exc))
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        outcome.files = [p for p in outputs if p.is_file()]
        log.info(
            "ran for the command line (%s): %s, exit %s",
            head.get("actor"),
            " ".join(map(str, head["argv"][:2])),
            outcome.code,
        )
        return StreamingResponse(
            _answer(outcome, outputs),
            media_type="application/octet-stream",
            background=BackgroundTask(shutil.rmtree, folder, ignore_errors=True),
        )

    return [Route(base + CLI_PATH, run_command, methods=["POST"])]


class _BadRequest(Exception):
    pass


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "code": code, "message": message}}, status)


def _refuse(request: HttpRequest) -> Response | None:
    """401 without this server's credential, 403 from another machine or through a proxy."""
    if any(h in request.headers for h in ("forwarded", "x-forwarded-for", "x-real-ip")):
        return _error(403, "not_local", "Only the command line on this machine may ask.")
    client = request.client.host if request.client else ""
    own = (request.scope.get("server") or ("",))[0]
    if not (_loopback(client) or (client and client == own)):
        log.warning("refused a command-line request from %s", client)
        return _error(403, "not_local", "Only the command line on this machine may ask.")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    valid = scheme.lower() == "bearer" and any(
        hmac.compare_digest(given.encode(), token.encode()) for token in list(_ACTIVE)
    )
    if not valid:
        log.warning("refused a command-line request without the server's credential")
        return _error(401, "credential", "The server file's credential is needed.")
    return None


def _loopback(host: str) -> bool:
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)
    return address.is_loopback or bool(mapped and mapped.is_loopback)


async def _receive(request: HttpRequest, folder: Path) -> tuple[dict, list[Path], list[Path]]:
    """Read the head line, then stream each input file into ``folder``."""
    stream = request.stream()
    buffer = b""
    async for chunk in stream:
        buffer += chunk
        if b"\n" in buffer:
            break
        if len(buffer) > MAX_HEAD:
            raise _BadRequest("the first line is too long")
    line, newline, rest = buffer.partition(b"\n")
    if not newline:
        raise _BadRequest("no first line")
    try:
        head = json.loads(line)
        argv = head["argv"]
        if not isinstance(argv, list) or not all(isinstance(a, str) for a in argv):
            raise TypeError
        wanted_in = [(str(i["dest"]), _name(i["given"]), int(i["size"])) for i in head["inputs"]]
        wanted_out = [(o["dest"], _name(o["given"]), bool(o["folder"])) for o in head["outputs"]]
    except (ValueError, KeyError, TypeError) as exc:
        raise _BadRequest(f"the first line is not a command: {exc!r}") from None
    inputs = []
    for n, (_dest, name, size) in enumerate(wanted_in):
        target = folder / f"in{n}" / name
        target.parent.mkdir()
        with target.open("wb") as file:
            left = size
            while left:
                if not rest:
                    try:
                        rest = await stream.__anext__()
                    except StopAsyncIteration:
                        raise _BadRequest("an input file ends early") from None
                piece, rest = rest[:left], rest[left:]
                file.write(piece)
                left -= len(piece)
        inputs.append(target)
    outputs = []
    for n, (_dest, name, has_folder) in enumerate(wanted_out):
        target = folder / f"out{n}" / name
        if has_folder:  # else its folder stays missing, as the person's is
            target.parent.mkdir()
        outputs.append(target)
    return head, inputs, outputs


def _name(given: object) -> str:
    """The file name of a path the person gave (a name of one's own when it has none)."""
    name = Path(str(given)).name
    return name if name not in ("", ".", "..") else "file"


async def _answer(outcome: Outcome, outputs: list[Path]) -> AsyncIterator[bytes]:
    files = [(outputs.index(p), p.stat().st_size) for p in outcome.files]
    head = {
        "code": outcome.code,
        "stdout": outcome.stdout,
        "stderr": outcome.stderr,
        "files": [{"output": n, "size": size} for n, size in files],
    }
    yield json.dumps(head, ensure_ascii=False).encode() + b"\n"
    for path in outcome.files:
        with path.open("rb") as file:
            while chunk := await run_in_threadpool(file.read, _CHUNK):
                yield chunk
