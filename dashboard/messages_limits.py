"""Words of the limits on uploads and of failures nobody expected (issue 10)."""

MESSAGES: dict[str, dict[str, str]] = {
    # Whole-file refusals by a limit (dashboard.settings PLANPULS_MAX_…)
    "file.file_too_large": {
        "nb": "Filen er {size} MB; høyst {max} MB kan lastes opp. Del den i mindre filer "
        "(for eksempel per år) og last dem opp hver for seg.",
        "en": "The file is {size} MB; at most {max} MB can be uploaded. Split it into smaller "
        "files (by year, say) and upload them one by one.",
    },
    "file.too_many_rows": {
        "nb": "Filen har {rows} linjer; høyst {max} rader kan leses fra én fil. Del den i "
        "mindre filer og last dem opp hver for seg.",
        "en": "The file has {rows} lines; at most {max} rows can be read from one file. "
        "Split it into smaller files and upload them one by one.",
    },
    "file.too_many_columns": {
        "nb": "Linje {line} har mer enn {max} kolonner, og flere kan ikke leses. Sjekk at "
        "skilletegnet er riktig, og fjern kolonner du ikke trenger.",
        "en": "Line {line} has more than {max} columns, and no more can be read. Check that the "
        "separator is right, and remove columns you do not need.",
    },
    "file.sheet_too_wide": {
        "nb": "Arket er {columns} kolonner bredt; høyst {max} kan leses. Fjern kolonner du "
        "ikke trenger, eller kopier tabellen til et nytt ark.",
        "en": "The sheet is {columns} columns wide; at most {max} can be read. Remove columns "
        "you do not need, or copy the table to a new sheet.",
    },
    "file.cell_too_long": {
        "nb": "Linje {line}{column_text}: en celle er lengre enn {max} tegn, og lengre kan "
        "ikke leses. Kort ned teksten (eller sjekk at et anførselstegn ikke mangler) og prøv "
        "igjen.",
        "en": "Line {line}{column_text}: a cell is longer than {max} characters, and no longer "
        "can be read. Shorten the text (or check for a missing quotation mark) and try again.",
    },
    "file.cell_column": {"nb": ", kolonne {column}", "en": ", column {column}"},
    "file.workbook_too_large": {
        "nb": "Excel-filen pakkes ut til {size} MB; høyst {max} MB kan leses. Del den i "
        "mindre filer, eller lagre arket som CSV.",
        "en": "The Excel file unpacks to {size} MB; at most {max} MB can be read. Split it "
        "into smaller files, or save the sheet as CSV.",
    },
    "file.zip_bomb": {
        "nb": "Excel-filen blir {ratio} ganger større når den pakkes ut (høyst {max}). Det "
        "gjør ikke et vanlig regneark; filen leses ikke. Åpne den i Excel og lagre den på "
        "nytt, eller lagre arket som CSV.",
        "en": "The Excel file grows {ratio} times when unpacked (at most {max}). A normal "
        "spreadsheet does not; the file is not read. Open it in Excel and save it again, "
        "or save the sheet as CSV.",
    },
    # A cell longer than its column allows (kinds.TEXT_MAX), on its line
    "problem.text_too_long": {
        "nb": "Teksten er lengre enn {max} tegn. Kort den ned.",
        "en": "The text is longer than {max} characters. Shorten it.",
    },
    # Something nobody expected (a defect): said plainly, nothing changed
    "error.unexpected": {
        "nb": "Noe gikk galt, og ingenting ble endret. Prøv igjen; skjer det igjen, send "
        "filen og tidspunktet ({when}) til den som drifter Planpuls.",
        "en": "Something went wrong, and nothing was changed. Try again; if it happens "
        "again, send the file and the time ({when}) to whoever runs Planpuls.",
    },
    "error.unexpected_cli": {
        "nb": "Uventet feil ({error}); ingenting ble endret. Detaljer: {log} (eller kjør "
        "igjen med --debug).",
        "en": "Unexpected error ({error}); nothing was changed. Details: {log} (or run "
        "again with --debug).",
    },
}
