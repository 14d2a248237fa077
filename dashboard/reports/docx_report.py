"""The status report as a Word document (python-docx), laid out like a council paper."""

from __future__ import annotations

import io
from functools import cache
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.oxml.shape import CT_Inline
from docx.shared import Mm, Pt, RGBColor

from dashboard.i18n import LANGUAGE_TAGS
from dashboard.labels import status
from dashboard.reports import alt, images
from dashboard.reports.model import Report, Table, overview_shares

HEADER_FILL = "E8EEF4"
TEXT_WIDTH_MM = 170


def _rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#").upper())


def _twips(mm: float) -> int:
    return round(mm * 1440 / 25.4)


@cache
def _run_properties(size: float, bold: bool, colour: str | None) -> str:
    properties = "<w:b/>" if bold else ""
    if colour:
        properties += f'<w:color w:val="{colour.lstrip("#").upper()}"/>'
    half_points = round(size * 2)
    return (
        f'<w:rPr>{properties}<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/></w:rPr>'
    )


def _run_xml(text: str, size: float, *, bold: bool = False, colour: str | None = None) -> str:
    """One run: its properties, and the text with line breaks and tabs as Word has them."""
    properties = _run_properties(size, bold, colour)
    if "\n" not in text and "\t" not in text:  # most cells: one piece of text
        shown = f'<w:t xml:space="preserve">{escape(text)}</w:t>' if text else ""
        return f"<w:r>{properties}{shown}</w:r>"
    parts = []
    for i, line in enumerate(text.split("\n")):
        if i:
            parts.append("<w:br/>")
        for j, piece in enumerate(line.split("\t")):
            if j:
                parts.append("<w:tab/>")
            if piece:
                parts.append(f'<w:t xml:space="preserve">{escape(piece)}</w:t>')
    return f"<w:r>{properties}{''.join(parts)}</w:r>"


def _cell_xml(width: int, runs: str, fill: str | None = None) -> str:
    shading = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shading}</w:tcPr>'
        f"<w:p>{runs}</w:p></w:tc>"
    )


