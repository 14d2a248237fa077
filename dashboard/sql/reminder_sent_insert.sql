-- Record one reminder the SMTP server accepted.
INSERT INTO reminder_sent (run_no, plan_id, owner_id, owner_name, address, measure_ids, since,
                           sent_on, sent_at, sent_by, via)
VALUES ($run, $plan, $owner, $name, $address, $measures, $since, $day, current_timestamp, $by,
        $via)
