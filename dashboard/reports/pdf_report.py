"""The status report as PDF (reportlab), with the same sections as the Word document."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

import matplotlib
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    CondPageBreak,
    Image,
    KeepTogether,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as GridTable
from reportlab.platypus.tables import CellStyle

from dashboard.i18n import LANGUAGE_TAGS
from dashboard.labels import status
from dashboard.reports import alt, images
from dashboard.reports.model import Report, Table, overview_shares

# Pictures as binary streams: reportlab's default ASCII85 text encoding runs in pure
# Python when its C accelerator (the rl_accel package) is not installed.
rl_config.useA85 = 0

#: The frame's width: the page less its margins and the frame's own 6 pt padding.
TEXT_WIDTH = A4[0] - 40 * mm - 12
HEADER_FILL = colors.HexColor("#E8EEF4")
GRID = colors.HexColor("#B0B7C0")
MUTED = colors.HexColor("#555555")
#: Column shares of a goal's measures: measure, owner, status, progress, due, comment.
MEASURE_SHARES = [36, 27, 25, 15, 22, 58]
#: The plan's attention list: what (a goal or a measure), why.
ATTENTION_SHARES = [40, 60]


@cache
def _fonts() -> tuple[str, str]:
    """DejaVu Sans (shipped with matplotlib): Latin text and the status icons."""
    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    pdfmetrics.registerFont(TTFont("PlanpulsSans", str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("PlanpulsSans-Bold", str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(
        "PlanpulsSans",
        normal="PlanpulsSans",
        bold="PlanpulsSans-Bold",
        italic="PlanpulsSans",
        boldItalic="PlanpulsSans-Bold",
    )
    return "PlanpulsSans", "PlanpulsSans-Bold"


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = _fonts()
    base = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=13, alignment=TA_LEFT)
    return {
        "body": base,
        "kicker": ParagraphStyle("kicker", parent=base, fontSize=8.5, textColor=MUTED),
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=19, leading=24),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontName=bold, fontSize=11.5),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=bold,
            fontSize=14,
            leading=18,
            spaceBefore=10,
            spaceAfter=4,
            textColor=colors.HexColor("#1F3B57"),
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=bold,
            fontSize=12,
            leading=16,
            spaceBefore=8,
            spaceAfter=3,
            textColor=colors.HexColor("#1F3B57"),
        ),
        "label": ParagraphStyle("label", parent=base, fontName=bold, spaceBefore=4, spaceAfter=2),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
        "head": ParagraphStyle("head", parent=base, fontName=bold, fontSize=8, leading=10),
        "note": ParagraphStyle("note", parent=base, fontSize=8, leading=10.5, textColor=MUTED),
        "caption": ParagraphStyle(
            "caption", parent=base, fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=6
        ),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _alt(text: str, styles: dict[str, ParagraphStyle]) -> Paragraph:
    """A picture's text alternative as its caption (reportlab writes no tagged PDF, so no
    /Alt entry: the words are printed under the picture, where every reader finds them)."""
    return _p(text, styles["caption"])


def _picture(png: bytes, width: float) -> Image:
    reader = ImageReader(io.BytesIO(png))
    w, h = reader.getSize()
    return Image(io.BytesIO(png), width=width, height=width * h / w)


#: Table text: size and leading in points, the cells' side, top and bottom padding.
CELL_SIZE, CELL_LEADING, CELL_PADDING = 8, 10, 3
CELL_TOP, CELL_BOTTOM = 2, 3


@cache
def _char_widths(font_name: str) -> tuple[dict[int, float], float]:
    face = pdfmetrics.getFont(font_name).face
    return face.charWidths, face.defaultWidth


#: Word widths (per 1000 pt of type) already measured, per font; emptied when large.
_WORDS: dict[str, dict[str, float]] = {}


def _wrap(text: str, font_name: str, width: float, size: float = CELL_SIZE) -> str:
    """``text`` broken into lines no wider than ``width`` points (words longer than a line
    are cut), joined by newlines.

    A table of plain, pre-broken strings lays out an order of magnitude faster than one
    of Paragraphs, which reportlab wraps again on every page a long table is split over.
    """
    widths, default = _char_widths(font_name)
    known = _WORDS.setdefault(font_name, {})
    if len(known) > 100_000:
        known.clear()
    limit = width * 1000 / size

    def measure(word: str) -> float:
        found = known.get(word)
        if found is None:
            found = known[word] = sum(widths.get(ord(c), default) for c in word)
        return found

    space, hyphen = measure(" "), measure("-")
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line: list[str] = []
        used = 0.0
        for word in paragraph.split():
            w = measure(word)
            while w > limit:  # a word wider than the column: cut it, with a hyphen
                cut = len(word) - 1
                while cut > 1 and measure(word[:cut]) + hyphen > limit:
                    cut -= 1
                if line:
                    lines.append(" ".join(line))
                    line, used = [], 0.0
                lines.append(word[:cut] + "-")
                word = word[cut:]
                w = measure(word)
            if not word:
                continue
            if line and used + space + w > limit:
                lines.append(" ".join(line))
                line, used = [], 0.0
            used = w if not line else used + space + w
            line.append(word)
        lines.append(" ".join(line))
    return "\n".join(lines)


@lru_cache(maxsize=8192)
def _number(value: float) -> str:
    """A coordinate as reportlab writes it (``fp_str``, pure Python without rl_accel); a
    table's cells share a few column and row positions."""
    return fp_str(value)


