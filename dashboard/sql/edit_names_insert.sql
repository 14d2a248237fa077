-- One name an edit gives into the temporary edit_names.
INSERT INTO edit_names
VALUES (?, ?, ?)
