-- Search (vn.sen.search): the records the index holds, the outbox of changes still to follow, and the text of
-- attachments extracted in the background.
create schema if not exists search;

-- One row per searchable record, as its owning module describes it (shared.search.Searchable); Hibernate Search
-- indexes these rows. refs, names and readers are space-separated tokens.
create table search.entry (
    id          uuid primary key,
    kind        text        not null,
    agency_id   uuid,
    unit_id     uuid,
    title       text        not null,
    refs        text        not null,
    names       text        not null,
    body        text        not null,
    content     text        not null,
    doc_type    text,
    status      text        not null,
    urgency     text,
    at          timestamptz not null,
    readers     text        not null,
    link        text        not null,
    indexed_at  timestamptz not null
);

-- The files whose text belongs to an entry, in the record's order.
create table search.entry_file (
    entry_id uuid not null references search.entry (id) on delete cascade,
    file_id  uuid not null,
    position int  not null,
    primary key (entry_id, file_id)
);
create index entry_file_file_ix on search.entry_file (file_id);

-- Records to (re)read into the index, written in the transaction of their change; the follower deletes the rows it
-- indexed. Rows are only ever inserted by changes (no upsert), so a change never waits for the follower's lock; the
-- same record noted twice is read once per round. attempts and not_before keep a record that cannot be read from
-- blocking the others.
create table search.pending (
    id         bigserial primary key,
    kind       text        not null,
    record_id  uuid        not null,
    queued_at  timestamptz not null default now(),
    attempts   int         not null default 0,
    not_before timestamptz not null default now(),
    last_error text
);
create index pending_due_ix on search.pending (not_before, id);

-- The text of a stored file (files module), extracted once.
create table search.extraction (
    file_id    uuid primary key,
    state      text        not null,
    method     text,
    text       text,
    pages      int,
    ocr_pages  int,
    truncated  boolean     not null default false,
    millis     bigint,
    error      text,
    attempts   int         not null default 0,
    queued_at  timestamptz not null default now(),
    claimed_at timestamptz,
    done_at    timestamptz
);
create index extraction_pending_ix on search.extraction (queued_at) where state = 'PENDING';
