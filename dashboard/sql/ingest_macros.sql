-- Cell parsing for uploads, as temporary macros on the upload's own cursor.
-- Staged cells are text; these turn them into values the way people write them:
-- 1 234,5 · 12,5 % · 31.12.2025 · 2025-12-31 · 20251231 · 31. des. 2025 · Dec 31, 2025
-- · Excel serials · 12/31/2025 when the column's day/month order ($slash) is known.

-- (replace() rather than a regular expression: this runs on every cell of a large file)
CREATE OR REPLACE TEMP MACRO pp_text(v) AS
    nullif(trim(replace(replace(replace(replace(
        v, chr(160), ' '), chr(8239), ' '), chr(8201), ' '), chr(8199), ' ')), '');

CREATE OR REPLACE TEMP MACRO pp_digits(v) AS
    regexp_replace(replace(replace(trim(v), '−', '-'), '–', '-'),
                   '[\s\x{00A0}\x{202F}\x{2009}\x{2007}%'']', '', 'g');

-- Plain numbers (1234 or 1234,5) are read directly, with one pattern per cell; only
-- the rest go through the slower clean-up of spaces, thousands marks and per cent signs.
CREATE OR REPLACE TEMP MACRO pp_number(v, mark) AS CASE
    WHEN v IS NULL THEN NULL
    WHEN mark = ',' AND regexp_full_match(v, '-?\d+(,\d+)?') THEN TRY_CAST(replace(v, ',', '.') AS DOUBLE)
    WHEN mark = '.' AND regexp_full_match(v, '-?\d+(\.\d+)?') THEN TRY_CAST(v AS DOUBLE)
    WHEN regexp_full_match(v, '-?\d+') THEN TRY_CAST(v AS DOUBLE)
    ELSE TRY_CAST(CASE WHEN mark = ','
                       THEN replace(replace(pp_digits(v), '.', ''), ',', '.')
                       ELSE replace(pp_digits(v), ',', '') END AS DOUBLE)
END;

CREATE OR REPLACE TEMP MACRO pp_is_percent(v) AS coalesce(ends_with(trim(v), '%'), false);

-- Progress in per cent: 40, 40 % and 0,4 are all 40 %; $scale is 100 when the whole
-- column writes fractions (so that 1 there means 100 %).
CREATE OR REPLACE TEMP MACRO pp_progress(v, mark, scale) AS CASE
    WHEN pp_text(v) IS NULL THEN NULL
    WHEN pp_is_percent(v) THEN pp_number(v, mark)
    WHEN pp_number(v, mark) > 0 AND pp_number(v, mark) < 1 THEN pp_number(v, mark) * 100
    ELSE pp_number(v, mark) * scale
END;

CREATE OR REPLACE TEMP MACRO pp_is_slashed(v) AS
    coalesce(regexp_full_match(trim(v), '\d{1,2}/\d{1,2}/\d{2,4}([ ,T].*)?'), false);

-- Norwegian month names into English ones, and no dots after abbreviations.
CREATE OR REPLACE TEMP MACRO pp_months(v) AS
    regexp_replace(
    regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
    regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
        lower(trim(v)),
        '\bjanuar\b', 'january', 'g'), '\bfebruar\b', 'february', 'g'),
        '\bmars\b', 'march', 'g'), '\bmai\b', 'may', 'g'), '\bjuni\b', 'june', 'g'),
        '\bjuli\b', 'july', 'g'), '\boktober\b', 'october', 'g'), '\bokt\b', 'oct', 'g'),
        '\bdesember\b', 'december', 'g'), '\bdes\b', 'dec', 'g'),
    '([a-z])\.', '\1', 'g');

