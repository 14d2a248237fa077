"""Run a command through the running dashboard when it holds the database file.

:func:`forward` is asked first for every command (dashboard/cli/__init__.py). When the
command can run there (its :class:`~dashboard.cli.common.Remote` in the family's
table) and a live server file sits beside the database (dashboard/server_file.py),
the command goes to ``POST /planpuls/cli`` with the file's credential: its arguments
as typed, the bytes of its input files, a password asked for here, the settings that
shape its output, and the name of the person running it. What comes back is written
as the command would have: the output files where the person asked, then its
standard output and error, and its exit code. Without a server (none, gone, not
answering, refusing) it answers None and the command opens the file itself.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import os
import ssl
import sys
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from dashboard import server_file, settings
from dashboard.cli.common import actor
from dashboard.cli.errors import EXIT_USAGE, CliError, usage

#: Seconds to wait for the server to take the connection (a command may then run long).
CONNECT_TIMEOUT = 15
_CHUNK = 1024 * 1024


def forward(args: argparse.Namespace, argv: list[str]) -> int | None:
    """Run the command in the dashboard that holds its database; None: run it here."""
    from dashboard.cli.parser import COMMANDS

    command = COMMANDS.get(args.command)
    if command is None or command.remote is None or not hasattr(args, "db"):
        return None
    if settings.is_postgres_url(args.db or settings.get("PLANPULS_DB")):
        return None  # PostgreSQL takes many processes: the command opens it itself
    db_text = str(args.db or settings.db_path())
    found = server_file.read_server_file(db_text)
    if found is None:
        return None
    spec = command.remote
    if spec.local is not None:
        spec.local(args)
    with contextlib.ExitStack() as stack:
        inputs: list[tuple[dict, BinaryIO]] = []
        for dest in spec.inputs:
            path = getattr(args, dest, None)
            if path is None:
                continue
            try:
                handle = stack.enter_context(Path(path).open("rb"))
                size = os.fstat(handle.fileno()).st_size
            except OSError as exc:
                raise usage("cli.cannot_read", path=path, reason=exc.strerror) from None
            inputs.append(({"dest": dest, "given": str(path), "size": size}, handle))
        outputs = []
        for dest in spec.outputs:
            path = getattr(args, dest, None)
            if path is not None:
                folder = Path(path).parent.is_dir()
                outputs.append({"dest": dest, "given": str(path), "folder": folder})
        head = {
            "argv": argv,
            "inputs": [given for given, _ in inputs],
            "outputs": outputs,
            "stdin": spec.stdin(args) if spec.stdin else "",
            "actor": actor(),
            "db": db_text,
            "settings": {name: os.environ.get(name, "") for name in server_file.FORWARDED},
        }
        answer = _send(found, head, [handle for _, handle in inputs])
        if answer is None:
            return None
        response, connection = answer
        stack.callback(connection.close)
        return _receive(found, response, outputs)


def busy_elsewhere(args: argparse.Namespace) -> CliError | None:
    """Why the database is busy when the dashboard holding it runs as another account:
    its server file is that account's alone, so only that account can send it commands."""
    file = server_file.server_file(getattr(args, "db", None) or settings.db_path())
    try:
        owner_id = file.stat().st_uid
    except OSError:
        return None
    if not hasattr(os, "getuid") or owner_id == os.getuid():
        return None
    try:
        import pwd

        owner = pwd.getpwuid(owner_id).pw_name
    except (ImportError, KeyError):
        owner = str(owner_id)
    return CliError(EXIT_USAGE, key="local.other_account", owner=owner, path=file)


def _connection(url: str) -> http.client.HTTPConnection | None:
    """A connection to the announced address; None for one that names no host."""
    parts = urlsplit(url)
    if parts.hostname is None:
        return None
    if parts.scheme == "https":  # the server's own certificate, on this machine
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        return http.client.HTTPSConnection(
            parts.hostname, parts.port, timeout=CONNECT_TIMEOUT, context=context
        )
    return http.client.HTTPConnection(parts.hostname, parts.port, timeout=CONNECT_TIMEOUT)


def _send(
    found: server_file.Announcement, head: dict, files: list[BinaryIO]
) -> tuple[http.client.HTTPResponse, http.client.HTTPConnection] | None:
    """Send the command; the server's answer, or None when no server took it."""
    first = json.dumps(head, ensure_ascii=False).encode() + b"\n"
    length = len(first) + sum(given["size"] for given in head["inputs"])
    connection = _connection(found.url)
    if connection is None:  # a garbled server file: no server there either
        return None
    try:
        connection.connect()
        connection.sock.settimeout(None)  # the command itself may take long
        connection.putrequest("POST", urlsplit(found.url).path.rstrip("/") + server_file.CLI_PATH)
        connection.putheader("Authorization", f"Bearer {found.token}")
        connection.putheader("Content-Type", "application/octet-stream")
        connection.putheader("Content-Length", str(length))
        connection.endheaders()
        connection.send(first)
        for given, file in zip(head["inputs"], files, strict=True):
            left = given["size"]
            while left > 0:
                chunk = file.read(min(_CHUNK, left))
                if not chunk:  # the file shrank meanwhile: the server waits for the rest
                    chunk = b"\0" * left
                connection.send(chunk)
                left -= len(chunk)
        response = connection.getresponse()
    except OSError:  # nothing answers there: a stale server file
        connection.close()
        return None
    if response.status != 200:  # not this server's credential, or not a Planpuls
        connection.close()
        return None
    return response, connection


def _receive(
    found: server_file.Announcement, response: http.client.HTTPResponse, outputs: list[dict]
) -> int:
    """Write the output files, then say what the command said; its exit code."""
    try:
        head = json.loads(response.readline(server_file.MAX_HEAD + 1))
        code, out, err = int(head["code"]), str(head["stdout"]), str(head["stderr"])
        for file in head["files"]:
            target = Path(outputs[int(file["output"])]["given"])
            _write(response, target, int(file["size"]))
    except (OSError, http.client.HTTPException, ValueError, KeyError) as exc:
        if isinstance(exc, _WriteError):
            raise usage("cli.cannot_write", path=exc.path, reason=exc.reason) from None
        raise CliError(EXIT_USAGE, key="local.lost", url=found.url) from None
    sys.stdout.write(out)
    sys.stdout.flush()
    sys.stderr.write(err)
    sys.stderr.flush()
    return code


class _WriteError(OSError):
    def __init__(self, path: Path, reason: str | None) -> None:
        super().__init__(reason)
        self.path, self.reason = path, reason


def _write(response: http.client.HTTPResponse, target: Path, size: int) -> None:
    """Stream ``size`` bytes of the answer into ``target`` (whole, or not at all)."""
    partial = target.with_name(f".{target.name}.part")
    try:
        file = partial.open("wb")
    except OSError as exc:
        raise _WriteError(target, exc.strerror) from None
    try:
        with file:
            left = size
            while left > 0:
                chunk = response.read(min(_CHUNK, left))
                if not chunk:
                    raise http.client.IncompleteRead(b"", left)
                try:
                    file.write(chunk)
                except OSError as exc:
                    raise _WriteError(target, exc.strerror) from None
                left -= len(chunk)
        try:
            partial.replace(target)
        except OSError as exc:
            raise _WriteError(target, exc.strerror) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
