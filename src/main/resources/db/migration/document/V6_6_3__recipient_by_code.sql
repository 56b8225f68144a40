-- A report from the exchange finds its recipient by the document and the code it was addressed by (upper-cased, as
-- either notation may come back), locking that row only: without this index the lookup read all of a document's
-- recipients (fifty for a circular) twice per packet. Its first column serves the lookups by document alone.
create index outgoing_recipient_code_ix on document.outgoing_recipient (document_id, upper(code));
drop index document.outgoing_recipient_document_ix;
