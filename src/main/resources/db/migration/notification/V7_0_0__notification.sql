create schema if not exists notification;

-- In-app notices (thông báo): one row per recipient, written in the business transaction.
create table notification.notice (
    id           uuid primary key,
    recipient_id uuid         not null,
    template     varchar(100) not null,
    text         text         not null,
    link         varchar(1000),
    urgent       boolean      not null,
    created_at   timestamptz  not null,
    read_at      timestamptz
);
-- The list (newest first) and the unread badge (one COUNT on a partial index).
create index notice_recipient_created on notification.notice (recipient_id, created_at desc);
create index notice_recipient_unread on notification.notice (recipient_id) where read_at is null;

-- E-mail outbox: written with the notice, sent only after commit, retried with backoff, never deleted.
create table notification.outbox_mail (
    id              uuid primary key,
    notice_id       uuid          not null references notification.notice (id),
    address         varchar(255)  not null,
    subject         varchar(1000) not null,
    body            text          not null,
    urgent          boolean       not null,
    status          varchar(20)   not null,
    attempts        integer       not null,
    next_attempt_at timestamptz   not null,
    last_error      varchar(1000),
    created_at      timestamptz   not null,
    sent_at         timestamptz
);
create index outbox_mail_due on notification.outbox_mail (next_attempt_at) where status = 'PENDING';
create index outbox_mail_notice on notification.outbox_mail (notice_id);
