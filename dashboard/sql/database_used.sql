-- Plans, batches and accounts together (0: a database nothing was written to).
SELECT (SELECT count(*) FROM plan)
     + (SELECT count(*) FROM import_batch)
     + (SELECT count(*) FROM app_user) AS used
