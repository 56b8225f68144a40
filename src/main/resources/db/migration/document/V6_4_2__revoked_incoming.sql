-- A revoked incoming document (thu hồi) closes its open assignments without their being done.
alter table document.assignment drop constraint assignment_state_check;
alter table document.assignment
    add constraint assignment_state_check check (state in ('OPEN', 'DONE', 'REASSIGNED', 'WITHDRAWN'));
