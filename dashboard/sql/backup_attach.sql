-- Attach the new backup file under an alias this code made up ({alias}); the path is bound.
ATTACH $path AS {alias}
