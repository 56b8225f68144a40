-- The register list filtered by issuing body read every row of the month from the heap to test the name: half of the
-- register list's database time (docs/benchmarks.md, "Issue 3, fifth look"). The name is now also kept folded (lower
-- case, Vietnamese diacritics and đ removed) and carried in the arrival index, so the whole list is answered from the
-- index, and "so tai chinh" finds "Sở Tài chính" as the search box does.
create function document.fold(t text) returns text language sql immutable strict parallel safe as $$
    select lower(translate(normalize(t, NFC),
        'àÀáÁảẢãÃạẠăĂằẰắẮẳẲẵẴặẶâÂầẦấẤẩẨẫẪậẬèÈéÉẻẺẽẼẹẸêÊềỀếẾểỂễỄệỆìÌíÍỉỈĩĨịỊòÒóÓỏỎõÕọỌôÔồỒốỐổỔỗỖộỘơƠờỜớỚởỞỡỠợỢùÙúÚủỦũŨụỤưƯừỪứỨửỬữỮựỰỳỲýÝỷỶỹỸỵỴđĐ',
        'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeeeeeeeiiiiiiiiiioooooooooooooooooooooooooooooooooouuuuuuuuuuuuuuuuuuuuuuyyyyyyyyyydd'))
$$;

alter table document.incoming_document
    add column organ_key text generated always as (document.fold(organ_name)) stored;

create index incoming_document_arrivals_organ_ix
    on document.incoming_document (agency_id, arrived_at desc, id) include (book_id, doc_type, urgency, status, organ_key);
drop index document.incoming_document_arrivals_ix;
alter index document.incoming_document_arrivals_organ_ix rename to incoming_document_arrivals_ix;
