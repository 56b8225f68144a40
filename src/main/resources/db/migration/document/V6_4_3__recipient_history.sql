-- The history of each recipient's delivery (sent, received, accepted, assigned, ... or returned), in order.
create table document.outgoing_recipient_event (
    recipient_id  uuid          not null references document.outgoing_recipient (id),
    position      integer       not null,
    status        varchar(20)   not null,
    at            timestamptz   not null,
    note          varchar(2000),
    primary key (recipient_id, position)
);
