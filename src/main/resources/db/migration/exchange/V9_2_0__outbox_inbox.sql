-- Packets waiting to leave (hộp thư đi): written in the transaction that decided to send them, delivered by a worker
-- with retries; each row is one packet for one recipient.
create table exchange.outbound_packet (
    id                    uuid primary key,
    agency_id             uuid          not null,
    kind                  varchar(12)   not null check (kind in ('DOCUMENT', 'STATUS')),
    business_type         varchar(12),
    status_code           varchar(2),
    outgoing_document_id  uuid,
    recipient_code        varchar(50)   not null,
    recipient_name        varchar(300)  not null,
    edxml_document_id     varchar(300)  not null,
    payload               bytea         not null,
    state                 varchar(10)   not null check (state in ('PENDING', 'SENT', 'FAILED')),
    attempts              integer       not null default 0,
    next_attempt_at       timestamptz   not null,
    last_error            varchar(2000),
    created_at            timestamptz   not null,
    sent_at               timestamptz
);
create index outbound_packet_due_ix on exchange.outbound_packet (next_attempt_at) where state = 'PENDING';
create index outbound_packet_document_ix on exchange.outbound_packet (edxml_document_id);
create index outbound_packet_outgoing_ix on exchange.outbound_packet (outgoing_document_id);

-- Packets received (hộp thư đến), once each: the key is the sender, the kind and the document (or status) concerned.
create table exchange.inbound_packet (
    id                  uuid primary key,
    packet_key          varchar(700)  not null unique,
    sender_organ_id     varchar(50)   not null,
    kind                varchar(12)   not null check (kind in ('DOCUMENT', 'STATUS')),
    business_type       varchar(12),
    status_code         varchar(2),
    edxml_document_id   varchar(300)  not null,
    signer_subject      varchar(1000),
    received_at         timestamptz   not null,
    size                integer       not null
);

-- Documents received from another installation, per recipient agency: where they stand here, so that each move is
-- told back to the sender once.
create table exchange.received_document (
    id                   uuid primary key,
    inbound_packet_id    uuid          not null references exchange.inbound_packet (id),
    sender_organ_id      varchar(50)   not null,
    sender_name          varchar(300)  not null,
    edxml_document_id    varchar(300)  not null,
    sender_key           varchar(400)  not null,
    code                 varchar(120),
    promulgation_date    date,
    recipient_agency_id  uuid          not null,
    arrival_id           uuid          not null,
    incoming_document_id uuid,
    statuses_sent        varchar(100)  not null default '',
    unique (edxml_document_id, recipient_agency_id)
);
create index received_document_arrival_ix on exchange.received_document (arrival_id);
create index received_document_incoming_ix on exchange.received_document (incoming_document_id);

-- What was issued, kept to build a replacement packet (văn bản thay thế) later.
create table exchange.issued_document (
    outgoing_document_id  uuid primary key,
    agency_id             uuid          not null,
    edxml_document_id     varchar(300)  not null,
    number                integer       not null,
    notation              varchar(100)  not null,
    issued_date           date          not null,
    type                  varchar(30)   not null,
    subject               varchar(2000) not null,
    signer_position       varchar(200),
    signer_name           varchar(200),
    urgency               varchar(20)   not null,
    to_places             varchar(4000) not null,
    signed_file_id        uuid          not null,
    attachment_file_ids   varchar(4000) not null
);
