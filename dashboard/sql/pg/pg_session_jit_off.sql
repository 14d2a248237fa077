-- PostgreSQL only: no JIT compilation on the app's connections. Its pages' queries cost
-- enough to pass jit_above_cost on a big store yet run in tenths of a second, so the
-- compiling (20 to 120 ms a run on the L dataset's largest plan) is spent for nothing
-- (docs/scale-out.md, "Speed on PostgreSQL").
SET jit = off
