-- PostgreSQL only: every execution planned for its own parameter values. psycopg
-- prepares a statement run five times on a connection, and after five more PostgreSQL
-- may keep one generic plan for any values; the pages' queries are planned on their
-- values (a plan's channels, a period), and the generic plans of channel_headlines and
-- channel_metrics on the L dataset's largest plan took 2 to 3 times the CPU of the custom
-- ones (130 → 370 ms, 230 → 430 ms a run). Planning costs a millisecond or two a run
-- (docs/scale-out.md, "Speed on PostgreSQL").
SET plan_cache_mode = force_custom_plan
