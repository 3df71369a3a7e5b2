-- The demo ERP (odyssee-sync demo-erp): the master data the vendor's ERP-link guide sends to
-- Odyssee, and the staging tables that completed work is written back to.
--
-- Every master table carries last_modification, an ISO 8601 UTC text
-- (2024-03-01T08:15:00.000Z) kept by triggers, as the guide suggests ("a DateTime field like
-- last_modification, auto filled by a trigger"). An insert that gives no value gets the current
-- time; an update that leaves the column alone gets the current time. An update that sets the
-- column itself keeps the value it set (data loads, tests). core/erp/demo.py adds these triggers
-- and an index on last_modification to every table that has the column (LAST_MODIFICATION_TRIGGERS
-- there shows the SQL). They do not loop: SQLite leaves recursive_triggers off, and the WHEN
-- guards would stop them anyway.

CREATE TABLE article_category (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    last_modification TEXT
);

CREATE TABLE article (
    code TEXT PRIMARY KEY,
    description TEXT NOT NULL DEFAULT '',
    price NUMERIC,                -- NUMERIC affinity: a price typed as text stays text
    category_code TEXT,
    last_modification TEXT
);

CREATE TABLE site_type (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    last_modification TEXT
);

CREATE TABLE employee (
    code TEXT PRIMARY KEY,
    username TEXT NOT NULL DEFAULT '',
    firstname TEXT,
    lastname TEXT NOT NULL DEFAULT '',
    last_modification TEXT
);

CREATE TABLE customer (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    vat TEXT,
    phone TEXT,
    email TEXT,
    street TEXT,
    zip TEXT,
    city TEXT,
    country TEXT,                 -- ISO 3166 code: BE, FR, NL, DE
    active INTEGER NOT NULL DEFAULT 1,
    notes TEXT,                   -- internal remarks: not synchronised with Odyssee
    last_modification TEXT
);

CREATE TABLE site (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    customer_code TEXT,           -- no foreign key: ERPs are not always that tidy
    site_type_code TEXT,
    street TEXT,
    zip TEXT,
    city TEXT,
    last_modification TEXT
);

-- Completed work, written by the export (one row per Odyssee record, keyed by its Odyssee id so
-- that exporting the same record again updates the row instead of adding one).

CREATE TABLE work_order (
    job_approval_id TEXT PRIMARY KEY,   -- Odyssee job_approval.id
    jobs_id TEXT NOT NULL,              -- Odyssee jobs.id
    job_reference TEXT NOT NULL DEFAULT '',  -- jobs.reference_back_office: the ERP's own work-order key
    job_number INTEGER,                 -- jobs.id2, the number technicians see
    job_name TEXT,
    site_code TEXT,                     -- project.reference_back_office
    customer_code TEXT,                 -- company.code
    technician_code TEXT,               -- user.code of who completed it
    date_generated TEXT,                -- when the customer signed (technician's local time)
    contact_name TEXT,
    customer_remarks TEXT,
    odyssee_modified TEXT NOT NULL,     -- job_approval.modified_dateutc
    exported_at TEXT NOT NULL,
    processed INTEGER NOT NULL DEFAULT 0  -- set by the ERP once it has invoiced the work
);

CREATE TABLE work_order_part (
    line_id TEXT PRIMARY KEY,           -- Odyssee job_part_usage.id
    job_approval_id TEXT NOT NULL,
    jobs_id TEXT NOT NULL,
    job_reference TEXT NOT NULL DEFAULT '',
    article_code TEXT,                  -- empty when the technician typed the part in by hand
    name TEXT,
    description TEXT,
    remark TEXT,
    quantity NUMERIC NOT NULL,
    price NUMERIC,
    is_under_warranty INTEGER NOT NULL DEFAULT 0,
    working_date TEXT,
    technician_code TEXT,
    exported_at TEXT NOT NULL
);

CREATE TABLE work_order_time (
    line_id TEXT PRIMARY KEY,           -- Odyssee job_non_part_usage.id
    job_approval_id TEXT NOT NULL,
    jobs_id TEXT NOT NULL,
    job_reference TEXT NOT NULL DEFAULT '',
    type_code TEXT NOT NULL,            -- WorkingTime or TravelTime
    line_code TEXT,                     -- the hour type
    description TEXT,
    line_memo TEXT,
    hours NUMERIC NOT NULL,             -- 45 minutes = 0.75
    price NUMERIC,
    is_under_warranty INTEGER NOT NULL DEFAULT 0,
    working_date TEXT,
    time_from TEXT,
    time_to TEXT,
    technician_code TEXT,
    exported_at TEXT NOT NULL
);

CREATE INDEX work_order_part_by_approval ON work_order_part (job_approval_id);
CREATE INDEX work_order_time_by_approval ON work_order_time (job_approval_id);
