-- The exchange directory (danh bạ liên thông): how to reach an agency, effective-dated. An agency of this installation
-- needs no entry (it is reached directly); entries name agencies elsewhere (HTTP to another installation, or the
-- national axis), override a local agency's route, or close an old code and name its successor after a merger.
create table exchange.directory_entry (
    id uuid primary key,
    code varchar(35) not null,
    edxml_code varchar(13),
    name varchar(300) not null,
    transport varchar(16) not null check (transport in ('DIRECT', 'HTTP', 'NATIONAL_AXIS')),
    endpoint varchar(1000),
    pinned_certificate text,
    valid_from date not null,
    valid_to date,
    successor_code varchar(35),
    version bigint not null default 0,
    check (valid_to is null or valid_to >= valid_from),
    check (transport <> 'HTTP' or endpoint is not null)
);

create index directory_entry_code_idx on exchange.directory_entry (code, valid_from);
create index directory_entry_edxml_idx on exchange.directory_entry (edxml_code, valid_from);
