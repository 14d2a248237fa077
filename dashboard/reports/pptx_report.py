"""The status report as a PowerPoint deck (python-pptx): one slide per goal, native charts.

The charts are PowerPoint's own (with their data in the embedded workbook), so
the secretariat can restyle or correct them in PowerPoint. Each slide's speaker
notes hold the full paragraph, the changes and the attention list. After the
decision, an appendix lists every measure with its status and latest comment, a
bounded number of rows a slide (a goal of 100 measures runs over several slides).
"""

from __future__ import annotations

import io
import re
from xml.sax.saxutils import escape

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.opc.packuri import PackURI
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls
from pptx.parts.slide import SlidePart
from pptx.util import Inches, Pt

from dashboard.labels import DISPLAY_STATUS_IDS, status
from dashboard.reports import alt
from dashboard.reports.model import Bar, GoalSection, Report, shorten

WIDTH, HEIGHT = Inches(13.333), Inches(7.5)
INK = RGBColor(0x1F, 0x3B, 0x57)
MUTED = RGBColor(0x55, 0x55, 0x55)
BAR = RGBColor(0x00, 0x72, 0xB2)
FONT = "Calibri"
TITLE_ONLY = 5  # the default template's "Title Only" layout
MAX_ATTENTION = 3
MAX_CHANGES = 4
#: Items of the plan's attention list on its slide (goals likely to miss, waiting measures).
MAX_PLAN_ATTENTION = 6
#: Rows of measures on one appendix slide, and the widths of its columns (inches):
#: measure, owner, status, progress, due, latest comment (cut to COMMENT_CHARS).
ROWS_PER_SLIDE = 16
COLUMN_INCHES = (3.2, 1.8, 1.55, 0.95, 1.1, 3.7)
COMMENT_CHARS = 100
TITLE_CHARS = 90
#: python-pptx's default table style ("Medium Style 2 - Accent 1"), as add_table sets it.
TABLE_STYLE = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"


def _change_line(change: tuple[str, str, str, str], lang: str) -> list[tuple]:
    title, before, after, delta = change
    new = status(after)
    line = [(f"{new.icon} ", 12, True, _rgb(new.text_color)), (shorten(title, 64), 12, True, INK)]
    moved = f"{status(before).word(lang)} → {new.word(lang)}, " if before != after else ""
    line.append((f"  ({moved}{delta})", 12, False, MUTED))
    return line


def _rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#").upper())


def _paragraphs(lines) -> str:
    """``lines`` (lists of (text, size, bold, colour) runs, one list a paragraph) as DrawingML."""
    paragraphs = []
    for runs in lines:
        out = []
        for text, size, bold, colour in runs:
            out.append(
                f'<a:r><a:rPr sz="{round(size * 100)}" b="{1 if bold else 0}" '
                f'dirty="0"><a:solidFill><a:srgbClr val="{colour or INK}"/></a:solidFill>'
                f'<a:latin typeface="{FONT}"/></a:rPr><a:t>{escape(_one_line(text))}</a:t></a:r>'
            )
        paragraphs.append(f'<a:p><a:pPr algn="l"/>{"".join(out)}</a:p>')
    return "".join(paragraphs)


def _body_xml(lines, *, autofit: bool, decls: str = "") -> str:
    fit = "<a:spAutoFit/>" if autofit else ""
    return (
        f'<p:txBody{decls}><a:bodyPr wrap="square" anchor="t">{fit}</a:bodyPr>'
        f"<a:lstStyle/>{_paragraphs(lines)}</p:txBody>"
    )


def _body(lines, *, autofit: bool) -> object:
    """A shape's text body as one piece of XML: ``lines`` are lists of (text, size, bold,
    colour) runs, one list a paragraph. (python-pptx's run-by-run properties cost ~1 ms
    each; a deck of 80 slides has thousands.)"""
    return parse_xml(_body_xml(lines, autofit=autofit, decls=" " + nsdecls("p", "a")))


def _set_body(shape, lines, *, autofit: bool) -> None:
    old = shape._element.txBody
    old.getparent().replace(old, _body(lines, autofit=autofit))


def _text(slide, left, top, width, height, lines):
    """A text box; ``lines`` are lists of (text, size, bold, colour) runs, one list a line."""
    box = slide.shapes.add_textbox(left, top, width, height)
    _set_body(box, lines, autofit=True)
    return box


