-- A large plain CSV read by DuckDB itself into temp table raw_csv, every field as text in
-- columns c0, c1 … ($columns: a JSON object of those names, each "VARCHAR", bound by
-- pipeline._stage_csv and read as a struct by json_transform with itself as the shape: a
-- Python dict as a parameter would make DuckDB load pandas, which an import does not need).
CREATE OR REPLACE TEMP TABLE raw_csv AS
SELECT * FROM read_csv(
    $path, delim = $sep, quote = '"', escape = '"', header = false, all_varchar = true,
    skip = $skip, encoding = $encoding, null_padding = true, auto_detect = false,
    columns = json_transform($columns, $columns)
)
