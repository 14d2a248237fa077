"""Every setting of Planpuls in one place, with its default (listed in the README)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
DEMO_DIR = ROOT / "data" / "demo"


@dataclass(frozen=True)
class Setting:
    """One environment variable the app reads, with its default and meaning."""

    name: str
    default: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "PLANPULS_DB",
        "data/planpuls.duckdb",
        "Path of the DuckDB database file, or a PostgreSQL URL (postgresql://user@host/db, "
        "see docs/scale-out.md) for several dashboard processes on one database.",
    ),
    Setting("PLANPULS_LANG", "nb", "Default interface language: nb (bokmål), nn (nynorsk) or en."),
    Setting(
        "PLANPULS_DEMO",
        "1",
        "Load the demo plans when the app starts on a new, empty database (1) or not (0).",
    ),
    Setting(
        "PLANPULS_TODAY",
        "",
        "Fixed 'today' as YYYY-MM-DD for reproducible views; empty means the real date.",
    ),
    Setting("PLANPULS_PORT", "8501", "Port the run command serves the dashboard on."),
    Setting(
        "PLANPULS_CADENCE_DAYS",
        "60",
        "Days a measure may go without a status update before it shows as not updated "
        "(a plan's own cadence overrides it).",
    ),
    Setting(
        "PLANPULS_ACCESS",
        "open",
        "open: reading needs no sign-in; closed: every page needs sign-in.",
    ),
    Setting(
        "PLANPULS_SESSION_HOURS",
        "12",
        "How long a sign-in lasts, in hours (a server-side session; single sign-on too).",
    ),
    Setting(
        "PLANPULS_SECRET",
        "",
        "Key that signs the session cookie; empty: generated once into <database>.secret "
        "(mode 0600) beside the database file.",
    ),
    Setting(
        "PLANPULS_SSO_ROLES",
        "",
        "Roles for single sign-on by e-mail or domain, e.g. "
        "admin=it@org.no;secretariat=@org.no (others: viewer).",
    ),
    # Limits on one upload (the page and the command line alike); see README "Limits".
    Setting("PLANPULS_MAX_UPLOAD_MB", "50", "Largest file an upload may be, in megabytes."),
    Setting("PLANPULS_MAX_ROWS", "2000000", "Most rows (lines) a file may have."),
    Setting("PLANPULS_MAX_COLUMNS", "1000", "Most columns a row of a file may have."),
    Setting(
        "PLANPULS_MAX_CELL_CHARS",
        "1000000",
        "Most characters in one cell of a file (each column has its own, smaller rule).",
    ),
    Setting(
        "PLANPULS_MAX_XLSX_UNPACKED_MB",
        "50",
        "Most megabytes an .xlsx file may unpack to, checked before its sheets are read.",
    ),
    Setting(
        "PLANPULS_MAX_XLSX_RATIO",
        "100",
        "Most times an .xlsx file may grow when unpacked (a larger ratio is a zip bomb).",
    ),
    # Scheduled backups by the server (README "Sikkerhetskopi / Backup"); see dashboard/backup.py.
    Setting("PLANPULS_BACKUP_DIR", "", "Folder for the server's scheduled backups; empty: off."),
    Setting("PLANPULS_BACKUP_KEEP", "14", "How many scheduled backups are kept (oldest removed)."),
    Setting("PLANPULS_BACKUP_HOURS", "24", "Hours between scheduled backups (decimals allowed)."),
    # Owners' personal links to "Rapporter status" (docs/owner-links.md); dashboard/owner_links.py.
    Setting("PLANPULS_LINK_DAYS", "30", "Days an owner's personal link lasts before it expires."),
    Setting(
        "PLANPULS_PUBLIC_URL",
        "",
        "The dashboard's address as owners reach it (https://planpuls.org.no[/path]): the "
        "start of every personal link made outside a browser (scheduled reminders, remind, "
        "links create); empty: the server's own address (warned in the log) or "
        "http://localhost:PLANPULS_PORT.",
    ),
    # Reminders to owners by e-mail (README "Påminnelser / Reminders"); see dashboard/reminders.py.
    Setting(
        "PLANPULS_SMTP_URL",
        "",
        "Mail server for reminders: smtp://user:password@host:port (STARTTLS when offered) "
        "or smtps://… (TLS); empty: no mail is sent (the mail links stay).",
    ),
    Setting("PLANPULS_SMTP_FROM", "", "Sender address of the reminders, e.g. planpuls@org.no."),
    Setting(
        "PLANPULS_REMIND_DAYS_BEFORE",
        "",
        "Days before each plan's next meeting (last meeting + cadence) the server mails the "
        "owners who have not reported; empty: no scheduled reminders.",
    ),
)


#: Settings given for one piece of work in this thread instead of the environment's (a
#: command the running dashboard runs for the command line: dashboard/local_server.py).
_OVERRIDES: ContextVar[Mapping[str, str] | None] = ContextVar("planpuls_settings", default=None)


def get(name: str) -> str:
    """Return a setting's value from the environment, or its default."""
    for setting in SETTINGS:
        if setting.name == name:
            given = _OVERRIDES.get()
            value = given[name] if given is not None and name in given else os.environ.get(name, "")
            return value.strip() or setting.default
    raise KeyError(name)


