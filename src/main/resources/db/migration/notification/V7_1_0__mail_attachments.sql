-- E-mails to addresses outside Sen (issuing a document to an e-mail recipient) have no in-app notice.
alter table notification.outbox_mail alter column notice_id drop not null;

-- Files attached to an outbox mail, read from the file store when the mail is sent (so a retry sends them again).
create table notification.outbox_mail_attachment (
    mail_id   uuid    not null references notification.outbox_mail (id),
    position  integer not null,
    file_id   uuid    not null,
    primary key (mail_id, position)
);