def _title_size(text: str) -> int:
    return 30 if len(text) < 46 else 24 if len(text) < 70 else 20


def _title(slide, text: str, kicker: str) -> None:
    title = slide.shapes.title
    title.left, title.top, title.width, title.height = (
        Inches(0.5),
        Inches(0.45),
        Inches(12.3),
        Inches(1.0),
    )
    _set_body(title, [[(text, _title_size(text), True, INK)]], autofit=False)
    _text(
        slide, Inches(0.5), Inches(0.12), Inches(12.3), Inches(0.35), [[(kicker, 12, False, MUTED)]]
    )


def _describe(frame, text: str) -> None:
    """A chart's alt text (``p:cNvPr/@descr``: PowerPoint's "Alt Text", read by screen readers)."""
    frame._element.nvGraphicFramePr.cNvPr.set("descr", text)


def _progress_chart(
    slide, bars: list[Bar], left, top, width, height, series_name: str, lang: str = "nb"
) -> None:
    # Office's number format: 45 % in bokmål and nynorsk, 45% in English (as formats.percent)
    percent = '0"%"' if lang == "en" else '0" %"'
    data = CategoryChartData(number_format=percent)
    data.categories = [shorten(b.label, 48) for b in bars]
    data.add_series(series_name, [round(b.value, 1) for b in bars])
    frame = slide.shapes.add_chart(XL_CHART_TYPE.BAR_CLUSTERED, left, top, width, height, data)
    _describe(frame, alt.progress(series_name, bars))
    chart = frame.chart
    chart.has_title = False
    chart.has_legend = False
    chart.font.size = Pt(12)
    chart.font.name = FONT
    plot = chart.plots[0]
    plot.gap_width = 50 if len(bars) > 3 else 180  # a lone bar should not fill the chart
    plot.has_data_labels = True
    labels = plot.data_labels
    labels.number_format = percent
    labels.number_format_is_linked = False
    labels.position = XL_LABEL_POSITION.OUTSIDE_END
    labels.font.size = Pt(11)
    series = plot.series[0]
    for index, bar in enumerate(bars):
        fill = series.points[index].format.fill
        fill.solid()
        fill.fore_color.rgb = _rgb(status(bar.status_id).color) if bar.status_id else BAR
    axis = chart.value_axis
    axis.minimum_scale, axis.maximum_scale = 0, 100
    axis.major_unit = 25
    axis.has_major_gridlines = True
    axis.tick_labels.font.size = Pt(10)
    categories = chart.category_axis
    categories.reverse_order = True  # the plan's order from the top
    categories.tick_labels.font.size = Pt(11)


def _bands_chart(slide, goal: GoalSection, report: Report, left, top, width, height) -> None:
    """A goal's measures per progress band, stacked by status (a bar per band)."""
    data = CategoryChartData(number_format="0")
    data.categories = [label for label, _ in goal.bands]
    used = [s for s in DISPLAY_STATUS_IDS if any(c.get(s, 0) for _, c in goal.bands)]
    for status_id in used:
        data.add_series(
            status(status_id).badge(report.lang), [c.get(status_id, 0) for _, c in goal.bands]
        )
    frame = slide.shapes.add_chart(XL_CHART_TYPE.BAR_STACKED, left, top, width, height, data)
    _describe(frame, alt.counts(report.labels["bands_chart"], goal.bands, report.lang))
    chart = frame.chart
    chart.has_title = True
    chart.chart_title.text_frame.text = report.labels["bands_chart"]
    chart.chart_title.text_frame.paragraphs[0].runs[0].font.size = Pt(12)
    chart.font.size = Pt(11)
    chart.font.name = FONT
    chart.has_legend = True
    chart.legend.position = XL_LEGEND_POSITION.RIGHT
    chart.legend.include_in_layout = False
    chart.legend.font.size = Pt(10)
    plot = chart.plots[0]
    plot.gap_width = 50
    plot.overlap = 100
    for series, status_id in zip(plot.series, used, strict=True):
        series.format.fill.solid()
        series.format.fill.fore_color.rgb = _rgb(status(status_id).color)
    chart.category_axis.reverse_order = True
    chart.category_axis.tick_labels.font.size = Pt(11)
    most = max((sum(c.values()) for _, c in goal.bands), default=0)
    chart.value_axis.major_unit = 1 if most <= 10 else None
    chart.value_axis.has_major_gridlines = True


