-- The working calendar (lịch làm việc): dated exceptions to the Monday-to-Friday week, and which years an
-- administrator confirmed (a year nobody confirmed uses the statutory proposal computed in Java).
create table organization.calendar_year (
    year         integer primary key check (year between 1900 and 2199),
    confirmed    boolean     not null default false,
    confirmed_at timestamptz,
    confirmed_by text,
    changed_at   timestamptz not null,
    version      bigint      not null default 0
);

create table organization.calendar_entry (
    id         uuid primary key,
    entry_date date         not null,
    kind       varchar(32)  not null check (kind in ('HOLIDAY', 'COMPENSATORY_DAY_OFF', 'WORKING_SATURDAY')),
    name       varchar(200) not null,
    created_at timestamptz  not null,
    constraint calendar_entry_one_per_date unique (entry_date),
    constraint calendar_entry_year_range check (entry_date between date '1900-01-01' and date '2199-12-31')
);
