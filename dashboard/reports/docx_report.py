"""The status report as a Word document (python-docx), laid out like a council paper."""

from __future__ import annotations

import io

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from dashboard.labels import status
from dashboard.reports import images
from dashboard.reports.model import Report, Table, overview_shares

HEADER_FILL = "E8EEF4"
TEXT_WIDTH_MM = 170


def _rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#").upper())


def _shade(cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    properties.append(flag)


def _table(doc, table: Table, widths_mm: list[float], *, size: float = 8.5) -> None:
    grid = doc.add_table(rows=1, cols=len(table.columns))
    grid.style = "Table Grid"
    grid.alignment = WD_TABLE_ALIGNMENT.LEFT
    grid.autofit = False
    header = grid.rows[0]
    _repeat_header(header)
    for cell, text in zip(header.cells, table.columns, strict=True):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        run.font.size = Pt(size)
        _shade(cell, HEADER_FILL)
    for index, row in enumerate(table.rows):
        cells = grid.add_row().cells
        ids = table.status_ids[index] if table.status_ids else [None] * len(row)
        for cell, text, status_id in zip(cells, row, ids, strict=True):
            run = cell.paragraphs[0].add_run(text)
            run.font.size = Pt(size)
            if status_id and text and text != "0":
                run.font.color.rgb = _rgb(status(status_id).color)
                run.bold = True
    # Word reads the cells' widths, LibreOffice the table's grid: set both.
    for column, width in zip(grid.columns, widths_mm, strict=True):
        column.width = Mm(width)
    for row in grid.rows:
        for cell, width in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width)
    doc.add_paragraph()


def _widths(total: float, shares: list[float]) -> list[float]:
    whole = sum(shares)
    return [total * s / whole for s in shares]


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
    properties.language = "nb-NO" if report.lang == "nb" else "en-GB"

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
    doc.add_paragraph(labels["per_goal_chart"]).runs[0].bold = True
    doc.add_picture(io.BytesIO(images.progress_bars(report.progress_bars)), width=Mm(160))
    doc.add_paragraph(labels["status_chart"]).runs[0].bold = True
    picture = images.status_stack(report.status_counts, report.status_legend())
    doc.add_picture(io.BytesIO(picture), width=Mm(160))

    for goal in report.goals:
        doc.add_heading(f"{goal.number}. {goal.title}", level=2)
        doc.add_paragraph(goal.paragraph)
        if goal.bars:
            doc.add_picture(io.BytesIO(images.progress_bars(goal.bars)), width=Mm(150))
            doc.add_paragraph(labels["measures"]).runs[0].bold = True
            _table(doc, goal.measures, _widths(TEXT_WIDTH_MM, [62, 34, 30, 20, 24]))
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
