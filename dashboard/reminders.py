"""Reminders by e-mail to owners who have not reported (issue 15).

Who: the owners Ansvarlige lists as "not reported since" (:func:`board.silent_owners`
on the plan's state today, since :func:`board.last_meeting_baseline`: the last recorded
meeting, or a cadence ago): one source of truth for the page, the command and the
schedule. Each gets one mail naming only their own measures without an update and
their personal link, in the language asked for, from the plan's text (the
secretariat's, saved per plan and language; else the default words). Skipped, with the
reason: owners who have reported, owners already mailed today (any plan: never twice a
day) and owners without an e-mail address.

Sending: one connection to PLANPULS_SMTP_URL (dashboard/mail.py); each mail is first
claimed in ``reminder_sent`` (so two presses at once cannot both send it) and the claim
is taken back when the server refuses that mail. Without SMTP settings nothing is
claimed and the refusal says so; the ``mailto:`` links on Ansvarlige stay.

The schedule (:func:`start_schedule`, started by dashboard/server.py when
PLANPULS_REMIND_DAYS_BEFORE is set): the next meeting of a plan is expected a cadence
after its last recorded one (meetings are recorded on the day, never ahead); the
server sends that many days before it, once per cycle. Its links start with
PLANPULS_PUBLIC_URL (unset: the server's own address, with a warning in the log).

This module does not import Streamlit. :func:`plan_reminders` takes ``link_for``
(owner id -> URL); :func:`links_for` gives each mailed owner a new personal link to
"Rapporter status" (dashboard/owner_links.py).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import smtplib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

from dashboard import board, mail, owner_links, queries, settings
from dashboard.board import Baseline
from dashboard.db import Database, load_sql
from dashboard.i18n import LANGUAGES, Translator
from dashboard.ingest import batches
from dashboard.labels import CLOSED_STATUSES
from dashboard.refusal import Refused

log = logging.getLogger("planpuls.reminders")

#: The import batch kind of a saved reminder text (Importhistorikk, undo).
TEMPLATE_KIND = "reminder_text"
#: The fields a reminder text may hold, filled per owner.
FIELDS: tuple[str, ...] = ("owner", "plan", "since", "measures", "link", "statuses")
#: The fields the body must hold: the owner's measures and link are what the mail is for.
REQUIRED_FIELDS: tuple[str, ...] = ("measures", "link")
#: How the mail was sent (reminder_sent.via).
VIA = ("page", "cli", "schedule")
#: Why an owner gets no mail, in the order they are checked.
REASONS = ("reported", "not_due", "mailed_today", "no_email")
#: The longest subject and body accepted.
MAX_SUBJECT, MAX_BODY = 200, 5000

_FIELD = re.compile(r"\{([^{}\s]*)\}")

LinkFor = Callable[[str], str]


class RemindRefused(Refused):
    """A reminder text or a send is refused; the message is ``remind.<code>``."""

    prefix = "remind."


@dataclass(frozen=True)
class Template:
    """A reminder's subject and body with their ``{fields}``; ``batch`` None: the default."""

    subject: str
    body: str
    batch: int | None = None


@dataclass(frozen=True)
class Mail:
    """The reminder one owner gets: only their own measures and their link."""

    owner_id: str
    owner: str
    address: str
    measure_ids: tuple[str, ...]
    measures: tuple[str, ...]  # titles
    subject: str
    body: str


@dataclass(frozen=True)
class Skip:
    """An owner with open measures who gets no mail, and why (one of REASONS)."""

    owner_id: str
    owner: str
    reason: str
    measures: tuple[str, ...] = ()


@dataclass(frozen=True)
class Plan:
    """Who gets which reminder for a plan today, and who is skipped."""

    plan_id: str
    plan_name: str
    baseline: Baseline
    lang: str
    mails: tuple[Mail, ...]
    skipped: tuple[Skip, ...]


@dataclass(frozen=True)
class Failure:
    """A mail the server refused (nothing recorded for it)."""

    mail: Mail
    reason: str


@dataclass(frozen=True)
class Outcome:
    """What a send did: the run's number, the mails the server took, those it refused."""

    run_no: int
    sent: tuple[Mail, ...] = ()
    failed: tuple[Failure, ...] = ()
    skipped: tuple[Skip, ...] = field(default_factory=tuple)


# The text --------------------------------------------------------------------------------


def default_template(t: Translator) -> Template:
    """The default words in the language of ``t``."""
    return Template(t("remind.default_subject"), t("remind.default_body"))


def template(db: Database, plan_id: str, t: Translator) -> Template:
    """The plan's reminder text in the language of ``t``: the saved one, else the default."""
    rows = db.query("reminder_template", plan_id=plan_id, lang=t.lang)
    if rows.empty:
        return default_template(t)
    row = rows.iloc[0]
    return Template(row["subject"], row["body"], int(row["batch_id"]))


