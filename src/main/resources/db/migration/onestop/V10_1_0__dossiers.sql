-- Dossiers (hồ sơ thủ tục hành chính) of the one-stop shop, with their files, their history and the daily
-- sequence behind the dossier code (mã số hồ sơ, Decree 118/2025 Art. 28).

create table onestop.dossier (
    id                        uuid primary key,
    code                      varchar(40)   not null,
    agency_id                 uuid          not null,
    procedure_id              uuid          not null,
    procedure_revision        integer       not null,
    procedure_name            varchar(500)  not null,
    channel                   varchar(10)   not null check (channel in ('ONLINE', 'COUNTER', 'POST')),
    state                     varchar(24)   not null,
    applicant_kind            varchar(12)   not null check (applicant_kind in ('CITIZEN', 'ORGANISATION', 'FOREIGNER')),
    applicant_id_number       varchar(20)   not null,
    applicant_name            varchar(200)  not null,
    applicant_address         varchar(500),
    applicant_phone           varchar(20),
    applicant_email           varchar(200),
    citizen_account_id        uuid,
    submitted_at              timestamptz   not null,
    received_at               timestamptz,
    clock_started_at          timestamptz,
    due_at                    timestamptz,
    original_due_at           timestamptz,
    extended                  boolean       not null default false,
    supplement_requests       integer       not null default 0,
    supplement_requested_at   timestamptz,
    supplement_deadline       timestamptz,
    supplement_items          text,
    waiting_seconds           bigint        not null default 0,
    state_before_waiting      varchar(24),
    current_step              integer,
    -- who works on the current step (StepRole), for the work lists
    step_role              varchar(20),
    step_due_at               timestamptz,
    result_file_id            uuid,
    result_summary            varchar(2000),
    result_ready_at           timestamptz,
    returned_at               timestamptz,
    ended_at                  timestamptz,
    end_reason                varchar(2000),
    received_by               varchar(200),
    idempotency_key           varchar(100),
    version                   bigint        not null default 0,
    constraint dossier_code_uk unique (code),
    constraint dossier_idempotency_uk unique (agency_id, idempotency_key)
);
create index dossier_agency_state_ix on onestop.dossier (agency_id, state, step_role, due_at);
create index dossier_agency_submitted_ix on onestop.dossier (agency_id, submitted_at desc);
create index dossier_supplement_deadline_ix on onestop.dossier (supplement_deadline) where state = 'AWAITING_SUPPLEMENT';

create table onestop.dossier_file (
    dossier_id        uuid          not null references onestop.dossier (id),
    position          integer       not null,
    component_number  integer       not null,
    component_name    varchar(1000) not null,
    file_id           uuid          not null,
    file_name         varchar(255)  not null,
    supplement        boolean       not null,
    attached_at       timestamptz   not null,
    primary key (dossier_id, position)
);

-- The history of a dossier: every transition and handover (the control slip, Mẫu số 06, is printed from it).
create table onestop.dossier_event (
    dossier_id   uuid          not null references onestop.dossier (id),
    position     integer       not null,
    at           timestamptz   not null,
    kind         varchar(30)   not null,
    actor_name   varchar(200)  not null,
    from_step    integer,
    to_step      integer,
    step_due_at  timestamptz,
    state_after  varchar(24)   not null,
    note         varchar(2000),
    primary key (dossier_id, position)
);

-- The last daily sequence number given per agency code and day of receipt.
create table onestop.dossier_day_sequence (
    agency_code  varchar(40)  not null,
    day          date         not null,
    last_number  integer      not null,
    primary key (agency_code, day)
);
