"""Write the preset sample exports in this folder, byte for byte as each tool writes them.

Run: python tests/corpus/presets/make_samples.py  (the files are committed; this
script documents how they were made and where each detail of the format comes
from). The .xls needs xlwt, which is not a project dependency (install it
somewhere temporary and put it on PYTHONPATH); without it the committed .xls is
kept. Rewritten .xlsx files differ in bytes (zip timestamps), not in content.

The data is invented for Helseinnovasjonssenteret (HIS); people appear only as
roles or as "Deltaker NN" with @example.no addresses.

Sources for the formats (public code and docs read through the search tool):

* Meta daily series: UTF-16 LE with BOM, ``sep=,`` line, the metric's name
  quoted on line 2, ``"Date","Primary"``, ISO timestamps - described in several
  projects parsing real "Follows (1).csv"/"Visits (1).csv" exports.
* Meta/Instagram post exports: UTF-8 with BOM, header row 1, ``Publish time``
  as ``MM/DD/YYYY HH:MM``; Instagram's header copied from parsers' fixtures.
* GA4: the ``# ---`` block with ``# Start date: YYYYMMDD`` is from a real
  "Pages and screens" download; the free-form exploration layout (period as
  ``# 20250101-20250114``, a "Grand total" first row) from a GA4 parser's tests.
* Matomo: core/DataTable/Renderer/Csv.php and Tsv.php (UTF-16 LE with BOM,
  ``\\n`` line ends, no final line end, ``date`` key column for several
  periods, month keys ``YYYY-MM``); column words from lang/en.json and nb.json.
* Mailchimp: the campaigns report export header and its quoting (only fields
  with spaces quoted) from importers' fixtures; "Send Date" ``Jun 09, 2018 09:30 pm``.
* YouTube Studio: "Table data.csv" with a "Total" second row and ``Video
  publish time`` as ``Jan 6, 2025``; "Totals.csv" as ``Date,Views`` with ISO dates.
* X: the tweet activity export's full header (all fields quoted, UTF-8 BOM,
  ``time`` as ``2025-03-04 08:15 +0000``) and the newer content export.
* Teams attendance: UTF-16 LE with BOM, tab separated, CRLF, sections
  "1. Summary", "2. Participants", "3. In-Meeting Activities".
* LinkedIn page analytics: "Metrics"/"All posts" sheets with an explanatory
  first row, dates as text ``MM/DD/YYYY``; followers workbook sheets.
* Jira "all fields" CSV header and ``14/Jul/25 3:42 PM`` dates; Asana's CSV
  header; monday.com's Excel layout (board name, group title, header, items,
  subitems under their own header) from an importer of real exports.

Where the sources are silent a comment says so at the sample.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def write(name: str, data: bytes) -> None:
    path = HERE / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def utf16(text: str) -> bytes:
    """UTF-16 LE with a byte-order mark, as Meta, Matomo and Teams write."""
    return b"\xff\xfe" + text.encode("utf-16-le")


def csv_line(cells: list[object], sep: str = ",", quote_all: bool = False) -> str:
    out = []
    for cell in cells:
        text = "" if cell is None else str(cell)
        needs = quote_all or any(ch in text for ch in (sep, '"', "\n", "\r"))
        out.append('"' + text.replace('"', '""') + '"' if needs else text)
    return sep.join(out)


# Meta Business Suite ---------------------------------------------------------


def meta_daily() -> None:
    # Line ends: the sources show "\n"; none says CRLF, so LF here.
    visits = [41, 38, 52, 47, 61, 33, 29, 45, 58, 73, 66, 49, 31, 27, 54,
              80, 112, 95, 64, 48, 36, 40, 57, 62, 51, 44, 30, 28, 59, 63, 55]  # fmt: skip
    lines = ["sep=,", '"Facebook visits"', '"Date","Primary"']
    for day, value in enumerate(visits, start=1):
        lines.append(f'"2025-03-{day:02d}T00:00:00","{value}"')
    write("meta_daily_facebook_visits.csv", utf16("\n".join(lines) + "\n"))


def meta_reach_sections() -> None:
    """A "Reach" download of a Facebook page with Instagram linked: two sections.

    The shape (title, header, days; a blank line; "Instagram reach", header, days)
    is the one a public spreadsheet script for these downloads expects: it reads a
    section from its title row + 2 down to the first empty row, and the Instagram
    section from its title to the end. Values are invented.
    """
    facebook = [1322, 1180, 1406, 1519, 1275, 902, 861, 1433, 1388, 1602, 1711, 1290, 944,
                890, 1502, 2210, 2684, 1977, 1520, 1104, 930, 1255, 1391, 1463, 1218, 1010,
                880, 1344, 1489, 1421, 1366]  # fmt: skip
    instagram = [412, 388, 455, 430, 401, 298, 276, 470, 462, 515, 540, 433, 301, 287, 498,
                 702, 812, 640, 522, 380, 311, 402, 441, 468, 399, 344, 290, 431, 470, 455,
                 437]  # fmt: skip
    lines = ["sep=,"]
    for g, (title, values) in enumerate((("Facebook reach", facebook),
                                         ("Instagram reach", instagram))):  # fmt: skip
        if g:
            lines.append("")
        lines += [f'"{title}"', '"Date","Primary"']
        for day, value in enumerate(values, start=1):
            lines.append(f'"2025-03-{day:02d}T00:00:00","{value}"')
    write("meta_reach_facebook_instagram.csv", utf16("\n".join(lines) + "\n"))


FB_HEADER = [
    # Column names all appear in parsers of real exports; their order past
    # "Permalink" is not confirmed by any source (the known prefix is used).
    "Post ID", "Page ID", "Page name", "Title", "Description", "Duration (sec)",
    "Publish time", "Caption type", "Permalink", "Is crosspost", "Is share", "Post type",
    "Languages", "Custom labels", "Funded content status", "Data comment", "Date", "Views",
    "Reach", "Reactions, Comments and Shares", "Reactions", "Comments", "Shares",
    "Total clicks", "Link Clicks", "Other Clicks",
    "Matched Audience Targeting Consumption (Photo Click)",
    "Negative feedback from users: Hide all", "Seconds viewed", "Average Seconds viewed",
    "Estimated earnings (USD)", "Ad CPM (USD)", "Ad impressions",
]  # fmt: skip

FB_POSTS = [
    ("122184512345678901", "Nå lanserer vi ny nettside! Her forklarer vi enklere hvem vi er, "
     "hvordan vi jobber og hva vi kan bidra med for helsetjenesten i regionen.",
     "03/04/2025 09:00", "Links", 1840, 1322, 64, 51, 9, 4, 97),
    ("122184523456789012", "Samhandlingsmodellen i praksis: slik jobber kommunene og sykehuset "
     "sammen om trygg utskriving.", "03/11/2025 12:30", "Photos", 1210, 905, 38, 29, 6, 3, 41),
    ("122184534567890123", "Velkommen til frokostmøte om velferdsteknologi 27. mars.",
     "03/18/2025 08:15", "Photos", 960, 744, 22, 17, 3, 2, 35),
    ("122184545678901234", "Film: Tre gevinster fra digital hjemmeoppfølging – for pasient, "
     "tjeneste og samfunn.", "03/25/2025 14:00", "Videos", 2630, 1957, 118, 87, 21, 10, 144),
]  # fmt: skip


def meta_posts() -> None:
    lines = [csv_line(FB_HEADER)]
    for post_id, text, published, kind, views, reach, rcs, react, comm, share, clicks in FB_POSTS:
        row = [
            post_id, "104512345678901", "Helseinnovasjonssenteret", text, "", "",
            published, "", f"https://www.facebook.com/{post_id}", "No", "No", kind,
            "", "", "", "", "Lifetime", views, reach, rcs, react, comm, share, clicks,
            clicks // 2, clicks - clicks // 2 - 1, 1, 0, "", "", "", "", "",
        ]  # fmt: skip
        lines.append(csv_line(row))
    # UTF-8 with BOM per the catalogue of a real 12-file export; LF as in fixtures.
    write("meta_posts_facebook.csv", ("\ufeff" + "\n".join(lines) + "\n").encode("utf-8"))


IG_HEADER = [
    "Post ID", "Account ID", "Account username", "Account name", "Description",
    "Duration (sec)", "Publish time", "Permalink", "Post type", "Data comment", "Date",
    "Views", "Reach", "Likes", "Shares", "Follows", "Comments", "Saves",
]  # fmt: skip


def instagram_posts() -> None:
    posts = [
        ("18034512345678901", "Hvem er vi? Møt teamet bak Helseinnovasjonssenteret 👋",
         0, "04/02/2025 10:00", "IG carousel", 3120, 1875, 142, 9, 6, 11, 23),
        ("18034523456789012", "Reels: 30 sekunder om digital hjemmeoppfølging – fra pasientens "
         "ståsted. Se hele filmen på nettsiden vår.", 31, "04/09/2025 15:30", "IG reel",
         5480, 3902, 210, 37, 12, 18, 41),
        ("18034534567890123", "Takk for i dag, Innovasjonsdagen 2025!", 0,
         "04/24/2025 17:45", "IG image", 1760, 1104, 98, 3, 2, 7, 5),
    ]  # fmt: skip
    lines = [csv_line(IG_HEADER)]
    for pid, text, dur, published, kind, views, reach, likes, shares, follows, comm, saves in posts:
        row = [pid, "17841400000000001", "helseinnovasjon", "Helseinnovasjonssenteret", text,
               dur, published, f"https://www.instagram.com/p/{pid[-8:]}/", kind, "", "Lifetime",
               views, reach, likes, shares, follows, comm, saves]  # fmt: skip
        lines.append(csv_line(row))
    # Encoding: not stated for Instagram; the Facebook export's UTF-8 BOM is assumed.
    write("instagram_posts.csv", ("\ufeff" + "\n".join(lines) + "\n").encode("utf-8"))


# Google Analytics 4 ------------------------------------------------------------


def ga4_pages() -> None:
    rows = [
        ("/", 4821, 2210, 2.18, 41.6, 15830, 0, 0),
        ("/om-oss/", 1366, 981, 1.39, 52.1, 3905, 0, 0),
        ("/samhandlingsmodellen/", 1102, 774, 1.42, 88.4, 3120, 0, 0),
        ("/nyheter/ny-nettside/", 845, 702, 1.2, 64.9, 2210, 0, 0),
        ("/prosjekter/digital-hjemmeoppfolging/", 633, 480, 1.32, 97.3, 1874, 0, 0),
        ("/kontakt/", 288, 251, 1.15, 22.8, 702, 0, 0),
    ]
    lines = [
        "# ----------------------------------------",
        "# Pages and screens: Page path and screen class",
        "# Account: Helseinnovasjonssenteret",
        "# Property: helseinnovasjon.no - GA4",
        "# ----------------------------------------",
        "# ",
        "# All Users",
        "# Start date: 20250101",
        "# End date: 20250131",
        "Page path and screen class,Views,Active users,Views per active user,"
        "Average engagement time per active user,Event count,Key events,Total revenue",
    ]
    lines += [csv_line(list(r)) for r in rows]
    # UTF-8 without BOM and LF, as in the real download this follows.
    write("ga4_pages_and_screens.csv", ("\n".join(lines) + "\n").encode("utf-8"))


def ga4_daily() -> None:
    days = [(2, 412, 980, 503), (3, 398, 941, 470), (6, 377, 902, 455), (7, 364, 875, 431),
            (8, 351, 860, 422), (9, 346, 812, 409), (10, 330, 790, 398), (13, 322, 770, 384),
            (14, 318, 751, 379), (1, 121, 240, 133), (4, 109, 220, 120), (5, 97, 201, 111),
            (11, 93, 188, 104), (12, 88, 176, 97)]  # fmt: skip
    total_users = 3346  # users over the period are not the sum of daily users
    lines = [
        "# ----------------------------------------",
        "# Helseinnovasjonssenteret",
        "# Free form-Besøk per dag",
        "# 20250101-20250114",
        "# ----------------------------------------",
        "",
        "Date,Active users,Views,Sessions",
        csv_line(["", total_users, sum(d[2] for d in days), sum(d[3] for d in days),
                  "Grand total"]),
    ]  # fmt: skip
    # Explorations sort by the first metric, not by date.
    lines += [csv_line([f"202501{d:02d}", u, v, s]) for d, u, v, s in days]
    write("ga4_daily_active_users.csv", ("\n".join(lines) + "\n").encode("utf-8"))


# Matomo -----------------------------------------------------------------------

MATOMO_EN = ["Date", "Unique visitors", "Users", "Visits", "Actions", "Visits with Conversions",
             "Bounces", "Total time spent by visitors (in seconds)",
             "Maximum actions in one visit", "Bounce Rate", "Actions per Visit",
             "Avg. Time on Website"]  # fmt: skip
MATOMO_NB = ["Dato", "Unike besøkere", "Brukere", "Besøk", "Handlinger",
             "Besøk med konvertering", "Sprett", "Total tid brukt av besøkere (i sekunder)",
             "Maksimalt antall handlinger under ett besøk", "Sprettfrekvens",
             "Handlinger per besøk", "Gj.snitt. tid på nettstedet"]  # fmt: skip


def matomo_row(key: str, uniq: int, visits: int, actions: int, bounces: int) -> list[object]:
    seconds = visits * 97
    return [key, uniq, 0, visits, actions, 0, bounces, seconds, 23,
            f"{round(100 * bounces / visits)}%", round(actions / visits, 1), 97]  # fmt: skip


def matomo() -> None:
    # VisitsSummary.get, period=month, date=last3, exported from the UI in English.
    rows = [matomo_row("2025-01", 2890, 3515, 9102, 1580),
            matomo_row("2025-02", 2644, 3190, 8210, 1452),
            matomo_row("2025-03", 3102, 3874, 10344, 1705)]  # fmt: skip
    text = "\n".join(csv_line(r) for r in [MATOMO_EN, *rows])  # no final line end
    write("matomo_visits_summary_month.csv", utf16(text))
    # The same report per day for a week, exported as TSV with the UI in Norwegian.
    days = [(3, 131, 152, 401, 70), (4, 126, 149, 372, 66), (5, 118, 140, 350, 61),
            (6, 122, 144, 365, 63), (7, 97, 113, 270, 52), (8, 41, 46, 98, 25),
            (9, 38, 44, 90, 22)]  # fmt: skip
    rows = [matomo_row(f"2025-02-{d:02d}", u, v, a, b) for d, u, v, a, b in days]
    text = "\n".join(csv_line(r, sep="\t") for r in [MATOMO_NB, *rows])
    write("matomo_visits_summary_day_nb.tsv", utf16(text))


# Mailchimp --------------------------------------------------------------------

MAILCHIMP_HEADER = [
    "Title", "Subject", "List", "Send Date", "Send Weekday", "Total Recipients",
    "Successful Deliveries", "Soft Bounces", "Hard Bounces", "Total Bounces", "Times Forwarded",
    "Forwarded Opens", "Unique Opens", "Open Rate", "Total Opens", "Unique Clicks",
    "Click Rate", "Total Clicks", "Unsubscribes", "Abuse Complaints", "Times Liked on Facebook",
    "Folder Id", "Unique Id",
]  # fmt: skip


def mailchimp() -> None:
    campaigns = [
        ("Nyhetsbrev januar 2025", "Nytt år, nye samarbeid", "Jan 16, 2025 08:30 am",
         "Thursday", 1412, 1398, 548, 121, "8c2f1a9b01"),
        ("Nyhetsbrev februar 2025", "Samhandlingsmodellen i praksis", "Feb 13, 2025 08:30 am",
         "Thursday", 1436, 1425, 602, 147, "8c2f1a9b02"),
        ("Invitasjon: frokostmøte om velferdsteknologi", "Velkommen til frokostmøte 27. mars",
         "Mar 06, 2025 01:15 pm", "Thursday", 1449, 1440, 701, 233, "8c2f1a9b03"),
        ("Nyhetsbrev mars 2025", "Tre gevinster fra digital hjemmeoppfølging",
         "Mar 20, 2025 08:30 am", "Thursday", 1461, 1450, 575, 139, "8c2f1a9b04"),
    ]  # fmt: skip

    def cell(value: object) -> str:
        text = str(value)
        # Mailchimp quotes texts with spaces or punctuation, numbers not.
        plain = text.replace(".", "").replace("%", "").isdigit() or text.isalpha()
        return text if plain else '"' + text.replace('"', '""') + '"'

    lines = [",".join(cell(h) for h in MAILCHIMP_HEADER)]
    for title, subject, sent, weekday, recipients, delivered, opens, clicks, uid in campaigns:
        bounces = recipients - delivered
        row = [title, subject, "Nyhetsbrev HIS", sent, weekday, recipients, delivered,
               bounces - 1, 1, bounces, 0, 0, opens, f"{100 * opens / delivered:.2f}%",
               round(opens * 1.7), clicks, f"{100 * clicks / delivered:.2f}%",
               round(clicks * 1.4), 2, 0, 0, 0, uid]  # fmt: skip
        lines.append(",".join(cell(c) for c in row))
    # Encoding and line ends: not stated by any source; UTF-8 without BOM, LF.
    write("mailchimp_campaigns.csv", ("\n".join(lines) + "\n").encode("utf-8"))


# YouTube Studio ---------------------------------------------------------------


def youtube() -> None:
    header = ["Content", "Video title", "Video publish time", "Duration", "Views",
              "Watch time (hours)", "Subscribers", "Average view duration", "Impressions",
              "Impressions click-through rate (%)"]  # fmt: skip
    videos = [
        ("q7Hn2LxR0aE", "Digital hjemmeoppfølging – tre gevinster", "Mar 25, 2025", 184, 612,
         18.2164, 9, "0:01:47", 8120, 5.11),
        ("Zb41tKc9uWm", "Samhandlingsmodellen forklart på to minutter", "Mar 11, 2025", 131,
         388, 7.3891, 4, "0:01:08", 5904, 4.37),
        ("-Ue8pQv2sLk", "Innovasjonsdagen 2025: høydepunkter", "Apr 24, 2025", 246, 205,
         6.0412, 2, "0:01:46", 3311, 3.93),
    ]  # fmt: skip
    total = ["Total", "", "", "", sum(v[4] for v in videos), 31.6467, 15, "0:01:34",
             sum(v[8] for v in videos), 4.67]  # fmt: skip
    lines = [csv_line(header), csv_line(total), *(csv_line(list(v)) for v in videos)]
    # Encoding and line ends: not stated; UTF-8 without BOM, LF as the fixtures.
    write("youtube_studio/Table data.csv", ("\n".join(lines) + "\n").encode("utf-8"))
    views = [12, 9, 15, 11, 8, 6, 14, 21, 17, 13, 10, 9, 18, 25]
    lines = ["Date,Views"] + [f"2025-04-{d:02d},{v}" for d, v in enumerate(views, start=1)]
    write("youtube_studio/Totals.csv", ("\n".join(lines) + "\n").encode("utf-8"))


# X (Twitter) --------------------------------------------------------------------

X_HEADER = [
    "Tweet id", "Tweet permalink", "Tweet text", "time", "impressions", "engagements",
    "engagement rate", "retweets", "replies", "likes", "user profile clicks", "url clicks",
    "hashtag clicks", "detail expands", "permalink clicks", "app opens", "app installs",
    "follows", "email tweet", "dial phone", "media views", "media engagements",
    "promoted impressions", "promoted engagements", "promoted engagement rate",
    "promoted retweets", "promoted replies", "promoted likes", "promoted user profile clicks",
    "promoted url clicks", "promoted hashtag clicks", "promoted detail expands",
    "promoted permalink clicks", "promoted app opens", "promoted app installs",
    "promoted follows", "promoted email tweet", "promoted dial phone", "promoted media views",
    "promoted media engagements",
]  # fmt: skip


def x_posts() -> None:
    tweets = [
        ("1897012345678901234", "Ny nettside er ute! Les hvordan vi jobber med helseinnovasjon "
         "sammen med kommunene og sykehuset: https://helseinnovasjon.no", "2025-03-04 08:15 +0000",
         1204, 61, 3, 1, 18, 4, 22, 0, 13),
        ("1899512345678901234", "Samhandlingsmodellen i praksis – \"trygg utskriving\" forklart "
         "på to minutter.", "2025-03-11 11:40 +0000", 877, 35, 2, 0, 11, 2, 12, 0, 8),
        ("1902012345678901234", "Frokostmøte om velferdsteknologi 27. mars. Påmelding på "
         "nettsiden. #helseinnovasjon", "2025-03-18 23:05 +0000", 645, 29, 4, 1, 9, 1, 9, 2, 3),
    ]  # fmt: skip
    lines = [csv_line(X_HEADER, quote_all=True)]
    for tid, text, time, impr, eng, rts, reps, likes, prof, url, tags, expands in tweets:
        row = [
            tid,
            f"https://twitter.com/helseinnovasjon/status/{tid}",
            text,
            time,
            impr,
            eng,
            eng / impr,
            rts,
            reps,
            likes,
            prof,
            url,
            tags,
            expands,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
        ]
        # Promoted columns of an organic tweet: "-" (not confirmed by a source).
        row += ["-"] * (len(X_HEADER) - len(row))
        lines.append(csv_line(row, quote_all=True))
    write("x_tweet_activity.csv", ("\ufeff" + "\n".join(lines) + "\n").encode("utf-8"))
    header = ["Post id", "Date", "Post text", "Post Link", "Impressions", "Likes", "Engagements",
              "Bookmarks", "Shares", "New follows", "Replies", "Reposts", "Profile visits",
              "Detail Expands", "URL Clicks", "Hashtag Clicks", "Permalink Clicks"]  # fmt: skip
    posts = [
        ("1912212345678901234", "Tue, Apr 15, 2025", "Innovasjonsdagen 2025 nærmer seg – se "
         "programmet!", 932, 14, 41, 2, 1, 1, 0, 3, 4, 6, 17, 0, 1),
        ("1915812345678901234", "Fri, Apr 25, 2025", "Takk til alle som kom på "
         "Innovasjonsdagen! Opptak kommer på YouTube.", 1288, 33, 52, 4, 3, 2, 2, 5, 2, 5, 6, 0, 0),
    ]  # fmt: skip
    rows = [[p[0], p[1], p[2], f"https://x.com/helseinnovasjon/status/{p[0]}", *p[3:]]
            for p in posts]  # fmt: skip
    lines = [csv_line(header), *(csv_line(r) for r in rows)]
    # The newer export: encoding and line ends not stated; UTF-8 without BOM, LF.
    write("x_post_content.csv", ("\n".join(lines) + "\n").encode("utf-8"))


# Microsoft Teams attendance report ------------------------------------------------


def teams() -> None:
    people = [  # (n, join, leave, duration, role); Deltaker 01 organised the meeting
        (1, "2/6/25, 8:58:41 AM", "2/6/25, 10:02:13 AM", "1h 3m 32s", "Organizer"),
        (2, "2/6/25, 8:59:50 AM", "2/6/25, 10:01:55 AM", "1h 2m 5s", "Presenter"),
        (3, "2/6/25, 9:00:12 AM", "2/6/25, 10:01:40 AM", "1h 1m 28s", "Attendee"),
        (4, "2/6/25, 9:01:05 AM", "2/6/25, 10:00:58 AM", "59m 53s", "Attendee"),
        (5, "2/6/25, 9:02:30 AM", "2/6/25, 9:47:10 AM", "44m 40s", "Attendee"),
        (6, "2/6/25, 9:03:44 AM", "2/6/25, 10:01:02 AM", "50m 12s", "Attendee"),
        (7, "2/6/25, 9:05:19 AM", "2/6/25, 10:00:40 AM", "55m 21s", "Attendee"),
        (8, "2/6/25, 9:11:02 AM", "2/6/25, 9:58:37 AM", "47m 35s", "Attendee"),
    ]  # fmt: skip
    lines = [
        "1. Summary",
        "Meeting title\tAllmøte: kommunikasjonsstrategien 2025",
        f"Attended participants\t{len(people)}",
        "Start time\t2/6/25, 8:58:41 AM",
        "End time\t2/6/25, 10:02:13 AM",
        "Meeting duration\t1h 3m 32s",
        "",
        "2. Participants",
        "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole",
    ]
    for n, join, leave, duration, role in people:
        mail = f"deltaker{n:02d}@example.no"
        lines.append(f"Deltaker {n:02d}\t{join}\t{leave}\t{duration}\t{mail}\t{mail}\t{role}")
    lines += ["", "3. In-Meeting Activities", "Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole"]
    for n, join, leave, duration, role in people:
        mail = f"deltaker{n:02d}@example.no"
        if n == 6:  # dropped out and rejoined: two activity rows, one participant
            lines.append(f"Deltaker 06\t{join}\t2/6/25, 9:20:00 AM\t16m 16s\t{mail}\t{role}")
            lines.append(f"Deltaker 06\t2/6/25, 9:27:06 AM\t{leave}\t33m 56s\t{mail}\t{role}")
        else:
            lines.append(f"Deltaker {n:02d}\t{join}\t{leave}\t{duration}\t{mail}\t{role}")
    write("teams_attendance.csv", utf16("\r\n".join(lines) + "\r\n"))


# LinkedIn page analytics ---------------------------------------------------------

LI_METRICS = [
    "Date", "Impressions (organic)", "Impressions (sponsored)", "Impressions (total)",
    "Unique impressions (organic)", "Clicks (organic)", "Clicks (sponsored)", "Clicks (total)",
    "Reactions (organic)", "Reactions (sponsored)", "Reactions (total)", "Comments (organic)",
    "Comments (sponsored)", "Comments (total)", "Reposts (organic)", "Reposts (sponsored)",
    "Reposts (total)", "Engagement rate (organic)", "Engagement rate (sponsored)",
    "Engagement rate (total)",
]  # fmt: skip
LI_POSTS = [
    "Post title", "Post link", "Post type", "Campaign name", "Posted by", "Created date",
    "Campaign start date", "Campaign end date", "Audience", "Impressions", "Views",
    "Offsite Views", "Clicks", "Click through rate (CTR)", "Likes", "Comments", "Reposts",
    "Follows", "Engagement rate", "Content Type",
]  # fmt: skip
# The explanatory first rows' wording is not quoted by any source; these are stand-ins.
LI_METRICS_NOTE = "Aggregated metrics for all posts published on the page during the period."
LI_POSTS_NOTE = "All posts published on the page during the period, with lifetime metrics."


def linkedin_content_rows() -> tuple[list[list[object]], list[list[object]]]:
    daily = [(312, 0, 188, 9, 14, 1, 0, 0), (287, 0, 170, 7, 11, 0, 1, 0),
             (1450, 600, 902, 61, 58, 4, 6, 2), (934, 210, 611, 38, 41, 3, 3, 1),
             (402, 0, 260, 12, 19, 1, 1, 0), (118, 0, 77, 2, 4, 0, 0, 0),
             (96, 0, 60, 1, 3, 0, 0, 0)]  # fmt: skip
    metrics = []
    for day, (
        organic,
        sponsored,
        unique,
        clicks,
        reactions,
        comments,
        reposts,
        spons_clicks,
    ) in enumerate(daily, start=3):
        total = organic + sponsored
        rate = round((clicks + reactions + comments + reposts) / organic, 4)
        metrics.append([
            f"03/{day:02d}/2025", organic, sponsored, total, unique, clicks, spons_clicks,
            clicks + spons_clicks, reactions, 0, reactions, comments, 0, comments, reposts, 0,
            reposts, rate, 0 if not sponsored else round(spons_clicks / sponsored, 4), rate,
        ])  # fmt: skip
    posts = [
        ["Ny nettside for Helseinnovasjonssenteret: slik samarbeider vi med kommunene.",
         "https://www.linkedin.com/feed/update/urn:li:activity:7303000000000000001",
         "Organic", "", "Kommunikasjonsansvarlig", "03/05/2025", "", "", "All followers",
         2180, "", "", 96, 0.044, 71, 9, 6, 4, 0.0835, ""],
        ["Samhandlingsmodellen i praksis (film, 2 min).",
         "https://www.linkedin.com/feed/update/urn:li:activity:7305000000000000002",
         "Sponsored", "Samhandling mars", "Kommunikasjonsansvarlig", "03/06/2025",
         "03/06/2025", "03/20/2025", "Helsetjenesten Midt-Norge", 810, 402, 12, 24, 0.0296,
         19, 2, 1, 1, 0.0568, "Video"],
    ]  # fmt: skip
    return metrics, posts


def linkedin() -> None:
    from openpyxl import Workbook

    metrics, posts = linkedin_content_rows()
    wb = Workbook()
    sheet = wb.active
    sheet.title = "Metrics"
    sheet.append([LI_METRICS_NOTE])
    sheet.append(LI_METRICS)
    for row in metrics:
        sheet.append(row)
    sheet = wb.create_sheet("All posts")
    sheet.append([LI_POSTS_NOTE])
    sheet.append(LI_POSTS)
    for row in posts:
        sheet.append(row)
    save(wb, "linkedin_content.xlsx")

    wb = Workbook()
    sheet = wb.active
    sheet.title = "New followers"
    # The followers sheet's header is on row 1 in the one importer that reads it
    # (no explanatory row); dates are text there as in the content export.
    sheet.append(["Date", "Sponsored followers", "Organic followers", "Auto-invited followers",
                  "Total followers"])  # fmt: skip
    new = [(0, 4, 0), (0, 3, 1), (2, 11, 0), (1, 7, 0), (0, 2, 0), (0, 1, 0), (0, 0, 0)]
    for day, (sponsored, organic, invited) in enumerate(new, start=3):
        sheet.append([f"03/{day:02d}/2025", sponsored, organic, invited,
                      sponsored + organic + invited])  # fmt: skip
    for title, rows in (
        ("Location", [("Trondheim", 612), ("Oslo", 201), ("Steinkjer", 88)]),
        ("Job function", [("Healthcare Services", 402), ("Research", 133)]),
        ("Seniority", [("Senior", 377), ("Entry", 142)]),
        ("Industry", [("Hospitals and Health Care", 455), ("Government Administration", 171)]),
        ("Company size", [("10001+", 298), ("1001-5000", 156)]),
    ):
        sheet = wb.create_sheet(title)
        sheet.append([title, "Total followers"])
        for row in rows:
            sheet.append(list(row))
    save(wb, "linkedin_followers.xlsx")


def linkedin_xls() -> None:
    """The same content export as a real BIFF8 .xls (LinkedIn's older download format)."""
    try:
        import xlwt
    except ImportError:
        print("xlwt not installed: linkedin_content.xls not rewritten", file=sys.stderr)
        return
    metrics, posts = linkedin_content_rows()
    book = xlwt.Workbook(encoding="utf-8")
    for title, note, header, rows in (
        ("Metrics", LI_METRICS_NOTE, LI_METRICS, metrics),
        ("All posts", LI_POSTS_NOTE, LI_POSTS, posts),
    ):
        sheet = book.add_sheet(title)
        for r, row in enumerate([[note], header, *rows]):
            for c, value in enumerate(row):
                sheet.write(r, c, value)
    path = HERE / "linkedin_content.xls"
    book.save(str(path))


def save(wb: object, name: str) -> None:
    """Save with fixed document dates so the bytes do not change between runs."""
    fixed = dt.datetime(2025, 4, 1, 8, 0, 0)
    wb.properties.created = fixed  # type: ignore[attr-defined]
    wb.properties.modified = fixed  # type: ignore[attr-defined]
    wb.save(HERE / name)  # type: ignore[attr-defined]


# Measures: Jira, Asana, monday.com, Planner --------------------------------------------

JIRA_HEADER = [
    "Summary", "Issue key", "Issue id", "Issue Type", "Status", "Project key", "Project name",
    "Project type", "Project lead", "Priority", "Resolution", "Assignee", "Reporter", "Creator",
    "Created", "Updated", "Last Viewed", "Resolved", "Due date", "Labels", "Labels",
    "Description", "Custom field (Start date)", "Parent", "Parent summary", "Status Category",
]  # fmt: skip


def jira() -> None:
    lead = "Kommunikasjonsansvarlig"
    issues = [
        ("Tydeligere profil", "KOM-1", "10001", "Epic", "In Progress", "", "", "",
         "06/Jan/25 9:00 AM", "03/Mar/25 2:14 PM", "", "", "", "In Progress", ""),
        ("Beskrive hvem vi er, hvordan vi jobber og hva vi kan bidra med", "KOM-2", "10002",
         "Task", "In Progress", "", lead, "15/Jan/25", "06/Jan/25 9:12 AM",
         "27/Feb/25 3:40 PM", "31/Oct/25", "10001", "Tydeligere profil", "In Progress", ""),
        ("Forklare samhandlingsmodellen i praksis", "KOM-3", "10003", "Task", "To Do", "",
         "FoU-leder", "01/Mar/25", "06/Jan/25 9:20 AM", "06/Jan/25 9:20 AM", "31/Dec/26",
         "10001", "Tydeligere profil", "To Do", ""),
        ("Nasjonal oppmerksomhet", "KOM-4", "10004", "Epic", "To Do", "", "", "",
         "06/Jan/25 9:25 AM", "06/Jan/25 9:25 AM", "", "", "", "To Do", ""),
        ("Være proaktiv på å løfte saker ut i media", "KOM-5", "10005", "Task", "Done", "Done",
         lead, "06/Jan/25", "06/Jan/25 9:31 AM", "14/Mar/25 11:02 AM", "31/Mar/25", "10004",
         "Nasjonal oppmerksomhet", "Done", "14/Mar/25 11:02 AM"),
        ("Kronikk i Dagens Medisin om samhandling", "KOM-6", "10006", "Task", "Won't Do",
         "Won't Do", lead, "", "10/Jan/25 1:05 PM", "20/Feb/25 10:44 AM", "28/Feb/25", "10004",
         "Nasjonal oppmerksomhet", "Done", "20/Feb/25 10:44 AM"),
        ("Løfte frem gode eksempler fra regionen til nasjonale fagmiljøer", "KOM-7", "10007",
         "Task", "Blocked", "", "FoU-leder", "01/Mar/25", "12/Jan/25 10:00 AM",
         "05/Mar/25 9:15 AM", "30/Sep/26", "10004", "Nasjonal oppmerksomhet", "In Progress",
         ""),
    ]  # fmt: skip
    lines = [csv_line(JIRA_HEADER)]
    for (summary, key, iid, kind, status, resolution, assignee, start, created, updated, due,
         parent, parent_summary, category, resolved) in issues:  # fmt: skip
        row = [summary, key, iid, kind, status, "KOM", "Kommunikasjonsplan HIS", "business",
               lead, "Medium", resolution, assignee, lead, lead, created, updated, updated,
               resolved, due, "kommunikasjon", "", "", start, parent, parent_summary,
               category]  # fmt: skip
        lines.append(csv_line(row))
    # Jira's encoding and line ends: not stated by the sources; UTF-8, CRLF as
    # Java CSV writers commonly emit. Column order is a subset of a real header.
    write("jira_issues.csv", ("\r\n".join(lines) + "\r\n").encode("utf-8"))


ASANA_HEADER = [
    "Task ID", "Created At", "Completed At", "Last Modified", "Name", "Section/Column",
    "Assignee", "Assignee Email", "Start Date", "Due Date", "Tags", "Notes", "Projects",
    "Parent task", "Blocked By (Dependencies)", "Blocking (Dependencies)",
]  # fmt: skip


def asana() -> None:
    tasks = [
        ("1209001234567801", "2025-01-06", "", "2025-03-03", "Gjennomgå kommunikasjonsstrategien "
         "med alle ansatte", "Faglig gjennomføringskraft", "Kommunikasjonsansvarlig",
         "2025-01-06", "2025-03-31", "Presentasjon på allmøte 6. februar."),
        ("1209001234567802", "2025-01-06", "2025-04-28", "2025-04-28", "Detaljere strategien "
         "ned i intern tiltaksplan", "Faglig gjennomføringskraft", "Kommunikasjonsansvarlig",
         "2025-01-06", "2025-04-30", ""),
        ("1209001234567803", "2025-01-08", "", "2025-02-20", "Kommunisere resultater og "
         "gevinster, tilpasset målgruppe og kanal", "Vise konkret samfunnsverdi",
         "Kommunikasjonsansvarlig", "2025-01-01", "2026-12-31", "Første sak: digital "
         "hjemmeoppfølging, ute i mars."),
        ("1209001234567804", "2025-01-08", "", "2025-01-08", "Delta på fysiske arenaer for "
         "dialog med innbyggerne", "Innbyggerdialog", "", "2025-03-01", "2026-10-31", ""),
    ]  # fmt: skip
    lines = [csv_line(ASANA_HEADER)]
    for tid, created, completed, modified, name, section, assignee, start, due, notes in tasks:
        row = [tid, created, completed, modified, name, section, assignee, "", start, due, "",
               notes, "Kommunikasjonsplan HIS 2025", "", "", ""]  # fmt: skip
        lines.append(csv_line(row))
    # Asana's encoding and line ends: not stated; UTF-8 without BOM, LF.
    write("asana_tasks.csv", ("\n".join(lines) + "\n").encode("utf-8"))


def monday() -> None:
    from openpyxl import Workbook

    header = ["Name", "Subitems", "Person", "Status", "Timeline", "Date", "Last updated",
              "Item ID (auto generated)"]  # fmt: skip
    d = dt.datetime
    groups = [
        ("Tydeligere profil", [
            ["Ny nettside: hvem vi er og hva vi gjør", "Tekster, Bilder", "Kommunikasjonsansvarlig",
             "Working on it", "2025-01-15 - 2025-10-31", d(2025, 10, 31), d(2025, 3, 3, 14, 2),
             1805551001],
            ["Forklare samhandlingsmodellen i praksis", "", "FoU-leder", "", "", d(2026, 12, 31),
             d(2025, 1, 6, 9, 30), 1805551002],
        ]),
        ("Nasjonal oppmerksomhet", [
            ["Være proaktiv på å løfte saker ut i media", "", "Kommunikasjonsansvarlig", "Done",
             "", d(2025, 3, 31), d(2025, 3, 14, 11, 0), 1805551003],
            ["Løfte frem gode eksempler til nasjonalt nivå", "", "FoU-leder", "Stuck", "",
             d(2026, 9, 30), d(2025, 3, 5, 9, 15), 1805551004],
        ]),
    ]  # fmt: skip
    wb = Workbook()
    sheet = wb.active
    sheet.title = "Kommunikasjonsplan HIS"
    sheet.append(["Kommunikasjonsplan HIS 2025"])
    for g, (title, items) in enumerate(groups):
        if g:
            # A blank row between groups: what real exports show between blocks,
            # though no source states it; the reader must read past it.
            sheet.append([])
        sheet.append([title])
        sheet.append(header)
        for item in items:
            sheet.append(item)
            if item[1]:  # subitems under their own header, names in column two
                sheet.append(["Subitems", "Name", "Person", "Status", "Date"])
                sheet.append([None, "Tekster", "Kommunikasjonsansvarlig", "Done",
                              d(2025, 2, 28)])  # fmt: skip
                sheet.append([None, "Bilder", "Kommunikasjonsansvarlig", "Working on it",
                              d(2025, 4, 15)])  # fmt: skip
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, dt.datetime):
                time = cell.value.time() != dt.time()
                cell.number_format = "yyyy-mm-dd hh:mm" if time else "yyyy-mm-dd"
    save(wb, "monday_board.xlsx")


