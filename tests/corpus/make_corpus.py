"""Write the upload corpus in tests/corpus/files: the secretariat's files as they really come.

Run: python tests/corpus/make_corpus.py  (the files are committed too; this script
is how they were made, and tests/test_corpus.py checks that it still writes the
same bytes). What each file should do is in tests/corpus/EXPECTED.json, decided
from the rules and the file, not copied from the program's output.

How the files look, and why:

* Excel on Norwegian Windows saves "CSV (semikolondelt)" as Windows-1252 with
  ``;`` and CRLF; "CSV UTF-8" the same with a UTF-8 byte-order mark; "Unicode
  text" as UTF-16 LE with a byte-order mark, tab separated, CRLF, a cell with a
  line break (Alt+Enter, written as a bare LF) or a quote in double quotes.
* Numbers are written as the cell shows them: ``1 234`` with a no-break space
  (U+00A0, or U+202F from other tools and copy-paste), decimal comma, ``85 %``.
* Excel keeps trailing separators (``;;``) where a column further right once
  held something, a title line and a blank line above the header, and a totals
  row ("Totalt", "Sum") under the figures.
* .xlsx files are made with openpyxl: real date cells, percent-formatted cells
  (0.4 shown as 40 %), numbers stored as text, identifiers that look like numbers.
  Their zip entries and document dates are pinned so that the bytes repeat.

The content comes from the demo plans (his-2025: measures his-t01…his-t20, goals
his-g1…his-g7); people appear only as roles ("Kommunikasjonsansvarlig").
"""

from __future__ import annotations

import datetime as dt
import io
import random
import struct
import sys
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"

NBSP = "\u00a0"  # what Excel writes as thousands separator and before %
NNBSP = "\u202f"  # narrow no-break space (other tools, copy-paste from the web)

#: The large file: daily figures for ten channel metrics over 10 000 days.
LARGE = "090_bad_large_100k.csv"
LARGE_NEGATIVE_LINE = 73_412  # a negative value, deep inside
LARGE_UNKNOWN_METRIC_LINE = 99_001  # a metric Planpuls does not know


# Encodings and quoting -----------------------------------------------------------


def cell(value: object, sep: str) -> str:
    """One cell as Excel writes it: quoted only when it holds the separator, a quote or a break."""
    text = "" if value is None else str(value)
    if any(ch in text for ch in (sep, '"', "\n", "\r")):
        return '"' + text.replace('"', '""') + '"'
    return text


def table(rows: list[list[object]], sep: str = ";", newline: str = "\r\n") -> str:
    """Rows as delimited text, with a line end after the last row (as Excel writes)."""
    return "".join(sep.join(cell(v, sep) for v in row) + newline for row in rows)


def cp1252(text: str) -> bytes:
    """Excel's "CSV (semikolondelt)" on Norwegian Windows."""
    return text.encode("cp1252")


def utf8_bom(text: str) -> bytes:
    """Excel's "CSV UTF-8"."""
    return b"\xef\xbb\xbf" + text.encode("utf-8")


def utf8(text: str) -> bytes:
    return text.encode("utf-8")


def unicode_text(rows: list[list[object]]) -> bytes:
    """Excel's "Unicode-tekst": UTF-16 LE with a byte-order mark, tab separated, CRLF."""
    return b"\xff\xfe" + table(rows, "\t").encode("utf-16-le")


# Workbooks -----------------------------------------------------------------------

PINNED = dt.datetime(2026, 11, 20, 9, 30, 0)


def workbook(
    sheets: list[tuple[str, list[list[object]], dict[str, str]]],
    compression: int = zipfile.ZIP_DEFLATED,
) -> bytes:
    """An .xlsx with these sheets: (title, rows, {column letter: number format})."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, rows, formats in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
        for letter, number_format in formats.items():
            for (target,) in sheet.iter_rows(min_col=_col(letter), max_col=_col(letter)):
                if isinstance(target.value, (int, float, dt.date)):
                    target.number_format = number_format
        for letter in "ABCDEFGH":
            sheet.column_dimensions[letter].width = 18
    book.properties.creator = "Sekretariatet"
    book.properties.created = PINNED
    book.properties.modified = PINNED
    raw = io.BytesIO()
    book.save(raw)
    return _pin_zip(raw.getvalue(), compression)


def _col(letter: str) -> int:
    return ord(letter) - ord("A") + 1


def _pin_zip(data: bytes, compression: int) -> bytes:
    """The same workbook with fixed entry times and document dates, so it rebuilds the same.

    (Deflated entries can still differ between zlib builds; the test compares contents.)
    """
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = content.decode("utf-8")
                for tag in ("dcterms:created", "dcterms:modified"):
                    start = text.find(f"<{tag}")
                    if start >= 0:
                        open_end = text.index(">", start) + 1
                        close = text.index(f"</{tag}>", open_end)
                        text = text[:open_end] + "2026-11-20T09:30:00Z" + text[close:]
                content = text.encode("utf-8")
            pinned = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 20, 9, 30, 0))
            pinned.compress_type = compression
            target.writestr(pinned, content)
    return out.getvalue()


# Not tables ------------------------------------------------------------------------


def png() -> bytes:
    """A real 16×16 PNG (an icon someone uploaded by mistake)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    pixels = b"".join(
        b"\x00" + b"".join(bytes((x * 16, y * 16, 160)) for x in range(16)) for y in range(16)
    )
    header = struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(pixels, 0))  # stored: the same bytes from any zlib
        + chunk(b"IEND", b"")
    )