@contextmanager
def overridden(values: Mapping[str, str]) -> Iterator[None]:
    """Read these settings' values (empty: the default) instead of the environment's, in
    this thread only, for the duration of the block."""
    known = {s.name for s in SETTINGS}
    token = _OVERRIDES.set({k: str(v) for k, v in values.items() if k in known})
    try:
        yield
    finally:
        _OVERRIDES.reset(token)


#: How PLANPULS_DB names a PostgreSQL database instead of a DuckDB file.
POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def is_postgres_url(target: str | Path) -> bool:
    """Whether a database setting (or --db) names a PostgreSQL database, not a file."""
    return isinstance(target, str) and target.lower().startswith(POSTGRES_SCHEMES)


def db_target() -> str:
    """The database: a PostgreSQL URL as given, or the DuckDB file's absolute path."""
    value = get("PLANPULS_DB")
    return value if is_postgres_url(value) else str(db_path())


def db_path() -> Path:
    """The DuckDB database file: PLANPULS_DB, relative paths taken from the project root.

    A PostgreSQL URL is not a file: ValueError (use :func:`db_target`)."""
    value = get("PLANPULS_DB")
    if is_postgres_url(value):
        raise ValueError("PLANPULS_DB names a PostgreSQL database, not a file")
    path = Path(value).expanduser()
    return path if path.is_absolute() else ROOT / path


def default_language() -> str:
    """The interface language used when the user has not chosen one."""
    lang = get("PLANPULS_LANG").lower()
    return lang if lang in ("nb", "nn", "en") else "nb"


def load_demo_on_empty() -> bool:
    """Whether the app fills an empty database with the demo plans."""
    return get("PLANPULS_DEMO").lower() not in ("0", "false", "no", "nei")


def access_closed() -> bool:
    """True when every page needs sign-in (PLANPULS_ACCESS=closed)."""
    return get("PLANPULS_ACCESS").lower() in ("closed", "lukket")


def cadence_days() -> int:
    """The default reporting cadence in days (PLANPULS_CADENCE_DAYS, a whole number > 0)."""
    value = get("PLANPULS_CADENCE_DAYS")
    try:
        days = int(value)
    except ValueError:
        days = 0
    if days <= 0:
        raise ValueError(f"PLANPULS_CADENCE_DAYS must be a whole number of days > 0, got {value!r}")
    return days