def planner() -> None:
    from openpyxl import Workbook

    header = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To",
              "Created By", "Created Date", "Start date", "Due date", "Is Recurring", "Late",
              "Completed Date", "Completed By", "Completed Checklist Items", "Checklist Items",
              "Labels", "Description"]  # fmt: skip
    lead = "Kommunikasjonsansvarlig"
    tasks = [
        ["Gz1kQ0aB2kOq3VxL9mPwYmUAAb1", "Tilby eiere å distribuere nyhetssaker fra HIS",
         "Innbyggerdialog", "In progress", "Medium", lead, lead, "1/6/2025", "4/1/2025",
         "12/31/2025", "false", "false", "", "", "1", "Avtale med eierne;Mal for nyhetssak", "",
         ""],
        ["Gz1kQ0aB2kOq3VxL9mPwYmUAAb2", "Kommunisere digitalt om helse og helseinnovasjon",
         "Innbyggerdialog", "Not started", "Important", lead, lead, "1/6/2025", "2/1/2025",
         "3/1/2025", "false", "true", "", "", "0", "", "", ""],
        ["Gz1kQ0aB2kOq3VxL9mPwYmUAAb3", "Gjøre kommunikasjonsstrategien kjent på hjemmesiden",
         "Tydeligere profil", "Completed", "Medium", lead, lead, "1/6/2025", "3/1/2025",
         "4/30/2025", "false", "false", "4/22/2025", lead, "2", "Tekst;Publisering", "", ""],
        ["Gz1kQ0aB2kOq3VxL9mPwYmUAAb4", "Ivareta nær og hyppig dialog med helsetjenesten",
         "Nærhet til behovene", "In progress", "Medium", "FoU-leder", lead, "1/6/2025",
         "1/1/2025", "12/31/2026", "true", "false", "", "", "0", "", "", ""],
    ]  # fmt: skip
    wb = Workbook()
    sheet = wb.active
    # The plan details above the table and the sheet's name follow how the
    # export looks in use; Microsoft's documentation does not describe it.
    sheet.title = "Kommunikasjonsplan HIS"
    sheet.append(["Plan name", "Kommunikasjonsplan HIS"])
    sheet.append(["Plan ID", "xqQg5FS2LkCp935s-FIFm2QAFkHM"])
    sheet.append(["Date of export", "3/20/2025"])
    sheet.append([])
    sheet.append(header)
    for task in tasks:
        sheet.append(task)
    save(wb, "planner_plan.xlsx")


def main() -> None:
    meta_daily()
    meta_reach_sections()
    meta_posts()
    instagram_posts()
    ga4_pages()
    ga4_daily()
    matomo()
    mailchimp()
    youtube()
    x_posts()
    teams()
    linkedin()
    linkedin_xls()
    jira()
    asana()
    monday()
    planner()


if __name__ == "__main__":
    main()
