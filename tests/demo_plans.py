"""The demo's plans and organisations, listed once for the tests that count them (a new
demo plan is one line here, not an edit in every test that counts plans)."""

#: Every demo plan id, sorted as the demo's lists sort them (by id).
DEMO_PLANS = [
    "hdir-2026",
    "his-2025",
    "hmn-2026",
    "hmn-effektivisering-2026h2",
    "hmn-ehelse-2026h2",
    "hmn-kvalitet-2026h2",
    "ho21-2020",
    "tynset-2025",
]

#: Every demo organisation id.
DEMO_ORGANISATIONS = {"hdir", "his", "hmn", "ho21", "tynset"}
