-- The measures (archived ones too) that the owners $ids are responsible for.
SELECT m.owner_id AS id, m.title
FROM measure m WHERE m.owner_id IN (SELECT unnest($ids::VARCHAR[]))
ORDER BY 1, 2
