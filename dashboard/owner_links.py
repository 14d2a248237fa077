"""Owners report their own measures: a personal link per owner and plan (issue 15).

The secretariat makes a link for an owner (:func:`issue`); whoever opens it reaches
the page "Rapporter status" without an account and sees that owner's open measures
in that plan, nothing else, and may report a new status, progress and comment for
each (:func:`submit`). A report is checked by the same rules as a status upload and
written as one import batch "by <owner> via link" (kind ``owner_link``) that
Importhistorikk lists and can undo; when the plan asks for approval
(:func:`set_needs_approval`) it waits in a queue instead (:func:`pending`) until the
secretariat approves it (:func:`approve`) or returns it with a comment (:func:`give_back`).

The token is ``<id>.<secret>.<signature>``: the id is random and never reused, the
database keeps only the SHA-256 of the secret, and the signature (HMAC-SHA256 over
id and secret) uses the signing key of the sessions (``auth.secret``: beside the
database or PLANPULS_SECRET, never in it). A link lasts PLANPULS_LINK_DAYS (30) and
can be used again until it expires or is revoked (:func:`revoke`): a used link says
so (:func:`last_report`: when the owner reported, how many measures, and what became
of it) and takes a correction as a new report. Every report is a row of
``owner_submission`` (saved at once, or queued). Every opening and sending is logged in
``owner_link_attempt``; refused ones are throttled per address like sign-ins.

Switching the approval on or off is plan data (an import batch that undo takes back);
making and revoking links are security actions, recorded with who and when in
``owner_link`` and never undone.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import logging
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlencode

import pandas as pd

from dashboard import auth, queries, settings
from dashboard.db import Database, load_sql, one_row
from dashboard.ingest import batches, pipeline
from dashboard.labels import CLOSED_STATUSES, STATUS_IDS
from dashboard.refusal import Refused

log = logging.getLogger("planpuls.owner_links")

#: The page a link opens (its url_path: the file name of pages/rapporter_status.py).
PAGE = "rapporter_status"
#: The kind of the import batch a report through a link writes.
BATCH_KIND = "owner_link"
#: The kinds of the import batch that switches a plan's approval on or off.
APPROVAL_ON_KIND = "owner_approval_on"
APPROVAL_OFF_KIND = "owner_approval_off"
MAX_TOKEN = 200


class LinkRefused(Refused):
    """A link that opens nothing, or a report it cannot send; ``ownerlink.refused.<code>``."""

    prefix = "ownerlink.refused."


class ReportRefused(Refused):
    """A report with problems (the status upload's rules): nothing was written. The
    check's preview (``preview``) lists every problem with its line and field."""

    prefix = "ownerlink.refused."

    def __init__(self, preview: pipeline.Preview) -> None:
        super().__init__("problems", count=preview.problem_count)
        self.preview = preview


@dataclass(frozen=True)
class Scope:
    """What a link opens: one owner's open measures in one plan."""

    link_id: str
    plan_id: str
    plan_name: str
    owner_id: str
    owner: str
    expires_at: dt.datetime


@dataclass(frozen=True)
class Report:
    """One measure's new status from the owner: status id, progress (%) and comment."""

    measure_id: str
    status: str
    progress: float | None = None
    comment: str | None = None


@dataclass(frozen=True)
class LastReport:
    """The owner's newest report in the plan, as the page a link opens tells it.

    ``state``: ``saved`` (written at once), ``pending`` (waiting for approval),
    ``approved``, ``returned`` (with the secretariat's ``comment``) or ``undone`` (the
    batch it wrote was undone since). ``this_link``: sent through the link now opened.
    """

    sent_at: dt.datetime
    measures: int
    state: str
    decided_at: dt.datetime | None
    comment: str | None
    this_link: bool


@dataclass(frozen=True)
class Approval:
    """A plan's setting "updates from owners need approval": on or off, since when, by
    whom, and the import batch that set it (None: never set, or set before batches)."""

    needs: bool
    changed_at: dt.datetime | None = None
    changed_by: str | None = None
    batch_id: int | None = None


@dataclass(frozen=True)
class Sent:
    """What a report did: its batch (written now) or its place in the approval queue."""

    batch_id: int | None
    submission_id: int | None
    rows: int


# The token ---------------------------------------------------------------------------


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def _signature(db: Database, payload: str) -> str:
    digest = hmac.new(auth.secret(db), payload.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def _split(db: Database, token: str | None) -> tuple[str, str] | None:
    """The link id and secret of a well-signed token, or None (tampered or not a token)."""
    if not token or len(token) > MAX_TOKEN or token.count(".") != 2:
        return None
    link_id, secret, signature = token.split(".")
    if not link_id or not secret:
        return None
    if not hmac.compare_digest(_signature(db, f"{link_id}.{secret}"), signature):
        return None
    return link_id, secret


def _now(now: dt.datetime | None) -> dt.datetime:
    return now or auth.now()


def owner_of(db: Database, plan_id: str, owner: str) -> tuple[str, str]:
    """The id and name of the owner in the plan's organisation with the id or the name ``owner``."""
    if db.scalar(load_sql("owner_link_plan"), {"plan_id": plan_id}) is None:
        raise LinkRefused("no_plan", plan=plan_id)
    found = db.sql(load_sql("owner_link_owner"), {"plan_id": plan_id, "name": owner})
    if found.empty:
        raise LinkRefused("no_owner", owner=owner, plan=plan_id)
    return str(found.iloc[0]["id"]), str(found.iloc[0]["name"])


def issue(
    db: Database, plan_id: str, owner: str, *, by: str, now: dt.datetime | None = None
) -> str:
    """Make a personal link for ``owner`` in the plan; return its token (shown this once).

    It lasts PLANPULS_LINK_DAYS from ``now``; earlier links of the owner stay valid
    until they expire or are revoked.
    """
    at = _now(now)
    owner_id, owner_name = owner_of(db, plan_id, owner)
    secret = secrets.token_urlsafe(24)
    expires = at + dt.timedelta(days=settings.link_days())
    with db.write() as cur:
        while True:  # 128 random bits; a taken id (never seen) would simply be drawn again
            link_id = secrets.token_hex(16)
            if not one_row(cur, load_sql("owner_link_id_taken"), {"id": link_id})[0]:
                break
        cur.execute(
            load_sql("owner_link_insert"),
            {
                "id": link_id,
                "hash": _digest(secret),
                "plan_id": plan_id,
                "owner_id": owner_id,
                "owner_name": owner_name,
                "at": at,
                "by": by,
                "expires": expires,
            },
        )
    log.info("owner link %s… made for %r in plan %s by %s", link_id[:6], owner_name, plan_id, by)
    payload = f"{link_id}.{secret}"
    return f"{payload}.{_signature(db, payload)}"


def url(base_url: str, token: str) -> str:
    """The address of the page a link opens: ``<base>/rapporter_status?link=<token>``."""
    return f"{base_url.rstrip('/')}/{PAGE}?{urlencode({'link': token})}"


def default_base_url() -> str:
    """The start of a link made outside a browser (the command line): PLANPULS_PUBLIC_URL,
    else ``http://localhost:PLANPULS_PORT``; LinkRefused for a wrong PLANPULS_PUBLIC_URL."""
    try:
        public = settings.public_url()
    except ValueError:
        raise LinkRefused("bad_public_url", value=settings.get("PLANPULS_PUBLIC_URL")) from None
    return public or f"http://localhost:{settings.get('PLANPULS_PORT')}"


def expires(db: Database, token: str) -> dt.datetime | None:
    """When a link expires (None: not a link of this database); logs nothing."""
    split = _split(db, token)
    found = None if split is None else db.sql(load_sql("owner_link_read"), {"id": split[0]})
    if found is None or found.empty:
        return None
    return pd.Timestamp(found.iloc[0]["expires_at"]).to_pydatetime()


def revoke(
    db: Database, plan_id: str, owner: str, *, by: str, now: dt.datetime | None = None
) -> int:
    """End every live link of ``owner`` in the plan at once; how many were ended."""
    at = _now(now)
    owner_id, owner_name = owner_of(db, plan_id, owner)
    with db.write() as cur:
        ended = cur.execute(
            load_sql("owner_link_revoke"),
            {"at": at, "by": by, "plan_id": plan_id, "owner_id": owner_id},
        ).fetchall()
    log.info("%d owner link(s) of %r in plan %s revoked by %s", len(ended), owner_name, plan_id, by)
    return len(ended)


def listing(db: Database, plan_id: str, now: dt.datetime | None = None) -> pd.DataFrame:
    """The plan's links, newest first: owner, made when and by whom, expiry, state (never
    the secret or its hash)."""
    return db.query("owner_link_list", plan_id=plan_id, at=_now(now))


# Opening a link ----------------------------------------------------------------------


def wait_seconds(db: Database, address: str | None, at: dt.datetime) -> int:
    """How long a link attempt from this address must wait (0: none), as for sign-ins."""
    failures, last = db.query(
        "owner_link_failures", a=address, since=at - auth.FAILURE_WINDOW
    ).iloc[0]
    if failures < auth.MAX_FAILURES or pd.isna(last):
        return 0
    wait = min(
        auth.FIRST_WAIT_SECONDS * 2 ** (int(failures) - auth.MAX_FAILURES), auth.MAX_WAIT_SECONDS
    )
    remaining = wait - (at - pd.Timestamp(last).to_pydatetime()).total_seconds()
    return max(0, int(remaining + 0.999))


def _check(
    db: Database, token: str | None, at: dt.datetime
) -> tuple[str, str | None, Scope | None]:
    """The outcome of a token (ok or why not), its link id, and the scope when ok."""
    split = _split(db, token)
    if split is None:
        return "tampered", None, None
    link_id, secret = split
    found = db.sql(load_sql("owner_link_read"), {"id": link_id})
    if found.empty:
        return "unknown", link_id, None
    row = found.iloc[0]
    if not hmac.compare_digest(str(row["secret_hash"]), _digest(secret)):
        return "tampered", link_id, None
    if pd.notna(row["revoked_at"]):
        return "revoked", link_id, None
    expires = pd.Timestamp(row["expires_at"]).to_pydatetime()
    if at >= expires or pd.isna(row["plan_name"]):
        return "expired", link_id, None
    scope = Scope(
        link_id,
        str(row["plan_id"]),
        str(row["plan_name"]),
        str(row["owner_id"]),
        str(row["owner_name"]),
        expires,
    )
    return "ok", link_id, scope


def _record(cur, at: dt.datetime, link_id: str | None, address: str | None, outcome: str) -> None:
    cur.execute(
        load_sql("owner_link_attempt_insert"),
        {"at": at, "link_id": link_id, "address": address, "outcome": outcome},
    )
    if link_id is not None and outcome in ("ok", "sent"):
        cur.execute(load_sql("owner_link_used"), {"at": at, "id": link_id})


def resolve(
    db: Database, token: str | None, now: dt.datetime | None = None, *, address: str | None = None
) -> Scope:
    """What a link opens, or LinkRefused: ``no_link`` (none given: not logged),
    ``throttled``, ``tampered``, ``unknown``, ``revoked`` or ``expired``. Every attempt
    with a token is logged."""
    if not token:
        raise LinkRefused("no_link")
    at = _now(now)
    waiting = wait_seconds(db, address, at)
    if waiting:
        log.warning("owner link attempt throttled from %s (%ds)", address, waiting)
        raise LinkRefused("throttled", seconds=waiting)
    outcome, link_id, scope = _check(db, token, at)
    with db.write() as cur:
        _record(cur, at, link_id, address, outcome)
    if scope is None:
        log.warning("owner link refused (%s) from %s", outcome, address)
        raise LinkRefused(outcome)
    return scope


def measures(db: Database, scope: Scope, today: dt.date | None = None) -> pd.DataFrame:
    """The owner's open measures in the plan with their last status, progress and comment
    (``status`` is the one reported, never "not updated")."""
    today = today or settings.today()
    filters = queries.Filters(scope.plan_id, today, today, owner_id=scope.owner_id)
    states = queries.measure_states(db, filters)
    open_ = states[~states["reported_status"].isin(CLOSED_STATUSES)].copy()
    open_["status"] = open_["reported_status"]
    return open_[
        [
            "id",
            "title",
            "goal_title",
            "due_date",
            "status",
            "progress",
            "last_update",
            "last_comment",
        ]
    ].reset_index(drop=True)


def last_report(db: Database, scope: Scope) -> LastReport | None:
    """The owner's newest report in the plan (through any of their links), or None."""
    found = db.query("owner_submission_latest", plan_id=scope.plan_id, owner_id=scope.owner_id)
    if found.empty:
        return None
    row = found.iloc[0]
    state = str(row["state"])
    if state in ("saved", "approved") and bool(row["undone"]):
        state = "undone"
    decided = None if pd.isna(row["decided_at"]) else pd.Timestamp(row["decided_at"])
    return LastReport(
        pd.Timestamp(row["submitted_at"]).to_pydatetime(),
        int(row["measures"]),
        state,
        None if decided is None else decided.to_pydatetime(),
        None if pd.isna(row["comment"]) else str(row["comment"]),
        str(row["link_id"]) == scope.link_id,
    )


# Sending a report --------------------------------------------------------------------


def approval(db: Database, plan_id: str) -> Approval:
    """The plan's setting "updates from owners need approval" as it stands."""
    found = db.query("plan_owner_review_get", plan_id=plan_id)
    if found.empty:
        return Approval(False)
    row = found.iloc[0]
    return Approval(
        bool(row["needs_approval"]),
        pd.Timestamp(row["changed_at"]).to_pydatetime(),
        str(row["changed_by"]),
        None if pd.isna(row["batch_id"]) else int(row["batch_id"]),
    )


def needs_approval(db: Database, plan_id: str) -> bool:
    """Whether the plan's updates from owners wait for the secretariat's approval."""
    return approval(db, plan_id).needs


def set_needs_approval(
    db: Database,
    plan_id: str,
    needs: bool,
    *,
    by: str,
    via: str = "form",
    now: dt.datetime | None = None,
) -> int | None:
    """Switch the plan's "updates from owners need approval" on or off as one import
    batch (kind ``owner_approval_on``/``_off``: Importhistorikk lists it, undo puts the
    setting before it back); its batch id, or None when the setting already was so."""
    needs = bool(needs)
    with db.write() as cur:
        if cur.execute(load_sql("owner_link_plan"), {"plan_id": plan_id}).fetchone() is None:
            raise LinkRefused("no_plan", plan=plan_id)
        latest = cur.execute(load_sql("plan_owner_review_get"), {"plan_id": plan_id}).fetchone()
        if bool(latest and latest[0]) == needs:
            return None
        batch = batches.record(
            cur,
            by=by,
            file=plan_id,
            kind=APPROVAL_ON_KIND if needs else APPROVAL_OFF_KIND,
            source_format=f"planpuls-{via}",
            added=1,
        )
        cur.execute(
            load_sql("plan_owner_review_set"),
            {
                "plan_id": plan_id,
                "needs": needs,
                "at": _now(now),
                "by": by,
                "batch": batch,
                "source": f"{via}:{by}",
            },
        )
    log.info("approval of owners' updates in plan %s switched %s by %s (batch %s)",
             plan_id, "on" if needs else "off", by, batch)  # fmt: skip
    return int(batch)


def _file_name(owner: str) -> str:
    return f"{owner} via link"


def _by(owner: str) -> str:
    return f"{owner} via link"


def _upload(plan_id: str, owner: str, reports: Sequence[Report], day: dt.date) -> pipeline.Upload:
    """The report as a status file (one row per measure, dated ``day``), in the
    status upload's own columns."""
    frame = pd.DataFrame(
        {
            "measure_id": [r.measure_id for r in reports],
            "date": [day.isoformat()] * len(reports),
            "status": [r.status for r in reports],
            "progress": ["" if r.progress is None else f"{float(r.progress):g}" for r in reports],
            "comment": [r.comment or "" for r in reports],
            "reported_by": [owner] * len(reports),
        }
    )
    data = frame.to_csv(index=False).encode("utf-8")
    return pipeline.Upload(data, _file_name(owner), plan_id, kind="status", today=day)


def _check_reports(db: Database, scope: Scope, reports: Sequence[Report], day: dt.date) -> None:
    if not reports:
        raise LinkRefused("nothing")
    own = set(measures(db, scope, day)["id"])
    for report in reports:
        if report.measure_id not in own:
            # another owner's measure, another plan's, a closed one, or one made up
            raise LinkRefused("not_yours", measure=report.measure_id)


def submit(
    db: Database,
    token: str | None,
    reports: Sequence[Report],
    *,
    now: dt.datetime | None = None,
    address: str | None = None,
) -> Sent:
    """Send an owner's report through a link: one import batch, or one queued submission
    when the plan asks for approval. LinkRefused for a bad link or a measure outside
    its scope; ReportRefused (the upload's problems, line and field) for bad values."""
    at = _now(now)
    scope = resolve(db, token, at, address=address)
    day = settings.today()
    reports = [_clean(r) for r in reports]
    _check_reports(db, scope, reports, day)
    upload = _upload(scope.plan_id, scope.owner, reports, day)
    if needs_approval(db, scope.plan_id):
        checked = pipeline.preview(db, upload, by=_by(scope.owner))
        if not checked.ok:
            raise ReportRefused(checked)
        with db.write() as cur:
            number = _remember(cur, scope, at, day, reports, "pending", None)
            _record(cur, at, scope.link_id, address, "sent")
        return Sent(None, number, len(reports))
    try:
        done = pipeline.commit(db, upload, by=_by(scope.owner), batch_kind=BATCH_KIND)
    except pipeline.UploadRefused as refused:
        raise ReportRefused(pipeline.preview(db, upload, by=_by(scope.owner))) from refused
    with db.write() as cur:
        _remember(cur, scope, at, day, reports, "saved", done.batch_id)
        _record(cur, at, scope.link_id, address, "sent")
    return Sent(done.batch_id, None, len(reports))


def _remember(
    cur,
    scope: Scope,
    at: dt.datetime,
    day: dt.date,
    reports: Sequence[Report],
    state: str,
    batch: int | None,
) -> int:
    """Keep what the owner sent (``pending``: queued; ``saved``: written as ``batch``)."""
    (number,) = one_row(
        cur,
        load_sql("owner_submission_insert"),
        {
            "link_id": scope.link_id,
            "plan_id": scope.plan_id,
            "owner_id": scope.owner_id,
            "owner_name": scope.owner,
            "at": at,
            "date": day,
            "reports": json.dumps([r.__dict__ for r in reports], ensure_ascii=False),
            "state": state,
            "batch": batch,
        },
    )
    return int(number)


def _clean(report: Report) -> Report:
    if report.status not in STATUS_IDS:
        raise LinkRefused("bad_status", status=report.status)
    comment = (report.comment or "").strip() or None
    return Report(report.measure_id, report.status, report.progress, comment)


# The approval queue ------------------------------------------------------------------


def plans_waiting(db: Database) -> set[str]:
    """The plans that have a report waiting for approval: one query, so the queue reads
    only those plans (a region has twenty, and most wait for nothing)."""
    return set(db.query("owner_submission_waiting_plans")["plan_id"])


def pending(db: Database, plan_id: str) -> pd.DataFrame:
    """The plan's reports waiting for approval, oldest first, one row per measure:
    number, owner, sent, date, measure and its title, status, progress, comment."""
    queued = db.query("owner_submission_pending", plan_id=plan_id)
    titles = dict(db.query("owner_link_measure_titles", plan_id=plan_id).values.tolist())
    rows = [
        {
            "id": int(q.id),
            "owner": q.owner_name,
            "submitted_at": q.submitted_at,
            "report_date": q.report_date,
            "measure_id": r["measure_id"],
            "title": titles.get(r["measure_id"], ""),
            "status": r["status"],
            "progress": r["progress"],
            "comment": r["comment"],
        }
        for q in queued.itertuples()
        for r in json.loads(q.reports)
    ]
    columns = [
        "id",
        "owner",
        "submitted_at",
        "report_date",
        "measure_id",
        "title",
        "status",
        "progress",
        "comment",
    ]
    return pd.DataFrame(rows, columns=columns)


def _pending(db: Database, submission_id: int) -> pd.Series:
    found = db.query("owner_submission_get", id=submission_id)
    if found.empty or found.iloc[0]["state"] != "pending":
        raise LinkRefused("no_such_submission", number=submission_id)
    return found.iloc[0]


def approve(db: Database, submission_id: int, *, by: str, now: dt.datetime | None = None) -> int:
    """Write a queued report as one import batch, dated the day the owner sent it; its
    batch id (0: it changed nothing). The rules are checked again against the plan as it
    is now; a refusal (ReportRefused) leaves it in the queue."""
    row = _pending(db, submission_id)
    with db.write() as cur:  # claim it first: a second approval finds it taken
        claimed = cur.execute(
            load_sql("owner_submission_decide"),
            {
                "id": submission_id,
                "state": "approved",
                "at": _now(now),
                "by": by,
                "comment": None,
                "batch": None,
            },
        ).fetchall()
    if not claimed:
        raise LinkRefused("no_such_submission", number=submission_id)
    owner = str(row["owner_name"])
    reports = [Report(**r) for r in json.loads(row["reports"])]
    upload = _upload(str(row["plan_id"]), owner, reports, pd.Timestamp(row["report_date"]).date())
    try:
        done = pipeline.commit(db, upload, by=_by(owner), batch_kind=BATCH_KIND)
    except pipeline.UploadRefused as refused:
        with db.write() as cur:
            cur.execute(load_sql("owner_submission_reopen"), {"id": submission_id})
        raise ReportRefused(pipeline.preview(db, upload)) from refused
    with db.write() as cur:
        cur.execute(
            load_sql("owner_submission_batch"), {"id": submission_id, "batch": done.batch_id}
        )
    return int(done.batch_id or 0)


def give_back(
    db: Database, submission_id: int, comment: str, *, by: str, now: dt.datetime | None = None
) -> None:
    """Return a queued report to its owner with the secretariat's comment (shown when the
    link is opened again); nothing is written to the plan."""
    comment = comment.strip()
    if not comment:
        raise LinkRefused("comment_needed")
    _pending(db, submission_id)
    with db.write() as cur:
        done = cur.execute(
            load_sql("owner_submission_decide"),
            {
                "id": submission_id,
                "state": "returned",
                "at": _now(now),
                "by": by,
                "comment": comment[:2000],
                "batch": None,
            },
        ).fetchall()
    if not done:
        raise LinkRefused("no_such_submission", number=submission_id)
