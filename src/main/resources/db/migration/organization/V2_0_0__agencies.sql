-- Agencies (cơ quan): effective-dated versions; a code (QĐ 20/2020, level 1 first) is unique among versions whose
-- periods overlap (checked by the application: PostgreSQL would need btree_gist for an exclusion constraint).
create table organization.agency (
    id          uuid primary key,
    code        varchar(35)  not null,
    edxml_code  varchar(13),
    name        varchar(255) not null,
    short_name  varchar(20)  not null,
    place_name  varchar(255),
    level       varchar(40)  not null,
    parent_id   uuid references organization.agency (id),
    valid_from  date         not null,
    valid_to    date,
    version     bigint       not null default 0,
    constraint agency_period_ck check (valid_to is null or valid_to >= valid_from)
);
create index agency_code_idx on organization.agency (code, valid_from);
create index agency_parent_idx on organization.agency (parent_id);

-- Successor links (predecessor → successor) written by merges; many-to-many. The successor key is checked at commit:
-- a merge links the predecessors before it inserts a new successor.
create table organization.agency_successor (
    predecessor_id uuid not null references organization.agency (id),
    successor_id   uuid not null references organization.agency (id) deferrable initially deferred,
    primary key (predecessor_id, successor_id)
);
