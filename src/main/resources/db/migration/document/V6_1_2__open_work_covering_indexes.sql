-- "To process" and "processing" find my open work from the assignments (see docs/benchmarks.md, "Issue 3 speed,
-- second pass"). Carrying the document and the role in the partial indexes lets PostgreSQL answer both halves (my
-- own assignments, my unit's as such) with index-only scans instead of visiting ~1,600 scattered heap pages.
create index assignment_open_account_work_ix on document.assignment (assignee_account_id) include (document_id, role)
    where state = 'OPEN' and assignee_account_id is not null;
create index assignment_open_unit_work_ix on document.assignment (assignee_unit_id) include (document_id, role)
    where state = 'OPEN' and assignee_account_id is null;
drop index if exists document.assignment_open_account_ix;
drop index if exists document.assignment_open_unit_ix;
