-- A status 01 can travel back in the HTTP answer to the document packet it reports on (a receipt), when the sender
-- asks for it; such a packet is sent when that answer is written, and is marked so.
alter table exchange.outbound_packet add column sent_in_receipt boolean not null default false;

-- The received documents of one inbound packet, to find the statuses that answer it.
create index received_document_packet_ix on exchange.received_document (inbound_packet_id);
