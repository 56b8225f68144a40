-- Online dossiers filed from citizens' accounts, and the applicants' ratings (đánh giá mức độ hài lòng).
create index dossier_citizen_ix on onestop.dossier (citizen_account_id, submitted_at desc)
    where citizen_account_id is not null;

create table onestop.dossier_rating (
    dossier_id    uuid          primary key references onestop.dossier (id),
    satisfaction  varchar(20)   not null check (satisfaction in ('VERY_SATISFIED', 'SATISFIED', 'DISSATISFIED')),
    comment       varchar(2000),
    rated_at      timestamptz   not null
);