def _pieces(canvas, font) -> Callable[[str], list[tuple[int, str]]]:
    """A line of ``font`` as the text operators reportlab writes for it: per font subset,
    ``(subset, "(escaped text) Tj")``. Kept per document (the canvas) and line: a line's
    characters keep the subset codes the font gave them when first written, and a
    report's tables repeat their statuses, owners, dates and figures row after row."""
    memo = canvas.__dict__.setdefault("_planpuls_lines", {}).setdefault(font.fontName, {})
    doc, escape_pdf = canvas._doc, canvas._escape

    def pieces(line: str) -> list[tuple[int, str]]:
        found = memo.get(line)
        if found is None:
            found = memo[line] = [
                (subset, f"({escape_pdf(chunk)}) Tj")
                for subset, chunk in font.splitString(line, doc)
            ]
        return found

    return pieces


class _Grid(LongTable):
    """A LongTable that writes each text cell as one text object (all its lines at once).

    reportlab draws a text cell line by line, each line its own text object with its
    own origin and font; for tables of thousands of lines that was most of the time.
    The cell's operators are written here as reportlab's text object writes them
    (``PDFTextObject``: origin, fill colour, then each line's font subset and text),
    without building the object: the same bytes, a fraction of the calls.
    """

    def _drawCell(self, cellval, cellstyle, pos, size):  # noqa: N802 (reportlab calls this name)
        canvas = self.canv
        if (
            not isinstance(cellval, str)
            or cellstyle.alignment != "LEFT"
            or cellstyle.valign != "TOP"
            or cellstyle.href
            or cellstyle.destination
            or not canvas.bottomup
        ):
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        font = pdfmetrics.getFont(cellstyle.fontname)
        if not font._dynamicFont:  # a TrueType font's subsets are what is written below
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        colpos, rowpos = pos
        top = rowpos + size[1] - cellstyle.topPadding - cellstyle.fontsize
        x = colpos + cellstyle.leftPadding
        code = ["BT", f"1 0 0 1 {_number(x)} {_number(top)} Tm"]
        code += self._fill(cellstyle.color)
        tf = f"{_number(cellstyle.fontsize)} Tf {_number(cellstyle.leading)} TL"
        pieces = _pieces(canvas, font)
        current = -1
        for line in cellval.strip().split("\n"):
            parts = []
            for subset, shown in pieces(line):
                if subset != current:
                    parts.append(f"{font.getSubsetInternalName(subset, canvas._doc)} {tf}")
                    current = subset
                parts.append(shown)
            code.append(" ".join(parts) + " T*")
        code.append("ET")
        canvas._code.append(" ".join(code))
        self._curcellstyle = None  # the canvas's font and colour are this cell's now

    def draw(self) -> None:
        """The table, its grid lines written as ``canvas.line`` writes them with the
        coordinates formatted once (a table's lines share its row and column positions)."""
        canvas = self.canv
        if "line" in canvas.__dict__:  # already replaced (reportlab does for round corners)
            super().draw()
            return

        def line(x1: float, y1: float, x2: float, y2: float) -> None:
            canvas._code.append(f"n {_number(x1)} {_number(y1)} m {_number(x2)} {_number(y2)} l S")

        canvas.line = line
        try:
            super().draw()
        finally:
            del canvas.line

    def _fill(self, colour) -> list[str]:
        """The operators a text object writes for its fill colour (``0 0 0 rg``), found once a
        colour by a text object of reportlab's own."""
        known = self.__dict__.setdefault("_fills", {})
        found = known.get(colour)
        if found is None:
            probe = self.canv.beginText(0, 0)
            start = len(probe._code)
            probe.setFillColor(colour)
            found = known[colour] = probe._code[start:]
        return found


