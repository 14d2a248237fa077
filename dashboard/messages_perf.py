"""Words of the pages made for a region's history (long lists shown in part)."""

MESSAGES: dict[str, dict[str, str]] = {
    "perf.history_latest": {
        "nb": "Viser de {shown} nyeste av {total} statusoppdateringer. Nedlastingene har alle.",
        "en": "Showing the {shown} newest of {total} status updates. The downloads hold them all.",
    },
    "perf.batches_shown": {
        "nb": "Viser de {shown} nyeste av {total} importer.",
        "en": "Showing the {shown} newest of {total} imports.",
    },
    "perf.show_more": {"nb": "Vis flere", "en": "Show more"},
    "perf.list_shown": {
        "nb": "Viser de {shown} første av {total}. Nedlastingene har alle.",
        "nn": "Viser dei {shown} første av {total}. Nedlastingane har alle.",
        "en": "Showing the first {shown} of {total}. The downloads hold them all.",
    },
    "perf.list_shown_report": {
        "nb": "Viser de {shown} første av {total}. Word- og PDF-rapporten har alle.",
        "nn": "Viser dei {shown} første av {total}. Word- og PDF-rapporten har alle.",
        "en": "Showing the first {shown} of {total}. The Word and PDF reports hold them all.",
    },
    "perf.show_all": {"nb": "Vis alle {total}", "nn": "Vis alle {total}", "en": "Show all {total}"},
    "perf.drawing_rest": {
        "nb": "Tegner diagrammene og listene …",
        "nn": "Teiknar diagramma og listene …",
        "en": "Drawing the charts and lists …",
    },
}
