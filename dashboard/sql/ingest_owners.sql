-- The organisation's owners (roles) with their e-mail, from the staged upload. A row
-- is matched to an owner of organisation $org_id by name, whatever the case: another
-- e-mail changes the owner, a new name adds one, an empty e-mail keeps the owner's own.
-- Parameters: $org_id.
CREATE OR REPLACE TEMP TABLE parsed AS
SELECT s.seq, s.line, pp_text(s.name) AS name, pp_text(s.email) AS email,
       s.email AS raw_email, s.extra,
       o.id AS owner_id, o.name AS name_before, o.email AS email_before
FROM stage s
LEFT JOIN owner o ON o.organisation_id = $org_id AND lower(o.name) = lower(pp_text(s.name))
QUALIFY row_number() OVER (PARTITION BY s.seq ORDER BY (o.name = pp_text(s.name)) DESC) = 1;

CREATE OR REPLACE TEMP TABLE problems AS
SELECT seq, line, 'name' AS field, '' AS value, 'missing_value' AS code
FROM parsed WHERE name IS NULL
UNION ALL
SELECT seq, line, 'email', raw_email, 'bad_email'
FROM parsed WHERE email IS NOT NULL
  AND NOT regexp_full_match(email, '[^@\s]+@[^@\s]+\.[^@\s]+')
UNION ALL
SELECT seq, line, 'name', name, 'duplicate_row'
FROM (SELECT seq, line, name, row_number() OVER (PARTITION BY lower(name) ORDER BY seq) AS n
      FROM parsed WHERE name IS NOT NULL)
WHERE n > 1
UNION ALL
SELECT seq, line, '', CAST(extra AS VARCHAR), 'extra_fields' FROM parsed WHERE extra > 0;

CREATE OR REPLACE TEMP TABLE actions AS
SELECT
    p.seq, p.line, p.owner_id, coalesce(p.name_before, p.name) AS name,
    coalesce(p.email, p.email_before) AS email, p.email_before,
    CASE WHEN p.owner_id IS NULL THEN 'added'
         WHEN p.email IS NULL OR p.email = p.email_before THEN 'unchanged'
         ELSE 'changed' END AS action,
    false AS history_only
FROM parsed p
WHERE p.seq NOT IN (SELECT seq FROM problems)
ORDER BY p.seq;
