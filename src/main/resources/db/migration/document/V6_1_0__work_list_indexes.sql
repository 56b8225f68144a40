-- Work lists on a large history (see docs/benchmarks.md, "Incoming documents"): the open work of a unit as such
-- (assignments to the unit, not to one of its people) is a small set among the unit's many finished assignments.
create index assignment_open_unit_ix on document.assignment (assignee_unit_id)
    where state = 'OPEN' and assignee_account_id is null;
create index assignment_open_account_ix on document.assignment (assignee_account_id)
    where state = 'OPEN' and assignee_account_id is not null;
