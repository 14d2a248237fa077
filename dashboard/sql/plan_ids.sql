-- Every plan's id (archived ones too), sorted: what a command may name.
SELECT id FROM plan ORDER BY id
