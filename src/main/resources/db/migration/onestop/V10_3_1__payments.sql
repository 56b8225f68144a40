-- Online fee payments (thanh toán phí, lệ phí trực tuyến) through a payment gateway: one row per attempt,
-- PENDING → PAID | FAILED, PAID → REFUNDED. The gateway's transaction id is unique, so a replayed callback cannot
-- settle a second payment; a dossier has at most one live (pending or paid) payment at a time.
create table onestop.payment (
    id                   uuid          primary key,
    dossier_id           uuid          not null references onestop.dossier (id),
    agency_id            uuid          not null,
    amount               bigint        not null check (amount > 0),
    gateway              varchar(30)   not null,
    reference            varchar(40)   not null,
    state                varchar(10)   not null check (state in ('PENDING', 'PAID', 'FAILED', 'REFUNDED')),
    created_at           timestamptz   not null,
    paid_at              timestamptz,
    gateway_transaction  varchar(100),
    failure_reason       varchar(2000),
    refunded_at          timestamptz,
    refund_reason        varchar(2000),
    version              bigint        not null default 0,
    constraint payment_reference_uk unique (reference),
    constraint payment_gateway_transaction_uk unique (gateway_transaction)
);
create index payment_dossier_ix on onestop.payment (dossier_id, created_at);
create unique index payment_live_uk on onestop.payment (dossier_id) where state in ('PENDING', 'PAID');
