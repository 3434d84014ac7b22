-- s15n metadata, PostgreSQL. Statements end with a semicolon followed by one blank line.

CREATE TABLE s15n_migrations (
    version INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL
);

CREATE TABLE s15n_node (
    key TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE s15n_resources (
    table_name TEXT PRIMARY KEY,
    uuid_column TEXT NOT NULL,
    mode TEXT NOT NULL,
    strategy TEXT NOT NULL,
    update_policy TEXT NOT NULL,
    conflict_policy TEXT NOT NULL,
    added_at TEXT NOT NULL
);

CREATE TABLE s15n_changes (
    id BIGSERIAL PRIMARY KEY,
    table_name TEXT NOT NULL,
    row_uuid TEXT NOT NULL,
    op TEXT NOT NULL,
    changed_at BIGINT NOT NULL,
    source TEXT
);

CREATE TABLE s15n_rows (
    table_name TEXT NOT NULL,
    row_uuid TEXT NOT NULL,
    version TEXT NOT NULL,
    ancestry TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL,
    source TEXT,
    deleted BOOLEAN NOT NULL DEFAULT FALSE,
    seq BIGINT,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (table_name, row_uuid)
);

CREATE INDEX s15n_rows_seq ON s15n_rows (table_name, seq);

CREATE TABLE s15n_sequence (
    name TEXT PRIMARY KEY,
    value BIGINT NOT NULL
);

INSERT INTO s15n_sequence (name, value) VALUES ('changes', 0);

CREATE TABLE s15n_cursors (
    peer TEXT NOT NULL,
    table_name TEXT NOT NULL,
    seq BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (peer, table_name)
);

CREATE TABLE s15n_conflicts (
    id BIGSERIAL PRIMARY KEY,
    table_name TEXT NOT NULL,
    row_uuid TEXT NOT NULL,
    local_version TEXT NOT NULL,
    remote_version TEXT NOT NULL,
    remote_node TEXT NOT NULL,
    record BYTEA NOT NULL,
    received_at BIGINT NOT NULL,
    UNIQUE (table_name, row_uuid, remote_version)
);

CREATE TABLE s15n_parked (
    id BIGSERIAL PRIMARY KEY,
    table_name TEXT NOT NULL,
    row_uuid TEXT NOT NULL,
    version TEXT NOT NULL,
    source TEXT NOT NULL,
    record BYTEA NOT NULL,
    waiting_table TEXT NOT NULL,
    waiting_uuid TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    UNIQUE (table_name, row_uuid, version)
);

CREATE INDEX s15n_parked_waiting ON s15n_parked (waiting_table, waiting_uuid);

-- Capture trigger, shared by every resource table; TG_ARGV[0] names the UUID column.
CREATE FUNCTION s15n_capture() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_uuid text;
    new_uuid text;
    now_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
BEGIN
    -- The apply engine records its own writes (set_config('s15n.applying', 'on', true)).
    IF current_setting('s15n.applying', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        new_uuid := to_jsonb(NEW) ->> TG_ARGV[0];
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        old_uuid := to_jsonb(OLD) ->> TG_ARGV[0];
    END IF;
    IF old_uuid IS NOT NULL AND old_uuid IS DISTINCT FROM new_uuid THEN
        INSERT INTO s15n_changes (table_name, row_uuid, op, changed_at)
        VALUES (TG_TABLE_NAME, old_uuid, 'D', now_ms);
    END IF;
    IF new_uuid IS NOT NULL THEN
        INSERT INTO s15n_changes (table_name, row_uuid, op, changed_at)
        VALUES (TG_TABLE_NAME, new_uuid, left(TG_OP, 1), now_ms);
    END IF;
    RETURN NULL;
END
$$;

-- Gives a new row a UUID when the writing program left it empty.
CREATE FUNCTION s15n_fill_uuid() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (to_jsonb(NEW) ->> TG_ARGV[0]) IS NULL THEN
        NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], gen_random_uuid()::text));
    END IF;
    RETURN NEW;
END
$$;
