-- The national-portal connector (Cổng Dịch vụ công quốc gia, docs/national-portal.md): the messages received from the
-- portal, the national reference of the dossiers it handed over, and the outbox of status updates sent back.

-- Every message accepted from the portal, once: a replay of the same message id is answered with the stored answer
-- and changes nothing. Refused messages leave no row (nothing is stored for them).
create table onestop.portal_inbox (
    message_id    varchar(100)  primary key,
    national_ref  varchar(100)  not null,
    dossier_id    uuid          not null references onestop.dossier (id),
    answer        text          not null,
    received_at   timestamptz   not null
);

-- The portal's own reference of a dossier it handed over (MaHoSoQG), beside Sen's code; one dossier per reference.
create table onestop.portal_dossier (
    dossier_id       uuid          primary key references onestop.dossier (id),
    national_ref     varchar(100)  not null,
    message_id       varchar(100)  not null,
    filed_at_portal  timestamptz   not null,
    received_at      timestamptz   not null,
    constraint portal_dossier_ref_uk unique (national_ref)
);

-- Status updates waiting for, or done with, the trip to the portal (hộp thư đi). The payload is kept as text: it is
-- exactly the bytes the portal receives. Rows of one dossier are sent in id order; a FAILED row holds back the later
-- rows of its dossier until an administrator sends it again.
create table onestop.portal_outbox (
    id               bigint        generated always as identity primary key,
    dossier_id       uuid          not null,
    dossier_code     varchar(40)   not null,
    agency_id        uuid          not null,
    event            varchar(30)   not null,
    payload          text          not null,
    state            varchar(10)   not null check (state in ('PENDING', 'SENT', 'FAILED')),
    attempts         integer       not null default 0,
    next_attempt_at  timestamptz   not null,
    last_error       varchar(2000),
    created_at       timestamptz   not null,
    sent_at          timestamptz
);
create index portal_outbox_due_ix on onestop.portal_outbox (next_attempt_at) where state = 'PENDING';
create index portal_outbox_dossier_ix on onestop.portal_outbox (dossier_id, id) where state <> 'SENT';
create index portal_outbox_failed_ix on onestop.portal_outbox (agency_id, id) where state = 'FAILED';
