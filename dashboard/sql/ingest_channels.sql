-- The organisation's channels with their scope (internal/external), from the staged
-- upload. A row is matched to a channel of organisation $org_id by name, whatever
-- the case: another scope changes the channel, a new name adds one (it must say its
-- scope), an empty scope keeps the channel's own. Likewise its richness (a step of
-- Tynset's scale, migration 0014): a word of richness_words, or empty to keep it.
-- Parameters: $org_id.
CREATE OR REPLACE TEMP TABLE parsed AS
SELECT s.seq, s.line, pp_text(s.name) AS name, w.scope AS scope_given,
       s.scope AS raw_scope, s.extra,
       r.richness AS richness_given, s.richness AS raw_richness,
       c.id AS channel_id, c.name AS name_before, c.scope AS scope_before,
       c.richness AS richness_before
FROM stage s
LEFT JOIN scope_words w ON w.word = lower(pp_text(s.scope))
LEFT JOIN richness_words r ON r.word = lower(pp_text(s.richness))
LEFT JOIN channel c ON c.organisation_id = $org_id AND lower(c.name) = lower(pp_text(s.name))
QUALIFY row_number() OVER (PARTITION BY s.seq ORDER BY (c.name = pp_text(s.name)) DESC) = 1;

CREATE OR REPLACE TEMP TABLE problems AS
SELECT seq, line, 'name' AS field, '' AS value, 'missing_value' AS code
FROM parsed WHERE name IS NULL
UNION ALL
SELECT seq, line, 'scope', raw_scope, 'bad_scope'
FROM parsed WHERE pp_text(raw_scope) IS NOT NULL AND scope_given IS NULL
UNION ALL
SELECT seq, line, 'richness', raw_richness, 'bad_richness'
FROM parsed WHERE pp_text(raw_richness) IS NOT NULL AND richness_given IS NULL
UNION ALL
SELECT seq, line, 'scope', '', 'missing_value'
FROM parsed WHERE pp_text(raw_scope) IS NULL AND channel_id IS NULL AND name IS NOT NULL
UNION ALL
SELECT seq, line, 'name', name, 'duplicate_row'
FROM (SELECT seq, line, name, row_number() OVER (PARTITION BY lower(name) ORDER BY seq) AS n
      FROM parsed WHERE name IS NOT NULL)
WHERE n > 1
UNION ALL
SELECT seq, line, '', CAST(extra AS VARCHAR), 'extra_fields' FROM parsed WHERE extra > 0;

CREATE OR REPLACE TEMP TABLE actions AS
SELECT
    p.seq, p.line, p.channel_id, coalesce(p.name_before, p.name) AS name,
    coalesce(p.scope_given, p.scope_before) AS scope, p.scope_before,
    coalesce(p.richness_given, p.richness_before) AS richness, p.richness_before,
    CASE WHEN p.channel_id IS NULL THEN 'added'
         WHEN coalesce(p.scope_given, p.scope_before) = p.scope_before
              AND coalesce(p.richness_given, p.richness_before)
                  IS NOT DISTINCT FROM p.richness_before THEN 'unchanged'
         ELSE 'changed' END AS action,
    false AS history_only
FROM parsed p
WHERE p.seq NOT IN (SELECT seq FROM problems)
ORDER BY p.seq;
