"""Words of server-side sessions (issue 10): a sign-in that ended under the user."""

MESSAGES: dict[str, dict[str, str]] = {
    "sessions.ended": {
        "nb": "Innloggingen din er avsluttet (logget ut, utløpt eller kontoen er endret). "
        "Logg inn på nytt.",
        "en": "Your sign-in has ended (signed out, expired or the account changed). Sign in again.",
    },
}
