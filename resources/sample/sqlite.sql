-- s15n sample data set: a small supply-chain application in the style of mSupply (stores,
-- customers and suppliers, items, stock receipts and issues). Loaded by `s15n init --sample-data`.
-- Plain integer keys and foreign keys, no uuid columns: s15n adds and fills those itself.
-- Loader format: statements are split on a ';' at the end of a line followed by a blank line;
-- no blank line inside a statement; no BEGIN/COMMIT (the loader wraps it all in one transaction).
-- Keep resources/sample/postgresql.sql in step: same tables, columns and rows.
CREATE TABLE stores (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE names (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    is_customer INTEGER NOT NULL DEFAULT 0 CHECK (is_customer IN (0, 1)),
    is_supplier INTEGER NOT NULL DEFAULT 0 CHECK (is_supplier IN (0, 1))
);

CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    unit TEXT NOT NULL,
    price REAL NOT NULL DEFAULT 0,
    photo BLOB
);

CREATE TABLE transactions (
    id INTEGER PRIMARY KEY,
    store_id INTEGER NOT NULL REFERENCES stores (id),
    name_id INTEGER NOT NULL REFERENCES names (id),
    kind TEXT NOT NULL CHECK (kind IN ('receipt', 'issue')),
    entered_at TEXT NOT NULL,
    comment TEXT
);

CREATE INDEX transactions_store_id ON transactions (store_id);

CREATE INDEX transactions_name_id ON transactions (name_id);

CREATE TABLE transaction_lines (
    id INTEGER PRIMARY KEY,
    transaction_id INTEGER NOT NULL REFERENCES transactions (id),
    item_id INTEGER NOT NULL REFERENCES items (id),
    quantity INTEGER NOT NULL,
    cost REAL NOT NULL
);

CREATE INDEX transaction_lines_transaction_id ON transaction_lines (transaction_id);

CREATE INDEX transaction_lines_item_id ON transaction_lines (item_id);

-- Edge cases on purpose: a NULL and an empty comment, a comment with a newline and one with a
-- semicolon, non-ASCII text (é ñ ã ç × —), an apostrophe, an inactive store, blobs that are a
-- real PNG, raw bytes (NUL, 0xFF, CR LF), empty, and NULL, a zero price, inexact reals (1.1).
INSERT INTO stores (id, code, name, active) VALUES
    (1, 'HQ', 'Central Warehouse', 1),
    (2, 'NORTH', 'Dépôt Région Nord', 1),
    (3, 'SOUTH', 'Southern Store (closed)', 0);

INSERT INTO names (id, code, name, is_customer, is_supplier) VALUES
    (1, 'SUP-NMS', 'National Medical Stores', 0, 1),
    (2, 'SUP-PDN', 'PharmaDistribución Núñez S.A.', 0, 1),
    (3, 'CUS-CSI', 'Clínica Santa Inés', 1, 0),
    (4, 'CUS-OBR', 'O''Brien Community Health Centre', 1, 0),
    (5, 'CUS-PSJ', 'Posto de Saúde São José', 1, 1),
    (6, 'CUS-MDH', 'Mountain District Hospital', 1, 0);

INSERT INTO items (id, code, name, unit, price, photo) VALUES
    (1, 'AMOX500', 'Amoxicillin 500 mg capsules', 'capsule', 0.12, X'89504E470D0A1A0A0000000D4948445200000001000000010802000000907753DE0000000C49444154789C63D0EB0E070001FB0111742614E90000000049454E44AE426082'),
    (2, 'PARA500', 'Paracetamol 500 mg tablets', 'tablet', 0.02, X'00FF00FE0D0A1A3B0A0A00'),
    (3, 'ORS', 'Oral rehydration salts', 'sachet', 0.35, X''),
    (4, 'ZINC20', 'Zinc sulfate 20 mg dispersible tablets', 'tablet', 0.05, NULL),
    (5, 'COTRI480', 'Co-trimoxazole 480 mg tablets', 'tablet', 0.03, NULL),
    (6, 'MEBEN500', 'Mebendazole 500 mg tablets', 'tablet', 0.1, NULL),
    (7, 'GLOVE-M', 'Examination gloves, medium', 'box of 100', 6.5, NULL),
    (8, 'SYR5', 'Syringe 5 ml, single use', 'each', 0.07, NULL),
    (9, 'BAND10', 'Gauze bandage 10 cm × 4 m', 'roll', 1.1, NULL),
    (10, 'RDT-MAL', 'Malaria rapid diagnostic test', 'test', 0.45, NULL),
    (11, 'AL20', 'Artemether/lumefantrine 20/120 mg', 'blister', 1.25, NULL),
    (12, 'WFI10', 'Water for injection 10 ml', 'ampoule', 0.0, NULL);

INSERT INTO transactions (id, store_id, name_id, kind, entered_at, comment) VALUES
    (1, 1, 1, 'receipt', '2024-01-08 09:15:00', 'Quarterly order Q1'),
    (2, 1, 2, 'receipt', '2024-01-15 14:30:00', NULL),
    (3, 1, 3, 'issue', '2024-01-20 10:00:00', ''),
    (4, 2, 1, 'receipt', '2024-02-02 08:45:00', 'Transfer from HQ; checked by Ana'),
    (5, 2, 4, 'issue', '2024-02-10 11:20:00', 'Urgent: cholera outbreak'),
    (6, 2, 6, 'issue', '2024-02-11 16:05:00', NULL),
    (7, 1, 5, 'issue', '2024-03-01 09:00:00', 'Entregado a la señora Muñoz'),
    (8, 3, 2, 'receipt', '2023-11-30 12:00:00', 'Last receipt before closing'),
    (9, 3, 5, 'issue', '2023-12-15 15:45:30', 'Damaged in transit:
2 boxes written off'),
    (10, 1, 1, 'receipt', '2024-03-05 07:30:00', 'Ordre n° 42 — reçu');

INSERT INTO transaction_lines (id, transaction_id, item_id, quantity, cost) VALUES
    (1, 1, 1, 5000, 0.108),
    (2, 1, 2, 20000, 0.018),
    (3, 1, 3, 2000, 0.315),
    (4, 2, 10, 1000, 0.405),
    (5, 2, 11, 500, 1.125),
    (6, 2, 4, 3000, 0.045),
    (7, 3, 1, 600, 0.12),
    (8, 3, 2, 1500, 0.02),
    (9, 3, 7, 5, 6.5),
    (10, 4, 3, 400, 0.315),
    (11, 4, 4, 400, 0.045),
    (12, 4, 8, 1000, 0.063),
    (13, 5, 3, 250, 0.35),
    (14, 5, 4, 250, 0.05),
    (15, 5, 12, 100, 0.0),
    (16, 6, 5, 800, 0.03),
    (17, 6, 6, 300, 0.1),
    (18, 6, 9, 40, 1.1),
    (19, 7, 10, 200, 0.45),
    (20, 7, 11, 120, 1.25),
    (21, 7, 2, 1000, 0.02),
    (22, 8, 5, 1000, 0.027),
    (23, 8, 6, 500, 0.09),
    (24, 8, 9, 100, 0.99),
    (25, 9, 5, 120, 0.03),
    (26, 9, 9, 24, 1.1),
    (27, 9, 8, 200, 0.07),
    (28, 10, 1, 2500, 0.108),
    (29, 10, 7, 20, 5.85),
    (30, 10, 12, 600, 0.0);