def check_template(subject: str, body: str) -> Template:
    """The text trimmed, or RemindRefused: empty, a subject of several lines, an unknown
    field, or a body without the owner's measures and link."""
    subject, body = (subject or "").strip(), (body or "").strip()
    if not subject or not body:
        raise RemindRefused("empty")
    if "\n" in subject or "\r" in subject:
        raise RemindRefused("subject_line")
    subject, body = subject[:MAX_SUBJECT], body[:MAX_BODY]
    used = _FIELD.findall(subject) + _FIELD.findall(body)
    unknown = sorted({name for name in used if name not in FIELDS})
    if unknown:
        raise RemindRefused(
            "unknown_fields",
            names=[f"{{{n}}}" for n in unknown],
            known=[f"{{{n}}}" for n in FIELDS],
        )
    missing = [n for n in REQUIRED_FIELDS if n not in _FIELD.findall(body)]
    if missing:
        raise RemindRefused("missing_fields", names=[f"{{{n}}}" for n in missing])
    return Template(subject, body)


def save_template(
    db: Database, plan_id: str, lang: str, subject: str, body: str, *, by: str, via: str = "form"
) -> int:
    """Save the plan's reminder text in ``lang`` as one batch (undo puts the text before
    back); return the batch id. RemindRefused for a text :func:`check_template` refuses."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    checked = check_template(subject, body)
    if plan_id not in set(queries.plans(db)["id"]):
        raise RemindRefused("no_such_plan", plan=plan_id)
    with db.write() as cur:
        batch = batches.record(
            cur, by=by, file=plan_id, kind=TEMPLATE_KIND, source_format=f"planpuls-{via}", added=1
        )
        cur.execute(
            load_sql("reminder_template_insert"),
            {
                "plan": plan_id,
                "lang": lang,
                "subject": checked.subject,
                "body": checked.body,
                "by": by,
                "batch": batch,
                "source": f"{via}:{by}",
            },
        )
    return int(batch)


def fill(text: str, values: dict[str, str]) -> str:
    """The text with each known ``{field}`` replaced; any other brace stays as written."""
    return _FIELD.sub(lambda m: values.get(m.group(1), m.group(0)), text)


# Who gets what ---------------------------------------------------------------------------


def _plan_name(db: Database, plan_id: str) -> str:
    plans = queries.plans(db).set_index("id")
    if plan_id not in plans.index:
        raise RemindRefused("no_such_plan", plan=plan_id)
    return str(plans.loc[plan_id, "name"])


def mailed_on(db: Database, day: dt.date) -> set[str]:
    """The owners mailed a reminder on ``day`` (for any plan)."""
    return set(db.query("reminder_sent_on", day=day)["owner_id"])


def plan_reminders(
    db: Database,
    plan_id: str,
    t: Translator,
    link_for: LinkFor,
    *,
    today: dt.date | None = None,
    text: Template | None = None,
) -> Plan:
    """Who gets which mail today (``link_for`` is asked only for them), and who is
    skipped and why; ``text`` instead of the plan's saved one (a preview of an edit)."""
    today = today or settings.today()
    plan_name = _plan_name(db, plan_id)
    baseline = board.last_meeting_baseline(db, plan_id, today)
    states = queries.measure_states(db, queries.Filters(plan_id, today, today))
    # (notna, not a map: a plan without measures gives an empty object Series, which
    # pandas would take for a list of columns and leave the frame without any)
    states = states[states["owner_id"].notna()]
    silent = board.silent_owners(states, baseline.date)
    text = text or template(db, plan_id, t)
    addresses = board.owner_emails(db, plan_id)
    mailed = mailed_on(db, today)
    since = baseline.label(t)
    statuses = board.reminder_statuses(t)

    mails: list[Mail] = []
    skipped: list[Skip] = []
    for row in silent.itertuples():
        owner_id, owner = str(row.owner_id), str(row.owner)
        titles = tuple(row.measures)
        if owner_id in mailed:
            skipped.append(Skip(owner_id, owner, "mailed_today", titles))
            continue
        if owner_id not in addresses:
            skipped.append(Skip(owner_id, owner, "no_email", titles))
            continue
        values = {
            "owner": owner,
            "plan": plan_name,
            "since": since,
            "measures": "\n".join(f"- {title}" for title in titles),
            "link": link_for(owner_id),
            "statuses": statuses,
        }
        mails.append(
            Mail(
                owner_id=owner_id,
                owner=owner,
                address=addresses[owner_id],
                measure_ids=tuple(str(i) for i in row.measure_ids),
                measures=titles,
                subject=fill(text.subject, values),
                body=fill(text.body, values),
            )
        )
    silent_ids = set(silent["owner_id"])
    open_ = states[~states["reported_status"].isin(CLOSED_STATUSES)]
    for (owner_id, owner), group in open_.groupby(["owner_id", "owner"], sort=True):
        if owner_id in silent_ids:
            continue
        lasts = pd.to_datetime(group["last_update"]).dt.date
        reported = any(not pd.isna(d) and d > baseline.date for d in lasts)
        skipped.append(Skip(str(owner_id), str(owner), "reported" if reported else "not_due"))
    skipped.sort(key=lambda s: (REASONS.index(s.reason), s.owner))
    return Plan(plan_id, plan_name, baseline, t.lang, tuple(mails), tuple(skipped))