CREATE OR REPLACE TEMP MACRO pp_date(v, slash) AS CASE
    WHEN v IS NULL THEN NULL
    -- The two forms nearly every file uses, read directly.
    WHEN regexp_full_match(v, '\d{2}\.\d{2}\.\d{4}') THEN try_strptime(v, '%d.%m.%Y')::DATE
    WHEN regexp_full_match(v, '\d{4}-\d{2}-\d{2}') THEN try_strptime(v, '%Y-%m-%d')::DATE
    WHEN pp_text(v) IS NULL THEN NULL
    WHEN regexp_full_match(trim(v), '\d{5}(\.\d+)?') THEN
        CASE WHEN TRY_CAST(trim(v) AS DOUBLE) BETWEEN 20000 AND 80000
             THEN DATE '1899-12-30' + CAST(floor(TRY_CAST(trim(v) AS DOUBLE)) AS INTEGER) END
    WHEN regexp_full_match(trim(v), '\d{4}-\d{1,2}-\d{1,2}([ T].*)?') THEN
        try_strptime(regexp_extract(trim(v), '^\d{4}-\d{1,2}-\d{1,2}'), '%Y-%m-%d')::DATE
    WHEN regexp_full_match(trim(v), '\d{8}') THEN try_strptime(trim(v), '%Y%m%d')::DATE
    -- A month alone (2026-11, 11.2026) is its first day; a monthly file covers the month.
    WHEN regexp_full_match(trim(v), '\d{4}-\d{1,2}') THEN try_strptime(trim(v), '%Y-%m')::DATE
    WHEN regexp_full_match(trim(v), '\d{1,2}\.\d{4}') THEN try_strptime(trim(v), '%m.%Y')::DATE
    WHEN regexp_full_match(trim(v), '\d{4}/\d{1,2}/\d{1,2}') THEN try_strptime(trim(v), '%Y/%m/%d')::DATE
    WHEN regexp_full_match(trim(v), '\d{1,2}-\d{1,2}-\d{4}') THEN try_strptime(trim(v), '%d-%m-%Y')::DATE
    WHEN regexp_full_match(trim(v), '\d{1,2}\.\d{1,2}\.\d{4}( .*)?') THEN
        try_strptime(regexp_extract(trim(v), '^\d{1,2}\.\d{1,2}\.\d{4}'), '%d.%m.%Y')::DATE
    WHEN regexp_full_match(trim(v), '\d{1,2}\.\d{1,2}\.\d{2}') THEN
        try_strptime(trim(v), '%d.%m.%y')::DATE
    WHEN pp_is_slashed(v) THEN
        CASE
            WHEN slash = 'mdy' AND regexp_matches(trim(v), '^\d{1,2}/\d{1,2}/\d{4}')
                THEN try_strptime(regexp_extract(trim(v), '^\d{1,2}/\d{1,2}/\d{4}'), '%m/%d/%Y')
            WHEN slash = 'mdy'
                THEN try_strptime(regexp_extract(trim(v), '^\d{1,2}/\d{1,2}/\d{2}'), '%m/%d/%y')
            WHEN slash = 'dmy' AND regexp_matches(trim(v), '^\d{1,2}/\d{1,2}/\d{4}')
                THEN try_strptime(regexp_extract(trim(v), '^\d{1,2}/\d{1,2}/\d{4}'), '%d/%m/%Y')
            WHEN slash = 'dmy'
                THEN try_strptime(regexp_extract(trim(v), '^\d{1,2}/\d{1,2}/\d{2}'), '%d/%m/%y')
            -- Day and month alike (03/03/2025) are the same in either order.
            WHEN TRY_CAST(regexp_extract(trim(v), '^(\d{1,2})/', 1) AS INTEGER)
                 = TRY_CAST(regexp_extract(trim(v), '^\d{1,2}/(\d{1,2})/', 1) AS INTEGER)
                THEN try_strptime(regexp_extract(trim(v), '^\d{1,2}/\d{1,2}/\d{4}'), '%d/%m/%Y')
        END::DATE
    -- Written-out months: Norwegian and English, and as Jira (12/Jan/25 9:30 AM) and
    -- Mailchimp (Jan 12, 2025 09:30 am) write them.
    ELSE try_strptime(pp_months(v), [
        '%d %B %Y', '%d %b %Y', '%d. %B %Y', '%d. %b %Y', '%B %d, %Y', '%b %d, %Y',
        '%B %d %Y', '%b %d %Y', '%a, %b %d, %Y', '%A, %B %d, %Y',
        '%d/%b/%y %I:%M %p', '%d/%b/%y', '%d/%b/%Y %I:%M %p', '%d/%b/%Y',
        '%b %d, %Y %I:%M %p', '%B %d, %Y %I:%M %p', '%b %d, %Y %H:%M',
        '%b %Y', '%B %Y'])::DATE
END;

-- Why a date cell could not be read: 'ambiguous_date' when only the day/month order is unknown.
CREATE OR REPLACE TEMP MACRO pp_date_problem(v, slash) AS
    CASE WHEN pp_is_slashed(v) AND slash IS NULL THEN 'ambiguous_date' ELSE 'bad_date' END;

-- Identifier for a new owner/channel/audience: organisation prefix and a slug of the name.
CREATE OR REPLACE TEMP MACRO pp_slug(org, name) AS
    org || '-' || trim(regexp_replace(
        replace(replace(replace(lower(strip_accents(name)), 'æ', 'ae'), 'ø', 'o'), 'å', 'a'),
        '[^a-z0-9]+', '-', 'g'), '-');