def pdf() -> bytes:
    """A small PDF: a page of text and an embedded font program (binary, here made up)."""
    page = b"BT /F1 12 Tf 72 760 Td (Statusrapport tiltaksplan HIS - november 2026) Tj ET\n"
    font = random.Random(1852).randbytes(3000)
    parts = [b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"]
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(page) + page + b"\nendstream",
        b"<< /Type /Font /Subtype /TrueType /BaseFont /Arial /FontFile2 6 0 R >>",
        b"<< /Length %d /Length1 %d >>\nstream\n" % (len(font), len(font)) + font + b"\nendstream",
    ]
    for number, body in enumerate(objects, start=1):
        parts.append(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    parts.append(b"trailer\n<< /Root 1 0 R /Size 7 >>\n%%EOF\n")
    return b"".join(parts)


def random_bytes() -> bytes:
    data = random.Random(20261123).randbytes(4096)
    assert not data.startswith((b"PK", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"))
    return data


# The large file ----------------------------------------------------------------------

_LARGE_SERIES = (
    ("Nettside", "visitors"), ("Nettside", "pageviews"), ("Nyhetsbrev", "opens"),
    ("Nyhetsbrev", "clicks"), ("Sosiale kanaler", "reach"), ("Sosiale kanaler", "impressions"),
    ("Media", "mentions"), ("Teams", "participants"), ("Foredrag", "participants"),
    ("Faglige tidsskrift", "posts"),
)  # fmt: skip


def large() -> bytes:
    """100 000 daily figures (10 000 days × 10 series) ending 22.11.2026, with two bad rows."""
    rng = random.Random(73412)
    last = dt.date(2026, 11, 22)
    days = 10_000
    lines = ["dato;kanal;måltall;verdi"]
    for day in range(days):
        date = (last - dt.timedelta(days=days - 1 - day)).isoformat()
        for channel, metric in _LARGE_SERIES:
            line = len(lines) + 1  # the Excel row this record gets
            value = str(rng.randrange(0, 5000))
            name = metric
            if line == LARGE_NEGATIVE_LINE:
                value = "-" + value
            if line == LARGE_UNKNOWN_METRIC_LINE:
                name = "likes"
            lines.append(f"{date};{channel};{name};{value}")
    assert len(lines) == 100_001
    return cp1252("\r\n".join(lines) + "\r\n")


# The corpus -----------------------------------------------------------------------------

STATUS_NB = ["Tiltak-ID", "Dato", "Status", "Fremdrift", "Kommentar", "Rapportert av"]
LONG_COMMENT = (
    "Utkast sendt til styret. Innspill fra FoUI-miljøet og eierne er innarbeidet, og "
    "kortversjonen er lest av tre kommuner. "
)


def comment_of(length: int) -> str:
    """A bokmål comment of exactly ``length`` characters, with no space at either end."""
    text = (LONG_COMMENT * (length // len(LONG_COMMENT) + 1))[:length]
    return text[:-1] + "." if text.endswith(" ") else text


def valid_files() -> dict[str, bytes]:
    """Files that should go in: every canonical kind as Excel and other tools write it."""
    f: dict[str, bytes] = {}
    # Status updates ------------------------------------------------------------
    f["001_status_nb_cp1252.csv"] = cp1252(
        table([
            STATUS_NB,
            ["his-t02", "20.11.2026", "Gul", f"85{NBSP}%",
             "Utkast sendt til styret – venter på innspill før møtet 3. desember",
             "Kommunikasjonsansvarlig"],
            ["his-t05", "20.11.2026", "På sporet", "75",
             "Stand på Forskningstorget, budsjett 4 500 € (inkl. mva.)", "Alle ansatte"],
            ["his-t14", "19.11.2026", "Forsinket", "60",
             "Pressemelding om årsrapporten utsatt til januar", "Kommunikasjonsansvarlig"],
            ["his-t19", "18.11.2026", "Ikke påbegynt", "0", "", "Kommunikasjonsansvarlig"],
        ])
    )  # fmt: skip
    f["002_status_en_utf8bom.csv"] = utf8_bom(
        table([
            ["Measure ID", "Date", "Status", "Progress", "Comment", "Reported by"],
            ["his-t06", "20261120", "On track", "90",
             "Nyhetssak om KI i helsetjenesten publisert", "Kommunikasjonsansvarlig"],
            ["his-t08", "20261119", "At risk", "85", "Dialogmøte med kommunene flyttet til januar",
             "FoUI-leder"],
            ["his-t12", "20261117", "Done", "", "Posisjonsnotat vedtatt i styret",
             "Administrerende direktør"],
        ])
    )  # fmt: skip
    f["003_status_unicode_text.txt"] = unicode_text([
        ["tiltak_id", "dato", "status", "fremdrift", "kommentar", "rapportert_av"],
        ["his-t09", "21.11.2026", "Rød", "47,5 %", "Venter på avklaring fra eierne",
         "Administrerende direktør"],
        ["his-t13", "21.11.2026", "Gul", "62,5 %",
         'Eksempelsamlingen "Lokalt til nasjonalt" mangler to saker', "FoUI-leder"],
        ["his-t16", "21.11.2026", "Grønn", "90 %",
         "Introduksjonspakken er klar.\nGjennomgås med nye ansatte i desember.",
         "Kommunikasjonsansvarlig"],
        ["his-t18", "21.11.2026", "Gul", "65 %", "", "FoUI-leder"],
    ])  # fmt: skip
    f["004_status_sep_line.csv"] = utf8(
        "sep=;\r\n"
        + table([
            ["tiltak_id", "dato", "status", "fremdrift", "kommentar"],
            ["his-t02", "17.11.2026", "I rute", "82", "Følger opp eksemplene fra Helse Midt-Norge"],
            ["his-t04", "17.11.2026", "Grønn", "85", ""],
        ])
    )  # fmt: skip
    f["005_status_preamble.csv"] = cp1252(
        table([
            ["Statusrapport tiltaksplan HIS – november 2026", "", "", "", ""],
            ["", "", "", "", ""],
            ["Tiltak nr", "Dato", "Status", "Fremdrift", "Merknad"],
            ["his-t18", "22.11.2026", "Forsinket", "65", "Venter på ny prosjektleder"],
            ["his-t20", "22.11.2026", "Fullført", "100", "Strategien ligger på nettsiden"],
        ])
    )  # fmt: skip
    f["006_status_fractions_dates.csv"] = utf8(
        table(
            [
                ["tiltak_id", "dato", "status", "fremdrift"],
                ["his-t02", "46346", "på sporet", "0,9"],  # Excel serial of 20.11.2026
                ["his-t04", "2026-11-18", "på sporet", "0,95"],
                ["his-t06", "18. nov. 2026", "på sporet", "1"],
                ["his-t08", "20.11.26", "på sporet", "0,5"],
                ["his-t11", "31. des. 2025", "fullført", "1"],
            ],
            newline="\n",
        )
    )
    f["007_status.xlsx"] = workbook([
        ("Status november", [
            STATUS_NB,
            ["his-t10", dt.date(2026, 11, 16), "På sporet", 0.4,
             "Oppstart etter sommeren, første workshop holdt", "FoUI-leder"],
            ["his-t16", dt.date(2026, 11, 16), "På sporet", 0.85, None, "Kommunikasjonsansvarlig"],
            ["his-t18", dt.date(2026, 11, 16), "Fullført", 1.0,
             "Kommunikasjonsplaner for alle prosjekter ferdig", "FoUI-leder"],
        ], {"B": "DD.MM.YYYY", "D": "0%"}),
    ])  # fmt: skip
    f["008_status_two_sheets.xlsx"] = workbook([
        ("Forside", [
            ["Statusrapport til styret"],
            ["Helseinnovasjonssenteret – kommunikasjonsstrategi"],
            [None],
            ["Utarbeidet av", "Kommunikasjonsansvarlig"],
        ], {}),
        ("Status", [
            ["Tiltak-ID", "Dato", "Status", "Fremdrift"],
            ["his-t13", dt.datetime(2026, 11, 19, 14, 5), "Risiko", 0.7],
            ["his-t17", dt.datetime(2026, 11, 19, 14, 5), "Fullført", 1],
        ], {"B": "DD.MM.YYYY HH:MM", "D": "0%"}),
    ])  # fmt: skip
    f["009_status_ho21.csv"] = cp1252(
        table([
            ["tiltak_id", "dato", "status", "fremdrift", "kommentar", "rapportert_av"],
            ["ho21-t20", "18.11.2021", "Forsinket", "35",
             "Rollen til Rådets leder ferdigstilles når ny leder er på plass",
             "HO21-sekretariatet"],
        ])
    )  # fmt: skip
    f["010_status_slash_dates_settled.csv"] = cp1252(
        table([
            ["tiltak_id", "dato", "status", "fremdrift"],
            ["his-t19", "03/04/2026", "Ikke startet", "0"],
            ["his-t19", "05/06/2026", "På sporet", "10"],
            ["his-t19", "13/07/2026", "På sporet", "20"],
        ])
    )  # fmt: skip

    f["011_status_fremdrift_prosent_header.csv"] = cp1252(
        table([
            ["Tiltak-ID", "Dato", "Status", "Fremdrift (%)", "Kommentar"],
            ["his-t02", "20.11.2026", "Gul", "85", "Utkast sendt til styret"],
            ["his-t08", "20.11.2026", "Grønn", "90", "Dialogmøte med kommunene holdt"],
        ])
    )  # fmt: skip

    f["012_status_mixed_percent_cells.xlsx"] = workbook([
        ("Status", [
            STATUS_NB[:4],
            ["his-t02", dt.date(2026, 11, 20), "Fullført", 1.0],  # 100 %, percent-formatted
            ["his-t04", dt.date(2026, 11, 20), "Grønn", 0.55],  # 55 %, percent-formatted
            ["his-t06", dt.date(2026, 11, 20), "Grønn", "30"],  # typed later, as text
        ], {"B": "DD.MM.YYYY", "D": "0%"}),
    ])  # fmt: skip

    # Measures -------------------------------------------------------------------
    f["020_measures_nb_cp1252.csv"] = cp1252(
        table([
            ["tiltak_id", "mål_id", "tittel", "ansvarlig", "kanaler", "målgrupper", "start",
             "frist", "vekt", "", ""],
            ["his-t03", "his-g1", "Utvikle en bærekraftstrategi for HIS",
             "Administrerende direktør", "Internmøter|Nettside", "Ansatte|Styret|Eiere",
             "01.02.2025", "31.03.2026", "2", "", ""],
            ["his-t21", "his-g1", "Lage en kortversjon av strategien på én side",
             "Kommunikasjonsansvarlig", "Nettside, Nyhetsbrev", "Innbyggerne, Helsetjenesten",
             "01.12.2026", "28.02.2027", "1,5", "", ""],
        ])
    )  # fmt: skip
    f["021_measures_en_utf8bom.csv"] = utf8_bom(
        table(
            [
                ["Measure ID", "Goal ID", "Title", "Owner", "Channels", "Audiences",
                 "Start date", "Due date", "Weight"],
                ["his-t14", "his-g6", "Være proaktiv på å løfte saker ut i media",
                 "Kommunikasjonsansvarlig", "Media, Sosiale kanaler",
                 "Innbyggerne, Politisk/administrativ ledelse, Helsetjenesten", "2025-01-01",
                 "2026-12-31", "1"],
                ["his-t22", "his-g6", "Kronikk om helseinnovasjon i nasjonale medier",
                 "Kommunikasjonsansvarlig", "Media", "Politisk/administrativ ledelse",
                 "2026-09-01", "2026-12-15", "1"],
            ],
            sep=",",
        )
    )  # fmt: skip
    f["022_measures_unicode_text.txt"] = unicode_text([
        ["tiltak_id", "mål_id", "tittel", "ansvarlig", "kanaler", "målgrupper", "start", "frist",
         "vekt", "status", "fremdrift"],
        ["his-t23", "Innbyggerdialog", "Podkastserie om egen helse og fremtidens helsetjeneste",
         "Digital rådgiver", "Podkast|Nettside", "Innbyggerne|Studenter", "01.01.2027",
         "30.06.2027", "2", "Ikke startet", "0"],
        ["his-t06", "his-g3",
         "Kommunisere digitalt om helse, helseinnovasjon og utvikling av helsetjenestene",
         "Kommunikasjonsansvarlig", "Nettside|Sosiale kanaler|Nyhetsbrev",
         "Innbyggerne|Helsetjenesten", "01.02.2025", "31.12.2026", "1", "På sporet", "88"],
    ])  # fmt: skip
    f["023_measures.xlsx"] = workbook([
        ("Tiltak", [
            ["Tiltaksplan 2026 – Faglig gjennomføringskraft"],
            [None],
            ["Tiltak nr", "Mål-ID", "Tittel", "Ansvarlig", "Kanaler", "Start", "Frist", "Vekt"],
            ["1.10", "his-g5", "Kartlegge spisskompetanse i nettverket", "FoUI-leder", "Nettside",
             dt.date(2026, 1, 15), dt.date(2026, 6, 30), "2"],
            ["0042", "his-g5", "Felles fagdag med samarbeidspartnere", "FoUI-leder",
             "Arrangement og konferanser", dt.date(2026, 3, 1), dt.date(2026, 10, 31), 1],
            [7, "his-g5", "Månedlig nyhetsbrev til nettverket", "Kommunikasjonsansvarlig",
             "Nyhetsbrev", dt.date(2026, 2, 1), dt.date(2026, 12, 31), 0.5],
        ], {"F": "DD.MM.YYYY", "G": "DD.MM.YYYY"}),
    ])  # fmt: skip

    # Goals ------------------------------------------------------------------------
    f["030_goals_nb_cp1252.csv"] = cp1252(
        table([
            ["plan", "mål_id", "tittel", "beskrivelse"],
            ["his-2025", "his-g1", "Tydeligere profil",
             "Vi skal gjøre det lettere å forstå hvem HIS er, hvordan vi jobber og hva vi "
             "bidrar med."],
            ["his-2025", "his-g8", "Sterkere internkommunikasjon",
             "Ansatte skal kjenne strategien og vite hvor de finner informasjon – også nye "
             "ansatte."],
        ])
    )  # fmt: skip
    f["031_goals_en_utf8bom.csv"] = utf8_bom(
        table(
            [
                ["Plan", "Goal ID", "Title", "Description", "Order"],
                ["Kommunikasjonsstrategi HIS – tiltaksplan 2025–2026", "his-g9",
                 "Kunnskapsdeling i nettverket",
                 "Dele erfaringer fra prosjekter med nettverket, også på engelsk.", "9"],
            ],
            sep=",",
        )
    )  # fmt: skip
    f["032_goals_unicode_text.txt"] = unicode_text([
        ["mål_id", "tittel", "beskrivelse", "rekkefølge"],
        ["his-g7", "Implementering av strategien",
         "Kommunikasjonsstrategien skal brukes av alle ansatte og detaljeres ned i en intern "
         "tiltaksplan.", "7"],
        ["his-g10", "Beredskapskommunikasjon",
         "Rutiner for kommunikasjon i krise og ved uønskede hendelser.", "10"],
    ])  # fmt: skip
    f["033_goals_ho21.xlsx"] = workbook([
        ("Mål", [
            ["Plan", "Mål-ID", "Tittel", "Beskrivelse", "Nr"],
            ["ho21-2020", "ho21-g8", "Rådsmøter og referater",
             "Sakspapirer og referater publiseres på nettsiden innen to uker.", 8],
        ], {}),
    ])  # fmt: skip

    # Channel metrics, long ------------------------------------------------------------
    f["040_metrics_long_nb_cp1252.csv"] = cp1252(
        table([
            ["Dato", "Kanal", "Måltall", "Verdi", "Målgruppe"],
            ["01.11.2026", "Nettside", "Besøkende", f"5{NBSP}123", ""],
            ["01.11.2026", "Nettside", "Sidevisninger", f"13{NBSP}456", ""],
            ["01.11.2026", "Nyhetsbrev", "Abonnenter", f"1{NBSP}287", ""],
            ["01.11.2026", "Arrangement og konferanser", "Deltakere", "64", "Helsetjenesten"],
            ["", "", "", "", ""],
            ["Kilde: Matomo og Mailchimp, hentet 20.11.2026", "", "", "", ""],
        ])
    )  # fmt: skip
    f["041_metrics_long_utf8_nnbsp.csv"] = utf8(
        table(
            [
                ["Dato", "Til dato", "Kanal", "Måltall", "Verdi", "Notat"],
                ["1. okt. 2026", "31. okt. 2026", "Sosiale kanaler", "Rekkevidde",
                 f"23{NNBSP}456", "LinkedIn og Facebook samlet – tall fra Meta og LinkedIn"],
                ["1. okt. 2026", "31. okt. 2026", "Sosiale kanaler", "Følgere", f"2{NNBSP}345",
                 ""],
            ],
            newline="\n",
        )
    )  # fmt: skip
    f["042_metrics_long_en_comma.csv"] = utf8(
        table(
            [
                ["Date", "Channel", "Metric", "Value", "Period end", "Audience"],
                ["2026-11-01", "Nettside", "Visitors", "5,123", "2026-11-30", ""],
                ["2026-11-01", "Nettside", "Page views", "13,456", "2026-11-30", ""],
                ["2026-11-01", "Media", "Mentions", "7", "2026-11-30", ""],
            ],
            sep=",",
        )
    )  # fmt: skip
    f["043_metrics_long.xlsx"] = workbook([
        ("Kanaltall", [
            ["Dato", "Kanal", "Måltall", "Verdi", "Målgruppe", "Mål-ID"],
            [dt.date(2026, 11, 1), "Media", "Omtaler", 7, None, "his-g6"],
            [dt.date(2026, 11, 1), "Sosiale kanaler", "Visninger", f"17{NBSP}250", None,
             "his-g2"],
            [dt.date(2026, 11, 1), "Arrangement og konferanser", "Deltakere", 58, "Innbyggerne",
             "his-g3"],
        ], {"A": "DD.MM.YYYY", "D": "# ##0"}),
    ])  # fmt: skip
    f["044_metrics_long_sum_row.xlsx"] = workbook([
        ("Oktober", [
            ["Kanaltall oktober 2026"],
            [None],
            ["Dato", "Kanal", "Måltall", "Verdi"],
            [dt.date(2026, 10, 1), "Nettside", "Besøkende", 5941],
            [dt.date(2026, 10, 1), "Nettside", "Sidevisninger", 15751],
            [dt.date(2026, 10, 1), "Nyhetsbrev", "Abonnenter", 829],
            ["Sum", None, None, 22521],
        ], {"A": "DD.MM.YYYY", "D": "# ##0"}),
    ])  # fmt: skip

    # Channel metrics, wide --------------------------------------------------------------
    f["050_metrics_wide_nb_cp1252.csv"] = cp1252(
        table([
            ["Dato", "Kanal", "Besøkende", "Sidevisninger", "", "", ""],
            ["01.09.2026", "Nettside", f"5{NBSP}566", f"14{NBSP}234", "", "", ""],
            ["01.10.2026", "Nettside", f"6{NBSP}020", f"15{NBSP}870", "", "", ""],
            ["01.11.2026", "Nettside", f"5{NBSP}123", f"13{NBSP}456", "", "", ""],
        ])
    )  # fmt: skip
    f["051_metrics_wide_en_utf8bom.csv"] = utf8_bom(
        table([
            ["Date", "Channel", "Subscribers", "Opens", "Clicks"],
            ["2026-11-01", "Nyhetsbrev", f"1{NNBSP}301", "412", "57"],
        ])
    )  # fmt: skip
    f["052_metrics_wide_unicode_text.txt"] = unicode_text([
        ["Måned", "Kanal", "Rekkevidde", "Visninger", "Følgere", "Innlegg"],
        ["01.11.2026", "Sosiale kanaler", f"9{NBSP}120", f"17{NBSP}250", f"2{NBSP}371", "11"],
    ])  # fmt: skip
    f["053_metrics_wide_no_channel.xlsx"] = workbook([
        ("Nyhetsbrev", [
            ["Nyhetsbrev – månedstall 2026"],
            [None],
            ["Måned", "Abonnenter", "Åpninger", "Klikk"],
            [dt.date(2026, 10, 1), 829, 382, 51],
            [dt.date(2026, 11, 1), 1301, "412", 57],
        ], {"A": "MMM YYYY"}),
    ])  # fmt: skip
    f["054_metrics_wide_sep_serials.csv"] = utf8(
        "sep=,\r\n"
        + table(
            [["Dato", "Kanal", "Omtaler"], ["46296", "Media", "4"], ["46327", "Media", "5"]],
            sep=",",
        )
    )
    f["055_metrics_wide_totals.csv"] = cp1252(
        table([
            ["Dato", "Kanal", "Rekkevidde", "Visninger"],
            ["01.07.2026", "LinkedIn", f"3{NBSP}120", f"6{NBSP}480"],
            ["01.08.2026", "LinkedIn", f"2{NBSP}870", f"5{NBSP}910"],
            ["01.09.2026", "LinkedIn", f"4{NBSP}015", f"8{NBSP}230"],
            ["01.10.2026", "LinkedIn", f"4{NBSP}402", f"9{NBSP}105"],
            ["Totalt", "", f"14{NBSP}407", f"29{NBSP}725"],
        ])
    )  # fmt: skip

    f["056_metrics_wide_month_names.csv"] = cp1252(
        table([
            ["Måned", "Kanal", "Besøkende", "Sidevisninger"],
            ["okt. 2026", "Nettside", f"5{NBSP}941", f"15{NBSP}751"],
            ["nov. 2026", "Nettside", f"5{NBSP}123", f"13{NBSP}456"],
        ])
    )  # fmt: skip

    # Hostile text that is still valid content ------------------------------------------
    f["060_status_formula_comments.csv"] = utf8_bom(
        table([
            ["tiltak_id", "dato", "status", "fremdrift", "kommentar", "rapportert_av"],
            ["his-t02", "21.11.2026", "Grønn", "82", '=HYPERLINK("http://x","y")',
             "Kommunikasjonsansvarlig"],
            ["his-t04", "21.11.2026", "Grønn", "82", "+cmd|' /C calc'!A0",
             "Kommunikasjonsansvarlig"],
            ["his-t06", "21.11.2026", "Grønn", "86", "-2+3", "Kommunikasjonsansvarlig"],
            ["his-t08", "21.11.2026", "Grønn", "86", "@SUM(A1)", "FoUI-leder"],
        ])
    )  # fmt: skip
    f["061_status_script_comment.csv"] = utf8(
        table([
            ["tiltak_id", "dato", "status", "fremdrift", "kommentar"],
            ["his-t13", "21.11.2026", "Gul", "62", "<script>alert(1)</script>"],
            ["his-t14", "21.11.2026", "Grønn", "82", "<b>Viktig:</b> <img src=x onerror=alert(1)>"],
        ])
    )  # fmt: skip
    f["062_status_sql_reported_by.csv"] = utf8(
        table([
            ["tiltak_id", "dato", "status", "fremdrift", "kommentar", "rapportert_av"],
            ["his-t02", "21.11.2026", "Grønn", "82", "Robert'); DROP TABLE status_update;--",
             "Robert'); DROP TABLE measure;--"],
        ])
    )  # fmt: skip
    f["063_measures_sql_title.csv"] = utf8(
        table([
            ["tiltak_id", "mål_id", "tittel", "ansvarlig"],
            ["his-t24", "his-g1", "Robert'); DROP TABLE measure;--",
             "Robert'); DROP TABLE owner;--"],
        ])
    )  # fmt: skip
    return f


def malformed_files() -> dict[str, bytes]:
    """Files that should be refused, whole or in part, with the reason at the right place."""
    f: dict[str, bytes] = {}
    # The file as a whole ----------------------------------------------------------
    f["070_bad_empty.csv"] = b""
    f["071_bad_header_only.csv"] = cp1252(
        "tiltak_id;dato;status;fremdrift;kommentar\r\n;;;;\r\n;;;;\r\n;;;;\r\n"
    )
    f["072_bad_blank_lines.csv"] = b"\r\n\r\n   \r\n\t\t\r\n\r\n"
    f["073_bad_only_separators.csv"] = b";;;;\r\n;;;;\r\n;;;;\r\n"
    f["074_bad_random_bytes.csv"] = random_bytes()
    f["075_bad_image.png"] = png()
    f["076_bad_document.pdf"] = pdf()
    # Cut from a workbook with stored (uncompressed) entries, so any zlib makes the same bytes.
    f["077_bad_truncated.xlsx"] = workbook(
        [("Status", [STATUS_NB, ["his-t02", dt.date(2026, 11, 20), "Gul", 0.85]], {})],
        zipfile.ZIP_STORED,
    )[:1500]
    f["078_bad_title_only.csv"] = cp1252("Statusrapport tiltaksplan HIS – november 2026\r\n")
    f["079_bad_email_text.txt"] = utf8(
        "Hei!\r\n\r\nHer er tallene for november. Nettsiden hadde 5 123 besøkende.\r\n\r\n"
        "Hilsen sekretariatet\r\n"
    )
    f["080_bad_missing_status_column.csv"] = cp1252(
        table([
            ["tiltak_id", "dato", "fremdrift", "kommentar"],
            ["his-t02", "20.11.2026", "85", "Utkast sendt til styret"],
        ])
    )  # fmt: skip
    f["081_bad_missing_goal_column.csv"] = cp1252(
        table([
            ["tiltak_id", "tittel", "ansvarlig", "frist"],
            ["his-t25", "Oppdatere presentasjonsmalen", "Kommunikasjonsansvarlig", "31.12.2026"],
        ])
    )  # fmt: skip

    # Rows out of shape ---------------------------------------------------------------
    f["082_bad_wrong_separator.csv"] = cp1252(
        "tiltak_id,dato,status,fremdrift,kommentar\r\n"
        "his-t02,20.11.2026,Gul,0,85,Utkast sendt til styret\r\n"
        "his-t04,20.11.2026,Grønn,90,Resultatene presentert på dialogmøtet\r\n"
        "his-t06,20.11.2026,Grønn,0,9,Nyhetssak publisert\r\n"
    )
    f["083_bad_shifted_columns.csv"] = cp1252(
        "tiltak_id;dato;status;fremdrift;kommentar;rapportert_av\r\n"
        "his-t02;20.11.2026;Gul;85;Utkast sendt; venter på styret;Kommunikasjonsansvarlig\r\n"
        "his-t04;20.11.2026;Grønn;90;Ok;Kommunikasjonsansvarlig\r\n"
        "his-t05;20.11.2026;Gul;70;Stand avlyst;flyttet til våren;Alle ansatte\r\n"
        "his-t08;;20.11.2026;Grønn;85;;FoUI-leder\r\n"
    )
    f["084_bad_sep_line_numbers.csv"] = cp1252(
        "sep=;\r\n"
        + table([
            ["tiltak_id", "dato", "status", "fremdrift"],
            ["his-t02", "20.11.2026", "Gul", "85"],
            ["his-t99", "20.11.2026", "Gul", "50"],
        ])
    )  # fmt: skip
    f["085_bad_multiline_line_numbers.txt"] = unicode_text([
        ["tiltak_id", "dato", "status", "fremdrift", "kommentar"],
        ["his-t02", "20.11.2026", "Gul", "85 %", "Første linje\nandre linje\ntredje linje"],
        ["his-t04", "20.11.2026", "Lilla", "90 %", ""],
    ])  # fmt: skip
    f["086_bad_problems.xlsx"] = workbook([
        ("Status", [
            ["Status til styremøtet"],
            [None],
            ["Tiltak-ID", "Dato", "Status", "Fremdrift"],
            ["his-t02", dt.date(2026, 11, 20), "Gul", 0.85],
            ["his-t99", dt.date(2026, 11, 20), "Gul", 0.5],
            ["his-t04", "32.11.2026", "Grønn", 0.9],
            ["his-t06", dt.date(2027, 1, 1), "Grønn", 0.9],
        ], {"B": "DD.MM.YYYY", "D": "0%"}),
    ])  # fmt: skip
    f["087_bad_preamble_line_numbers.csv"] = cp1252(
        table([
            ["Statusrapport tiltaksplan HIS – november 2026", "", "", ""],
            ["", "", "", ""],
            ["tiltak_id", "dato", "status", "fremdrift"],
            ["his-t02", "20.11.2026", "Gul", "85"],
            ["his-t04", "20.11.2026", "Grønn", "90"],
            ["his-t06", "20.11.2026", "Grønn", "190"],
        ])
    )  # fmt: skip

    # Status rules -----------------------------------------------------------------------
    f["088_bad_unknown_measures.csv"] = cp1252(
        table([
            ["tiltak_id", "dato", "status", "fremdrift"],
            ["his-t99", "20.11.2026", "Gul", "50"],
            ["his-t21", "20.11.2026", "Gul", "50"],
            ["t02", "20.11.2026", "Gul", "50"],
            ["his-t02", "20.11.2026", "Gul", "82"],
        ])
    )  # fmt: skip
    f["089_bad_other_plan_ids.csv"] = cp1252(
        table([
            ["tiltak_id", "dato", "status", "fremdrift"],
            ["ho21-t02", "20.11.2026", "Fullført", "100"],
            ["tynset-t06", "20.11.2026", "Grønn", "40"],
            ["his-t02", "20.11.2026", "Grønn", "82"],
        ])
    )  # fmt: skip
    f["091_bad_progress_range.csv"] = cp1252(
        table([
            ["tiltak_id", "dato", "status", "fremdrift"],
            ["his-t02", "20.11.2026", "Grønn", "140"],
            ["his-t04", "20.11.2026", "Grønn", "-5"],
            ["his-t06", "20.11.2026", "Grønn", "100"],
            ["his-t08", "20.11.2026", "Grønn", "140 %"],
        ])
    )  # fmt: skip
    f["092_bad_future_dates.csv"] = cp1252(
        table([
            ["tiltak_id", "dato", "status", "fremdrift"],
            ["his-t02", "24.11.2026", "Grønn", "82"],
            ["his-t04", "23.11.2026", "Grønn", "82"],
            ["his-t06", "01.01.2027", "Grønn", "90"],
        ])
    )  # fmt: skip
    f["093_bad_duplicate_rows.csv"] = cp1252(
        table([
            ["tiltak_id", "dato", "status", "fremdrift", "kommentar"],
            ["his-t02", "20.11.2026", "Gul", "85", "Utkast sendt til styret"],
            ["his-t04", "20.11.2026", "Grønn", "90", ""],
            ["his-t02", "20.11.2026", "Gul", "85", "Utkast sendt til styret"],
            ["his-t02", "2026-11-20", "Gul", "86", "Samme dato, annen skrivemåte"],
        ])
    )  # fmt: skip
    f["094_bad_ambiguous_dates.csv"] = cp1252(
        table([
            ["tiltak_id", "dato", "status", "fremdrift"],
            ["his-t19", "03/04/2026", "Ikke startet", "0"],
            ["his-t19", "05/06/2026", "På sporet", "10"],
            ["his-t19", "07/08/2026", "På sporet", "20"],
        ])
    )  # fmt: skip
    f["095_bad_comment_too_long.csv"] = utf8_bom(
        table([
            ["tiltak_id", "dato", "status", "fremdrift", "kommentar"],
            ["his-t02", "20.11.2026", "Gul", "85", comment_of(2000)],
            ["his-t04", "20.11.2026", "Grønn", "90", comment_of(2001)],
            ["his-t06", "20.11.2026", "Grønn", "90", comment_of(2600)],
        ])
    )  # fmt: skip
    f["096_bad_status_words.csv"] = cp1252(
        table([
            ["tiltak_id", "dato", "status", "fremdrift"],
            ["his-t02", "20.11.2026", "Lilla", "50"],
            ["his-t04", "20.11.2026", "Halvveis", "50"],
            ["his-t06", "20.11.2026", "", "50"],
            ["his-t08", "20.11.2026", "GRØNN", "86"],
            ["his-t09", "20.11.2026", "i rute", "50"],
        ])
    )  # fmt: skip
    f["097_bad_dates_and_missing.csv"] = cp1252(
        table([
            ["tiltak_id", "dato", "status", "fremdrift"],
            ["his-t02", "31.02.2026", "Gul", "85"],
            ["his-t04", "2026-13-01", "Grønn", "90"],
            ["his-t06", "i går", "Grønn", "90"],
            ["his-t08", "", "Grønn", "86"],
            ["his-t09", "20.11.2026", "Rød", "45"],
            ["", "20.11.2026", "Gul", "85"],
        ])
    )  # fmt: skip

    f["098_bad_offset_table.xlsx"] = workbook([
        ("Status", [
            [None],
            [None, "Status per 20.11.2026"],
            [None],
            [None, "Tiltak-ID", "Dato", "Status", "Fremdrift"],
            [None, "his-t02", dt.date(2026, 11, 20), "Gul", 85],
            [None, "his-t04", dt.date(2026, 11, 20), "Lilla", 90],
        ], {"C": "DD.MM.YYYY"}),
    ])  # fmt: skip

    # Measures and goals rules -------------------------------------------------------------
    f["100_bad_measures_refs.csv"] = cp1252(
        table([
            ["tiltak_id", "mål_id", "tittel", "ansvarlig"],
            ["his-t25", "his-g99", "Oppdatere presentasjonsmalen", "Kommunikasjonsansvarlig"],
            ["ho21-t01", "his-g1", "Dialogmøte om HelseOmsorg21-monitoren",
             "Kommunikasjonsansvarlig"],
            ["his-t27", "", "Tiltak uten mål", "Kommunikasjonsansvarlig"],
            ["his-t28", "his-g2", "", "Kommunikasjonsansvarlig"],
            ["his-t26", "ho21-g1", "Nytt tiltak under et mål i en annen plan",
             "Kommunikasjonsansvarlig"],
            ["his-t29", "Vise konkret samfunnsverdi", "Gyldig tiltak med målets tittel",
             "Kommunikasjonsansvarlig"],
        ])
    )  # fmt: skip
    f["101_bad_measures_dates_weight.csv"] = cp1252(
        table([
            ["tiltak_id", "mål_id", "tittel", "ansvarlig", "start", "frist", "vekt"],
            ["his-t25", "his-g2", "Årsrapport i kortversjon", "Kommunikasjonsansvarlig",
             "01.06.2026", "01.03.2026", "1"],
            ["his-t26", "his-g2", "Film om samhandlingsmodellen", "Kommunikasjonsansvarlig",
             "01.02.2026", "30.06.2026", "-1"],
            ["his-t27", "his-g2", "Faktaark til eierne", "Kommunikasjonsansvarlig", "01.02.2026",
             "30.06.2026", "tung"],
            ["his-t28", "his-g2", "Webinar for kommunene", "Kommunikasjonsansvarlig", "snart",
             "30.06.2026", "1"],
            ["his-t29", "his-g2", "Gyldig tiltak", "Kommunikasjonsansvarlig", "01.02.2026",
             "30.06.2026", "1"],
        ])
    )  # fmt: skip
    f["102_bad_goals_plan.csv"] = cp1252(
        table([
            ["plan", "mål_id", "tittel", "beskrivelse"],
            ["his-2025", "ho21-g1", "Kunnskapsbasert politikk", "Flyttet fra HO21-planen"],
            ["ukjent-plan", "his-g11", "Ny profil", ""],
            ["his-2025", "his-g12", "Ny målsetting", "Denne raden er i orden"],
            ["his-2025", "", "Mål uten ID", ""],
        ])
    )  # fmt: skip

    # Channel metrics rules ----------------------------------------------------------------
    f["110_bad_unknown_metric.csv"] = cp1252(
        table([
            ["Dato", "Kanal", "Måltall", "Verdi"],
            ["01.11.2026", "Sosiale kanaler", "Likerklikk", "120"],
            ["01.11.2026", "Sosiale kanaler", "Følgere", f"2{NBSP}371"],
            ["01.11.2026", "Sosiale kanaler", "", "15"],
        ])
    )  # fmt: skip
    f["111_bad_metrics_values.csv"] = cp1252(
        table([
            ["dato", "til dato", "kanal", "måltall", "verdi"],
            ["01.10.2026", "30.09.2026", "Nettside", "besøkende", f"5{NBSP}941"],
            ["01.11.2026", "30.11.2026", "Nettside", "besøkende", "-3"],
            ["01.11.2026", "30.11.2026", "Nettside", "sidevisninger", "mange"],
            ["01.11.2026", "30.11.2026", "", "abonnenter", f"1{NBSP}301"],
            ["01.11.2026", "30.11.2026", "Nyhetsbrev", "åpninger", ""],
            ["01.11.2026", "30.11.2026", "Nyhetsbrev", "klikk", "57"],
        ])
    )  # fmt: skip
    f["112_bad_metrics_refs.csv"] = cp1252(
        table([
            ["dato", "kanal", "måltall", "verdi", "mål_id", "tiltak_id"],
            ["01.11.2026", "Media", "omtaler", "7", "his-g99", ""],
            ["01.11.2026", "Nettside", "besøkende", f"5{NBSP}123", "", "his-t99"],
            ["01.11.2026", "Nyhetsbrev", "abonnenter", f"1{NBSP}301", "his-g1", "his-t02"],
        ])
    )  # fmt: skip
    f["113_bad_metrics_future.csv"] = cp1252(
        table([
            ["Dato", "Kanal", "Besøkende"],
            ["01.12.2026", "Nettside", f"5{NBSP}000"],
            ["01.11.2026", "Nettside", f"5{NBSP}123"],
        ])
    )  # fmt: skip
    f["114_bad_metrics_duplicates.csv"] = cp1252(
        table([
            ["dato", "kanal", "måltall", "verdi"],
            ["01.11.2026", "Nettside", "Besøkende", f"5{NBSP}123"],
            ["01.11.2026", "nettside", "besøkende", f"5{NBSP}123"],
            ["01.11.2026", "Nettside", "Visitors", f"5{NBSP}200"],
        ])
    )  # fmt: skip
    f["115_bad_wide_no_channel.csv"] = cp1252(
        table([["Dato", "Besøkende", "Sidevisninger"], ["01.11.2026", f"5{NBSP}123", "13 456"]])
    )
    f[LARGE] = large()
    return f


def build() -> dict[str, bytes]:
    """Every corpus file by name."""
    files = {**valid_files(), **malformed_files()}
    return dict(sorted(files.items()))


def main(argv: list[str]) -> int:
    FILES.mkdir(parents=True, exist_ok=True)
    files = build()
    for name, data in files.items():
        (FILES / name).write_bytes(data)
    for stale in sorted(FILES.iterdir()):
        if stale.name not in files:
            stale.unlink()
            print(f"removed {stale.name}")
    print(f"wrote {len(files)} files to {FILES}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
