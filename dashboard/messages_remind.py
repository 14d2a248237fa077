"""Words of the reminders by e-mail (issue 15): the default mail, the Ansvarlige section,
the ``remind`` command and their refusals. The default subject and body hold the
placeholders ({owner}, {plan}, …) that dashboard/reminders.py fills per owner: they are
read without values, so their braces stay as they are."""

MESSAGES: dict[str, dict[str, str]] = {
    # The mail (the secretariat can change it per plan and language)
    "remind.default_subject": {
        "nb": "Påminnelse: statusoppdatering for {plan}",
        "nn": "Påminning: statusoppdatering for {plan}",
        "en": "Reminder: status update for {plan}",
    },
    "remind.default_body": {
        "nb": "Hei, {owner}!\n\n"
        "Vi har ikke fått statusoppdatering siden {since} for disse tiltakene dine i {plan}:\n\n"
        "{measures}\n\n"
        "Meld status ({statuses}), fremdrift og en kort kommentar her:\n"
        "{link}\n\n"
        "Takk!",
        "nn": "Hei, {owner}!\n\n"
        "Vi har ikkje fått statusoppdatering sidan {since} for desse tiltaka dine i {plan}:\n\n"
        "{measures}\n\n"
        "Meld status ({statuses}), framdrift og ein kort kommentar her:\n"
        "{link}\n\n"
        "Takk!",
        "en": "Hello, {owner}!\n\n"
        "We have had no status update since {since} for these measures of yours in {plan}:\n\n"
        "{measures}\n\n"
        "Please report the status ({statuses}), progress and a short comment here:\n"
        "{link}\n\n"
        "Thank you!",
    },
    "remind.link_placeholder": {
        "nb": "[personlig lenke]",
        "nn": "[personleg lenkje]",
        "en": "[personal link]",
    },
    "kind.reminder_text": {
        "nb": "Påminnelsestekst",
        "nn": "Påminningstekst",
        "en": "Reminder text",
    },
    # Refusals (RemindRefused: "remind." + code)
    "remind.no_smtp": {
        "nb": "E-post er ikke satt opp på serveren (PLANPULS_SMTP_URL er tom), så ingen "
        "påminnelser ble sendt. Be driftsansvarlig sette PLANPULS_SMTP_URL og "
        "PLANPULS_SMTP_FROM, eller bruk e-postlenkene under «Ansvarlige som ikke har "
        "rapportert».",
        "nn": "E-post er ikkje sett opp på tenaren (PLANPULS_SMTP_URL er tom), så ingen "
        "påminningar vart sende. Be driftsansvarleg setje PLANPULS_SMTP_URL og "
        "PLANPULS_SMTP_FROM, eller bruk e-postlenkjene under «Ansvarlege som ikkje har "
        "rapportert».",
        "en": "E-mail is not set up on the server (PLANPULS_SMTP_URL is empty), so no "
        "reminders were sent. Ask whoever runs Planpuls to set PLANPULS_SMTP_URL and "
        "PLANPULS_SMTP_FROM, or use the mail links under “Owners who have not reported”.",
    },
    "remind.no_sender": {
        "nb": "PLANPULS_SMTP_FROM er tom: påminnelsene trenger en avsenderadresse, for "
        "eksempel planpuls@virksomhet.no. Ingen påminnelser ble sendt.",
        "nn": "PLANPULS_SMTP_FROM er tom: påminningane treng ei avsendaradresse, til "
        "dømes planpuls@verksemd.no. Ingen påminningar vart sende.",
        "en": "PLANPULS_SMTP_FROM is empty: the reminders need a sender address, for "
        "example planpuls@organisation.org. No reminders were sent.",
    },
    "remind.bad_smtp_url": {
        "nb": "PLANPULS_SMTP_URL er ikke en SMTP-adresse. Skriv den som "
        "smtp://bruker:passord@vert:port eller smtps://bruker:passord@vert:port. Ingen "
        "påminnelser ble sendt.",
        "nn": "PLANPULS_SMTP_URL er ikkje ei SMTP-adresse. Skriv ho som "
        "smtp://brukar:passord@vert:port eller smtps://brukar:passord@vert:port. Ingen "
        "påminningar vart sende.",
        "en": "PLANPULS_SMTP_URL is not an SMTP address. Write it as "
        "smtp://user:password@host:port or smtps://user:password@host:port. No reminders "
        "were sent.",
    },
    "remind.smtp_failed": {
        "nb": "Fikk ikke kontakt med e-postserveren {host}: {reason}. Ingen påminnelser ble "
        "sendt; prøv igjen senere, eller sjekk PLANPULS_SMTP_URL.",
        "nn": "Fekk ikkje kontakt med e-posttenaren {host}: {reason}. Ingen påminningar vart "
        "sende; prøv igjen seinare, eller sjekk PLANPULS_SMTP_URL.",
        "en": "Could not reach the mail server {host}: {reason}. No reminders were sent; "
        "try again later, or check PLANPULS_SMTP_URL.",
    },
    "remind.no_such_plan": {
        "nb": "Ukjent plan «{plan}».",
        "nn": "Ukjend plan «{plan}».",
        "en": "Unknown plan “{plan}”.",
    },
    "remind.empty": {
        "nb": "Emnet og teksten kan ikke være tomme. Skriv begge, eller gå tilbake til "
        "standardteksten.",
        "nn": "Emnet og teksten kan ikkje vere tomme. Skriv begge, eller gå tilbake til "
        "standardteksten.",
        "en": "The subject and the text cannot be empty. Write both, or go back to the "
        "default text.",
    },
    "remind.subject_line": {
        "nb": "Emnet må stå på én linje. Fjern linjeskiftet.",
        "nn": "Emnet må stå på éi linje. Fjern linjeskiftet.",
        "en": "The subject must be one line. Remove the line break.",
    },
    "remind.unknown_fields": {
        "nb": "Teksten har felt som ikke finnes: {names}. Feltene som kan brukes, er {known}.",
        "nn": "Teksten har felt som ikkje finst: {names}. Felta som kan brukast, er {known}.",
        "en": "The text has fields that do not exist: {names}. The fields you can use are {known}.",
    },
    "remind.missing_fields": {
        "nb": "Teksten må ha med {names}, så hver ansvarlig ser sine tiltak og sin lenke.",
        "nn": "Teksten må ha med {names}, så kvar ansvarleg ser tiltaka sine og lenkja si.",
        "en": "The text must hold {names}, so that each owner sees their measures and their link.",
    },
    # Why an owner gets no mail
    "remind.reason.reported": {
        "nb": "har rapportert siden {since}",
        "nn": "har rapportert sidan {since}",
        "en": "has reported since {since}",
    },
    "remind.reason.not_due": {
        "nb": "ingen tiltak som skal rapporteres ennå",
        "nn": "ingen tiltak som skal rapporterast enno",
        "en": "no measure to report yet",
    },
    "remind.reason.mailed_today": {
        "nb": "har fått påminnelse i dag",
        "nn": "har fått påminning i dag",
        "en": "was reminded today",
    },
    "remind.reason.no_email": {
        "nb": "mangler e-postadresse",
        "nn": "manglar e-postadresse",
        "en": "has no e-mail address",
    },
    # The section on Ansvarlige
    "remind.title": {
        "nb": "Påminnelser på e-post",
        "nn": "Påminningar på e-post",
        "en": "Reminders by e-mail",
    },
    "remind.caption": {
        "nb": "Hver ansvarlig som ikke har rapportert siden {since}, får én e-post med sine "
        "egne tiltak og sin lenke. Ingen får mer enn én påminnelse samme dag.",
        "nn": "Kvar ansvarleg som ikkje har rapportert sidan {since}, får éin e-post med "
        "tiltaka sine og lenkja si. Ingen får meir enn éi påminning same dag.",
        "en": "Each owner who has not reported since {since} gets one e-mail with their own "
        "measures and their link. Nobody gets more than one reminder on the same day.",
    },
    "remind.open": {
        "nb": "Send påminnelser",
        "nn": "Send påminningar",
        "en": "Send reminders",
    },
    "remind.text_title": {
        "nb": "Teksten i e-posten",
        "nn": "Teksten i e-posten",
        "en": "The text of the e-mail",
    },
    "remind.subject": {"nb": "Emne", "nn": "Emne", "en": "Subject"},
    "remind.body": {"nb": "Tekst", "nn": "Tekst", "en": "Text"},
    "remind.fields_help": {
        "nb": "Feltene i krøllparentes fylles inn for hver ansvarlig: {fields}.",
        "nn": "Felta i krøllparentes blir fylte inn for kvar ansvarleg: {fields}.",
        "en": "The fields in braces are filled in for each owner: {fields}.",
    },
    "remind.save": {"nb": "Lagre teksten", "nn": "Lagre teksten", "en": "Save the text"},
    "remind.saved": {
        "nb": "Teksten er lagret for denne planen.",
        "nn": "Teksten er lagra for denne planen.",
        "en": "The text is saved for this plan.",
    },
    "remind.preview": {
        "nb": "Hvem får hva",
        "nn": "Kven får kva",
        "en": "Who gets what",
    },
    "remind.col.address": {"nb": "E-post", "nn": "E-post", "en": "E-mail"},
    "remind.col.measures": {"nb": "Tiltak i e-posten", "nn": "Tiltak i e-posten", "en": "Measures"},
    "remind.col.reason": {
        "nb": "Får ingen e-post fordi",
        "nn": "Får ingen e-post fordi",
        "en": "Gets no e-mail because",
    },
    "remind.example": {
        "nb": "E-posten til {owner}",
        "nn": "E-posten til {owner}",
        "en": "The e-mail to {owner}",
    },
    "remind.nobody": {
        "nb": "Ingen skal ha påminnelse nå.",
        "nn": "Ingen skal ha påminning no.",
        "en": "Nobody is due a reminder now.",
    },
    "remind.send": {
        "nb": "Send {n} påminnelser nå",
        "nn": "Send {n} påminningar no",
        "en": "Send {n} reminders now",
    },
    "remind.sent": {
        "nb": "Sendte {n} påminnelser.",
        "nn": "Sende {n} påminningar.",
        "en": "Sent {n} reminders.",
    },
    "remind.failed": {
        "nb": "Kunne ikke sende til {owner} ({address}): {reason}",
        "nn": "Kunne ikkje sende til {owner} ({address}): {reason}",
        "en": "Could not send to {owner} ({address}): {reason}",
    },
    "remind.history": {
        "nb": "Sendte påminnelser",
        "nn": "Sende påminningar",
        "en": "Reminders sent",
    },
    "remind.col.sent_at": {"nb": "Sendt", "nn": "Sendt", "en": "Sent"},
    "remind.col.sent_by": {"nb": "Sendt av", "nn": "Sendt av", "en": "Sent by"},
    "remind.via.page": {"nb": "siden", "nn": "sida", "en": "the page"},
    "remind.via.cli": {"nb": "kommandolinjen", "nn": "kommandolinja", "en": "the command line"},
    "remind.via.schedule": {"nb": "automatisk", "nn": "automatisk", "en": "automatic"},
    # The remind command
    "remind.cli.since": {
        "nb": "{plan}: ansvarlige som ikke har rapportert siden {since}",
        "nn": "{plan}: ansvarlege som ikkje har rapportert sidan {since}",
        "en": "{plan}: owners who have not reported since {since}",
    },
    "remind.cli.mail": {
        "nb": "E-post til {owner} <{address}>: {measures}",
        "nn": "E-post til {owner} <{address}>: {measures}",
        "en": "Mail to {owner} <{address}>: {measures}",
    },
    "remind.cli.skip": {
        "nb": "Hopper over {owner}: {reason}",
        "nn": "Hoppar over {owner}: {reason}",
        "en": "Skipping {owner}: {reason}",
    },
    "remind.cli.dry_run": {
        "nb": "Prøvekjøring: ingen e-post er sendt.",
        "nn": "Prøvekøyring: ingen e-post er send.",
        "en": "Dry run: no e-mail was sent.",
    },
}