def _status_chart(slide, report: Report, left, top, width, height) -> None:
    data = CategoryChartData(number_format="0")
    data.categories = [shorten(name, 40) for name, _ in report.status_counts]
    used = [s for s, _ in report.status_legend()]
    for status_id in used:
        data.add_series(
            status(status_id).badge(report.lang),
            [counts.get(status_id, 0) for _, counts in report.status_counts],
        )
    frame = slide.shapes.add_chart(XL_CHART_TYPE.BAR_STACKED, left, top, width, height, data)
    _describe(frame, alt.counts(report.labels["status_chart"], report.status_counts, report.lang))
    chart = frame.chart
    chart.has_title = False
    chart.font.size = Pt(11)
    chart.font.name = FONT
    chart.has_legend = True
    chart.legend.position = XL_LEGEND_POSITION.BOTTOM
    chart.legend.include_in_layout = False
    chart.legend.font.size = Pt(11)
    plot = chart.plots[0]
    plot.gap_width = 50
    plot.overlap = 100
    for series, status_id in zip(plot.series, used, strict=True):
        series.format.fill.solid()
        series.format.fill.fore_color.rgb = _rgb(status(status_id).color)
    chart.category_axis.reverse_order = True
    chart.category_axis.tick_labels.font.size = Pt(11)
    chart.value_axis.major_unit = (
        1 if max((sum(c.values()) for _, c in report.status_counts), default=0) <= 10 else None
    )
    chart.value_axis.has_major_gridlines = True


def _counts_runs(counts: dict[str, int], lang: str, size: float) -> list[list[tuple]]:
    lines = []
    for status_id in DISPLAY_STATUS_IDS:
        n = counts.get(status_id, 0)
        if n:
            s = status(status_id)
            lines.append(
                [
                    (f"{s.icon} ", size, True, _rgb(s.text_color)),
                    (f"{n} ", size, True, INK),
                    (s.word(lang), size, False, INK),
                ]
            )
    return lines


def _notes(slide, texts: list[str]) -> None:
    slide.notes_slide.notes_text_frame.text = "\n\n".join(t for t in texts if t)


