"""The server file: how the command line finds the dashboard that holds a database.

``<database>.server.json`` beside the database file says where the running dashboard
answers, its process id and a random local admin credential (dashboard/local_server.py
writes it on start and removes it on exit; dashboard/cli/remote.py reads it). Kept
apart from the server's route so that every command starts without loading the web
framework.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dashboard import settings

log = logging.getLogger("planpuls.local")

CLI_PATH = "/planpuls/cli"
SUFFIX = ".server.json"
#: The longest first line (the request's JSON) the route reads.
MAX_HEAD = 1024 * 1024
#: Settings the command line sends with a command, so it runs as it would have
#: run there (the language, today, the cadence, the limits of a file).
FORWARDED = (
    "PLANPULS_LANG",
    "PLANPULS_TODAY",
    "PLANPULS_CADENCE_DAYS",
    *(s.name for s in settings.SETTINGS if s.name.startswith("PLANPULS_MAX_")),
)


def server_file(db_path: str | Path) -> Path:
    """Where the server that holds ``db_path`` says how to reach it."""
    return Path(f"{db_path}{SUFFIX}")


@dataclass(frozen=True)
class Announcement:
    """What the server file says: where the server answers, who it is, the credential."""

    url: str
    pid: int
    token: str
    database: str

    def to_json(self) -> str:
        return json.dumps(self.__dict__, indent=2) + "\n"


def url_from(option: Callable[[str], Any]) -> str:
    """The address this machine reaches the server on, from Streamlit's options."""
    address = (option("server.address") or "").strip()
    if address in ("", "0.0.0.0", "::"):  # every interface: loopback is one of them
        address = "127.0.0.1"
    host = f"[{address}]" if ":" in address else address
    scheme = "https" if option("server.sslCertFile") else "http"
    base = (option("server.baseUrlPath") or "").strip("/")
    return f"{scheme}://{host}:{int(option('server.port'))}" + (f"/{base}" if base else "")


def write_server_file(path: Path, announcement: Announcement) -> None:
    """Write the server file atomically, readable by its owner only (0600)."""
    temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(announcement.to_json())
            file.flush()
            os.fsync(file.fileno())
        temp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def read_server_file(db_path: str | Path) -> Announcement | None:
    """The server file of ``db_path`` when it can be trusted and its process lives.

    None when there is none, it cannot be read or parsed, it names another database,
    its process is gone, or (POSIX) it belongs to another account or others may write
    it (someone else's file must not learn this account's commands and passwords).
    """
    path = server_file(db_path)
    try:
        status = path.stat()
        data = json.loads(path.read_text(encoding="utf-8"))
        found = Announcement(
            str(data["url"]), int(data["pid"]), str(data["token"]), str(data["database"])
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if hasattr(os, "getuid") and (status.st_uid != os.getuid() or status.st_mode & 0o022):
        log.info("%s is not this account's own file: not used", path)
        return None
    if Path(found.database).resolve() != Path(db_path).resolve():
        return None
    return found if _alive(found.pid) else None


def _alive(pid: int) -> bool:
    """Whether the process lives (on Windows, where signal 0 would end it: assumed)."""
    if pid <= 0:
        return False
    if os.name == "nt":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another account's process: alive
        return True
    except OSError:
        return False
    return True
