-- s15n metadata for syncing between running nodes, PostgreSQL. Statements end with a semicolon
-- followed by one blank line.

-- Accounts peers log in with (HTTP Basic). Only a salted PBKDF2-SHA256 hash is kept.
CREATE TABLE s15n_accounts (
    username TEXT PRIMARY KEY,
    salt TEXT NOT NULL,
    hash TEXT NOT NULL,
    iterations INTEGER NOT NULL,
    accept_pushes INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);

-- Nodes registered here (they pull from and push to this node), with the account they use.
CREATE TABLE s15n_peers (
    uuid TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    sync_id INTEGER NOT NULL DEFAULT 0,
    username TEXT NOT NULL,
    accept_pushes INTEGER NOT NULL DEFAULT 1,
    registered_at TEXT NOT NULL,
    last_seen_at TEXT
);

-- Remote nodes this node syncs with. The password lives in the keychain, never here.
CREATE TABLE s15n_repositories (
    name TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    username TEXT NOT NULL,
    proxy TEXT NOT NULL DEFAULT '',
    remote_uuid TEXT NOT NULL DEFAULT '',
    accept_pushes INTEGER NOT NULL DEFAULT 0,
    registered INTEGER NOT NULL DEFAULT 0,
    ca_certificate TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

-- Scheduled sync jobs, one repository each (Sahana Eden's schedule form).
CREATE TABLE s15n_jobs (
    id BIGSERIAL PRIMARY KEY,
    repository TEXT NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 1,
    start_at TEXT NOT NULL,
    end_at TEXT,
    repeat_count INTEGER NOT NULL DEFAULT 0,
    every_seconds INTEGER NOT NULL,
    timeout_seconds INTEGER NOT NULL,
    runs INTEGER NOT NULL DEFAULT 0,
    last_run_at TEXT,
    last_result TEXT,
    next_run_at TEXT,
    running_since TEXT,
    created_at TEXT NOT NULL
);

-- Every step of every sync round, on both sides.
CREATE TABLE s15n_log (
    id BIGSERIAL PRIMARY KEY,
    logged_at TEXT NOT NULL,
    repository TEXT NOT NULL DEFAULT '',
    peer TEXT NOT NULL DEFAULT '',
    resource TEXT NOT NULL DEFAULT '',
    mode TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    result TEXT NOT NULL,
    remote_error INTEGER NOT NULL DEFAULT 0,
    message TEXT NOT NULL DEFAULT '',
    received INTEGER NOT NULL DEFAULT 0,
    applied INTEGER NOT NULL DEFAULT 0,
    conflicts INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    duration_ms BIGINT NOT NULL DEFAULT 0
);

CREATE INDEX s15n_log_repository ON s15n_log (repository, id);
