-- Note when an owner link ($id) was last used.
UPDATE owner_link SET last_used_at = $at WHERE id = $id
