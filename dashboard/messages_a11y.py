"""Words of the accessibility features: charts' text alternatives, images' alt text."""

MESSAGES: dict[str, dict[str, str]] = {
    "a11y.chart_says": {"nb": "Diagrammet viser: {text}.", "en": "The chart shows: {text}."},
    "a11y.chart_empty": {
        "nb": "Diagrammet har ingen tall å vise.",
        "en": "The chart has no figures to show.",
    },
    "a11y.more": {"nb": "og {n} til (se tabellen)", "en": "and {n} more (see the table)"},
    "a11y.category": {"nb": "Gjelder", "en": "Item"},
    "a11y.value": {"nb": "Verdi", "en": "Value"},
    "a11y.table": {"nb": "Vis som tabell", "en": "Show as a table"},
}
