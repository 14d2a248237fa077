"""Words of Kanaler's coverage matrix and of channel richness (issue 14)."""

MESSAGES: dict[str, dict[str, str]] = {
    "coverage.title": {"nb": "Dekning", "nn": "Dekning", "en": "Coverage"},
    "coverage.intro": {
        "nb": (
            "Hvilke målgrupper planen når, og gjennom hvilke kanaler, {start}–{end}. "
            "En celle viser tiltakene som retter seg mot målgruppen gjennom kanalen, og "
            "kanalens tall for målgruppen der tallene er fordelt på målgrupper."
        ),
        "nn": (
            "Kva målgrupper planen når, og gjennom kva kanalar, {start}–{end}. "
            "Ei celle viser tiltaka som rettar seg mot målgruppa gjennom kanalen, og "
            "talet for kanalen for målgruppa der tala er fordelte på målgrupper."
        ),
        "en": (
            "Which target groups the plan reaches, and through which channels, {start}–{end}. "
            "A cell shows the measures aimed at the group through the channel, and the "
            "channel's figure for the group where the figures are split by group."
        ),
    },
    "coverage.unreached": {
        "nb": "Ingen tiltak eller kanal når: {groups}",
        "nn": "Ingen tiltak eller kanal når: {groups}",
        "en": "No measure or channel reaches: {groups}",
    },
    "coverage.all_reached": {
        "nb": "Alle målgruppene nås av minst ett tiltak eller kanaltall i perioden.",
        "nn": "Alle målgruppene blir nådde av minst eitt tiltak eller kanaltal i perioden.",
        "en": "Every target group is reached by at least one measure or channel figure "
        "in the period.",
    },
    "coverage.no_groups": {
        "nb": "Organisasjonen har ingen målgrupper ennå. Legg dem til i tabellen under.",
        "nn": "Organisasjonen har ingen målgrupper enno. Legg dei til i tabellen under.",
        "en": "The organisation has no target groups yet. Add them in the table below.",
    },
    "coverage.group_column": {"nb": "Målgruppe", "nn": "Målgruppe", "en": "Target group"},
    "coverage.not_reached_mark": {"nb": "Ikke nådd", "nn": "Ikkje nådd", "en": "Not reached"},
    "coverage.richness_is": {
        "nb": "Rikhet: {level}",
        "nn": "Rikdom: {level}",
        "en": "Richness: {level}",
    },
    "coverage.richness_none": {
        "nb": "Rikhet: ikke angitt",
        "nn": "Rikdom: ikkje oppgitt",
        "en": "Richness: not set",
    },
    "coverage.channel_total": {
        "nb": "{value} {metric} i alt",
        "nn": "{value} {metric} i alt",
        "en": "{value} {metric} in all",
    },
    "coverage.group_figure": {
        "nb": "{value} {metric}",
        "nn": "{value} {metric}",
        "en": "{value} {metric}",
    },
    "coverage.whole_channel": {
        "nb": "Hele kanalen: {value} {metric}",
        "nn": "Heile kanalen: {value} {metric}",
        "en": "Whole channel: {value} {metric}",
    },
    "coverage.measures": {"nb": "Tiltak: {n}", "nn": "Tiltak: {n}", "en": "Measures: {n}"},
    "coverage.empty_cell": {"nb": "–", "nn": "–", "en": "–"},
    "coverage.table_caption": {
        "nb": "Dekning, målgruppe mot kanal, {start}–{end}",
        "nn": "Dekning, målgruppe mot kanal, {start}–{end}",
        "en": "Coverage, target group against channel, {start}–{end}",
    },
    "coverage.scale": {
        "nb": (
            "Rikhet etter Tynset kommunes skala, fra høy rikdom til lav rikdom: {levels}. "
            "Kanalene står fra rik til fattig; en kanal står på trinnet den ligner mest. "
            "Sett rikheten i kanaltabellen under, eller med kolonnen «rikhet» i kanalfila."
        ),
        "nn": (
            "Rikdom etter skalaen til Tynset kommune, frå høg rikdom til låg rikdom: "
            "{levels}. Kanalane står frå rik til fattig; ein kanal står på trinnet han "
            "liknar mest. Set rikdomen i kanaltabellen under, eller med kolonnen «rikdom» "
            "i kanalfila."
        ),
        "en": (
            "Richness on Tynset municipality's scale, from high to low richness: {levels}. "
            "Channels stand from rich to lean; a channel stands on the step it is most like. "
            "Set the richness in the channel table below, or with the column «richness» in "
            "the channels file."
        ),
    },
    "coverage.rule": {
        "nb": (
            "Tiltak telles når de varer inn i perioden, ikke er arkivert og ikke er avbrutt. "
            "Kanalens tall er det første av rekkevidde, deltakere, besøkende, åpninger, "
            "abonnenter og følgere som kanalen har tall for i perioden. «Hele kanalen» står i "
            "en celle med tiltak når tallene ikke er fordelt på målgrupper. En målgruppe er "
            "ikke nådd når ingen celle i raden har tiltak eller tall for målgruppen."
        ),
        "nn": (
            "Tiltak blir talde når dei varer inn i perioden, ikkje er arkiverte og ikkje er "
            "avbrotne. Talet for kanalen er det første av rekkjevidd, deltakarar, "
            "besøkjande, opningar, abonnentar og følgjarar som kanalen har tal for i "
            "perioden. «Heile kanalen» står i ei celle med tiltak når tala ikkje er fordelte "
            "på målgrupper. Ei målgruppe er ikkje nådd når inga celle i rada har tiltak "
            "eller tal for målgruppa."
        ),
        "en": (
            "Measures count when they run into the period, are not archived and not "
            "cancelled. A channel's figure is the first of reach, participants, visitors, "
            "opens, subscribers and followers that the channel has figures for in the "
            "period. «Whole channel» stands in a cell with measures when the figures are "
            "not split by group. A group is not reached when no cell in its row has "
            "measures or figures for the group."
        ),
    },
    # Channel richness where channels are edited and uploaded
    "edit.col.richness": {"nb": "Rikhet", "nn": "Rikdom", "en": "Richness"},
    "col.richness": {"nb": "Rikhet", "nn": "Rikdom", "en": "Richness"},
    "coverage.richness_unset": {"nb": "ikke angitt", "nn": "ikkje oppgitt", "en": "not set"},
    "edit.problem.bad_richness": {
        "nb": "velg et trinn på rikhetsskalaen, eller la cella stå tom.",
        "nn": "vel eit trinn på rikdomsskalaen, eller la cella stå tom.",
        "en": "choose a step of the richness scale, or leave the cell empty.",
    },
    "problem.bad_richness": {
        "nb": (
            "Ukjent rikhet. Skriv ett av trinnene: ansikt til ansikt, videokonferanse, "
            "telefon, e-post, intranett eller skrevne rapporter, eller la cella stå tom."
        ),
        "nn": (
            "Ukjend rikdom. Skriv eitt av trinna: andlet til andlet, videokonferanse, "
            "telefon, e-post, intranett eller skrivne rapportar, eller la cella stå tom."
        ),
        "en": (
            "Unknown richness. Write one of the steps: face to face, video conference, "
            "telephone, e-mail, intranet or written reports, or leave the cell empty."
        ),
    },
}
