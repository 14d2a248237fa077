"""Where reminders to owners go: reading, checking and writing owners' e-mail addresses."""

from __future__ import annotations

from dashboard import cells
from dashboard.db import Database, load_sql


def owner_emails(db: Database, plan_id: str) -> dict[str, str]:
    """E-mail addresses of the plan's owners that have one, by owner id."""
    rows = db.query("owner_emails", plan_id=plan_id)
    return {r.id: email for r in rows.itertuples() if (email := cells.text(r.email))}


def check_email(value: str | None) -> str | None:
    """The address trimmed (None when empty); ValueError when it is not an e-mail address."""
    email = cells.text_or_none(value)
    if email is not None and (
        email.count("@") != 1 or any(c in email for c in ' ,;<>"') or email.endswith("@")
    ):
        raise ValueError(f"not an e-mail address: {email!r}")
    return email


def set_owner_emails(db: Database, emails: dict[str, str | None]) -> None:
    """Set (an empty value clears) where reminders to owners go; all or none.

    Raises ValueError naming the first value that is not an e-mail address.
    """
    checked = {owner_id: check_email(value) for owner_id, value in emails.items()}
    update = load_sql("owner_email_set")
    with db.write() as cur:
        for owner_id, email in checked.items():
            cur.execute(update, {"email": email, "id": owner_id})


def set_owner_email(db: Database, owner_id: str, email: str | None) -> None:
    """Set (or, with an empty value, clear) where reminders to one owner go."""
    set_owner_emails(db, {owner_id: email})