#: The limits on one upload, by setting name (see :func:`limit`).
LIMITS = (
    "PLANPULS_MAX_UPLOAD_MB",
    "PLANPULS_MAX_ROWS",
    "PLANPULS_MAX_COLUMNS",
    "PLANPULS_MAX_CELL_CHARS",
    "PLANPULS_MAX_XLSX_UNPACKED_MB",
    "PLANPULS_MAX_XLSX_RATIO",
)


def limit(name: str) -> int:
    """A limit on uploads (one of LIMITS): a whole number > 0, read at each use."""
    if name not in LIMITS:
        raise KeyError(name)
    value = get(name)
    try:
        number = int(value.replace("_", "").replace(" ", ""))
    except ValueError:
        number = 0
    if number <= 0:
        raise ValueError(f"{name} must be a whole number > 0, got {value!r}")
    return number


def today() -> dt.date:
    """Today's date, or PLANPULS_TODAY when it is set (for reproducible views)."""
    value = get("PLANPULS_TODAY")
    if value:
        try:
            return dt.date.fromisoformat(value)
        except ValueError as exc:
            raise ValueError(f"PLANPULS_TODAY must be YYYY-MM-DD, got {value!r}") from exc
    return dt.date.today()


def backup_dir() -> Path | None:
    """The folder of the scheduled backups (PLANPULS_BACKUP_DIR), or None: they are off."""
    value = get("PLANPULS_BACKUP_DIR")
    if not value:
        return None
    path = Path(value).expanduser()
    return path if path.is_absolute() else ROOT / path


def backup_keep() -> int:
    """How many scheduled backups are kept (PLANPULS_BACKUP_KEEP, a whole number > 0)."""
    value = get("PLANPULS_BACKUP_KEEP")
    try:
        keep = int(value)
    except ValueError:
        keep = 0
    if keep <= 0:
        raise ValueError(f"PLANPULS_BACKUP_KEEP must be a whole number > 0, got {value!r}")
    return keep


def _positive(name: str, unit: str) -> float:
    """The setting ``name`` as a number > 0 (a decimal comma allowed); ValueError if not."""
    value = get(name)
    try:
        number = float(value.replace(",", "."))
    except ValueError:
        number = 0.0
    if not number > 0 or number == float("inf"):
        raise ValueError(f"{name} must be a number of {unit} > 0, got {value!r}")
    return number


def backup_hours() -> float:
    """Hours between scheduled backups (PLANPULS_BACKUP_HOURS, a number > 0)."""
    return _positive("PLANPULS_BACKUP_HOURS", "hours")


def link_days() -> float:
    """Days an owner's personal link lasts (PLANPULS_LINK_DAYS, a number > 0)."""
    return _positive("PLANPULS_LINK_DAYS", "days")


def public_url() -> str | None:
    """The dashboard's address as people reach it (PLANPULS_PUBLIC_URL), without a
    trailing slash; None when it is not set. ValueError unless it is http(s)://host…"""
    value = get("PLANPULS_PUBLIC_URL")
    if not value:
        return None
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise ValueError(
            f"PLANPULS_PUBLIC_URL must be an address like https://planpuls.org.no, got {value!r}"
        )
    return value.rstrip("/")


def smtp_url() -> str:
    """The mail server for reminders (PLANPULS_SMTP_URL), or '' when mail is off."""
    return get("PLANPULS_SMTP_URL")


def smtp_sender() -> str:
    """The sender address of reminders (PLANPULS_SMTP_FROM), or ''."""
    return get("PLANPULS_SMTP_FROM")


def remind_days_before() -> int | None:
    """Days before a plan's next meeting the server sends reminders; None: it does not."""
    value = get("PLANPULS_REMIND_DAYS_BEFORE")
    if not value:
        return None
    try:
        days = int(value)
    except ValueError:
        days = -1
    if days < 0:
        raise ValueError(
            f"PLANPULS_REMIND_DAYS_BEFORE must be a whole number of days >= 0, got {value!r}"
        )
    return days
