-- Children of this node (issue 5, "Add Child"), SQLite. Statements end with a semicolon
-- followed by one blank line.

-- A child server: its nickname here (the key; need not match the child's own name), its node
-- UUID (NULL until the child first registers with its account), and the account made for it
-- in s15n_accounts.
CREATE TABLE s15n_children (
    nickname TEXT PRIMARY KEY,
    child_uuid TEXT UNIQUE,
    username TEXT NOT NULL UNIQUE,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

-- Tables that one child may not receive (on top of s15n_exclusions).
CREATE TABLE s15n_child_exclusions (
    nickname TEXT NOT NULL,
    table_name TEXT NOT NULL,
    PRIMARY KEY (nickname, table_name)
);

-- Tables that no child receives. Empty at first: s15n's own tables (settings, accounts, ...)
-- are never resources, so they are never sent anyway.
CREATE TABLE s15n_exclusions (
    table_name TEXT PRIMARY KEY
);