def _table(doc, table: Table, widths_mm: list[float], *, size: float = 8.5) -> None:
    """A table with a header row repeated on every page, written as XML in one piece.

    python-docx's ``add_row`` and ``cell.text`` walk the table for every cell, which
    grows with the square of the rows (minutes for a plan of 800 measures).
    """
    widths = [_twips(w) for w in widths_mm]
    header = "".join(
        _cell_xml(w, _run_xml(text, size, bold=True), HEADER_FILL)
        for text, w in zip(table.columns, widths, strict=True)
    )
    rows = [f'<w:tr><w:trPr><w:tblHeader w:val="true"/></w:trPr>{header}</w:tr>']
    for index, row in enumerate(table.rows):
        ids = table.status_ids[index] if table.status_ids else [None] * len(row)
        cells = []
        for text, status_id, width in zip(row, ids, widths, strict=True):
            if status_id and text and text != "0":
                run = _run_xml(text, size, bold=True, colour=status(status_id).text_color)
            else:
                run = _run_xml(text, size)
            cells.append(_cell_xml(width, run))
        rows.append(f"<w:tr>{''.join(cells)}</w:tr>")
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    xml = (
        f"<w:tbl {nsdecls('w')}><w:tblPr>"
        f'<w:tblStyle w:val="{doc.styles["Table Grid"].style_id}"/>'
        '<w:tblW w:type="auto" w:w="0"/><w:jc w:val="left"/><w:tblLayout w:type="fixed"/>'
        '<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" '
        'w:noHBand="0" w:noVBand="1" w:val="04A0"/>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )
    doc.element.body._insert_tbl(parse_xml(xml))
    doc.add_paragraph()


class _Pictures:
    """Pictures, each in its own paragraph at the end of the document, as ``add_picture``
    adds them, numbered from the id python-docx would give the first one on: it finds each
    picture's id by searching the whole document for the highest ``id`` in use, which grows
    with the tables before it (800 rows of measures), and the tables written here hold no
    ids."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.next_id: int | None = None

    def add(self, png: bytes, width: int, description: str) -> None:
        """The picture ``width`` wide, with its alt text (``wp:docPr/@descr``: Word's
        "Alt Text", read by screen readers)."""
        part = self.doc.part
        if self.next_id is None:
            self.next_id = part.next_id
        rel_id, image = part.get_or_add_image(io.BytesIO(png))
        cx, cy = image.scaled_dimensions(width, None)
        inline = CT_Inline.new_pic_inline(self.next_id, rel_id, image.filename, cx, cy)
        self.next_id += 1
        inline.docPr.set("descr", description)
        self.doc.add_paragraph().add_run()._r.add_drawing(inline)


def _widths(total: float, shares: list[float]) -> list[float]:
    whole = sum(shares)
    return [total * s / whole for s in shares]


#: Measure, owner, status, progress, due, latest comment.
MEASURE_WIDTHS = _widths(TEXT_WIDTH_MM, [36, 27, 25, 15, 22, 58])
#: The plan's attention list: what (a goal or a measure), why.
ATTENTION_SHARES = [40.0, 60.0]


def render(report: Report) -> bytes:
    """The report as .docx bytes."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin, section.bottom_margin = Mm(20), Mm(18)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    properties = doc.core_properties
    properties.title = report.title
    properties.subject = report.subtitle
    properties.author = "Planpuls"
    properties.language = LANGUAGE_TAGS[report.lang]

    footer = section.footer.paragraphs[0]
    footer.text = f"{report.title} · {report.subtitle}"
    footer.runs[0].font.size = Pt(8)
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER

    kicker = doc.add_paragraph()
    run = kicker.add_run(report.kicker)
    run.font.size = Pt(9)
    run.font.color.rgb = _rgb("#555555")
    doc.add_heading(report.title, level=0)
    doc.add_paragraph(report.subtitle).runs[0].bold = True

    meta = doc.add_table(rows=0, cols=2)
    meta.autofit = False
    meta.columns[0].width, meta.columns[1].width = Mm(45), Mm(TEXT_WIDTH_MM - 45)
    for label, value in report.meta:
        cells = meta.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].add_run(value)
        cells[0].width, cells[1].width = Mm(45), Mm(TEXT_WIDTH_MM - 45)
    doc.add_paragraph()

    labels = report.labels
    doc.add_heading(labels["background"], level=1)
    doc.add_paragraph(report.background)
    doc.add_paragraph(report.goals_intro)
    doc.add_heading(labels["why"], level=1)
    doc.add_paragraph(labels["why_text"])

    doc.add_heading(labels["main_points"], level=1)
    doc.add_heading(labels["overall"], level=2)
    doc.add_paragraph(report.summary)
    shares = overview_shares(len(report.overview.columns))
    _table(doc, report.overview, _widths(TEXT_WIDTH_MM, shares), size=8)
    legend = " · ".join(badge for _, badge in report.status_legend())
    if legend:
        note = doc.add_paragraph()
        legend_run = note.add_run(f"{labels['legend']}: {legend}")
        legend_run.font.size = Pt(8)
    pictures = _Pictures(doc)
    doc.add_paragraph(labels["per_goal_chart"]).runs[0].bold = True
    pictures.add(
        images.progress_bars(report.progress_bars),
        Mm(160),
        alt.progress(labels["per_goal_chart"], report.progress_bars),
    )
    doc.add_paragraph(labels["status_chart"]).runs[0].bold = True
    pictures.add(
        images.status_stack(report.status_counts, report.status_legend()),
        Mm(160),
        alt.counts(labels["status_chart"], report.status_counts, report.lang),
    )

    doc.add_heading(labels["plan_attention"], level=2)
    if report.attention.empty:
        doc.add_paragraph(labels["plan_attention_none"])
    else:
        doc.add_paragraph(labels["plan_attention_intro"])
        _table(doc, report.attention, _widths(TEXT_WIDTH_MM, ATTENTION_SHARES))

    for goal in report.goals:
        doc.add_heading(f"{goal.number}. {goal.title}", level=2)
        doc.add_paragraph(goal.paragraph)
        if goal.forecast_line:
            doc.add_paragraph(goal.forecast_line)
        if not goal.measures.empty:
            doc.add_paragraph(labels["bands_chart"]).runs[0].bold = True
            pictures.add(
                images.status_stack(goal.bands, report.status_legend()),
                Mm(130),
                alt.counts(labels["bands_chart"], goal.bands, report.lang),
            )
            doc.add_paragraph(labels["measures"]).runs[0].bold = True
            _table(doc, goal.measures, MEASURE_WIDTHS)
        if report.baseline_label is not None:
            heading = f"{labels['changes']} {report.baseline_label}"
            doc.add_paragraph(heading).runs[0].bold = True
            if goal.changes.empty:
                doc.add_paragraph(labels["no_changes"])
            else:
                _table(doc, goal.changes, _widths(TEXT_WIDTH_MM, [46, 26, 26, 20, 52]))
        doc.add_paragraph(labels["attention"]).runs[0].bold = True
        if goal.attention.empty:
            doc.add_paragraph(labels["no_attention"])
        else:
            _table(doc, goal.attention, _widths(TEXT_WIDTH_MM, [40, 33, 25, 20, 50]))

    doc.add_heading(labels["decision"], level=1)
    doc.add_paragraph(report.decision)
    for text in report.notes:
        note = doc.add_paragraph()
        note_run = note.add_run(text)
        note_run.italic = True
        note_run.font.size = Pt(8.5)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
