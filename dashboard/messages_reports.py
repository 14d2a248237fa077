"""Words of the board report's summaries and continuation pages (dashboard.reports)."""

MESSAGES: dict[str, dict[str, str]] = {
    "report.bands_chart": {"nb": "Tiltak etter fremdrift", "en": "Measures by progress"},
    "report.appendix": {"nb": "Vedlegg: alle tiltak", "en": "Appendix: every measure"},
    "report.rows_of": {
        "nb": "tiltak {first}–{last} av {n}",
        "en": "measures {first}–{last} of {n}",
    },
}
