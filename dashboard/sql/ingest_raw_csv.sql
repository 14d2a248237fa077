-- A large plain CSV read by DuckDB itself into temp table raw_csv, every field as text in
-- columns c0, c1 … ($columns: those names, each typed VARCHAR, bound by pipeline._stage_csv).
CREATE OR REPLACE TEMP TABLE raw_csv AS
SELECT * FROM read_csv(
    $path, delim = $sep, quote = '"', escape = '"', header = false, all_varchar = true,
    skip = $skip, encoding = $encoding, null_padding = true, auto_detect = false,
    columns = $columns
)