def preview_link(t: Translator) -> LinkFor:
    """A stand-in for the personal link in a preview or a dry run (no link is issued)."""
    text = t("remind.link_placeholder")
    return lambda _owner: text


# Sending ---------------------------------------------------------------------------------


def send(
    db: Database,
    reminders: Plan,
    *,
    by: str,
    via: str,
    today: dt.date | None = None,
    outbox: Callable[[mail.SmtpConfig], mail.Outbox] = mail.Outbox,
) -> Outcome:
    """Send the planned mails over one SMTP connection and record each one the server took.

    RemindRefused/MailRefused (nothing sent, nothing recorded) when SMTP is not set up
    or cannot be reached. A mail the server refuses is a :class:`Failure`, not recorded.
    """
    if via not in VIA:
        raise ValueError(f"unknown via {via!r}")
    smtp = mail.config()  # refuses before anything is claimed
    today = today or settings.today()
    if not reminders.mails:
        return Outcome(0, skipped=reminders.skipped)
    run_no = int(db.scalar(load_sql("reminder_run_next")))
    sent: list[Mail] = []
    failed: list[Failure] = []
    skipped = list(reminders.skipped)
    with outbox(smtp) as box:
        for one in reminders.mails:
            if not _claim(db, reminders, one, run_no, by=by, via=via, today=today):
                skipped.append(Skip(one.owner_id, one.owner, "mailed_today", one.measures))
                continue
            try:
                box.send(mail.message(smtp.sender, one.address, one.owner, one.subject, one.body))
            except (smtplib.SMTPException, OSError) as exc:
                _release(db, run_no, one.owner_id)
                failed.append(Failure(one, mail.reason(exc)))
                log.warning("reminder to %s refused by the mail server: %s", one.owner_id, exc)
                continue
            sent.append(one)
    log.info("reminders for %s: %d sent, %d refused (run %d)", reminders.plan_id, len(sent),
             len(failed), run_no)  # fmt: skip
    return Outcome(run_no, tuple(sent), tuple(failed), tuple(skipped))


def _claim(
    db: Database, reminders: Plan, one: Mail, run_no: int, *, by: str, via: str, today: dt.date
) -> bool:
    """Record the mail before it goes, unless the owner was mailed today (then False)."""
    with db.write() as cur:
        already = cur.execute(load_sql("reminder_sent_on"), {"day": today}).df()
        if one.owner_id in set(already["owner_id"]):
            return False
        cur.execute(
            load_sql("reminder_sent_insert"),
            {
                "run": run_no,
                "plan": reminders.plan_id,
                "owner": one.owner_id,
                "name": one.owner,
                "address": one.address,
                "measures": list(one.measure_ids),
                "since": reminders.baseline.date,
                "day": today,
                "by": by,
                "via": via,
            },
        )
    return True


def _release(db: Database, run_no: int, owner_id: str) -> None:
    """Take back the claim of a mail the server refused."""
    with db.write() as cur:
        cur.execute(load_sql("reminder_sent_release"), {"run": run_no, "owner": owner_id})


def sent(db: Database, plan_id: str, limit: int = 50) -> pd.DataFrame:
    """The reminders sent for the plan, newest first."""
    return db.query("reminder_sent_list", plan_id=plan_id, limit=limit)


def links_for(db: Database, plan_id: str, base_url: str, by: str) -> LinkFor:
    """Each mailed owner's personal link to "Rapporter status" (owner id -> URL).

    A new link is issued (dashboard/owner_links.py) only when an owner is actually
    mailed; earlier links stay valid until they expire or are revoked.
    """

    def link(owner_id: str) -> str:
        return owner_links.url(base_url, owner_links.issue(db, plan_id, owner_id, by=by))

    return link


def remind(
    db: Database,
    plan_id: str,
    t: Translator,
    *,
    base_url: str,
    by: str,
    via: str,
    dry_run: bool = False,
    today: dt.date | None = None,
) -> tuple[Plan, Outcome | None]:
    """Plan the plan's reminders and (unless ``dry_run``) send them: what the command, the
    button and the schedule run. A dry run issues no link and needs no mail server."""
    today = today or settings.today()
    if dry_run:
        return plan_reminders(db, plan_id, t, preview_link(t), today=today), None
    mail.config()  # refuse without SMTP before any link is issued
    # (plan_reminders asks for the links of the owners who get mail, and only theirs)
    planned = plan_reminders(db, plan_id, t, links_for(db, plan_id, base_url, by), today=today)
    return planned, send(db, planned, by=by, via=via, today=today)


