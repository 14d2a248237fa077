"""Names vulture cannot see used (read by tests/test_dead_code.py, never imported).

Each entry says who uses the name. Add one only for a name a framework, a library, a
template, a test or a benchmark reads; anything else vulture finds is dead: delete it.
"""
# ruff: noqa
# fmt: off

# --- Read by tests and benchmarks, not by the app --------------------------------
WRITES          # dashboard/api.py: tests check every write route against it
TODAY           # dashboard/generate.py: the demo's fixed day, tests and benchmarks
largest_plan    # dashboard/generate.py: benchmarks pick the plan to time
clear_cache     # dashboard/reports/images.py: benchmarks time a cold render
plain           # dashboard/inert.py: tests read what md() output shows
STATUS_IDS      # dashboard/labels.py: tests (the status vocabulary work may use it)
fetch           # dashboard/pg/sql.py: the PostgreSQL store's reader (issue 16), run by
                # tests/test_pg_queries.py until the app is wired to PostgreSQL
missing_twins   # dashboard/pg/migrate.py: tests name the DuckDB migrations without a twin
copy_database   # dashboard/pg/copy.py: tests copy the demo in (issue 16; the upload path next)
running_server  # dashboard/pg/server.py: the throw-away PostgreSQL server the tests
pg_url          # (tests/pg.py) and the benchmark (benchmarks/bench_pg.py) start,
cpu_seconds     # its URL, the server's CPU (the benchmark's) and its start-up time
startup_seconds # (tests/test_pg_schema.py)
load            # dashboard/pg/sql.py: _FloatLoader.load, called by psycopg for each numeric
set_parent      # dashboard/plans.py: tested API with no caller yet (plan hierarchy
                # is made at creation): the lead decides to wire it up or drop it

# --- Read by a template or by attribute access from data --------------------------
help            # dashboard/settings.py: Setting.help, each setting's meaning beside its
                # default (documentation in code; nothing reads it, the README has the table)
down            # dashboard/status_page.py: OutcomeRow.down, read by templates/status.html

# --- Library properties set for their effect (python-docx, python-pptx, reportlab) -
_.page_height; _.page_width; _.left_margin; _.right_margin; _.top_margin; _.bottom_margin
_.author; _.rgb; _.italic
_.useA85; _._curcellstyle
_.rightPadding; _.bottomPadding  # reportlab's CellStyle, read by its Table when it draws
_.has_title; _.has_legend; _.gap_width; _.has_data_labels; _.number_format_is_linked
_.maximum_scale; _.minimum_scale; _.major_unit; _.has_major_gridlines; _.reverse_order
_.include_in_layout; _.overlap; _.slide_height; _.slide_width

# --- Read by Python's import system ------------------------------------------------
_.__spec__      # dashboard/deferred.py: a stand-in module's spec, read by `import`
