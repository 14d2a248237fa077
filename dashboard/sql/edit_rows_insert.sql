-- One edited row (action, id, values as JSON) into the temporary edit_rows.
INSERT INTO edit_rows
VALUES (?, ?, ?)
