-- The audit trail (nhật ký hệ thống): append-only, hash-chained entries.
-- Summaries are kept as text, not jsonb: jsonb would re-order and re-space the JSON and so change the hashed bytes.
create table audit.entry (
    sequence                  bigint primary key,
    occurred_at               timestamptz not null,
    actor_account_id          uuid,
    actor_username            text        not null,
    actor_display_name        text,
    on_behalf_of_account_id   uuid,
    on_behalf_of_username     text,
    on_behalf_of_display_name text,
    delegation_id             uuid,
    action                    text        not null,
    record_type               text        not null,
    record_id                 text        not null,
    agency_id                 uuid,
    client_address            text,
    before_summary            text,
    after_summary             text,
    prev_hash                 char(64)    not null,
    hash                      char(64)    not null
);

-- Indexes for the browsing filters (newest first).
create index entry_actor_idx on audit.entry (actor_username, occurred_at desc);
create index entry_on_behalf_of_idx on audit.entry (on_behalf_of_username, occurred_at desc)
    where on_behalf_of_username is not null;
create index entry_action_idx on audit.entry (action, occurred_at desc);
create index entry_record_idx on audit.entry (record_type, record_id);
create index entry_agency_time_idx on audit.entry (agency_id, occurred_at desc);
create index entry_time_idx on audit.entry (occurred_at desc);

-- The end of the chain. Appenders lock this one row (select ... for update) so that appends are serialized and the
-- chain never forks; the lock is held until the appending transaction ends, so a rollback also rolls back the head.
create table audit.chain_head (
    id            smallint primary key check (id = 1),
    last_sequence bigint   not null,
    last_hash     char(64) not null
);
insert into audit.chain_head (id, last_sequence, last_hash) values (1, 0, repeat('0', 64));

-- Append-only: nobody edits or removes entries. A superuser can still disable the triggers; the hash chain is what
-- reveals such tampering (see AuditVerification).
create function audit.refuse_entry_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit.entry is append-only: % refused', tg_op;
end;
$$;

create trigger entry_append_only
    before update or delete on audit.entry
    for each row execute function audit.refuse_entry_change();

create trigger entry_no_truncate
    before truncate on audit.entry
    for each statement execute function audit.refuse_entry_change();
