"""Words of the HTTP API and its tokens (issue 11): errors, the admin's token section."""

MESSAGES: dict[str, dict[str, str]] = {
    # Errors the API answers (JSON, in the caller's language)
    "api.sign_in": {
        "nb": "Planpuls er lukket (PLANPULS_ACCESS=closed): logg inn, eller send en API-nøkkel "
        "som «Authorization: Bearer <nøkkel>».",
        "en": "Planpuls is closed (PLANPULS_ACCESS=closed): sign in, or send an API token as "
        "'Authorization: Bearer <token>'.",
    },
    "api.bad_token": {
        "nb": "API-nøkkelen er ukjent eller trukket tilbake, eller kontoen den tilhører er "
        "fjernet. Be en administrator om en ny.",
        "en": "The API token is unknown or revoked, or the account it belongs to was removed. "
        "Ask an administrator for a new one.",
    },
    "api.bad_auth": {
        "nb": "Send API-nøkkelen som «Authorization: Bearer <nøkkel>».",
        "en": "Send the API token as 'Authorization: Bearer <token>'.",
    },
    "api.forbidden": {
        "nb": "Rollen din ({role}) kan ikke dette; det krever {required}.",
        "en": "Your role ({role}) may not do this; it needs {required}.",
    },
    "api.not_found": {
        "nb": "Adressen {path} finnes ikke i API-et. Se {spec} for hva som finnes.",
        "en": "There is no {path} in the API. See {spec} for what there is.",
    },
    "api.unknown_plan": {
        "nb": "Planen «{plan}» finnes ikke. Se /api/v1/plans for planene.",
        "en": "There is no plan '{plan}'. See /api/v1/plans for the plans.",
    },
    "api.unknown_choice": {
        "nb": "Planen «{plan}» har ingen {what} «{value}».",
        "en": "The plan '{plan}' has no {what} '{value}'.",
    },
    "api.what.goal": {"nb": "mål", "en": "goal"},
    "api.what.owner": {"nb": "ansvarlig", "en": "owner"},
    "api.what.channel": {"nb": "kanal", "en": "channel"},
    "api.bad_date": {
        "nb": "{name}={value} er ikke en dato. Skriv ÅÅÅÅ-MM-DD, for eksempel 2021-11-18.",
        "en": "{name}={value} is not a date. Write YYYY-MM-DD, for example 2021-11-18.",
    },
    "api.dates_order": {
        "nb": "start ({start}) er etter end ({end}). Bytt om datoene.",
        "en": "start ({start}) is after end ({end}). Swap the dates.",
    },
    "api.bad_param": {
        "nb": "Ukjent parameter «{name}». Tillatt her: {allowed}.",
        "en": "Unknown parameter '{name}'. Allowed here: {allowed}.",
    },
    "api.bad_value": {
        "nb": "{name}={value} er ikke tillatt. Velg en av: {allowed}.",
        "en": "{name}={value} is not allowed. Choose one of: {allowed}.",
    },
    "api.repeated": {
        "nb": "Parameteren «{name}» er gitt mer enn én gang.",
        "en": "The parameter '{name}' is given more than once.",
    },
    "api.too_long": {
        "nb": "Parameteren «{name}» er lengre enn {maximum} tegn.",
        "en": "The parameter '{name}' is longer than {maximum} characters.",
    },
    "api.unexpected": {
        "nb": "Noe gikk galt på tjeneren ({error}). Feilen er logget; prøv igjen, eller meld "
        "fra til den som drifter Planpuls.",
        "en": "Something went wrong on the server ({error}). It is logged; try again, or tell "
        "whoever runs Planpuls.",
    },
    # Writes: uploads and undo (POST /api/v1/imports, /imports/{batch}/undo)
    "api.token_needed": {
        "nb": "Opplasting og angring gjennom API-et krever en API-nøkkel for sekretariatet "
        "eller en administrator, sendt som «Authorization: Bearer <nøkkel>».",
        "en": "Uploading and undoing through the API need an API token of the secretariat or "
        "an administrator, sent as 'Authorization: Bearer <token>'.",
    },
    "api.cross_site": {
        "nb": "En forespørsel fra en annen nettside er avvist.",
        "en": "A request from another web site is refused.",
    },
    "api.not_multipart": {
        "nb": "Send filen som et skjema (Content-Type: multipart/form-data), for eksempel "
        "med curl -F file=@tiltak.csv.",
        "en": "Send the file as a form (Content-Type: multipart/form-data), for example with "
        "curl -F file=@tiltak.csv.",
    },
    "api.too_large": {
        "nb": "Forespørselen er større enn grensen for opplastinger ({max} MB). Del filen i "
        "mindre filer (for eksempel per år) og last dem opp hver for seg.",
        "en": "The request is larger than the upload limit ({max} MB). Split the file into "
        "smaller files (for example per year) and upload them one by one.",
    },
    "api.bad_form": {
        "nb": "Skjemaet kan ikke leses. Send én fil i feltet «file» og ellers bare feltene "
        "{fields}, hvert høyst 4 KB.",
        "en": "The form cannot be read. Send one file in the field 'file' and otherwise only "
        "the fields {fields}, each at most 4 KB.",
    },
    "api.no_file": {
        "nb": "Send filen i skjemafeltet «file» med et filnavn, for eksempel -F file=@tiltak.csv.",
        "en": "Send the file in the form field 'file' with a file name, for example "
        "-F file=@tiltak.csv.",
    },
    "api.import_unknown_plan": {
        "nb": "Planen «{plan}» finnes ikke. Planene er: {plans}.",
        "en": "There is no plan '{plan}'. The plans are: {plans}.",
    },
    "api.import_choose_plan": {
        "nb": "Velg planen i feltet «plan»: {plans}.",
        "en": "Choose the plan in the field 'plan': {plans}.",
    },
    "api.import_no_plans": {
        "nb": "Databasen har ingen planer ennå. Lag en plan på siden Kom i gang først.",
        "en": "The database has no plans yet. Create a plan on the page Kom i gang first.",
    },
    "api.goal_tool_only": {
        "nb": "Feltet «goal» gjelder bare eksporter fra Jira, Asana, monday.com og Planner. "
        "Ta det bort for denne filen. Ingenting er lagret.",
        "en": "The field 'goal' is for Jira, Asana, monday.com and Planner exports. Leave it "
        "out for this file. Nothing was saved.",
    },
    "api.dry_run": {
        "nb": "Prøvekjøring: filen ville gitt {added} nye, {changed} endret og {unchanged} "
        "uendret. Ingenting er lagret.",
        "en": "Dry run: the file would give {added} new, {changed} changed and {unchanged} "
        "unchanged. Nothing was saved.",
    },
    # Refused token changes (AuthError codes, shown as auth.<code>)
    "auth.token_label": {
        "nb": "Gi nøkkelen et navn (høyst {maximum} tegn), for eksempel «GA4 hver natt».",
        "en": "Give the token a name (at most {maximum} characters), for example 'GA4 nightly'.",
    },
    "auth.token_role_above": {
        "nb": "En nøkkel kan ikke få høyere rolle enn kontoen {name} har ({role}).",
        "en": "A token cannot have a higher role than its account {name} has ({role}).",
    },
    "auth.no_such_token": {
        "nb": "Det finnes ingen gyldig nøkkel nummer {no}.",
        "en": "There is no live token number {no}.",
    },
    # The admin's token section on the Brukere page
    "tokens.title": {"nb": "API-nøkler", "en": "API tokens"},
    "tokens.intro": {
        "nb": "En API-nøkkel lar et program lese fra Planpuls' API (/api/v1) som en konto, "
        "med en rolle (sekretariatet og administratorer kan også laste opp og angre). "
        "Nøkkelen vises bare én gang; Planpuls lagrer den ikke i klartekst.",
        "en": "An API token lets a program read from Planpuls' API (/api/v1) as an account, "
        "with a role (the secretariat and administrators also upload and undo). "
        "The token is shown once; Planpuls does not keep it in clear text.",
    },
    "tokens.none": {"nb": "Ingen API-nøkler ennå.", "en": "No API tokens yet."},
    "tokens.create": {"nb": "Lag nøkkel", "en": "Create token"},
    "tokens.label": {"nb": "Navn på nøkkelen", "en": "Token name"},
    "tokens.owner": {"nb": "Konto", "en": "Account"},
    "tokens.role": {"nb": "Rolle", "en": "Role"},
    "tokens.created": {
        "nb": "Nøkkel nummer {no} er laget. Kopier den nå; den vises ikke igjen:",
        "en": "Token number {no} is made. Copy it now; it is not shown again:",
    },
    "tokens.revoke": {"nb": "Trekk tilbake", "en": "Revoke"},
    "tokens.which": {"nb": "Nøkkel", "en": "Token"},
    "tokens.revoked": {
        "nb": "Nøkkel nummer {no} er trukket tilbake.",
        "en": "Token number {no} is revoked.",
    },
    "tokens.col_no": {"nb": "Nr.", "en": "No."},
    "tokens.col_prefix": {"nb": "Begynner med", "en": "Starts with"},
    "tokens.col_used": {"nb": "Sist brukt", "en": "Last used"},
    "tokens.col_revoked": {"nb": "Trukket tilbake", "en": "Revoked"},
    "tokens.history": {"nb": "Bruk av API-nøkler", "en": "Use of API tokens"},
    "tokens.action.create": {"nb": "laget", "en": "created"},
    "tokens.action.revoke": {"nb": "trukket tilbake", "en": "revoked"},
    "tokens.action.use": {"nb": "brukt", "en": "used"},
}
