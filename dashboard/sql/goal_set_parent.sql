-- Name the parent plan's goal that goal $id serves (NULL: none).
UPDATE goal SET parent_goal_id = $parent WHERE id = $id
