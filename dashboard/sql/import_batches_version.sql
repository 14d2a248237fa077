-- How many batches there are, the newest id and how many are undone: a key that
-- changes whenever an upload lands or is undone.
SELECT count(*) AS batches,
       coalesce(max(id), 0) AS newest,
       count(*) FILTER (WHERE state = 'undone') AS undone
FROM import_batch
