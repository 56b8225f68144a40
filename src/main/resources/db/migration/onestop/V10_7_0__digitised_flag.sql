-- Whether a dossier has digitised input files (indicator 4.2 of Decision 766): kept on the dossier so that a year's
-- statistics read one column instead of probing onestop.dossier_file for every dossier (0.5 s of 1.5 s on a province,
-- docs/benchmarks.md). A trigger keeps it whoever inserts the files (JPA, the national-portal connector, imports).
alter table onestop.dossier add column digitised boolean not null default false;

update onestop.dossier d set digitised = true
 where exists (select 1 from onestop.dossier_file f where f.dossier_id = d.id);

create function onestop.mark_digitised() returns trigger language plpgsql as $$
begin
    update onestop.dossier set digitised = true where id = new.dossier_id and not digitised;
    return new;
end
$$;

create trigger dossier_file_digitised after insert on onestop.dossier_file
    for each row execute function onestop.mark_digitised();
