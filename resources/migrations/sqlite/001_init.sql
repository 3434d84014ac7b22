-- s15n metadata, SQLite. Statements end with a semicolon followed by one blank line.

CREATE TABLE s15n_migrations (
    version INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL
);

-- This node's identity and state: uuid, name, sync_id, clock.
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

-- Written by the capture triggers; drained in order by the stamper.
CREATE TABLE s15n_changes (
    id INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    row_uuid TEXT NOT NULL,
    op TEXT NOT NULL,
    changed_at INTEGER NOT NULL,
    source TEXT
);

-- Holds a row only inside an apply transaction: the engine records its own writes, so the
-- capture triggers stand aside (nothing else can write while it holds the write lock).
CREATE TABLE s15n_applying (
    id INTEGER PRIMARY KEY
);

-- Every synced row's version, ancestry, creator, tombstone and place in the change sequence.
CREATE TABLE s15n_rows (
    table_name TEXT NOT NULL,
    row_uuid TEXT NOT NULL,
    version TEXT NOT NULL,
    ancestry TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL,
    source TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    seq INTEGER,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (table_name, row_uuid)
);

CREATE INDEX s15n_rows_seq ON s15n_rows (table_name, seq);

CREATE TABLE s15n_sequence (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);

INSERT INTO s15n_sequence (name, value) VALUES ('changes', 0);

-- How far this node has read each peer's changes, per resource.
CREATE TABLE s15n_cursors (
    peer TEXT NOT NULL,
    table_name TEXT NOT NULL,
    seq INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (peer, table_name)
);

-- Conflicts held by the MANUAL policy, with the remote record as received.
CREATE TABLE s15n_conflicts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name TEXT NOT NULL,
    row_uuid TEXT NOT NULL,
    local_version TEXT NOT NULL,
    remote_version TEXT NOT NULL,
    remote_node TEXT NOT NULL,
    record BLOB NOT NULL,
    received_at INTEGER NOT NULL,
    UNIQUE (table_name, row_uuid, remote_version)
);

-- Records whose references point at rows not here yet; applied when those arrive.
CREATE TABLE s15n_parked (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name TEXT NOT NULL,
    row_uuid TEXT NOT NULL,
    version TEXT NOT NULL,
    source TEXT NOT NULL,
    record BLOB NOT NULL,
    waiting_table TEXT NOT NULL,
    waiting_uuid TEXT NOT NULL,
    received_at INTEGER NOT NULL,
    UNIQUE (table_name, row_uuid, version)
);

CREATE INDEX s15n_parked_waiting ON s15n_parked (waiting_table, waiting_uuid);
