-- Draw values from a sequence until it passes the ids written explicitly.
SELECT max(nextval($sequence)) FROM range($n)
