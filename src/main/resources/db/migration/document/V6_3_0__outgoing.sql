-- Outgoing documents (văn bản đi): drafts, their immutable versions, the review chain's timeline and the recipients.
create table document.outgoing_document (
    id                   uuid primary key,
    agency_id            uuid          not null,
    drafting_unit_id     uuid,
    drafter_id           uuid          not null,
    drafter_name         varchar(200)  not null,
    doc_type             varchar(30)   not null,
    subject              varchar(500)  not null,
    urgency              varchar(20)   not null,
    confidentiality      varchar(20)   not null,
    signer_id            uuid          not null,
    signer_name          varchar(200)  not null,
    signer_title         varchar(200)  not null,
    reply_to_incoming_id uuid,
    status               varchar(20)   not null,
    review_chain         varchar(200)  not null,
    review_step          integer       not null default 0,
    current_reviewer_id  uuid,
    current_version_id   uuid,
    version_count        integer       not null default 0,
    return_comment       varchar(2000),
    approved_at          timestamptz,
    signed_file_id       uuid,
    signed_at            timestamptz,
    number               integer,
    notation             varchar(50),
    issued_at            timestamptz,
    revoked_at           timestamptz,
    replaced_by_id       uuid,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    version              bigint        not null default 0
);
create index outgoing_document_drafter_ix on document.outgoing_document (agency_id, drafter_id, status);
create index outgoing_document_reviewer_ix on document.outgoing_document (agency_id, current_reviewer_id);
create index outgoing_document_status_ix on document.outgoing_document (agency_id, status, created_at);

-- Draft versions (phiên bản dự thảo): immutable once written.
create table document.outgoing_version (
    id            uuid primary key,
    document_id   uuid          not null references document.outgoing_document (id),
    agency_id     uuid          not null,
    number        integer       not null,
    docx_file_id  uuid,
    pdf_file_id   uuid          not null,
    file_name     varchar(255)  not null,
    author_id     uuid          not null,
    author_name   varchar(200)  not null,
    created_at    timestamptz   not null,
    note          varchar(2000),
    constraint outgoing_version_number_uk unique (document_id, number)
);

create table document.outgoing_attachment (
    id          uuid primary key,
    version_id  uuid          not null references document.outgoing_version (id),
    file_id     uuid          not null,
    file_name   varchar(255)  not null,
    media_type  varchar(200)  not null,
    size        bigint        not null,
    position    integer       not null
);
create index outgoing_attachment_version_ix on document.outgoing_attachment (version_id);

-- Recipients (nơi nhận), each with its own delivery status once issued.
create table document.outgoing_recipient (
    id                uuid primary key,
    document_id       uuid          not null references document.outgoing_document (id),
    agency_id         uuid          not null,
    position          integer       not null,
    kind              varchar(20)   not null check (kind in ('INTERNAL_UNIT', 'AGENCY', 'EXTERNAL', 'EMAIL')),
    unit_id           uuid,
    target_agency_id  uuid,
    code              varchar(50),
    name              varchar(300)  not null,
    email             varchar(254),
    status            varchar(20)   not null,
    status_at         timestamptz,
    version           bigint        not null default 0
);
create index outgoing_recipient_document_ix on document.outgoing_recipient (document_id);

-- The timeline (quá trình soạn thảo, trình duyệt): append-only.
create table document.outgoing_step (
    id                 uuid primary key,
    document_id        uuid          not null references document.outgoing_document (id),
    agency_id          uuid          not null,
    at                 timestamptz   not null,
    kind               varchar(30)   not null,
    actor_id           uuid          not null,
    actor_name         varchar(200)  not null,
    on_behalf_of       uuid,
    on_behalf_of_name  varchar(200),
    to_id              uuid,
    to_name            varchar(200),
    text               varchar(2000),
    version_number     integer
);
create index outgoing_step_document_ix on document.outgoing_step (document_id, at);
create index outgoing_step_actor_ix on document.outgoing_step (actor_id);
create index outgoing_step_behalf_ix on document.outgoing_step (on_behalf_of);

-- Per-agency review chain (quy trình trình duyệt): ordered reviewer roles; no row means the default.
create table document.outgoing_review_chain (
    agency_id  uuid primary key,
    roles      varchar(200) not null,
    version    bigint       not null default 0
);
