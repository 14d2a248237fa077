-- Draw $n values from a sequence, so that it passes ids written explicitly.
SELECT max(nextval($sequence)) FROM range($n)
