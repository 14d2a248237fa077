"""What the board sees: a plan's state (live or a meeting's snapshot), what changed
since the last meeting, what needs attention, and who has not reported.

One module per job; callers use ``from dashboard import board`` and ``board.X``:

- :mod:`.model`: :class:`Board` and :class:`Baseline`, the data presentation mode
  and the report both render, so the screen and the paper show the same figures;
- :mod:`.build`: :func:`for_meeting` and :func:`for_date` read the database once
  and return a :class:`Board`; the baseline "since" compares with;
- :mod:`.compare`: pure comparisons of DataFrames: what changed, what needs
  attention, which owners have not reported;
- :mod:`.emails`: owners' e-mail addresses (read, checked, written);
- :mod:`.mailto`: the reminder to silent owners as a ``mailto:`` link;
- :mod:`.prose`: the status paragraphs written from the data.
"""

from __future__ import annotations

from dashboard.board.build import (
    baseline_for,
    baseline_states,
    for_date,
    for_meeting,
    last_meeting_baseline,
    latest_before,
    meeting_on,
)
from dashboard.board.compare import (
    CHANGE_COLUMNS,
    change_counts,
    compare,
    needs_attention,
    silent_owners,
)
from dashboard.board.emails import check_email, owner_emails, set_owner_email, set_owner_emails
from dashboard.board.mailto import MAILTO_LIMIT, reminder_link, reminder_statuses
from dashboard.board.model import Baseline, Board
from dashboard.board.prose import goal_paragraph, plan_paragraph, status_phrase

__all__ = [
    "CHANGE_COLUMNS",
    "MAILTO_LIMIT",
    "Baseline",
    "Board",
    "baseline_for",
    "baseline_states",
    "change_counts",
    "check_email",
    "compare",
    "for_date",
    "for_meeting",
    "goal_paragraph",
    "last_meeting_baseline",
    "latest_before",
    "meeting_on",
    "needs_attention",
    "owner_emails",
    "plan_paragraph",
    "reminder_link",
    "reminder_statuses",
    "set_owner_email",
    "set_owner_emails",
    "silent_owners",
    "status_phrase",
]
