-- The catalogue of administrative procedures (thủ tục hành chính) of the one-stop shop.
create schema if not exists onestop;

create table onestop.procedure (
    id                uuid primary key,
    agency_id         uuid          not null,
    national_code     varchar(30)   not null,
    name              varchar(500)  not null,
    field             varchar(200)  not null,
    level             varchar(10)   not null check (level in ('PROVINCE', 'COMMUNE')),
    online_level      varchar(10)   not null check (online_level in ('FULL', 'PARTIAL', 'NONE')),
    processing_hours  integer       not null check (processing_hours > 0),
    cut_off           time          not null,
    result_type       varchar(500)  not null,
    legal_basis       varchar(4000),
    demo              boolean       not null default false,
    active            boolean       not null default true,
    -- name, code and field folded (lower case, no diacritics, đ as d) for the public search
    search_text       varchar(1000) not null,
    revision          integer       not null,
    updated_at        timestamptz   not null,
    updated_by        varchar(200),
    version           bigint        not null default 0,
    constraint procedure_code_uk unique (agency_id, national_code)
);
create index procedure_active_name_ix on onestop.procedure (name) where active;

create table onestop.procedure_fee (
    procedure_id  uuid          not null references onestop.procedure (id) on delete cascade,
    position      integer       not null,
    name          varchar(300)  not null,
    amount        bigint        not null check (amount >= 0),
    note          varchar(500),
    primary key (procedure_id, position)
);

create table onestop.procedure_component (
    procedure_id    uuid           not null references onestop.procedure (id) on delete cascade,
    position        integer        not null,
    name            varchar(1000)  not null,
    copies          varchar(200),
    mandatory       boolean        not null,
    form_file_id    uuid,
    form_file_name  varchar(255),
    primary key (procedure_id, position)
);

create table onestop.procedure_step (
    procedure_id  uuid          not null references onestop.procedure (id) on delete cascade,
    position      integer       not null,
    name          varchar(300)  not null,
    role          varchar(20)   not null,
    unit_id       uuid,
    quota_hours   integer       not null check (quota_hours > 0),
    primary key (procedure_id, position)
);

-- Every saved text of a procedure, as JSON: a dossier keeps the revision it was received under.
create table onestop.procedure_revision (
    procedure_id  uuid          not null references onestop.procedure (id),
    revision      integer       not null,
    snapshot      text          not null,
    saved_at      timestamptz   not null,
    saved_by      varchar(200),
    primary key (procedure_id, revision)
);
