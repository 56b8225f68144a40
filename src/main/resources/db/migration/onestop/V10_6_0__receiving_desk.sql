-- Reception regardless of administrative boundaries (Decree 118 Art. 14(2), 20(1)): a desk may receive a dossier for
-- another agency of the province; the dossier belongs to the competent agency, the receiving desk follows it and
-- returns the result.
alter table onestop.dossier add column receiving_agency_id uuid;
create index dossier_receiving_ix on onestop.dossier (receiving_agency_id, submitted_at desc)
    where receiving_agency_id is not null;
