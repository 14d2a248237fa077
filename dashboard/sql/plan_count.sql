-- How many plans the database holds (archived ones too).
SELECT count(*) AS plans FROM plan
