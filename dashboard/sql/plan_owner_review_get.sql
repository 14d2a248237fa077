-- Whether a plan's updates from owners need the secretariat's approval (no row: no).
SELECT coalesce((SELECT needs_approval FROM plan_owner_review WHERE plan_id = $plan_id), false)
