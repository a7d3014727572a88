-- PostgreSQL only (SQLite's 0014 is empty): the big tables an import fills
-- check their keys once per statement instead of once per row.
--
-- A foreign key checks each new row with its own lookup of the parent (an
-- internal row trigger); a million-row price import spent most of its time
-- there. SQLite turns its checks off during an import; PostgreSQL only lets a
-- superuser do that. So for price_bar, launch, payload and satellite_status
-- the keys become rows of stratos_key_check, enforced by statement triggers
-- that see all the rows of a statement at once (transition tables): the
-- parents they point at are locked FOR KEY SHARE, as a foreign key does, and
-- one set-based lookup finds any that are missing. The parents' triggers do
-- what ON DELETE said (cascade, set null, refuse). Like a foreign key's own
-- triggers they run with the table owner's rights (SECURITY DEFINER).
-- Function bodies are plain quoted strings so the migration splitter sees
-- their semicolons as text.

CREATE TABLE stratos_key_check (
    child_table  text NOT NULL,
    child_column text NOT NULL,
    parent_table text NOT NULL,
    on_delete    text NOT NULL CHECK (on_delete IN ('cascade', 'set null', 'no action')),
    PRIMARY KEY (child_table, child_column)
);
INSERT INTO stratos_key_check VALUES
    ('price_bar', 'security_id', 'security', 'cascade'),
    ('price_bar', 'source_id', 'source', 'no action'),
    ('price_bar', 'batch_id', 'import_batch', 'set null'),
    ('launch', 'source_id', 'source', 'no action'),
    ('launch', 'batch_id', 'import_batch', 'set null'),
    ('payload', 'launch_id', 'launch', 'cascade'),
    ('payload', 'source_id', 'source', 'no action'),
    ('payload', 'batch_id', 'import_batch', 'set null'),
    ('satellite_status', 'source_id', 'source', 'no action'),
    ('satellite_status', 'batch_id', 'import_batch', 'set null');

-- After INSERT or UPDATE on a child: every key of the statement's rows
-- exists. One query for all the table's keys (each EXECUTE is planned anew):
-- the distinct keys, the parents they name locked, any key without one.
CREATE FUNCTION stratos_check_keys() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path FROM CURRENT AS '
DECLARE
    k record;
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
        parts := parts || format(''n%s AS MATERIALIZED (SELECT DISTINCT %I AS k FROM new_rows), ''
                                 ''p%s AS MATERIALIZED (SELECT id FROM %I WHERE id IN (SELECT k FROM n%s) FOR KEY SHARE)'',
                                 i, k.child_column, i, k.parent_table, i);
        checks := checks || format(''SELECT %L, %L, k FROM n%s WHERE k IS NOT NULL AND k NOT IN (SELECT id FROM p%s)'',
                                   k.child_column, k.parent_table, i, i);
    END LOOP;
    IF i = 0 THEN
        RETURN NULL;
    END IF;
    EXECUTE ''WITH '' || array_to_string(parts, '', '') || '' '' || array_to_string(checks, '' UNION ALL '') || '' LIMIT 1''
        INTO bad_column, bad_parent, bad_key;
    IF bad_column IS NOT NULL THEN
        RAISE EXCEPTION ''insert or update on table "%" violates foreign key constraint "%_%_fkey"'',
            TG_TABLE_NAME, TG_TABLE_NAME, bad_column
            USING ERRCODE = ''foreign_key_violation'', TABLE = TG_TABLE_NAME,
                  DETAIL = format(''Key (%s)=(%s) is not present in table "%s".'', bad_column, bad_key, bad_parent);
    END IF;
    RETURN NULL;
END';

-- After DELETE on a parent: what each child key said to do.
CREATE FUNCTION stratos_parent_deleted() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path FROM CURRENT AS '
DECLARE
    k record;
    still bigint;
BEGIN
    FOR k IN SELECT child_table, child_column, on_delete FROM stratos_key_check WHERE parent_table = TG_TABLE_NAME LOOP
        IF k.on_delete = ''cascade'' THEN
            EXECUTE format(''DELETE FROM %I WHERE %I IN (SELECT id FROM old_rows)'', k.child_table, k.child_column);
        ELSIF k.on_delete = ''set null'' THEN
            EXECUTE format(''UPDATE %I SET %I = NULL WHERE %I IN (SELECT id FROM old_rows)'',
                           k.child_table, k.child_column, k.child_column);
        ELSE
            EXECUTE format(''SELECT %I FROM %I WHERE %I IN (SELECT id FROM old_rows) LIMIT 1'',
                           k.child_column, k.child_table, k.child_column) INTO still;
            IF still IS NOT NULL THEN
                RAISE EXCEPTION ''update or delete on table "%" violates foreign key constraint "%_%_fkey" on table "%"'',
                    TG_TABLE_NAME, k.child_table, k.child_column, k.child_table
                    USING ERRCODE = ''foreign_key_violation'', TABLE = k.child_table,
                          DETAIL = format(''Key (id)=(%s) is still referenced from table "%s".'', still, k.child_table);
            END IF;
        END IF;
    END LOOP;
    RETURN NULL;
END';

-- After UPDATE on a parent: an id that children still point at may not change.
CREATE FUNCTION stratos_parent_rekeyed() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path FROM CURRENT AS '
DECLARE
    k record;
    still bigint;
BEGIN
    IF NOT EXISTS (SELECT id FROM old_rows EXCEPT SELECT id FROM new_rows) THEN
        RETURN NULL;
    END IF;
    FOR k IN SELECT child_table, child_column FROM stratos_key_check WHERE parent_table = TG_TABLE_NAME LOOP
        EXECUTE format(''SELECT %I FROM %I WHERE %I IN (SELECT id FROM old_rows EXCEPT SELECT id FROM new_rows) LIMIT 1'',
                       k.child_column, k.child_table, k.child_column) INTO still;
        IF still IS NOT NULL THEN
            RAISE EXCEPTION ''update or delete on table "%" violates foreign key constraint "%_%_fkey" on table "%"'',
                TG_TABLE_NAME, k.child_table, k.child_column, k.child_table
                USING ERRCODE = ''foreign_key_violation'', TABLE = k.child_table,
                      DETAIL = format(''Key (id)=(%s) is still referenced from table "%s".'', still, k.child_table);
        END IF;
    END LOOP;
    RETURN NULL;
END';

ALTER TABLE price_bar DROP CONSTRAINT price_bar_security_id_fkey,
                      DROP CONSTRAINT price_bar_source_id_fkey,
                      DROP CONSTRAINT price_bar_batch_id_fkey;
ALTER TABLE launch DROP CONSTRAINT launch_source_id_fkey,
                   DROP CONSTRAINT launch_batch_id_fkey;
ALTER TABLE payload DROP CONSTRAINT payload_launch_id_fkey,
                    DROP CONSTRAINT payload_source_id_fkey,
                    DROP CONSTRAINT payload_batch_id_fkey;
ALTER TABLE satellite_status DROP CONSTRAINT satellite_status_source_id_fkey,
                             DROP CONSTRAINT satellite_status_batch_id_fkey;

CREATE TRIGGER price_bar_keys_insert AFTER INSERT ON price_bar REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stratos_check_keys();
CREATE TRIGGER price_bar_keys_update AFTER UPDATE ON price_bar REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stratos_check_keys();
CREATE TRIGGER launch_keys_insert AFTER INSERT ON launch REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stratos_check_keys();
CREATE TRIGGER launch_keys_update AFTER UPDATE ON launch REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stratos_check_keys();
CREATE TRIGGER payload_keys_insert AFTER INSERT ON payload REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stratos_check_keys();
CREATE TRIGGER payload_keys_update AFTER UPDATE ON payload REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stratos_check_keys();
CREATE TRIGGER satellite_status_keys_insert AFTER INSERT ON satellite_status REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stratos_check_keys();
CREATE TRIGGER satellite_status_keys_update AFTER UPDATE ON satellite_status REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stratos_check_keys();

CREATE TRIGGER security_children_delete AFTER DELETE ON security REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stratos_parent_deleted();
CREATE TRIGGER source_children_delete AFTER DELETE ON source REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stratos_parent_deleted();
CREATE TRIGGER import_batch_children_delete AFTER DELETE ON import_batch REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stratos_parent_deleted();
CREATE TRIGGER launch_children_delete AFTER DELETE ON launch REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stratos_parent_deleted();
CREATE TRIGGER security_children_rekey AFTER UPDATE ON security REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stratos_parent_rekeyed();
CREATE TRIGGER source_children_rekey AFTER UPDATE ON source REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stratos_parent_rekeyed();
CREATE TRIGGER import_batch_children_rekey AFTER UPDATE ON import_batch REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stratos_parent_rekeyed();
CREATE TRIGGER launch_children_rekey AFTER UPDATE ON launch REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION stratos_parent_rekeyed();