# The schedule ----------------------------------------------------------------------------


def next_meeting(
    last: dt.date | None, start: dt.date | None, cadence: int, today: dt.date
) -> dt.date | None:
    """The plan's next meeting as expected: a whole number of cadences after its last
    recorded meeting (or its period's start), the first on or after ``today``."""
    anchor = last or start
    if anchor is None:
        return None
    cycles = -(-(today - anchor).days // cadence)  # whole cycles to today, rounded up
    return anchor + dt.timedelta(days=cadence * max(cycles, 1))


def due_on(
    last: dt.date | None, start: dt.date | None, cadence: int, today: dt.date, days_before: int
) -> dt.date | None:
    """The day this cycle's reminders are due (``days_before`` the next meeting)."""
    meeting = next_meeting(last, start, cadence, today)
    return None if meeting is None else meeting - dt.timedelta(days=days_before)


def scheduled_round(
    db: Database, base_url: str, days_before: int, *, today: dt.date | None = None
) -> dict[str, Outcome]:
    """One round of the schedule: for each plan whose reminders are due and not yet sent
    by the schedule in this cycle, send them. Returns what was sent, by plan."""
    from dashboard.meetings import all_meetings

    today = today or settings.today()
    t = Translator(settings.default_language())
    done: dict[str, Outcome] = {}
    for plan in queries.plans(db).itertuples():
        meetings = [m for m in all_meetings(db, plan.id) if m.date <= today]
        start = None if pd.isna(plan.period_start) else pd.Timestamp(plan.period_start).date()
        cadence = queries.cadence_days(db, plan.id)
        due = due_on(meetings[-1].date if meetings else None, start, cadence, today, days_before)
        if due is None or today < due:
            continue
        if db.scalar(load_sql("reminder_sent_since"), {"plan_id": plan.id, "day": due}):
            continue  # this cycle's reminders went out already
        _planned, outcome = remind(
            db, plan.id, t, base_url=base_url, by="schedule", via="schedule", today=today
        )
        if outcome is not None and outcome.sent:
            done[plan.id] = outcome
    return done


#: How often the schedule looks whether reminders are due.
SCHEDULE_EVERY = dt.timedelta(hours=1)
_started: threading.Thread | None = None
_starting = threading.Lock()


def schedule_settings(listening: str) -> tuple[int, str] | None:
    """What the schedule runs with: the days before a meeting and the start of the
    owners' links (PLANPULS_PUBLIC_URL; unset: ``listening``, the server's own address,
    with a warning), or None when it is off. Each reason is said in the log."""
    try:
        days = settings.remind_days_before()
        public = settings.public_url()
    except ValueError as exc:  # a wrong setting: said in the log, the server runs on
        log.error("scheduled reminders are off: %s", exc)
        return None
    if days is None:
        return None
    if not mail.configured():
        log.error("scheduled reminders are off: PLANPULS_SMTP_URL is not set")
        return None
    if public is None:
        log.warning(
            "PLANPULS_PUBLIC_URL is not set: the personal links in scheduled reminders start "
            "with this server's own address, %s, which owners cannot open when the dashboard "
            "is reached through a proxy or another name. Set PLANPULS_PUBLIC_URL to the "
            "address people use (e.g. https://planpuls.org.no).",
            listening,
        )
    return days, public or listening


def start_schedule(database: Callable[[], Database], listening: str) -> threading.Thread | None:
    """Start the scheduled reminders once per process, when PLANPULS_REMIND_DAYS_BEFORE
    and PLANPULS_SMTP_URL ask for them (a daemon thread; failures go to the log).
    ``listening`` is the server's own address (see :func:`schedule_settings`)."""
    global _started
    with _starting:
        if _started is not None:
            return _started
        planned = schedule_settings(listening)
        if planned is None:
            return None
        days, base_url = planned

        def loop() -> None:
            stop = threading.Event()
            while True:
                try:
                    for plan_id, outcome in scheduled_round(database(), base_url, days).items():
                        log.info("scheduled reminders for %s: %d sent", plan_id, len(outcome.sent))
                except Refused as refused:
                    log.error("scheduled reminders failed: %s", refused.message(Translator("en")))
                except Exception:
                    log.exception("scheduled reminders failed; trying again later")
                stop.wait(SCHEDULE_EVERY.total_seconds())

        _started = threading.Thread(target=loop, name="planpuls-reminders", daemon=True)
        _started.start()
        log.info("scheduled reminders %d days before each plan's next meeting", days)
        return _started