def _cell_style(name: str, font: str, colour: object = "black") -> CellStyle:
    made = CellStyle(name)
    made.fontname, made.fontsize, made.leading = font, CELL_SIZE, CELL_LEADING
    made.leftPadding = made.rightPadding = CELL_PADDING
    made.topPadding, made.bottomPadding = CELL_TOP, CELL_BOTTOM
    made.valign, made.color = "TOP", colour
    return made


class _Cells:
    """What the tables of one PDF share: the cells' styles, one object for every cell that
    looks alike (the header, plain text, each status in bold in its colour; a table style
    command, even one over the whole table, sets an attribute on each cell's own style
    object, row by row), and each text broken into lines once (statuses, owners, dates
    and figures repeat row after row)."""

    def __init__(self) -> None:
        self.regular, self.bold = _fonts()
        self.styles: dict[str | None, CellStyle] = {
            "": _cell_style("head", self.bold),
            None: _cell_style("cell", self.regular),
        }
        self._wrapped: dict[tuple[str, str, float], str] = {}

    def style(self, status_id: str | None) -> CellStyle:
        """``""`` the header's, ``None`` plain text's, else the status's."""
        found = self.styles.get(status_id)
        if found is None:
            assert status_id is not None
            colour = colors.HexColor(status(status_id).text_color)
            found = self.styles[status_id] = _cell_style(status_id, self.bold, colour)
        return found

    def wrap(self, text: str, font_name: str, width: float) -> str:
        key = (text, font_name, width)
        found = self._wrapped.get(key)
        if found is None:
            found = self._wrapped[key] = _wrap(text, font_name, width)
        return found


def _table(table: Table, shares: Sequence[float], cells: _Cells) -> GridTable:
    """A table with its header repeated on every page it runs over (reportlab LongTable).

    The cells are pre-broken text (:func:`_wrap`) with shared styles (:class:`_Cells`),
    so each row's height is known here as reportlab would find it: its most lines times
    the leading, and the padding.
    """
    regular, bold = cells.regular, cells.bold
    whole = sum(shares)
    widths = [TEXT_WIDTH * s / whole for s in shares]
    inner = [w - 2 * CELL_PADDING for w in widths]
    data = [[cells.wrap(c, bold, w) for c, w in zip(table.columns, inner, strict=True)]]
    looks = [[cells.style("")] * len(widths)]
    plain = cells.style(None)
    for index, row in enumerate(table.rows):
        ids = table.status_ids[index] if table.status_ids else [None] * len(row)
        texts, row_looks = [], []
        for text, status_id, width in zip(row, ids, inner, strict=True):
            if status_id and text and text != "0":
                row_looks.append(cells.style(status_id))
                texts.append(cells.wrap(text, bold, width))
            else:
                row_looks.append(plain)
                texts.append(cells.wrap(text, regular, width))
        data.append(texts)
        looks.append(row_looks)
    heights = [
        CELL_LEADING * max(text.count("\n") + 1 for text in texts) + CELL_TOP + CELL_BOTTOM
        for texts in data
    ]
    grid = _Grid(
        data,
        colWidths=widths,
        rowHeights=heights,
        repeatRows=1,
        normalizedData=1,
        cellStyles=looks,
    )
    grid.setStyle(
        TableStyle(
            [("GRID", (0, 0), (-1, -1), 0.4, GRID), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL)]
        )
    )
    return grid


