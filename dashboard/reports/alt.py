"""Alt text for the reports' charts (WCAG 2.1 AA, 1.1.1): what each picture shows, in words.

Written from the same model the pictures are drawn from, in the report's language.
Word and PowerPoint keep it as the picture's or chart's description (``descr``,
what screen readers read and Office shows as "Alt text"); the PDF (reportlab draws
no tagged PDF) prints it under the picture as its caption.
"""

from __future__ import annotations

from dashboard.labels import DISPLAY_STATUS_IDS, status
from dashboard.reports.model import Bar


def progress(title: str, bars: list[Bar]) -> str:
    """``Framdrift per mål: Tydeligere profil 95 %, …`` (each bar with the text it shows)."""
    return f"{title}: " + ", ".join(f"{bar.label} {bar.text}" for bar in bars) + "."


def counts(title: str, groups: list[tuple[str, dict[str, int]]], lang: str) -> str:
    """``Status per mål: Tydeligere profil: ▶ På sporet 3, ▲ Risiko 1; …`` (zero left out)."""
    parts = []
    for name, per_status in groups:
        shown = [
            f"{status(s).badge(lang)} {per_status[s]}"
            for s in DISPLAY_STATUS_IDS
            if per_status.get(s, 0)
        ]
        parts.append(f"{name}: " + (", ".join(shown) if shown else "0"))
    return f"{title}: " + "; ".join(parts) + "."
