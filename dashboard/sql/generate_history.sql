-- dashboard.generate: stage the status history and the import batches.
-- Reads the registered frames gen_measures, gen_plans, gen_series, gen_structure and
-- gen_comments. Each measure gets a share of $updates by the length of its history
-- (integer weights, so the shares sum exactly to $updates), spread evenly from its
-- start to its due date (or
-- $history_end); its last update carries its fate (done, cancelled, late, open).
CREATE TEMP TABLE gen_counts AS
WITH w AS (
    SELECT id, plan_id, plan_index, start_date, due_date, owner_name,
           least(due_date, $history_end::DATE) AS last_day,
           (greatest(least(due_date, $history_end::DATE) - start_date, 1)
            * (50 + hash($seed, id, 'n') % 101))::BIGINT AS w
    FROM gen_measures
), c AS (
    SELECT *, (sum(w) OVER (ORDER BY id ROWS UNBOUNDED PRECEDING))::BIGINT AS cum,
           (sum(w) OVER ())::BIGINT AS total_w
    FROM w
)
SELECT *, ($updates * cum) // total_w - ($updates * (cum - w)) // total_w AS n FROM c;

CREATE TEMP TABLE gen_updates AS
WITH k AS (
    SELECT c.*, unnest(range(1, c.n + 1)) AS k FROM gen_counts c WHERE c.n > 0
), fate AS (
    SELECT *,
        gen_r($seed, id, 'fate') AS fate,
        gen_r($seed, id, 'pace') AS pace,
        (last_day - start_date) AS span,
        due_date < $history_end::DATE AS past_due
    FROM k
), final AS (
    SELECT *,
        CASE WHEN past_due AND fate < 0.65 THEN 'done'
             WHEN past_due AND fate < 0.72 THEN 'cancelled'
             WHEN past_due AND fate < 0.86 THEN 'delayed'
             WHEN fate < 0.78 THEN 'on_track'
             WHEN fate < 0.90 THEN 'at_risk'
             ELSE 'delayed' END AS final_status
    FROM fate
), shaped AS (
    SELECT *,
        CASE final_status
            WHEN 'done' THEN 100.0
            WHEN 'cancelled' THEN round(20 + 50 * pace)
            ELSE round(least(95.0, 100.0 * span / greatest(due_date - start_date, 1)
                                   * (0.6 + 0.4 * pace)))
        END AS final_progress,
        (last_day - ((n - k) * span // greatest(n - 1, 1))::INTEGER) AS update_date
    FROM final
), rows AS (
    SELECT *,
        CASE WHEN k = n THEN final_status
             WHEN k = 1 THEN 'not_started'
             WHEN gen_r($seed, id, k) < 0.78 THEN 'on_track'
             WHEN gen_r($seed, id, k) < 0.90 THEN 'at_risk'
             ELSE 'delayed' END AS status,
        CASE WHEN k = n THEN final_progress
             ELSE floor(final_progress * (k - 1) / greatest(n - 1, 1)) END AS progress
    FROM shaped
), counted AS (
    SELECT r.*, c.cnt FROM rows r
    JOIN (SELECT status, max(count) AS cnt FROM gen_comments GROUP BY status) c USING (status)
)
SELECT
    row_number() OVER (ORDER BY u.id, u.k) AS row_id,
    u.id AS measure_id, u.plan_index, u.k, u.update_date, u.status, u.progress,
    CASE WHEN u.k = u.n OR gen_r($seed, u.id, -u.k) < 0.35 THEN cm.text END AS comment,
    u.owner_name,
    u.update_date::TIMESTAMP + INTERVAL 9 HOUR
        + to_minutes((hash($seed, u.id, u.k, 't') % 480)::BIGINT) AS recorded_at,
    date_trunc('quarter', u.update_date)::DATE AS quarter
FROM counted u
JOIN gen_comments cm ON cm.status = u.status
                    AND cm.idx = (hash($seed, u.id, u.k, 'c') % u.cnt)::BIGINT;

CREATE TEMP TABLE gen_batches AS
WITH keys AS (
    SELECT kind, file_name, key, created_on::TIMESTAMP + INTERVAL 8 HOUR AS created_at,
           NULL::INTEGER AS plan_index, NULL::INTEGER AS org_index, NULL::DATE AS period
    FROM gen_structure
    UNION ALL
    SELECT 'status',
           'statusoppdateringer-' || p.id || '-' || year(u.quarter) || '-K'
               || quarter(u.quarter) || '.xlsx',
           p.id || '/' || u.quarter,
           least(u.quarter + INTERVAL 3 MONTH + INTERVAL 3 DAY,
                 $history_end::DATE + INTERVAL 1 DAY) + INTERVAL 10 HOUR,
           u.plan_index, NULL, u.quarter
    FROM (SELECT DISTINCT plan_index, quarter FROM gen_updates) u
    JOIN gen_plans p USING (plan_index)
    UNION ALL
    SELECT 'metrics',
           'kanaltall-' || o.organisation_id || '-' || strftime(m.month, '%Y-%m') || '.csv',
           o.organisation_id || '/' || m.month,
           least(m.month + INTERVAL 1 MONTH + INTERVAL 5 DAY,
                 $history_end::DATE + INTERVAL 1 DAY) + INTERVAL 11 HOUR,
           NULL, o.org_index, m.month
    FROM (SELECT DISTINCT org_index, organisation_id FROM gen_series) o,
         (SELECT unnest(generate_series(date_trunc('month', $metrics_start::DATE)::TIMESTAMP,
                                        $history_end::DATE::TIMESTAMP,
                                        INTERVAL 1 MONTH))::DATE AS month) m
)
SELECT (row_number() OVER (ORDER BY created_at, kind, key))::INTEGER AS id, * FROM keys
