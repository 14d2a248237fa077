"""Words of Kanaler's channel cards: every channel's headline figure and its trend."""

MESSAGES: dict[str, dict[str, str]] = {
    "channels.head.title": {
        "nb": "Alle kanaler, {start}–{end}",
        "en": "Every channel, {start}–{end}",
    },
    "channels.head.rule": {
        "nb": (
            "Hver kanal vises med sitt eget hovedtall: det første av besøkende, abonnenter, "
            "rekkevidde, deltakere, omtaler, følgere … som kanalen har tall for i de fleste "
            "periodene (interne kanaler: deltakere først). Endringen sammenligner periodens tall "
            "med tallene for de samme månedene ett år før, der begge år har tall."
        ),
        "en": (
            "Each channel shows its own headline figure: the first of visitors, subscribers, "
            "reach, participants, mentions, followers … that the channel has figures for in "
            "most periods (internal channels: participants first). The change compares the "
            "period's figures with those of the same months a year before, where both years "
            "have figures."
        ),
    },
    "channels.head.external": {"nb": "Eksterne kanaler", "en": "External channels"},
    "channels.head.internal": {"nb": "Interne kanaler", "en": "Internal channels"},
    "channels.head.none_in_scope": {
        "nb": "Organisasjonen har ingen kanaler av denne typen.",
        "en": "The organisation has no channels of this kind.",
    },
    "channels.head.label": {"nb": "{channel}: {metric}", "en": "{channel}: {metric}"},
    "channels.head.flow": {
        "nb": "{metric}, sum {start}–{end}",
        "en": "{metric}, total {start}–{end}",
    },
    "channels.head.stock": {
        "nb": "{metric}, siste tall ({end})",
        "en": "{metric}, latest figure ({end})",
    },
    "channels.head.up": {
        "nb": "opp fra i fjor",
        "en": "up on last year",
    },
    "channels.head.down": {
        "nb": "ned fra i fjor",
        "en": "down on last year",
    },
    "channels.head.same": {
        "nb": "som i fjor",
        "en": "as last year",
    },
    "channels.head.compared": {
        "nb": "{start}–{end}: {now} mot {before} samme måneder året før",
        "en": "{start}–{end}: {now} against {before} in the same months a year before",
    },
    "channels.head.no_trend": {
        "nb": "Ingen tall fra samme periode i fjor å sammenligne med.",
        "en": "No figures from the same period last year to compare with.",
    },
    "channels.head.no_figures": {
        "nb": "Ingen tall i perioden for: {channels}.",
        "en": "No figures in the period for: {channels}.",
    },
    "channels.head.upload": {"nb": "Last opp tall", "en": "Upload figures"},
    "channels.head.ask_secretariat": {
        "nb": "Sekretariatet kan laste opp tall under «Last opp».",
        "en": "The secretariat can upload figures under “Upload”.",
    },
    "channels.head.detail": {"nb": "Ett måltall i detalj", "en": "One metric in detail"},
}
