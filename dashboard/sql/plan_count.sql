-- How many plans the database holds (archived ones too).
SELECT count(*) FROM plan
