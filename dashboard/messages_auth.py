"""Words of sign-in, roles and user administration."""

MESSAGES: dict[str, dict[str, str]] = {
    "nav.sign_in": {"nb": "Logg inn", "en": "Sign in"},
    "nav.users": {"nb": "Brukere", "en": "Users"},
    "role.viewer": {"nb": "Leser", "en": "Viewer"},
    "role.secretariat": {"nb": "Sekretariat", "en": "Secretariat"},
    "role.admin": {"nb": "Administrator", "en": "Administrator"},
    "auth.title": {"nb": "Logg inn", "en": "Sign in"},
    "auth.name": {"nb": "Brukernavn", "en": "User name"},
    "auth.password": {"nb": "Passord", "en": "Password"},
    "auth.sign_in": {"nb": "Logg inn", "en": "Sign in"},
    "auth.sign_out": {"nb": "Logg ut", "en": "Sign out"},
    "auth.sso": {"nb": "Logg inn med virksomhetskonto", "en": "Sign in with your work account"},
    "auth.or_local": {
        "nb": "… eller med en lokal Planpuls-konto:",
        "en": "… or with a local Planpuls account:",
    },
    "auth.signed_in_as": {
        "nb": "Innlogget som {name} ({role})",
        "en": "Signed in as {name} ({role})",
    },
    "auth.sign_in_here": {
        "nb": "Denne siden krever innlogging. Logg inn her, så åpnes siden.",
        "en": "This page needs you to sign in. Sign in here and the page opens.",
    },
    "auth.not_allowed": {
        "nb": "Du har ikke tilgang til denne siden. Spør en administrator om en annen rolle.",
        "en": "You do not have access to this page. Ask an administrator for another role.",
    },
    "auth.no_admin": {
        "nb": "Det finnes ingen administrator ennå. Kjør "
        "`.venv/bin/python -m dashboard users add NAVN --role admin` i en terminal (passordet "
        "spørres om); det virker også mens dashbordet kjører.",
        "en": "There is no administrator yet. Run "
        "`.venv/bin/python -m dashboard users add NAME --role admin` in a terminal (you are "
        "asked for the password); it works while the dashboard runs too.",
    },
    "auth.bad_credentials": {
        "nb": "Feil brukernavn eller passord.",
        "en": "Wrong user name or password.",
    },
    "auth.throttled": {
        "nb": "For mange mislykkede forsøk. Vent {seconds} sekunder og prøv igjen.",
        "en": "Too many failed attempts. Wait {seconds} seconds and try again.",
    },
    "auth.bad_name": {
        "nb": "Brukernavnet «{name}» kan ikke brukes: 2–64 tegn, bokstaver, tall og . @ + -.",
        "en": "The user name “{name}” cannot be used: 2–64 characters, letters, digits "
        "and . @ + -.",
    },
    "auth.bad_role": {
        "nb": "Ukjent rolle «{role}». Bruk en av: {roles}.",
        "en": "Unknown role “{role}”. Use one of: {roles}.",
    },
    "auth.short_password": {
        "nb": "Passordet må ha minst {minimum} tegn.",
        "en": "The password needs at least {minimum} characters.",
    },
    "auth.passwords_differ": {
        "nb": "Passordene er ikke like.",
        "en": "The passwords do not match.",
    },
    "auth.user_exists": {"nb": "Brukeren {name} finnes allerede.", "en": "User {name} exists."},
    "auth.no_such_user": {"nb": "Brukeren {name} finnes ikke.", "en": "There is no user {name}."},
    "auth.last_admin": {
        "nb": "{name} er den siste administratoren og må beholde rollen.",
        "en": "{name} is the last administrator and must keep the role.",
    },
    "users.title": {"nb": "Brukere", "en": "Users"},
    "users.name": {"nb": "Brukernavn", "en": "User name"},
    "users.role": {"nb": "Rolle", "en": "Role"},
    "users.created": {"nb": "Opprettet", "en": "Created"},
    "users.created_by": {"nb": "Opprettet av", "en": "Created by"},
    "users.updated": {"nb": "Endret", "en": "Changed"},
    "users.add": {"nb": "Legg til bruker", "en": "Add a user"},
    "users.repeat": {"nb": "Gjenta passordet", "en": "Repeat the password"},
    "users.added": {"nb": "Brukeren {name} er lagt til.", "en": "User {name} is added."},
    "users.change": {"nb": "Endre en bruker", "en": "Change a user"},
    "users.set_role": {"nb": "Sett rolle", "en": "Set role"},
    "users.role_set": {
        "nb": "{name} har nå rollen {role}.",
        "en": "{name} now has the role {role}.",
    },
    "users.new_password": {"nb": "Nytt passord", "en": "New password"},
    "users.reset": {"nb": "Sett nytt passord", "en": "Set a new password"},
    "users.reset_done": {
        "nb": "{name} har fått nytt passord og er logget ut overalt.",
        "en": "{name} has a new password and is signed out everywhere.",
    },
    "users.confirm_remove": {"nb": "Ja, fjern {name}", "en": "Yes, remove {name}"},
    "users.remove": {"nb": "Fjern bruker", "en": "Remove user"},
    "users.removed": {"nb": "Brukeren {name} er fjernet.", "en": "User {name} is removed."},
    "users.history": {"nb": "Endringer i brukere", "en": "Changes to users"},
    "users.action": {"nb": "Handling", "en": "Action"},
    "users.detail": {"nb": "Detalj", "en": "Detail"},
}
