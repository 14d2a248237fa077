-- Attach the new backup file (its path bound) under an alias this code made up.
ATTACH $path AS {alias}
