"""Charts for the Word and PDF reports as PNG pictures, drawn with Pillow.

Two kinds, both with a bounded number of bars (one per goal, or per progress band of
a goal), so a chart costs the same for a plan of 20 measures as for one of 800:
horizontal progress bars (0–100 %) and stacked bars of measures per status.

They are drawn with Pillow rather than matplotlib: a chart of a few bars is a few
rectangles and labels, and matplotlib's layout machinery took ~0.15 s a chart on an
idle machine (a report has ten). The PowerPoint report has native charts instead
(see pptx_report). Type is DejaVu Sans, which matplotlib ships and which has the
status icons.
"""

from __future__ import annotations

import io
import math
import textwrap
from functools import cache, lru_cache
from pathlib import Path

import matplotlib
from PIL import Image, ImageDraw, ImageFont

from dashboard.labels import DISPLAY_STATUS_IDS, status
from dashboard.reports.model import Bar

BAR_COLOR = "#0072B2"
TRACK_COLOR = "#E6E6E6"
GRID_COLOR = "#D9D9D9"
INK = "#222222"
MUTED = "#555555"
#: Pixels per inch of the pictures (the documents place them 130–160 mm wide).
DPI = 200
#: Height of one bar's row, in inches, and the bar's share of it.
ROW_IN = 0.36
BAR_SHARE = 0.62


@cache
def _font(size_pt: float, bold: bool = False) -> ImageFont.FreeTypeFont:
    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(folder / name), round(size_pt * DPI / 72))


def _px(inches: float) -> int:
    return round(inches * DPI)


def _label(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, max_lines=2, placeholder=" …") or [" "]


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(DPI, DPI), compress_level=6)
    return out.getvalue()


def _text_width(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont) -> float:
    return draw.textlength(text, font=font)


