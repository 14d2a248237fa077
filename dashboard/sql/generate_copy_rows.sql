-- Copy the registered frame gen_rows into a table, its columns named as the table's.
INSERT INTO {table} ({columns})
SELECT {columns} FROM gen_rows
