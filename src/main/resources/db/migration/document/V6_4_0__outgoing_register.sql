-- Outgoing register books (sổ văn bản đi): one gapless counter per agency, year and series (Decree 30 Art. 15).
-- The row is locked by the numbering transaction until it commits, so a failed numbering consumes nothing.
create table document.outgoing_register (
    agency_id    uuid         not null,
    year         integer      not null,
    series       varchar(20)  not null check (series in ('NORMAL', 'CONFIDENTIAL')),
    last_number  integer      not null,
    primary key (agency_id, year, series)
);

-- What each recipient's side said (the reason of a return), and the agency-signed attachments issued.
alter table document.outgoing_recipient add column reason varchar(2000);

create table document.outgoing_issued_file (
    id              uuid primary key,
    document_id     uuid          not null references document.outgoing_document (id),
    position        integer       not null,
    file_id         uuid          not null,
    source_file_id  uuid          not null,
    file_name       varchar(255)  not null
);
create index outgoing_issued_file_document_ix on document.outgoing_issued_file (document_id);

-- External signings under way (USB token, remote signing): which document and version each one signs.
create table document.outgoing_external_signing (
    signing_id   uuid primary key,
    document_id  uuid         not null references document.outgoing_document (id),
    version_id   uuid         not null,
    account_id   uuid         not null,
    created_at   timestamptz  not null
);

-- Why a document was revoked or replaced.
alter table document.outgoing_document add column end_reason varchar(2000);

-- When the number was taken: the date written on the document (ngày ban hành văn bản).
alter table document.outgoing_document add column numbered_at timestamptz;
