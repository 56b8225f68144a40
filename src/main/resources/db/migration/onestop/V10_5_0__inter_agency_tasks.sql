-- Inter-agency procedures (thủ tục liên thông, Decree 118 Art. 20(2)): the lead agency sends the electronic dossier
-- to every participating agency at once, each with its task and deadline.
create table onestop.dossier_task (
    id              uuid primary key,
    dossier_id      uuid           not null references onestop.dossier (id),
    agency_id       uuid           not null,
    task            varchar(2000)  not null,
    sent_at         timestamptz    not null,
    sent_by         varchar(200)   not null,
    due_at          timestamptz    not null,
    state           varchar(10)    not null check (state in ('OPEN', 'DONE')),
    done_at         timestamptz,
    done_by         varchar(200),
    result_note     varchar(2000),
    result_file_id  uuid,
    version         bigint         not null default 0
);
create index dossier_task_agency_ix on onestop.dossier_task (agency_id, state, due_at);
create index dossier_task_dossier_ix on onestop.dossier_task (dossier_id);
