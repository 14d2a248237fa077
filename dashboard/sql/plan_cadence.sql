-- A plan's own reporting cadence in days (NULL: the PLANPULS_CADENCE_DAYS setting).
SELECT cadence_days FROM plan WHERE id = $plan_id