def _goal_slide(prs, report: Report, goal: GoalSection, total: int) -> None:
    labels = report.labels
    slide = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    where = report.meeting_name or report.subtitle
    kicker = f"{labels['goal']} {goal.number} / {total} · {where}"
    _title(slide, f"{goal.number}. {goal.title}", kicker)
    figures = [[(goal.progress_text, 48, True, INK)]]
    if goal.delta_text is not None:
        figures.append(
            [(f"{goal.delta_text} {labels['since']} {report.baseline_short}", 16, False, MUTED)]
        )
    if goal.result_text:  # outcome beside activity: the big figure is the measures'
        figures.append(
            [(f"{labels['activity']} · {labels['result']}: {goal.result_text}", 14, False, MUTED)]
        )
    _text(slide, Inches(0.5), Inches(1.55), Inches(4.6), Inches(1.5), figures)
    _text(
        slide,
        Inches(0.5),
        Inches(2.95),
        Inches(4.6),
        Inches(1.7),
        _counts_runs(goal.counts, report.lang, 16),
    )
    if not goal.measures.empty:
        _bands_chart(slide, goal, report, Inches(5.2), Inches(1.45), Inches(7.7), Inches(2.6))
    if goal.forecast_badge:  # the pace forecast under the chart: state, then why
        _text(
            slide,
            Inches(5.2),
            Inches(4.1),
            Inches(7.7),
            Inches(0.6),
            [
                [
                    (f"{labels['forecast']}: ", 12, False, MUTED),
                    (goal.forecast_badge, 12, True, INK),
                    (f" – {goal.forecast_text}", 11, False, MUTED),
                ]
            ],
        )
    if report.baseline_label is not None:
        since = f"{labels['changes']} {report.baseline_short}"
        lines = [[(since, 15, True, INK)]]
        if goal.changes.empty:
            lines.append([(labels["no_changes"], 13, False, MUTED)])
        lines.extend(_change_line(c, report.lang) for c in goal.change_items[:MAX_CHANGES])
        if len(goal.change_items) > MAX_CHANGES:
            lines.append([(f"+ {len(goal.change_items) - MAX_CHANGES}", 12, False, MUTED)])
        _text(slide, Inches(0.5), Inches(4.75), Inches(6.0), Inches(2.6), lines)
        left, width = Inches(6.8), Inches(6.1)
    else:
        left, width = Inches(0.5), Inches(12.3)
    items = goal.attention_items[:MAX_ATTENTION]
    lines = [[(labels["attention"], 15, True, INK)]]
    if not items:
        lines.append([(labels["no_attention"], 13, False, MUTED)])
    for status_id, title, owner, comment in items:
        s = status(status_id)
        line = [(f"{s.icon} ", 12, True, _rgb(s.text_color)), (shorten(title, 64), 12, True, INK)]
        if owner:
            line.append((f" ({owner})", 12, False, INK))
        if comment:
            line.append((f" – {shorten(comment, 90)}", 11, False, MUTED))
        lines.append(line)
    if len(goal.attention_items) > MAX_ATTENTION:
        more = len(goal.attention_items) - MAX_ATTENTION
        lines.append([(f"+ {more}", 12, False, MUTED)])
    _text(slide, left, Inches(4.75), width, Inches(2.6), lines)
    notes = [goal.paragraph, goal.forecast_line]
    if not goal.changes.empty:
        notes.append(f"{labels['changes']} {report.baseline_label}:")
        notes += [" · ".join(c for c in row if c) for row in goal.changes.rows]
    if goal.attention_items:
        notes.append(f"{labels['attention']}:")
        notes += [
            f"{title} ({owner}): {comment}" if comment else f"{title} ({owner})"
            for _, title, owner, comment in goal.attention_items
        ]
    _notes(slide, notes)


def _attention_slide(prs, report: Report) -> None:
    """Across the plan: goals likely to miss (or tight) and measures waiting on a late one,
    at most MAX_PLAN_ATTENTION on the slide (all of them in the speaker notes)."""
    labels = report.labels
    slide = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    _title(slide, labels["plan_attention"], report.meeting_name or report.subtitle)
    items = report.attention_items
    if not items:
        lines = [[(labels["plan_attention_none"], 16, False, MUTED)]]
    else:
        lines = [[(labels["plan_attention_intro"], 13, False, MUTED)]]
        for about, why in items[:MAX_PLAN_ATTENTION]:
            lines.append([(shorten(about, 110), 14, True, INK)])
            lines.append([(shorten(why, 170), 12, False, MUTED)])
        if len(items) > MAX_PLAN_ATTENTION:
            lines.append([(f"+ {len(items) - MAX_PLAN_ATTENTION}", 12, False, MUTED)])
    _text(slide, Inches(0.5), Inches(1.5), Inches(12.3), Inches(5.7), lines)
    _notes(slide, [f"{about}: {why}" for about, why in items])


def _one_line(text: str) -> str:
    return text.replace("\r", " ").replace("\n", " ").replace("\t", " ")


#: Body rows' own fills, alternating: the table style's banded fills (accent 1 at
#: 20 % and 40 %) leave status texts under 4.5:1 (WCAG 2.1 AA; tests/test_a11y.py).
ROW_FILLS = ("FFFFFF", "EEF2F8")


def _cell(text: str, *, bold: bool = False, colour: str | None = None, back: str = "") -> str:
    """One table cell as DrawingML (9 pt text); ``back``: its fill (RRGGBB), else the style's."""
    weight = ' b="1"' if bold else ""
    fill = ""
    if colour:
        fill = f'<a:solidFill><a:srgbClr val="{colour.lstrip("#").upper()}"/></a:solidFill>'
    return (
        "<a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r>"
        f'<a:rPr sz="900"{weight} dirty="0">{fill}<a:latin typeface="{FONT}"/></a:rPr>'
        f"<a:t>{escape(_one_line(text))}</a:t></a:r></a:p></a:txBody>"
        '<a:tcPr marL="45720" marR="45720" marT="27432" marB="27432">'
        + (f'<a:solidFill><a:srgbClr val="{back}"/></a:solidFill>' if back else "")
        + "</a:tcPr></a:tc>"
    )


