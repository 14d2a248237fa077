"""Backup and restore of the database file, and the scheduled backups of the server.

A backup is a consistent copy of the open database made by DuckDB itself while the
app runs: the write lock of :meth:`Database.write` is held, so no upload is half in
it, and ``COPY FROM DATABASE`` reads one transaction's snapshot (what the ``.wal``
holds included) into a new file attached beside it. The copy is written under a
temporary name and renamed, so a failed backup never leaves a half file under the
name asked for.

A restore puts such a copy back in place of the database file while no process holds
it (the dashboard stopped), keeping the file it replaces beside it.

The scheduled backups (``PLANPULS_BACKUP_DIR``) run in a daemon thread of the server
process, started once by :func:`start_schedule` from dashboard/server.py.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import secrets
import shutil
import tempfile
import threading
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

import duckdb

from dashboard import settings
from dashboard.db import (
    Database,
    DatabaseError,
    checkpoint,
    has_schema,
    identifier,
    load_sql,
    migrations,
    schema_version,
    transaction,
)
from dashboard.refusal import Refused

log = logging.getLogger("planpuls.backup")

#: A scheduled backup's file name: the UTC minute it was taken.
SCHEDULED_NAME = re.compile(r"^planpuls-(\d{4}-\d{2}-\d{2}T\d{4}Z)\.duckdb$")
_STAMP = "%Y-%m-%dT%H%MZ"
#: The first scheduled backup comes this soon after the server starts, when one is due.
START_DELAY = dt.timedelta(seconds=30)
#: After a failed scheduled backup the next try comes after the interval or this, if sooner.
RETRY_AFTER = dt.timedelta(hours=1)

# The backup file is attached under an alias made here (random, so it never meets the
# open database's own name); only names of this shape pass db.identifier as the alias.
_ALIAS = re.compile(r"planpuls_backup_[0-9a-f]{12}")


class BackupRefused(Refused):
    """A backup or restore cannot be done; the message is ``backup.<code>``."""

    prefix = "backup."


def utc_now() -> dt.datetime:
    """The time now in UTC (the clock of the schedule; tests pass their own)."""
    return dt.datetime.now(dt.UTC)


def _stamp(at: dt.datetime) -> str:
    return at.astimezone(dt.UTC).strftime(_STAMP)


def _same_file(a: Path, b: Path) -> bool:
    return a.expanduser().resolve() == b.expanduser().resolve()


def _remove(*paths: Path) -> None:
    for path in paths:
        with suppress(FileNotFoundError):
            path.unlink()


def _wal(path: Path) -> Path:
    return path.with_name(path.name + ".wal")


# Backup --------------------------------------------------------------------------


def refuse_postgres(db: Database) -> None:
    """BackupRefused ("postgres") for a PostgreSQL store: its backups are pg_dump's."""
    if db.dialect != "duckdb":
        raise BackupRefused("postgres", db=db.path)


def backup(db: Database, dest: Path, *, overwrite: bool = False) -> Path:
    """Write a consistent copy of the open database to ``dest``; return the file written.

    ``dest`` may be a folder: the copy is then named by the UTC time, as the scheduled
    ones are. An existing file is replaced only with ``overwrite``; the live database
    never. Raises BackupRefused (also for PostgreSQL: pg_dump makes its backups).
    """
    refuse_postgres(db)
    dest = backup_target(dest, None if db.path == ":memory:" else Path(db.path), overwrite)
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(f".{dest.name}.partial-{secrets.token_hex(4)}")
    try:
        _copy(db, partial)
        _remove(_wal(dest))  # the replaced file's log must not be replayed into the copy
        partial.replace(dest)
    finally:
        _remove(partial, _wal(partial))
    return dest


def backup_target(dest: Path, live: Path | None, overwrite: bool = False) -> Path:
    """The file a backup to ``dest`` writes (a folder: a file named by the UTC time in
    it), or BackupRefused: the live database (or its .wal or secret), or an existing
    file without ``overwrite``."""
    dest = Path(dest).expanduser()
    if dest.is_dir():
        dest = dest / scheduled_name(utc_now())
    if live is not None and any(
        _same_file(dest, p) for p in (live, _wal(live), Path(f"{live}.secret"))
    ):
        raise BackupRefused("live", path=str(dest))
    if (dest.exists() or _wal(dest).exists()) and not overwrite:
        raise BackupRefused("exists", path=str(dest))
    return dest


def _copy(db: Database, target: Path) -> None:
    """Copy the database into the new file ``target`` while no write runs."""
    # Every write takes this lock (Database.write): holding it, no batch is half done,
    # and the one transaction below reads a snapshot that holds each batch whole.
    with db.writes_paused() as cur:
        ((name, attached),) = cur.execute(load_sql("backup_source")).fetchall()
        source = identifier(name, attached)
        alias = identifier(f"planpuls_backup_{secrets.token_hex(6)}", _ALIAS)
        cur.execute(load_sql("backup_attach", alias=alias), {"path": str(target)})
        try:
            with transaction(cur):
                cur.execute(load_sql("backup_copy", source=source, alias=alias))
        finally:
            cur.execute(load_sql("backup_detach", alias=alias))


