"""The reminder to owners who have not reported, as a ``mailto:`` link."""

from __future__ import annotations

import urllib.parse

import pandas as pd

from dashboard.i18n import Translator
from dashboard.labels import REMINDER_STATUS_IDS, status_choices


def reminder_statuses(t: Translator) -> str:
    """The statuses the reminder asks owners to choose from: ``På sporet, … eller Fullført``."""
    return status_choices(t.lang, t("vocab.or"), REMINDER_STATUS_IDS)


#: Browsers and mail programs cut mailto links somewhere above 2 000 characters.
MAILTO_LIMIT = 1800


def reminder_link(
    recipients: list[str], owners: pd.DataFrame, plan_name: str, since: str, t: Translator
) -> str:
    """A ``mailto:`` link opening a reminder to report, listing each owner's measures."""
    subject = t("stale.mail_subject", plan=plan_name)
    lines = [t("stale.mail_intro", since=since, plan=plan_name), ""]
    for row in owners.itertuples():
        lines.append(f"{row.owner}:")
        lines += [f"  - {title}" for title in row.measures]
    lines += ["", t("stale.mail_close", statuses=reminder_statuses(t))]
    body = "\n".join(lines)
    to = ",".join(urllib.parse.quote(r, safe="@") for r in recipients)

    def link(text: str) -> str:
        # mailto wants %20 for spaces, not "+" (RFC 6068): quote, with nothing kept safe.
        query = urllib.parse.urlencode(
            {"subject": subject, "body": text}, quote_via=urllib.parse.quote
        )
        return f"mailto:{to}?{query}"

    url = link(body)
    if len(url) > MAILTO_LIMIT and len(lines) > 3:
        # Too long: keep as many leading lines as fit, then "…" and the closing line.
        # Each line adds its own quoted length plus a quoted newline (%0A), so the
        # cut is found in one pass instead of quoting the whole body once per line.
        tail = ["  …", "", lines[-1]]
        sizes = [len(urllib.parse.quote(line, safe="")) + 3 for line in lines]
        keep = len(lines) - 4
        length = len(link("\n".join(tail))) + sum(sizes[:keep])
        while keep > 0 and length > MAILTO_LIMIT:
            keep -= 1
            length -= sizes[keep]
        url = link("\n".join([*lines[:keep], *tail]))
    return url
