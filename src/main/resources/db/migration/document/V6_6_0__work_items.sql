-- The "to process" and "processing" lists kept as rows (ADR 0015). Computing them from the assignments on every call
-- read each of a unit's ~2,000 open documents by id to learn its state and arrival (docs/benchmarks.md, "Issue 3,
-- fifth look"); here a holder's list is one range of one narrow index.
--
-- work_item_source is the one definition: which holder has which open document in which list. A holder is an
-- account (assigned to it, or the document submitted to it), a unit as such (assigned to the unit, no one in it
-- named), or the agency (registered, waiting for its clerks). work_item is that view stored per document, refreshed
-- by triggers whenever a document or one of its assignments changes, in the same transaction.
create view document.work_item_source as
select distinct h.holder_id,
       d.id as document_id,
       case when d.status = 'IN_PROGRESS' then 'PROCESSING' else 'TO_PROCESS' end as list,
       d.agency_id,
       d.book_id,
       d.arrived_at,
       (select min(a.deadline) from document.assignment a
         where a.document_id = d.id and a.role = 'MAIN' and a.state = 'OPEN') as main_deadline
  from document.incoming_document d
 cross join lateral (
       select d.agency_id as holder_id where d.status = 'REGISTERED'
       union all
       select d.submitted_to where d.status = 'SUBMITTED'
       union all
       select coalesce(a.assignee_account_id, a.assignee_unit_id) from document.assignment a
        where a.document_id = d.id and a.state = 'OPEN' and a.role in ('MAIN', 'COORDINATE')
          and d.status in ('ASSIGNED', 'IN_PROGRESS')) h
 where d.status in ('REGISTERED', 'SUBMITTED', 'ASSIGNED', 'IN_PROGRESS') and h.holder_id is not null;

create table document.work_item (
    holder_id     uuid        not null,
    document_id   uuid        not null references document.incoming_document (id) on delete cascade,
    list          varchar(12) not null,
    agency_id     uuid        not null,
    book_id       uuid        not null,
    arrived_at    timestamptz not null,
    main_deadline timestamptz,
    primary key (holder_id, document_id)
);
-- A holder's list newest first is a range of this index, its count an index-only scan of the same range.
create index work_item_list_ix on document.work_item (holder_id, list, arrived_at desc, document_id)
    include (main_deadline, book_id, agency_id);
create index work_item_document_ix on document.work_item (document_id);

-- Refreshes run one at a time per document (the row lock), so two transactions changing the same document's
-- assignments cannot each store a list that misses the other's change: the second waits, then reads both.
create function document.refresh_work_items(doc uuid) returns void language plpgsql as $$
begin
    perform 1 from document.incoming_document where id = doc for no key update;
    delete from document.work_item where document_id = doc;
    insert into document.work_item (holder_id, document_id, list, agency_id, book_id, arrived_at, main_deadline)
    select holder_id, document_id, list, agency_id, book_id, arrived_at, main_deadline
      from document.work_item_source where document_id = doc;
end $$;

create function document.document_work_changed() returns trigger language plpgsql as $$
begin
    perform document.refresh_work_items(new.id);
    return null;
end $$;

create function document.assignment_work_changed() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform document.refresh_work_items(old.document_id);
    end if;
    if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.document_id <> old.document_id) then
        perform document.refresh_work_items(new.document_id);
    end if;
    return null;
end $$;

create trigger incoming_document_work after insert on document.incoming_document
    for each row when (new.status in ('REGISTERED', 'SUBMITTED', 'ASSIGNED', 'IN_PROGRESS'))
    execute function document.document_work_changed();
create trigger incoming_document_work_update
    after update of status, submitted_to, book_id, arrived_at, agency_id on document.incoming_document
    for each row when (old.status is distinct from new.status or old.submitted_to is distinct from new.submitted_to
                       or old.book_id <> new.book_id or old.arrived_at <> new.arrived_at
                       or old.agency_id <> new.agency_id)
    execute function document.document_work_changed();
create trigger assignment_work after insert or delete on document.assignment
    for each row execute function document.assignment_work_changed();
create trigger assignment_work_update
    after update of state, role, deadline, assignee_account_id, assignee_unit_id, document_id on document.assignment
    for each row when (old.state is distinct from new.state or old.role is distinct from new.role
                       or old.deadline is distinct from new.deadline
                       or old.assignee_account_id is distinct from new.assignee_account_id
                       or old.assignee_unit_id is distinct from new.assignee_unit_id
                       or old.document_id <> new.document_id)
    execute function document.assignment_work_changed();

insert into document.work_item (holder_id, document_id, list, agency_id, book_id, arrived_at, main_deadline)
select holder_id, document_id, list, agency_id, book_id, arrived_at, main_deadline from document.work_item_source;

-- The partial indexes of V6_1_2 served the lists' old search of my open assignments; nothing reads them now.
drop index document.assignment_open_account_work_ix;
drop index document.assignment_open_unit_work_ix;