class _Canvas:
    """A white picture with a label column on the left and a plot area to its right."""

    def __init__(
        self,
        labels: list[list[str]],
        width_in: float,
        *,
        right_px: int,
        below_px: int,
    ) -> None:
        self.font = _font(8.5)
        self.small = _font(8)
        self.bold = _font(8, bold=True)
        probe = ImageDraw.Draw(Image.new("RGB", (1, 1)))
        lines = [line for label in labels for line in label]
        widest = max((_text_width(probe, line, self.font) for line in lines), default=0)
        self.width = _px(width_in)
        self.row = _px(ROW_IN)
        self.top = _px(0.08)
        self.left = min(int(widest) + _px(0.12), self.width // 2)
        self.right = self.width - right_px
        self.bottom = self.top + self.row * len(labels)
        self.height = self.bottom + below_px
        self.image = Image.new("RGB", (self.width, self.height), "white")
        self.draw = ImageDraw.Draw(self.image)
        for index, lines in enumerate(labels):
            middle = self.middle(index)
            step = self.font.size * 1.15
            y = middle - step * (len(lines) - 1) / 2
            for line in lines:
                self.draw.text(
                    (self.left - _px(0.08), y), line, font=self.font, fill=INK, anchor="rm"
                )
                y += step

    def middle(self, index: int) -> float:
        return self.top + self.row * (index + 0.5)

    def x(self, value: float, top: float) -> float:
        return self.left + (self.right - self.left) * value / top

    def axis(self, ticks: list[tuple[float, str]], top: float) -> None:
        """Light vertical lines at the ticks, the axis line and the tick labels below it."""
        for value, text in ticks:
            x = self.x(value, top)
            self.draw.line([(x, self.top), (x, self.bottom)], fill=GRID_COLOR, width=1)
            self.draw.text(
                (x, self.bottom + _px(0.05)), text, font=self.small, fill=MUTED, anchor="mt"
            )
        self.draw.line([(self.left, self.bottom), (self.right, self.bottom)], fill=MUTED, width=2)

    def bar(self, index: int, x0: float, x1: float, colour: str) -> tuple[float, float]:
        half = self.row * BAR_SHARE / 2
        middle = self.middle(index)
        if x1 > x0:
            self.draw.rectangle([(x0, middle - half), (x1, middle + half)], fill=colour)
        return middle - half, middle + half


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
    canvas = _Canvas(
        [_label(b.label, label_width) for b in bars],
        width_in,
        right_px=_px(0.55),
        below_px=_px(0.3),
    )
    canvas.axis([(v, f"{v}" if v < 100 else "100 %") for v in (0, 25, 50, 75, 100)], 100)
    for index, bar in enumerate(bars):
        canvas.bar(index, canvas.x(0, 100), canvas.x(100, 100), TRACK_COLOR)
        colour = status(bar.status_id).color if bar.status_id else BAR_COLOR
        canvas.bar(index, canvas.x(0, 100), canvas.x(min(max(bar.value, 0), 100), 100), colour)
        canvas.draw.text(
            (canvas.x(100, 100) + _px(0.06), canvas.middle(index)),
            bar.text,
            font=canvas.font,
            fill=INK,
            anchor="lm",
        )
    return _png(canvas.image)


def _step(top: int) -> int:
    """A round tick step giving at most six ticks up to ``top``."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top / step <= 6:
            return step
    return 10 ** math.ceil(math.log10(max(top, 1)))


@lru_cache(maxsize=64)
def _status_stack(
    frozen: tuple[tuple[str, tuple[tuple[str, int], ...]], ...],
    legend: tuple[tuple[str, str], ...],
    width_in: float,
    label_width: int,
) -> bytes:
    groups = [(name, dict(counts)) for name, counts in frozen]
    shown = [s for s in DISPLAY_STATUS_IDS if any(c.get(s, 0) for _, c in groups)]
    columns = min(4, len(shown)) or 1
    legend_rows = math.ceil(len(shown) / columns)
    canvas = _Canvas(
        [_label(name, label_width) for name, _ in groups],
        width_in,
        right_px=_px(0.4),
        below_px=_px(0.36) + legend_rows * _px(0.22) + _px(0.04),
    )
    totals = [sum(c.get(s, 0) for s in shown) for _, c in groups]
    top = max([*totals, 1])
    step = _step(top)
    top = max(top, step)
    canvas.axis([(v, str(v)) for v in range(0, top + 1, step)], top)
    for index, (_name, counts) in enumerate(groups):
        left = 0
        for status_id in shown:
            n = counts.get(status_id, 0)
            if not n:
                continue
            x0, x1 = canvas.x(left, top), canvas.x(left + n, top)
            canvas.bar(index, x0, x1, status(status_id).color)
            text = str(n)
            if _text_width(canvas.draw, text, canvas.bold) <= x1 - x0 - 2:
                canvas.draw.text(
                    ((x0 + x1) / 2, canvas.middle(index)),
                    text,
                    font=canvas.bold,
                    fill="white",
                    anchor="mm",
                )
            left += n
        if left:
            canvas.draw.text(
                (canvas.x(left, top) + _px(0.05), canvas.middle(index)),
                str(left),
                font=canvas.small,
                fill=MUTED,
                anchor="lm",
            )
    names = dict(legend)
    margin = _px(0.1)  # the legend spans the picture, not only the plot
    cell = (canvas.width - margin) / columns
    y0 = canvas.bottom + _px(0.36)
    box = _px(0.11)
    for i, status_id in enumerate(shown):
        row, column = divmod(i, columns)
        x = margin + column * cell
        y = y0 + row * _px(0.22)
        canvas.draw.rectangle([(x, y), (x + box, y + box)], fill=status(status_id).color)
        canvas.draw.text(
            (x + box + _px(0.06), y + box / 2),
            names.get(status_id, status_id),
            font=canvas.small,
            fill=INK,
            anchor="lm",
        )
    return _png(canvas.image)


def clear_cache() -> None:
    """Forget the charts drawn so far (the benchmark draws them afresh each run)."""
    _progress_bars.cache_clear()
    _status_stack.cache_clear()
