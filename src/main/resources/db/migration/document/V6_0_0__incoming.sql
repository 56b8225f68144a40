create schema if not exists document;

-- Register books (sổ văn bản): one row per agency, direction, book code and year; the row is locked FOR UPDATE to
-- take the next number, so numbers never repeat or skip and restart with each year's new row.
create table document.register_book (
    id            uuid primary key,
    agency_id     uuid         not null,
    direction     varchar(10)  not null check (direction in ('INCOMING', 'OUTGOING')),
    year          integer      not null,
    code          varchar(30)  not null,
    name          varchar(200) not null,
    confidential  boolean      not null default false,
    default_book  boolean      not null default false,
    last_number   integer      not null default 0,
    created_at    timestamptz  not null,
    version       bigint       not null default 0,
    constraint register_book_code_uk unique (agency_id, direction, year, code)
);

-- The accounts allowed to see the documents of a confidential book.
create table document.register_book_reader (
    book_id     uuid not null references document.register_book (id),
    account_id  uuid not null,
    primary key (book_id, account_id)
);

-- Per-agency rules of routing incoming documents.
create table document.agency_setting (
    agency_id               uuid primary key,
    submit_to_unit_allowed  boolean not null default false,
    version                 bigint  not null default 0
);

-- Incoming documents (văn bản đến): Decree 30/2020 Appendix VI part II metadata, lengths as in the decree.
create table document.incoming_document (
    id                  uuid primary key,
    agency_id           uuid          not null,
    book_id             uuid          not null references document.register_book (id),
    arrival_year        integer       not null,
    arrival_number      integer       not null,
    arrived_at          timestamptz   not null,
    organ_id            varchar(13),
    organ_name          varchar(200)  not null,
    code_number         varchar(11)   not null,
    code_notation       varchar(30)   not null,
    issued_date         date          not null,
    doc_type            varchar(30)   not null,
    subject             varchar(500)  not null,
    language            varchar(30),
    page_amount         integer,
    description         varchar(500),
    signer_position     varchar(100),
    signer_name         varchar(50),
    urgency             varchar(20)   not null,
    confidentiality     varchar(20)   not null,
    to_places           varchar(1000),
    due_date            date,
    status              varchar(20)   not null,
    submitted_to        uuid,
    submitted_unit_id   uuid,
    submitted_at        timestamptz,
    return_reason       varchar(500),
    reply_proposal      varchar(2000),
    completion_summary  varchar(2000),
    completed_at        timestamptz,
    completed_by        uuid,
    registered_by       uuid          not null,
    registered_at       timestamptz   not null,
    submission_key      varchar(64)   not null,
    duplicate_confirmed boolean       not null default false,
    version             bigint        not null default 0,
    constraint incoming_document_number_uk unique (book_id, arrival_number),
    constraint incoming_document_submission_uk unique (submission_key)
);

create index incoming_document_agency_arrived_ix on document.incoming_document (agency_id, arrived_at desc, id);
create index incoming_document_agency_status_ix on document.incoming_document (agency_id, status, arrived_at desc);
create index incoming_document_duplicate_ix
    on document.incoming_document (agency_id, code_number, lower(code_notation), arrival_year);
create index incoming_document_submitted_to_ix on document.incoming_document (submitted_to) where submitted_to is not null;
create index incoming_document_book_ix on document.incoming_document (book_id, arrival_year, arrival_number);

-- Files of a document (the main PDF and the attachments); the content lives in the files module.
create table document.incoming_document_file (
    id           uuid primary key,
    document_id  uuid          not null references document.incoming_document (id),
    agency_id    uuid          not null,
    file_id      uuid          not null,
    main         boolean       not null,
    file_name    varchar(255)  not null,
    media_type   varchar(100)  not null,
    size         bigint        not null,
    added_by     uuid          not null,
    added_at     timestamptz   not null
);

create index incoming_document_file_document_ix on document.incoming_document_file (document_id);

-- Assignments (phân công): who handles the document (MAIN), coordinates (COORDINATE) or is informed (INFORM).
create table document.assignment (
    id                  uuid primary key,
    document_id         uuid          not null references document.incoming_document (id),
    agency_id           uuid          not null,
    parent_id           uuid references document.assignment (id),
    role                varchar(12)   not null check (role in ('MAIN', 'COORDINATE', 'INFORM')),
    assignee_account_id uuid,
    assignee_unit_id    uuid,
    assignee_name       varchar(200)  not null,
    deadline            timestamptz,
    opinion             varchar(2000),
    state               varchar(12)   not null check (state in ('OPEN', 'DONE', 'REASSIGNED')),
    assigned_by         uuid          not null,
    assigned_by_name    varchar(200)  not null,
    on_behalf_of        uuid,
    on_behalf_of_name   varchar(200),
    assigned_at         timestamptz   not null,
    done_at             timestamptz,
    version             bigint        not null default 0,
    constraint assignment_assignee_ck check (assignee_account_id is not null or assignee_unit_id is not null)
);

create index assignment_document_ix on document.assignment (document_id);
create index assignment_account_ix on document.assignment (assignee_account_id, state) where assignee_account_id is not null;
create index assignment_unit_ix on document.assignment (assignee_unit_id, state) where assignee_unit_id is not null;
create index assignment_assigned_by_ix on document.assignment (assigned_by);
create index assignment_open_deadline_ix on document.assignment (deadline) where state = 'OPEN' and deadline is not null;

-- Reminders already sent: one of each kind per assignment.
create table document.assignment_reminder (
    assignment_id  uuid        not null references document.assignment (id),
    kind           varchar(20) not null check (kind in ('DEADLINE_SOON', 'DEADLINE_PASSED')),
    sent_at        timestamptz not null,
    primary key (assignment_id, kind)
);

-- The timeline (quá trình xử lý) of a document: who did what, to whom, with which opinion, on whose behalf.
create table document.document_step (
    id                 uuid primary key,
    document_id        uuid          not null references document.incoming_document (id),
    agency_id          uuid          not null,
    at                 timestamptz   not null,
    kind               varchar(30)   not null,
    actor_id           uuid          not null,
    actor_name         varchar(200)  not null,
    on_behalf_of       uuid,
    on_behalf_of_name  varchar(200),
    recipients         varchar(1000),
    text               varchar(2000),
    file_id            uuid
);

create index document_step_document_ix on document.document_step (document_id, at);