def backup_bytes(db: Database) -> bytes:
    """A fresh backup of the open database as bytes (for a download), no file left behind."""
    with tempfile.TemporaryDirectory(prefix="planpuls-backup-") as folder:
        return backup(db, Path(folder) / "planpuls.duckdb").read_bytes()


# Restore -------------------------------------------------------------------------


@dataclass(frozen=True)
class Restored:
    """What a restore did: the schema version of the copy before and after, the file kept."""

    source: Path
    database: Path
    version_found: int
    version_now: int
    kept: Path | None


def _schema_version_of(path: Path, shown: Path) -> int:
    """The schema version of the Planpuls database ``path`` (BackupRefused when it is none)."""
    try:
        con = duckdb.connect(str(path))
    except duckdb.Error as exc:
        raise BackupRefused("not_database", path=str(shown)) from exc
    try:
        if not has_schema(con):
            raise BackupRefused("not_planpuls", path=str(shown))
        return schema_version(con)
    finally:
        con.close()


def ensure_free(db_path: Path) -> None:
    """Refuse when another process holds the database file; else fold its .wal into it."""
    if not db_path.exists():
        return
    try:
        con = duckdb.connect(str(db_path))
    except duckdb.Error as exc:
        if "lock" in str(exc).lower():
            raise BackupRefused("busy", path=str(db_path)) from exc
        log.warning("the database to be replaced does not open (%s); it is kept as it is", exc)
        return
    with suppress(duckdb.Error):
        checkpoint(con)
    con.close()


def restore(src: Path, db_path: Path, *, now: dt.datetime | None = None) -> Restored:
    """Put the backup ``src`` in place of the database file ``db_path``.

    The backup must be a Planpuls database no newer than this code (an older one is
    migrated, as on every open), and no other process may hold ``db_path``. The file
    replaced is kept beside it as ``<db>.before-restore-<UTC time>`` (with its .wal,
    if one is left, and its signing secret: every sign-in ends). The backup itself is
    never changed. Raises BackupRefused.
    """
    src, db_path = Path(src).expanduser(), Path(db_path).expanduser()
    if not src.is_file():
        raise BackupRefused("not_found", path=str(src))
    if db_path.exists() and _same_file(src, db_path):
        raise BackupRefused("same", path=str(src))
    db_path.parent.mkdir(parents=True, exist_ok=True)
    ensure_free(db_path)
    # Check and migrate a copy beside the database (the same file system, so the
    # final rename is atomic); the backup is left as it was.
    staged = db_path.with_name(f".{db_path.name}.restoring-{secrets.token_hex(4)}")
    try:
        shutil.copyfile(src, staged)
        if _wal(src).exists():  # a copy taken with its .wal: DuckDB replays it on open
            shutil.copyfile(_wal(src), _wal(staged))
        found = _schema_version_of(staged, src)
        known = migrations()[-1][0]
        if found > known:
            raise BackupRefused("too_new", path=str(src), found=found, known=known)
        try:
            copy = Database.open(staged)
        except DatabaseError as exc:  # (a migration failed on it)
            raise BackupRefused("not_planpuls", path=str(src)) from exc
        version_now = copy.schema_version()
        copy.close()
        ensure_free(db_path)  # (again: the dashboard may have started meanwhile)
        kept = None
        if db_path.exists():
            kept = db_path.with_name(f"{db_path.name}.before-restore-{_stamp(now or utc_now())}")
            db_path.replace(kept)
            if _wal(db_path).exists():
                _wal(db_path).replace(_wal(kept))
        # The signing secret goes with the replaced file: a new one is made on the next
        # start, so every sign-in ends, also those the backup recorded and that were ended
        # after it was taken (they would otherwise be valid again).
        secret = Path(f"{db_path}.secret")
        if secret.exists():
            secret.replace(Path(f"{kept or db_path}.secret-before-restore"))
        staged.replace(db_path)
    finally:
        _remove(staged, _wal(staged))
    return Restored(src, db_path, found, version_now, kept)


# Scheduled backups ----------------------------------------------------------------


def scheduled_name(at: dt.datetime) -> str:
    """The file name of a scheduled backup taken at ``at``: planpuls-2026-11-26T0300Z.duckdb."""
    return f"planpuls-{_stamp(at)}.duckdb"


