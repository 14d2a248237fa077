"""Measures as cards for narrow screens: the same facts as the measures table, one card each.

A phone cannot show seven columns without a sideways swipe; a card stacks them:
title, status (colour, icon and word), progress with a bar, due date, owner, the
date of the latest update and the latest comment. Pure HTML text, no Streamlit;
every value from the data is escaped.
"""

from __future__ import annotations

import pandas as pd

from dashboard import cells
from dashboard.i18n import Translator
from dashboard.inert import html as escape
from dashboard.labels import status

#: The cards' own style; the grid takes two cards a row where there is room for two.
CSS = """
.pp-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(19rem, 1fr));
  gap: 0.75rem; margin: 0 0 0.5rem 0; }
.pp-card { border: 1px solid #D5D9DE; border-left-width: 0.45rem; border-radius: 0.5rem;
  padding: 0.7rem 0.9rem; background: #FFF; min-width: 0; }
.pp-card h4 { font-size: 1.05rem; line-height: 1.3; margin: 0 0 0.35rem 0; padding: 0;
  font-weight: 700; overflow-wrap: break-word; hyphens: manual; }
.pp-card .facts { display: flex; flex-wrap: wrap; gap: 0.15rem 0.9rem; font-size: 0.95rem; }
.pp-card .status { font-weight: 700; }
.pp-card .track { background: #E6E6E6; height: 0.45rem; border-radius: 0.25rem;
  margin: 0.45rem 0; overflow: hidden; }
.pp-card .fill { background: #0072B2; height: 100%; }
.pp-card .comment { margin: 0.35rem 0 0.2rem 0; font-size: 0.95rem; overflow-wrap: break-word; }
.pp-card .waiting { margin: 0.35rem 0 0 0; font-size: 0.95rem; font-weight: 600;
  color: #8A3B00; overflow-wrap: break-word; }
.pp-card .meta { color: #555; font-size: 0.85rem; }
"""


def measure_cards(states: pd.DataFrame, t: Translator, *, owner: bool = True) -> str:
    """One card per measure (as ordered in ``states``), as an HTML block."""
    cards = []
    for row in states.itertuples(index=False):
        s = status(row.status)
        progress = None if pd.isna(row.progress) else float(row.progress)
        width = 0.0 if progress is None else max(0.0, min(100.0, progress))
        due = (
            t("phone.due", date=t.date(row.due_date))
            if not pd.isna(row.due_date)
            else t("phone.no_due")
        )
        comment = cells.text(row.last_comment)
        meta = [escape(row.owner)] if owner and cells.text(row.owner) else []
        if not pd.isna(row.last_update):
            meta.append(escape(t("phone.updated", date=t.date(row.last_update))))
        cards.append(
            f'<article class="pp-card" style="border-left-color:{s.color}">'
            f"<h4>{escape(row.title)}</h4>"
            f'<div class="facts"><span class="status">'
            f'<span style="color:{s.color}" aria-hidden="true">{s.icon}</span> '
            f"{escape(s.word(t.lang))}</span>"
            f"<span>{escape(t('phone.progress', value=t.percent(progress)))}</span>"
            f"<span>{escape(due)}</span></div>"
            f'<div class="track"><div class="fill" style="width:{width:.0f}%"></div></div>'
            f"{_waiting(row, t)}"
            f'<p class="comment">{escape(comment) if comment else escape(t("phone.no_comment"))}'
            f"</p>"
            f'<div class="meta">{" · ".join(meta)}</div>'
            "</article>"
        )
    return f'<div class="pp-cards">{"".join(cards)}</div>'


def _waiting(row: object, t: Translator) -> str:
    """The late measures a card's measure waits on (issue 14), or nothing."""
    waiting = getattr(row, "waiting_for", "")
    if not isinstance(waiting, str) or not waiting:
        return ""
    return f'<p class="waiting">{escape(t("deps.waiting_for", measures=waiting))}</p>'