def render(report: Report) -> bytes:
    """The report as PDF bytes."""
    styles = _styles()
    labels = report.labels
    out = io.BytesIO()
    regular, _bold = _fonts()
    cells = _Cells()

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(regular, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(20 * mm, 10 * mm, f"{report.title} · {report.subtitle}"[:120])
        canvas.drawRightString(
            A4[0] - 20 * mm, 10 * mm, f"{labels['page']} {canvas.getPageNumber()}"
        )
        canvas.restoreState()

    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=report.title,
        subject=report.subtitle,
        author="Planpuls",
        lang=LANGUAGE_TAGS[report.lang],
    )
    story = [
        _p(report.kicker, styles["kicker"]),
        Spacer(1, 2 * mm),
        _p(report.title, styles["title"]),
        Spacer(1, 1 * mm),
        _p(report.subtitle, styles["subtitle"]),
        Spacer(1, 3 * mm),
    ]
    meta = GridTable(
        [[_p(k, styles["head"]), _p(v, styles["cell"])] for k, v in report.meta],
        colWidths=[45 * mm, TEXT_WIDTH - 45 * mm],
    )
    meta.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story += [meta, Spacer(1, 3 * mm)]
    story += [
        _p(labels["background"], styles["h1"]),
        _p(report.background, styles["body"]),
        Spacer(1, 2 * mm),
        _p(report.goals_intro, styles["body"]),
        _p(labels["why"], styles["h1"]),
        _p(labels["why_text"], styles["body"]),
        _p(labels["main_points"], styles["h1"]),
        _p(labels["overall"], styles["h2"]),
        _p(report.summary, styles["body"]),
        Spacer(1, 2 * mm),
    ]
    columns = len(report.overview.columns)
    story.append(_table(report.overview, overview_shares(columns), cells))
    legend = " · ".join(badge for _, badge in report.status_legend())
    if legend:
        story.append(_p(f"{labels['legend']}: {legend}", styles["note"]))
    story.append(
        KeepTogether(
            [
                _p(labels["per_goal_chart"], styles["label"]),
                _picture(images.progress_bars(report.progress_bars), 150 * mm),
                _alt(alt.progress(labels["per_goal_chart"], report.progress_bars), styles),
            ]
        )
    )
    story.append(
        KeepTogether(
            [
                _p(labels["status_chart"], styles["label"]),
                _picture(
                    images.status_stack(report.status_counts, report.status_legend()), 150 * mm
                ),
                _alt(alt.counts(labels["status_chart"], report.status_counts, report.lang), styles),
            ]
        )
    )
    heading = _p(labels["plan_attention"], styles["h2"])
    if report.attention.empty:
        story.append(KeepTogether([heading, _p(labels["plan_attention_none"], styles["body"])]))
    else:
        intro = _p(labels["plan_attention_intro"], styles["body"])
        story += [CondPageBreak(40 * mm), heading, intro, Spacer(1, 2 * mm)]
        story.append(_table(report.attention, ATTENTION_SHARES, cells))
    for goal in report.goals:
        story.append(CondPageBreak(70 * mm))
        story.append(_p(f"{goal.number}. {goal.title}", styles["h2"]))
        story.append(_p(goal.paragraph, styles["body"]))
        if goal.forecast_line:
            story.append(Spacer(1, 1.5 * mm))
            story.append(_p(goal.forecast_line, styles["body"]))
        if not goal.measures.empty:
            chart = images.status_stack(goal.bands, report.status_legend())
            story.append(
                KeepTogether(
                    [
                        _p(labels["bands_chart"], styles["label"]),
                        _picture(chart, 120 * mm),
                        _alt(alt.counts(labels["bands_chart"], goal.bands, report.lang), styles),
                    ]
                )
            )
            # A long list breaks across pages with its header repeated; its heading
            # is not left alone at the foot of a page.
            story.append(CondPageBreak(45 * mm))
            story.append(_p(labels["measures"], styles["label"]))
            story.append(_table(goal.measures, MEASURE_SHARES, cells))
        if report.baseline_label is not None:
            heading = _p(f"{labels['changes']} {report.baseline_label}", styles["label"])
            if goal.changes.empty:
                story.append(KeepTogether([heading, _p(labels["no_changes"], styles["body"])]))
            else:
                table = _table(goal.changes, [46, 26, 26, 20, 52], cells)
                story.append(KeepTogether([heading, table]))
        heading = _p(labels["attention"], styles["label"])
        if goal.attention.empty:
            story.append(KeepTogether([heading, _p(labels["no_attention"], styles["body"])]))
        else:
            table = _table(goal.attention, [40, 33, 25, 20, 50], cells)
            story.append(KeepTogether([heading, table]))
    story += [
        _p(labels["decision"], styles["h1"]),
        _p(report.decision, styles["body"]),
        Spacer(1, 3 * mm),
    ]
    story += [_p(text, styles["note"]) for text in report.notes]
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return out.getvalue()
