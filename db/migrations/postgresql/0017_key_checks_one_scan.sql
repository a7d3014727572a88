-- PostgreSQL only (SQLite's 0017 is empty): the statement triggers of 0014
-- read the statement's rows once, not once per key column.
--
-- 0014's check read the transition table once for each key column of the
-- table (three times for price_bar, which has three): a million-row import
-- stores its million rows in the transition table and then scanned them
-- three times. Here one scan takes the distinct combinations of all the key
-- columns (one for a price file: one security, one source, one batch), and
-- each column's distinct keys come from those few rows. What is checked, the
-- locks taken and the error raised are 0014's.

CREATE OR REPLACE FUNCTION stratos_check_keys() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path FROM CURRENT AS '
DECLARE
    k record;
    columns text[] := ''{}'';
    parts text[] := ''{}'';
    checks text[] := ''{}'';
    i integer := 0;
    bad_column text;
    bad_parent text;
    bad_key bigint;
BEGIN
    FOR k IN SELECT child_column, parent_table FROM stratos_key_check
             WHERE child_table = TG_TABLE_NAME ORDER BY child_column LOOP
        i := i + 1;
        columns := columns || format(''%I'', k.child_column);
        parts := parts || format(''n%s AS MATERIALIZED (SELECT DISTINCT %I AS k FROM d), ''
                                 ''p%s AS MATERIALIZED (SELECT id FROM %I WHERE id IN (SELECT k FROM n%s) FOR KEY SHARE)'',
                                 i, k.child_column, i, k.parent_table, i);
        checks := checks || format(''SELECT %L, %L, k FROM n%s WHERE k IS NOT NULL AND k NOT IN (SELECT id FROM p%s)'',
                                   k.child_column, k.parent_table, i, i);
    END LOOP;
    IF i = 0 THEN
        RETURN NULL;
    END IF;
    EXECUTE ''WITH d AS MATERIALIZED (SELECT DISTINCT '' || array_to_string(columns, '', '') || '' FROM new_rows), ''
            || array_to_string(parts, '', '') || '' '' || array_to_string(checks, '' UNION ALL '') || '' LIMIT 1''
        INTO bad_column, bad_parent, bad_key;
    IF bad_column IS NOT NULL THEN
        RAISE EXCEPTION ''insert or update on table "%" violates foreign key constraint "%_%_fkey"'',
            TG_TABLE_NAME, TG_TABLE_NAME, bad_column
            USING ERRCODE = ''foreign_key_violation'', TABLE = TG_TABLE_NAME,
                  DETAIL = format(''Key (%s)=(%s) is not present in table "%s".'', bad_column, bad_key, bad_parent);
    END IF;
    RETURN NULL;
END';
