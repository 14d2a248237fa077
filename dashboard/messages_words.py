"""Words for issue 12's language pass: who did something, account actions, the uploader."""

MESSAGES: dict[str, dict[str, str]] = {
    # Who did something (import batches, account and token logs)
    "actor.cli": {"nb": "Kommandolinje", "en": "Command line"},
    "actor.cli_user": {"nb": "Kommandolinje ({user})", "en": "Command line ({user})"},
    "actor.api": {"nb": "{user} (API)", "en": "{user} (API)"},
    "actor.demo": {"nb": "Demodata", "en": "Demo data"},
    # Account changes on Brukere
    "users.action.add": {"nb": "Lagt til", "en": "Added"},
    "users.action.remove": {"nb": "Fjernet", "en": "Removed"},
    "users.action.set_role": {"nb": "Ny rolle", "en": "Role changed"},
    "users.action.reset_password": {"nb": "Nytt passord", "en": "Password reset"},
    "users.never": {"nb": "–", "en": "–"},
    # The file uploader (Streamlit's own instruction line is hidden; this one is ours)
    "upload.drop_limit": {
        "nb": "Dra og slipp filen her, eller velg den med knappen: {formats}, "
        "høyst {size} per fil.",
        "en": "Drag and drop the file here, or choose it with the button: {formats}, at most "
        "{size} per file.",
    },
    "upload.browse": {"nb": "Velg fil", "en": "Choose file"},
    # Names of files a person downloads (a slug is made of them: no spaces, a–z)
    "file.template": {"nb": "planpuls-mal-{kind}-{plan}", "en": "planpuls-template-{kind}-{plan}"},
    # How an upload was read: the Planpuls template with one column per period
    "read.canonical_wide": {"nb": "{name} (bred)", "en": "{name} (wide)"},
    "upload.chosen_size": {"nb": "Filen er {size}.", "en": "The file is {size}."},
}
