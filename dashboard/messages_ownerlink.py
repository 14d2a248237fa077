"""Words of the owners' personal links and the page "Rapporter status" (issue 15)."""

MESSAGES: dict[str, dict[str, str]] = {
    # The page the link opens
    "ownerlink.nav": {"nb": "Rapporter status", "nn": "Rapporter status", "en": "Report status"},
    "ownerlink.title": {
        "nb": "Rapporter status",
        "nn": "Rapporter status",
        "en": "Report status",
    },
    "ownerlink.intro": {
        "nb": "Hei, {owner}. Her er de åpne tiltakene dine i «{plan}».",
        "nn": "Hei, {owner}. Her er dei opne tiltaka dine i «{plan}».",
        "en": "Hello, {owner}. Here are your open measures in «{plan}».",
    },
    "ownerlink.how": {
        "nb": "Velg ny status og fremdrift, og skriv gjerne en kort kommentar. Bare tiltak "
        "du endrer eller kommenterer, blir sendt: vil du bekrefte at alt er som før, skriv "
        "en kort kommentar.",
        "nn": "Vel ny status og framdrift, og skriv gjerne ein kort kommentar. Berre tiltak "
        "du endrar eller kommenterer, blir sende: vil du stadfeste at alt er som før, skriv "
        "ein kort kommentar.",
        "en": "Choose a new status and progress, and add a short comment if you like. Only "
        "measures you change or comment on are sent: to confirm that nothing has changed, "
        "write a short comment.",
    },
    "ownerlink.reuse": {
        "nb": "Lenken kan brukes igjen, også etter at du har sendt, til den utløper {date}.",
        "nn": "Lenkja kan brukast igjen, også etter at du har sendt, til ho går ut {date}.",
        "en": "You can use this link again, also after sending, until it expires on {date}.",
    },
    "ownerlink.none": {
        "nb": "Du har ingen åpne tiltak i denne planen nå.",
        "nn": "Du har ingen opne tiltak i denne planen no.",
        "en": "You have no open measures in this plan now.",
    },
    "ownerlink.last": {
        "nb": "Sist rapportert {date}: {status}, {progress}",
        "nn": "Sist rapportert {date}: {status}, {progress}",
        "en": "Last reported {date}: {status}, {progress}",
    },
    "ownerlink.never": {
        "nb": "Ikke rapportert ennå: {status}, {progress}",
        "nn": "Ikkje rapportert enno: {status}, {progress}",
        "en": "Not reported yet: {status}, {progress}",
    },
    "ownerlink.last_comment": {
        "nb": "Siste kommentar: {comment}",
        "nn": "Siste kommentar: {comment}",
        "en": "Last comment: {comment}",
    },
    "ownerlink.due": {"nb": "Frist {date}", "nn": "Frist {date}", "en": "Due {date}"},
    "ownerlink.status": {"nb": "Ny status", "nn": "Ny status", "en": "New status"},
    "ownerlink.progress": {
        "nb": "Fremdrift (%)",
        "nn": "Framdrift (%)",
        "en": "Progress (%)",
    },
    "ownerlink.comment": {"nb": "Kommentar", "nn": "Kommentar", "en": "Comment"},
    "ownerlink.send": {"nb": "Send", "nn": "Send", "en": "Send"},
    "ownerlink.sent.one": {
        "nb": "Takk! Ett tiltak er oppdatert.",
        "nn": "Takk! Eitt tiltak er oppdatert.",
        "en": "Thank you! One measure is updated.",
    },
    "ownerlink.sent.other": {
        "nb": "Takk! {n} tiltak er oppdatert.",
        "nn": "Takk! {n} tiltak er oppdaterte.",
        "en": "Thank you! {n} measures are updated.",
    },
    "ownerlink.queued": {
        "nb": "Takk! Oppdateringen ({n} tiltak) venter nå på at sekretariatet godkjenner den.",
        "nn": "Takk! Oppdateringa ({n} tiltak) ventar no på at sekretariatet godkjenner ho.",
        "en": "Thank you! Your update ({n} measures) now waits for the secretariat's approval.",
    },
    "ownerlink.problems": {
        "nb": "Ingenting ble lagret. Rett dette og send igjen:",
        "nn": "Ingenting vart lagra. Rett dette og send igjen:",
        "en": "Nothing was saved. Correct this and send again:",
    },
    "ownerlink.problem": {
        "nb": "{measure}, {column}: {what}",
        "nn": "{measure}, {column}: {what}",
        "en": "{measure}, {column}: {what}",
    },
    "ownerlink.ask_again": {
        "nb": "Be sekretariatet om en ny lenke.",
        "nn": "Be sekretariatet om ei ny lenkje.",
        "en": "Ask the secretariat for a new link.",
    },
    # Refusals (LinkRefused, ReportRefused)
    "ownerlink.refused.no_link": {
        "nb": "Denne siden åpnes med den personlige lenken du har fått fra sekretariatet.",
        "nn": "Denne sida blir opna med den personlege lenkja du har fått frå sekretariatet.",
        "en": "This page opens with the personal link you got from the secretariat.",
    },
    "ownerlink.refused.expired": {
        "nb": "Denne lenken har utløpt.",
        "nn": "Denne lenkja har gått ut.",
        "en": "This link has expired.",
    },
    "ownerlink.refused.revoked": {
        "nb": "Denne lenken er trukket tilbake av sekretariatet.",
        "nn": "Denne lenkja er trekt tilbake av sekretariatet.",
        "en": "This link has been revoked by the secretariat.",
    },
    "ownerlink.refused.tampered": {
        "nb": "Denne lenken er ikke gyldig (den er ufullstendig eller endret). Kopier hele "
        "lenken på nytt.",
        "nn": "Denne lenkja er ikkje gyldig (ho er ufullstendig eller endra). Kopier heile "
        "lenkja på nytt.",
        "en": "This link is not valid (it is incomplete or altered). Copy the whole link again.",
    },
    "ownerlink.refused.unknown": {
        "nb": "Denne lenken finnes ikke her.",
        "nn": "Denne lenkja finst ikkje her.",
        "en": "This link does not exist here.",
    },
    "ownerlink.refused.throttled": {
        "nb": "For mange ugyldige forsøk. Vent {seconds} sekunder og prøv igjen.",
        "nn": "For mange ugyldige forsøk. Vent {seconds} sekund og prøv igjen.",
        "en": "Too many invalid attempts. Wait {seconds} seconds and try again.",
    },
    "ownerlink.refused.not_yours": {
        "nb": "Tiltaket {measure} er ikke et av de åpne tiltakene denne lenken gjelder. "
        "Ingenting ble lagret.",
        "nn": "Tiltaket {measure} er ikkje eitt av dei opne tiltaka denne lenkja gjeld. "
        "Ingenting vart lagra.",
        "en": "Measure {measure} is not one of the open measures this link is for. "
        "Nothing was saved.",
    },
    "ownerlink.refused.nothing": {
        "nb": "Du har ikke endret eller kommentert noe tiltak. Endre status eller fremdrift, "
        "eller skriv en kommentar, og send igjen.",
        "nn": "Du har ikkje endra eller kommentert noko tiltak. Endra status eller framdrift, "
        "eller skriv ein kommentar, og send igjen.",
        "en": "You have not changed or commented on any measure. Change a status or "
        "progress, or write a comment, and send again.",
    },
    "ownerlink.refused.bad_status": {
        "nb": "Statusen «{status}» finnes ikke. Velg en av statusene i listen.",
        "nn": "Statusen «{status}» finst ikkje. Vel ein av statusane i lista.",
        "en": "The status «{status}» does not exist. Choose one of the statuses in the list.",
    },
    "ownerlink.refused.problems": {
        "nb": "Oppdateringen har {count} feil. Ingenting ble lagret.",
        "nn": "Oppdateringa har {count} feil. Ingenting vart lagra.",
        "en": "The update has {count} problems. Nothing was saved.",
    },
    "ownerlink.refused.no_owner": {
        "nb": "Det finnes ingen ansvarlig som heter «{owner}» i planen {plan}. Sjekk navnet "
        "på Ansvarlige.",
        "nn": "Det finst ingen ansvarleg som heiter «{owner}» i planen {plan}. Sjekk namnet "
        "på Ansvarlege.",
        "en": "There is no owner named «{owner}» in plan {plan}. Check the name on Owners.",
    },
    "ownerlink.refused.no_plan": {
        "nb": "Det finnes ingen plan med id {plan}.",
        "nn": "Det finst ingen plan med id {plan}.",
        "en": "There is no plan with id {plan}.",
    },
    "ownerlink.refused.no_such_submission": {
        "nb": "Innsending nr. {number} venter ikke på godkjenning (den er allerede behandlet).",
        "nn": "Innsending nr. {number} ventar ikkje på godkjenning (ho er allereie handsama).",
        "en": "Submission no. {number} is not waiting for approval (it was already handled).",
    },
    "ownerlink.refused.comment_needed": {
        "nb": "Skriv en kommentar til den ansvarlige om hva som må rettes.",
        "nn": "Skriv ein kommentar til den ansvarlege om kva som må rettast.",
        "en": "Write a comment to the owner saying what to correct.",
    },
    # Importhistorikk: the batch's kind
    "kind.owner_link": {
        "nb": "statusrapport via lenke",
        "nn": "statusrapport via lenkje",
        "en": "status report via link",
    },
    # Ansvarlige: making and revoking links
    "ownerlink.manage": {
        "nb": "Personlige lenker for statusrapport",
        "nn": "Personlege lenkjer for statusrapport",
        "en": "Personal links for status reports",
    },
    "ownerlink.manage_help": {
        "nb": "En lenke lar den ansvarlige rapportere status på sine egne åpne tiltak uten "
        "konto. Den varer i {days} dager og kan brukes flere ganger; trekk den tilbake når "
        "som helst.",
        "nn": "Ei lenkje lèt den ansvarlege rapportere status på sine eigne opne tiltak utan "
        "konto. Ho varer i {days} dagar og kan brukast fleire gonger; trekk ho tilbake når "
        "som helst.",
        "en": "A link lets the owner report the status of their own open measures without an "
        "account. It lasts {days} days and can be used several times; revoke it at any time.",
    },
    "ownerlink.owner": {"nb": "Ansvarlig", "nn": "Ansvarleg", "en": "Owner"},
    "ownerlink.make": {"nb": "Lag lenke", "nn": "Lag lenkje", "en": "Make link"},
    "ownerlink.revoke": {"nb": "Trekk tilbake", "nn": "Trekk tilbake", "en": "Revoke"},
    "ownerlink.made": {
        "nb": "Lenke til {owner}, gyldig til {date}. Kopier den og send den til den "
        "ansvarlige; den vises bare nå.",
        "nn": "Lenkje til {owner}, gyldig til {date}. Kopier ho og send ho til den "
        "ansvarlege; ho blir vist berre no.",
        "en": "Link for {owner}, valid until {date}. Copy it and send it to the owner; it is "
        "shown only now.",
    },
    "ownerlink.revoked": {
        "nb": "{n} lenke(r) til {owner} er trukket tilbake.",
        "nn": "{n} lenkje(r) til {owner} er trekte tilbake.",
        "en": "{n} link(s) for {owner} revoked.",
    },
    "ownerlink.approval": {
        "nb": "Oppdateringer fra ansvarlige må godkjennes",
        "nn": "Oppdateringar frå ansvarlege må godkjennast",
        "en": "Updates from owners need approval",
    },
    "ownerlink.approval_help": {
        "nb": "Når dette er på, venter det de ansvarlige sender på Importhistorikk til "
        "sekretariatet godkjenner eller sender det tilbake.",
        "nn": "Når dette er på, ventar det dei ansvarlege sender på Importhistorikk til "
        "sekretariatet godkjenner eller sender det tilbake.",
        "en": "When this is on, what owners send waits on Import history until the "
        "secretariat approves or returns it.",
    },
    "ownerlink.links": {"nb": "Lenker", "nn": "Lenkjer", "en": "Links"},
    "ownerlink.col_created": {"nb": "Laget", "nn": "Laga", "en": "Made"},
    "ownerlink.col_by": {"nb": "Laget av", "nn": "Laga av", "en": "Made by"},
    "ownerlink.col_expires": {"nb": "Utløper", "nn": "Går ut", "en": "Expires"},
    "ownerlink.col_used": {"nb": "Sist brukt", "nn": "Sist brukt", "en": "Last used"},
    "ownerlink.col_state": {"nb": "Tilstand", "nn": "Tilstand", "en": "State"},
    "ownerlink.state.live": {"nb": "gyldig", "nn": "gyldig", "en": "valid"},
    "ownerlink.state.expired": {"nb": "utløpt", "nn": "gått ut", "en": "expired"},
    "ownerlink.state.revoked": {"nb": "trukket tilbake", "nn": "trekt tilbake", "en": "revoked"},
    # Importhistorikk: the approval queue
    "ownerlink.queue": {
        "nb": "Venter på godkjenning",
        "nn": "Ventar på godkjenning",
        "en": "Waiting for approval",
    },
    "ownerlink.queue_item": {
        "nb": "Nr. {id} fra {owner}, sendt {when}",
        "nn": "Nr. {id} frå {owner}, sendt {when}",
        "en": "No. {id} from {owner}, sent {when}",
    },
    "ownerlink.approve": {"nb": "Godkjenn", "nn": "Godkjenn", "en": "Approve"},
    "ownerlink.give_back": {"nb": "Send tilbake", "nn": "Send tilbake", "en": "Return"},
    "ownerlink.give_back_comment": {
        "nb": "Kommentar til den ansvarlige (når du sender tilbake)",
        "nn": "Kommentar til den ansvarlege (når du sender tilbake)",
        "en": "Comment to the owner (when you return it)",
    },
    "ownerlink.approved": {
        "nb": "Nr. {id} er godkjent og lagret som opplasting nr. {batch}.",
        "nn": "Nr. {id} er godkjend og lagra som opplasting nr. {batch}.",
        "en": "No. {id} is approved and saved as upload no. {batch}.",
    },
    "ownerlink.given_back": {
        "nb": "Nr. {id} er sendt tilbake til {owner}.",
        "nn": "Nr. {id} er send tilbake til {owner}.",
        "en": "No. {id} has been returned to {owner}.",
    },
    # The command line (python -m dashboard links)
    "ownerlink.cli_none": {
        "nb": "Ingen lenker i denne planen.",
        "nn": "Ingen lenkjer i denne planen.",
        "en": "No links in this plan.",
    },
}
