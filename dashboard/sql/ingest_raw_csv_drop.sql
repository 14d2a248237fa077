-- The records of a large CSV, once they are staged.
DROP TABLE raw_csv
