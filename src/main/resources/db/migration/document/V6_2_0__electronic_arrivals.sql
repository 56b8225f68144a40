-- Electronic arrivals (văn bản điện tử đến chờ tiếp nhận): documents sent to an agency electronically, waiting for
-- its clerk to take them in (registered as incoming documents) or return them. One row per sender key and
-- recipient, so a second delivery of the same document finds the first.
create table document.electronic_arrival (
    id                   uuid primary key,
    recipient_agency_id  uuid          not null,
    sender_key           varchar(200)  not null,
    organ_id             varchar(13),
    organ_name           varchar(200)  not null,
    code_number          varchar(11)   not null,
    code_notation        varchar(30)   not null,
    issued_date          date          not null,
    doc_type             varchar(30)   not null,
    subject              varchar(500)  not null,
    signer_position      varchar(100),
    signer_name          varchar(50),
    urgency              varchar(20)   not null,
    page_amount          integer,
    due_date             date,
    to_places            varchar(1000),
    main_file_id         uuid          not null,
    received_at          timestamptz   not null,
    state                varchar(20)   not null check (state in ('WAITING', 'ACCEPTED', 'RETURNED')),
    incoming_document_id uuid,
    accepted_by          uuid,
    accepted_at          timestamptz,
    return_reason        varchar(500),
    returned_by          uuid,
    returned_by_name     varchar(200),
    returned_at          timestamptz,
    version              bigint        not null default 0,
    constraint electronic_arrival_sender_uk unique (recipient_agency_id, sender_key)
);
-- The clerk's lists: waiting (urgent first) and taken, newest first.
create index electronic_arrival_list_ix
    on document.electronic_arrival (recipient_agency_id, state, received_at desc);
-- The incoming document's page asks whether it came electronically.
create unique index electronic_arrival_incoming_ix
    on document.electronic_arrival (incoming_document_id) where incoming_document_id is not null;

-- Attachments and appendices, in the sender's order (the main PDF is on the arrival itself).
create table document.electronic_arrival_attachment (
    arrival_id  uuid    not null references document.electronic_arrival (id),
    position    integer not null,
    file_id     uuid    not null,
    primary key (arrival_id, position)
);