def scheduled_backups(folder: Path) -> list[tuple[dt.datetime, Path]]:
    """The scheduled backups in ``folder`` (only files named as they are), oldest first."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = SCHEDULED_NAME.match(path.name)
            if match and path.is_file():
                at = dt.datetime.strptime(match.group(1), _STAMP).replace(tzinfo=dt.UTC)
                found.append((at, path))
    return sorted(found)


def to_prune(found: list[tuple[dt.datetime, Path]], keep: int) -> list[Path]:
    """The backups beyond the newest ``keep`` (``found`` oldest first)."""
    return [path for _, path in found[: max(len(found) - keep, 0)]]


def wait_before_next(
    newest: dt.datetime | None, now: dt.datetime, interval: dt.timedelta
) -> dt.timedelta:
    """How long until the next backup is due: zero when the newest is ``interval`` old."""
    if newest is None:
        return dt.timedelta(0)
    return max(newest + interval - now, dt.timedelta(0))


@dataclass(frozen=True)
class Schedule:
    """Where the scheduled backups go, how many are kept, and how often one is taken."""

    folder: Path
    keep: int
    interval: dt.timedelta


def schedule_from_settings() -> Schedule | None:
    """The schedule PLANPULS_BACKUP_DIR/KEEP/HOURS ask for; None when it is off."""
    folder = settings.backup_dir()
    if folder is None:
        return None
    return Schedule(folder, settings.backup_keep(), dt.timedelta(hours=settings.backup_hours()))


@dataclass(frozen=True)
class ScheduleStatus:
    """What the administrator sees of the schedule: is it on, the newest, is it late."""

    schedule: Schedule | None
    count: int = 0
    newest: dt.datetime | None = None
    late: bool = False


def schedule_status(now: dt.datetime | None = None) -> ScheduleStatus:
    """The schedule's state from its folder; late when no backup came in an interval and
    the retries after it (raises ValueError for a wrong setting)."""
    schedule = schedule_from_settings()
    if schedule is None:
        return ScheduleStatus(None)
    found = scheduled_backups(schedule.folder)
    if not found:
        return ScheduleStatus(schedule)
    newest = found[-1][0]
    late = (now or utc_now()) - newest > schedule.interval + RETRY_AFTER
    return ScheduleStatus(schedule, len(found), newest, late)


class Scheduler:
    """Takes a backup whenever the newest is an interval old, and prunes the oldest.

    :meth:`step` does one round and says how long to wait; the thread of :meth:`start`
    loops over it. A failure is logged and tried again later; it never raises.
    """

    def __init__(
        self,
        database: Callable[[], Database],
        schedule: Schedule,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self.database = database
        self.schedule = schedule
        self.clock = clock
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def first_wait(self) -> dt.timedelta:
        """The wait after the server starts: soon when a backup is due, else until it is."""
        found = scheduled_backups(self.schedule.folder)
        now = self.clock()
        due = wait_before_next(found[-1][0] if found else None, now, self.schedule.interval)
        return max(due, min(START_DELAY, self.schedule.interval))

    def step(self) -> dt.timedelta:
        """Take a backup if one is due and prune; return the wait before the next step."""
        schedule = self.schedule
        try:
            found = scheduled_backups(schedule.folder)
            now = self.clock()
            due = wait_before_next(found[-1][0] if found else None, now, schedule.interval)
            if due > dt.timedelta(0):
                return due
            written = backup(self.database(), schedule.folder / scheduled_name(now), overwrite=True)
            log.info("scheduled backup written to %s", written)
            for old in to_prune(scheduled_backups(schedule.folder), schedule.keep):
                old.unlink()
                log.info("old backup %s removed (keeping %d)", old, schedule.keep)
            return schedule.interval
        except Exception:
            log.exception(
                "the scheduled backup into %s failed; trying again later", schedule.folder
            )
            return min(schedule.interval, RETRY_AFTER)

    def start(self) -> None:
        """Run the schedule in a daemon thread (it ends with the process)."""

        def loop() -> None:
            try:
                wait = self.first_wait()
            except Exception:  # (the folder cannot be read: step says so in the log)
                wait = min(START_DELAY, self.schedule.interval)
            while not self._stop.wait(wait.total_seconds()):
                wait = self.step()

        self._thread = threading.Thread(target=loop, name="planpuls-backup", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """End the thread after its current step."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()


_started: Scheduler | None = None
_starting = threading.Lock()


def start_schedule(database: Callable[[], Database]) -> Scheduler | None:
    """Start the scheduled backups once per process, when PLANPULS_BACKUP_DIR asks for them."""
    global _started
    with _starting:
        if _started is not None:
            return _started
        try:
            schedule = schedule_from_settings()
        except ValueError as exc:  # a wrong setting: said in the log, the server runs on
            log.error("scheduled backups are off: %s", exc)
            return None
        if schedule is None:
            return None
        if settings.is_postgres_url(settings.get("PLANPULS_DB")):
            log.error("scheduled backups are off: PostgreSQL's are made with pg_dump")
            return None
        _started = Scheduler(database, schedule)
        _started.start()
        log.info(
            "scheduled backups into %s every %s, keeping %d",
            schedule.folder,
            schedule.interval,
            schedule.keep,
        )
        return _started
