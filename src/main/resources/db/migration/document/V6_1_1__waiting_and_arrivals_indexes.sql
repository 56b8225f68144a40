-- A leader's documents waiting for direction: few at any time, among the hundreds of thousands ever submitted to them.
create index if not exists incoming_document_waiting_ix on document.incoming_document (submitted_to)
    where status = 'SUBMITTED';

-- The register-style list (one month of arrivals, by type, urgency or status, counted and paged by arrival) is
-- answered from the index alone where the table's pages are all-visible; it replaces the plain arrival index.
create index if not exists incoming_document_arrivals_ix
    on document.incoming_document (agency_id, arrived_at desc, id) include (book_id, doc_type, urgency, status);
drop index if exists document.incoming_document_agency_arrived_ix;
