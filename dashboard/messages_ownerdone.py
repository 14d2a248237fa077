"""Words of issue 15's last parts: a used link says so on "Rapporter status", and the
plan's approval setting is an import batch (Ansvarlige, Importhistorikk)."""

MESSAGES: dict[str, dict[str, str]] = {
    # The page a used link opens: at the top, what the owner sent last and its state
    "ownerdone.used.one": {
        "nb": "Denne lenken er allerede brukt: du rapporterte ett tiltak {when}.",
        "nn": "Denne lenkja er allereie brukt: du rapporterte eitt tiltak {when}.",
        "en": "This link has already been used: you reported one measure on {when}.",
    },
    "ownerdone.used.other": {
        "nb": "Denne lenken er allerede brukt: du rapporterte {n} tiltak {when}.",
        "nn": "Denne lenkja er allereie brukt: du rapporterte {n} tiltak {when}.",
        "en": "This link has already been used: you reported {n} measures on {when}.",
    },
    "ownerdone.earlier.one": {
        "nb": "Du rapporterte sist ett tiltak {when}, med en tidligere lenke.",
        "nn": "Du rapporterte sist eitt tiltak {when}, med ei tidlegare lenkje.",
        "en": "You last reported one measure on {when}, with an earlier link.",
    },
    "ownerdone.earlier.other": {
        "nb": "Du rapporterte sist {n} tiltak {when}, med en tidligere lenke.",
        "nn": "Du rapporterte sist {n} tiltak {when}, med ei tidlegare lenkje.",
        "en": "You last reported {n} measures on {when}, with an earlier link.",
    },
    "ownerdone.state.saved": {
        "nb": "Rapporten er lagret.",
        "nn": "Rapporten er lagra.",
        "en": "The report is saved.",
    },
    "ownerdone.state.pending": {
        "nb": "Rapporten venter på godkjenning fra sekretariatet.",
        "nn": "Rapporten ventar på godkjenning frå sekretariatet.",
        "en": "The report is waiting for the secretariat's approval.",
    },
    "ownerdone.state.approved": {
        "nb": "Sekretariatet godkjente rapporten {date}.",
        "nn": "Sekretariatet godkjende rapporten {date}.",
        "en": "The secretariat approved the report on {date}.",
    },
    "ownerdone.state.returned": {
        "nb": "Sekretariatet sendte rapporten tilbake {date} med denne kommentaren: «{comment}».",
        "nn": "Sekretariatet sende rapporten tilbake {date} med denne kommentaren: «{comment}».",
        "en": "The secretariat returned the report on {date} with this comment: «{comment}».",
    },
    "ownerdone.state.undone": {
        "nb": "Sekretariatet har angret rapporten, så den gjelder ikke lenger.",
        "nn": "Sekretariatet har angra rapporten, så han gjeld ikkje lenger.",
        "en": "The secretariat has undone the report, so it no longer counts.",
    },
    "ownerdone.correct": {
        "nb": "Du kan sende en rettelse nedenfor; den blir sendt som en ny rapport.",
        "nn": "Du kan sende ei retting nedanfor; ho blir send som ein ny rapport.",
        "en": "You can send a correction below; it is sent as a new report.",
    },
    # Ansvarlige: the approval setting is an import batch, undone on Importhistorikk
    "ownerdone.approval_on": {
        "nb": "Oppdateringer fra ansvarlige må nå godkjennes (importbatch {batch}; kan "
        "angres i Importhistorikk).",
        "nn": "Oppdateringar frå ansvarlege må no godkjennast (importbatch {batch}; kan "
        "angrast i Importhistorikk).",
        "en": "Updates from owners now need approval (import batch {batch}; can be undone "
        "in Import history).",
    },
    "ownerdone.approval_off": {
        "nb": "Oppdateringer fra ansvarlige lagres nå uten godkjenning (importbatch {batch}; "
        "kan angres i Importhistorikk).",
        "nn": "Oppdateringar frå ansvarlege blir no lagra utan godkjenning (importbatch "
        "{batch}; kan angrast i Importhistorikk).",
        "en": "Updates from owners are now saved without approval (import batch {batch}; "
        "can be undone in Import history).",
    },
    "ownerdone.approval_since": {
        "nb": "Sist endret {date} av {by}.",
        "nn": "Sist endra {date} av {by}.",
        "en": "Last changed {date} by {by}.",
    },
    "kind.owner_approval_on": {
        "nb": "Godkjenning av oppdateringer fra ansvarlige slått på",
        "nn": "Godkjenning av oppdateringar frå ansvarlege slått på",
        "en": "Approval of owners' updates switched on",
    },
    "kind.owner_approval_off": {
        "nb": "Godkjenning av oppdateringer fra ansvarlige slått av",
        "nn": "Godkjenning av oppdateringar frå ansvarlege slått av",
        "en": "Approval of owners' updates switched off",
    },
    # The command line (links create, remind): a wrong PLANPULS_PUBLIC_URL
    "ownerlink.refused.bad_public_url": {
        "nb": "PLANPULS_PUBLIC_URL må være adressen folk åpner Planpuls med, for eksempel "
        "https://planpuls.virksomhet.no, ikke «{value}». Rett innstillingen, eller gi "
        "adressen med --base-url. Ingen lenke ble laget.",
        "nn": "PLANPULS_PUBLIC_URL må vere adressa folk opnar Planpuls med, til dømes "
        "https://planpuls.verksemd.no, ikkje «{value}». Rett innstillinga, eller gi "
        "adressa med --base-url. Inga lenkje vart laga.",
        "en": "PLANPULS_PUBLIC_URL must be the address people open Planpuls with, for "
        "example https://planpuls.org.no, not «{value}». Correct the setting, or give the "
        "address with --base-url. No link was made.",
    },
    # Ansvarlige, the list of links: who revoked a link and when
    "ownerdone.col_revoked": {"nb": "Trukket tilbake", "nn": "Trekt tilbake", "en": "Revoked"},
    "ownerdone.col_revoked_by": {
        "nb": "Trukket tilbake av",
        "nn": "Trekt tilbake av",
        "en": "Revoked by",
    },
}
