-- Staff accounts (tài khoản cán bộ), posted to an agency of the organization module (referenced by id only).
create table identity.staff_account (
    id                uuid primary key,
    username          varchar(64)  not null,
    display_name      varchar(255) not null,
    email             varchar(255),
    phone             varchar(32),
    password_hash     varchar(255) not null,
    agency_id         uuid         not null,
    unit_id           uuid,
    position_id       uuid,
    enabled           boolean      not null default true,
    failed_logins     integer      not null default 0,
    next_login_at     timestamptz,
    locked_until      timestamptz,
    password_changed_at timestamptz not null,
    created_at        timestamptz  not null,
    version           bigint       not null default 0,
    constraint staff_account_username_lower check (username = lower(username))
);
create unique index staff_account_username_uq on identity.staff_account (username);
create index staff_account_agency_idx on identity.staff_account (agency_id);

create table identity.staff_role (
    account_id uuid        not null references identity.staff_account (id) on delete cascade,
    role       varchar(32) not null,
    primary key (account_id, role)
);

-- Posting history (quá trình công tác): where an account was posted, when.
create table identity.posting (
    id          uuid primary key,
    account_id  uuid        not null references identity.staff_account (id),
    agency_id   uuid        not null,
    unit_id     uuid,
    position_id uuid,
    valid_from  timestamptz not null,
    valid_to    timestamptz
);
create index posting_account_idx on identity.posting (account_id, valid_from);

-- Citizen and business accounts (công dân, doanh nghiệp), kept apart from staff.
create table identity.citizen_account (
    id             uuid primary key,
    username       varchar(64)  not null,
    kind           varchar(16)  not null,
    display_name   varchar(255) not null,
    identity_number varchar(20),
    tax_code       varchar(20),
    email          varchar(255),
    phone          varchar(32),
    password_hash  varchar(255) not null,
    enabled        boolean      not null default true,
    failed_logins  integer      not null default 0,
    next_login_at  timestamptz,
    locked_until   timestamptz,
    created_at     timestamptz  not null,
    version        bigint       not null default 0,
    constraint citizen_account_username_lower check (username = lower(username)),
    constraint citizen_account_kind check (kind in ('CITIZEN', 'BUSINESS'))
);
create unique index citizen_account_username_uq on identity.citizen_account (username);

-- API bearer tokens: only a SHA-256 of the token is stored.
create table identity.api_token (
    id          uuid primary key,
    account_id  uuid         not null,
    token_hash  varchar(64)  not null unique,
    issued_at   timestamptz  not null,
    expires_at  timestamptz  not null,
    revoked_at  timestamptz
);
create index api_token_account_idx on identity.api_token (account_id);

-- Delegation (ủy quyền): a leader lends part or all of their authority for a period.
create table identity.delegation (
    id           uuid primary key,
    agency_id    uuid         not null,
    delegator_id uuid         not null references identity.staff_account (id),
    delegate_id  uuid         not null references identity.staff_account (id),
    valid_from   timestamptz  not null,
    valid_to     timestamptz  not null,
    permissions  text         not null,
    reason       varchar(500) not null,
    created_at   timestamptz  not null,
    revoked_at   timestamptz,
    constraint delegation_period check (valid_to > valid_from),
    constraint delegation_not_self check (delegator_id <> delegate_id)
);
create index delegation_delegate_idx on identity.delegation (delegate_id, valid_to);
