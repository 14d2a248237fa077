-- Every row of one table, its columns in the order given (read to be copied elsewhere).
SELECT {columns} FROM {table}
