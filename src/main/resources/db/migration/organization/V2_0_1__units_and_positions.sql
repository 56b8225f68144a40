-- Units (đơn vị): a tree inside one agency, effective-dated.
create table organization.unit (
    id          uuid primary key,
    agency_id   uuid         not null references organization.agency (id),
    name        varchar(255) not null,
    short_code  varchar(20),
    kind        varchar(40)  not null,
    parent_id   uuid references organization.unit (id),
    valid_from  date         not null,
    valid_to    date,
    version     bigint       not null default 0,
    constraint unit_period_ck check (valid_to is null or valid_to >= valid_from)
);
create index unit_agency_idx on organization.unit (agency_id);

-- Positions (chức vụ) of an agency.
create table organization.agency_position (
    id          uuid primary key,
    agency_id   uuid         not null references organization.agency (id),
    name        varchar(255) not null,
    leadership  boolean      not null,
    rank_order  integer      not null,
    version     bigint       not null default 0
);
create unique index agency_position_name_uq on organization.agency_position (agency_id, lower(name));
