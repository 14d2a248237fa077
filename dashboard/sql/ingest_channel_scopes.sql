-- The scope chosen for each channel an upload creates (the registered frame chosen_scopes).
CREATE OR REPLACE TEMP TABLE channel_scopes AS SELECT * FROM chosen_scopes
