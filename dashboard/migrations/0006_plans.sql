-- Plans an organisation makes itself: a parent plan (a regional strategy above its
-- half-yearly communication plans) and archiving. An archived plan leaves the plan
-- picker and the readers' views; its rows stay, and it can be brought back.
ALTER TABLE plan ADD COLUMN parent_id VARCHAR;
ALTER TABLE plan ADD COLUMN archived_at TIMESTAMP;
ALTER TABLE plan ADD COLUMN archived_by VARCHAR;