def _measure_rows(goal: GoalSection, first: int, last: int) -> str:
    """Rows ``first``..``last`` (0-based, end excluded) of the goal's measures as table XML."""
    table = goal.measures
    out = []
    rows = zip(table.rows[first:last], table.status_ids[first:last], strict=True)
    for number, (row, ids) in enumerate(rows):
        back = ROW_FILLS[number % 2]
        cells = []
        for index, (text, status_id) in enumerate(zip(row, ids, strict=True)):
            if index == 0:
                text = shorten(text, TITLE_CHARS)
            elif index == len(row) - 1:
                text = shorten(text, COMMENT_CHARS)
            if status_id:
                colour = status(status_id).text_color
                cells.append(_cell(text, bold=True, colour=colour, back=back))
            else:
                cells.append(_cell(text, back=back))
        out.append(f'<a:tr h="{Inches(0.3)}">{"".join(cells)}</a:tr>')
    return "".join(out)


def _xfrm(tag: str, left, top, width, height) -> str:
    return (
        f'<{tag}><a:off x="{int(left)}" y="{int(top)}"/>'
        f'<a:ext cx="{int(width)}" cy="{int(height)}"/></{tag}>'
    )


def _appendix_shapes(title: str, kicker: str, table_rows: str) -> str:
    """An appendix slide's shapes as XML: the title placeholder (positioned and filled as
    :func:`_title` does), the kicker text box and the table of measures."""
    widths = [Inches(w) for w in COLUMN_INCHES]
    grid = "".join(f'<a:gridCol w="{int(w)}"/>' for w in widths)
    left, top, wide = Inches(0.5), Inches(0.45), Inches(12.3)
    title_sp = (
        '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title 1"/><p:cNvSpPr><a:spLocks noGrp="1"/>'
        '</p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr>'
        f"<p:spPr>{_xfrm('a:xfrm', left, top, wide, Inches(1.0))}</p:spPr>"
        f"{_body_xml([[(title, _title_size(title), True, INK)]], autofit=False)}</p:sp>"
    )
    kicker_sp = (
        '<p:sp><p:nvSpPr><p:cNvPr id="3" name="TextBox 2"/><p:cNvSpPr txBox="1"/><p:nvPr/>'
        f"</p:nvSpPr><p:spPr>{_xfrm('a:xfrm', left, Inches(0.12), wide, Inches(0.35))}"
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>'
        f"{_body_xml([[(kicker, 12, False, MUTED)]], autofit=True)}</p:sp>"
    )
    table = (
        '<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="4" name="Table 3"/>'
        '<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/>'
        "</p:nvGraphicFramePr>"
        f"{_xfrm('p:xfrm', left, Inches(1.45), sum(widths), Inches(0.3))}"
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table">'
        '<a:tbl><a:tblPr firstRow="1" bandRow="1">'
        f"<a:tableStyleId>{TABLE_STYLE}</a:tableStyleId></a:tblPr>"
        f"<a:tblGrid>{grid}</a:tblGrid>{table_rows}</a:tbl></a:graphicData></a:graphic>"
        "</p:graphicFrame>"
    )
    return f"{title_sp}{kicker_sp}{table}"


#: A slide as python-pptx starts one (``CT_Slide.new``), its shapes where ``{}`` is.
SLIDE_XML = (
    f"<p:sld {nsdecls('a', 'p', 'r')}><p:cSld><p:spTree><p:nvGrpSpPr>"
    '<p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>{}'
    "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
)


#: What XML 1.0 cannot hold (the model cleans user text of it; a parser refuses it).
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: The declaration python-pptx writes before each part's XML.
XML_HEAD = b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"


