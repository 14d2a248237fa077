"""Charts for the Word and PDF reports as PNG pictures (matplotlib, no pyplot state).

The PowerPoint report has native charts instead (see pptx_report). Type is
DejaVu Sans, which matplotlib ships and which has the status icons.
"""

from __future__ import annotations

import io
import textwrap
from functools import lru_cache

from matplotlib.figure import Figure

from dashboard.labels import DISPLAY_STATUS_IDS, status
from dashboard.reports.model import Bar

FONT = "DejaVu Sans"
BAR_COLOR = "#0072B2"
TRACK_COLOR = "#E6E6E6"
DPI = 200


def _png(fig: Figure) -> bytes:
    out = io.BytesIO()
    fig.savefig(out, format="png", dpi=DPI, bbox_inches="tight", facecolor="white")
    return out.getvalue()


def _label(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width, max_lines=2, placeholder=" …")) or " "


def progress_bars(bars: list[Bar], *, width_in: float = 6.3, label_width: int = 34) -> bytes:
    """Horizontal bars of progress (0–100 %), one per bar, coloured by status when given."""
    return _progress_bars(tuple(bars), width_in, label_width)


def status_stack(
    groups: list[tuple[str, dict[str, int]]],
    legend: list[tuple[str, str]],
    *,
    width_in: float = 6.3,
    label_width: int = 34,
) -> bytes:
    """Stacked horizontal bars: measures per status for each group, with a legend."""
    frozen = tuple((name, tuple(counts.items())) for name, counts in groups)
    return _status_stack(frozen, tuple(legend), width_in, label_width)


# The Word and PDF files of one report draw the same charts: draw each once.
@lru_cache(maxsize=64)
def _progress_bars(bars: tuple[Bar, ...], width_in: float, label_width: int) -> bytes:
    height = max(1.2, 0.42 * len(bars) + 0.5)
    fig = Figure(figsize=(width_in, height))
    ax = fig.add_subplot()
    labels = [_label(b.label, label_width) for b in bars]
    positions = list(range(len(bars)))
    ax.barh(positions, [100] * len(bars), color=TRACK_COLOR, height=0.62)
    colors = [status(b.status_id).color if b.status_id else BAR_COLOR for b in bars]
    ax.barh(positions, [b.value for b in bars], color=colors, height=0.62)
    for y, bar in zip(positions, bars, strict=True):
        ax.text(101.5, y, bar.text, va="center", ha="left", fontsize=8.5, family=FONT)
    ax.set_yticks(positions, labels, fontsize=8.5, family=FONT, parse_math=False)
    ax.invert_yaxis()
    ax.set_xlim(0, 115)
    ax.set_xticks([0, 25, 50, 75, 100], ["0", "25", "50", "75", "100 %"], fontsize=8)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="y", length=0)
    return _png(fig)


@lru_cache(maxsize=64)
def _status_stack(
    frozen: tuple[tuple[str, tuple[tuple[str, int], ...]], ...],
    legend: tuple[tuple[str, str], ...],
    width_in: float,
    label_width: int,
) -> bytes:
    groups = [(name, dict(counts)) for name, counts in frozen]
    height = max(1.4, 0.42 * len(groups) + 0.9)
    fig = Figure(figsize=(width_in, height))
    ax = fig.add_subplot()
    labels = [_label(name, label_width) for name, _ in groups]
    positions = list(range(len(groups)))
    left = [0] * len(groups)
    names = dict(legend)
    for status_id in DISPLAY_STATUS_IDS:
        counts = [counts.get(status_id, 0) for _, counts in groups]
        if not any(counts):
            continue
        ax.barh(
            positions,
            counts,
            left=left,
            color=status(status_id).color,
            height=0.62,
            label=names.get(status_id, status_id),
        )
        for y, (x0, n) in enumerate(zip(left, counts, strict=True)):
            if n:
                ax.text(
                    x0 + n / 2,
                    y,
                    str(n),
                    ha="center",
                    va="center",
                    color="white",
                    fontsize=8,
                    family=FONT,
                    fontweight="bold",
                )
        left = [a + b for a, b in zip(left, counts, strict=True)]
    ax.set_yticks(positions, labels, fontsize=8.5, family=FONT, parse_math=False)
    ax.invert_yaxis()
    top = max(left) if left else 1
    ax.set_xlim(0, max(top, 1))
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.tick_params(axis="x", labelsize=8)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="y", length=0)
    handles, names_shown = ax.get_legend_handles_labels()
    columns = min(4, len(handles)) or 1
    # matplotlib fills a legend column by column: reorder so it reads row by row.
    order = [i for c in range(columns) for i in range(c, len(handles), columns)]
    ax.legend(
        [handles[i] for i in order],
        [names_shown[i] for i in order],
        loc="upper center",
        bbox_to_anchor=(0.4, -0.12 if len(groups) > 3 else -0.25),
        ncol=columns,
        frameon=False,
        prop={"family": FONT, "size": 8},
    )
    return _png(fig)


def clear_cache() -> None:
    """Forget the charts drawn so far (the benchmark draws them afresh each run)."""
    _progress_bars.cache_clear()
    _status_stack.cache_clear()
