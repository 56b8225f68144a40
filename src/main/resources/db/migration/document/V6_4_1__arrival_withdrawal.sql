-- An electronic arrival can be withdrawn by its sender (thu hồi) while waiting or after it was taken in.
alter table document.electronic_arrival drop constraint electronic_arrival_state_check;
alter table document.electronic_arrival
    add constraint electronic_arrival_state_check check (state in ('WAITING', 'ACCEPTED', 'RETURNED', 'WITHDRAWN'));
alter table document.electronic_arrival add column withdraw_reason varchar(2000);
alter table document.electronic_arrival add column withdrawn_at timestamptz;