def _add_slide(prs, layout, number: int, shapes: str) -> None:
    """Slide ``number`` (its part ``/ppt/slides/slide<number>.xml``, the next in the deck),
    on ``layout``, holding ``shapes`` (XML).

    What ``prs.slides.add_slide`` does (a slide part related to its layout and listed in
    the presentation) without its per-slide searches, for the next part name through
    every part of the package and for the layout's placeholders to clone (the appendix
    has its own). The slide is written as it is built: the deck's code does not read it
    again, so its XML is not parsed into elements only to be serialised back (1.5 ms a
    slide; L's largest plan has 50 appendix slides). Text a parser would refuse goes
    through the parser, which says so, as before.
    """
    name = PackURI(f"/ppt/slides/slide{number}.xml")
    xml = SLIDE_XML.format(shapes)
    package = prs.part.package
    if NOT_XML.search(xml):
        part: Part = SlidePart(name, CT.PML_SLIDE, package, parse_xml(xml))
    else:
        part = Part(name, CT.PML_SLIDE, package, XML_HEAD + xml.encode())
    part.relate_to(layout.part, RT.SLIDE_LAYOUT)
    prs.slides._sldIdLst.add_sldId(prs.part.relate_to(part, RT.SLIDE))


def _appendix(prs, report: Report) -> None:
    """Every measure with its status and latest comment, ROWS_PER_SLIDE rows a slide."""
    labels = report.labels
    where = report.meeting_name or report.subtitle
    layout = prs.slide_layouts[TITLE_ONLY]
    number = len(prs.slides)
    for goal in report.goals:
        total = len(goal.measures.rows)
        header = "".join(_cell(text, bold=True) for text in goal.measures.columns)
        for first in range(0, total, ROWS_PER_SLIDE):
            last = min(first + ROWS_PER_SLIDE, total)
            span = labels["rows_of"].format(first=first + 1, last=last, n=total)
            rows = f'<a:tr h="{Inches(0.3)}">{header}</a:tr>' + _measure_rows(goal, first, last)
            shapes = _appendix_shapes(
                f"{labels['measures']}: {goal.number}. {shorten(goal.title, 70)}",
                f"{labels['appendix']} · {span} · {where}",
                rows,
            )
            number += 1
            _add_slide(prs, layout, number, shapes)


def render(report: Report) -> bytes:
    """The report as .pptx bytes: a title slide, an overview, what needs attention across
    the plan, one slide per goal, the decision."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = WIDTH, HEIGHT
    prs.core_properties.title = report.title
    prs.core_properties.subject = report.subtitle
    prs.core_properties.author = "Planpuls"
    labels = report.labels

    slide = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    _title(slide, report.title, report.kicker)
    lines = [[(report.subtitle, 22, True, INK)], [("", 10, False, None)]]
    lines += [[(f"{k}: ", 14, True, INK), (v, 14, False, INK)] for k, v in report.meta]
    _text(slide, Inches(0.5), Inches(1.7), Inches(7.8), Inches(4.8), lines)
    overall = [[(labels["progress"], 16, False, MUTED)]]
    overall.append([(report.progress_text, 60, True, INK)])
    if report.baseline_label is not None and report.delta_text is not None:
        overall.append(
            [(f"{report.delta_text} {labels['since']} {report.baseline_short}", 14, False, MUTED)]
        )
    _text(slide, Inches(8.8), Inches(1.7), Inches(4.0), Inches(3.0), overall)
    if report.notes:
        _text(
            slide,
            Inches(0.5),
            Inches(6.45),
            Inches(12.3),
            Inches(0.9),
            [[(n, 10, False, MUTED)] for n in report.notes],
        )
    _notes(slide, [report.background, report.goals_intro])

    slide = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    _title(slide, labels["overall"], report.meeting_name or report.subtitle)
    _progress_chart(
        slide,
        report.progress_bars,
        Inches(0.4),
        Inches(1.45),
        Inches(6.3),
        Inches(4.3),
        labels["progress"],
        report.lang,
    )
    _status_chart(slide, report, Inches(6.8), Inches(1.45), Inches(6.2), Inches(4.3))
    _text(
        slide,
        Inches(0.5),
        Inches(5.9),
        Inches(12.3),
        Inches(1.5),
        [[(report.summary, 13, False, INK)]],
    )
    _notes(slide, [report.summary])

    _attention_slide(prs, report)
    for goal in report.goals:
        _goal_slide(prs, report, goal, len(report.goals))

    slide = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    _title(slide, labels["decision"], report.meeting_name or report.subtitle)
    _text(
        slide,
        Inches(0.5),
        Inches(1.8),
        Inches(12.3),
        Inches(1.5),
        [[(report.decision, 28, True, INK)]],
    )
    _appendix(prs, report)
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()
