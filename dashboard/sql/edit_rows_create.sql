-- The rows of one edit, for the edit_*_apply scripts: action (added, changed,
-- removed, archived), the row's id, its new values as JSON (names resolved to ids);
-- and the owners, channels and target groups the edit creates.
CREATE OR REPLACE TEMP TABLE edit_rows (action VARCHAR, id VARCHAR, v JSON);
CREATE OR REPLACE TEMP TABLE edit_names (what VARCHAR, id VARCHAR, name VARCHAR);
