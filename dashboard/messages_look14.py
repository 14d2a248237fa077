"""Words of issue 14's views made compact after looking at them on the demo plans
(one-line warnings with the names a click away)."""

MESSAGES: dict[str, dict[str, str]] = {
    "look14.activity_only_count": {
        "nb": "{n} av {total} mål måles bare med aktivitet – ingen resultatmål.",
        "nn": "{n} av {total} mål vert berre målte med aktivitet – ingen resultatmål.",
        "en": "{n} of {total} goals are measured by activity alone – no outcome targets.",
    },
    "look14.flagged_count": {
        "nb": "{n} av {total} mål vil trolig ikke nås innen {end}.",
        "nn": "{n} av {total} mål vil truleg ikkje bli nådde innan {end}.",
        "en": "{n} of {total} goals are likely to miss by {end}.",
    },
    "look14.unreached_count": {
        "nb": "Ingen tiltak eller kanal når {n} av {total} målgrupper.",
        "nn": "Ingen tiltak eller kanal når {n} av {total} målgrupper.",
        "en": "No measure or channel reaches {n} of {total} target groups.",
    },
    "look14.which_goals": {
        "nb": "Hvilke mål ({n})",
        "nn": "Kva mål ({n})",
        "en": "Which goals ({n})",
    },
    "look14.which_groups": {
        "nb": "Hvilke målgrupper ({n})",
        "nn": "Kva målgrupper ({n})",
        "en": "Which target groups ({n})",
    },
}
